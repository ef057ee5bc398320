import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { JobsService } from '../jobs/jobs.service';
import { metricLabel } from './metric-label.util';

/** Distinct GraphQL operation names kept as label values; later ones count as "other". */
const MAX_OPERATION_NAMES = 200;

/**
 * Prometheus metrics for one application, in a registry of its own (several apps share a process in
 * tests). Request and error figures are counted as they happen; queue depth and pool figures are read
 * on each scrape.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly operationOf = new WeakMap<object, string>();

  private readonly requests = new Counter({
    name: 'entraide_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern, status code and GraphQL operation.',
    labelNames: ['method', 'route', 'status', 'operation'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'entraide_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern, status code and GraphQL operation.',
    labelNames: ['method', 'route', 'status', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: 'entraide_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code and operation.',
    labelNames: ['code', 'operation'] as const,
    registers: [this.registry],
  });

  constructor(
    @Inject(JobsService) jobs: JobsService,
    @Optional() @InjectDataSource() dataSource?: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'entraide_job_queue_depth',
      help: 'pg-boss jobs waiting (created, retry) or running (active), by queue; read on each scrape.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { queue, state, count } of await jobs.queueDepths()) this.set({ queue, state }, count);
      },
    });
    const pool = dataSource ? poolOf(dataSource) : undefined;
    if (pool) {
      new Gauge({
        name: 'entraide_db_pool_connections',
        help: 'Connections of the API database pool: total, idle, and requests waiting for one.',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
    }
  }

  /** Remembers the GraphQL operation a request ran, for its HTTP figures. */
  noteOperation(request: object, operationName: string | null | undefined): string {
    const operation = this.boundedOperation(operationName);
    this.operationOf.set(request, operation);
    return operation;
  }

  operationFor(request: object): string {
    return this.operationOf.get(request) ?? 'anonymous';
  }

  recordRequest(
    labels: { method: string; route: string; status: number; operation: string },
    seconds: number,
  ): void {
    const values = { ...labels, status: String(labels.status) };
    this.requests.inc(values);
    this.duration.observe(values, seconds);
  }

  recordGraphqlError(code: unknown, operation: string): void {
    const label =
      typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
    this.graphqlErrors.inc({ code: label, operation });
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** Client-chosen names: only plain identifiers, shortened, and at most MAX_OPERATION_NAMES of them. */
  private boundedOperation(name: string | null | undefined): string {
    const label = metricLabel(name);
    if (label === 'anonymous' || this.operationNames.has(label)) return label;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(label);
    return label;
  }
}

function poolOf(dataSource: DataSource): Pool | undefined {
  const master = (dataSource.driver as { master?: unknown }).master;
  return master && typeof (master as Pool).totalCount === 'number' ? (master as Pool) : undefined;
}
