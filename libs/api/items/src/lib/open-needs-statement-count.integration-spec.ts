import { CatalogueModule } from '@entraide/api-catalogue';
import { GeographyModule } from '@entraide/api-geography';
import { IdentityModule } from '@entraide/api-identity';
import { StockModule } from '@entraide/api-stock';
import { createTestApp, TestApp, TestWorld } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { ItemsModule } from './items.module';

/** What the public needs page asks for each need: its organisation, item, variant and progress. */
const OPEN_NEEDS = `query OpenNeeds($filter: NeedFilterInput, $first: Int!, $lang: Language!) {
  openNeeds(filter: $filter, first: $first) {
    id quantity urgency deadline districtCode status note createdAt
    item { id code name(lang: $lang) }
    variant { id code label(lang: $lang) }
    organisation { id name }
    progress { coverage offered received dispatched delivered remaining }
  }
}`;

describe('the public needs list', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule, GeographyModule, CatalogueModule, StockModule, ItemsModule],
    });
    const world = new TestWorld(api);
    const associations = [await world.association(), await world.association(), await world.association()];
    const citizen = await world.person('Camille');
    // 60 needs in the 18th, from three associations, over many variants, with offers and dispatches.
    await world.sql(
      `WITH variants AS (SELECT array_agg(id ORDER BY code) AS ids FROM catalogue_variant)
       INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency)
       SELECT ($1::uuid[])[1 + i % 3], variants.ids[1 + i % cardinality(variants.ids)], 20, '75018',
              (ARRAY['CRITICAL', 'HIGH', 'NORMAL'])[1 + i % 3]
       FROM generate_series(1, 60) AS i, variants`,
      [associations.map((association) => association.id)],
    );
    await world.sql(
      `INSERT INTO offer (donor_id, need_id, variant_id, quantity, condition)
       SELECT $1, id, variant_id, 2, 'GOOD' FROM need`,
      [citizen.id],
    );
    await world.sql(
      `INSERT INTO dispatch (collection_point_id, need_id, quantity)
       SELECT (SELECT id FROM collection_point WHERE code = 'p-75018'), id, 5 FROM need`,
    );
  });

  afterAll(() => api.close());

  /** The SQL statements the API sends to PostgreSQL while it answers one request. */
  async function statementsFor(first: number): Promise<{ statements: number; needs: number }> {
    const logQuery = jest.spyOn(api.app.get(DataSource).logger, 'logQuery');
    try {
      const response = await api.graphql<{ openNeeds: unknown[] }>(OPEN_NEEDS, {
        filter: { districtCode: '75018' },
        first,
        lang: 'FR',
      });
      expect(response.errors).toBeUndefined();
      return { statements: logQuery.mock.calls.length, needs: response.data!.openNeeds.length };
    } finally {
      logQuery.mockRestore();
    }
  }

  it('costs the same few SQL statements for 5 needs as for 50, with their organisation, item and variant', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);

    expect(five.needs).toBe(5);
    expect(fifty.needs).toBe(50);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(2);
  });
});
