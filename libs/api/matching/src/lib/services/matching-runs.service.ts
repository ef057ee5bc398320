import { performance } from 'node:perf_hooks';

import {
  executeMatchingRun,
  insertMatchingRun,
  JobsService,
  MatchingRunRow,
  matchingRunById,
  NotFoundException,
  recentMatchingRuns,
} from '@entraide/api-core';
import { allocateItems, allocateItemsGreedy, itemProposalScore } from '@entraide/matching';
import { NotificationsService, ProposalsToReview } from '@entraide/api-notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { RunStatus, RunTrigger } from '../matching.enums';
import { MatchingRunModel } from '../models/matching.models';
import { buildItemInstance } from './item-instance.builder';

export const ITEM_MATCHING_QUEUE = 'matching-items';
export const STOCK_CHECK_QUEUE = 'matching-items-stock-check';

/**
 * Matching runs: queued by a coordinator, every hour, and when stock arrives; executed by a pg-boss worker
 * (off the request path), they replace the proposals still waiting with the optimal allocation's.
 */
@Injectable()
export class MatchingRunsService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ runId?: string }>({
      queue: ITEM_MATCHING_QUEUE,
      retryLimit: 2,
      schedule: { cron: '0 * * * *', data: {} },
      handle: async ({ runId }) => {
        await this.execute(runId ?? (await this.insertRun(RunTrigger.SCHEDULE, null)));
      },
    });
    this.jobs.register<object>({
      queue: STOCK_CHECK_QUEUE,
      retryLimit: 0,
      schedule: { cron: '*/5 * * * *', data: {} },
      handle: async () => {
        await this.requestIfStockArrived();
      },
    });
  }

  async request(trigger: RunTrigger, userId: string | null): Promise<MatchingRunModel> {
    const runId = await this.insertRun(trigger, userId);
    await this.jobs.send(ITEM_MATCHING_QUEUE, { runId });
    return this.get(runId);
  }

  /** A run when units entered any stock since the last run was requested (checked every 5 minutes). */
  async requestIfStockArrived(): Promise<MatchingRunModel | null> {
    return (await this.stockArrivedSinceLastRun()) ? this.request(RunTrigger.STOCK, null) : null;
  }

  async recent(first: number): Promise<MatchingRunModel[]> {
    return (await recentMatchingRuns(this.manager, 'ITEMS', first)).map(toRun);
  }

  async get(id: string): Promise<MatchingRunModel> {
    const row = await matchingRunById(this.manager, id);
    if (!row) throw new NotFoundException('No matching run has this id.');
    return toRun(row);
  }

  /**
   * One run (see executeMatchingRun). A run whose instance is the same as the last completed run's writes
   * nothing (runs are idempotent); otherwise the waiting proposals are superseded by the new ones.
   */
  async execute(runId: string): Promise<void> {
    await executeMatchingRun(this.manager, 'ITEMS', runId, async (tx, previousHash) => {
      const { instance, hash, valueOfNeed } = await buildItemInstance(tx, new Date());
      const started = performance.now();
      const solution = allocateItems(instance);
      const solveMs = Math.round(performance.now() - started);
      const greedy = allocateItemsGreedy(instance);
      const unchanged = previousHash === hash;
      let proposals = 0;
      if (unchanged) {
        [{ proposals }] = await tx.query(
          `SELECT count(*)::int AS proposals FROM item_proposal WHERE status = 'PROPOSED'`,
        );
      } else {
        const waiting: { collection_point_id: string; need_id: string }[] = await tx.query(
          `SELECT collection_point_id, need_id FROM item_proposal WHERE status = 'PROPOSED'`,
        );
        await tx.query(`UPDATE item_proposal SET status = 'EXPIRED' WHERE status = 'PROPOSED'`);
        const byPointAndNeed = new Map<
          string,
          { pointId: string; needId: string; quantity: number; fromStock: number }
        >();
        for (const allocation of solution.allocations) {
          const [source, pointId] = allocation.supply.split(':');
          const key = `${pointId}/${allocation.need}`;
          const entry = byPointAndNeed.get(key) ?? {
            pointId,
            needId: allocation.need,
            quantity: 0,
            fromStock: 0,
          };
          entry.quantity += allocation.quantity;
          if (source === 'STOCK') entry.fromStock += allocation.quantity;
          byPointAndNeed.set(key, entry);
        }
        const district = new Map(instance.needs.map((need) => [need.id, need.district]));
        const entries = [...byPointAndNeed.values()];
        await tx.query(
          `INSERT INTO item_proposal (run_id, collection_point_id, need_id, quantity, from_stock, score)
           SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::int[], $6::jsonb[])`,
          [
            runId,
            entries.map((entry) => entry.pointId),
            entries.map((entry) => entry.needId),
            entries.map((entry) => entry.quantity),
            entries.map((entry) => entry.fromStock),
            entries.map((entry) =>
              JSON.stringify(
                itemProposalScore(
                  valueOfNeed.get(entry.needId)!,
                  instance.distanceKm[entry.pointId][district.get(entry.needId)!],
                ),
              ),
            ),
          ],
        );
        proposals = entries.length;
        // The points' staff hear of proposals that were not already waiting for them.
        const fresh: ProposalsToReview[] = await tx.query(
          `SELECT p.collection_point_id AS "groupId", cp.name AS "forName", count(*)::int AS items, 0 AS hosting,
                  '/points/' || p.collection_point_id AS link,
                  (SELECT coalesce(array_agg(s.user_id), '{}') FROM collection_point_staff s
                   WHERE s.collection_point_id = p.collection_point_id) AS "userIds"
           FROM item_proposal p JOIN collection_point cp ON cp.id = p.collection_point_id
           WHERE p.run_id = $1
             AND (p.collection_point_id, p.need_id) NOT IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))
           GROUP BY p.collection_point_id, cp.name`,
          [runId, waiting.map((row) => row.collection_point_id), waiting.map((row) => row.need_id)],
        );
        await this.notifications.proposalsToReview(tx, runId, fresh);
      }
      return {
        instanceHash: hash,
        supplyLines: instance.supplies.length,
        needLines: instance.needs.length,
        objective: solution.objective,
        greedyObjective: greedy.objective,
        solveMs,
        proposals,
        unchanged,
      };
    });
  }

  private insertRun(trigger: RunTrigger, userId: string | null): Promise<string> {
    return insertMatchingRun(this.manager, 'ITEMS', trigger, userId);
  }

  /** Whether units entered any stock (receipt or transfer in) since the last run was requested. */
  private async stockArrivedSinceLastRun(): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM stock_movement m WHERE m.kind IN ('RECEIPT', 'TRANSFER_IN')
           AND m.created_at > coalesce((SELECT max(requested_at) FROM matching_run WHERE kind = 'ITEMS'), '-infinity')
       ) AS arrived`,
    );
    return row.arrived;
  }
}

function toRun(row: MatchingRunRow): MatchingRunModel {
  return {
    id: row.id,
    trigger: row.trigger as RunTrigger,
    status: row.status as RunStatus,
    requestedAt: row.requested_at,
    startedAt: row.started_at ?? undefined,
    finishedAt: row.finished_at ?? undefined,
    supplyLines: row.supply_lines ?? undefined,
    needLines: row.need_lines ?? undefined,
    objective: row.objective === null ? undefined : Number(row.objective),
    greedyObjective: row.greedy_objective === null ? undefined : Number(row.greedy_objective),
    solveMs: row.solve_ms ?? undefined,
    proposals: row.proposals ?? undefined,
    unchanged: row.unchanged,
    error: row.error ?? undefined,
  };
}
