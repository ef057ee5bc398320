/** The query parameter naming the page to go back to after signing in or up, e.g. `/connexion?retour=…`. */
export const RETURN_PARAM = 'retour';

/** A path inside the app to return to, or undefined for anything else (other sites, malformed values). */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  return value;
}

/** `path` with `?retour=` set to `returnTo`, when there is a place to return to. */
export function withReturnPath(path: string, returnTo: string | undefined): string {
  const safe = safeReturnPath(returnTo);
  return safe ? `${path}?${new URLSearchParams({ [RETURN_PARAM]: safe }).toString()}` : path;
}
