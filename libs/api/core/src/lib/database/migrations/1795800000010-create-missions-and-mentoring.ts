import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'FRENCH_LESSONS', 'ADMIN_HELP', 'INTERPRETING', 'SORTING', 'SPORT_CULTURE', 'SCHOOL_SUPPORT', 'OTHER'`;
const SLOTS = `ARRAY[${['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
  .flatMap((day) => ['MORNING', 'AFTERNOON', 'EVENING'].map((part) => `'${day}_${part}'`))
  .join(', ')}]`;

/**
 * Volunteer missions (commitments 4, 8, 9, 11): missions with one-off shifts or a weekly slot, searched in
 * French and English (a text-search configuration that ignores accents), volunteer profiles, applications
 * with the association's decisions and vetting, attendance and hours, shift reminders; and mentoring pairs
 * with their sessions (the person mentored known by an alias only).
 */
export class CreateMissionsAndMentoring1795800000010 implements MigrationInterface {
  name = 'CreateMissionsAndMentoring1795800000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    for (const [name, base] of [
      ['entraide_fr', 'french'],
      ['entraide_en', 'english'],
    ]) {
      await db.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base})`);
      await db.query(
        `ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${base}_stem`,
      );
    }
    await db.query(`
      CREATE TABLE mission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 140),
        description text NOT NULL CHECK (char_length(description) BETWEEN 10 AND 5000),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        skills text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skills) <= 20),
        languages jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(languages) = 'array'),
        language_codes text[] NOT NULL DEFAULT '{}',
        district_code varchar(5) REFERENCES district (code),
        remote boolean NOT NULL DEFAULT false,
        schedule text NOT NULL CHECK (schedule IN ('SHIFTS', 'WEEKLY')),
        weekly_slot text CHECK (weekly_slot = ANY (${SLOTS})),
        weekly_starts time,
        weekly_ends time,
        minimum_commitment text CHECK (char_length(minimum_commitment) <= 200),
        contact_name text NOT NULL CHECK (char_length(contact_name) BETWEEN 2 AND 120),
        contact_email text NOT NULL CHECK (contact_email LIKE '%_@_%._%'),
        restricted boolean NOT NULL DEFAULT false,
        for_solidarity_reserve boolean NOT NULL DEFAULT false,
        for_civic_service boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PUBLISHED', 'CLOSED')),
        -- When the last shift ends (missions with shifts), so that searches need not look at the shifts.
        open_until timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('entraide_fr'::regconfig, title), 'A') ||
          setweight(to_tsvector('entraide_fr'::regconfig, description), 'B') ||
          setweight(to_tsvector('entraide_en'::regconfig, title), 'A') ||
          setweight(to_tsvector('entraide_en'::regconfig, description), 'B')) STORED,
        CHECK (remote OR district_code IS NOT NULL),
        CHECK ((schedule = 'WEEKLY') = (weekly_slot IS NOT NULL AND weekly_starts IS NOT NULL AND weekly_ends IS NOT NULL)),
        CHECK (weekly_ends IS NULL OR weekly_ends > weekly_starts)
      )`);
    await db.query(`CREATE INDEX mission_search_idx ON mission USING gin (search)`);
    await db.query(`CREATE INDEX mission_languages_idx ON mission USING gin (language_codes)`);
    await db.query(`CREATE INDEX mission_open_idx ON mission (status, kind, district_code)`);
    await db.query(`CREATE INDEX mission_organisation_idx ON mission (organisation_id, status)`);
    await db.query(
      `CREATE INDEX mission_newest_idx ON mission (created_at DESC, id) WHERE status = 'PUBLISHED'`,
    );
    await db.query(`
      CREATE TABLE mission_shift (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mission_id uuid NOT NULL REFERENCES mission (id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
        accepted integer NOT NULL DEFAULT 0,
        half_day text NOT NULL GENERATED ALWAYS AS (
          (ARRAY['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'])[extract(isodow FROM timezone('Europe/Paris', starts_at))::int]
          || CASE WHEN extract(hour FROM timezone('Europe/Paris', starts_at)) < 12 THEN '_MORNING'
                  WHEN extract(hour FROM timezone('Europe/Paris', starts_at)) < 18 THEN '_AFTERNOON'
                  ELSE '_EVENING' END) STORED,
        CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'),
        CHECK (accepted BETWEEN 0 AND capacity)
      )`);
    await db.query(`CREATE INDEX mission_shift_mission_idx ON mission_shift (mission_id, starts_at)`);
    await db.query(`CREATE INDEX mission_shift_starts_idx ON mission_shift (starts_at)`);
    await db.query(`
      CREATE TABLE volunteer_profile (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        skills text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skills) <= 30),
        languages jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(languages) = 'array'),
        availability text[] NOT NULL DEFAULT '{}' CHECK (availability <@ ${SLOTS}),
        districts varchar(5)[] NOT NULL DEFAULT '{}',
        max_hours_per_week integer NOT NULL DEFAULT 4 CHECK (max_hours_per_week BETWEEN 1 AND 60),
        solidarity_reserve boolean NOT NULL DEFAULT false,
        civic_service boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE mission_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mission_id uuid NOT NULL REFERENCES mission (id) ON DELETE CASCADE,
        shift_id uuid REFERENCES mission_shift (id) ON DELETE CASCADE,
        volunteer_id uuid NOT NULL REFERENCES app_user (id),
        message text CHECK (char_length(message) <= 1000),
        status text NOT NULL DEFAULT 'APPLIED'
          CHECK (status IN ('APPLIED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'WITHDRAWN')),
        decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz,
        decline_reason text CHECK (char_length(decline_reason) <= 500),
        reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('APPLIED', 'WITHDRAWN')) = (decided_at IS NULL) OR status = 'WITHDRAWN')
      )`);
    await db.query(
      `CREATE UNIQUE INDEX mission_application_once_key ON mission_application
         (mission_id, coalesce(shift_id, '00000000-0000-0000-0000-000000000000'::uuid), volunteer_id)
       WHERE status <> 'WITHDRAWN'`,
    );
    await db.query(`CREATE INDEX mission_application_volunteer_idx ON mission_application (volunteer_id)`);
    await db.query(
      `CREATE INDEX mission_application_mission_idx ON mission_application (mission_id, status)`,
    );
    await db.query(`
      CREATE TABLE volunteer_vetting (
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        volunteer_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        checked_on date NOT NULL,
        checked_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        what text NOT NULL CHECK (char_length(what) BETWEEN 3 AND 200),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, volunteer_id)
      )`);
    await db.query(
      `COMMENT ON TABLE volunteer_vetting IS 'That a check was made (date, by whom, what was seen); never the document itself'`,
    );
    await db.query(`
      CREATE TABLE attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES mission_application (id) ON DELETE CASCADE,
        occurred_on date NOT NULL,
        present boolean NOT NULL,
        hours numeric(4, 2) NOT NULL CHECK (hours >= 0 AND hours <= 24),
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (present OR hours = 0),
        UNIQUE (application_id, occurred_on)
      )`);
    await db.query(`
      CREATE TABLE mentoring_pair (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        mentor_id uuid NOT NULL REFERENCES app_user (id),
        mentee_alias text NOT NULL CHECK (char_length(mentee_alias) BETWEEN 2 AND 60),
        goals text[] NOT NULL CHECK (cardinality(goals) BETWEEN 1 AND 5 AND goals <@
          ARRAY['ASYLUM_APPLICATION', 'FAMILY_ALLOWANCE_RSA', 'HOUSING_APPLICATION', 'UNIVERSITY_ENROLMENT', 'JOB_SEARCH']),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
        outcome text CHECK (char_length(outcome) BETWEEN 1 AND 1000),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX mentoring_pair_organisation_idx ON mentoring_pair (organisation_id)`);
    await db.query(`CREATE INDEX mentoring_pair_mentor_idx ON mentoring_pair (mentor_id)`);
    await db.query(`
      CREATE TABLE mentoring_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pair_id uuid NOT NULL REFERENCES mentoring_pair (id) ON DELETE CASCADE,
        occurred_on date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 5 AND 600),
        topic text NOT NULL CHECK (char_length(topic) BETWEEN 2 AND 200),
        next_step text CHECK (char_length(next_step) <= 500),
        logged_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX mentoring_session_pair_idx ON mentoring_session (pair_id, occurred_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'mentoring_session',
      'mentoring_pair',
      'attendance',
      'volunteer_vetting',
      'mission_application',
      'volunteer_profile',
      'mission_shift',
      'mission',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP TEXT SEARCH CONFIGURATION entraide_en`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION entraide_fr`);
    await db.query(`DROP EXTENSION unaccent`);
  }
}
