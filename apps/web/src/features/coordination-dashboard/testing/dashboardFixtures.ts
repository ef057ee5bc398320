import type { MockLink } from '@apollo/client/testing';

import type { DashboardCoordinationQueryVariables } from '../../../gql/graphql';
import { DASHBOARD_QUERY } from '../graphql/dashboardOperations';
import type { Dashboard, DashboardAlert, DashboardDay, DashboardDistrict } from '../utils/metrics';

/** Answered as often as asked (polling, refetches). */
const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY } as const;

/** An arrondissement with nothing going on, or with the figures given. */
export function district(districtCode: string, figures: Partial<DashboardDistrict> = {}): DashboardDistrict {
  return {
    __typename: 'DashboardDistrict',
    districtCode,
    needsUncovered: 0,
    unitsLacking: 0,
    criticalUncovered: 0,
    priorityStock: 0,
    hostsAvailable: 0,
    activeStays: 0,
    volunteers: 0,
    donationsCents: 0,
    ...figures,
  };
}

/** The 20 arrondissements: the 18th needs most, the 11th has the most stock and the 19th the most donations. */
export function districts(): DashboardDistrict[] {
  const busy: Record<string, Partial<DashboardDistrict>> = {
    '75011': {
      needsUncovered: 1,
      unitsLacking: 3,
      priorityStock: 120,
      volunteers: 9,
      donationsCents: 25_000,
    },
    '75018': {
      needsUncovered: 8,
      unitsLacking: 42,
      criticalUncovered: 2,
      priorityStock: 15,
      hostsAvailable: 4,
      activeStays: 3,
      volunteers: 21,
      donationsCents: 123_456,
    },
    '75019': {
      needsUncovered: 4,
      unitsLacking: 10,
      hostsAvailable: 1,
      activeStays: 1,
      donationsCents: 250_000,
    },
  };
  return Array.from({ length: 20 }, (_, index) => {
    const code = `750${String(index + 1).padStart(2, '0')}`;
    return district(code, busy[code]);
  });
}

export function day(dayValue: string, figures: Partial<DashboardDay> = {}): DashboardDay {
  return {
    __typename: 'DashboardDay',
    day: dayValue,
    itemsReceived: 0,
    itemsDispatched: 0,
    staysStarted: 0,
    volunteerHours: 0,
    donationsCents: 0,
    ...figures,
  };
}

/** Three days, oldest first. */
export function days(): DashboardDay[] {
  return [
    day('2026-11-25', { itemsReceived: 12, itemsDispatched: 5, volunteerHours: 3.5, donationsCents: 2_000 }),
    day('2026-11-26'),
    day('2026-11-27', {
      itemsReceived: 30,
      itemsDispatched: 18,
      staysStarted: 1,
      volunteerHours: 7,
      donationsCents: 15_050,
    }),
  ];
}

export function alert(kind: DashboardAlert['kind'], fields: Partial<DashboardAlert> = {}): DashboardAlert {
  return {
    __typename: 'DashboardAlert',
    kind,
    districtCode: null,
    since: '2026-11-20T10:00:00.000Z',
    organisationId: null,
    organisationName: null,
    collectionPointId: null,
    collectionPointName: null,
    itemFr: null,
    itemEn: null,
    count: null,
    ...fields,
  };
}

/** One alert of each kind, oldest first, as the API fills them. */
export function alerts(): DashboardAlert[] {
  return [
    alert('STAY_WITHOUT_CHECK_IN', {
      districtCode: '75019',
      since: '2026-10-01T00:00:00.000Z',
      organisationId: 'org-2',
      organisationName: 'Accueil 19',
    }),
    alert('CRITICAL_NEED_UNMET', {
      districtCode: '75018',
      since: '2026-11-12T09:30:00.000Z',
      organisationId: 'org-1',
      organisationName: 'Les Amis du 18e',
      itemFr: 'Couches (taille 4)',
      itemEn: 'Nappies (size 4)',
      count: 12,
    }),
    alert('PROPOSALS_UNANSWERED', {
      since: '2026-11-20T08:00:00.000Z',
      organisationId: 'org-3',
      organisationName: 'Solidarité Paris',
      count: 3,
    }),
    alert('POINT_OUT_OF_NEEDED_ITEM', {
      districtCode: '75018',
      since: '2026-11-22T15:00:00.000Z',
      collectionPointId: 'point-18',
      collectionPointName: 'Mairie du 18e',
      itemFr: 'Lait infantile (1er âge)',
      itemEn: 'Infant formula (first age)',
    }),
  ];
}

export function dashboard(fields: Partial<Dashboard> = {}): Dashboard {
  return {
    __typename: 'CoordinationDashboard',
    refreshedAt: '2026-11-27T10:00:00.000Z',
    districts: districts(),
    days: days(),
    alerts: alerts(),
    ...fields,
  };
}

/**
 * The dashboard for the variables given (the city over 90 days by default); `answer` may count the calls or
 * change its figures from one call to the next.
 */
export function dashboardMock(
  variables: DashboardCoordinationQueryVariables = { days: 90 },
  answer: () => Dashboard = () => dashboard(),
): MockLink.MockedResponse {
  return {
    request: { query: DASHBOARD_QUERY, variables },
    result: () => ({ data: { coordinationDashboard: answer() } }),
    ...AGAIN,
  };
}
