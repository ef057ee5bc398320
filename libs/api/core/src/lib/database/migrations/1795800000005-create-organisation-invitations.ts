import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationInvitations1795800000005 implements MigrationInterface {
  name = 'CreateOrganisationInvitations1795800000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        CHECK (expires_at > created_at),
        CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      )`);
    await db.query(
      `CREATE INDEX organisation_invitation_org_idx ON organisation_invitation (organisation_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organisation_invitation`);
  }
}
