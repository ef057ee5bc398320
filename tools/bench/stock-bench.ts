/**
 * `npm run bench:stock`: stock movements per second with 16 concurrent clients, through Entraide's ledger
 * (TypeORM transaction + LedgerService) and through the same SQL written directly with `pg`, on one hot
 * (point, variant) row and on rows spread over points and variants; then every level is checked against
 * its movements. Uses DATABASE_URL's server (in a throw-away database) or an embedded PostgreSQL.
 */
import { tmpdir } from 'node:os';

import { CoreModule, loadAppConfig, migrateDatabase } from '@entraide/api-core';
import { IdentityModule } from '@entraide/api-identity';
import { LedgerService, MovementDraft, MovementKind, StockModule, StockService } from '@entraide/api-stock';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { benchDatabase as database } from './bench-database';

const CLIENTS = 16;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);

interface Target {
  pointId: string;
  variantId: string;
}

/** Runs `operation` from CLIENTS concurrent loops for SECONDS; returns completed operations per second. */
async function throughput(operation: (client: number, iteration: number) => Promise<void>): Promise<number> {
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let iteration = 0; Date.now() < deadline; iteration++) {
        await operation(client, iteration);
        done++;
      }
    }),
  );
  return done / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Alternately one unit in and one out, so levels stay bounded and both SQL paths (upsert, update) run. */
function movement(target: Target, iteration: number, actorId: string): MovementDraft {
  const inbound = iteration % 2 === 0;
  return {
    ...target,
    kind: inbound ? MovementKind.RECEIPT : MovementKind.WRITE_OFF,
    quantity: inbound ? 1 : -1,
    actorId,
    reason: inbound ? null : 'bench',
  };
}

async function baselineMovement(pool: Pool, m: MovementDraft): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const changed =
      m.quantity > 0
        ? await client.query(
            `INSERT INTO stock_level (collection_point_id, variant_id, quantity) VALUES ($1, $2, $3)
             ON CONFLICT (collection_point_id, variant_id)
             DO UPDATE SET quantity = stock_level.quantity + EXCLUDED.quantity, updated_at = now() RETURNING quantity`,
            [m.pointId, m.variantId, m.quantity],
          )
        : await client.query(
            `UPDATE stock_level SET quantity = quantity + $3, updated_at = now()
             WHERE collection_point_id = $1 AND variant_id = $2 RETURNING quantity`,
            [m.pointId, m.variantId, m.quantity],
          );
    if (changed.rowCount === 0) throw new Error('insufficient stock');
    await client.query(
      `INSERT INTO stock_movement (collection_point_id, variant_id, kind, quantity, actor_id, reason,
                                   booking_id, offer_id, dispatch_id, transfer_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::uuid[], $6::text[],
                            $7::uuid[], $8::uuid[], $9::uuid[], $10::uuid[])`,
      [
        [m.pointId],
        [m.variantId],
        [m.kind],
        [m.quantity],
        [m.actorId],
        [m.reason],
        [null],
        [null],
        [null],
        [null],
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const db = await database();
  try {
    await migrateDatabase(db.url);
    const config = loadAppConfig({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'error',
      DATA_DIR: tmpdir(),
    });

    @Module({ imports: [CoreModule.forRoot({ config, databaseUrl: db.url }), IdentityModule, StockModule] })
    class BenchModule {}
    const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
    const dataSource = app.get(DataSource);
    const ledger = app.get(LedgerService);
    const stock = app.get(StockService);
    const pool = new Pool({ connectionString: db.url, max: 10 });

    const [{ id: actorId }] = await dataSource.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ('bench@example.org', 'Bench', '$argon2id$bench') RETURNING id`,
    );
    const points: { id: string }[] = await dataSource.query(`SELECT id FROM collection_point ORDER BY code`);
    const variants: { id: string }[] = await dataSource.query(
      `SELECT id FROM catalogue_variant ORDER BY code`,
    );
    for (const point of points) {
      await dataSource.query(
        `INSERT INTO collection_point_staff (collection_point_id, user_id) VALUES ($1, $2)`,
        [point.id, actorId],
      );
    }
    const hot: Target = { pointId: points[0].id, variantId: variants[0].id };
    const spread = (client: number): Target => ({
      pointId: points[client % points.length].id,
      variantId: variants[(client * 7) % variants.length].id,
    });
    // Stock on every row used, so that an outbound unit never meets an empty shelf.
    for (const target of [hot, ...Array.from({ length: CLIENTS }, (_, client) => spread(client))]) {
      await dataSource.transaction((tx) =>
        ledger.record(tx, [{ ...target, kind: MovementKind.RECEIPT, quantity: 1000, actorId }]),
      );
    }

    const scenarios = {
      hot: () => hot,
      spread,
    };
    const results: Record<string, { entraide: number; baseline: number }> = {};
    for (const [name, targetOf] of Object.entries(scenarios)) {
      const entraide = () =>
        throughput((client, iteration) =>
          dataSource.transaction((tx) => ledger.record(tx, [movement(targetOf(client), iteration, actorId)])),
        );
      const baseline = () =>
        throughput((client, iteration) =>
          baselineMovement(pool, movement(targetOf(client), iteration, actorId)),
        );
      // Alternate the two twice and keep the best of each, so that machine noise hits both alike.
      const runs = { entraide: [] as number[], baseline: [] as number[] };
      for (let round = 0; round < 2; round++) {
        runs.baseline.push(await baseline());
        runs.entraide.push(await entraide());
      }
      results[name] = { entraide: Math.max(...runs.entraide), baseline: Math.max(...runs.baseline) };
    }
    const walkIns = await throughput((client) =>
      stock
        .receiveWalkIn(
          {
            collectionPointId: spread(client).pointId,
            lines: [{ variantId: spread(client).variantId, quantity: 1 }],
          },
          actorId,
        )
        .then(() => undefined),
    );

    const [{ violations }] = await dataSource.query(
      `WITH sums AS (SELECT collection_point_id, variant_id, sum(quantity)::int AS total FROM stock_movement GROUP BY 1, 2)
       SELECT count(*)::int AS violations FROM stock_level l FULL JOIN sums s USING (collection_point_id, variant_id)
       WHERE coalesce(l.quantity, 0) <> coalesce(s.total, 0) OR l.quantity < 0`,
    );
    const [{ movements }] = await dataSource.query(`SELECT count(*)::int AS movements FROM stock_movement`);

    console.log(
      `bench:stock — ${CLIENTS} concurrent clients, ${SECONDS} s per run, best of 2 alternated runs, PostgreSQL ${process.env['DATABASE_URL'] ? 'from DATABASE_URL' : 'embedded'}`,
    );
    for (const [name, { entraide, baseline }] of Object.entries(results)) {
      console.log(
        `${name.padEnd(7)} rows: Entraide ledger ${entraide.toFixed(0).padStart(6)} movements/s · pg baseline ${baseline.toFixed(0).padStart(6)} movements/s · ratio ${(entraide / baseline).toFixed(2)}`,
      );
    }
    console.log(
      `walk-in gifts through StockService (access check, validation, ledger), spread rows: ${walkIns.toFixed(0)} /s`,
    );
    console.log(
      `movements written: ${movements} · invariant violations (level ≠ Σ movements or < 0): ${violations}`,
    );
    const ratio = results['spread'].entraide / results['spread'].baseline;
    console.log(
      `target: spread-row ratio ≥ 0.50 → ${ratio >= 0.5 ? 'met' : 'NOT met'}; zero violations → ${violations === 0 ? 'met' : 'NOT met'}`,
    );

    await pool.end();
    await app.close();
    if (violations !== 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
