import { MigrationInterface, QueryRunner } from 'typeorm';

const INITIATIVE_KINDS = `'WELCOME', 'LANGUAGE', 'EDUCATION', 'HEALTH', 'EMPLOYMENT', 'SPORT_CULTURE', 'HOUSING', 'OTHER'`;
const APPEND_ONLY_TABLES = [
  'ledger_transaction',
  'ledger_entry',
  'funding_round',
  'funding_round_initiative',
  'funding_round_allocation',
];

/**
 * The common fund (commitment 13): civic initiatives, donations through Stripe, sponsors' matching pledges,
 * grants and contact requests, quadratic-funding rounds, payouts, and a double-entry ledger in integer
 * cents whose transactions must sum to zero (checked at commit) and can never be edited.
 */
export class CreateFunding1795800000011 implements MigrationInterface {
  name = 'CreateFunding1795800000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        -- A citizens' collective sponsored by the association carries the project.
        collective_name text CHECK (char_length(collective_name) BETWEEN 2 AND 160),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 140),
        description text NOT NULL CHECK (char_length(description) BETWEEN 10 AND 5000),
        kind text NOT NULL CHECK (kind IN (${INITIATIVE_KINDS})),
        district_codes varchar(5)[] NOT NULL CHECK (cardinality(district_codes) BETWEEN 1 AND 20),
        budget_cents bigint NOT NULL CHECK (budget_cents BETWEEN 10000 AND 100000000),
        deadline date NOT NULL,
        status text NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CLOSED')),
        rejection_reason text CHECK (char_length(rejection_reason) <= 1000),
        decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz,
        submitted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
        CHECK ((status = 'SUBMITTED') = (decided_at IS NULL))
      )`);
    await db.query(`CREATE INDEX initiative_status_idx ON initiative (status, created_at)`);
    await db.query(`CREATE INDEX initiative_organisation_idx ON initiative (organisation_id)`);
    await db.query(`
      CREATE TABLE initiative_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        body text NOT NULL CHECK (char_length(body) BETWEEN 2 AND 5000),
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX initiative_update_idx ON initiative_update (initiative_id, created_at)`);

    await db.query(`
      CREATE TABLE ledger_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE
          CHECK (code ~ '^(stripe-clearing|pool|(initiative|sponsor|matching|payout):[0-9a-f-]{36})$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO ledger_account (code) VALUES ('stripe-clearing'), ('pool')`);
    await db.query(`
      CREATE TABLE ledger_transaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('DONATION', 'REFUND', 'PLEDGE', 'SPONSOR_GRANT',
          'ROUND_MATCHING', 'ROUND_POOL', 'PAYOUT')),
        -- What the transaction is about (e.g. "payment:<id>"); one transaction per kind and reference.
        reference text NOT NULL,
        memo text CHECK (char_length(memo) <= 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, reference)
      )`);
    await db.query(`
      CREATE TABLE ledger_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES ledger_transaction (id),
        account_id uuid NOT NULL REFERENCES ledger_account (id),
        amount_cents bigint NOT NULL CHECK (amount_cents <> 0)
      )`);
    await db.query(`CREATE INDEX ledger_entry_transaction_idx ON ledger_entry (transaction_id)`);
    await db.query(`CREATE INDEX ledger_entry_account_idx ON ledger_entry (account_id, transaction_id)`);
    await db.query(`
      CREATE FUNCTION ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        entries integer;
        total bigint;
      BEGIN
        SELECT count(*), coalesce(sum(amount_cents), 0) INTO entries, total
        FROM ledger_entry WHERE transaction_id = NEW.id;
        IF entries < 2 OR total <> 0 THEN
          RAISE EXCEPTION 'ledger transaction % must have two or more entries summing to zero (% entries, sum %)',
            NEW.id, entries, total USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION ledger_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        total bigint;
      BEGIN
        SELECT sum(amount_cents) INTO total FROM ledger_entry WHERE transaction_id = NEW.transaction_id;
        IF total <> 0 THEN
          RAISE EXCEPTION 'ledger transaction % does not sum to zero (sum %)', NEW.transaction_id, total
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    // Checked at commit, once every entry of the transaction is in.
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_transaction_balanced AFTER INSERT ON ledger_transaction
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balances()`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balances()`);

    await db.query(`
      CREATE TABLE donation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        donor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        -- No initiative: a donation to the common fund.
        initiative_id uuid REFERENCES initiative (id),
        amount_cents bigint NOT NULL CHECK (amount_cents BETWEEN 200 AND 1000000),
        currency text NOT NULL DEFAULT 'eur' CHECK (currency = 'eur'),
        frequency text NOT NULL CHECK (frequency IN ('ONE_OFF', 'MONTHLY')),
        anonymous boolean NOT NULL DEFAULT false,
        -- For the tax receipt; erased with the donor's account.
        donor_name text CHECK (char_length(donor_name) <= 160),
        donor_email text CHECK (char_length(donor_email) <= 320),
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'PAID', 'ACTIVE', 'FAILED', 'CANCELLED', 'REFUNDED')),
        failure_reason text CHECK (char_length(failure_reason) <= 300),
        checkout_session_id text UNIQUE,
        stripe_subscription_id text UNIQUE,
        test_mode boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX donation_donor_idx ON donation (donor_id, created_at)`);
    await db.query(`CREATE INDEX donation_initiative_idx ON donation (initiative_id)`);
    await db.query(`
      CREATE TABLE donation_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        donation_id uuid NOT NULL REFERENCES donation (id),
        payment_intent_id text UNIQUE,
        invoice_id text UNIQUE,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        refunded_cents bigint NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0 AND refunded_cents <= amount_cents),
        receipt_number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        paid_at timestamptz NOT NULL,
        CHECK (payment_intent_id IS NOT NULL OR invoice_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX donation_payment_donation_idx ON donation_payment (donation_id, paid_at)`);
    await db.query(`CREATE INDEX donation_payment_paid_idx ON donation_payment (paid_at)`);
    await db.query(`
      CREATE TABLE stripe_event (
        id text PRIMARY KEY,
        type text NOT NULL,
        stripe_created timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL CHECK (outcome IN ('PROCESSED', 'IGNORED', 'REJECTED', 'DEFERRED')),
        detail text,
        -- A refund that came before its payment waits under the payment intent's id.
        deferred_key text,
        payload jsonb NOT NULL
      )`);
    await db.query(
      `CREATE INDEX stripe_event_deferred_idx ON stripe_event (deferred_key) WHERE outcome = 'DEFERRED'`,
    );
    await db.query(`CREATE INDEX stripe_event_received_idx ON stripe_event (received_at)`);

    await db.query(`
      CREATE TABLE sponsor_pledge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        amount_cents bigint NOT NULL CHECK (amount_cents BETWEEN 10000 AND 1000000000),
        period_start date NOT NULL,
        period_end date NOT NULL,
        district_codes varchar(5)[] NOT NULL DEFAULT '{}',
        initiative_kinds text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start)
      )`);
    await db.query(`
      CREATE TABLE sponsor_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        amount_cents bigint NOT NULL CHECK (amount_cents BETWEEN 100 AND 100000000),
        note text CHECK (char_length(note) <= 500),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE sponsor_contact_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        message text NOT NULL CHECK (char_length(message) BETWEEN 10 AND 2000),
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')),
        decline_reason text CHECK (char_length(decline_reason) <= 1000),
        requested_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'REQUESTED') = (decided_at IS NULL))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX sponsor_contact_request_open_idx ON sponsor_contact_request (organisation_id, initiative_id)
      WHERE status = 'REQUESTED'`);

    await db.query(`
      CREATE TABLE funding_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE CHECK (number > 0),
        contributions_from timestamptz,
        contributions_until timestamptz NOT NULL,
        max_share_bps integer CHECK (max_share_bps BETWEEN 1 AND 10000),
        matched_cents bigint NOT NULL CHECK (matched_cents >= 0),
        pool_cents bigint NOT NULL CHECK (pool_cents >= 0),
        unallocated_matching_cents bigint NOT NULL,
        unallocated_pool_cents bigint NOT NULL,
        published_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE funding_round_initiative (
        round_id uuid NOT NULL REFERENCES funding_round (id),
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        donors_count integer NOT NULL,
        contributions_cents bigint NOT NULL,
        sqrt_sum double precision NOT NULL,
        raw_match_cents bigint NOT NULL,
        matched_cents bigint NOT NULL,
        pool_cents bigint NOT NULL,
        PRIMARY KEY (round_id, initiative_id)
      )`);
    await db.query(`
      CREATE TABLE funding_round_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES funding_round (id),
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        source text NOT NULL CHECK (source IN ('MATCHING', 'POOL')),
        pledge_id uuid REFERENCES sponsor_pledge (id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        CHECK ((source = 'MATCHING') = (pledge_id IS NOT NULL))
      )`);
    // The round that counted a payment's donor for matching: each payment counts in one round at most.
    await db.query(
      `ALTER TABLE donation_payment ADD COLUMN matched_in_round uuid REFERENCES funding_round (id)`,
    );
    await db.query(
      `CREATE INDEX donation_payment_unmatched_idx ON donation_payment (donation_id) WHERE matched_in_round IS NULL`,
    );
    await db.query(`
      CREATE TABLE payout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        bank_reference text NOT NULL CHECK (char_length(bank_reference) BETWEEN 4 AND 140),
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE FUNCTION funding_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: record a correcting transaction instead', TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION funding_append_only()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION funding_append_only()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'payout',
      'donation_payment',
      'funding_round_allocation',
      'funding_round_initiative',
      'funding_round',
      'sponsor_contact_request',
      'sponsor_grant',
      'sponsor_pledge',
      'stripe_event',
      'donation',
      'ledger_entry',
      'ledger_transaction',
      'ledger_account',
      'initiative_update',
      'initiative',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION funding_append_only, ledger_entry_balances, ledger_transaction_balances`);
  }
}
