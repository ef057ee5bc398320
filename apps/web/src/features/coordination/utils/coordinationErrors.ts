import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A key under `coordination.errors`, and the API's (English) message when it is not one we know. */
export interface CoordinationProblem {
  key: string;
  detail?: string;
}

/** True when the API refused because the person is not a coordinator. */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}

/** Maps a failed verification, rejection or staff change to a translated problem. */
export function coordinationProblem(error: unknown): CoordinationProblem {
  const info = graphQLErrorInfo(error);
  switch (info?.code) {
    case 'CONFLICT':
      return { key: 'alreadyDecided' };
    case 'NOT_FOUND':
      return info.message.startsWith('No account uses this email address')
        ? { key: 'noAccount' }
        : { key: 'notFound', detail: info.message };
    case 'FORBIDDEN':
      return { key: 'forbidden' };
    case 'UNAUTHENTICATED':
      return { key: 'signedOut' };
    case 'BAD_USER_INPUT':
      return info.message.startsWith('This is not a valid email address')
        ? { key: 'emailInvalid' }
        : { key: 'checkForm', detail: info.message };
    default:
      return { key: 'unexpected' };
  }
}
