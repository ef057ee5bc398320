import type { DashboardFieldsFragment } from '../../../gql/graphql';

export type Dashboard = DashboardFieldsFragment;
export type DashboardDistrict = Dashboard['districts'][number];
export type DashboardDay = Dashboard['days'][number];
export type DashboardAlert = Dashboard['alerts'][number];

/** Every figure of an arrondissement, in the order of the table and of an arrondissement's detail. */
export const DISTRICT_METRICS = [
  'needsUncovered',
  'unitsLacking',
  'criticalUncovered',
  'priorityStock',
  'hostsAvailable',
  'activeStays',
  'volunteers',
  'donationsCents',
] as const;
export type DistrictMetric = (typeof DISTRICT_METRICS)[number];

/** The figures the map can show (the "Indicateur" radio group), the first one by default. */
export const MAP_METRICS = [
  'needsUncovered',
  'priorityStock',
  'hostsAvailable',
  'activeStays',
  'volunteers',
  'donationsCents',
] as const satisfies readonly DistrictMetric[];
export type MapMetric = (typeof MAP_METRICS)[number];

export function isMapMetric(value: string): value is MapMetric {
  return (MAP_METRICS as readonly string[]).includes(value);
}

/** The five series of the activity day by day, in the order of the charts and of the table. */
export const DAY_SERIES = [
  'itemsReceived',
  'itemsDispatched',
  'staysStarted',
  'volunteerHours',
  'donationsCents',
] as const;
export type DaySeries = (typeof DAY_SERIES)[number];

/** The periods offered, in days; the API's default first asked. */
export const PERIODS = [30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 90;

export function isPeriod(value: number): value is Period {
  return (PERIODS as readonly number[]).includes(value);
}
