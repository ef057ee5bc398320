import { graphQLErrorInfo } from '../../identity/utils/serverErrors';
import type { FieldProblem } from '../../identity/utils/credentials';
import type { RegistrationField } from './registration';

/** A translated problem (a key under `organisations.errors`), on one field or for the whole form. */
export interface OrganisationProblem<F extends string = string> {
  field?: F;
  problem: FieldProblem;
  /** The API's own (English) message, shown when it could not be recognised. */
  detail?: string;
}

/** The API's BAD_USER_INPUT messages for a registration, by the start of their English text. */
const KNOWN_REGISTRATION_INPUT: readonly { prefix: string; field: RegistrationField; key: string }[] = [
  { prefix: 'The name must have', field: 'name', key: 'nameLength' },
  { prefix: 'Give an RNA number or a SIRET', field: 'rna', key: 'identifierRequired' },
  { prefix: 'An RNA number is W', field: 'rna', key: 'rnaInvalid' },
  { prefix: 'This SIRET is not valid', field: 'siret', key: 'siretInvalid' },
  { prefix: 'The contact email address is not valid', field: 'contactEmail', key: 'contactEmailInvalid' },
  { prefix: 'The contact phone number is not valid', field: 'contactPhone', key: 'phoneInvalid' },
  { prefix: 'Choose at least one arrondissement', field: 'districtCodes', key: 'districtsRequired' },
  { prefix: 'Unknown arrondissement', field: 'districtCodes', key: 'districtUnknown' },
];

/** The API's BAD_USER_INPUT message for an invitation that is unknown, used or expired. */
const INVALID_INVITATION_PREFIX = 'This invitation has expired or has already been used';

/** Problems every mutation may meet: signed out, or not allowed. */
function commonProblem(code: string | undefined): OrganisationProblem<never> | undefined {
  if (code === 'UNAUTHENTICATED') return { problem: { key: 'signedOut' } };
  if (code === 'FORBIDDEN') return { problem: { key: 'forbidden' } };
  if (code === 'TOO_MANY_REQUESTS') return { problem: { key: 'tooManyRequests' } };
  return undefined;
}

/** Maps a failed `registerOrganisation` to translated problems. */
export function registrationProblem(error: unknown): OrganisationProblem<RegistrationField> {
  const info = graphQLErrorInfo(error);
  if (info?.code === 'CONFLICT') return { problem: { key: 'alreadyRegistered' } };
  if (info?.code === 'BAD_USER_INPUT') {
    const known = KNOWN_REGISTRATION_INPUT.find((entry) => info.message.startsWith(entry.prefix));
    if (known) return { field: known.field, problem: { key: known.key } };
    return { problem: { key: 'checkForm' }, detail: info.message };
  }
  return commonProblem(info?.code) ?? { problem: { key: 'unexpected' } };
}

/** Maps a failed `inviteMember` to translated problems. */
export function invitationProblem(error: unknown): OrganisationProblem<'email'> {
  const info = graphQLErrorInfo(error);
  if (info?.code === 'CONFLICT') return { field: 'email', problem: { key: 'alreadyMember' } };
  if (info?.code === 'BAD_USER_INPUT') {
    if (info.message.startsWith('This is not a valid email address')) {
      return { field: 'email', problem: { key: 'emailInvalid' } };
    }
    return { problem: { key: 'checkForm' }, detail: info.message };
  }
  if (info?.code === 'FORBIDDEN') return { problem: { key: 'adminOnly' } };
  return commonProblem(info?.code) ?? { problem: { key: 'unexpected' } };
}

/** Maps a failed `removeMember` to translated problems. */
export function removalProblem(error: unknown): OrganisationProblem<never> {
  const info = graphQLErrorInfo(error);
  if (info?.code === 'CONFLICT') return { problem: { key: 'lastAdmin' } };
  if (info?.code === 'BAD_USER_INPUT') return { problem: { key: 'notAMember' } };
  if (info?.code === 'FORBIDDEN') return { problem: { key: 'adminOnly' } };
  return commonProblem(info?.code) ?? { problem: { key: 'unexpected' } };
}

/** The address an invitation was sent to, from the API's FORBIDDEN message ("…sent to x@y: sign in…"). */
function invitedAddress(message: string): string | undefined {
  return /sent to (\S+@\S+?):/.exec(message)?.[1];
}

/** Maps a failed `acceptInvitation` to translated problems. */
export function acceptanceProblem(error: unknown): OrganisationProblem<never> {
  const info = graphQLErrorInfo(error);
  if (info?.code === 'FORBIDDEN') {
    const email = invitedAddress(info.message);
    return email
      ? { problem: { key: 'invitationForOther', values: { email } } }
      : { problem: { key: 'invitationForOtherUnknown' } };
  }
  if (info?.code === 'BAD_USER_INPUT') {
    if (info.message.startsWith(INVALID_INVITATION_PREFIX)) return { problem: { key: 'invitationInvalid' } };
    return { problem: { key: 'invitationInvalid' }, detail: info.message };
  }
  return commonProblem(info?.code) ?? { problem: { key: 'unexpected' } };
}
