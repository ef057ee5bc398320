import { apiProblem, ApiProblem, KnownApiMessage } from '../../identity/utils/apiProblem';
import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A translated problem (a key under `items.errors`), and the API's (English) message when not recognised. */
export type ItemsProblem = ApiProblem;

/** The API's messages we recognise, by code and the start of their English text. */
const KNOWN: readonly KnownApiMessage[] = [
  {
    code: 'FORBIDDEN',
    pattern: /^Your organisation must be verified/,
    problem: () => ({ key: 'notVerified' }),
  },
  { code: 'FORBIDDEN', pattern: /^Only members of this organisation/, problem: () => ({ key: 'notMember' }) },
  { code: 'CONFLICT', pattern: /^This slot is full/, problem: () => ({ key: 'slotFull' }) },
  { code: 'CONFLICT', pattern: /^This need is (already )?closed/, problem: () => ({ key: 'needClosed' }) },
  {
    code: 'CONFLICT',
    pattern: /^This delivery has already been confirmed/,
    problem: () => ({ key: 'alreadyConfirmed' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^One of these offers already has a drop-off booked/,
    problem: () => ({ key: 'alreadyBooked' }),
  },
  { code: 'CONFLICT', pattern: /^This drop-off is /, problem: () => ({ key: 'dropOffDone' }) },
  { code: 'CONFLICT', pattern: /^This offer is /, problem: () => ({ key: 'offerDone' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The quantity must be a whole number from 1 to (\d+)/,
    problem: (match) => ({ key: 'quantityRange', values: { max: Number(match[1]) } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The deadline cannot be in the past/,
    problem: () => ({ key: 'deadlinePast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The deadline must be a date/,
    problem: () => ({ key: 'deadlineInvalid' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^(\d+) units have been dispatched already/,
    problem: (match) => ({ key: 'belowDispatched', values: { count: Number(match[1]) } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Choose at least one of your offers/,
    problem: () => ({ key: 'chooseOffers' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^This is not a drop-off slot/,
    problem: () => ({ key: 'slotUnavailable' }),
  },
];

/** Maps a failed items query or mutation to a translated problem. */
export function itemsProblem(error: unknown): ItemsProblem {
  return apiProblem(error, KNOWN);
}

/** True when the API answered NOT_FOUND (an unknown need, for instance). */
export function isNotFound(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'NOT_FOUND';
}

/** True when the API answered FORBIDDEN (not a member, for instance). */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}
