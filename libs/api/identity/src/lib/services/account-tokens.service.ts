import { BadUserInputException } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { hashSessionToken, newSessionToken } from '../utils/session-token.util';

export type AccountTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

const LIFETIME: Record<AccountTokenPurpose, string> = {
  VERIFY_EMAIL: '7 days',
  RESET_PASSWORD: '1 hour',
};

/** Single-use links sent by mail (email verification, password reset). Only their hash is stored. */
@Injectable()
export class AccountTokensService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  /** A new link token; earlier unused ones for the same purpose stop working. */
  async issue(userId: string, purpose: AccountTokenPurpose): Promise<string> {
    const token = newSessionToken();
    await this.manager.transaction(async (tx) => {
      await tx.query(
        `UPDATE account_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
        [userId, purpose],
      );
      await tx.query(
        `INSERT INTO account_token (user_id, purpose, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + $4::interval)`,
        [userId, purpose, hashSessionToken(token), LIFETIME[purpose]],
      );
    });
    return token;
  }

  /** Uses a token once, atomically: the account it belongs to, or BAD_USER_INPUT when expired, used or unknown. */
  async consume(
    token: string,
    purpose: AccountTokenPurpose,
    tx: EntityManager = this.manager,
  ): Promise<string> {
    // For UPDATE … RETURNING, TypeORM's raw result on PostgreSQL is [rows, affected count].
    const [rows] = (await tx.query(
      `UPDATE account_token SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashSessionToken(token), purpose],
    )) as [{ user_id: string }[], number];
    if (rows.length === 0) {
      throw new BadUserInputException(
        'This link has expired or has already been used: please ask for a new one.',
      );
    }
    return rows[0].user_id;
  }
}
