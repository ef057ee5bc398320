import { graphQLErrorInfo } from './serverErrors';

/** A translation key (with its values) for a failed API call, and the API's own English message when not recognised. */
export interface ApiProblem {
  key: string;
  values?: Record<string, number | string>;
  detail?: string;
  /** True when the thing acted on changed meanwhile (decided, expired, taken, ended, gone): lists must be refreshed. */
  stale?: boolean;
}

/** An API message a feature translates fully: its code and the start of its English text. */
export interface KnownApiMessage {
  code: string;
  pattern: RegExp;
  problem: (match: RegExpExecArray) => Omit<ApiProblem, 'detail'>;
}

/**
 * Maps a failed query or mutation to a problem: a known message first, otherwise by its code (keeping the
 * API's message as the detail). With `staleOnChange`, NOT_FOUND and CONFLICT mark the problem stale.
 */
export function apiProblem(
  error: unknown,
  known: readonly KnownApiMessage[],
  options: { staleOnChange: boolean } = { staleOnChange: false },
): ApiProblem {
  const info = graphQLErrorInfo(error);
  if (!info) return { key: 'unexpected' };
  for (const entry of known) {
    const match = entry.code === info.code ? entry.pattern.exec(info.message) : null;
    if (match) return entry.problem(match);
  }
  const stale = options.staleOnChange ? { stale: true } : {};
  switch (info.code) {
    case 'UNAUTHENTICATED':
      return { key: 'signedOut' };
    case 'FORBIDDEN':
      return { key: 'forbidden', detail: info.message };
    case 'NOT_FOUND':
      return { key: 'notFound', detail: info.message, ...stale };
    case 'CONFLICT':
      return { key: 'conflict', detail: info.message, ...stale };
    case 'BAD_USER_INPUT':
      return { key: 'checkForm', detail: info.message };
    case 'TOO_MANY_REQUESTS':
      return { key: 'tooManyRequests' };
    default:
      return { key: 'unexpected' };
  }
}
