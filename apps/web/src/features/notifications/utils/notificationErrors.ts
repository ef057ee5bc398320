import { apiProblem, type ApiProblem, type KnownApiMessage } from '../../identity/utils/apiProblem';

/** A translated problem (a key under `notifications.errors`), and the API's (English) message when not recognised. */
export type NotificationProblem = ApiProblem;

/** None yet: the API's few messages (page size, ids) cannot come from this page's own requests. */
const KNOWN: readonly KnownApiMessage[] = [];

/** Maps a failed notifications query or mutation to a translated problem. */
export function notificationProblem(error: unknown): NotificationProblem {
  return apiProblem(error, KNOWN);
}
