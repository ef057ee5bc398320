import { GeographyModule } from '@entraide/api-geography';
import { createTestApp, TestApp, TestWorld } from '@entraide/api-testing';

import { ReportingModule } from '../reporting.module';

describe('the public page of an arrondissement', () => {
  let api: TestApp;
  let world: TestWorld;

  beforeAll(async () => {
    api = await createTestApp({ imports: [GeographyModule, ReportingModule] });
    world = new TestWorld(api);
    const verified = await world.association('VERIFIED', 'Accueil 18e');
    const pending = await world.association('PENDING', 'Pas encore vérifiée');
    const need = (
      organisationId: string,
      variant: string,
      quantity: number,
      urgency: string,
      district = '75018',
    ) =>
      world.sql(
        `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency)
         SELECT $1, id, $3, $4, $5 FROM catalogue_variant WHERE code = $2 RETURNING id`,
        [organisationId, variant, quantity, district, urgency],
      );
    const [socks, shoes] = await world.sql<{ code: string }>(
      `SELECT code FROM catalogue_variant ORDER BY sort_order, code LIMIT 2`,
    );
    await need(verified.id, socks.code, 40, 'NORMAL');
    await need(verified.id, socks.code, 10, 'NORMAL');
    await need(verified.id, shoes.code, 5, 'CRITICAL');
    await need(verified.id, shoes.code, 99, 'CRITICAL', '75019');
    await need(pending.id, shoes.code, 1000, 'CRITICAL');
    const [mission] = await world.sql(
      `INSERT INTO mission (organisation_id, title, description, kind, district_code, schedule, contact_name, contact_email)
       VALUES ($1, 'Tri des dons', 'Trier les dons au point de collecte.', 'SORTING', '75018', 'SHIFTS', 'Awa', 'a@example.org')
       RETURNING id`,
      [verified.id],
    );
    await world.sql(
      `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity, accepted)
       VALUES ($1, now() + interval '1 day', now() + interval '1 day 2 hours', 4, 1),
              ($1, now() + interval '2 days', now() + interval '2 days 2 hours', 3, 3)`,
      [mission.id],
    );
    await world.sql(
      `INSERT INTO initiative (organisation_id, title, description, kind, district_codes, budget_cents, deadline, status, decided_at)
       VALUES ($1, 'Repas partagés', 'Des repas cuisinés ensemble.', 'WELCOME', '{75018,75019}', 100000, current_date + 30, 'APPROVED', now())`,
      [verified.id],
    );
  });

  afterAll(() => api.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    api.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });

  it('lists what is most needed (most urgent first, verified associations only), missions with places and initiatives, without signing in', async () => {
    const response = await get('/public/districts/75018');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const page = response.json();
    expect(
      page.mostNeeded.map((entry: { remaining: number; urgency: string; needs: number }) => [
        entry.urgency,
        entry.remaining,
        entry.needs,
      ]),
    ).toEqual([
      ['CRITICAL', 5, 1],
      ['NORMAL', 50, 2],
    ]);
    expect(page.mostNeeded[0].itemName.fr).toEqual(expect.any(String));
    expect(page.missions).toEqual([
      expect.objectContaining({ title: 'Tri des dons', placesLeft: 3, weekly: false }),
    ]);
    expect(page.initiatives).toEqual([
      { id: expect.any(String), title: 'Repas partagés', budgetCents: 100000, percent: 0 },
    ]);
  });

  it('answers 304 to a cache that holds the same page, and 404 for an unknown arrondissement', async () => {
    const first = await get('/public/districts/75018');
    const again = await get('/public/districts/75018', { 'if-none-match': first.headers['etag'] as string });
    expect(again.statusCode).toBe(304);
    const unknown = await get('/public/districts/75099');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No arrondissement has the code "75099".',
    });
  });
});
