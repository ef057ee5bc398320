import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountTokensAndAttempts1795800000003 implements MigrationInterface {
  name = 'CreateAccountTokensAndAttempts1795800000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at),
        CHECK (used_at IS NULL OR used_at >= created_at)
      )`);
    await db.query(`CREATE INDEX account_token_user_idx ON account_token (user_id, purpose)`);
    await db.query(
      `COMMENT ON TABLE account_token IS 'Single-use links sent by mail; only the SHA-256 of the token is stored'`,
    );
    await db.query(`
      CREATE TABLE auth_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action text NOT NULL CHECK (action IN ('SIGN_IN', 'SIGN_UP', 'PASSWORD_RESET')),
        subject text NOT NULL CHECK (char_length(subject) <= 300),
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX auth_attempt_lookup_idx ON auth_attempt (action, subject, attempted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE auth_attempt`);
    await db.query(`DROP TABLE account_token`);
  }
}
