import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What a run matched: stock to needs, or homes to households. */
export type MatchingRunKind = 'ITEMS' | 'HOSTING';

/** A row of `matching_run`, as the runs of every kind record themselves. */
export interface MatchingRunRow {
  id: string;
  trigger: string;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  supply_lines: number | null;
  need_lines: number | null;
  objective: string | null;
  greedy_objective: string | null;
  solve_ms: number | null;
  proposals: number | null;
  unchanged: boolean;
  error: string | null;
}

/** What a run reports once it has written its proposals. */
export interface MatchingRunFigures {
  instanceHash: string;
  /** Supply side: stock lines, or homes. */
  supplyLines: number;
  /** Demand side: needs, or households. */
  needLines: number;
  objective: number;
  greedyObjective: number;
  solveMs: number;
  proposals: number;
  unchanged: boolean;
}

export async function insertMatchingRun(
  manager: EntityManager,
  kind: MatchingRunKind,
  trigger: string,
  userId: string | null,
): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO matching_run (kind, trigger, requested_by) VALUES ($1, $2, $3) RETURNING id`,
    [kind, trigger, userId],
  );
  return id;
}

export async function recentMatchingRuns(
  manager: EntityManager,
  kind: MatchingRunKind,
  first: number,
): Promise<MatchingRunRow[]> {
  return manager.query(`SELECT * FROM matching_run WHERE kind = $1 ORDER BY requested_at DESC, id LIMIT $2`, [
    kind,
    Math.min(Math.max(first, 1), 200),
  ]);
}

export async function matchingRunById(
  manager: EntityManager,
  id: string,
): Promise<MatchingRunRow | undefined> {
  const [row] = await manager.query(`SELECT * FROM matching_run WHERE id = $1`, [id]);
  return row;
}

/**
 * Executes one queued run in a transaction, under an advisory lock per kind so that runs of a kind never
 * interleave: `solve` reads the pool, writes the proposals (it gets the previous completed run's instance
 * hash, to write nothing when the pool is unchanged) and returns the figures recorded with the run. A run
 * already done is skipped; a failure is recorded on the run and rethrown (the job is retried).
 */
export async function executeMatchingRun(
  manager: EntityManager,
  kind: MatchingRunKind,
  runId: string,
  solve: (tx: EntityManager, previousHash: string | undefined) => Promise<MatchingRunFigures>,
): Promise<void> {
  try {
    await manager.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `entraide:matching-${kind.toLowerCase()}`,
      ]);
      const [run] = await tx.query(`SELECT status FROM matching_run WHERE id = $1 FOR UPDATE`, [runId]);
      if (!run || run.status === 'DONE') return;
      await tx.query(`UPDATE matching_run SET status = 'RUNNING', started_at = now() WHERE id = $1`, [runId]);
      const [previous] = await tx.query(
        `SELECT instance_hash FROM matching_run WHERE kind = $1 AND status = 'DONE' ORDER BY finished_at DESC LIMIT 1`,
        [kind],
      );
      const figures = await solve(tx, previous?.instance_hash ?? undefined);
      await tx.query(
        `UPDATE matching_run SET status = 'DONE', finished_at = now(), instance_hash = $2, supply_lines = $3,
           need_lines = $4, objective = $5, greedy_objective = $6, solve_ms = $7, proposals = $8, unchanged = $9
         WHERE id = $1`,
        [
          runId,
          figures.instanceHash,
          figures.supplyLines,
          figures.needLines,
          figures.objective,
          figures.greedyObjective,
          figures.solveMs,
          figures.proposals,
          figures.unchanged,
        ],
      );
    });
  } catch (error) {
    new Logger('Matching').error(`${kind} matching run ${runId} failed: ${String(error)}`);
    await manager.query(
      `UPDATE matching_run SET status = 'FAILED', finished_at = now(), error = left($2, 2000) WHERE id = $1 AND status <> 'DONE'`,
      [runId, String(error)],
    );
    throw error;
  }
}
