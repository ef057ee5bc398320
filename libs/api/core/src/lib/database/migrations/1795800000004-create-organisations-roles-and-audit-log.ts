import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationsRolesAndAuditLog1795800000004 implements MigrationInterface {
  name = 'CreateOrganisationsRolesAndAuditLog1795800000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('ASSOCIATION', 'SPONSOR', 'HOUSING_OPERATOR', 'PUBLIC_BODY')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 160),
        rna text UNIQUE CHECK (rna ~ '^W[0-9]{9}$'),
        siret text UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
        contact_email text NOT NULL CHECK (contact_email = lower(contact_email) AND contact_email LIKE '%_@_%._%'),
        contact_phone text CHECK (char_length(contact_phone) <= 30),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
        rejection_reason text CHECK (char_length(rejection_reason) <= 1000),
        decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (rna IS NOT NULL OR siret IS NOT NULL),
        CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
        CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    await db.query(`CREATE INDEX organisation_status_idx ON organisation (status, created_at)`);
    await db.query(`
      CREATE TABLE organisation_district (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        district_code varchar(5) NOT NULL REFERENCES district (code),
        PRIMARY KEY (organisation_id, district_code)
      )`);
    await db.query(`
      CREATE TABLE membership (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await db.query(`CREATE INDEX membership_user_idx ON membership (user_id)`);
    await db.query(`
      CREATE TABLE platform_role (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('COORDINATOR')),
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, role)
      )`);
    await db.query(`
      CREATE TABLE collection_point_staff (
        collection_point_id uuid NOT NULL REFERENCES collection_point (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collection_point_id, user_id)
      )`);
    await db.query(`CREATE INDEX collection_point_staff_user_idx ON collection_point_staff (user_id)`);
    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action text NOT NULL CHECK (action ~ '^[A-Z_]+$'),
        target_type text NOT NULL,
        target_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC, id DESC)`);
    await db.query(`COMMENT ON TABLE audit_log IS 'Append-only record of sensitive actions; never updated'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'collection_point_staff',
      'platform_role',
      'membership',
      'organisation_district',
      'organisation',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
