import { apiProblem, type ApiProblem, type KnownApiMessage } from '../../identity/utils/apiProblem';
import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A translated problem (a key under `funding.errors`), and the API's (English) message when not recognised. */
export type FundingProblem = ApiProblem;

/**
 * The API's messages we translate fully. None yet: the funding API is new and its English messages are shown
 * as the detail under a translated title ("Veuillez vérifier le formulaire.", "Cette action n'est plus possible.").
 */
const KNOWN: readonly KnownApiMessage[] = [];

/** Maps a failed funding query or mutation to a translated problem. */
export function fundingProblem(error: unknown): FundingProblem {
  return apiProblem(error, KNOWN, { staleOnChange: true });
}

/** True when the API answered NOT_FOUND (an unknown initiative or checkout, for instance). */
export function isNotFound(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'NOT_FOUND';
}
