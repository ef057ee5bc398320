import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadAppConfig } from '@entraide/api-core';
import { createTestDatabase, TestDatabase } from '@entraide/api-testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

import { createApp } from './create-app';

/** The whole application as `main.ts` builds it, over HTTP. */
describe('Entraide over HTTP', () => {
  let database: TestDatabase;
  let webDir: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    webDir = await mkdtemp(join(tmpdir(), 'entraide-web-'));
    await mkdir(join(webDir, 'assets'));
    await writeFile(
      join(webDir, 'index.html'),
      '<!doctype html><title>Entraide</title><div id="root"></div>',
    );
    await writeFile(join(webDir, 'assets', 'app.js'), 'console.log("entraide")');
    const config = loadAppConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      WEB_DIST_DIR: webDir,
    });
    app = await createApp(config, database.url);
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await rm(webDir, { recursive: true, force: true });
  });

  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    app.inject({ method: 'POST', url: '/graphql', headers, payload });

  it('reports the database status at /health', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('answers the queries scripts and the web app rely on', async () => {
    const response = await post(
      JSON.stringify({
        query: `{ districts { code name neighbours { code } collectionPoints { id name address openingHours } }
                  district(code: "75018") { name } collectionPoints(districtCode: "75018") { name }
                  catalogue { id name variants { id label } priority } }`,
      }),
    );
    expect(response.statusCode).toBe(200);
    const { data } = response.json();
    expect(data.districts).toHaveLength(20);
    expect(data.district.name).toBe('Buttes-Montmartre');
    expect(data.collectionPoints).toEqual([{ name: 'Mairie du 18e arrondissement' }]);
    expect(data.catalogue).toHaveLength(10);
  });

  it('answers malformed GraphQL with 400 and the standard error body, without a stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ districts { ' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errors: [
        {
          message: 'Syntax Error: Expected Name, found <EOF>.',
          locations: [{ line: 1, column: 15 }],
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ],
    });
  });

  it('answers an unknown arrondissement with NOT_FOUND and a message, without a stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ district(code: "75099") { name } }' }));
    const body = response.json();
    expect(body.errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(body.errors[0].message).toContain('Unknown district "75099"');
  });

  it('refuses a request that could be a cross-site form post (Apollo CSRF prevention)', async () => {
    const response = await post('query=%7B%20districts%20%7B%20code%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain('75001');
  });

  it('rejects queries nested too deeply', async () => {
    const nested = 'neighbours { '.repeat(9) + 'code' + ' }'.repeat(9);
    const response = await post(JSON.stringify({ query: `{ districts { ${nested} } }` }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      message: 'This query is nested 11 levels deep; the limit is 6.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('gives every response a request id, keeping a sane one from the caller', async () => {
    const generated = await app.inject({ method: 'GET', url: '/health' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(given.headers['x-request-id']).toBe('trace-42');
    const hostile = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'a b\u0000c' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web app at / with client-side routes falling back to index.html', async () => {
    for (const url of ['/', '/arrondissements/75018', '/en/unknown/page']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<div id="root">');
    }
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log("entraide")');
    expect((await app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
  });
});
