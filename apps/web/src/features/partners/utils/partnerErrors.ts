import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A translated problem (a key under `partners.errors`), on one field or for the whole form. */
export interface PartnerProblem<F extends string = never> {
  field?: F;
  key: string;
  values?: Record<string, number | string>;
  /** The API's own (English) message, shown when it could not be recognised. */
  detail?: string;
}

/** An API message translated fully: its code, the start of its English text, and the field it is about. */
interface KnownMessage<F extends string> {
  code: string;
  prefix: string;
  field?: F;
  key: string;
}

export type AnnouncementField = 'title' | 'body' | 'districtCode';
export type ProfileField = 'description' | 'contactEmail' | 'contactPhone';

const KNOWN_ANNOUNCEMENT: readonly KnownMessage<AnnouncementField>[] = [
  { code: 'BAD_USER_INPUT', prefix: 'The title', field: 'title', key: 'titleLength' },
  { code: 'BAD_USER_INPUT', prefix: 'The message is required', field: 'body', key: 'bodyRequired' },
  { code: 'BAD_USER_INPUT', prefix: 'The message must have at most', field: 'body', key: 'bodyTooLong' },
  { code: 'BAD_USER_INPUT', prefix: 'Unknown arrondissement', field: 'districtCode', key: 'districtUnknown' },
  { code: 'FORBIDDEN', prefix: '', key: 'coordinatorsOnly' },
];

const KNOWN_PROFILE: readonly KnownMessage<ProfileField>[] = [
  {
    code: 'BAD_USER_INPUT',
    prefix: 'Describe the organisation',
    field: 'description',
    key: 'descriptionTooLong',
  },
  { code: 'BAD_USER_INPUT', prefix: 'The contact email address', field: 'contactEmail', key: 'emailInvalid' },
  { code: 'BAD_USER_INPUT', prefix: 'The contact phone number', field: 'contactPhone', key: 'phoneInvalid' },
  { code: 'FORBIDDEN', prefix: '', key: 'adminOnly' },
];

const KNOWN_DIRECTORY: readonly KnownMessage<never>[] = [
  { code: 'BAD_USER_INPUT', prefix: 'Search with', key: 'searchTooLong' },
];

function partnerProblem<F extends string>(
  error: unknown,
  known: readonly KnownMessage<F>[],
): PartnerProblem<F> {
  const info = graphQLErrorInfo(error);
  if (!info) return { key: 'unexpected' };
  const match = known.find((entry) => entry.code === info.code && info.message.startsWith(entry.prefix));
  if (match) return match.field ? { field: match.field, key: match.key } : { key: match.key };
  switch (info.code) {
    case 'UNAUTHENTICATED':
      return { key: 'signedOut' };
    case 'FORBIDDEN':
      return { key: 'forbidden', detail: info.message };
    case 'NOT_FOUND':
      return { key: 'notFound', detail: info.message };
    case 'CONFLICT':
      return { key: 'conflict', detail: info.message };
    case 'BAD_USER_INPUT':
      return { key: 'checkForm', detail: info.message };
    case 'TOO_MANY_REQUESTS':
      return { key: 'tooManyRequests' };
    default:
      return { key: 'unexpected' };
  }
}

/** Maps a failed `publishAnnouncement` to translated problems. */
export function announcementProblem(error: unknown): PartnerProblem<AnnouncementField> {
  return partnerProblem(error, KNOWN_ANNOUNCEMENT);
}

/** Maps a failed `updateOrganisationProfile` to translated problems. */
export function profileProblem(error: unknown): PartnerProblem<ProfileField> {
  return partnerProblem(error, KNOWN_PROFILE);
}

/** Maps a failed `partnerDirectory` or `announcements` query to a translated problem. */
export function directoryProblem(error: unknown): PartnerProblem {
  return partnerProblem(error, KNOWN_DIRECTORY);
}

/** True when the API refused because the person is neither a verified partner's member nor a coordinator. */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}
