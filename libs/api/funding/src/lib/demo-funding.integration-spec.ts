import { DemoAccountsService, IdentityModule } from '@entraide/api-identity';
import { createTestApp, TestApp } from '@entraide/api-testing';

import { FundingModule } from './funding.module';
import { DemoFundingService } from './services/demo-funding.service';

describe('demo funding', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, FundingModule] });
    await api.app.get(DemoAccountsService).seedIfEmpty();
    await api.app.get(DemoFundingService).seed();
  });

  afterAll(() => api.close());

  it('shows two approved initiatives, the demo donations and the foundation’s pledge on the transparency page', async () => {
    const report = await api.graphql<{
      transparencyReport: {
        raisedCents: number;
        poolReceivedCents: number;
        initiatives: { title: string; progress: { raisedCents: number; donorsCount: number } }[];
        sponsors: { name: string; committedCents: number; usedCents: number }[];
      };
    }>(`{ transparencyReport { raisedCents poolReceivedCents initiatives { title progress { raisedCents donorsCount } }
          sponsors { name committedCents usedCents } } }`);
    expect(report.errors).toBeUndefined();
    const { transparencyReport } = report.data!;
    expect(transparencyReport.initiatives.map((initiative) => initiative.title).sort()).toEqual([
      'Cuisine partagée de la Chapelle',
      'Football pour tous au stade des Poissonniers',
    ]);
    expect(transparencyReport.raisedCents).toBe(3_000);
    expect(transparencyReport.poolReceivedCents).toBe(1_000);
    expect(
      transparencyReport.initiatives.find((initiative) => initiative.title.startsWith('Cuisine'))!.progress,
    ).toEqual({
      raisedCents: 2_000,
      donorsCount: 1,
    });
    expect(transparencyReport.sponsors).toEqual([
      { name: 'Fondation Entraide (démo)', committedCents: 500_000, usedCents: 0 },
    ]);
  });
});
