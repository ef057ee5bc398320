import { DemoAccountsService, IdentityModule } from '@entraide/api-identity';
import { createTestApp, TestApp, TestWorld } from '@entraide/api-testing';

import { HostingRunTrigger } from './hosting.enums';
import { HostingModule } from './hosting.module';
import { DemoHostingService } from './services/demo-hosting.service';
import { HostingRunsService } from './services/hosting-runs.service';

describe('demo hosting data', () => {
  let api: TestApp;
  let world: TestWorld;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, HostingModule] });
    world = new TestWorld(api);
    await api.app.get(DemoAccountsService).seedIfEmpty();
    await api.app.get(DemoHostingService).seed();
  });

  afterAll(() => api.close());

  it('gives the demo association a household that a run pairs with the free verified home', async () => {
    const run = await api.app.get(HostingRunsService).runNow(HostingRunTrigger.MANUAL, null);
    expect(run).toMatchObject({ status: 'DONE', hosts: 1, households: 1, proposals: 1 });
    const proposals = await world.sql(
      `SELECT r.alias, u.email FROM hosting_proposal p JOIN hosting_request r ON r.id = p.hosting_request_id
       JOIN host_offer h ON h.id = p.host_offer_id JOIN app_user u ON u.id = h.host_id WHERE p.status = 'PROPOSED'`,
    );
    expect(proposals).toEqual([{ alias: 'M. H.', email: 'hote@demo.entraide.localhost' }]);
  });

  it('has a stay under follow-up, an offer to verify and a vacant home for the operator', async () => {
    const [figures] = await world.sql(
      `SELECT (SELECT count(*) FROM stay WHERE status = 'ACTIVE')::int AS stays,
              (SELECT count(*) FROM stay_event WHERE kind = 'CHECK_IN')::int AS check_ins,
              (SELECT count(*) FROM host_offer WHERE status = 'SUBMITTED')::int AS to_verify,
              (SELECT count(*) FROM rental_unit WHERE status = 'AVAILABLE')::int AS units`,
    );
    expect(figures).toEqual({ stays: 1, check_ins: 1, to_verify: 1, units: 1 });
  });
});
