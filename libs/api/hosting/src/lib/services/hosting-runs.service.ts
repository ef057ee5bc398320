import { performance } from 'node:perf_hooks';

import {
  executeMatchingRun,
  insertMatchingRun,
  JobsService,
  MatchingRunRow,
  matchingRunById,
  recentMatchingRuns,
} from '@entraide/api-core';
import { matchHosting, matchHostingGreedy } from '@entraide/matching';
import { NotificationsService, ProposalsToReview } from '@entraide/api-notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { HostingRunStatus, HostingRunTrigger } from '../hosting.enums';
import { HostingRunModel } from '../models/hosting.models';
import { buildHostingPool } from './hosting-instance.builder';

export const HOSTING_MATCHING_QUEUE = 'matching-hosting';

/**
 * Hosting matching runs, recorded in `matching_run` (kind HOSTING): every hour, on a coordinator's request
 * and right after an event that changes the pool (an early end, a host's refusal). The proposals nobody has
 * acted on are replaced by the optimal matching's.
 */
@Injectable()
export class HostingRunsService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
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
    return (await recentMatchingRuns(this.manager, 'HOSTING', first)).map(toRun);
  }

  async get(id: string): Promise<HostingRunModel> {
    return toRun((await matchingRunById(this.manager, id))!);
  }

  /** Runs one queued run now (see executeMatchingRun). */
  async execute(runId: string): Promise<void> {
    await executeMatchingRun(this.manager, 'HOSTING', runId, async (tx, previousHash) => {
      const { instance, scores, hash } = await buildHostingPool(tx);
      const started = performance.now();
      const solution = matchHosting(instance);
      const solveMs = Math.round(performance.now() - started);
      const greedy = matchHostingGreedy(instance);
      const unchanged = previousHash === hash;
      let proposals: number;
      if (unchanged) {
        [{ proposals }] = await tx.query(
          `SELECT count(*)::int AS proposals FROM hosting_proposal WHERE status = 'PROPOSED'`,
        );
      } else {
        const waiting: { host_offer_id: string; hosting_request_id: string }[] = await tx.query(
          `SELECT host_offer_id, hosting_request_id FROM hosting_proposal WHERE status = 'PROPOSED'`,
        );
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
        // The referring associations hear of proposals that were not already waiting for them.
        const fresh: ProposalsToReview[] = await tx.query(
          `SELECT r.organisation_id AS "groupId", o.name AS "forName", 0 AS items, count(*)::int AS hosting,
                  '/organisations/' || r.organisation_id || '/hebergement' AS link,
                  (SELECT coalesce(array_agg(m.user_id), '{}') FROM membership m
                   WHERE m.organisation_id = r.organisation_id) AS "userIds"
           FROM hosting_proposal p JOIN hosting_request r ON r.id = p.hosting_request_id
           JOIN organisation o ON o.id = r.organisation_id
           WHERE p.run_id = $1
             AND (p.host_offer_id, p.hosting_request_id) NOT IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))
           GROUP BY r.organisation_id, o.name`,
          [runId, waiting.map((row) => row.host_offer_id), waiting.map((row) => row.hosting_request_id)],
        );
        await this.notifications.proposalsToReview(tx, runId, fresh);
      }
      return {
        instanceHash: hash,
        supplyLines: instance.hosts.length,
        needLines: instance.guests.length,
        objective: solution.objective,
        greedyObjective: greedy.objective,
        solveMs,
        proposals,
        unchanged,
      };
    });
  }

  /** Inserts and executes a run in the caller's process (demo seeding, tests). */
  async runNow(trigger: HostingRunTrigger, userId: string | null): Promise<HostingRunModel> {
    const runId = await this.insertRun(trigger, userId);
    await this.execute(runId);
    return this.get(runId);
  }

  private insertRun(trigger: HostingRunTrigger, userId: string | null): Promise<string> {
    return insertMatchingRun(this.manager, 'HOSTING', trigger, userId);
  }
}

function toRun(row: MatchingRunRow): HostingRunModel {
  return {
    id: row.id,
    trigger: row.trigger as HostingRunTrigger,
    status: row.status as HostingRunStatus,
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
