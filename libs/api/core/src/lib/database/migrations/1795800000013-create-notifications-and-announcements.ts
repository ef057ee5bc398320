import { MigrationInterface, QueryRunner } from 'typeorm';

const NOTIFICATION_KINDS = `ARRAY['PROPOSAL_TO_REVIEW', 'DROP_OFF_TOMORROW', 'SHIFT_REMINDER', 'NEED_COVERED',
  'DONATION_RECEIVED', 'ANNOUNCEMENT']`;

/**
 * The notification centre: what happened for a person (a kind and its facts, worded in the reader's language
 * when shown), read in the app and mailed at once or in a daily
 * digest as they chose. A notification is written in the transaction of what caused it and mailed later by a
 * job (an outbox), so a failing mail never undoes or blocks the action; `(user, kind, reference)` is unique, so
 * a replayed event or a reminder job that runs twice notifies once. Partners' directory entries say what each
 * organisation does; coordinators' announcements go to every partner or to one arrondissement's.
 */
export class CreateNotificationsAndAnnouncements1795800000013 implements MigrationInterface {
  name = 'CreateNotificationsAndAnnouncements1795800000013';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_preference (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        email_frequency text NOT NULL DEFAULT 'IMMEDIATE'
          CHECK (email_frequency IN ('IMMEDIATE', 'DAILY_DIGEST', 'NEVER')),
        muted_kinds text[] NOT NULL DEFAULT '{}' CHECK (muted_kinds <@ ${NOTIFICATION_KINDS}),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind = ANY (${NOTIFICATION_KINDS})),
        reference text NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 200),
        params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(params) = 'object' AND length(params::text) <= 6000),
        link text CHECK (link ~ '^/[^/]' AND char_length(link) <= 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email_status text NOT NULL DEFAULT 'PENDING' CHECK (email_status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
        email_attempts smallint NOT NULL DEFAULT 0 CHECK (email_attempts BETWEEN 0 AND 3),
        emailed_at timestamptz,
        email_error text CHECK (char_length(email_error) <= 500),
        UNIQUE (user_id, kind, reference),
        CHECK ((email_status = 'SENT') = (emailed_at IS NOT NULL)),
        CHECK (email_status <> 'FAILED' OR email_attempts = 3)
      )`);
    await db.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await db.query(
      `CREATE INDEX notification_email_pending_idx ON notification (created_at) WHERE email_status = 'PENDING'`,
    );

    await db.query(
      `ALTER TABLE organisation ADD COLUMN description text CHECK (char_length(description) BETWEEN 1 AND 1000)`,
    );
    await db.query(`
      CREATE TABLE announcement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 160),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
        district_code varchar(5) REFERENCES district (code),
        recipients integer NOT NULL CHECK (recipients >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX announcement_created_idx ON announcement (created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE announcement`);
    await db.query(`ALTER TABLE organisation DROP COLUMN description`);
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE notification_preference`);
  }
}
