import { createTestApp, TestApp } from '@entraide/api-testing';

import { CatalogueModule } from './catalogue.module';

interface CatalogueItem {
  code: string;
  name: string;
  priority: string;
  variants: { code: string; label: string; audience: string }[];
}

describe('catalogue API', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [CatalogueModule] });
  });

  afterAll(() => api.close());

  const catalogue = async (lang?: string) => {
    const { data, errors } = await api.graphql<{ catalogue: CatalogueItem[] }>(
      `query ($lang: Language) { catalogue { code name(lang: $lang) priority variants { code label(lang: $lang) audience } } }`,
      lang ? { lang } : {},
    );
    expect(errors).toBeUndefined();
    return data!.catalogue;
  };

  it('lists the priority items of commitment 14, most needed first, in French by default', async () => {
    const items = await catalogue();
    expect(items.map((item) => item.name)).toEqual([
      "Kit d'hygiène",
      'Chaussettes',
      'Sous-vêtements',
      'Chaussures',
      'Carte téléphonique',
      'Sac à dos',
      'Serviette de bain',
      'Trousse de toilette',
      'Ceinture',
      'Coupe-ongles',
    ]);
    const order = { HIGH: 0, MEDIUM: 1, LOW: 2 } as Record<string, number>;
    const priorities = items.map((item) => order[item.priority]);
    expect(priorities).toEqual([...priorities].sort());
  });

  it('gives the variants that matter to those handing items out: sizes and women / men / children', async () => {
    const items = await catalogue();
    const socks = items.find((item) => item.code === 'socks')!;
    expect(socks.variants).toEqual([
      { code: 'socks/women-35-38', label: 'Femme 35-38', audience: 'WOMEN' },
      { code: 'socks/women-39-42', label: 'Femme 39-42', audience: 'WOMEN' },
      { code: 'socks/men-39-42', label: 'Homme 39-42', audience: 'MEN' },
      { code: 'socks/men-43-46', label: 'Homme 43-46', audience: 'MEN' },
      { code: 'socks/children-27-30', label: 'Enfant 27-30', audience: 'CHILDREN' },
      { code: 'socks/children-31-34', label: 'Enfant 31-34', audience: 'CHILDREN' },
    ]);
    const hygiene = items.find((item) => item.code === 'hygiene-kit')!;
    expect(hygiene.variants.map((variant) => variant.audience)).toEqual(['WOMEN', 'MEN', 'CHILDREN']);
    for (const item of items) expect(item.variants.length).toBeGreaterThan(0);
  });

  it('speaks English when asked', async () => {
    const items = await catalogue('EN');
    expect(items[1].name).toBe('Socks');
    expect(items[1].variants[3].label).toBe('Men 43-46');
  });

  it('rejects an unknown language as bad input', async () => {
    const { status, errors } = await api.graphql(`{ catalogue { name(lang: DE) } }`);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
