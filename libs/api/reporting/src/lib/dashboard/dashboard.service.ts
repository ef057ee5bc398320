import { BadUserInputException, ForbiddenException, JobsService } from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { isDistrictCode } from '@entraide/shared';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import {
  CoordinationDashboardModel,
  DashboardAlertKind,
  DashboardAlertModel,
  DashboardDayModel,
  DashboardDistrictModel,
} from './dashboard.models';

export const DASHBOARD_REFRESH_QUEUE = 'reporting-dashboard-refresh';
const MAX_DAYS = 366;
const ALERTS_PER_KIND = 50;

/**
 * The coordinators' picture of the 20 arrondissements: figures and days from the summaries (refreshed every
 * five minutes by a job, or on demand), and alerts read live from the tables through partial indexes.
 */
@Injectable()
export class DashboardService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: DASHBOARD_REFRESH_QUEUE,
      handle: () => this.refresh(),
      schedule: { cron: '*/5 * * * *', data: {} },
      retryLimit: 2,
    });
  }

  /** Recomputes the summaries without blocking readers. */
  async refresh(): Promise<void> {
    await this.manager.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_district`);
    await this.manager.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_daily`);
  }

  async refreshFor(userId: string): Promise<CoordinationDashboardModel> {
    await this.requireCoordinator(userId);
    await this.refresh();
    return this.dashboard(userId, null, 90);
  }

  async dashboard(
    userId: string,
    districtCode: string | null,
    days: number,
  ): Promise<CoordinationDashboardModel> {
    await this.requireCoordinator(userId);
    if (districtCode !== null && !isDistrictCode(districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${districtCode}".`);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
      throw new BadUserInputException(`Ask for 1 to ${MAX_DAYS} days.`);
    const districts: (DashboardDistrictModel & { refreshedAt: Date })[] = await this.manager.query(
      `SELECT district_code AS "districtCode", needs_uncovered AS "needsUncovered", units_lacking AS "unitsLacking",
              critical_uncovered AS "criticalUncovered", priority_stock AS "priorityStock",
              hosts_available AS "hostsAvailable", active_stays AS "activeStays", volunteers,
              donations_cents::float8 AS "donationsCents", refreshed_at AS "refreshedAt"
       FROM dashboard_district ORDER BY district_code`,
    );
    const series: DashboardDayModel[] = await this.manager.query(
      `SELECT to_char(g.day, 'YYYY-MM-DD') AS day,
              coalesce(sum(a.items_received), 0)::int AS "itemsReceived",
              coalesce(sum(a.items_dispatched), 0)::int AS "itemsDispatched",
              coalesce(sum(a.stays_started), 0)::int AS "staysStarted",
              coalesce(sum(a.volunteer_hours), 0)::float8 AS "volunteerHours",
              coalesce(sum(a.donations_cents), 0)::float8 AS "donationsCents"
       FROM generate_series((now() AT TIME ZONE 'Europe/Paris')::date - ($1::int - 1), (now() AT TIME ZONE 'Europe/Paris')::date,
                            interval '1 day') AS g (day)
       LEFT JOIN dashboard_daily a ON a.day = g.day AND ($2::text IS NULL OR a.district_code = $2)
       GROUP BY g.day ORDER BY g.day`,
      [days, districtCode],
    );
    return {
      districts: districts.map(({ refreshedAt: _refreshedAt, ...district }) => district),
      days: series,
      alerts: await this.alerts(districtCode),
      refreshedAt: districts[0]?.refreshedAt ?? new Date(),
    };
  }

  private async alerts(districtCode: string | null): Promise<DashboardAlertModel[]> {
    const rows: DashboardAlertModel[] = await this.manager.query(
      `(SELECT 'CRITICAL_NEED_UNMET' AS kind, n.district_code AS "districtCode", n.created_at AS since,
               o.id AS "organisationId", o.name AS "organisationName", NULL::uuid AS "collectionPointId",
               NULL AS "collectionPointName", i.name_fr || ' (' || v.label_fr || ')' AS "itemFr",
               i.name_en || ' (' || v.label_en || ')' AS "itemEn",
               (n.quantity - coalesce((SELECT sum(x.quantity) FROM dispatch x WHERE x.need_id = n.id), 0))::int AS count
        FROM need n JOIN organisation o ON o.id = n.organisation_id
        JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id
        WHERE n.status = 'OPEN' AND n.urgency = 'CRITICAL' AND n.created_at < now() - interval '48 hours'
          AND n.quantity > coalesce((SELECT sum(x.quantity) FROM dispatch x WHERE x.need_id = n.id), 0)
          AND ($1::text IS NULL OR n.district_code = $1)
        ORDER BY n.created_at LIMIT $2)
       UNION ALL
       (SELECT 'POINT_OUT_OF_NEEDED_ITEM', p.district_code, min(n.created_at), NULL, NULL, p.id, p.name,
               i.name_fr || ' (' || v.label_fr || ')', i.name_en || ' (' || v.label_en || ')', NULL
        FROM need n JOIN organisation o ON o.id = n.organisation_id AND o.status = 'VERIFIED'
        JOIN collection_point_district cpd ON cpd.district_code = n.district_code
        JOIN collection_point p ON p.id = cpd.collection_point_id
        JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id AND i.priority = 'HIGH'
        LEFT JOIN stock_level l ON l.collection_point_id = p.id AND l.variant_id = n.variant_id
        WHERE n.status = 'OPEN' AND coalesce(l.quantity, 0) = 0
          AND n.quantity > coalesce((SELECT sum(x.quantity) FROM dispatch x WHERE x.need_id = n.id), 0)
          AND ($1::text IS NULL OR p.district_code = $1)
        GROUP BY p.id, p.name, p.district_code, v.id, i.name_fr, v.label_fr, i.name_en, v.label_en
        ORDER BY min(n.created_at) LIMIT $2)
       UNION ALL
       (SELECT 'STAY_WITHOUT_CHECK_IN', h.district_code,
               coalesce((SELECT max(e.occurred_on) FROM stay_event e WHERE e.stay_id = s.id AND e.kind = 'CHECK_IN'),
                        s.starts_on)::timestamptz, o.id, o.name, NULL, NULL, NULL, NULL, NULL
        FROM stay s JOIN host_offer h ON h.id = s.host_offer_id
        JOIN hosting_request r ON r.id = s.hosting_request_id JOIN organisation o ON o.id = r.organisation_id
        WHERE s.status = 'ACTIVE' AND s.starts_on < current_date - 45
          AND NOT EXISTS (SELECT 1 FROM stay_event e WHERE e.stay_id = s.id AND e.kind = 'CHECK_IN'
                            AND e.occurred_on >= current_date - 45)
          AND ($1::text IS NULL OR h.district_code = $1)
        ORDER BY s.starts_on LIMIT $2)
       UNION ALL
       (SELECT 'PROPOSALS_UNANSWERED', NULL, min(waiting.created_at), o.id, o.name, NULL, NULL, NULL, NULL, count(*)::int
        FROM (SELECT n.organisation_id, ip.created_at, n.district_code FROM item_proposal ip JOIN need n ON n.id = ip.need_id
              WHERE ip.status = 'PROPOSED' AND ip.created_at < now() - interval '72 hours'
              UNION ALL
              SELECT r.organisation_id, hp.created_at, NULL FROM hosting_proposal hp
              JOIN hosting_request r ON r.id = hp.hosting_request_id
              WHERE hp.status = 'PROPOSED' AND hp.created_at < now() - interval '72 hours') waiting
        JOIN organisation o ON o.id = waiting.organisation_id
        WHERE $1::text IS NULL OR waiting.district_code = $1
        GROUP BY o.id, o.name ORDER BY min(waiting.created_at) LIMIT $2)`,
      [districtCode, ALERTS_PER_KIND],
    );
    return rows
      .map((row) => ({ ...row, kind: row.kind as DashboardAlertKind, since: new Date(row.since) }))
      .sort((a, b) => a.since.getTime() - b.since.getTime());
  }

  private async requireCoordinator(userId: string): Promise<void> {
    if (!(await this.access.isCoordinator(userId)))
      throw new ForbiddenException('Only City coordinators may do this.');
  }
}
