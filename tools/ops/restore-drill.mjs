#!/usr/bin/env node
// Restore drill: dumps the database at DATABASE_URL with `pg_dump -Fc`, restores the dump into a scratch
// database on the same server, checks the copy, then drops it. Exit code 0 only when every check holds.
// Usage: DATABASE_URL=postgres://user@host:5432/entraide npm run ops:restore-drill
// PG_BIN=/usr/lib/postgresql/15/bin picks the client tools (they must be at least the server's version).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import pg from 'pg';

const run = promisify(execFile);

const sourceUrl = process.env.DATABASE_URL;
if (!sourceUrl) {
  console.error('DATABASE_URL is required: the database to dump (it is only read).');
  process.exit(2);
}

const sourceName = decodeURIComponent(new URL(sourceUrl).pathname.slice(1));
const scratchName = `${sourceName}_drill_${Date.now()}`.slice(0, 63);
const scratchUrl = withDatabase(sourceUrl, scratchName);
const adminUrl = withDatabase(sourceUrl, 'postgres');

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

function tool(name) {
  const folders = [
    process.env.PG_BIN,
    ...(process.env.PATH ?? '').split(':'),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
  ].filter(Boolean);
  const found = folders.map((folder) => join(folder, name)).find((path) => existsSync(path));
  if (!found) throw new Error(`${name} not found: install the PostgreSQL client tools or set PG_BIN.`);
  return found;
}

async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'entraide-restore-drill' });
  await client.connect();
  return client;
}

/** Row count of every table in the application's schemas (public, and pgboss for jobs). */
async function rowCounts(client) {
  const { rows: tables } = await client.query(`
    SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
    WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`);
  const counts = new Map();
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT count(*)::bigint AS count FROM ${name}`);
    counts.set(name, Number(rows[0].count));
  }
  return counts;
}

const INVARIANTS = [
  {
    name: 'stock level = sum of its movements',
    sql: `SELECT count(*)::int AS violations FROM stock_level l
          FULL JOIN (SELECT collection_point_id, variant_id, sum(quantity) AS total FROM stock_movement
                     GROUP BY 1, 2) m USING (collection_point_id, variant_id)
          WHERE coalesce(l.quantity, 0) <> coalesce(m.total, 0)`,
  },
  {
    name: 'every ledger transaction has two or more entries summing to zero',
    sql: `SELECT count(*)::int AS violations FROM ledger_transaction t
          LEFT JOIN LATERAL (SELECT count(*) AS entries, coalesce(sum(amount_cents), 0) AS total
                             FROM ledger_entry e WHERE e.transaction_id = t.id) s ON true
          WHERE s.entries < 2 OR s.total <> 0`,
  },
  {
    name: 'migrations table present',
    sql: `SELECT (count(*) = 0)::int AS violations FROM typeorm_migration`,
  },
];

async function main() {
  const started = Date.now();
  const workDir = await mkdtemp(join(tmpdir(), 'entraide-drill-'));
  const dumpFile = join(workDir, `${sourceName}.dump`);
  const source = await connect(sourceUrl);
  const admin = await connect(adminUrl);
  let failures = 0;
  let created = false;
  try {
    // The counts and the dump read one snapshot, so a live database still compares equal.
    await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await source.query('SELECT pg_export_snapshot() AS snapshot');
    const sourceCounts = await rowCounts(source);

    const pgDump = tool('pg_dump');
    const { stdout: version } = await run(pgDump, ['--version']);
    console.log(`source       ${sourceName} (${sourceCounts.size} tables)`);
    console.log(`tools        ${version.trim()}`);
    await run(pgDump, ['-Fc', '--no-owner', `--snapshot=${rows[0].snapshot}`, '-f', dumpFile, sourceUrl]);
    await source.query('COMMIT');
    const { size } = await stat(dumpFile);
    console.log(
      `dump         ${(size / 1024).toFixed(0)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    await admin.query(`CREATE DATABASE "${scratchName}"`);
    created = true;
    const restoreStarted = Date.now();
    await run(tool('pg_restore'), ['--no-owner', '--exit-on-error', '-d', scratchUrl, dumpFile]);
    console.log(`restore      into ${scratchName} in ${((Date.now() - restoreStarted) / 1000).toFixed(1)} s`);

    const scratch = await connect(scratchUrl);
    try {
      const restoredCounts = await rowCounts(scratch);
      const mismatches = [...new Set([...sourceCounts.keys(), ...restoredCounts.keys()])].filter(
        (table) => sourceCounts.get(table) !== restoredCounts.get(table),
      );
      for (const table of mismatches)
        console.log(`  MISMATCH   ${table}: ${sourceCounts.get(table)} → ${restoredCounts.get(table)}`);
      const total = [...sourceCounts.values()].reduce((sum, count) => sum + count, 0);
      const key = [
        'public.stock_level',
        'public.stock_movement',
        'public.ledger_transaction',
        'public.ledger_entry',
      ]
        .map((table) => `${table.slice(7)}=${restoredCounts.get(table)}`)
        .join(' ');
      console.log(
        `${mismatches.length ? 'FAIL' : 'ok  '}         row counts equal in ${sourceCounts.size} tables (${total} rows; ${key})`,
      );
      failures += mismatches.length ? 1 : 0;
      for (const invariant of INVARIANTS) {
        const { rows: result } = await scratch.query(invariant.sql);
        const violations = result[0].violations;
        console.log(
          `${violations ? 'FAIL' : 'ok  '}         ${invariant.name}${violations ? ` (${violations} violations)` : ''}`,
        );
        failures += violations ? 1 : 0;
      }
    } finally {
      await scratch.end();
    }
  } finally {
    await source.end().catch(() => undefined);
    if (created) {
      await admin.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
      console.log(`cleanup      dropped ${scratchName}`);
    }
    await admin.end();
    await rm(workDir, { recursive: true, force: true });
  }
  console.log(
    failures
      ? `RESTORE DRILL FAILED: ${failures} check(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`
      : `Restore drill passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(failures ? 1 : 0);
}

main().catch((error) => {
  console.error(`Restore drill aborted: ${error.stderr?.trim() || error.message}`);
  process.exit(1);
});
