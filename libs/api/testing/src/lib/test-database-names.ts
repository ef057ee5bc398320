import { randomBytes } from 'node:crypto';

import type { Client } from 'pg';

const PREFIX = 'entraide_t';
const STALE_AFTER_SECONDS = 3 * 60 * 60;

/** `entraide_t_<unix seconds>_<random>_<suffix>`: the timestamp lets a later run drop what an aborted one left. */
export function testDatabaseName(suffix: string): string {
  return `${PREFIX}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}_${suffix}`;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function dropStaleTestDatabases(admin: Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE $1`,
    [`${PREFIX}\\_%`],
  );
  const now = Date.now() / 1000;
  for (const { datname } of rows) {
    const createdAt = Number(datname.split('_')[2]);
    if (Number.isFinite(createdAt) && now - createdAt > STALE_AFTER_SECONDS) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
}
