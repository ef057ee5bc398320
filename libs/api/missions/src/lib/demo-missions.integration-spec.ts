import { DemoAccountsService, IdentityModule } from '@entraide/api-identity';
import { createTestApp, TestApp, TestWorld } from '@entraide/api-testing';

import { MissionsModule } from './missions.module';
import { DemoMissionsService } from './services/demo-missions.service';
import { VolunteersService } from './services/volunteers.service';

describe('demo missions', () => {
  let api: TestApp;
  let world: TestWorld;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, MissionsModule] });
    world = new TestWorld(api);
    await api.app.get(DemoAccountsService).seedIfEmpty();
    await api.app.get(DemoMissionsService).seed();
  });

  afterAll(() => api.close());

  it('are found by searching "français", and recommended to the demo citizen', async () => {
    const found = await api.graphql<{ missions: { missions: { title: string }[] } }>(
      `{ missions(search: { text: "francais" }) { missions { title } } }`,
    );
    expect(found.data!.missions.missions.map((mission) => mission.title)).toEqual([
      'Cours de français pour débutants',
    ]);
    const [{ id }] = await world.sql(
      `SELECT id FROM app_user WHERE email = 'citoyen@demo.entraide.localhost'`,
    );
    const recommended = await api.app.get(VolunteersService).recommendations(id, 10);
    // Not the Tigrinya interpreting: the demo citizen does not speak it.
    expect(recommended.map((entry) => entry.mission.title).sort()).toEqual([
      'Aide aux devoirs',
      'Cours de français pour débutants',
      'Tri des dons au point de collecte du 18e',
    ]);
  });
});
