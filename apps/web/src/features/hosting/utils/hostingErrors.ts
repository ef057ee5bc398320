import { apiProblem, ApiProblem, KnownApiMessage } from '../../identity/utils/apiProblem';

/** A translated problem (a key under `hosting.errors`), and the API's (English) message when not recognised. */
export type HostingProblem = ApiProblem;

/** The API's messages we translate fully, by code and the start of their English text. */
const KNOWN: readonly KnownApiMessage[] = [
  { code: 'BAD_USER_INPUT', pattern: /^Step \d still needs/, problem: () => ({ key: 'stepIncomplete' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^"Available until" must come after "available from"/,
    problem: () => ({ key: 'untilBeforeFrom' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The maximum stay cannot be shorter than the minimum stay/,
    problem: () => ({ key: 'maxBelowMin' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The address is too short/,
    problem: () => ({ key: 'addressTooShort' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^"Available from" cannot be in the past/,
    problem: () => ({ key: 'availableFromPast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^"Available until" cannot be in the past/,
    problem: () => ({ key: 'availableUntilPast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Choose a verified association to visit your home/,
    problem: () => ({ key: 'verifierRequired' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Complete the \d+ steps of the form first/,
    problem: () => ({ key: 'stepsMissing' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The availability has passed/,
    problem: () => ({ key: 'availabilityPassed' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The meeting must be in the future/,
    problem: () => ({ key: 'meetingPast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The meeting place (is too short|is required)/,
    problem: () => ({ key: 'placeRequired' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The date cannot be in the future/,
    problem: () => ({ key: 'dateFuture' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The stay started on (\d{4}-\d{2}-\d{2})/,
    problem: (match) => ({ key: 'beforeStayStart', values: { day: match[1]! } }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^The reason is required/, problem: () => ({ key: 'reasonRequired' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The description is required/,
    problem: () => ({ key: 'descriptionRequired' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The surface must be a whole number from (\d+) to (\d+)/,
    problem: (match) => ({ key: 'surfaceRange', values: { min: Number(match[1]), max: Number(match[2]) } }),
  },
  {
    code: 'CONFLICT',
    pattern: /^Your offer is not available/,
    problem: () => ({ key: 'offerUnavailable', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This household no longer needs a host/,
    problem: () => ({ key: 'householdGone', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This proposal has expired/,
    problem: () => ({ key: 'proposalExpired', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This proposal is \w+: it is not waiting/,
    problem: () => ({ key: 'proposalNotWaiting', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^A meeting is planned once the host has accepted/,
    problem: () => ({ key: 'meetingNotNow', stale: true }),
  },
  { code: 'CONFLICT', pattern: /^This stay has ended/, problem: () => ({ key: 'stayEnded', stale: true }) },
  {
    code: 'CONFLICT',
    pattern: /^A stay is active in this home/,
    problem: () => ({ key: 'hostingActive' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This offer has already been sent/,
    problem: () => ({ key: 'alreadySent', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This offer is closed/,
    problem: () => ({ key: 'offerClosed', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^(Only a sent or verified offer can be paused|This offer is (already|not) paused)/,
    problem: () => ({ key: 'cannotPause', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This offer is already withdrawn/,
    problem: () => ({ key: 'offerClosed', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This home is (let|withdrawn)/,
    problem: () => ({ key: 'unitClosed', stale: true }),
  },
];

/** Maps a failed hosting query or mutation to a translated problem. */
export function hostingProblem(error: unknown): HostingProblem {
  return apiProblem(error, KNOWN, { staleOnChange: true });
}
