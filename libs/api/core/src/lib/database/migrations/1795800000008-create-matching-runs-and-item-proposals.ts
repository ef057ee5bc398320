import { MigrationInterface, QueryRunner } from 'typeorm';

/** Matching runs (when, on what, with which result) and the item proposals they write for people to accept. */
export class CreateMatchingRunsAndItemProposals1795800000008 implements MigrationInterface {
  name = 'CreateMatchingRunsAndItemProposals1795800000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE matching_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('ITEMS')),
        trigger text NOT NULL CHECK (trigger IN ('MANUAL', 'SCHEDULE', 'STOCK')),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        requested_by uuid REFERENCES app_user (id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        instance_hash text,
        supply_lines integer CHECK (supply_lines >= 0),
        need_lines integer CHECK (need_lines >= 0),
        objective numeric(14, 2),
        greedy_objective numeric(14, 2),
        solve_ms integer CHECK (solve_ms >= 0),
        proposals integer CHECK (proposals >= 0),
        unchanged boolean NOT NULL DEFAULT false,
        error text CHECK (char_length(error) <= 2000),
        CHECK ((status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX matching_run_recent_idx ON matching_run (kind, requested_at DESC)`);
    await db.query(`
      CREATE TABLE item_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES matching_run (id),
        collection_point_id uuid NOT NULL REFERENCES collection_point (id),
        need_id uuid NOT NULL REFERENCES need (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        from_stock integer NOT NULL CHECK (from_stock BETWEEN 0 AND quantity),
        score jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PROPOSED'
          CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
        decided_by uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decline_reason text CHECK (char_length(decline_reason) BETWEEN 1 AND 500),
        dispatch_id uuid REFERENCES dispatch (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ACCEPTED') = (dispatch_id IS NOT NULL)),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX item_proposal_live_key ON item_proposal (collection_point_id, need_id) WHERE status = 'PROPOSED'`,
    );
    await db.query(`CREATE INDEX item_proposal_need_idx ON item_proposal (need_id)`);
    await db.query(`CREATE INDEX item_proposal_run_idx ON item_proposal (run_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE item_proposal`);
    await db.query(`DROP TABLE matching_run`);
  }
}
