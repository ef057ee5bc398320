import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAccountDeletion1795800000006 implements MigrationInterface {
  name = 'AddAccountDeletion1795800000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN deleted_at timestamptz`);
    await db.query(
      `COMMENT ON COLUMN app_user.deleted_at IS 'Set when the person deleted their account: personal fields are then anonymised, the row stays for the records others rely on'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user DROP COLUMN deleted_at`);
  }
}
