import { apiProblem, type ApiProblem } from '../../identity/utils/apiProblem';
import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A key under `dashboard.errors` (with its values), and the API's (English) message when not recognised. */
export type DashboardProblem = ApiProblem;

/** True when the API refused because the person is not (or no longer) a coordinator. */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'FORBIDDEN';
}

/** Maps a failed dashboard query or refresh to a translated problem, by its code. */
export function dashboardProblem(error: unknown): DashboardProblem {
  return apiProblem(error, []);
}
