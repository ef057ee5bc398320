import { MigrationInterface, QueryRunner } from 'typeorm';

/** Donations started are counted in `auth_attempt` too, per person, by the same rate limiter. */
export class AddDonationAttempts1795800000014 implements MigrationInterface {
  name = 'AddDonationAttempts1795800000014';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE auth_attempt DROP CONSTRAINT auth_attempt_action_check`);
    await db.query(
      `ALTER TABLE auth_attempt ADD CONSTRAINT auth_attempt_action_check
       CHECK (action IN ('SIGN_IN', 'SIGN_UP', 'PASSWORD_RESET', 'DONATION'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM auth_attempt WHERE action = 'DONATION'`);
    await db.query(`ALTER TABLE auth_attempt DROP CONSTRAINT auth_attempt_action_check`);
    await db.query(
      `ALTER TABLE auth_attempt ADD CONSTRAINT auth_attempt_action_check
       CHECK (action IN ('SIGN_IN', 'SIGN_UP', 'PASSWORD_RESET'))`,
    );
  }
}
