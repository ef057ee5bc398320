import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '@entraide/api-core';
import { Client } from 'pg';

/** A throw-away database for a benchmark: on DATABASE_URL's server when set, in an embedded PostgreSQL otherwise. */
export async function benchDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  const server = process.env['DATABASE_URL'];
  if (server) {
    const name = `entraide_bench_${process.pid}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      close: async () => {
        // BENCH_KEEP_DATABASE=1 keeps it, to look at plans afterwards.
        if (process.env['BENCH_KEEP_DATABASE']) return admin.end();
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'entraide-bench-'));
  const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), database: 'entraide' });
  return {
    url: embedded.url,
    close: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
