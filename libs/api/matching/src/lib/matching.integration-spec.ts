import { CatalogueModule } from '@entraide/api-catalogue';
import { GeographyModule } from '@entraide/api-geography';
import { IdentityModule } from '@entraide/api-identity';
import { ItemsModule } from '@entraide/api-items';
import { StockModule } from '@entraide/api-stock';
import { createTestApp, errorCode, Person, Staff, TestApp, TestWorld } from '@entraide/api-testing';

import { MatchingModule } from './matching.module';
import { MatchingRunsService } from './services/matching-runs.service';

const START = `mutation { startMatchingRun { run { id status trigger } } }`;
const RUNS = `{ matchingRuns { id status trigger supplyLines needLines objective greedyObjective solveMs proposals unchanged error } }`;
const POINT_PROPOSALS = `query ($id: ID!) { pointProposals(collectionPointId: $id) {
  id needId quantity fromStock status organisationName needDistrictCode variant { code } score { value distanceKm margin urgency } } }`;
const ORGANISATION_PROPOSALS = `query ($id: ID!) { organisationProposals(organisationId: $id) { id status quantity collectionPoint { code } } }`;
const ACCEPT = `mutation ($input: AcceptItemProposalInput!) { acceptItemProposal(input: $input) {
  proposal { status } dispatch { quantity status } } }`;
const DECLINE = `mutation ($input: DeclineItemProposalInput!) { declineItemProposal(input: $input) { proposal { status declineReason } } }`;

interface Run {
  id: string;
  status: string;
  objective: number;
  greedyObjective: number;
  proposals: number;
  unchanged: boolean;
  supplyLines: number;
  needLines: number;
  error: string | null;
}
interface Proposal {
  id: string;
  needId: string;
  quantity: number;
  fromStock: number;
  status: string;
  score: { margin: number; value: number; distanceKm: number };
}

describe('matching runs and item proposals', () => {
  let api: TestApp;
  let world: TestWorld;
  let coordinator: Person;
  let staff18: Staff;
  let staff19: Staff;
  let association: { id: string; member: Person };
  let socks: string;
  let criticalNeed: string;
  let normalNeed: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule, GeographyModule, CatalogueModule, StockModule, ItemsModule, MatchingModule],
    });
    world = new TestWorld(api);
    coordinator = await world.person('Coordinatrice');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    staff18 = await world.staffOf('p-75018');
    staff19 = await world.staffOf('p-75019');
    association = await world.association();
    socks = await world.variantId('socks/men-43-46');
    await world.stock(staff18, socks, 10);
    await world.stock(staff19, socks, 5);
    const need = async (quantity: number, district: string, urgency: string) =>
      (
        await world.sql(
          `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [association.id, socks, quantity, district, urgency],
        )
      )[0].id as string;
    criticalNeed = await need(8, '75018', 'CRITICAL');
    normalNeed = await need(6, '75020', 'NORMAL');
  });

  afterAll(() => api.close());

  /** Starts a run as the coordinator and waits for the pg-boss worker to finish it. */
  async function run(): Promise<Run> {
    const started = await api.graphql<{
      startMatchingRun: { run: { id: string; status: string; trigger: string } };
    }>(START, {}, coordinator.headers);
    expect(started.data!.startMatchingRun.run).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL' });
    const id = started.data!.startMatchingRun.run.id;
    for (let attempt = 0; attempt < 150; attempt++) {
      const runs = await api.graphql<{ matchingRuns: Run[] }>(RUNS, {}, coordinator.headers);
      const current = runs.data!.matchingRuns.find((candidate) => candidate.id === id)!;
      if (current.status === 'DONE' || current.status === 'FAILED') return current;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The matching run did not finish in 15 s');
  }

  const proposalsAt = async (staff: Staff) =>
    (await api.graphql<{ pointProposals: Proposal[] }>(POINT_PROPOSALS, { id: staff.pointId }, staff.headers))
      .data!.pointProposals;

  const proposalNotices = () =>
    world.sql(
      `SELECT user_id, reference, params, link FROM notification WHERE kind = 'PROPOSAL_TO_REVIEW' ORDER BY created_at, reference`,
    );

  /** What a run should have told each point's staff: the count of its proposals, per point, once. */
  const noticeFor = (runId: string, staff: Staff, items: number) => ({
    user_id: staff.id,
    reference: `${runId}:${staff.pointId}`,
    params: { forName: expect.any(String), items, hosting: 0 },
    link: `/points/${staff.pointId}`,
  });

  it('proposes the optimal allocation, worth at least first-come, within supplies and needs', async () => {
    const done = await run();
    expect(done).toMatchObject({
      status: 'DONE',
      supplyLines: 2,
      needLines: 2,
      unchanged: false,
      error: null,
    });
    expect(done.objective).toBeGreaterThanOrEqual(done.greedyObjective);

    const at18 = await proposalsAt(staff18);
    const at19 = await proposalsAt(staff19);
    expect(at18.concat(at19)).toHaveLength(done.proposals);
    // The critical need of the 18th is served entirely from the 18th's own shelf (no transport).
    expect(at18.find((proposal) => proposal.needId === criticalNeed)).toMatchObject({
      quantity: 8,
      fromStock: 8,
      score: { value: 20, distanceKm: 0, margin: 20 },
    });
    const perNeed = (needId: string) =>
      at18
        .concat(at19)
        .filter((p) => p.needId === needId)
        .reduce((sum, p) => sum + p.quantity, 0);
    expect(perNeed(criticalNeed)).toBe(8);
    expect(perNeed(normalNeed)).toBeLessThanOrEqual(6);
    expect(at18.reduce((sum, p) => sum + p.quantity, 0)).toBeLessThanOrEqual(10);
    expect(at19.reduce((sum, p) => sum + p.quantity, 0)).toBeLessThanOrEqual(5);

    const forAssociation = await api.graphql<{ organisationProposals: { status: string }[] }>(
      ORGANISATION_PROPOSALS,
      { id: association.id },
      association.member.headers,
    );
    expect(forAssociation.data!.organisationProposals).toHaveLength(done.proposals);

    // Each point's staff (and nobody else) hear once of the proposals waiting for them.
    const expected = [
      noticeFor(done.id, staff18, at18.length),
      noticeFor(done.id, staff19, at19.length),
    ].filter((notice) => notice.params.items > 0);
    const notices = await proposalNotices();
    expect(notices).toHaveLength(expected.length);
    expect(notices).toEqual(expect.arrayContaining(expected));
    expect(notices.find((notice) => notice.user_id === staff18.id)?.params).toMatchObject({
      forName: 'Mairie du 18e arrondissement',
    });
  });

  it('is idempotent: a run on unchanged records keeps the proposals', async () => {
    const before = (await proposalsAt(staff18)).map((p) => p.id);
    const noticesBefore = await proposalNotices();
    const again = await run();
    expect(again).toMatchObject({ status: 'DONE', unchanged: true });
    expect((await proposalsAt(staff18)).map((p) => p.id)).toEqual(before);
    expect(await proposalNotices()).toEqual(noticesBefore);
  });

  it('lets the staff accept a proposal, which dispatches it; then the next run supersedes what waits', async () => {
    const [critical] = (await proposalsAt(staff18)).filter((p) => p.needId === criticalNeed);
    expect(
      errorCode(await api.graphql(ACCEPT, { input: { proposalId: critical.id } }, staff19.headers)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.graphql(ACCEPT, { input: { proposalId: critical.id, quantity: 9 } }, staff18.headers),
      ),
    ).toBe('BAD_USER_INPUT');
    const accepted = await api.graphql(ACCEPT, { input: { proposalId: critical.id } }, staff18.headers);
    expect(accepted.data).toEqual({
      acceptItemProposal: {
        proposal: { status: 'ACCEPTED' },
        dispatch: { quantity: 8, status: 'DISPATCHED' },
      },
    });
    expect(await world.level(staff18.pointId, socks)).toEqual({ level: 2, movements: 2 });
    expect(
      errorCode(await api.graphql(ACCEPT, { input: { proposalId: critical.id } }, staff18.headers)),
    ).toBe('CONFLICT');

    const waiting = (await proposalsAt(staff18)).concat(await proposalsAt(staff19));
    const pairs = (where: string, params: unknown[] = []) =>
      world
        .sql(`SELECT collection_point_id, need_id FROM item_proposal WHERE ${where}`, params)
        .then((rows) => rows.map((row) => `${row.collection_point_id}:${row.need_id}`));
    const waitingPairs = await pairs(`status = 'PROPOSED'`);
    const noticesBefore = await proposalNotices();
    const next = await run();
    expect(next).toMatchObject({ status: 'DONE', unchanged: false, needLines: 1 });
    const nextPairs = await pairs(`run_id = $1`, [next.id]);
    // The run proposes again what was waiting: its staff know already, so nobody is told twice.
    expect([...nextPairs].sort()).toEqual([...waitingPairs].sort());
    expect(await proposalNotices()).toEqual(noticesBefore);
    const [superseded] = await world.sql(`SELECT status FROM item_proposal WHERE id = $1`, [waiting[0].id]);
    expect(superseded.status).toBe('EXPIRED');
    const stale = await api.graphql(ACCEPT, { input: { proposalId: waiting[0].id } }, staff18.headers);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toContain('newer matching run');
  });

  it('lets the association or the staff decline with a reason, and nobody else', async () => {
    const [proposal] = (await proposalsAt(staff18)).concat(await proposalsAt(staff19));
    const decline = (who: Person, reason = 'Déjà reçu d’un autre donateur') =>
      api.graphql(DECLINE, { input: { proposalId: proposal.id, reason } }, who.headers);
    expect(errorCode(await decline(await world.person()))).toBe('FORBIDDEN');
    expect(errorCode(await decline(association.member, ' '))).toBe('BAD_USER_INPUT');
    expect((await decline(association.member)).data).toEqual({
      declineItemProposal: {
        proposal: { status: 'DECLINED', declineReason: 'Déjà reçu d’un autre donateur' },
      },
    });
    expect(errorCode(await decline(association.member))).toBe('CONFLICT');
  });

  it('queues a run when stock has arrived since the last one, and only then', async () => {
    const runs = api.app.get(MatchingRunsService);
    expect(await runs.requestIfStockArrived()).toBeNull();
    await world.stock(staff19, socks, 1);
    expect(await runs.requestIfStockArrived()).toMatchObject({ trigger: 'STOCK', status: 'QUEUED' });
    expect(await runs.requestIfStockArrived()).toBeNull();
  });

  it('keeps runs and proposals to the right people', async () => {
    expect(errorCode(await api.graphql(START, {}, staff18.headers))).toBe('FORBIDDEN');
    expect(errorCode(await api.graphql(RUNS, {}, association.member.headers))).toBe('FORBIDDEN');
    expect(errorCode(await api.graphql(POINT_PROPOSALS, { id: staff18.pointId }, staff19.headers))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await api.graphql(ORGANISATION_PROPOSALS, { id: association.id }, staff18.headers)),
    ).toBe('FORBIDDEN');
  });
});
