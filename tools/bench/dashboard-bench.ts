/**
 * `npm run bench:dashboard`: the time to load the coordinators' dashboard (figures of the 20 arrondissements,
 * 90 days of activity, live alerts) on a year of activity at ten times the scale of the 2015 plan — 30,000
 * households helped, 10,000 hosts, 50,000 volunteers, 1,000,000 stock movements, 200,000 donations — through
 * Entraide's DashboardService, against a baseline in the same process: the same figures computed straight
 * from the tables (the summaries' own queries, run live). Also prints how long a refresh of the summaries
 * takes (the job runs every five minutes). Uses DATABASE_URL's server (a throw-away database) or an embedded
 * PostgreSQL. BENCH_SCALE=0.1 seeds a tenth, for a quick try.
 */
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

import { CoreModule, loadAppConfig, migrateDatabase } from '@entraide/api-core';
import { IdentityModule } from '@entraide/api-identity';
import { DashboardService, ReportingModule } from '@entraide/api-reporting';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';

import { benchDatabase } from './bench-database';
import {
  PAST_YEAR_SQL,
  RANDOM_DISTRICT_SQL,
  scaled,
  SCALE_DESCRIPTION,
  seedAssociations,
  seedPeople,
  seedStep,
} from './bench-seed';

const HOUSEHOLDS = scaled(30_000);
const HOSTS = scaled(10_000);
const VOLUNTEERS = scaled(50_000);
const MOVEMENTS = scaled(1_000_000);
const DONATIONS = scaled(200_000);
const NEEDS = scaled(5_000);
const ATTENDANCES = scaled(100_000);
const LOADS = 30;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const format = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms`;

async function seed(db: Client): Promise<void> {
  const step = seedStep(db);
  await seedPeople(step, HOSTS + VOLUNTEERS + 100);
  await seedAssociations(step, 100);
  await step(
    `${NEEDS} needs and their dispatches`,
    `WITH orgs AS (SELECT array_agg(id) AS ids FROM organisation),
          variants AS (SELECT array_agg(id) AS ids FROM catalogue_variant)
     INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency, status, closed_at, created_at)
     SELECT orgs.ids[1 + (i % 100)], variants.ids[1 + (i % cardinality(variants.ids))], 10 + (i % 90), ${RANDOM_DISTRICT_SQL},
            (ARRAY['CRITICAL', 'HIGH', 'NORMAL', 'NORMAL'])[1 + (i % 4)], CASE WHEN i % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
            CASE WHEN i % 3 = 0 THEN now() END, ${PAST_YEAR_SQL}
     FROM generate_series(1, ${NEEDS}) AS i, orgs, variants;
     INSERT INTO dispatch (collection_point_id, need_id, quantity)
     SELECT (SELECT id FROM collection_point ORDER BY code LIMIT 1), id, 5 FROM need WHERE random() < 0.6`,
  );
  await step(
    `${MOVEMENTS} stock movements`,
    `WITH points AS (SELECT array_agg(id ORDER BY code) AS ids FROM collection_point),
          variants AS (SELECT array_agg(id) AS ids FROM catalogue_variant),
          dispatches AS (SELECT array_agg(id) AS ids FROM dispatch)
     INSERT INTO stock_movement (collection_point_id, variant_id, kind, quantity, dispatch_id, reason, created_at)
     SELECT points.ids[1 + (i % cardinality(points.ids))], variants.ids[1 + (i % cardinality(variants.ids))],
            (ARRAY['RECEIPT', 'RECEIPT', 'DISPATCH', 'ADJUSTMENT'])[1 + (i % 4)],
            CASE i % 4 WHEN 2 THEN -1 - (i % 5) ELSE 1 + (i % 7) END,
            CASE WHEN i % 4 = 2 THEN dispatches.ids[1 + (i % cardinality(dispatches.ids))] END,
            CASE WHEN i % 4 = 3 THEN 'Inventaire' END, ${PAST_YEAR_SQL}
     FROM generate_series(1, ${MOVEMENTS}) AS i, points, variants, dispatches;
     INSERT INTO stock_level (collection_point_id, variant_id, quantity)
     SELECT collection_point_id, variant_id, greatest(sum(quantity), 0) FROM stock_movement GROUP BY 1, 2`,
  );
  await step(
    `${HOSTS} hosts, ${HOUSEHOLDS} households, stays`,
    `WITH hosts AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM app_user ORDER BY id LIMIT ${HOSTS})
     INSERT INTO host_offer (host_id, status, room_kind, beds, district_code, address, available_from, min_stay_days,
       max_stay_days, household_adults, household_children, verifier_organisation_id, submitted_at, verified_at,
       home_visit_on, visited_by)
     SELECT id, 'VERIFIED', 'PRIVATE_ROOM', 2, ${RANDOM_DISTRICT_SQL}, '1 rue de la Paix', current_date - 200, 30, 365, 1, 0,
            (SELECT id FROM organisation LIMIT 1), now(), now(), current_date - 200, 'Awa'
     FROM hosts;
     INSERT INTO hosting_request (organisation_id, alias, age_bands, legal_status, needed_from, minimum_days,
       desired_days, preferred_districts, status, close_reason, created_at)
     SELECT (SELECT id FROM organisation LIMIT 1), 'F. ' || i, '{26-59}', 'REFUGEE', current_date, 30, 90,
            ARRAY[${RANDOM_DISTRICT_SQL}], CASE WHEN i <= ${HOSTS / 5} THEN 'HOSTED' WHEN i % 2 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
            CASE WHEN i > ${HOSTS / 5} AND i % 2 = 0 THEN 'Relogé' END, ${PAST_YEAR_SQL}
     FROM generate_series(1, ${HOUSEHOLDS}) AS i;
     INSERT INTO matching_run (kind, trigger, status, finished_at) VALUES ('ITEMS', 'SCHEDULE', 'DONE', now());
     WITH pairs AS (
       SELECT h.id AS host_offer_id, r.id AS request_id
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM host_offer) h
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS i FROM hosting_request WHERE status = 'HOSTED') r ON r.i = h.i),
     proposals AS (
       INSERT INTO hosting_proposal (run_id, host_offer_id, hosting_request_id, score, status, forwarded_at, accepted_at)
       SELECT (SELECT id FROM matching_run LIMIT 1), host_offer_id, request_id, '{}', 'ACCEPTED', now(), now() FROM pairs
       RETURNING id, host_offer_id, hosting_request_id)
     INSERT INTO stay (proposal_id, host_offer_id, hosting_request_id, starts_on, planned_end_on, agreement_signed_on)
     SELECT id, host_offer_id, hosting_request_id, current_date - (random() * 300)::int, current_date + 60, current_date - 300
     FROM proposals`,
  );
  await step(
    `${VOLUNTEERS} volunteers and ${ATTENDANCES} attendances`,
    `INSERT INTO volunteer_profile (user_id, districts)
     SELECT id, ARRAY[${RANDOM_DISTRICT_SQL}, ${RANDOM_DISTRICT_SQL}] FROM app_user ORDER BY id OFFSET ${HOSTS} LIMIT ${VOLUNTEERS};
     INSERT INTO mission (organisation_id, title, description, kind, district_code, schedule, contact_name, contact_email)
     SELECT (SELECT id FROM organisation LIMIT 1), 'Mission ' || i, 'Une mission de bénévolat.', 'SORTING',
            '750' || lpad(i::text, 2, '0'), 'SHIFTS', 'Awa', 'a@example.org'
     FROM generate_series(1, 20) AS i;
     WITH missions AS (SELECT array_agg(id) AS ids FROM mission),
          volunteers AS (SELECT array_agg(user_id) AS ids FROM volunteer_profile),
          applications AS (
            INSERT INTO mission_application (mission_id, volunteer_id, status, decided_at)
            SELECT missions.ids[1 + (i % 20)], volunteers.ids[1 + ((i / 20) % cardinality(volunteers.ids))], 'ACCEPTED', now()
            FROM generate_series(1, ${ATTENDANCES}) AS i, missions, volunteers
            RETURNING id)
     INSERT INTO attendance (application_id, occurred_on, present, hours)
     SELECT id, current_date - (random() * 365)::int, true, 2 FROM applications`,
  );
  await step(
    `${DONATIONS} donations`,
    `INSERT INTO initiative (organisation_id, title, description, kind, district_codes, budget_cents, deadline, status, decided_at)
     SELECT (SELECT id FROM organisation LIMIT 1), 'Initiative ' || i, 'Une initiative citoyenne.', 'WELCOME',
            ARRAY['750' || lpad((1 + i % 20)::text, 2, '0')], 10000000, current_date + 100, 'APPROVED', now()
     FROM generate_series(1, 200) AS i;
     WITH initiatives AS (SELECT array_agg(id) AS ids FROM initiative),
          donors AS (SELECT array_agg(user_id) AS ids FROM volunteer_profile),
          donations AS (
            INSERT INTO donation (donor_id, initiative_id, amount_cents, frequency, status, test_mode, created_at)
            SELECT donors.ids[1 + (i % cardinality(donors.ids))],
                   CASE WHEN i % 5 = 0 THEN NULL ELSE initiatives.ids[1 + (i % 200)] END,
                   500 + (i % 50) * 100, 'ONE_OFF', 'PAID', true, ${PAST_YEAR_SQL}
            FROM generate_series(1, ${DONATIONS}) AS i, initiatives, donors
            RETURNING id, amount_cents, created_at)
     INSERT INTO donation_payment (donation_id, payment_intent_id, amount_cents, paid_at)
     SELECT id, 'pi_bench_' || id, amount_cents, created_at FROM donations`,
  );
  await step('analyze', `ANALYZE`);
}

async function timeLoads(load: () => Promise<unknown>): Promise<number[]> {
  await load();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const started = performance.now();
    await load();
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const database = await benchDatabase();
  try {
    await migrateDatabase(database.url);
    const db = new Client({ connectionString: database.url });
    db.on('error', () => undefined); // the throw-away database is dropped under it at the end
    await db.connect();
    console.log(`Seeding a year at ${SCALE_DESCRIPTION}:`);
    await seed(db);
    const config = loadAppConfig({ DATABASE_URL: database.url, DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
    @Module({
      imports: [CoreModule.forRoot({ config, databaseUrl: database.url }), IdentityModule, ReportingModule],
    })
    class BenchModule {}
    const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
    const dashboards = app.get(DashboardService);
    const [{ id: coordinatorId }] = (await db.query(`SELECT id FROM app_user LIMIT 1`)).rows;
    await db.query(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinatorId]);

    let started = performance.now();
    await dashboards.refresh();
    const refreshMs = performance.now() - started;

    const city = await timeLoads(() => dashboards.dashboard(coordinatorId, null, 90));
    const district = await timeLoads(() => dashboards.dashboard(coordinatorId, '75018', 90));
    // Baseline: the summaries' own queries, straight from the tables, as a dashboard without summaries would run.
    const definitions = (
      await db.query(
        `SELECT matviewname, definition FROM pg_matviews WHERE matviewname IN ('dashboard_district', 'dashboard_daily')`,
      )
    ).rows as { matviewname: string; definition: string }[];
    const live = await timeLoads(async () => {
      for (const { definition } of definitions) await db.query(definition.replace(/;\s*$/, ''));
    });
    started = performance.now();
    const year = await dashboards.dashboard(coordinatorId, null, 365);
    const yearMs = performance.now() - started;

    console.log(`\nDashboard loads (${LOADS} each, after one warm-up):`);
    console.log(`  whole city, 90 days, alerts:      ${format(city)}   (target < 300 ms)`);
    console.log(`  drill-down to the 18th:            ${format(district)}`);
    console.log(`  a year of days (one load):         ${yearMs.toFixed(1)} ms`);
    console.log(`  baseline, the figures computed live from the tables: ${format(live)}`);
    console.log(
      `  ratio of p50 (summaries / live): ${(percentile(city, 50) / percentile(live, 50)).toFixed(3)}` +
        ` — the summaries are at most 5 minutes old (a refresh takes ${(refreshMs / 1000).toFixed(1)} s, without blocking readers)`,
    );
    console.log(`  alerts on the city's page: ${year.alerts.length}`);
    await app.close();
    await db.end();
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
