import { graphql } from '../../../gql';

/**
 * The six-month report for the City Council: figures of the plan's commitments 10 to 14 over a period of Paris
 * days (both included), for the whole city (`districtCode` null, first) then each arrondissement that has one.
 */
export const COUNCIL_REPORT_QUERY = graphql(`
  query DashboardCouncilReport($from: String!, $to: String!) {
    councilReport(from: $from, to: $to) {
      from
      to
      figures {
        commitment
        indicator
        districtCode
        value
      }
    }
  }
`);
