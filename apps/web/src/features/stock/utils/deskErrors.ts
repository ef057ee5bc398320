import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A key under `stock.errors` (with its values), and the API's (English) message when we could not translate it. */
export interface DeskProblem {
  key: string;
  values?: Record<string, string | number>;
  detail?: string;
}

/** The API's messages we translate fully, by the start of their English text. */
const KNOWN_MESSAGES: readonly {
  code: string;
  pattern: RegExp;
  problem: (match: RegExpExecArray) => Omit<DeskProblem, 'detail'>;
}[] = [
  {
    code: 'CONFLICT',
    pattern: /^This drop-off code has already been used/,
    problem: () => ({ key: 'alreadyReceived' }),
  },
  { code: 'CONFLICT', pattern: /^This drop-off was cancelled/, problem: () => ({ key: 'cancelled' }) },
  { code: 'CONFLICT', pattern: /^Not enough stock/, problem: () => ({ key: 'notEnoughStock' }) },
  {
    code: 'CONFLICT',
    pattern: /^This transfer has already been received/,
    problem: () => ({ key: 'transferReceived' }),
  },
  { code: 'CONFLICT', pattern: /^This need is closed/, problem: () => ({ key: 'needClosed' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^This drop-off was booked at (.+), not here\.?$/,
    problem: (match) => ({ key: 'otherPoint', values: { point: match[1] ?? '' } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^This need lacks (\d+) units only/,
    problem: (match) => ({ key: 'needLacks', values: { count: Number(match[1]) } }),
  },
  { code: 'NOT_FOUND', pattern: /^No drop-off has this code/, problem: () => ({ key: 'codeUnknown' }) },
];

/** True when the API refused because the person is not staff of the point. */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}

/** True when the API knows no collection point with this id. */
export function isNotFound(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'NOT_FOUND';
}

/**
 * Maps a failed desk query or mutation to a translated problem. Messages we do not know are shown as the API
 * wrote them (in English) under a translated title: they explain CONFLICT and BAD_USER_INPUT well.
 */
export function deskProblem(error: unknown): DeskProblem {
  const info = graphQLErrorInfo(error);
  if (!info) return { key: 'unexpected' };
  for (const known of KNOWN_MESSAGES) {
    if (known.code !== info.code) continue;
    const match = known.pattern.exec(info.message);
    if (match) return known.problem(match);
  }
  switch (info.code) {
    case 'UNAUTHENTICATED':
      return { key: 'signedOut' };
    case 'FORBIDDEN':
      return { key: 'forbidden' };
    case 'NOT_FOUND':
      return { key: 'notFound', detail: info.message };
    case 'CONFLICT':
      return { key: 'conflict', detail: info.message };
    case 'BAD_USER_INPUT':
      return { key: 'checkForm', detail: info.message };
    default:
      return { key: 'unexpected' };
  }
}
