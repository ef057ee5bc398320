import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A key under `matching.errors` (with its values), and the API's (English) message when not recognised. */
export interface MatchingProblem {
  key: string;
  values?: Record<string, string | number>;
  detail?: string;
  /** True when the proposal cannot be decided any more (replaced, decided, gone): the list must be refreshed. */
  stale?: boolean;
}

/** The API's messages we translate fully, by code and the start of their English text. */
const KNOWN: readonly {
  code: string;
  pattern: RegExp;
  problem: (match: RegExpExecArray) => Omit<MatchingProblem, 'detail'>;
}[] = [
  { code: 'CONFLICT', pattern: /^Not enough stock/, problem: () => ({ key: 'notEnoughStock' }) },
  {
    code: 'CONFLICT',
    pattern: /^A newer matching run replaced this proposal/,
    problem: () => ({ key: 'superseded', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This proposal has already been accepted/,
    problem: () => ({ key: 'alreadyAccepted', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This proposal has already been declined/,
    problem: () => ({ key: 'alreadyDeclined', stale: true }),
  },
  { code: 'CONFLICT', pattern: /^This need is closed/, problem: () => ({ key: 'needClosed', stale: true }) },
  {
    code: 'NOT_FOUND',
    pattern: /^No proposal has this id/,
    problem: () => ({ key: 'proposalGone', stale: true }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The proposal is for (\d+) units/,
    problem: (match) => ({ key: 'moreThanProposed', values: { count: Number(match[1]) } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^This need lacks (\d+) units only/,
    problem: (match) => ({ key: 'needLacks', values: { count: Number(match[1]) } }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^The reason is required/, problem: () => ({ key: 'reasonRequired' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The reason must have at most (\d+) characters/,
    problem: (match) => ({ key: 'reasonTooLong', values: { count: Number(match[1]) } }),
  },
];

/** True when the API refused because of who the person is (not a coordinator, not staff, not a member). */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}

/** Maps a failed matching query or mutation to a translated problem. */
export function matchingProblem(error: unknown): MatchingProblem {
  const info = graphQLErrorInfo(error);
  if (!info) return { key: 'unexpected' };
  for (const known of KNOWN) {
    const match = known.code === info.code ? known.pattern.exec(info.message) : null;
    if (match) return known.problem(match);
  }
  switch (info.code) {
    case 'UNAUTHENTICATED':
      return { key: 'signedOut' };
    case 'FORBIDDEN':
      return { key: 'forbidden', detail: info.message };
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
