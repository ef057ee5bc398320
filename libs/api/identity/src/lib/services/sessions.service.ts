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
    const session = await this.sessions
      .createQueryBuilder('s')
      .where('s.token_hash = :hash', { hash: hashSessionToken(token) })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > now()')
      .getOne();
    if (!session) return null;
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user) return null;
    // Written at most once a minute per session, not on every request.
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ lastSeenAt: () => 'now()' })
      .where("id = :id AND last_seen_at < now() - interval '1 minute'", { id: session.id })
      .execute();
    return { sessionId: session.id, user };
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
