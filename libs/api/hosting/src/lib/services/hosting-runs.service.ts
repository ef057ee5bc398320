import { performance } from 'node:perf_hooks';

import { JobsService } from '@entraide/api-core';
import { matchHosting, matchHostingGreedy } from '@entraide/matching';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { HostingRunTrigger } from '../hosting.enums';
import { HostingRunModel } from '../models/hosting.models';
import { buildHostingPool } from './hosting-instance.builder';

export const HOSTING_MATCHING_QUEUE = 'matching-hosting';

interface RunRow {
  id: string;
  trigger: HostingRunTrigger;
  status: HostingRunModel['status'];
  requested_at: Date;
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

/**
 * Hosting matching runs, recorded in `matching_run` (kind HOSTING): every hour, on a coordinator's request
 * and right after an event that changes the pool (an early end, a host's refusal). The proposals nobody has
 * acted on are replaced by the optimal matching's.
 */
@Injectable()
export class HostingRunsService implements OnModuleInit {
  private readonly logger = new Logger('HostingMatching');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ runId?: string }>({
      queue: HOSTING_MATCHING_QUEUE,
      retryLimit: 2,
      schedule: { cron: '30 * * * *', data: {} },
      handle: async ({ runId }) => {
        await this.execute(runId ?? (await this.insertRun(HostingRunTrigger.SCHEDULE, null)));
      },
    });
  }

  /** Queues a run; the worker executes it off the request path. */
  async request(trigger: HostingRunTrigger, userId: string | null): Promise<HostingRunModel> {
    const runId = await this.insertRun(trigger, userId);
    await this.jobs.send(HOSTING_MATCHING_QUEUE, { runId });
    return this.get(runId);
  }

  async recent(first: number): Promise<HostingRunModel[]> {
    const rows: RunRow[] = await this.manager.query(
      `SELECT * FROM matching_run WHERE kind = 'HOSTING' ORDER BY requested_at DESC, id LIMIT $1`,
      [Math.min(Math.max(first, 1), 200)],
    );
    return rows.map(toRun);
  }

  async get(id: string): Promise<HostingRunModel> {
    const [row]: RunRow[] = await this.manager.query(`SELECT * FROM matching_run WHERE id = $1`, [id]);
    return toRun(row);
  }

  /** Runs one queued run now, under a lock so that hosting runs never interleave. */
  async execute(runId: string): Promise<void> {
    try {
      await this.manager.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('entraide:matching-hosting', 0))`);
        const [run] = await tx.query(`SELECT status FROM matching_run WHERE id = $1 FOR UPDATE`, [runId]);
        if (!run || run.status === 'DONE') return;
        await tx.query(`UPDATE matching_run SET status = 'RUNNING', started_at = now() WHERE id = $1`, [
          runId,
        ]);
        const { instance, scores, hash } = await buildHostingPool(tx);
        const started = performance.now();
        const solution = matchHosting(instance);
        const solveMs = Math.round(performance.now() - started);
        const greedy = matchHostingGreedy(instance);
        const [previous] = await tx.query(
          `SELECT instance_hash FROM matching_run WHERE kind = 'HOSTING' AND status = 'DONE' ORDER BY finished_at DESC LIMIT 1`,
        );
        const unchanged = previous?.instance_hash === hash;
        let proposals: number;
        if (unchanged) {
          [{ proposals }] = await tx.query(
            `SELECT count(*)::int AS proposals FROM hosting_proposal WHERE status = 'PROPOSED'`,
          );
        } else {
          await tx.query(`UPDATE hosting_proposal SET status = 'EXPIRED' WHERE status = 'PROPOSED'`);
          await tx.query(
            `INSERT INTO hosting_proposal (run_id, host_offer_id, hosting_request_id, score)
             SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::jsonb[])`,
            [
              runId,
              solution.matches.map((match) => match.host),
              solution.matches.map((match) => match.guest),
              solution.matches.map((match) => JSON.stringify(scores.get(`${match.host}/${match.guest}`))),
            ],
          );
          proposals = solution.matches.length;
        }
        await tx.query(
          `UPDATE matching_run SET status = 'DONE', finished_at = now(), instance_hash = $2, supply_lines = $3,
             need_lines = $4, objective = $5, greedy_objective = $6, solve_ms = $7, proposals = $8, unchanged = $9
           WHERE id = $1`,
          [
            runId,
            hash,
            instance.hosts.length,
            instance.guests.length,
            solution.objective,
            greedy.objective,
            solveMs,
            proposals,
            unchanged,
          ],
        );
      });
    } catch (error) {
      this.logger.error(`Hosting matching run ${runId} failed: ${String(error)}`);
      await this.manager.query(
        `UPDATE matching_run SET status = 'FAILED', finished_at = now(), error = left($2, 2000) WHERE id = $1 AND status <> 'DONE'`,
        [runId, String(error)],
      );
      throw error;
    }
  }

  /** Inserts and executes a run in the caller's process (demo seeding, tests). */
  async runNow(trigger: HostingRunTrigger, userId: string | null): Promise<HostingRunModel> {
    const runId = await this.insertRun(trigger, userId);
    await this.execute(runId);
    return this.get(runId);
  }

  private async insertRun(trigger: HostingRunTrigger, userId: string | null): Promise<string> {
    const [{ id }] = await this.manager.query(
      `INSERT INTO matching_run (kind, trigger, requested_by) VALUES ('HOSTING', $1, $2) RETURNING id`,
      [trigger, userId],
    );
    return id;
  }
}

function toRun(row: RunRow): HostingRunModel {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    requestedAt: row.requested_at,
    finishedAt: row.finished_at ?? undefined,
    hosts: row.supply_lines ?? undefined,
    households: row.need_lines ?? undefined,
    objective: row.objective === null ? undefined : Number(row.objective),
    greedyObjective: row.greedy_objective === null ? undefined : Number(row.greedy_objective),
    solveMs: row.solve_ms ?? undefined,
    proposals: row.proposals ?? undefined,
    unchanged: row.unchanged,
    error: row.error ?? undefined,
  };
}
