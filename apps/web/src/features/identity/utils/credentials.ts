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

/** The problem with an email address, if any: missing, or not shaped like one. */
export function validateEmail(email: string): FieldProblem | undefined {
  const trimmed = email.trim();
  if (!trimmed) return { key: 'emailRequired' };
  if (trimmed.length > 254 || !EMAIL.test(trimmed)) return { key: 'emailInvalid' };
  return undefined;
}

/** The rules for a password being chosen (at sign-up or from a reset link). */
export function validateNewPassword(password: string): FieldProblem | undefined {
  if (!password) return { key: 'passwordRequired' };
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { key: 'passwordTooShort', values: { count: MIN_PASSWORD_LENGTH } };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { key: 'passwordTooLong', values: { count: MAX_PASSWORD_LENGTH } };
  }
  return undefined;
}

export function validateSignUp(values: SignUpValues): FieldErrors<SignUpField> {
  const errors: FieldErrors<SignUpField> = {};
  const name = values.displayName.trim();
  if (!name) errors.displayName = { key: 'nameRequired' };
  else if (name.length > MAX_DISPLAY_NAME_LENGTH) {
    errors.displayName = { key: 'nameTooLong', values: { count: MAX_DISPLAY_NAME_LENGTH } };
  }
  const email = validateEmail(values.email);
  if (email) errors.email = email;
  const password = validateNewPassword(values.password);
  if (password) errors.password = password;
  return errors;
}

export function validateSignIn(values: SignInValues): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  const email = validateEmail(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = { key: 'passwordRequired' };
  return errors;
}
