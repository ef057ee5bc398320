import { BadUserInputException, ForbiddenException, requireDay } from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

/** One figure of the report: for the city (`districtCode` null) or one arrondissement. */
export interface ReportFigure {
  commitment: 10 | 11 | 12 | 13 | 14;
  indicator: string;
  districtCode: string | null;
  value: number;
}

export interface CouncilReport {
  from: string;
  to: string;
  figures: ReportFigure[];
}

const MAX_DAYS = 731;

/**
 * The figures of commitments 10 to 14 over a period of Paris days (both included), for the city and per
 * arrondissement where a figure has one — the report the Council expects every six months. One statement per
 * indicator, each grouped with ROLLUP so that the city total is the sum of its arrondissements (or counted
 * once, for distinct people). Indicator codes are stable: the web app and the CSV name them.
 */
const INDICATORS: {
  commitment: ReportFigure['commitment'];
  indicator: string;
  value: string;
  /** The arrondissement of a row, when the figure has one. */
  district?: string;
  /** FROM … WHERE …, with $1/$2 the period's first and last instants, $3/$4 its first and last days. */
  rows: string;
}[] = [
  {
    commitment: 10,
    indicator: 'partner_organisations',
    value: 'count(DISTINCT o.id)',
    district: 'od.district_code',
    rows: `FROM organisation o LEFT JOIN organisation_district od ON od.organisation_id = o.id
           WHERE o.status = 'VERIFIED' AND o.created_at < $2`,
  },
  {
    commitment: 11,
    indicator: 'volunteer_hours',
    value: 'coalesce(sum(a.hours), 0)',
    district: 'm.district_code',
    rows: `FROM attendance a JOIN mission_application ap ON ap.id = a.application_id JOIN mission m ON m.id = ap.mission_id
           WHERE a.present AND a.occurred_on BETWEEN $3 AND $4`,
  },
  {
    commitment: 11,
    indicator: 'volunteers_present',
    value: 'count(DISTINCT ap.volunteer_id)',
    district: 'm.district_code',
    rows: `FROM attendance a JOIN mission_application ap ON ap.id = a.application_id JOIN mission m ON m.id = ap.mission_id
           WHERE a.present AND a.occurred_on BETWEEN $3 AND $4`,
  },
  {
    commitment: 11,
    indicator: 'missions_published',
    value: 'count(*)',
    district: 'district_code',
    rows: `FROM mission WHERE created_at >= $1 AND created_at < $2`,
  },
  {
    commitment: 11,
    indicator: 'mentoring_sessions',
    value: 'count(*)',
    rows: `FROM mentoring_session WHERE occurred_on BETWEEN $3 AND $4`,
  },
  {
    commitment: 12,
    indicator: 'households_referred',
    value: 'count(*)',
    rows: `FROM hosting_request WHERE created_at >= $1 AND created_at < $2`,
  },
  {
    commitment: 12,
    indicator: 'stays_started',
    value: 'count(*)',
    district: 'h.district_code',
    rows: `FROM stay s JOIN host_offer h ON h.id = s.host_offer_id WHERE s.starts_on BETWEEN $3 AND $4`,
  },
  {
    commitment: 12,
    indicator: 'hosts_verified',
    value: 'count(*)',
    district: 'district_code',
    rows: `FROM host_offer WHERE verified_at >= $1 AND verified_at < $2`,
  },
  {
    commitment: 13,
    indicator: 'donations',
    value: 'count(*)',
    rows: `FROM donation_payment WHERE paid_at >= $1 AND paid_at < $2 AND refunded_cents < amount_cents`,
  },
  {
    commitment: 13,
    indicator: 'donations_cents',
    value: 'coalesce(sum(amount_cents - refunded_cents), 0)',
    rows: `FROM donation_payment WHERE paid_at >= $1 AND paid_at < $2`,
  },
  {
    commitment: 13,
    indicator: 'matched_cents',
    value: 'coalesce(sum(a.amount_cents), 0)',
    rows: `FROM funding_round_allocation a JOIN funding_round r ON r.id = a.round_id
           WHERE a.source = 'MATCHING' AND r.published_at >= $1 AND r.published_at < $2`,
  },
  {
    commitment: 13,
    indicator: 'paid_out_cents',
    value: 'coalesce(sum(amount_cents), 0)',
    rows: `FROM payout WHERE created_at >= $1 AND created_at < $2`,
  },
  {
    commitment: 13,
    indicator: 'initiatives_approved',
    value: 'count(*)',
    rows: `FROM initiative WHERE status IN ('APPROVED', 'CLOSED') AND decided_at >= $1 AND decided_at < $2`,
  },
  {
    commitment: 14,
    indicator: 'items_received',
    value: 'coalesce(sum(m.quantity), 0)',
    district: 'p.district_code',
    rows: `FROM stock_movement m JOIN collection_point p ON p.id = m.collection_point_id
           WHERE m.kind = 'RECEIPT' AND m.created_at >= $1 AND m.created_at < $2`,
  },
  {
    commitment: 14,
    indicator: 'items_dispatched',
    value: 'coalesce(sum(d.quantity), 0)',
    district: 'n.district_code',
    rows: `FROM dispatch d JOIN need n ON n.id = d.need_id WHERE d.dispatched_at >= $1 AND d.dispatched_at < $2`,
  },
  {
    commitment: 14,
    indicator: 'needs_posted',
    value: 'count(*)',
    district: 'district_code',
    rows: `FROM need WHERE created_at >= $1 AND created_at < $2`,
  },
  {
    commitment: 14,
    indicator: 'deliveries_confirmed',
    value: 'count(*)',
    district: 'n.district_code',
    rows: `FROM dispatch d JOIN need n ON n.id = d.need_id
           WHERE d.status = 'DELIVERED' AND d.delivered_at >= $1 AND d.delivered_at < $2`,
  },
];

/** The city's row (the ROLLUP total) and one per arrondissement; rows without an arrondissement count in the city only. */
function indicatorSql({ value, district, rows }: (typeof INDICATORS)[number]): string {
  // Types every parameter, whether or not this indicator uses it.
  const period = `WITH period AS (SELECT $1::timestamptz, $2::timestamptz, $3::date, $4::date)`;
  return district
    ? `${period} SELECT ${district} AS district, ${value} AS value, GROUPING(${district}) = 1 AS total ${rows}
       GROUP BY ROLLUP (${district})`
    : `${period} SELECT NULL AS district, ${value} AS value, true AS total ${rows}`;
}

@Injectable()
export class CouncilReportService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
  ) {}

  async report(from: string, to: string, userId: string): Promise<CouncilReport> {
    if (!(await this.access.isCoordinator(userId)))
      throw new ForbiddenException('Only City coordinators may read the report.');
    requireDay(from, 'The first day');
    requireDay(to, 'The last day');
    if (to < from) throw new BadUserInputException('The last day must be on or after the first.');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 > MAX_DAYS)
      throw new BadUserInputException('The report covers at most two years.');
    // Instants of the period's bounds in Paris, and its days.
    const [{ start, end }] = await this.manager.query(
      `SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Paris') AS start,
              (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris') AS end`,
      [from, to],
    );
    const figures: ReportFigure[] = [];
    for (const definition of INDICATORS) {
      const rows: { district: string | null; value: string; total: boolean }[] = await this.manager.query(
        indicatorSql(definition),
        [start, end, from, to],
      );
      const { commitment, indicator } = definition;
      const city = rows.find((row) => row.total);
      figures.push({ commitment, indicator, districtCode: null, value: Number(city?.value ?? 0) });
      for (const row of rows
        .filter((entry) => !entry.total && entry.district !== null)
        .sort((a, b) => a.district!.localeCompare(b.district!)))
        figures.push({ commitment, indicator, districtCode: row.district, value: Number(row.value) });
    }
    return { from, to, figures };
  }
}
