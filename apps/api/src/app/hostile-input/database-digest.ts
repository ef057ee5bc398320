import { DataSource } from 'typeorm';

/**
 * What may change in the database while a request is refused, and why: this is left out of the digest.
 * - `auth_attempt`: the rate limiter counts sign-ins, sign-ups, password resets and donations that are
 *   tried, refused ones included, in its own short transaction; that is how it limits them.
 * - `user_session.last_seen_at`: any signed-in request moves it forward (at most once a minute), whatever
 *   the request then does.
 * The `pgboss` schema is not in the digest at all: pg-boss keeps its queues there and updates them on its own
 * schedule (polling, maintenance), and a job is only queued by a mutation that succeeded.
 */
const EXCLUDED_TABLES = new Set(['auth_attempt']);
const EXCLUDED_COLUMNS: Record<string, string[]> = { user_session: ['last_seen_at'] };

/** A fingerprint of each application table (name → its row count and the sum of its rows' hashes). */
export type DatabaseDigest = Record<string, string>;

/**
 * One SQL statement that fingerprints every table of the public schema. A sum of row hashes does not depend on
 * the rows' physical order (which an UPDATE changes even when it writes the same values) and needs no sort.
 */
export async function databaseDigestQuery(db: DataSource): Promise<string> {
  const columns: { table_name: string; column_name: string }[] = await db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const columnsByTable = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns) {
    if (EXCLUDED_TABLES.has(table) || EXCLUDED_COLUMNS[table]?.includes(column)) continue;
    columnsByTable.set(table, [...(columnsByTable.get(table) ?? []), column]);
  }
  return [...columnsByTable]
    .map(
      ([table, tableColumns]) =>
        `SELECT '${table}' AS table_name, count(*) || ':' || coalesce(sum(hashtext(r::text)), 0) AS digest
           FROM (SELECT ${tableColumns.map((column) => `"${column}"`).join(', ')} FROM "${table}") r`,
    )
    .join('\nUNION ALL\n');
}

export async function databaseDigest(db: DataSource, query: string): Promise<DatabaseDigest> {
  const rows: { table_name: string; digest: string }[] = await db.query(query);
  return Object.fromEntries(rows.map((row) => [row.table_name, row.digest]));
}

/** The tables whose rows differ between two digests. */
export function changedTables(before: DatabaseDigest, after: DatabaseDigest): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
