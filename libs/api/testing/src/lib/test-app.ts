import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AppConfig, configureHttp, CoreModule, loadAppConfig } from '@entraide/api-core';
import { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';

import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  /** The app's DATA_DIR, a temporary folder (mail files land in `mail/`). */
  dataDir: string;
  /** POSTs a GraphQL operation the way browsers and scripts do (JSON, so Apollo's CSRF check passes). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  /** Cookies the response sets, by name. */
  cookies: Record<
    string,
    { value: string; httpOnly?: boolean; sameSite?: string; secure?: boolean; maxAge?: number }
  >;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A Nest application on Fastify with the core module and the given domain modules, on a database of its own.
 * Pass `root` to test a whole application module instead (it must import the core module itself).
 */
export async function createTestApp(options: {
  imports?: ModuleMetadata['imports'];
  root?: (config: AppConfig, databaseUrl: string) => DynamicModule | Type;
  /** Providers to replace, e.g. tighter rate limits. */
  overrides?: { provide: string | symbol | Type; useValue: unknown }[];
  env?: Record<string, string>;
}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'entraide-test-app-'));
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    WEB_DIST_DIR: '/nonexistent',
    DATA_DIR: dataDir,
    ...options.env,
  });
  const imports = options.root
    ? [options.root(config, database.url)]
    : [CoreModule.forRoot({ config, databaseUrl: database.url }), ...(options.imports ?? [])];
  const builder = Test.createTestingModule({ imports });
  for (const { provide, useValue } of options.overrides ?? [])
    builder.overrideProvider(provide).useValue(useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), {
    logger: false,
    rawBody: true,
  });
  await configureHttp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  return {
    app,
    database,
    dataDir,
    async graphql<T>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ query, variables }),
      });
      const cookies = Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie]));
      return {
        status: response.statusCode,
        cookies,
        ...(response.json() as Omit<GraphqlResponse<T>, 'status' | 'cookies'>),
      };
    },
    async close() {
      await app.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
