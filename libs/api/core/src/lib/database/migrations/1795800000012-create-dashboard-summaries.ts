import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinators' dashboard reads summaries, not the raw tables: one row per arrondissement with today's
 * figures, and one row per day and arrondissement of activity ('' when a figure has no arrondissement, e.g.
 * gifts to the common fund). Refreshed concurrently by a job every five minutes (readers are never blocked),
 * so that a dashboard load stays cheap at the scale of the whole plan; each row says when it was computed.
 */
export class CreateDashboardSummaries1795800000012 implements MigrationInterface {
  name = 'CreateDashboardSummaries1795800000012';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE MATERIALIZED VIEW dashboard_district AS
      WITH lacking AS (
        SELECT n.district_code, n.urgency, n.quantity - coalesce(sum(x.quantity), 0) AS lacking
        FROM need n JOIN organisation o ON o.id = n.organisation_id AND o.status = 'VERIFIED'
        LEFT JOIN dispatch x ON x.need_id = n.id
        WHERE n.status = 'OPEN' GROUP BY n.id),
      needs AS (
        SELECT district_code, count(*) AS needs_uncovered, sum(lacking) AS units_lacking,
               count(*) FILTER (WHERE urgency = 'CRITICAL') AS critical_uncovered
        FROM lacking WHERE lacking > 0 GROUP BY district_code),
      stock AS (
        SELECT p.district_code, sum(l.quantity) AS priority_stock
        FROM stock_level l JOIN collection_point p ON p.id = l.collection_point_id
        JOIN catalogue_variant v ON v.id = l.variant_id JOIN catalogue_item i ON i.id = v.item_id
        WHERE i.priority = 'HIGH' GROUP BY p.district_code),
      hosts AS (
        SELECT h.district_code,
               count(*) FILTER (WHERE h.status = 'VERIFIED' AND NOT h.paused AND s.id IS NULL
                 AND (h.available_until IS NULL OR h.available_until > current_date)) AS hosts_available,
               count(s.id) AS active_stays
        FROM host_offer h LEFT JOIN stay s ON s.host_offer_id = h.id AND s.status = 'ACTIVE'
        GROUP BY h.district_code),
      volunteers AS (
        SELECT district_code, count(*) AS volunteers FROM volunteer_profile, unnest(districts) AS district_code
        GROUP BY district_code),
      donations AS (
        SELECT district_code, sum(p.amount_cents - p.refunded_cents) AS donations_cents
        FROM donation_payment p JOIN donation d ON d.id = p.donation_id JOIN initiative i ON i.id = d.initiative_id,
             unnest(i.district_codes) AS district_code
        GROUP BY district_code)
      SELECT d.code AS district_code,
             coalesce(needs.needs_uncovered, 0)::int AS needs_uncovered,
             coalesce(needs.units_lacking, 0)::int AS units_lacking,
             coalesce(needs.critical_uncovered, 0)::int AS critical_uncovered,
             coalesce(stock.priority_stock, 0)::int AS priority_stock,
             coalesce(hosts.hosts_available, 0)::int AS hosts_available,
             coalesce(hosts.active_stays, 0)::int AS active_stays,
             coalesce(volunteers.volunteers, 0)::int AS volunteers,
             coalesce(donations.donations_cents, 0)::bigint AS donations_cents,
             now() AS refreshed_at
      FROM district d
      LEFT JOIN needs ON needs.district_code = d.code LEFT JOIN stock ON stock.district_code = d.code
      LEFT JOIN hosts ON hosts.district_code = d.code LEFT JOIN volunteers ON volunteers.district_code = d.code
      LEFT JOIN donations ON donations.district_code = d.code`);
    await db.query(`CREATE UNIQUE INDEX dashboard_district_key ON dashboard_district (district_code)`);
    await db.query(`
      CREATE MATERIALIZED VIEW dashboard_daily AS
      SELECT day, district_code, sum(received)::int AS items_received, sum(dispatched)::int AS items_dispatched,
             sum(stays_started)::int AS stays_started, sum(volunteer_hours)::numeric(12, 2) AS volunteer_hours,
             sum(donations_cents)::bigint AS donations_cents, now() AS refreshed_at
      FROM (
        SELECT (m.created_at AT TIME ZONE 'Europe/Paris')::date AS day, p.district_code,
               coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'RECEIPT'), 0) AS received,
               coalesce(-sum(m.quantity) FILTER (WHERE m.kind = 'DISPATCH'), 0) AS dispatched,
               0 AS stays_started, 0 AS volunteer_hours, 0 AS donations_cents
        FROM stock_movement m JOIN collection_point p ON p.id = m.collection_point_id
        WHERE m.kind IN ('RECEIPT', 'DISPATCH') GROUP BY 1, 2
        UNION ALL
        SELECT s.starts_on, h.district_code, 0, 0, count(*), 0, 0
        FROM stay s JOIN host_offer h ON h.id = s.host_offer_id GROUP BY 1, 2
        UNION ALL
        SELECT a.occurred_on, coalesce(m.district_code, ''), 0, 0, 0, sum(a.hours), 0
        FROM attendance a JOIN mission_application ap ON ap.id = a.application_id JOIN mission m ON m.id = ap.mission_id
        WHERE a.present GROUP BY 1, 2
        UNION ALL
        SELECT (p.paid_at AT TIME ZONE 'Europe/Paris')::date, coalesce(i.district_codes[1], ''), 0, 0, 0, 0,
               sum(p.amount_cents - p.refunded_cents)
        FROM donation_payment p JOIN donation d ON d.id = p.donation_id LEFT JOIN initiative i ON i.id = d.initiative_id
        GROUP BY 1, 2) activity
      GROUP BY day, district_code`);
    await db.query(`CREATE UNIQUE INDEX dashboard_daily_key ON dashboard_daily (day, district_code)`);
    // Alerts are read live: these keep them cheap.
    await db.query(
      `CREATE INDEX need_open_critical_idx ON need (created_at) WHERE status = 'OPEN' AND urgency = 'CRITICAL'`,
    );
    await db.query(
      `CREATE INDEX item_proposal_waiting_idx ON item_proposal (created_at) WHERE status = 'PROPOSED'`,
    );
    await db.query(
      `CREATE INDEX hosting_proposal_waiting_idx ON hosting_proposal (created_at) WHERE status = 'PROPOSED'`,
    );
    await db.query(`CREATE INDEX stay_active_idx ON stay (starts_on) WHERE status = 'ACTIVE'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'stay_active_idx',
      'hosting_proposal_waiting_idx',
      'item_proposal_waiting_idx',
      'need_open_critical_idx',
    ])
      await db.query(`DROP INDEX ${index}`);
    await db.query(`DROP MATERIALIZED VIEW dashboard_daily`);
    await db.query(`DROP MATERIALIZED VIEW dashboard_district`);
  }
}
