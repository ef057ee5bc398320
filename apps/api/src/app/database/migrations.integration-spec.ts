import { migrateDatabase, MIGRATIONS } from '@entraide/api-core';
import { createTestDatabase, TestDatabase } from '@entraide/api-testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

describe('migrations', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('are all applied to the template, so a second run applies nothing', async () => {
    expect(await migrateDatabase(database.url)).toEqual({ applied: [] });
    const { rows } = await client.query('SELECT name FROM typeorm_migration ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('seed the 20 arrondissements, their symmetric neighbours and distances', async () => {
    const count = async (sql: string) => Number((await client.query(sql)).rows[0].count);
    expect(await count('SELECT count(*) FROM district')).toBe(20);
    expect(await count('SELECT count(*) FROM district_neighbour')).toBe(2 * 46);
    expect(
      await count(`SELECT count(*) FROM district_neighbour n
                   WHERE NOT EXISTS (SELECT 1 FROM district_neighbour m
                                     WHERE m.district_code = n.neighbour_code AND m.neighbour_code = n.district_code)`),
    ).toBe(0);
    expect(await count('SELECT count(*) FROM district_distance')).toBe(400);
    const { rows } = await client.query(
      `SELECT km FROM district_distance WHERE (from_code, to_code) IN (('75001', '75002'), ('75012', '75016'))
       ORDER BY km`,
    );
    expect(rows.map((row) => Number(row.km))).toEqual([0.79, 12]);
  });

  it('give every arrondissement a collection point, 1–4 sharing Paris Centre', async () => {
    const { rows } = await client.query(`
      SELECT d.code, array_agg(p.code) AS points
      FROM district d
      LEFT JOIN collection_point_district s ON s.district_code = d.code
      LEFT JOIN collection_point p ON p.id = s.collection_point_id
      GROUP BY d.code ORDER BY d.code`);
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row.points).toHaveLength(1);
    expect(rows.slice(0, 4).map((row) => row.points[0])).toEqual(Array(4).fill('p-paris-centre'));
    expect(rows[17].points[0]).toBe('p-75018');
    expect(Number((await client.query('SELECT count(*) FROM collection_point')).rows[0].count)).toBe(17);
  });

  it('seed the ten priority items of commitment 14, each with variants', async () => {
    const { rows } = await client.query(`
      SELECT i.code, count(v.id)::int AS variants
      FROM catalogue_item i JOIN catalogue_variant v ON v.item_id = i.id
      GROUP BY i.code, i.sort_order ORDER BY i.sort_order`);
    expect(rows.map((row) => row.code).sort()).toEqual(
      [
        'backpack',
        'bath-towel',
        'belt',
        'hygiene-kit',
        'nail-clippers',
        'phone-card',
        'shoes',
        'socks',
        'toiletry-bag',
        'underwear',
      ].sort(),
    );
    expect(rows.find((row) => row.code === 'shoes').variants).toBe(17);
  });

  it('enforce the reference data invariants in the database', async () => {
    await expect(client.query(`INSERT INTO district_neighbour VALUES ('75001', '75001')`)).rejects.toThrow(
      /check constraint/,
    );
    await expect(
      client.query(`UPDATE collection_point_opening_slot SET closes_at = opens_at WHERE weekday = 1`),
    ).rejects.toThrow(/check constraint/);
    await expect(client.query(`UPDATE catalogue_item SET priority = 'URGENT'`)).rejects.toThrow(
      /check constraint/,
    );
  });

  it('can be reverted and re-applied', async () => {
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: MIGRATIONS,
      migrationsTableName: 'typeorm_migration',
    });
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      expect((await client.query(`SELECT to_regclass('district') AS t`)).rows[0].t).toBeNull();
    } finally {
      await dataSource.destroy();
    }
    expect((await migrateDatabase(database.url)).applied).toHaveLength(MIGRATIONS.length);
    expect(Number((await client.query('SELECT count(*) FROM district')).rows[0].count)).toBe(20);
  });
});
