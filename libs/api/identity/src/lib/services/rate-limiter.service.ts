import { TooManyRequestsException } from '@entraide/api-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

export type RateLimitedAction = 'SIGN_IN' | 'SIGN_UP' | 'PASSWORD_RESET' | 'DONATION';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitPolicies {
  signInPerEmail: RateLimit;
  signInPerAddress: RateLimit;
  signUpPerAddress: RateLimit;
  passwordResetPerEmail: RateLimit;
  passwordResetPerAddress: RateLimit;
  /** Donations started (checkouts opened) by one signed-in person. */
  donationsPerPerson: RateLimit;
}

export const RATE_LIMIT_POLICIES = Symbol('RATE_LIMIT_POLICIES');

export const DEFAULT_RATE_LIMIT_POLICIES: RateLimitPolicies = {
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  signInPerAddress: { limit: 100, windowSeconds: 15 * 60 },
  signUpPerAddress: { limit: 50, windowSeconds: 60 * 60 },
  passwordResetPerEmail: { limit: 5, windowSeconds: 60 * 60 },
  passwordResetPerAddress: { limit: 50, windowSeconds: 60 * 60 },
  donationsPerPerson: { limit: 10, windowSeconds: 10 * 60 },
};

/**
 * Counts attempts in PostgreSQL (so limits hold across API replicas) over a sliding window. Each subject is
 * serialised by an advisory lock, so concurrent attempts cannot all slip under the limit.
 */
@Injectable()
export class RateLimiterService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    @Inject(RATE_LIMIT_POLICIES) readonly policies: RateLimitPolicies,
  ) {}

  /**
   * Records one attempt for each subject, or throws TOO_MANY_REQUESTS (with the wait) if any is over its limit,
   * recording nothing. `describe` words the refusal (see TooManyRequestsException).
   */
  async consume(
    action: RateLimitedAction,
    checks: { subject: string; rule: RateLimit }[],
    describe?: (wait: string) => string,
  ): Promise<void> {
    await this.manager.transaction(async (tx) => {
      for (const { subject, rule } of checks) {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${action}:${subject}`]);
        const [{ attempts, retry_after }] = await tx.query(
          `SELECT count(*)::int AS attempts,
                  ceil(extract(epoch FROM min(attempted_at) + make_interval(secs => $3) - now()))::int AS retry_after
           FROM auth_attempt
           WHERE action = $1 AND subject = $2 AND attempted_at > now() - make_interval(secs => $3)`,
          [action, subject, rule.windowSeconds],
        );
        if (attempts >= rule.limit) throw new TooManyRequestsException(Math.max(1, retry_after), describe);
      }
      for (const { subject } of checks) {
        await tx.query(`INSERT INTO auth_attempt (action, subject) VALUES ($1, $2)`, [action, subject]);
      }
    });
  }
}
