import { CombinedGraphQLErrors } from '@apollo/client';

import type { FieldProblem, SignUpField } from './credentials';

/** What to show for a failed sign-up or sign-in: a problem on one field, or one for the whole form. */
export interface ServerProblem<F extends string = string> {
  field?: F;
  problem: FieldProblem;
  /** The API's own (English) message, shown when it could not be recognised. */
  detail?: string;
}

/** The API's BAD_USER_INPUT messages we recognise, by the start of their English text. */
const KNOWN_BAD_INPUT: readonly { prefix: string; field: SignUpField; problem: FieldProblem }[] = [
  { prefix: 'This is not a valid email address', field: 'email', problem: { key: 'emailInvalid' } },
  { prefix: 'Please give a name', field: 'displayName', problem: { key: 'nameRequired' } },
  {
    prefix: 'The name must have at most',
    field: 'displayName',
    problem: { key: 'nameTooLong', values: { count: 80 } },
  },
  {
    prefix: 'The password must have at least',
    field: 'password',
    problem: { key: 'passwordTooShort', values: { count: 12 } },
  },
  {
    prefix: 'The password must have at most',
    field: 'password',
    problem: { key: 'passwordTooLong', values: { count: 256 } },
  },
  { prefix: 'This password is too common', field: 'password', problem: { key: 'passwordTooCommon' } },
];

/** The API's BAD_USER_INPUT message for a verification or reset link that is unknown, used or expired. */
const INVALID_LINK_PREFIX = 'This link has expired or has already been used';

/** The first GraphQL error's `extensions.code`, message and wait (for TOO_MANY_REQUESTS), if from the API. */
export function graphQLErrorInfo(
  error: unknown,
): { code?: string; message: string; retryAfterSeconds?: number } | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const [first] = error.errors;
  if (!first) return undefined;
  const code = first.extensions?.['code'];
  const retryAfter = first.extensions?.['retryAfterSeconds'];
  return {
    code: typeof code === 'string' ? code : undefined,
    message: first.message,
    retryAfterSeconds: typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? retryAfter : undefined,
  };
}

/** "Too many attempts, try again in N minutes", N rounded up (at least 1), when the API refused for that. */
function tooManyRequestsProblem(error: unknown): ServerProblem<never> | undefined {
  const info = graphQLErrorInfo(error);
  if (info?.code !== 'TOO_MANY_REQUESTS') return undefined;
  const minutes = Math.max(1, Math.ceil((info.retryAfterSeconds ?? 60) / 60));
  return { problem: { key: 'tooManyRequests', values: { count: minutes } } };
}

/** True when the API refused a verification or reset link as unknown, already used or expired. */
export function isInvalidLinkError(error: unknown): boolean {
  const info = graphQLErrorInfo(error);
  return info?.code === 'BAD_USER_INPUT' && info.message.startsWith(INVALID_LINK_PREFIX);
}

function badInputProblem(message: string): ServerProblem<SignUpField> {
  const known = KNOWN_BAD_INPUT.find((entry) => message.startsWith(entry.prefix));
  if (known) return { field: known.field, problem: known.problem };
  return { problem: { key: 'checkForm' }, detail: message };
}

/** Maps a failed `signUp` to translated problems. */
export function signUpProblem(error: unknown): ServerProblem<SignUpField> {
  const tooMany = tooManyRequestsProblem(error);
  if (tooMany) return tooMany;
  const info = graphQLErrorInfo(error);
  if (info?.code === 'CONFLICT') return { field: 'email', problem: { key: 'emailTaken' } };
  if (info?.code === 'BAD_USER_INPUT') return badInputProblem(info.message);
  return { problem: { key: 'unexpected' } };
}

/** Maps a failed `signIn` to translated problems; wrong credentials never say which field was wrong. */
export function signInProblem(error: unknown): ServerProblem<'email' | 'password'> {
  const tooMany = tooManyRequestsProblem(error);
  if (tooMany) return tooMany;
  const info = graphQLErrorInfo(error);
  if (info?.code === 'UNAUTHENTICATED') return { problem: { key: 'wrongCredentials' } };
  if (info?.code === 'BAD_USER_INPUT') return { problem: { key: 'checkForm' }, detail: info.message };
  return { problem: { key: 'unexpected' } };
}

/** Maps a failed `requestPasswordReset` to translated problems. */
export function passwordResetRequestProblem(error: unknown): ServerProblem<'email'> {
  const tooMany = tooManyRequestsProblem(error);
  if (tooMany) return tooMany;
  const info = graphQLErrorInfo(error);
  if (info?.code === 'BAD_USER_INPUT') {
    const known = badInputProblem(info.message);
    if (known.field === 'email') return { field: 'email', problem: known.problem };
    return { problem: { key: 'checkForm' }, detail: info.message };
  }
  return { problem: { key: 'unexpected' } };
}

/**
 * Maps a failed `resetPassword` to translated problems: a weak password (same rules as sign-up) on the field,
 * or `linkInvalid` for the whole form when the link cannot be used any more.
 */
export function resetPasswordProblem(error: unknown): ServerProblem<'password'> {
  if (isInvalidLinkError(error)) return { problem: { key: 'linkInvalid' } };
  const tooMany = tooManyRequestsProblem(error);
  if (tooMany) return tooMany;
  const info = graphQLErrorInfo(error);
  if (info?.code === 'BAD_USER_INPUT') {
    const known = badInputProblem(info.message);
    if (known.field === 'password') return { field: 'password', problem: known.problem };
    return { problem: { key: 'checkForm' }, detail: info.message };
  }
  return { problem: { key: 'unexpected' } };
}

/**
 * Maps a failed `deleteMyAccount` to translated problems: a wrong password, or the API's own message (naming the
 * organisations) after a translated lead-in when the person is the only admin of an organisation.
 */
export function deleteAccountProblem(error: unknown): ServerProblem<'password'> {
  const tooMany = tooManyRequestsProblem(error);
  if (tooMany) return tooMany;
  const info = graphQLErrorInfo(error);
  if (info?.code === 'UNAUTHENTICATED') return { field: 'password', problem: { key: 'wrongPassword' } };
  if (info?.code === 'CONFLICT') return { problem: { key: 'soleAdmin' }, detail: info.message };
  if (info?.code === 'BAD_USER_INPUT') return { problem: { key: 'checkForm' }, detail: info.message };
  return { problem: { key: 'unexpected' } };
}
