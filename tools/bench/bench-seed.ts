import { performance } from 'node:perf_hooks';

import type { Client } from 'pg';

/** BENCH_SCALE: 1 (the default) seeds ten times the 2015 plan; 0.1 a tenth of that, for a quick try. */
export const BENCH_SCALE = Number(process.env['BENCH_SCALE'] ?? 1);

/** A count at the bench's scale, never below one. */
export const scaled = (count: number): number => Math.max(1, Math.round(count * BENCH_SCALE));

/** "ten times the 2015 plan", or the fraction of it BENCH_SCALE asks for. */
export const SCALE_DESCRIPTION =
  BENCH_SCALE === 1 ? 'ten times the 2015 plan' : `scale ${BENCH_SCALE} of ten times the plan`;

/** A random moment of the past year, as SQL. */
export const PAST_YEAR_SQL = `now() - (random() * 365) * interval '1 day'`;

/** A random arrondissement's postal code, as SQL. */
export const RANDOM_DISTRICT_SQL = `'750' || lpad((1 + floor(random() * 20))::int::text, 2, '0')`;

export type SeedStep = (label: string, sql: string, params?: unknown[]) => Promise<void>;

/** Runs one seeding statement and prints how long it took. */
export function seedStep(db: Client): SeedStep {
  return async (label, sql, params = []) => {
    const started = performance.now();
    await db.query(sql, params);
    console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
}

/** `count` people, person1@bench.entraide.localhost onwards, who cannot sign in. */
export function seedPeople(step: SeedStep, count: number): Promise<void> {
  return step(
    `${count} people`,
    `INSERT INTO app_user (email, display_name, password_hash)
     SELECT 'person' || i || '@bench.entraide.localhost', 'Person ' || i, '$argon2id$bench'
     FROM generate_series(1, ${count}) AS i`,
  );
}

/** `count` associations, verified but for one in `pendingEvery` when given. */
export function seedAssociations(step: SeedStep, count: number, pendingEvery?: number): Promise<void> {
  const pending = pendingEvery ? `i % ${pendingEvery} = 0` : 'false';
  return step(
    `${count} associations`,
    `INSERT INTO organisation (kind, name, rna, contact_email, status, decided_at)
     SELECT 'ASSOCIATION', 'Association ' || i, 'W' || lpad(i::text, 9, '0'), 'contact@example.org',
            CASE WHEN ${pending} THEN 'PENDING' ELSE 'VERIFIED' END, CASE WHEN ${pending} THEN NULL ELSE now() END
     FROM generate_series(1, ${count}) AS i`,
  );
}
