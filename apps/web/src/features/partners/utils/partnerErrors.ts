import { apiProblem } from '../../identity/utils/apiProblem';
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

/** Known messages first (with their field), then the shared mapping by code (see apiProblem). */
function partnerProblem<F extends string>(
  error: unknown,
  known: readonly KnownMessage<F>[],
): PartnerProblem<F> {
  let field: F | undefined;
  const problem = apiProblem(
    error,
    known.map((entry) => ({
      code: entry.code,
      pattern: new RegExp(`^${entry.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      problem: () => {
        field = entry.field;
        return { key: entry.key };
      },
    })),
  );
  return field ? { ...problem, field } : problem;
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
