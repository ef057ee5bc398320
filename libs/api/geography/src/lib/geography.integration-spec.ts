import { createTestApp, TestApp } from '@entraide/api-testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

import { GeographyModule } from './geography.module';

describe('geography API', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [GeographyModule] });
  });

  afterAll(() => api.close());

  it('lists the 20 arrondissements in order with neighbours and collection points', async () => {
    const { data, errors } = await api.graphql<{
      districts: {
        code: string;
        name: string;
        neighbours: { code: string }[];
        collectionPoints: { id: string; name: string; address: string; openingHours: string }[];
      }[];
    }>(`{ districts { code name neighbours { code } collectionPoints { id name address openingHours } } }`);
    expect(errors).toBeUndefined();
    const districts = data!.districts;
    expect(districts.map((district) => district.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, '0')}`),
    );
    const eighteenth = districts[17];
    expect(eighteenth.name).toBe('Buttes-Montmartre');
    expect(eighteenth.neighbours.map((n) => n.code)).toEqual(['75009', '75010', '75017', '75019']);
    expect(eighteenth.collectionPoints).toEqual([
      {
        id: expect.any(String),
        name: 'Mairie du 18e arrondissement',
        address: '1 place Jules-Joffrin, 75018 Paris',
        openingHours: 'Mo-We,Fr 08:30-17:00; Th 08:30-19:30; Sa 09:00-12:30',
      },
    ]);
    expect(new Set(districts.slice(0, 4).map((d) => d.collectionPoints[0].name))).toEqual(
      new Set(['Mairie de Paris Centre']),
    );
  });

  it('answers a nested list with one SQL query per relation and level, not one per arrondissement', async () => {
    const queries = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const { errors } = await api.graphql(
        `{ districts { code neighbours { code neighbours { code } } collectionPoints { name openingSlots { weekday } servedDistricts { code } } } }`,
      );
      expect(errors).toBeUndefined();
      // districts, neighbours (the neighbours' neighbours come from the request's cache), points serving,
      // their slots, their served districts
      expect(queries).toHaveBeenCalledTimes(5);
    } finally {
      queries.mockRestore();
    }
  });

  it('finds one arrondissement by postal code, with its distance to another', async () => {
    const { data } = await api.graphql<{
      district: { name: string; number: number; centroid: { lat: number }; distanceKm: number };
    }>(`{ district(code: "75012") { name number centroid { lat } distanceKm(code: "75016") } }`);
    expect(data!.district).toEqual({
      name: 'Reuilly',
      number: 12,
      centroid: { lat: expect.closeTo(48.83, 1) },
      distanceKm: 12,
    });
  });

  it('answers NOT_FOUND with a message for an unknown arrondissement', async () => {
    for (const code of ['75099', '75116', 'paris']) {
      const { data, errors } = await api.graphql(
        `query ($code: String!) { district(code: $code) { name } }`,
        { code },
      );
      expect(data).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          message: `Unknown district "${code}": expected the postal code of a Paris arrondissement, 75001 to 75020.`,
          extensions: { code: 'NOT_FOUND' },
        }),
      ]);
    }
  });

  it('lists the collection points serving an arrondissement, with structured opening hours', async () => {
    const { data } = await api.graphql<{
      collectionPoints: {
        code: string;
        district: { code: string };
        servedDistricts: { code: string }[];
        openingSlots: unknown[];
      }[];
    }>(
      `{ collectionPoints(districtCode: "75002") { code district { code } servedDistricts { code } openingSlots { weekday opensAt closesAt } } }`,
    );
    expect(data!.collectionPoints).toEqual([
      {
        code: 'p-paris-centre',
        district: { code: '75003' },
        servedDistricts: [{ code: '75001' }, { code: '75002' }, { code: '75003' }, { code: '75004' }],
        openingSlots: [
          { weekday: 1, opensAt: '08:30', closesAt: '17:00' },
          { weekday: 2, opensAt: '08:30', closesAt: '17:00' },
          { weekday: 3, opensAt: '08:30', closesAt: '17:00' },
          { weekday: 4, opensAt: '08:30', closesAt: '19:30' },
          { weekday: 5, opensAt: '08:30', closesAt: '17:00' },
          { weekday: 6, opensAt: '09:00', closesAt: '12:30' },
        ],
      },
    ]);
  });

  it('lists all 17 collection points, and NOT_FOUND for an unknown arrondissement filter', async () => {
    const all = await api.graphql<{ collectionPoints: unknown[] }>(`{ collectionPoints { id } }`);
    expect(all.data!.collectionPoints).toHaveLength(17);
    const unknown = await api.graphql(`{ collectionPoints(districtCode: "75000") { id } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
