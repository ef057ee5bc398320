import { apiProblem, type ApiProblem, type KnownApiMessage } from '../../identity/utils/apiProblem';
import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A key under `fundingPartners.errors` (with its values), and the API's (English) message when not recognised. */
export type FundingProblem = ApiProblem;

/** The API's messages we translate fully, by code and the start of their English text. */
const KNOWN: readonly KnownApiMessage[] = [
  {
    code: 'CONFLICT',
    pattern: /changed since the preview/i,
    problem: () => ({ key: 'roundChanged', stale: true }),
  },
];

/** True when the API refused because of who the person is (not a coordinator, not a verified member). */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}

/** True when the API refused because something changed meanwhile (a round to preview again). */
export function isConflict(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'CONFLICT';
}

/** Maps a failed funding query or mutation to a translated problem, keeping the API's message when not known. */
export function fundingProblem(error: unknown): FundingProblem {
  return apiProblem(error, KNOWN, { staleOnChange: true });
}
