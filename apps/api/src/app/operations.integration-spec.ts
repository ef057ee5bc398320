import { loadAppConfig } from '@entraide/api-core';
import { createTestDatabase, TestDatabase } from '@entraide/api-testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from './create-app';

const METRICS_TOKEN = 'test-metrics-token-0123456789';

/** What an operator relies on: `/metrics` and `/health`, through the whole application. */
describe('Operations endpoints', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  async function start(env: Record<string, string> = {}): Promise<NestFastifyApplication> {
    const config = loadAppConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    });
    const app = await createApp(config, database.url);
    await app.getHttpAdapter().getInstance().ready();
    return app;
  }

  /** A sample's value from the text exposition, or undefined when the series is absent. */
  function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
    const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
    const line = text
      .split('\n')
      .find(
        (candidate) => candidate.startsWith(`${name}{`) && wanted.every((pair) => candidate.includes(pair)),
      );
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  describe('without METRICS_TOKEN', () => {
    let app: NestFastifyApplication;

    beforeAll(async () => {
      app = await start();
    });

    afterAll(async () => {
      await app.close();
    });

    const scrape = async () => {
      const response = await app.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      return response.body;
    };

    it('counts requests by route pattern and status', async () => {
      const before = sample(await scrape(), 'entraide_http_requests_total', {
        method: 'GET',
        route: '/health',
        status: '200',
      });
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      const text = await scrape();
      expect(
        sample(text, 'entraide_http_requests_total', { method: 'GET', route: '/health', status: '200' }),
      ).toBe((before ?? 0) + 1);
      expect(
        sample(text, 'entraide_http_request_duration_seconds_count', {
          method: 'GET',
          route: '/health',
          status: '200',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
      expect(text).toMatch(/entraide_db_pool_connections\{state="total"\} \d+/);
    });

    it('labels GraphQL requests by operation name and counts their errors by code', async () => {
      const query = (payload: object) =>
        app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
      expect((await query({ query: 'query DistrictList { districts { code } }' })).statusCode).toBe(200);
      expect((await query({ query: 'query Broken { districts { nope } }' })).statusCode).toBe(400);
      expect((await query({ query: '{ districts { ' })).statusCode).toBe(400);

      const text = await scrape();
      expect(
        sample(text, 'entraide_http_requests_total', {
          route: '/graphql',
          status: '200',
          operation: 'DistrictList',
        }),
      ).toBe(1);
      expect(sample(text, 'entraide_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
      expect(
        sample(text, 'entraide_graphql_errors_total', {
          code: 'GRAPHQL_PARSE_FAILED',
          operation: 'anonymous',
        }),
      ).toBe(1);
      expect(text).not.toContain('/graphql?');
    });

    it('reports the depth of every job queue', async () => {
      const text = await scrape();
      expect(text).toContain('# TYPE entraide_job_queue_depth gauge');
      expect(text).toMatch(/entraide_job_queue_depth\{queue="[^"]+",state="created"\} \d+/);
    });

    it('retries a job cut short by a crash within minutes, not after the default quarter of an hour of pg-boss', async () => {
      const queues: { name: string; expire_seconds: number }[] = await app
        .get(DataSource)
        .query(`SELECT name, expire_seconds FROM pgboss.queue ORDER BY name`);
      expect(queues.length).toBeGreaterThan(5);
      expect(queues.filter((queue) => queue.expire_seconds > 5 * 60)).toEqual([]);
    });

    it('refuses clients that are not on this machine, or that come through a proxy', async () => {
      const remote = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.7' });
      expect(remote.statusCode).toBe(403);
      const proxied = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      expect(proxied.statusCode).toBe(403);
      expect(proxied.body).not.toContain('entraide_');
    });

    it('reports the database down while it is unreachable, and recovers by itself', async () => {
      const name = new URL(database.url).pathname.slice(1);
      const admin = new Client({ connectionString: database.url.replace(/\/[^/?]+(\?|$)/, '/postgres$1') });
      await admin.connect();
      try {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = $1 AND application_name = 'entraide-api' AND pid <> pg_backend_pid()`,
          [name],
        );
        const down = await app.inject({ method: 'GET', url: '/health' });
        expect(down.statusCode).toBe(503);
        expect(down.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      } finally {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        await admin.end();
      }
      const up = await app.inject({ method: 'GET', url: '/health' });
      expect(up.statusCode).toBe(200);
      const districts = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ query: '{ districts { code } }' }),
      });
      expect(districts.json().data.districts).toHaveLength(20);
    });
  });

  describe('with METRICS_TOKEN', () => {
    let app: NestFastifyApplication;

    beforeAll(async () => {
      app = await start({ METRICS_TOKEN });
    });

    afterAll(async () => {
      await app.close();
    });

    it('requires the token as a bearer token, even from this machine', async () => {
      const without = await app.inject({ method: 'GET', url: '/metrics' });
      expect(without.statusCode).toBe(401);
      expect(without.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      const wrong = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer not-the-token-at-all' },
      });
      expect(wrong.statusCode).toBe(401);
      const right = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
        remoteAddress: '203.0.113.7',
      });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('entraide_http_requests_total');
    });
  });
});
