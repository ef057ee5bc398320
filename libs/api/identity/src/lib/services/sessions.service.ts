import { NotFoundException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { UserSessionEntity } from '../entities/user-session.entity';
import { UserEntity } from '../entities/user.entity';
import { SessionModel } from '../models/viewer.model';
import { hashSessionToken, newSessionToken } from '../utils/session-token.util';

export const SESSION_LIFETIME_DAYS = 30;

interface SessionUserRow {
  session_id: string;
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  email_verified_at: Date | null;
  created_at: Date;
}

export interface ResolvedSession {
  sessionId: string;
  user: UserEntity;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(UserSessionEntity) private readonly sessions: Repository<UserSessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  /** Opens a session and returns the cookie token (given out once, stored only as a hash). */
  async open(userId: string, userAgent: string | undefined): Promise<string> {
    const token = newSessionToken();
    await this.sessions
      .createQueryBuilder()
      .insert()
      .values({
        userId,
        tokenHash: hashSessionToken(token),
        userAgent: userAgent?.slice(0, 400) ?? null,
        expiresAt: () => `now() + interval '${SESSION_LIFETIME_DAYS} days'`,
      })
      .execute();
    return token;
  }

  /** The live session a cookie token stands for, or null (unknown, expired or revoked). */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token) return null;
    // Every signed-in request comes through here: one statement finds the session and its person and
    // notes when it was last seen — written at most once a minute per session, not on every request.
    const [row]: SessionUserRow[] = await this.users.query(
      `WITH live AS (
         SELECT s.id AS session_id, u.id, u.email, u.display_name, u.password_hash, u.email_verified_at, u.created_at
         FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       ), seen AS (
         UPDATE user_session SET last_seen_at = now()
         WHERE id = (SELECT session_id FROM live) AND last_seen_at < now() - interval '1 minute'
       )
       SELECT * FROM live`,
      [hashSessionToken(token)],
    );
    if (!row) return null;
    const user = this.users.create({
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      passwordHash: row.password_hash,
      emailVerifiedAt: row.email_verified_at,
      createdAt: row.created_at,
    });
    return { sessionId: row.session_id, user };
  }

  async listActive(userId: string, currentSessionId: string): Promise<SessionModel[]> {
    const rows = await this.sessions
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId })
      .orderBy('s.last_seen_at', 'DESC')
      .getMany();
    return rows.map((row) => toSessionModel(row, currentSessionId));
  }

  /** Revokes one of the person's own sessions; another person's session is NOT_FOUND, as if it did not exist. */
  async revoke(userId: string, sessionId: string, currentSessionId: string): Promise<SessionModel> {
    const notFound = new NotFoundException('No active session of yours has this id.');
    if (!isUuid(sessionId)) throw notFound;
    const result = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND user_id = :userId AND revoked_at IS NULL', { sessionId, userId })
      .returning('*')
      .execute();
    const raw = (result.raw as Record<string, unknown>[])[0];
    if (!raw) throw notFound;
    return toSessionModel(fromRaw(raw), currentSessionId);
  }

  /** Ends the session a cookie token stands for (signing out); unknown tokens are ignored. */
  async close(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('token_hash = :hash AND revoked_at IS NULL', { hash: hashSessionToken(token) })
      .execute();
  }
}

function fromRaw(raw: Record<string, unknown>): UserSessionEntity {
  return {
    id: raw['id'] as string,
    userId: raw['user_id'] as string,
    tokenHash: raw['token_hash'] as Buffer,
    userAgent: (raw['user_agent'] as string | null) ?? null,
    createdAt: raw['created_at'] as Date,
    lastSeenAt: raw['last_seen_at'] as Date,
    expiresAt: raw['expires_at'] as Date,
    revokedAt: raw['revoked_at'] as Date | null,
  };
}

function toSessionModel(row: UserSessionEntity, currentSessionId: string): SessionModel {
  return {
    id: row.id,
    userAgent: row.userAgent ?? undefined,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    current: row.id === currentSessionId,
  };
}
