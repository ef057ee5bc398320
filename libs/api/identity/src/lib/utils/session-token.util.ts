import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the value of the session cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored and looked up: a leaked table does not give working cookies. */
export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
