import { AuditLogService, ConflictException } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { WrongCredentialsException } from '../identity.exception';
import { newSessionToken } from '../utils/session-token.util';
import { PasswordHasher } from './password-hasher.service';
import { PersonalDataRegistry } from './personal-data-registry.service';
import { RolesService } from './roles.service';

/** "Download my data" and "delete my account" (GDPR articles 15, 17 and 20). */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly roles: RolesService,
    private readonly audit: AuditLogService,
    private readonly registry: PersonalDataRegistry,
  ) {}

  /** Everything the platform holds about the person, as one JSON document; the export itself is audited. */
  async export(userId: string): Promise<{ json: string; generatedAt: Date }> {
    const query = (sql: string) => this.manager.query(sql, [userId]);
    const [account] = await query(
      `SELECT email, display_name AS "displayName", email_verified_at AS "emailVerifiedAt", created_at AS "createdAt"
       FROM app_user WHERE id = $1`,
    );
    const document = {
      exportedAt: new Date(),
      account,
      roles: await this.roles.rolesOf(userId),
      sessions: await query(
        `SELECT user_agent AS "userAgent", created_at AS "createdAt", last_seen_at AS "lastSeenAt",
                expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM user_session WHERE user_id = $1 ORDER BY created_at`,
      ),
      memberships: await query(
        `SELECT o.name AS organisation, o.kind, m.role, m.created_at AS since
         FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.created_at`,
      ),
      organisationsRegistered: await query(
        `SELECT name, kind, status, created_at AS "createdAt" FROM organisation WHERE created_by = $1 ORDER BY created_at`,
      ),
      collectionPointsStaffed: await query(
        `SELECT p.name, s.assigned_at AS "assignedAt"
         FROM collection_point_staff s JOIN collection_point p ON p.id = s.collection_point_id WHERE s.user_id = $1`,
      ),
      actionsRecorded: await query(
        `SELECT action, target_type AS "targetType", target_id AS "targetId", created_at AS "createdAt"
         FROM audit_log WHERE actor_id = $1 ORDER BY id`,
      ),
    };
    for (const section of this.registry.all()) {
      Object.assign(document, { [section.name]: await section.export(userId, this.manager) });
    }
    await this.audit.record({
      actorId: userId,
      action: 'PERSONAL_DATA_EXPORTED',
      targetType: 'user',
      targetId: userId,
    });
    return { json: JSON.stringify(document, null, 2), generatedAt: document.exportedAt };
  }

  /**
   * Anonymises the account: personal fields are replaced, sessions, links, memberships and roles go; the row
   * stays so that records others rely on (audit entries, and later ledger entries and stock movements) show
   * a deleted user as their actor.
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const [user] = await this.manager.query(
      `SELECT password_hash FROM app_user WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    if (!user || !(await this.hasher.verify(user.password_hash, password)))
      throw new WrongCredentialsException();
    const unusableHash = await this.hasher.hash(newSessionToken());
    await this.manager.transaction(async (tx) => {
      const soleAdminOf = await tx.query(
        `SELECT o.name FROM membership m JOIN organisation o ON o.id = m.organisation_id
         WHERE m.user_id = $1 AND m.role = 'ADMIN'
           AND NOT EXISTS (SELECT 1 FROM membership other
                           WHERE other.organisation_id = m.organisation_id AND other.role = 'ADMIN' AND other.user_id <> $1)
         FOR UPDATE OF m`,
        [userId],
      );
      if (soleAdminOf.length > 0) {
        throw new ConflictException(
          `You are the only admin of ${soleAdminOf.map((row: { name: string }) => row.name).join(', ')}: name another admin first.`,
        );
      }
      for (const section of this.registry.all()) await section.erase(userId, tx);
      const [{ email }] = await tx.query(`SELECT email FROM app_user WHERE id = $1`, [userId]);
      await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM account_token WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM membership WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM collection_point_staff WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM platform_role WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM organisation_invitation WHERE email = $1 AND accepted_at IS NULL`, [email]);
      await tx.query(`DELETE FROM auth_attempt WHERE subject IN ($1, $2)`, [email, userId]);
      await tx.query(
        `UPDATE app_user
         SET email = 'deleted-' || id || '@deleted.invalid', display_name = 'Compte supprimé',
             password_hash = $2, email_verified_at = NULL, deleted_at = now()
         WHERE id = $1`,
        [userId, unusableHash],
      );
      await this.audit.record(
        { actorId: userId, action: 'ACCOUNT_DELETED', targetType: 'user', targetId: userId },
        tx,
      );
    });
  }
}
