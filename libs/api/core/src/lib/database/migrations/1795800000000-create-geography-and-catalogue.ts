import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGeographyAndCatalogue1795800000000 implements MigrationInterface {
  name = 'CreateGeographyAndCatalogue1795800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE district (
        code varchar(5) PRIMARY KEY CHECK (code ~ '^750(0[1-9]|1[0-9]|20)$'),
        insee varchar(5) NOT NULL UNIQUE CHECK (insee ~ '^751[0-9]{2}$'),
        number smallint NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 20),
        name text NOT NULL CHECK (name <> ''),
        centroid_lat double precision NOT NULL CHECK (centroid_lat BETWEEN -90 AND 90),
        centroid_lon double precision NOT NULL CHECK (centroid_lon BETWEEN -180 AND 180),
        area_km2 numeric(7, 3) NOT NULL CHECK (area_km2 > 0)
      )`);
    await db.query(`
      CREATE TABLE district_neighbour (
        district_code varchar(5) NOT NULL REFERENCES district (code),
        neighbour_code varchar(5) NOT NULL REFERENCES district (code),
        PRIMARY KEY (district_code, neighbour_code),
        CHECK (district_code <> neighbour_code)
      )`);
    await db.query(`
      CREATE TABLE district_distance (
        from_code varchar(5) NOT NULL REFERENCES district (code),
        to_code varchar(5) NOT NULL REFERENCES district (code),
        km numeric(6, 2) NOT NULL CHECK (km >= 0),
        PRIMARY KEY (from_code, to_code),
        CHECK ((from_code = to_code) = (km = 0))
      )`);
    await db.query(`
      CREATE TABLE collection_point (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^p-[a-z0-9-]+$'),
        name text NOT NULL CHECK (name <> ''),
        address text NOT NULL CHECK (address <> ''),
        district_code varchar(5) NOT NULL REFERENCES district (code),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE collection_point_district (
        collection_point_id uuid NOT NULL REFERENCES collection_point (id) ON DELETE CASCADE,
        district_code varchar(5) NOT NULL REFERENCES district (code),
        PRIMARY KEY (collection_point_id, district_code)
      )`);
    await db.query(
      `CREATE INDEX collection_point_district_district_idx ON collection_point_district (district_code)`,
    );
    await db.query(`
      CREATE TABLE collection_point_opening_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        collection_point_id uuid NOT NULL REFERENCES collection_point (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        CHECK (opens_at < closes_at),
        UNIQUE (collection_point_id, weekday, opens_at)
      )`);
    await db.query(
      `COMMENT ON COLUMN collection_point_opening_slot.weekday IS 'ISO weekday: 1 = Monday … 7 = Sunday'`,
    );
    await db.query(`
      CREATE TABLE catalogue_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
        name_fr text NOT NULL CHECK (name_fr <> ''),
        name_en text NOT NULL CHECK (name_en <> ''),
        priority text NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
        sort_order smallint NOT NULL UNIQUE
      )`);
    await db.query(`
      CREATE TABLE catalogue_variant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES catalogue_item (id),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+/[a-z0-9-]+$'),
        label_fr text NOT NULL CHECK (label_fr <> ''),
        label_en text NOT NULL CHECK (label_en <> ''),
        audience text NOT NULL CHECK (audience IN ('WOMEN', 'MEN', 'CHILDREN', 'ANYONE')),
        sort_order smallint NOT NULL,
        UNIQUE (item_id, sort_order)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'catalogue_variant',
      'catalogue_item',
      'collection_point_opening_slot',
      'collection_point_district',
      'collection_point',
      'district_distance',
      'district_neighbour',
      'district',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
