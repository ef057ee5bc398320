import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountsAndSessions1795800000002 implements MigrationInterface {
  name = 'CreateAccountsAndSessions1795800000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
        password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        email_verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        user_agent text CHECK (char_length(user_agent) <= 400),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await db.query(`CREATE INDEX user_session_active_idx ON user_session (user_id) WHERE revoked_at IS NULL`);
    await db.query(
      `COMMENT ON COLUMN user_session.token_hash IS 'SHA-256 of the cookie token; the token itself is never stored'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_session`);
    await db.query(`DROP TABLE app_user`);
  }
}
