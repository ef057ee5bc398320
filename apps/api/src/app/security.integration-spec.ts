import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  aliasLimitRule,
  BODY_LIMIT_BYTES,
  costLimitRule,
  depthLimitRule,
  loadAppConfig,
  QUERY_LIMITS,
} from '@entraide/api-core';
import { createTestDatabase, TestDatabase } from '@entraide/api-testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildSchema, DocumentNode, parse, print, validate } from 'graphql';
import Stripe from 'stripe';
import { DataSource } from 'typeorm';

import { createApp } from './create-app';

const APP_ORIGIN = 'http://localhost:3000';
const WEBHOOK_SECRET = 'whsec_security_integration_test';
const CSP =
  "default-src 'self';base-uri 'self';script-src 'self';script-src-attr 'none';" +
  "style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;connect-src 'self';" +
  "object-src 'none';frame-ancestors 'none';form-action 'self'";
const JSON_HEADERS = { 'content-type': 'application/json' };

interface Running {
  app: NestFastifyApplication;
  database: TestDatabase;
  dataDir: string;
}

/** The whole application as `main.ts` builds it, with the web app built into `webDir`. */
async function start(env: Record<string, string>, webDir: string): Promise<Running> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'entraide-security-'));
  const config = loadAppConfig({
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    WEB_DIST_DIR: webDir,
    DATA_DIR: dataDir,
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.getHttpAdapter().getInstance().ready();
  return { app, database, dataDir };
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running) return;
  await running.app.close();
  await running.database.drop();
  await rm(running.dataDir, { recursive: true, force: true });
}

/** Hostile input and the edges of the server: GraphQL limits, body size, headers, CORS, cookies, errors. */
describe('Entraide facing hostile input', () => {
  jest.setTimeout(60_000);
  let webDir: string;
  let production: Running;
  let development: Running;

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'entraide-web-'));
    await mkdir(join(webDir, 'assets'));
    await writeFile(
      join(webDir, 'index.html'),
      '<!doctype html><title>Entraide</title><div id="root"></div>',
    );
    await writeFile(join(webDir, 'assets', 'app.js'), 'console.log("entraide")');
    production = await start(
      {
        NODE_ENV: 'production',
        STRIPE_SECRET_KEY: 'sk_test_security',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
      webDir,
    );
    development = await start(
      { NODE_ENV: 'development', PUBLIC_URL: 'https://entraide.example.org' },
      webDir,
    );
  });

  afterAll(async () => {
    await stop(production);
    await stop(development);
    await rm(webDir, { recursive: true, force: true });
  });

  /** A query, or a document of several operations and the one to run. */
  type Operation = string | { query: string; operationName: string };

  const post = (
    operation: Operation,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
    app = production.app,
  ) =>
    app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { ...JSON_HEADERS, ...headers },
      payload: JSON.stringify({
        ...(typeof operation === 'string' ? { query: operation } : operation),
        variables,
      }),
    });

  /** The response of a query refused for a limit: 400, one BAD_USER_INPUT error, nothing run. */
  async function refusal(operation: Operation, variables?: Record<string, unknown>) {
    const response = await post(operation, variables);
    const body = response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(response.statusCode).toBe(400);
    return body.errors[0].message as string;
  }

  async function accepted(operation: Operation, variables?: Record<string, unknown>) {
    const response = await post(operation, variables);
    expect(response.json().errors).toBeUndefined();
    expect(response.statusCode).toBe(200);
    return response.json().data;
  }

  describe('GraphQL limits', () => {
    it('uses the limits the documentation states', () => {
      expect(QUERY_LIMITS).toEqual({
        maxDepth: 6,
        maxAliases: 15,
        maxTokens: 1000,
        maxCost: 5000,
        defaultListSize: 10,
      });
    });

    it('answers a query nested 6 levels deep and refuses one nested 7', async () => {
      const data = await accepted(
        '{ district(code: "75018") { neighbours { collectionPoints { district { neighbours { code } } } } } }',
      );
      expect(data.district.neighbours.length).toBeGreaterThan(0);
      expect(
        await refusal(
          '{ district(code: "75018") { neighbours { collectionPoints { district { neighbours { centroid { lat } } } } } } }',
        ),
      ).toBe('This query is nested 7 levels deep; the limit is 6.');
    });

    it('answers 15 aliases and refuses 16', async () => {
      const aliases = (count: number) =>
        Array.from(
          { length: count },
          (_, i) => `d${i + 1}: district(code: "750${String(i + 1).padStart(2, '0')}") { name }`,
        );
      const data = await accepted(`{ ${aliases(15).join(' ')} }`);
      expect(Object.keys(data)).toHaveLength(15);
      expect(await refusal(`{ ${aliases(16).join(' ')} }`)).toBe(
        'This query uses 16 aliases; the limit is 15.',
      );
    });

    it('answers a query of 1,000 tokens and refuses one of 1,001', async () => {
      // 200 operations of 5 tokens (`query`, name, `{`, `__typename`, `}`), the first with `extra` fields
      // more. (One selection of 1,000 fields would trip graphql-js's own budget for comparing fields first.)
      const tokens = (extra: number) => ({
        operationName: 'Q0',
        query: Array.from(
          { length: 200 },
          (_, i) => `query Q${i} { __typename${i === 0 ? ' __typename'.repeat(extra) : ''} }`,
        ).join('\n'),
      });
      expect(await accepted(tokens(0))).toEqual({ __typename: 'Query' });
      expect(await refusal(tokens(1))).toBe(
        'This query has more than 1000 tokens (names, values and punctuation); the limit is 1000.',
      );
    });

    it('answers a query costing 4,991 and refuses one costing 5,001', async () => {
      // districts 1 + 10 × n fields (the default list size, districts taking no `first`).
      const fields = (count: number) => `{ districts { ${'code '.repeat(count)}} }`;
      expect((await accepted(fields(499))).districts).toHaveLength(20);
      expect(await refusal(fields(500))).toBe(
        'This query costs 5001 points; the limit is 5000. Each field costs 1 and the fields below a list count ' +
          'once per expected item (its `first` or `limit`, else 10).',
      );
    });

    it('costs a list by the `first` the variables give, not only by its default', async () => {
      // openNeeds(first: Int! = 50): 1 + first × 50 fields; at validation, 1 + 50 × 50.
      const query = `query ($first: Int!) { openNeeds(first: $first) { ${'id '.repeat(50)}} }`;
      expect((await accepted(query, { first: 99 })).openNeeds).toEqual(expect.any(Array));
      expect(await refusal(query, { first: 100 })).toMatch(
        /^This query costs 5001 points; the limit is 5000\./,
      );
    });

    it('refuses a batch of operations in one request', async () => {
      const response = await production.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: JSON_HEADERS,
        payload: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });
  });

  describe('introspection and landing page', () => {
    const INTROSPECTION = '{ __schema { queryType { name } } }';

    it('answers no introspection in production', async () => {
      const response = await post(INTROSPECTION);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].message).toContain('introspection is not allowed');
      expect(response.body).not.toContain('"queryType"');
    });

    it('answers introspection in development', async () => {
      const response = await post(INTROSPECTION, undefined, {}, development.app);
      expect(response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });

    it('serves no sandbox or landing page at /graphql, in production or development', async () => {
      for (const { app } of [production, development]) {
        const response = await app.inject({
          method: 'GET',
          url: '/graphql',
          headers: { accept: 'text/html' },
        });
        expect(response.headers['content-type']).not.toContain('text/html');
        expect(response.body).not.toMatch(/<html|<script|sandbox/i);
      }
    });
  });

  describe('request bodies', () => {
    const padded = (size: number) => {
      const bare = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(size - bare.length) } });
    };

    it('answers a body of exactly 1 MiB and refuses a larger one with 413 and a message naming the limit', async () => {
      const largest = padded(BODY_LIMIT_BYTES);
      expect(Buffer.byteLength(largest)).toBe(1_048_576);
      const ok = await production.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: JSON_HEADERS,
        payload: largest,
      });
      expect(ok.json()).toEqual({ data: { __typename: 'Query' } });
      const tooLarge = await production.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: JSON_HEADERS,
        payload: padded(BODY_LIMIT_BYTES + 1),
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json()).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'Request bodies are limited to 1 MiB (1048576 bytes); this one is larger.',
      });
    });

    it('still gives the Stripe webhook its raw body, byte for byte, and limits it too', async () => {
      const signer = new Stripe('sk_test_signer_only');
      // Indented JSON: a body parsed and serialised again would no longer match its signature.
      const event = (id: string, pad = '') =>
        JSON.stringify(
          {
            id,
            object: 'event',
            type: 'customer.created',
            created: 1_767_225_600,
            data: { object: { pad } },
          },
          null,
          2,
        );
      const deliver = (payload: string) =>
        production.app.inject({
          method: 'POST',
          url: '/stripe/webhook',
          headers: {
            ...JSON_HEADERS,
            'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
          },
          payload,
        });
      const small = await deliver(event('evt_security_small'));
      expect(small.statusCode).toBe(200);
      expect(small.json()).toEqual({ eventId: 'evt_security_small', duplicate: false, outcome: 'IGNORED' });
      const large = await deliver(event('evt_security_large', 'x'.repeat(1_000_000)));
      expect(large.statusCode).toBe(200);
      expect((await deliver(event('evt_security_huge', 'x'.repeat(BODY_LIMIT_BYTES)))).statusCode).toBe(413);
    });
  });

  describe('security headers', () => {
    it('sends the content security policy and the other headers with the web app and the API', async () => {
      for (const request of [
        { method: 'GET' as const, url: '/' },
        { method: 'GET' as const, url: '/assets/app.js' },
        {
          method: 'POST' as const,
          url: '/graphql',
          headers: JSON_HEADERS,
          payload: '{"query":"{ __typename }"}',
        },
      ]) {
        const { headers, statusCode } = await production.app.inject(request);
        expect(statusCode).toBe(200);
        expect(headers).toMatchObject({
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'no-referrer',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin',
        });
        // PUBLIC_URL is plain HTTP here: no HSTS, nothing to upgrade.
        expect(headers['strict-transport-security']).toBeUndefined();
      }
    });

    it('adds HSTS and upgrade-insecure-requests when the app is reached over HTTPS', async () => {
      const { headers } = await development.app.inject({ method: 'GET', url: '/' });
      expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(headers['content-security-policy']).toBe(`${CSP};upgrade-insecure-requests`);
    });
  });

  describe('CORS', () => {
    const corsHeaders = (headers: Record<string, unknown>) =>
      Object.keys(headers).filter((name) => name.startsWith('access-control-'));

    it("allows the app's own origin (PUBLIC_URL), with credentials", async () => {
      const response = await post('{ __typename }', undefined, { origin: APP_ORIGIN });
      expect(response.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(response.headers['access-control-allow-credentials']).toBe('true');
      const preflight = await production.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, POST');
    });

    it('sends no CORS header at all to another origin, preflight included', async () => {
      const response = await post('{ __typename }', undefined, { origin: 'https://evil.example' });
      expect(corsHeaders(response.headers)).toEqual([]);
      const preflight = await production.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(corsHeaders(preflight.headers)).toEqual([]);
      const lookalike = await post('{ __typename }', undefined, { origin: `${APP_ORIGIN}.evil.example` });
      expect(corsHeaders(lookalike.headers)).toEqual([]);
    });
  });

  describe('session cookie', () => {
    const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`;
    const signUp = (app: NestFastifyApplication) =>
      post(
        SIGN_UP,
        { input: { email: 'flags@example.org', password: 'a long enough passphrase', displayName: 'Flags' } },
        {},
        app,
      );

    it('is httpOnly, SameSite=Lax and Secure in production', async () => {
      const response = await signUp(production.app);
      expect(response.json().errors).toBeUndefined();
      const [cookie] = response.cookies;
      expect(cookie).toMatchObject({
        name: 'entraide_session',
        httpOnly: true,
        sameSite: 'Lax',
        secure: true,
        path: '/',
      });
    });

    it('is not Secure in development, which runs over plain HTTP', async () => {
      const [cookie] = (await signUp(development.app)).cookies;
      expect(cookie).toMatchObject({ name: 'entraide_session', httpOnly: true, sameSite: 'Lax' });
      expect(cookie.secure).toBeUndefined();
    });
  });

  describe('errors', () => {
    it('answers an unexpected failure in production with a generic message: no SQL, no stack trace', async () => {
      const dataSource = production.app.get(DataSource);
      await dataSource.query('ALTER TABLE district RENAME TO district_hidden_by_test');
      try {
        const response = await post('{ districts { code } }');
        expect(response.json()).toEqual({
          data: null,
          errors: [
            {
              message: 'Something went wrong on our side. The error has been logged; please try again later.',
              locations: [{ line: 1, column: 3 }],
              path: ['districts'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      } finally {
        await dataSource.query('ALTER TABLE district_hidden_by_test RENAME TO district');
      }
    });

    it('keeps the detail in development', async () => {
      const dataSource = development.app.get(DataSource);
      await dataSource.query('ALTER TABLE district RENAME TO district_hidden_by_test');
      try {
        const response = await post('{ districts { code } }', undefined, {}, development.app);
        expect(response.json().errors[0].message).toContain('relation "district" does not exist');
        expect(response.json().errors[0].extensions.stacktrace).toBeDefined();
      } finally {
        await dataSource.query('ALTER TABLE district_hidden_by_test RENAME TO district');
      }
    });
  });
});

/** The limits must never refuse the web app: each of its operations, as generated from apps/web/src. */
describe("the web app's operations", () => {
  const ROOT = join(__dirname, '../../../..');
  const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
  // The client preset's documents, as syntax trees in JSON (see apps/web/vite.config.ts).
  const generated = readFileSync(join(ROOT, 'apps/web/src/gql/graphql.ts'), 'utf8');
  const operations = [
    ...generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm),
  ]
    .map(([, name, json]) => [name, JSON.parse(json) as DocumentNode] as const)
    .filter(([, document]) =>
      document.definitions.some((definition) => definition.kind === 'OperationDefinition'),
    );

  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('stay within every limit (variables counted at their defaults)', () => {
    const rules = [
      depthLimitRule(QUERY_LIMITS.maxDepth),
      aliasLimitRule(QUERY_LIMITS.maxAliases),
      costLimitRule(QUERY_LIMITS.maxCost),
    ];
    const refused = operations.flatMap(([name, document]) => {
      const text = print(document);
      try {
        parse(text, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch (error) {
        return [`${name}: ${(error as Error).message}`];
      }
      return validate(schema, document, rules).map((error) => `${name}: ${error.message}`);
    });
    expect(refused).toEqual([]);
  });
});
