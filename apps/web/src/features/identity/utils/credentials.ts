/** Same rules as the API (`libs/api/identity`), checked before calling it. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_DISPLAY_NAME_LENGTH = 80;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A translation key under `identity.errors`, with interpolation values when needed. */
export interface FieldProblem {
  key: string;
  values?: Record<string, number | string>;
}

export type SignUpField = 'displayName' | 'email' | 'password';
export type SignInField = 'email' | 'password';
export type FieldErrors<F extends string> = Partial<Record<F, FieldProblem>>;

export interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
}

export interface SignInValues {
  email: string;
  password: string;
}

function emailProblem(email: string): FieldProblem | undefined {
  const trimmed = email.trim();
  if (!trimmed) return { key: 'emailRequired' };
  if (trimmed.length > 254 || !EMAIL.test(trimmed)) return { key: 'emailInvalid' };
  return undefined;
}

export function validateSignUp(values: SignUpValues): FieldErrors<SignUpField> {
  const errors: FieldErrors<SignUpField> = {};
  const name = values.displayName.trim();
  if (!name) errors.displayName = { key: 'nameRequired' };
  else if (name.length > MAX_DISPLAY_NAME_LENGTH) {
    errors.displayName = { key: 'nameTooLong', values: { count: MAX_DISPLAY_NAME_LENGTH } };
  }
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = { key: 'passwordRequired' };
  else if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = { key: 'passwordTooShort', values: { count: MIN_PASSWORD_LENGTH } };
  } else if (values.password.length > MAX_PASSWORD_LENGTH) {
    errors.password = { key: 'passwordTooLong', values: { count: MAX_PASSWORD_LENGTH } };
  }
  return errors;
}

export function validateSignIn(values: SignInValues): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = { key: 'passwordRequired' };
  return errors;
}
