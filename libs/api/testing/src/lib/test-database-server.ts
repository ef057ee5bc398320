/**
 * The PostgreSQL server of one Jest run, started by `postgres-global-setup.ts` as a child process (so that
 * it can use the workspace's path aliases, which Jest's global setup cannot). It uses `DATABASE_URL` when
 * set, or starts a throw-away embedded PostgreSQL; drops what aborted runs left behind; migrates a
 * template database; prints `{ serverUrl, template }` as one JSON line; and cleans up when its standard
 * input closes (the run ended, or died).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrateDatabase, startEmbeddedPostgres } from '@entraide/api-core';
import { Client } from 'pg';

import { databaseUrl, dropStaleTestDatabases, testDatabaseName } from './test-database-names';

async function serve(): Promise<void> {
  let stopServer = async () => undefined as void;
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'entraide-test-pg-'));
    const server = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'pg'),
      database: 'postgres',
      fastUnsafe: true,
    });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await dropStaleTestDatabases(admin);
  const template = testDatabaseName('tpl');
  await admin.query(`CREATE DATABASE ${template}`);
  await migrateDatabase(databaseUrl(serverUrl, template));
  process.stdout.write(`${JSON.stringify({ serverUrl, template })}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    await stopServer();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

serve().catch((error: unknown) => {
  process.stderr.write(
    `Could not prepare the test database: ${String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
