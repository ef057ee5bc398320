import { IdentityModule } from '@entraide/api-identity';
import { ItemsModule } from '@entraide/api-items';
import { createTestApp, errorCode, Person, TestApp, TestWorld } from '@entraide/api-testing';

import { ReportingModule } from '../reporting.module';

const DASHBOARD = `query ($district: String, $days: Int) { coordinationDashboard(districtCode: $district, days: $days) {
  refreshedAt districts { districtCode needsUncovered unitsLacking criticalUncovered priorityStock volunteers }
  days { day itemsReceived itemsDispatched }
  alerts { kind districtCode since organisationName collectionPointName itemFr count } } }`;
const REFRESH = `mutation { refreshCoordinationDashboard { refreshedAt } }`;

describe('the coordinators’ dashboard', () => {
  let api: TestApp;
  let world: TestWorld;
  let coordinator: Person;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, ItemsModule, ReportingModule] });
    world = new TestWorld(api);
    coordinator = await world.person('Coordination');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    const association = await world.association('VERIFIED', 'Accueil 18e');
    const [variant] = await world.sql(
      `SELECT v.id, v.code FROM catalogue_variant v JOIN catalogue_item i ON i.id = v.item_id WHERE i.priority = 'HIGH'
       ORDER BY i.sort_order, v.sort_order LIMIT 1`,
    );
    const need = async (urgency: string, age: string, quantity = 10, district = '75018') =>
      (
        await world.sql(
          `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency, created_at)
           VALUES ($1, $2, $3, $4, $5, now() - $6::interval) RETURNING id`,
          [association.id, variant.id, quantity, district, urgency, age],
        )
      )[0].id as string;
    const oldCritical = await need('CRITICAL', '3 days', 12);
    await need('CRITICAL', '1 hour', 5);
    await need('NORMAL', '5 days', 7, '75019');
    const staff = await world.staffOf('p-75018');
    await world.stock(staff, variant.id, 30);
    const [run] = await world.sql(
      `INSERT INTO matching_run (kind, trigger, status, finished_at) VALUES ('ITEMS', 'MANUAL', 'DONE', now()) RETURNING id`,
    );
    await world.sql(
      `INSERT INTO item_proposal (run_id, collection_point_id, need_id, quantity, from_stock, score, created_at)
       VALUES ($1, $2, $3, 2, 2, '{}', now() - interval '4 days')`,
      [run.id, staff.pointId, oldCritical],
    );
    await world.sql(
      `INSERT INTO volunteer_profile (user_id, districts) VALUES ($1, '{75018,75019}'), ($2, '{75018}')`,
      [(await world.person('V1')).id, (await world.person('V2')).id],
    );
    await api.graphql(REFRESH, {}, coordinator.headers);
  });

  afterAll(() => api.close());

  it('shows the figures of every arrondissement and the day’s stock received', async () => {
    const response = await api.graphql<{
      coordinationDashboard: {
        districts: {
          districtCode: string;
          needsUncovered: number;
          unitsLacking: number;
          criticalUncovered: number;
          priorityStock: number;
          volunteers: number;
        }[];
        days: { itemsReceived: number }[];
        alerts: {
          kind: string;
          districtCode: string | null;
          count: number | null;
          itemFr: string | null;
          organisationName: string | null;
          collectionPointName: string | null;
        }[];
      };
    }>(DASHBOARD, {}, coordinator.headers);
    expect(response.errors).toBeUndefined();
    const { districts, days, alerts } = response.data!.coordinationDashboard;
    expect(districts).toHaveLength(20);
    expect(districts.find((district) => district.districtCode === '75018')).toEqual({
      districtCode: '75018',
      needsUncovered: 2,
      unitsLacking: 17,
      criticalUncovered: 2,
      priorityStock: 30,
      volunteers: 2,
    });
    expect(districts.find((district) => district.districtCode === '75019')).toMatchObject({
      needsUncovered: 1,
      volunteers: 1,
    });
    expect(days).toHaveLength(90);
    expect(days.at(-1)!.itemsReceived).toBe(30);
    // Only the critical need older than 48 hours; the point of the 19th has none of the item the 19th needs.
    expect(alerts.filter((alert) => alert.kind === 'CRITICAL_NEED_UNMET')).toEqual([
      expect.objectContaining({
        districtCode: '75018',
        count: 12,
        organisationName: 'Accueil 18e',
        itemFr: expect.any(String),
      }),
    ]);
    expect(
      alerts.filter((alert) => alert.kind === 'POINT_OUT_OF_NEEDED_ITEM').map((alert) => alert.districtCode),
    ).toEqual(['75019']);
    expect(alerts.filter((alert) => alert.kind === 'PROPOSALS_UNANSWERED')).toEqual([
      expect.objectContaining({ organisationName: 'Accueil 18e', count: 1 }),
    ]);
  });

  it('drills into one arrondissement, and refuses other people and bad input', async () => {
    const response = await api.graphql<{
      coordinationDashboard: { alerts: { districtCode: string | null }[] };
    }>(DASHBOARD, { district: '75019', days: 7 }, coordinator.headers);
    expect(response.data!.coordinationDashboard.alerts.map((alert) => alert.districtCode)).toEqual(['75019']);
    const citizen = await world.person('Citoyen');
    expect(errorCode(await api.graphql(DASHBOARD, {}, citizen.headers))).toBe('FORBIDDEN');
    expect(errorCode(await api.graphql(REFRESH, {}, citizen.headers))).toBe('FORBIDDEN');
    expect(errorCode(await api.graphql(DASHBOARD, { district: '75099' }, coordinator.headers))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await api.graphql(DASHBOARD, { days: 400 }, coordinator.headers))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
