import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

export interface AuditEvent {
  actorId: string | null;
  /** UPPER_SNAKE_CASE, e.g. ORGANISATION_VERIFIED. */
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

export interface AuditEntry extends Required<AuditEvent> {
  id: string;
  actorEmail: string | null;
  createdAt: Date;
}

export const AUDIT_PAGE_MAX = 100;

/** Append-only record of sensitive actions (verification decisions, role changes, exports, deletions). */
@Injectable()
export class AuditLogService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  /** Pass the transaction's manager so that the entry is written, or not, with the action itself. */
  async record(event: AuditEvent, tx: EntityManager = this.manager): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, details) VALUES ($1, $2, $3, $4, $5)`,
      [event.actorId, event.action, event.targetType, event.targetId, JSON.stringify(event.details ?? {})],
    );
  }

  /** Several entries in one statement, e.g. one per record a list showed. */
  async recordMany(events: AuditEvent[], tx: EntityManager = this.manager): Promise<void> {
    if (events.length === 0) return;
    await tx.query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, details)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
      [
        events.map((event) => event.actorId),
        events.map((event) => event.action),
        events.map((event) => event.targetType),
        events.map((event) => event.targetId),
        events.map((event) => JSON.stringify(event.details ?? {})),
      ],
    );
  }

  /** Newest first; `after` is the id of the last entry of the previous page. */
  async page(first: number, after?: string): Promise<{ entries: AuditEntry[]; hasNextPage: boolean }> {
    const limit = Math.min(Math.max(first, 1), AUDIT_PAGE_MAX);
    const cursor = after && /^\d+$/.test(after) ? after : null;
    const rows: {
      id: string;
      actor_id: string | null;
      actor_email: string | null;
      action: string;
      target_type: string;
      target_id: string;
      details: Record<string, unknown>;
      created_at: Date;
    }[] = await this.manager.query(
      `SELECT a.id::text, a.actor_id, u.email AS actor_email, a.action, a.target_type, a.target_id, a.details, a.created_at
       FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
       WHERE $1::bigint IS NULL OR a.id < $1::bigint
       ORDER BY a.id DESC
       LIMIT $2`,
      [cursor, limit + 1],
    );
    return {
      hasNextPage: rows.length > limit,
      entries: rows.slice(0, limit).map((row) => ({
        id: row.id,
        actorId: row.actor_id,
        actorEmail: row.actor_email,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        details: row.details,
        createdAt: row.created_at,
      })),
    };
  }
}
