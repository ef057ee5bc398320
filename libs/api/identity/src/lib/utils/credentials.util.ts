export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

/** Passwords people choose most often that pass the length rule; refused outright. */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'azertyuiopqs',
  'qwertyuiopas',
  'password1234',
  'motdepasse12',
  'motdepasse123',
  'passwordpassword',
  'iloveyou1234',
  'azerty123456',
  'qwerty123456',
  'aaaaaaaaaaaa',
  '111111111111',
  'abcdefghijkl',
  'abc123456789',
  'bienvenue123',
  'welcome12345',
  'soleil123456',
  'parisparis12',
  'entraide1234',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || new Set(password).size <= 2) {
    return 'This password is too common: choose one that is harder to guess.';
  }
  return null;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Lower-cased, trimmed address, or null when it is not an email address. */
export function normaliseEmail(email: string): string | null {
  const normalised = email.trim().toLowerCase();
  return normalised.length <= 254 && EMAIL.test(normalised) ? normalised : null;
}

export function displayNameProblem(displayName: string): string | null {
  const trimmed = displayName.trim();
  if (trimmed.length === 0) return 'Please give a name to greet you by.';
  if (trimmed.length > 80) return 'The name must have at most 80 characters.';
  return null;
}
