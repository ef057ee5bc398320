/**
 * `npm run bench:api`: the production build of the API (`nx build api`, run as production runs it)
 * on real PostgreSQL seeded at ten times the scale of the 2015 plan, driven by autocannon with 50
 * connections on three requests — the public needs of an arrondissement (50 needs with their organisation
 * and variant), a mission search, and a receipt recorded by a collection point's staff — against a bare
 * baseline in the same run: `node:http` + `pg` executing the same SQL and answering the same JSON
 * (api-baseline-server.ts). Prints requests/s, p50 and p99 for both and their ratio; GraphQL error bodies
 * (HTTP 200 with "errors") count as failures, and any failure makes the exit code non-zero.
 * Uses DATABASE_URL's server (a throw-away database) or an embedded PostgreSQL.
 * BENCH_SECONDS (default 10) per run; BENCH_SCALE=0.1 seeds a tenth; BENCH_SKIP_BUILD=1 reuses dist/;
 * BENCH_ONLY=needs runs only the scenarios whose name contains it; BENCH_API_NODE_ARGS is given to the API's
 * node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles" to see where its time goes (open it in Chrome's DevTools).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';

import { migrateDatabase } from '@entraide/api-core';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { Client } from 'pg';

import { API_MAIN, apiCommand, buildApi } from '../production-api';
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

const ROOT = join(__dirname, '../..');
const API_PORT = 3931;
const BASELINE_PORT = 3932;
const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARM_UP_SECONDS = 5;
const READ_RATIO_TARGET = 0.5;
const P99_TARGET_MS = 100;

const ASSOCIATIONS = scaled(1_000);
const PEOPLE = scaled(50_000);
const NEEDS = scaled(5_000);
const OFFERS = scaled(20_000);
const MISSIONS = scaled(50_000);
const APPLICATIONS = scaled(100_000);
const MOVEMENTS = scaled(1_000_000);

const DISTRICT = '75018';
const STAFF_EMAIL = 'staff@bench.entraide.localhost';
const STAFF_PASSWORD = 'bench-staff-password';

const OPEN_NEEDS = `query OpenNeeds($filter: NeedFilterInput, $first: Int!, $lang: Language!) {
  openNeeds(filter: $filter, first: $first) {
    id quantity urgency deadline districtCode status note createdAt
    item { id code name(lang: $lang) }
    variant { id code label(lang: $lang) }
    organisation { id name }
    progress { coverage offered received dispatched delivered remaining }
  }
}`;
const MISSION_SEARCH = `query MissionSearch($search: MissionSearchInput) {
  missions(search: $search) {
    total totalCapped
    missions {
      id title description kind status districtCode remote schedule weeklySlot weeklyStarts weeklyEnds
      minimumCommitment restricted forSolidarityReserve forCivicService skills responseHours contactName
      contactEmail createdAt
      languages { code level }
      organisation { id name }
      shifts { id startsAt endsAt capacity accepted remaining }
    }
  }
}`;
const RECORD_WALK_IN_GIFT = `mutation RecordWalkInGift($input: WalkInGiftInput!) {
  recordWalkInGift(input: $input) { received }
}`;
const SEARCHES = [
  { text: 'français', first: 20 },
  { text: 'aide administrative préfecture', first: 20 },
  { text: 'interprète arabe', first: 20 },
  { text: 'vêtements', districtCode: '75018', first: 20 },
  { kind: 'SORTING', districtCode: '75019', first: 20 },
  { text: 'soutien scolaire', first: 20 },
];
const TITLES: [string, string][] = [
  ['Cours de français pour débutants', 'FRENCH_LESSONS'],
  ['Atelier de conversation en français', 'FRENCH_LESSONS'],
  ['Aide aux démarches administratives', 'ADMIN_HELP'],
  ['Accompagnement à la préfecture', 'ADMIN_HELP'],
  ['Interprétariat arabe', 'INTERPRETING'],
  ['Tri des vêtements et chaussures', 'SORTING'],
  ['Préparation des kits d’hygiène', 'SORTING'],
  ['Football avec des jeunes réfugiés', 'SPORT_CULTURE'],
  ['Soutien scolaire en mathématiques', 'SCHOOL_SUPPORT'],
  ['English conversation club', 'OTHER'],
];
const SENTENCES = [
  'Nous accueillons chaque semaine des demandeurs d’asile et des réfugiés arrivés récemment à Paris.',
  'Aucune expérience n’est nécessaire : une formation courte est proposée aux nouveaux bénévoles.',
  'Vous aiderez les personnes à comprendre les courriers, remplir les formulaires et préparer les rendez-vous.',
  'Nous trions les dons de vêtements, de chaussures et de produits d’hygiène déposés par les Parisiens.',
  'Volunteers who speak English are welcome to help with conversation and paperwork.',
];

async function seed(db: Client): Promise<void> {
  const step = seedStep(db);
  await seedPeople(step, PEOPLE);
  await seedAssociations(step, ASSOCIATIONS, 10);
  await step(
    `${NEEDS} needs, ${OFFERS} offers, dispatches`,
    `WITH orgs AS (SELECT array_agg(id) AS ids FROM organisation),
          variants AS (SELECT array_agg(id) AS ids FROM catalogue_variant)
     INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency, status, closed_at, deadline, created_at)
     SELECT orgs.ids[1 + (i % cardinality(orgs.ids))], variants.ids[1 + (i % cardinality(variants.ids))], 10 + (i % 90),
            ${RANDOM_DISTRICT_SQL}, (ARRAY['CRITICAL', 'HIGH', 'NORMAL', 'NORMAL'])[1 + (i % 4)],
            CASE WHEN i % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END, CASE WHEN i % 3 = 0 THEN now() END,
            CASE WHEN i % 2 = 0 THEN current_date + (i % 60) END, ${PAST_YEAR_SQL}
     FROM generate_series(1, ${NEEDS}) AS i, orgs, variants;
     WITH needs AS (SELECT array_agg(id) AS ids FROM need),
          donors AS (SELECT array_agg(id) AS ids FROM app_user)
     INSERT INTO offer (donor_id, need_id, variant_id, quantity, condition, status, received_quantity, refused_quantity)
     SELECT donors.ids[1 + (i % cardinality(donors.ids))], need.id, need.variant_id, 1 + (i % 5), 'GOOD',
            CASE WHEN i % 2 = 0 THEN 'RECEIVED' ELSE 'OFFERED' END, CASE WHEN i % 2 = 0 THEN 1 END,
            CASE WHEN i % 2 = 0 THEN 0 END
     FROM generate_series(1, ${OFFERS}) AS i, needs, donors
     JOIN LATERAL (SELECT id, variant_id FROM need WHERE id = needs.ids[1 + (i % cardinality(needs.ids))]) need ON true;
     INSERT INTO dispatch (collection_point_id, need_id, quantity)
     SELECT (SELECT id FROM collection_point ORDER BY code LIMIT 1), id, 5 FROM need WHERE random() < 0.6`,
  );
  await step(
    `${MISSIONS} missions`,
    `WITH words AS (SELECT $1::text[] AS titles, $2::text[] AS kinds, $3::text[] AS sentences,
                           (SELECT array_agg(id) FROM organisation WHERE status = 'VERIFIED') AS organisations),
     picks AS (SELECT i, 1 + floor(random() * cardinality(titles))::int AS t, random() AS r, ${RANDOM_DISTRICT_SQL} AS d
               FROM generate_series(1, ${MISSIONS}) i, words)
     INSERT INTO mission (organisation_id, title, description, kind, languages, language_codes, district_code, remote,
       schedule, weekly_slot, weekly_starts, weekly_ends, contact_name, contact_email, created_at)
     SELECT organisations[1 + i % cardinality(organisations)], titles[t],
            sentences[1 + i % 5] || ' ' || sentences[1 + (i * 3) % 5], kinds[t],
            CASE WHEN r < 0.3 THEN '[{"code": "ar", "level": "B1"}]'::jsonb ELSE '[]' END,
            CASE WHEN r < 0.3 THEN ARRAY['ar'] ELSE '{}' END, CASE WHEN r < 0.05 THEN NULL ELSE d END, r < 0.05,
            CASE WHEN r < 0.7 THEN 'SHIFTS' ELSE 'WEEKLY' END, CASE WHEN r < 0.7 THEN NULL ELSE 'SAT_MORNING' END,
            CASE WHEN r < 0.7 THEN NULL ELSE '10:00'::time END, CASE WHEN r < 0.7 THEN NULL ELSE '12:00'::time END,
            'Contact', 'contact@example.org', now() - (i || ' minutes')::interval
     FROM picks, words`,
    [TITLES.map(([title]) => title), TITLES.map(([, kind]) => kind), SENTENCES],
  );
  await step(
    `their shifts, ${APPLICATIONS} applications`,
    `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity)
     SELECT m.id, s.starts, s.starts + interval '2 hours', 4
     FROM mission m, LATERAL (SELECT date_trunc('hour', now()) + ((1 + floor(random() * 60)) || ' days')::interval
                                     + (k * 3 || ' hours')::interval AS starts FROM generate_series(1, 2) k) s
     WHERE m.schedule = 'SHIFTS';
     UPDATE mission m SET open_until = (SELECT max(ends_at) FROM mission_shift s WHERE s.mission_id = m.id)
     WHERE m.schedule = 'SHIFTS';
     INSERT INTO volunteer_profile (user_id, districts)
     SELECT id, ARRAY[${RANDOM_DISTRICT_SQL}] FROM app_user;
     WITH missions AS (SELECT array_agg(id) AS ids FROM mission),
          volunteers AS (SELECT array_agg(user_id) AS ids FROM volunteer_profile)
     INSERT INTO mission_application (mission_id, volunteer_id, status, decided_at, created_at)
     SELECT missions.ids[1 + (i % cardinality(missions.ids))], volunteers.ids[1 + ((i + i / cardinality(missions.ids)) % cardinality(volunteers.ids))],
            'ACCEPTED', now() - (random() * 100) * interval '1 hour', now() - interval '5 days'
     FROM generate_series(1, ${APPLICATIONS}) AS i, missions, volunteers`,
  );
  await step(
    `${MOVEMENTS} stock movements and their levels`,
    `WITH points AS (SELECT array_agg(id ORDER BY code) AS ids FROM collection_point),
          variants AS (SELECT array_agg(id) AS ids FROM catalogue_variant)
     INSERT INTO stock_movement (collection_point_id, variant_id, kind, quantity, reason, created_at)
     SELECT points.ids[1 + (i % cardinality(points.ids))], variants.ids[1 + (i % cardinality(variants.ids))],
            (ARRAY['RECEIPT', 'RECEIPT', 'WRITE_OFF', 'ADJUSTMENT'])[1 + (i % 4)],
            CASE i % 4 WHEN 2 THEN -1 ELSE 1 + (i % 7) END, CASE WHEN i % 4 <> 0 THEN 'Bench' END, ${PAST_YEAR_SQL}
     FROM generate_series(1, ${MOVEMENTS}) AS i, points, variants;
     INSERT INTO stock_level (collection_point_id, variant_id, quantity)
     SELECT collection_point_id, variant_id, sum(quantity) FROM stock_movement GROUP BY 1, 2`,
  );
  await step(
    'a collection point and its staff member',
    `WITH staff AS (
       INSERT INTO app_user (email, display_name, password_hash, email_verified_at)
       VALUES ($1, 'Staff', $2, now()) RETURNING id)
     INSERT INTO collection_point_staff (collection_point_id, user_id)
     SELECT (SELECT id FROM collection_point ORDER BY code LIMIT 1), id FROM staff`,
    [STAFF_EMAIL, await hash(STAFF_PASSWORD)],
  );
  // Settled before measuring: otherwise autovacuum and the first reads of fresh pages (hint bits) weigh on
  // whichever run comes first.
  await step('vacuum and analyze', `VACUUM ANALYZE`);
}

function buildApiUnlessSkipped(): void {
  if (process.env['BENCH_SKIP_BUILD'] && existsSync(API_MAIN)) return;
  const started = performance.now();
  buildApi({ skipNxCache: true });
  console.log(`Built the API in production mode: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Starts a server as a child process and resolves once `url` answers. */
async function startServer(
  label: string,
  args: string[],
  env: Record<string, string>,
  url: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (exited) throw new Error(`${label} exited during start-up (code ${child.exitCode}).`);
    const ready = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${label} did not answer within a minute.`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
}

/** Signs the staff member in through the API's own mutation, once (sign-in is rate-limited per email). */
async function signIn(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation SignIn($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`,
      variables: { input: { email: STAFF_EMAIL, password: STAFF_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('entraide_session='));
  if (body.errors || !cookie) throw new Error(`Sign-in failed: ${JSON.stringify(body)}`);
  return cookie.split(';')[0];
}

interface Scenario {
  name: string;
  read: boolean;
  /** The request body of the i-th request. */
  body(i: number): string;
  cookie?: string;
}

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  firstFailure?: string;
  /** CPU time the server process spent per request (Linux only): steadier than throughput on a busy machine. */
  cpuMsPerRequest?: number;
}

const CLOCK_TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** User + system CPU time of a process so far, in ms, from /proc; undefined elsewhere. */
function cpuTimeMs(pid: number | undefined): number | undefined {
  try {
    // The command name, in parentheses, may hold spaces: fields are counted after it.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** The most resident memory the process has held (VmHWM), in MB. */
function peakResidentMb(pid: number | undefined): number | undefined {
  try {
    const kilobytes = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB$/m)?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
  } catch {
    return undefined;
  }
}

async function load(
  url: string,
  server: ChildProcess,
  scenario: Scenario,
  seconds: number,
): Promise<Measure> {
  const cpuBefore = cpuTimeMs(server.pid);
  let sent = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(scenario.cookie ? { cookie: scenario.cookie } : {}),
    },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: scenario.body(sent++) }),
        // GraphQL errors come back with HTTP 200: the body says whether the request failed.
        onResponse: (status, body) => {
          if (status === 200 && !body.startsWith('{"errors"') && !body.includes('"errors":[')) return;
          failures++;
          firstFailure ??= `HTTP ${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  const cpuAfter = cpuTimeMs(server.pid);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's `errors` counts connection errors and timeouts.
    failures: failures + result.errors,
    firstFailure,
    cpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? undefined
        : (cpuAfter - cpuBefore) / result.requests.total,
  };
}

/**
 * The API's pg-boss jobs that ran in a period, with how long each took: matching, summaries and reminders run
 * every few minutes in the API's process and weigh on its figures when they fall within a run.
 */
async function jobsBetween(db: Client, from: Date, to: Date): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT name, round(extract(epoch FROM completed_on - started_on)::numeric, 1) AS seconds
     FROM pgboss.job WHERE started_on < $2 AND coalesce(completed_on, now()) > $1 AND NOT starts_with(name, '__pgboss')
     ORDER BY started_on`,
    [from, to],
  );
  return rows.map((row: { name: string; seconds: string | null }) => `${row.name} (${row.seconds ?? '…'} s)`);
}

/** The baseline is only a baseline if it answers what the API answers. */
async function sameAnswers(apiUrl: string, baselineUrl: string, scenario: Scenario): Promise<boolean> {
  const [api, baseline] = await Promise.all(
    [apiUrl, baselineUrl].map((url) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(scenario.cookie ? { cookie: scenario.cookie } : {}),
        },
        body: scenario.body(0),
      }).then((response) => response.json()),
    ),
  );
  return isDeepStrictEqual(api, baseline);
}

const figures = (m: Measure) =>
  `${m.requestsPerSecond.toFixed(0).padStart(6)} req/s · p50 ${m.p50.toFixed(1).padStart(5)} ms · p99 ${m.p99
    .toFixed(1)
    .padStart(6)} ms · ${m.failures} failed` +
  (m.cpuMsPerRequest === undefined ? '' : ` · server CPU ${m.cpuMsPerRequest.toFixed(2)} ms/request`);

async function main(): Promise<void> {
  buildApiUnlessSkipped();
  const database = await benchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'entraide-api-bench-'));
  const servers: ChildProcess[] = [];
  let failed = false;
  try {
    await migrateDatabase(database.url);
    const db = new Client({ connectionString: database.url });
    db.on('error', () => undefined); // the throw-away database is dropped under it at the end
    await db.connect();
    console.log(`Seeding at ${SCALE_DESCRIPTION}:`);
    await seed(db);
    const [{ pointId }] = (
      await db.query(`SELECT id AS "pointId" FROM collection_point ORDER BY code LIMIT 1`)
    ).rows;
    const variantIds: string[] = (await db.query(`SELECT id FROM catalogue_variant ORDER BY code`)).rows.map(
      (row: { id: string }) => row.id,
    );

    const apiUrl = `http://127.0.0.1:${API_PORT}`;
    const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}`;
    servers.push(
      await startServer(
        'The API',
        apiCommand(process.env['BENCH_API_NODE_ARGS']?.split(' ').filter(Boolean)),
        {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
          HOST: '127.0.0.1',
          PORT: String(API_PORT),
          LOG_LEVEL: 'warn',
          DATA_DIR: dataDir,
          SEED_DEMO_DATA: 'false',
          WEB_DIST_DIR: join(dataDir, 'no-web-app'),
        },
        `${apiUrl}/health`,
      ),
    );
    servers.push(
      await startServer(
        'The baseline',
        ['-r', '@swc-node/register', join(__dirname, 'api-baseline-server.ts')],
        {
          SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'),
          BASELINE_DATABASE_URL: database.url,
          BASELINE_PORT: String(BASELINE_PORT),
        },
        baselineUrl,
      ),
    );
    const cookie = await signIn(apiUrl);

    const scenarios: Scenario[] = [
      {
        name: `public needs of the ${DISTRICT.slice(3)}th (50 with organisation and variant)`,
        read: true,
        body: () =>
          JSON.stringify({
            operationName: 'OpenNeeds',
            query: OPEN_NEEDS,
            variables: { filter: { districtCode: DISTRICT }, first: 50, lang: 'FR' },
          }),
      },
      {
        name: 'mission search (20 per page)',
        read: true,
        body: (i) =>
          JSON.stringify({
            operationName: 'MissionSearch',
            query: MISSION_SEARCH,
            variables: { search: SEARCHES[i % SEARCHES.length] },
          }),
      },
      {
        name: 'receipt at a collection point (one line, staff session)',
        read: false,
        cookie,
        // Spread over the catalogue's variants: gifts of one kind queue on their level's row lock.
        body: (i) =>
          JSON.stringify({
            operationName: 'RecordWalkInGift',
            query: RECORD_WALK_IN_GIFT,
            variables: {
              input: {
                collectionPointId: pointId,
                lines: [{ variantId: variantIds[i % variantIds.length], quantity: 1 }],
              },
            },
          }),
      },
    ];

    console.log(
      `\nautocannon, ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARM_UP_SECONDS} s of warm-up` +
        ` (targets: reads ≥ ${READ_RATIO_TARGET} of the baseline's throughput, p99 < ${P99_TARGET_MS} ms):`,
    );
    const [apiServer, baselineServer] = servers;
    const only = process.env['BENCH_ONLY'];
    for (const scenario of scenarios.filter(({ name }) => !only || name.includes(only))) {
      const same = await sameAnswers(apiUrl, baselineUrl, scenario);
      await load(apiUrl, apiServer, scenario, WARM_UP_SECONDS);
      const apiStarted = new Date();
      const api = await load(apiUrl, apiServer, scenario, SECONDS);
      const jobs = await jobsBetween(db, apiStarted, new Date());
      await load(baselineUrl, baselineServer, scenario, WARM_UP_SECONDS);
      const baseline = await load(baselineUrl, baselineServer, scenario, SECONDS);
      const ratio = api.requestsPerSecond / baseline.requestsPerSecond;
      const meets =
        api.p99 < P99_TARGET_MS && (!scenario.read || ratio >= READ_RATIO_TARGET) ? 'meets' : 'MISSES';
      console.log(`\n  ${scenario.name}`);
      if (!same) {
        failed = true;
        console.log('    the baseline does not answer the same JSON as the API: its figures mean nothing');
      }
      console.log(`    API       ${figures(api)}`);
      console.log(`    baseline  ${figures(baseline)}`);
      console.log(
        `    ratio API/baseline: throughput ${ratio.toFixed(2)} · p50 ${(api.p50 / baseline.p50).toFixed(2)}` +
          ` · p99 ${(api.p99 / baseline.p99).toFixed(2)} — ${meets} the targets`,
      );
      if (jobs.length > 0)
        console.log(`    meanwhile the API ran its scheduled jobs (in its own process): ${jobs.join(', ')}`);
      for (const [label, measure] of [
        ['API', api],
        ['baseline', baseline],
      ] as const) {
        if (measure.failures === 0) continue;
        failed = true;
        console.log(
          `    ${label}: ${measure.failures} failed requests, e.g. ${measure.firstFailure ?? '(connection error)'}`,
        );
      }
    }
    const peaks = [apiServer, baselineServer].map((server) => peakResidentMb(server.pid));
    if (peaks.every((peak) => peak !== undefined)) {
      console.log(
        `\n  peak resident memory: API ${peaks[0]!.toFixed(0)} MB, baseline ${peaks[1]!.toFixed(0)} MB`,
      );
    }
    await db.end();
  } finally {
    for (const server of servers.reverse()) await stopServer(server);
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('\nSome requests failed: see above.');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
