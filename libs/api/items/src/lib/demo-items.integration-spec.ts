import { CatalogueModule } from '@entraide/api-catalogue';
import { GeographyModule } from '@entraide/api-geography';
import { DemoAccountsService, IdentityModule } from '@entraide/api-identity';
import { StockModule } from '@entraide/api-stock';
import { createTestApp, TestApp, TestWorld } from '@entraide/api-testing';

import { ItemsModule } from './items.module';
import { DemoItemsService } from './services/demo-items.service';

describe('demo needs and stock', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule, GeographyModule, CatalogueModule, StockModule, ItemsModule],
    });
  });

  afterAll(() => api.close());

  it('gives the demo association open needs and the 18th point stock that matches its ledger', async () => {
    expect(await api.app.get(DemoAccountsService).seedIfEmpty()).toBe(true);
    await api.app.get(DemoItemsService).seed();
    const needs = await api.graphql<{
      openNeeds: { urgency: string; organisation: { name: string }; progress: { offered: number } }[];
    }>(`{ openNeeds { urgency organisation { name } progress { offered } } }`);
    expect(needs.data!.openNeeds).toHaveLength(4);
    expect(needs.data!.openNeeds[0]).toEqual({
      urgency: 'CRITICAL',
      organisation: { name: 'Accueil solidaire 18e (démo)' },
      progress: { offered: 6 },
    });
    const world = new TestWorld(api);
    expect(
      await world.level(await world.pointId('p-75018'), await world.variantId('socks/men-43-46')),
    ).toEqual({
      level: 12,
      movements: 12,
    });
  });
});
