import { BadUserInputException } from '@entraide/api-core';
import { isUuid, Language } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { NotificationParams, renderNotification } from '../notification-texts';
import { EmailFrequency, NotificationKind } from '../notifications.enums';
import {
  NotificationModel,
  NotificationPageModel,
  NotificationPreferencesModel,
} from '../models/notifications.models';

const PAGE_MAX = 50;

/** One event told to some people: who, what (kind and facts), once per `reference`, and where to look. */
export interface Notice<K extends NotificationKind = NotificationKind> {
  userIds: readonly string[];
  kind: K;
  /** With the kind, what makes the notice unique for a person (a run, a booking, a payment…). */
  reference: string;
  params: NotificationParams[K];
  /** A path in the web app, e.g. `/mes-dons`. */
  link: string | null;
}

/** New proposals of a run for one group of people. */
export interface ProposalsToReview {
  groupId: string;
  forName: string;
  userIds: string[];
  items: number;
  hosting: number;
  link: string;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  params: NotificationParams[NotificationKind];
  link: string | null;
  createdAt: Date;
  /** `created_at` as PostgreSQL prints it, to the microsecond, for cursors. */
  stamp: string;
  readAt: Date | null;
}

/**
 * The notification centre. Domains call {@link notify} inside the transaction of what happened, so the
 * notification exists exactly when the change does; mail follows from a job (see NotificationEmailsService).
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  /** Records the notice for each person (once per kind and reference); returns how many were new. */
  async notify<K extends NotificationKind>(tx: EntityManager, notice: Notice<K>): Promise<number> {
    if (notice.userIds.length === 0) return 0;
    const inserted: unknown[] = await tx.query(
      `INSERT INTO notification (user_id, kind, reference, params, link, email_status)
       SELECT u.id, $2, $3, $4::jsonb, $5,
              CASE WHEN coalesce(p.email_frequency, 'IMMEDIATE') = 'NEVER' OR $2 = ANY (coalesce(p.muted_kinds, '{}'))
                   THEN 'SKIPPED' ELSE 'PENDING' END
       FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id
       WHERE u.id = ANY ($1::uuid[]) AND u.deleted_at IS NULL
       ON CONFLICT (user_id, kind, reference) DO NOTHING
       RETURNING id`,
      [
        [...new Set(notice.userIds)],
        notice.kind,
        notice.reference,
        JSON.stringify(notice.params),
        notice.link,
      ],
    );
    return inserted.length;
  }

  /**
   * After a matching run, tells each group of people who must answer (a point's staff, an association's members)
   * how many new proposals wait for them: one notice per group and run.
   */
  async proposalsToReview(
    tx: EntityManager,
    runId: string,
    groups: readonly ProposalsToReview[],
  ): Promise<void> {
    for (const group of groups) {
      await this.notify(tx, {
        userIds: group.userIds,
        kind: NotificationKind.PROPOSAL_TO_REVIEW,
        reference: `${runId}:${group.groupId}`,
        params: { forName: group.forName, items: group.items, hosting: group.hosting },
        link: group.link,
      });
    }
  }

  /** The members of an organisation, for notices meant for its team. */
  async membersOf(tx: EntityManager, organisationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM membership WHERE organisation_id = $1`,
      [organisationId],
    );
    return rows.map((row) => row.user_id);
  }

  async page(
    userId: string,
    language: Language,
    first: number,
    after: string | null,
  ): Promise<NotificationPageModel> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX)
      throw new BadUserInputException(`Ask for 1 to ${PAGE_MAX} notifications at a time.`);
    const cursor = after === null ? null : decodeCursor(after);
    const rows: (NotificationRow & { unreadCount: number })[] = await this.manager.query(
      `SELECT id, kind, params, link, created_at AS "createdAt", created_at::text AS stamp, read_at AS "readAt",
              (SELECT count(*)::int FROM notification WHERE user_id = $1 AND read_at IS NULL) AS "unreadCount"
       FROM notification
       WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [userId, cursor?.createdAt ?? null, cursor?.id ?? null, first + 1],
    );
    const items = rows.slice(0, first).map((row) => this.toModel(row, language));
    const last = rows[Math.min(rows.length, first) - 1];
    return {
      notifications: items,
      // The count comes with the rows; an empty first page means no notification at all, so none unread.
      unreadCount: rows[0]?.unreadCount ?? (cursor === null ? 0 : await this.unreadCount(userId)),
      endCursor: last ? encodeCursor(last) : undefined,
      hasNextPage: rows.length > first,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }] = await this.manager.query(
      `SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }

  /** Marks the given notifications (or all when `ids` is null) as read; answers the unread count left. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    if (ids !== null) {
      if (ids.length === 0 || ids.length > 200)
        throw new BadUserInputException('Name 1 to 200 notifications, or none to mark them all read.');
      if (!ids.every(isUuid)) throw new BadUserInputException('A notification id is not valid.');
    }
    // Only the person's own: ids of other people's notifications change nothing and reveal nothing.
    await this.manager.query(
      `UPDATE notification SET read_at = now()
       WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))`,
      [userId, ids],
    );
    return this.unreadCount(userId);
  }

  async preferences(userId: string): Promise<NotificationPreferencesModel> {
    const [row] = await this.manager.query(
      `SELECT email_frequency AS "emailFrequency", muted_kinds AS "mutedKinds"
       FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return row ?? { emailFrequency: EmailFrequency.IMMEDIATE, mutedKinds: [] };
  }

  async updatePreferences(
    userId: string,
    emailFrequency: EmailFrequency,
    mutedKinds: readonly NotificationKind[],
  ): Promise<NotificationPreferencesModel> {
    const kinds = [...new Set(mutedKinds)];
    await this.manager.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notification_preference (user_id, email_frequency, muted_kinds) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET email_frequency = $2, muted_kinds = $3, updated_at = now()`,
        [userId, emailFrequency, kinds],
      );
      // Mail not yet sent follows the new choice.
      await tx.query(
        `UPDATE notification SET email_status = 'SKIPPED'
         WHERE user_id = $1 AND email_status = 'PENDING' AND ($2 = 'NEVER' OR kind = ANY ($3::text[]))`,
        [userId, emailFrequency, kinds],
      );
    });
    return { emailFrequency, mutedKinds: kinds };
  }

  private toModel(row: NotificationRow, language: Language): NotificationModel {
    const { title, body } = renderNotification(row.kind, row.params, language);
    return {
      id: row.id,
      kind: row.kind,
      title,
      body,
      link: row.link ?? undefined,
      createdAt: row.createdAt,
      readAt: row.readAt ?? undefined,
    };
  }
}

function encodeCursor(row: { stamp: string; id: string }): string {
  return Buffer.from(`${row.stamp}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id || !isUuid(id) || !isStamp(createdAt))
    throw new BadUserInputException('This cursor is not valid.');
  return { createdAt, id };
}

const STAMP =
  /^(\d{4})-(\d\d)-(\d\d) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-4])(:[0-5]\d){0,2}$/;

/**
 * Whether the text is a timestamp as PostgreSQL prints one, on a day that exists: a forged cursor shaped
 * right but naming month 13 or 30 February would otherwise fail in the query as an internal error.
 */
function isStamp(text: string): boolean {
  const match = STAMP.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
