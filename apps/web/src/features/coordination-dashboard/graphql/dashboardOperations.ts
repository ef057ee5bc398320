import { graphql } from '../../../gql';

/**
 * The City coordinators' dashboard: figures per arrondissement and activity day by day, read from summaries the
 * API recomputes every five minutes (or on demand), and alerts read live. Names start with "Dashboard": codegen
 * wants every operation name once across the app.
 */

/** Everything the dashboard shows; `days` and `alerts` are those of one arrondissement when it is asked. */
export const DASHBOARD_FRAGMENT = graphql(`
  fragment DashboardFields on CoordinationDashboard {
    refreshedAt
    districts {
      districtCode
      needsUncovered
      unitsLacking
      criticalUncovered
      priorityStock
      hostsAvailable
      activeStays
      volunteers
      donationsCents
    }
    days {
      day
      itemsReceived
      itemsDispatched
      staysStarted
      volunteerHours
      donationsCents
    }
    alerts {
      kind
      districtCode
      since
      organisationId
      organisationName
      collectionPointId
      collectionPointName
      itemFr
      itemEn
      count
    }
  }
`);

export const DASHBOARD_QUERY = graphql(`
  query DashboardCoordination($districtCode: String, $days: Int!) {
    coordinationDashboard(districtCode: $districtCode, days: $days) {
      ...DashboardFields
    }
  }
`);

/** Recomputes the summaries now; the page then asks its own figures again (city or arrondissement, period). */
export const DASHBOARD_REFRESH_MUTATION = graphql(`
  mutation DashboardRefresh {
    refreshCoordinationDashboard {
      refreshedAt
    }
  }
`);
