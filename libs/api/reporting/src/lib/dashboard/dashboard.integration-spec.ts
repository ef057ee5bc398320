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

  it('reports the figures of commitments 10 to 14 for the Council, per arrondissement, as data and as CSV', async () => {
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    const response = await api.graphql<{
      councilReport: {
        figures: { commitment: number; indicator: string; districtCode: string | null; value: number }[];
      };
    }>(
      `query ($from: String!, $to: String!) { councilReport(from: $from, to: $to) { figures { commitment indicator districtCode value } } }`,
      { from: day(-7), to: day(0) },
      coordinator.headers,
    );
    expect(response.errors).toBeUndefined();
    const figures = response.data!.councilReport.figures;
    const value = (indicator: string, districtCode: string | null) =>
      figures.find((figure) => figure.indicator === indicator && figure.districtCode === districtCode)?.value;
    expect(value('needs_posted', null)).toBe(3);
    expect(value('needs_posted', '75018')).toBe(2);
    expect(value('needs_posted', '75019')).toBe(1);
    expect(value('items_received', null)).toBe(30);
    expect(value('items_received', '75018')).toBe(30);
    expect(value('volunteer_hours', null)).toBe(0);
    expect(new Set(figures.map((figure) => figure.commitment))).toEqual(new Set([10, 11, 12, 13, 14]));
    // A period before anything happened.
    const before = await api.graphql<{
      councilReport: { figures: { indicator: string; districtCode: string | null; value: number }[] };
    }>(
      `query { councilReport(from: "2020-01-01", to: "2020-06-30") { figures { indicator districtCode value } } }`,
      {},
      coordinator.headers,
    );
    expect(
      before.data!.councilReport.figures.find((figure) => figure.indicator === 'needs_posted')!.value,
    ).toBe(0);

    const download = (headers: Record<string, string>, query = `from=${day(-7)}&to=${day(0)}`) =>
      api.app
        .getHttpAdapter()
        .getInstance()
        .inject({ method: 'GET', url: `/exports/council-report.csv?${query}`, headers });
    const csv = await download(coordinator.headers);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toBe('commitment,indicator,label,district,value');
    expect(lines).toContain('14,items_received,Articles reçus aux points de collecte,75018,30');
    expect(lines).toContain('14,needs_posted,Besoins publiés,Paris,3');
    const citizen = await world.person('Curieux');
    expect((await download(citizen.headers)).statusCode).toBe(403);
    expect((await download({})).statusCode).toBe(401);
    expect((await download(coordinator.headers, 'from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
  });
});
