import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commitment 14's loop: needs posted by associations, offers and drop-off bookings by citizens, and the
 * collection points' stock ledger (append-only movements, one level per point and variant).
 */
export class CreateNeedsOffersAndStockLedger1795800000007 implements MigrationInterface {
  name = 'CreateNeedsOffersAndStockLedger1795800000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE collection_point
        ADD COLUMN drop_off_slot_minutes smallint NOT NULL DEFAULT 30 CHECK (drop_off_slot_minutes IN (15, 20, 30, 60)),
        ADD COLUMN drop_off_slot_capacity smallint NOT NULL DEFAULT 6 CHECK (drop_off_slot_capacity BETWEEN 1 AND 200)`);

    await db.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        variant_id uuid NOT NULL REFERENCES catalogue_variant (id),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
        district_code varchar(5) NOT NULL REFERENCES district (code),
        urgency text NOT NULL CHECK (urgency IN ('CRITICAL', 'HIGH', 'NORMAL')),
        deadline date,
        note text CHECK (char_length(note) <= 1000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX need_open_district_idx ON need (district_code, variant_id) WHERE status = 'OPEN'`,
    );
    await db.query(`CREATE INDEX need_organisation_idx ON need (organisation_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE drop_off_slot (
        collection_point_id uuid NOT NULL REFERENCES collection_point (id),
        starts_at timestamptz NOT NULL,
        capacity smallint NOT NULL CHECK (capacity > 0),
        booked smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (collection_point_id, starts_at),
        CONSTRAINT drop_off_slot_not_overbooked CHECK (booked BETWEEN 0 AND capacity)
      )`);
    await db.query(`
      CREATE TABLE drop_off_booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code char(6) NOT NULL UNIQUE CHECK (code ~ '^[A-HJ-NP-Z2-9]{6}$'),
        donor_id uuid NOT NULL REFERENCES app_user (id),
        collection_point_id uuid NOT NULL,
        slot_starts_at timestamptz NOT NULL,
        slot_ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'BOOKED' CHECK (status IN ('BOOKED', 'RECEIVED', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        received_at timestamptz,
        received_by uuid REFERENCES app_user (id),
        FOREIGN KEY (collection_point_id, slot_starts_at) REFERENCES drop_off_slot (collection_point_id, starts_at),
        CHECK (slot_starts_at < slot_ends_at),
        CHECK ((status = 'RECEIVED') = (received_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX drop_off_booking_point_day_idx ON drop_off_booking (collection_point_id, slot_starts_at)`,
    );
    await db.query(
      `CREATE INDEX drop_off_booking_donor_idx ON drop_off_booking (donor_id, slot_starts_at DESC)`,
    );

    await db.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        donor_id uuid NOT NULL REFERENCES app_user (id),
        need_id uuid REFERENCES need (id),
        variant_id uuid NOT NULL REFERENCES catalogue_variant (id),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
        condition text NOT NULL CHECK (condition IN ('NEW', 'LIKE_NEW', 'GOOD')),
        booking_id uuid REFERENCES drop_off_booking (id),
        status text NOT NULL DEFAULT 'OFFERED' CHECK (status IN ('OFFERED', 'RECEIVED', 'WITHDRAWN')),
        received_quantity integer CHECK (received_quantity >= 0),
        refused_quantity integer CHECK (refused_quantity >= 0),
        refusal_reason text CHECK (char_length(refusal_reason) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'RECEIVED') = (received_quantity IS NOT NULL AND refused_quantity IS NOT NULL)),
        CHECK (received_quantity + refused_quantity <= quantity),
        CHECK ((refused_quantity > 0) = (refusal_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX offer_donor_idx ON offer (donor_id, created_at DESC)`);
    await db.query(`CREATE INDEX offer_need_idx ON offer (need_id) WHERE need_id IS NOT NULL`);
    await db.query(`CREATE INDEX offer_booking_idx ON offer (booking_id) WHERE booking_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE stock_transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_point_id uuid NOT NULL REFERENCES collection_point (id),
        to_point_id uuid NOT NULL REFERENCES collection_point (id),
        status text NOT NULL DEFAULT 'IN_TRANSIT' CHECK (status IN ('IN_TRANSIT', 'RECEIVED')),
        note text CHECK (char_length(note) <= 500),
        sent_by uuid REFERENCES app_user (id),
        sent_at timestamptz NOT NULL DEFAULT now(),
        received_by uuid REFERENCES app_user (id),
        received_at timestamptz,
        CHECK (from_point_id <> to_point_id),
        CHECK ((status = 'RECEIVED') = (received_at IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE stock_transfer_line (
        transfer_id uuid NOT NULL REFERENCES stock_transfer (id),
        variant_id uuid NOT NULL REFERENCES catalogue_variant (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (transfer_id, variant_id)
      )`);

    await db.query(`
      CREATE TABLE dispatch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        collection_point_id uuid NOT NULL REFERENCES collection_point (id),
        need_id uuid NOT NULL REFERENCES need (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        status text NOT NULL DEFAULT 'DISPATCHED' CHECK (status IN ('DISPATCHED', 'DELIVERED')),
        dispatched_by uuid REFERENCES app_user (id),
        dispatched_at timestamptz NOT NULL DEFAULT now(),
        delivered_by uuid REFERENCES app_user (id),
        delivered_at timestamptz,
        CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX dispatch_need_idx ON dispatch (need_id)`);

    await db.query(`
      CREATE TABLE stock_level (
        collection_point_id uuid NOT NULL REFERENCES collection_point (id),
        variant_id uuid NOT NULL REFERENCES catalogue_variant (id),
        quantity integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collection_point_id, variant_id),
        CONSTRAINT stock_level_quantity_check CHECK (quantity >= 0)
      )`);
    await db.query(`
      CREATE TABLE stock_movement (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        collection_point_id uuid NOT NULL REFERENCES collection_point (id),
        variant_id uuid NOT NULL REFERENCES catalogue_variant (id),
        kind text NOT NULL CHECK (kind IN ('RECEIPT', 'DISPATCH', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT', 'WRITE_OFF')),
        quantity integer NOT NULL CHECK (quantity <> 0),
        actor_id uuid REFERENCES app_user (id),
        reason text CHECK (char_length(reason) <= 500),
        booking_id uuid REFERENCES drop_off_booking (id),
        offer_id uuid REFERENCES offer (id),
        dispatch_id uuid REFERENCES dispatch (id),
        transfer_id uuid REFERENCES stock_transfer (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE kind WHEN 'RECEIPT' THEN quantity > 0 WHEN 'TRANSFER_IN' THEN quantity > 0
                         WHEN 'ADJUSTMENT' THEN true ELSE quantity < 0 END),
        CHECK (kind NOT IN ('ADJUSTMENT', 'WRITE_OFF') OR reason IS NOT NULL),
        CHECK ((kind = 'DISPATCH') = (dispatch_id IS NOT NULL)),
        CHECK ((kind IN ('TRANSFER_OUT', 'TRANSFER_IN')) = (transfer_id IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX stock_movement_point_time_idx ON stock_movement (collection_point_id, created_at, id)`,
    );
    await db.query(
      `CREATE INDEX stock_movement_offer_idx ON stock_movement (offer_id) WHERE offer_id IS NOT NULL`,
    );
    await db.query(`
      CREATE FUNCTION stock_movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stock_movement is append-only: record a correcting movement instead'
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER stock_movement_no_update_or_delete BEFORE UPDATE OR DELETE ON stock_movement
      FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only()`);
    await db.query(`
      CREATE TRIGGER stock_movement_no_truncate BEFORE TRUNCATE ON stock_movement
      FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'stock_movement',
      'stock_level',
      'dispatch',
      'stock_transfer_line',
      'stock_transfer',
      'offer',
      'drop_off_booking',
      'drop_off_slot',
      'need',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION stock_movement_append_only()`);
    await db.query(
      `ALTER TABLE collection_point DROP COLUMN drop_off_slot_minutes, DROP COLUMN drop_off_slot_capacity`,
    );
  }
}
