import { MigrationInterface, QueryRunner } from 'typeorm';

const AGE_BANDS = `ARRAY['0-2', '3-5', '6-11', '12-17', '18-25', '26-59', '60+']`;

/**
 * Hosting at home (commitment 12): host offers and their verification, guest households referred by an
 * association (pseudonymous: an alias and age bands, never a legal name or a document), hosting proposals
 * written by matching runs, stays with their follow-up events, and the "Louez solidaire" rental units.
 */
export class CreateHosting1795800000009 implements MigrationInterface {
  name = 'CreateHosting1795800000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matching_run DROP CONSTRAINT matching_run_kind_check`);
    await db.query(
      `ALTER TABLE matching_run ADD CONSTRAINT matching_run_kind_check CHECK (kind IN ('ITEMS', 'HOSTING'))`,
    );
    await db.query(`ALTER TABLE matching_run DROP CONSTRAINT matching_run_trigger_check`);
    await db.query(
      `ALTER TABLE matching_run ADD CONSTRAINT matching_run_trigger_check CHECK (trigger IN ('MANUAL', 'SCHEDULE', 'STOCK', 'EVENT'))`,
    );
    await db.query(`
      CREATE TABLE host_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        host_id uuid NOT NULL REFERENCES app_user (id),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'WITHDRAWN')),
        paused boolean NOT NULL DEFAULT false,
        steps_done integer NOT NULL DEFAULT 0 CHECK (steps_done BETWEEN 0 AND 4),
        room_kind text CHECK (room_kind IN ('PRIVATE_ROOM', 'SHARED_ROOM', 'WHOLE_FLAT')),
        beds integer CHECK (beds BETWEEN 1 AND 12),
        district_code varchar(5) REFERENCES district (code),
        address text CHECK (char_length(address) BETWEEN 5 AND 300),
        available_from date,
        available_until date,
        min_stay_days integer CHECK (min_stay_days BETWEEN 1 AND 730),
        max_stay_days integer CHECK (max_stay_days BETWEEN 1 AND 730),
        languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 12),
        household_adults integer CHECK (household_adults BETWEEN 0 AND 12),
        household_children integer CHECK (household_children BETWEEN 0 AND 12),
        accepts_children boolean NOT NULL DEFAULT true,
        has_pets boolean NOT NULL DEFAULT false,
        smoking boolean NOT NULL DEFAULT false,
        step_free boolean NOT NULL DEFAULT false,
        house_rules text CHECK (char_length(house_rules) <= 1000),
        offers_meals boolean NOT NULL DEFAULT false,
        offers_french_help boolean NOT NULL DEFAULT false,
        other_support text CHECK (char_length(other_support) <= 500),
        verifier_organisation_id uuid REFERENCES organisation (id),
        home_visit_on date,
        visited_by text CHECK (char_length(visited_by) BETWEEN 2 AND 120),
        verified_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        verified_at timestamptz,
        rejection_reason text CHECK (char_length(rejection_reason) BETWEEN 1 AND 500),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (available_until IS NULL OR available_until > available_from),
        CHECK (max_stay_days IS NULL OR min_stay_days IS NULL OR max_stay_days >= min_stay_days),
        CHECK (status IN ('DRAFT', 'WITHDRAWN') OR (
          room_kind IS NOT NULL AND beds IS NOT NULL AND district_code IS NOT NULL AND address IS NOT NULL
          AND available_from IS NOT NULL AND min_stay_days IS NOT NULL AND max_stay_days IS NOT NULL
          AND household_adults IS NOT NULL AND household_children IS NOT NULL
          AND verifier_organisation_id IS NOT NULL AND submitted_at IS NOT NULL)),
        CHECK ((status = 'VERIFIED') = (verified_at IS NOT NULL AND home_visit_on IS NOT NULL AND visited_by IS NOT NULL)
               OR status = 'WITHDRAWN'),
        CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
        CHECK (status IN ('REJECTED', 'WITHDRAWN') OR rejection_reason IS NULL)
      )`);
    await db.query(`CREATE INDEX host_offer_host_idx ON host_offer (host_id)`);
    await db.query(`CREATE INDEX host_offer_verifier_idx ON host_offer (verifier_organisation_id, status)`);
    await db.query(`
      CREATE TABLE hosting_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        alias text NOT NULL CHECK (char_length(alias) BETWEEN 2 AND 60),
        age_bands text[] NOT NULL CHECK (cardinality(age_bands) BETWEEN 1 AND 12 AND age_bands <@ ${AGE_BANDS}),
        languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 12),
        legal_status text NOT NULL CHECK (legal_status IN ('ASYLUM_SEEKER', 'REFUGEE')),
        needs_step_free boolean NOT NULL DEFAULT false,
        cannot_live_with_pets boolean NOT NULL DEFAULT false,
        needed_from date NOT NULL,
        minimum_days integer NOT NULL CHECK (minimum_days BETWEEN 1 AND 730),
        desired_days integer NOT NULL CHECK (desired_days BETWEEN 1 AND 730),
        preferred_districts varchar(5)[] NOT NULL DEFAULT '{}',
        needs text CHECK (char_length(needs) <= 1000),
        urgent boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'HOSTED', 'CLOSED')),
        close_reason text CHECK (char_length(close_reason) BETWEEN 1 AND 500),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (desired_days >= minimum_days),
        CHECK ((status = 'CLOSED') = (close_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX hosting_request_organisation_idx ON hosting_request (organisation_id, status)`,
    );
    await db.query(`
      CREATE TABLE hosting_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES matching_run (id),
        host_offer_id uuid NOT NULL REFERENCES host_offer (id),
        hosting_request_id uuid NOT NULL REFERENCES hosting_request (id) ON DELETE CASCADE,
        score jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PROPOSED'
          CHECK (status IN ('PROPOSED', 'FORWARDED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
        forwarded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        forwarded_at timestamptz,
        accepted_at timestamptz,
        declined_by_side text CHECK (declined_by_side IN ('ASSOCIATION', 'HOST')),
        decline_reason text CHECK (char_length(decline_reason) BETWEEN 1 AND 500),
        decided_at timestamptz,
        meeting_at timestamptz,
        meeting_place text CHECK (char_length(meeting_place) BETWEEN 2 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL AND declined_by_side IS NOT NULL)),
        CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL)),
        CHECK (status IN ('PROPOSED', 'EXPIRED') OR forwarded_at IS NOT NULL OR declined_by_side = 'ASSOCIATION'),
        CHECK ((meeting_at IS NULL) = (meeting_place IS NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX hosting_proposal_live_key ON hosting_proposal (host_offer_id, hosting_request_id)
       WHERE status IN ('PROPOSED', 'FORWARDED')`,
    );
    // One household is forwarded to one host at a time.
    await db.query(
      `CREATE UNIQUE INDEX hosting_proposal_forwarded_key ON hosting_proposal (hosting_request_id)
       WHERE status = 'FORWARDED'`,
    );
    await db.query(
      `CREATE INDEX hosting_proposal_request_idx ON hosting_proposal (hosting_request_id, status)`,
    );
    await db.query(`CREATE INDEX hosting_proposal_offer_idx ON hosting_proposal (host_offer_id, status)`);
    await db.query(`
      CREATE TABLE stay (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL UNIQUE REFERENCES hosting_proposal (id),
        host_offer_id uuid NOT NULL REFERENCES host_offer (id),
        hosting_request_id uuid NOT NULL REFERENCES hosting_request (id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        planned_end_on date NOT NULL,
        agreement_signed_on date NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
        ended_on date,
        ended_by_side text CHECK (ended_by_side IN ('ASSOCIATION', 'HOST')),
        end_reason text CHECK (char_length(end_reason) BETWEEN 1 AND 500),
        ended_early boolean,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (planned_end_on > starts_on),
        CHECK (agreement_signed_on <= starts_on),
        CHECK ((status = 'ENDED') = (ended_on IS NOT NULL AND ended_by_side IS NOT NULL AND end_reason IS NOT NULL
                                     AND ended_early IS NOT NULL)),
        CHECK (ended_on IS NULL OR ended_on >= starts_on)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX stay_active_host_key ON stay (host_offer_id) WHERE status = 'ACTIVE'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX stay_active_request_key ON stay (hosting_request_id) WHERE status = 'ACTIVE'`,
    );
    await db.query(`
      CREATE TABLE stay_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        stay_id uuid NOT NULL REFERENCES stay (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('STARTED', 'CHECK_IN', 'INCIDENT', 'EXTENSION', 'ENDED')),
        occurred_on date NOT NULL,
        note text CHECK (char_length(note) <= 1000),
        severity text CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
        new_end_on date,
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'INCIDENT') = (severity IS NOT NULL)),
        CHECK ((kind = 'EXTENSION') = (new_end_on IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX stay_event_stay_idx ON stay_event (stay_id, occurred_on, created_at)`);
    await db.query(`
      CREATE TABLE rental_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES app_user (id),
        district_code varchar(5) NOT NULL REFERENCES district (code),
        address text NOT NULL CHECK (char_length(address) BETWEEN 5 AND 300),
        surface_m2 integer NOT NULL CHECK (surface_m2 BETWEEN 9 AND 400),
        rooms integer NOT NULL CHECK (rooms BETWEEN 1 AND 12),
        available_from date NOT NULL,
        description text CHECK (char_length(description) <= 1000),
        status text NOT NULL DEFAULT 'AVAILABLE' CHECK (status IN ('AVAILABLE', 'TAKEN_ON', 'LET', 'WITHDRAWN')),
        operator_organisation_id uuid REFERENCES organisation (id),
        taken_on_at timestamptz,
        let_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('TAKEN_ON', 'LET')) = (operator_organisation_id IS NOT NULL AND taken_on_at IS NOT NULL)
               OR status = 'WITHDRAWN'),
        CHECK ((status = 'LET') = (let_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX rental_unit_district_idx ON rental_unit (district_code, status)`);
    await db.query(`
      CREATE TABLE rental_unit_decline (
        rental_unit_id uuid NOT NULL REFERENCES rental_unit (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        declined_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        declined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (rental_unit_id, organisation_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'rental_unit_decline',
      'rental_unit',
      'stay_event',
      'stay',
      'hosting_proposal',
      'hosting_request',
      'host_offer',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DELETE FROM matching_run WHERE kind = 'HOSTING' OR trigger = 'EVENT'`);
    await db.query(`ALTER TABLE matching_run DROP CONSTRAINT matching_run_trigger_check`);
    await db.query(
      `ALTER TABLE matching_run ADD CONSTRAINT matching_run_trigger_check CHECK (trigger IN ('MANUAL', 'SCHEDULE', 'STOCK'))`,
    );
    await db.query(`ALTER TABLE matching_run DROP CONSTRAINT matching_run_kind_check`);
    await db.query(
      `ALTER TABLE matching_run ADD CONSTRAINT matching_run_kind_check CHECK (kind IN ('ITEMS'))`,
    );
  }
}
