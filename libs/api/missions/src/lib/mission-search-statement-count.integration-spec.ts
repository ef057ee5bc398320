import { IdentityModule } from '@entraide/api-identity';
import { createTestApp, TestApp, TestWorld } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { MissionsModule } from './missions.module';

/** What the mission search page asks for each mission: its organisation, languages and shifts. */
const MISSION_SEARCH = `query MissionSearch($search: MissionSearchInput) {
  missions(search: $search) {
    total totalCapped
    missions {
      id title kind districtCode schedule weeklySlot responseHours createdAt
      languages { code level }
      organisation { id name }
      shifts { id startsAt endsAt capacity accepted remaining }
    }
  }
}`;

describe('the mission search', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, MissionsModule] });
    const world = new TestWorld(api);
    const associations = [await world.association(), await world.association(), await world.association()];
    // 60 missions from three associations, each with two shifts to come.
    await world.sql(
      `INSERT INTO mission (organisation_id, title, description, kind, languages, language_codes, district_code,
         schedule, contact_name, contact_email, open_until, created_at)
       SELECT ($1::uuid[])[1 + i % 3], 'Cours de français ' || i, 'Conversation en petits groupes, niveau débutant.',
              'FRENCH_LESSONS', '[{"code": "ar", "level": "B1"}]', '{ar}', '75019', 'SHIFTS', 'Awa',
              'cours@example.org', now() + interval '3 days', now() - i * interval '1 minute'
       FROM generate_series(1, 60) AS i`,
      [associations.map((association) => association.id)],
    );
    await world.sql(
      `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity)
       SELECT id, now() + k * interval '1 day', now() + k * interval '1 day' + interval '2 hours', 4
       FROM mission, generate_series(1, 2) AS k`,
    );
  });

  afterAll(() => api.close());

  /** The SQL statements the API sends to PostgreSQL while it answers one search. */
  async function statementsFor(first: number): Promise<{ statements: number; missions: number }> {
    const logQuery = jest.spyOn(api.app.get(DataSource).logger, 'logQuery');
    try {
      const response = await api.graphql<{ missions: { missions: unknown[] } }>(MISSION_SEARCH, {
        search: { text: 'français', first },
      });
      expect(response.errors).toBeUndefined();
      return { statements: logQuery.mock.calls.length, missions: response.data!.missions.missions.length };
    } finally {
      logQuery.mockRestore();
    }
  }

  it('costs the same few SQL statements for 5 missions as for 50, with their organisation and shifts', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);

    expect(five.missions).toBe(5);
    expect(fifty.missions).toBe(50);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(2);
  });
});
