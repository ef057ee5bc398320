import type { OrganisationKind } from '../../../gql/graphql';
import type { FieldErrors } from '../../identity/utils/credentials';

/** Same rules as the API (`libs/api/identity`), checked before calling it. */
export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 160;

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'ASSOCIATION',
  'SPONSOR',
  'HOUSING_OPERATOR',
  'PUBLIC_BODY',
];

export type RegistrationField =
  'kind' | 'name' | 'rna' | 'siret' | 'districtCodes' | 'contactEmail' | 'contactPhone';

export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  'kind',
  'name',
  'rna',
  'siret',
  'districtCodes',
  'contactEmail',
  'contactPhone',
];

export interface RegistrationValues {
  kind: OrganisationKind;
  name: string;
  rna: string;
  siret: string;
  districtCodes: string[];
  contactEmail: string;
  contactPhone: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 .()-]{6,30}$/;

/** An RNA number or a SIRET as the API compares them: without spaces or dots, upper case. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.]/g, '').toUpperCase();
}

/** RNA (Répertoire national des associations): W and 9 digits. */
export function isRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

/** SIRET: 14 digits whose Luhn checksum is valid. */
export function isSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 14; index += 1) {
    let digit = Number(value[13 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The problems with a registration, as keys under `organisations.errors`. */
export function validateRegistration(values: RegistrationValues): FieldErrors<RegistrationField> {
  const errors: FieldErrors<RegistrationField> = {};
  const name = values.name.trim();
  if (name.length < MIN_NAME_LENGTH || name.length > MAX_NAME_LENGTH) {
    errors.name = { key: 'nameLength', values: { min: MIN_NAME_LENGTH, max: MAX_NAME_LENGTH } };
  }
  const rna = compactIdentifier(values.rna);
  const siret = compactIdentifier(values.siret);
  if (!rna && !siret) errors.rna = { key: 'identifierRequired' };
  if (rna && !isRna(rna)) errors.rna = { key: 'rnaInvalid' };
  if (siret && !isSiret(siret)) errors.siret = { key: 'siretInvalid' };
  if (values.districtCodes.length === 0) errors.districtCodes = { key: 'districtsRequired' };
  const email = values.contactEmail.trim();
  if (!email) errors.contactEmail = { key: 'contactEmailRequired' };
  else if (email.length > 254 || !EMAIL.test(email)) errors.contactEmail = { key: 'contactEmailInvalid' };
  const phone = values.contactPhone.trim();
  if (phone && !PHONE.test(phone)) errors.contactPhone = { key: 'phoneInvalid' };
  return errors;
}

/** The first field with a problem, in the order of the form. */
export function firstProblemField(errors: FieldErrors<RegistrationField>): RegistrationField | undefined {
  return REGISTRATION_FIELDS.find((field) => errors[field]);
}
