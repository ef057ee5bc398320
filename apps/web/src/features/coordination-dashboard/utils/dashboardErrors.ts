import { apiProblem, type ApiProblem, type KnownApiMessage } from '../../identity/utils/apiProblem';
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

/** The report's BAD_USER_INPUT messages, translated fully. */
const REPORT_MESSAGES: readonly KnownApiMessage[] = [
  {
    code: 'BAD_USER_INPUT',
    pattern: /must be a date written YYYY-MM-DD/,
    problem: () => ({ key: 'reportDay' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The last day must be on or after the first/,
    problem: () => ({ key: 'reportOrder' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The report covers at most two years/,
    problem: () => ({ key: 'reportTooLong' }),
  },
];

/** Maps a failed report query to a translated problem: its period's faults, otherwise by code. */
export function reportProblem(error: unknown): DashboardProblem {
  return apiProblem(error, REPORT_MESSAGES);
}
