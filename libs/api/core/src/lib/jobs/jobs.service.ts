import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

export interface JobDefinition<T extends object> {
  queue: string;
  handle(data: T): Promise<void>;
  /** A cron expression (UTC) on which the job is sent with `data` (not in tests). */
  schedule?: { cron: string; data: T };
  /** Bounded retries: a failing job is tried this many more times, then left failed. */
  retryLimit?: number;
  /**
   * How long one run may take before pg-boss counts it failed and retries it: also how soon a run cut short by
   * a crash starts again (plus up to pg-boss's maintenance interval). DEFAULT_JOB_EXPIRY_SECONDS when absent.
   */
  expireInSeconds?: number;
}

/** pg-boss's own default is 15 minutes; every job here takes seconds, even at ten times the 2015 scale. */
export const DEFAULT_JOB_EXPIRY_SECONDS = 5 * 60;

const QUEUE_DEPTH_STATES = ['created', 'retry', 'active'] as const;

export interface QueueDepth {
  queue: string;
  state: (typeof QUEUE_DEPTH_STATES)[number];
  count: number;
}

/**
 * Background work on pg-boss, in the same PostgreSQL as the data: jobs survive restarts and spread over
 * replicas. Domain modules register their queues while they initialise; the queues are created, worked and
 * scheduled once the application has booted, and the workers stop (finishing their job) at shutdown.
 * An application that registers no queue never starts pg-boss.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss?: PgBoss;
  private readonly workerIds: string[] = [];

  constructor(
    @Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.queue, definition as JobDefinition<object>);
  }

  /**
   * Queues a job. With `singletonSeconds`, at most one job of the queue is created per period of that
   * many seconds (the others are dropped), which debounces bursts of triggers.
   */
  async send<T extends object>(
    queue: string,
    data: T,
    options: { singletonSeconds?: number } = {},
  ): Promise<string | null> {
    const boss = this.started();
    return boss.send(queue, data, {
      retryLimit: this.definitions.get(queue)?.retryLimit ?? 2,
      ...(options.singletonSeconds ? { singletonSeconds: options.singletonSeconds } : {}),
    });
  }

  /**
   * Jobs waiting (`created`, `retry`) or running (`active`) in each registered queue, zeros included; empty
   * while pg-boss is not running.
   */
  async queueDepths(): Promise<QueueDepth[]> {
    if (!this.boss) return [];
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job
          WHERE name = ANY($1) AND state IN ('created', 'retry', 'active') GROUP BY name, state`,
      [[...this.definitions.keys()]],
    );
    const counted = rows as { name: string; state: QueueDepth['state']; count: number }[];
    return [...this.definitions.keys()].flatMap((queue) =>
      QUEUE_DEPTH_STATES.map((state) => ({
        queue,
        state,
        count: counted.find((row) => row.name === queue && row.state === state)?.count ?? 0,
      })),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.definitions.size === 0) return;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'entraide-jobs',
    });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${String(error)}`));
    await boss.start();
    for (const definition of this.definitions.values()) {
      const queueOptions = {
        name: definition.queue,
        retryLimit: definition.retryLimit ?? 2,
        expireInSeconds: definition.expireInSeconds ?? DEFAULT_JOB_EXPIRY_SECONDS,
      };
      await boss.createQueue(definition.queue, queueOptions);
      // createQueue leaves an existing queue as it was: a change of options reaches databases made earlier.
      await boss.updateQueue(definition.queue, queueOptions);
      const workerId = await boss.work<object>(
        definition.queue,
        { pollingIntervalSeconds: 1 },
        async ([job]) => {
          await definition.handle(job.data);
        },
      );
      this.workerIds.push(workerId);
      // Tests send their jobs themselves: a schedule firing mid-test would make them depend on the clock.
      if (definition.schedule && this.config.nodeEnv !== 'test') {
        await boss.schedule(definition.queue, definition.schedule.cron, definition.schedule.data, {
          tz: 'UTC',
        });
      }
    }
    this.boss = boss;
  }

  /** Before the database connections close (TypeORM closes them at `onApplicationShutdown`), so a job never loses them mid-run. */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    // pg-boss's stop() resolves without waiting for idle workers to leave their polling pause, and keeps
    // checking on them afterwards; stopping them first and waking them lets every loop end before it returns.
    for (const queue of this.definitions.keys()) await boss.offWork(queue);
    for (const workerId of this.workerIds) boss.notifyWorker(workerId);
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
    this.workerIds.length = 0;
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('Jobs are not running: register a queue before the application boots.');
    return this.boss;
  }
}
