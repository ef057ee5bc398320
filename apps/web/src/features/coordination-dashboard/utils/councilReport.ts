import type { DashboardCouncilReportQuery } from '../../../gql/graphql';
import { parisToday } from '../../items/utils/format';

export type CouncilReport = DashboardCouncilReportQuery['councilReport'];
export type ReportFigure = CouncilReport['figures'][number];

/** `/coordination/rapport`: the report for the City Council. */
export const REPORT_PATH = '/coordination/rapport';

/** A period of Paris days, YYYY-MM-DD, both included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The report as a spreadsheet: a plain GET, authenticated by the session cookie (a download). */
export function councilReportCsvUrl({ from, to }: ReportPeriod): string {
  return `/exports/council-report.csv?${new URLSearchParams({ from, to }).toString()}`;
}

/**
 * The last six months up to today in Paris, both days included: from the day after the same date six months
 * earlier (clamped to that month's last day) to today — 28 May to 27 November, 1 March to 31 August.
 */
export function lastSixMonths(now: Date = new Date()): ReportPeriod {
  const to = parisToday(now);
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7)) - 1;
  const day = Number(to.slice(8, 10));
  const start = new Date(Date.UTC(year, month - 6, 1));
  const monthLength = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  start.setUTCDate(Math.min(day, monthLength) + 1);
  return { from: start.toISOString().slice(0, 10), to };
}

/** True for the indicators counted in cents (`donations_cents`, …): shown in euros. */
export function isCents(indicator: string): boolean {
  return indicator.endsWith('_cents');
}

/** One row of a commitment's table: the whole city (`districtCode` null) or an arrondissement. */
export interface ReportRow {
  districtCode: string | null;
  /** By indicator; an indicator absent has no figure for this place. */
  values: ReadonlyMap<string, number>;
}

/** One commitment of the plan: its indicators in the API's order, the city first then its arrondissements. */
export interface CommitmentFigures {
  commitment: number;
  indicators: string[];
  rows: ReportRow[];
}

/**
 * The report's figures, commitment by commitment (10 to 14): one row for Paris, then one per arrondissement
 * that has at least one figure for the commitment, by postal code.
 */
export function commitmentsOf(figures: readonly ReportFigure[]): CommitmentFigures[] {
  const byCommitment = new Map<number, { indicators: string[]; places: Map<string, Map<string, number>> }>();
  for (const figure of figures) {
    let entry = byCommitment.get(figure.commitment);
    if (!entry) {
      entry = { indicators: [], places: new Map([['', new Map()]]) };
      byCommitment.set(figure.commitment, entry);
    }
    if (!entry.indicators.includes(figure.indicator)) entry.indicators.push(figure.indicator);
    const place = figure.districtCode ?? '';
    let values = entry.places.get(place);
    if (!values) {
      values = new Map();
      entry.places.set(place, values);
    }
    values.set(figure.indicator, figure.value);
  }
  return [...byCommitment.entries()]
    .sort(([a], [b]) => a - b)
    .map(([commitment, { indicators, places }]) => ({
      commitment,
      indicators,
      rows: [...places.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, values]) => ({ districtCode: code === '' ? null : code, values })),
    }));
}
