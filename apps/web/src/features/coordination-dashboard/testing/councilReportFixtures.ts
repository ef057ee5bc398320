import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type { DashboardCouncilReportQueryVariables } from '../../../gql/graphql';
import { COUNCIL_REPORT_QUERY } from '../graphql/councilReportOperations';
import type { CouncilReport, ReportFigure } from '../utils/councilReport';

/** The last six months when today is 27 November 2026 in Paris (the tests' clock). */
export const SIX_MONTHS = { from: '2026-05-28', to: '2026-11-27' } as const;

function figure(
  commitment: number,
  indicator: string,
  districtCode: string | null,
  value: number,
): ReportFigure {
  return { __typename: 'ReportFigure', commitment, indicator, districtCode, value };
}

/**
 * Every indicator, in the API's order: the city first, then the arrondissements having a figure (the 11th, 18th
 * and 19th); financial donations and a few others are counted for the whole city only.
 */
export function reportFigures(): ReportFigure[] {
  return [
    figure(10, 'partner_organisations', null, 14),
    figure(10, 'partner_organisations', '75018', 6),
    figure(10, 'partner_organisations', '75019', 3),
    figure(11, 'volunteer_hours', null, 1234.5),
    figure(11, 'volunteer_hours', '75011', 200),
    figure(11, 'volunteer_hours', '75018', 1034.5),
    figure(11, 'volunteers_present', null, 87),
    figure(11, 'volunteers_present', '75011', 20),
    figure(11, 'volunteers_present', '75018', 70),
    figure(11, 'missions_published', null, 12),
    figure(11, 'missions_published', '75018', 12),
    figure(11, 'mentoring_sessions', null, 30),
    figure(12, 'households_referred', null, 9),
    figure(12, 'stays_started', null, 5),
    figure(12, 'stays_started', '75019', 5),
    figure(12, 'hosts_verified', null, 11),
    figure(12, 'hosts_verified', '75011', 4),
    figure(12, 'hosts_verified', '75019', 7),
    figure(13, 'donations', null, 321),
    figure(13, 'donations_cents', null, 12_345_678),
    figure(13, 'matched_cents', null, 500_000),
    figure(13, 'paid_out_cents', null, 0),
    figure(13, 'initiatives_approved', null, 4),
    figure(14, 'items_received', null, 2500),
    figure(14, 'items_received', '75011', 1500),
    figure(14, 'items_received', '75018', 1000),
    figure(14, 'items_dispatched', null, 2100),
    figure(14, 'items_dispatched', '75018', 2100),
    figure(14, 'needs_posted', null, 40),
    figure(14, 'needs_posted', '75018', 40),
    figure(14, 'deliveries_confirmed', null, 35),
    figure(14, 'deliveries_confirmed', '75018', 35),
  ];
}

export function councilReport(
  period: DashboardCouncilReportQueryVariables = SIX_MONTHS,
  figures: ReportFigure[] = reportFigures(),
): CouncilReport {
  return { __typename: 'CouncilReport', from: period.from, to: period.to, figures };
}

/** The report over the period given (the last six months by default); `answer` may count the calls. */
export function councilReportMock(
  variables: DashboardCouncilReportQueryVariables = SIX_MONTHS,
  answer: () => CouncilReport = () => councilReport(variables),
): MockLink.MockedResponse {
  return {
    request: { query: COUNCIL_REPORT_QUERY, variables },
    result: () => ({ data: { councilReport: answer() } }),
  };
}

/** The API refusing the report over the period given, with its code and English message. */
export function councilReportErrorMock(
  variables: DashboardCouncilReportQueryVariables,
  code: string,
  message: string,
): MockLink.MockedResponse {
  return {
    request: { query: COUNCIL_REPORT_QUERY, variables },
    result: { errors: [new GraphQLError(message, { path: ['councilReport'], extensions: { code } })] },
  };
}
