import { apiProblem, ApiProblem, KnownApiMessage } from '../../identity/utils/apiProblem';
import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A key under `hostingPartners.errors` (with its values), and the API's (English) message when not recognised. */
export type HostingProblem = ApiProblem;

/** The API's messages we translate fully, by code and the start of their English text. */
const KNOWN: readonly KnownApiMessage[] = [
  {
    code: 'FORBIDDEN',
    pattern: /^Your organisation must be verified/,
    problem: () => ({ key: 'notVerified' }),
  },
  { code: 'FORBIDDEN', pattern: /^Only members of this organisation/, problem: () => ({ key: 'notMember' }) },
  // Households.
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The alias must have at least/,
    problem: () => ({ key: 'aliasTooShort' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Give one age band per member/,
    problem: () => ({ key: 'membersRange' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^"Needed from" cannot be in the past/,
    problem: () => ({ key: 'neededFromPast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The desired duration cannot be shorter/,
    problem: () => ({ key: 'desiredBelowMinimum' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^Only a household waiting for a host can be changed/,
    problem: () => ({ key: 'requestNotOpen', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This household is hosted: end the stay first/,
    problem: () => ({ key: 'hostedEndStayFirst', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This request is already closed/,
    problem: () => ({ key: 'requestClosed', stale: true }),
  },
  // Proposals.
  {
    code: 'CONFLICT',
    pattern: /^This proposal has expired/,
    problem: () => ({ key: 'proposalExpired', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^Another host is already considering this household/,
    problem: () => ({ key: 'householdConsidered' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This household no longer needs a host/,
    problem: () => ({ key: 'householdNotWaiting', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This household is already hosted/,
    problem: () => ({ key: 'householdHosted', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This home is no longer available/,
    problem: () => ({ key: 'homeUnavailable', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This home is already hosting a household/,
    problem: () => ({ key: 'homeHosting', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This proposal already led to a stay/,
    problem: () => ({ key: 'alreadyStarted', stale: true }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The meeting must be in the future/,
    problem: () => ({ key: 'meetingPast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The meeting place is too short/,
    problem: () => ({ key: 'placeTooShort' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^A meeting is planned once the host has accepted/,
    problem: () => ({ key: 'meetingNotNow', stale: true }),
  },
  // Stays.
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The hosting agreement must be signed before the stay starts/,
    problem: () => ({ key: 'agreementDate' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The planned end must come after the start/,
    problem: () => ({ key: 'endBeforeStart' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The host offers at most (\d+) days/,
    problem: (match) => ({ key: 'beyondMaxStay', values: { count: Number(match[1]) } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The home is available until (\d{4}-\d{2}-\d{2})/,
    problem: (match) => ({ key: 'beyondAvailability', values: { date: match[1]! } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The home has (\d+) beds for a household of (\d+)/,
    problem: (match) => ({
      key: 'notEnoughBeds',
      values: { beds: Number(match[1]), count: Number(match[2]) },
    }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The date cannot be in the future/,
    problem: () => ({ key: 'dateFuture' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The new end must come after the planned end \((\d{4}-\d{2}-\d{2})\)/,
    problem: (match) => ({ key: 'extendNotLater', values: { date: match[1]! } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The stay started on (\d{4}-\d{2}-\d{2})/,
    problem: (match) => ({ key: 'endBeforeStayStart', values: { date: match[1]! } }),
  },
  { code: 'CONFLICT', pattern: /^This stay has ended/, problem: () => ({ key: 'stayEnded', stale: true }) },
  // Host offers.
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The home visit cannot be in the future/,
    problem: () => ({ key: 'visitFuture' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Who visited the home must have at least/,
    problem: () => ({ key: 'visitedByTooShort' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This offer is not waiting for verification/,
    problem: () => ({ key: 'offerNotWaiting', stale: true }),
  },
  // Rental units.
  {
    code: 'CONFLICT',
    pattern: /^This home has already been taken on/,
    problem: () => ({ key: 'unitTaken', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This home is (taken on|let|withdrawn)/,
    problem: () => ({ key: 'unitNotAvailable', stale: true }),
  },
  {
    code: 'FORBIDDEN',
    pattern: /^This home is outside your organisation/,
    problem: () => ({ key: 'unitOutside' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^This home is outside your organisation/,
    problem: () => ({ key: 'unitOutside' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^Your organisation has already declined this home/,
    problem: () => ({ key: 'unitDeclined', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^Only a home your organisation took on can be marked as let/,
    problem: () => ({ key: 'notOurUnit', stale: true }),
  },
  {
    code: 'FORBIDDEN',
    pattern: /^Only a home your organisation took on can be marked as let/,
    problem: () => ({ key: 'notOurUnit', stale: true }),
  },
  // Any form.
  { code: 'BAD_USER_INPUT', pattern: /^The reason is required/, problem: () => ({ key: 'reasonRequired' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The reason must have at most (\d+) characters/,
    problem: (match) => ({ key: 'reasonTooLong', values: { count: Number(match[1]) } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The (note|description) is required/,
    problem: () => ({ key: 'noteRequired' }),
  },
  {
    code: 'NOT_FOUND',
    pattern: /^No (hosting proposal|hosting request|stay|host offer|rental unit) has this id/,
    problem: () => ({ key: 'gone', stale: true }),
  },
];

/** True when the API refused because of who the person is (not a coordinator, not a member). */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}

/** Maps a failed hosting query or mutation to a translated problem. */
export function hostingProblem(error: unknown): HostingProblem {
  return apiProblem(error, KNOWN, { staleOnChange: true });
}
