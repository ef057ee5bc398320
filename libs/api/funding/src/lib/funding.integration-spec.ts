import { DEFAULT_RATE_LIMIT_POLICIES, IdentityModule, RATE_LIMIT_POLICIES } from '@entraide/api-identity';
import { createTestApp, errorCode, Person, TestApp, TestWorld } from '@entraide/api-testing';

import { FundingModule } from './funding.module';
import { FUNDING_PERSONAL_DATA } from './services/funding-personal-data';

const SUBMIT = `mutation ($input: InitiativeInput!) { submitInitiative(input: $input) { id status viewerManages } }`;
const APPROVE = `mutation ($input: InitiativeIdInput!) { approveInitiative(input: $input) { id status } }`;
const REJECT = `mutation ($input: RejectInitiativeInput!) { rejectInitiative(input: $input) { id status rejectionReason } }`;
const UPDATE = `mutation ($input: InitiativeUpdateInput!) { postInitiativeUpdate(input: $input) { id body } }`;
const INITIATIVE = `query ($id: ID!) { initiative(id: $id) { id status supporters updates { body } progress {
  raisedCents matchedCents poolCents sponsoredCents paidOutCents remainingCents balanceCents donorsCount percent } } }`;
const PUBLIC_LIST = `{ initiatives { id } }`;
const DONATE = `mutation ($input: DonateInput!) { donate(input: $input) { checkoutUrl donation { id status } } }`;
const TEST_CHECKOUT = `query ($id: String!) { testCheckout(checkoutSessionId: $id) { amountCents status initiativeTitle } }`;
const PAY = `mutation ($input: CompleteTestPaymentInput!) { completeTestPayment(input: $input) {
  id status payments { amountCents receiptNumber taxReductionCents } } }`;
const PLEDGE = `mutation ($input: PledgeInput!) { pledgeMatchingFund(input: $input) { id amountCents availableCents } }`;
const GRANT = `mutation ($input: SponsorGrantInput!) { fundInitiative(input: $input) { id amountCents } }`;
const CONTACT = `mutation ($input: ContactRequestInput!) { requestInitiativeContact(input: $input) { id status initiativeContactEmail } }`;
const ANSWER = `mutation ($input: AnswerContactRequestInput!) { answerContactRequest(input: $input) { id status sponsorContactEmail } }`;
const OVERVIEW = `query ($id: ID!) { sponsorOverview(organisationId: $id) { committedCents usedCents
  pledges { usedCents availableCents } contactRequests { status initiativeContactEmail } } }`;
const PREVIEW = `query ($input: FundingRoundPreviewInput) { fundingRoundPreview(input: $input) { fingerprint
  matchingAvailableCents poolAvailableCents matchedCents poolAllocatedCents unallocatedMatchingCents
  initiatives { initiative { id } donorsCount contributionsCents sqrtSum rawMatchCents matchedCents poolCents } } }`;
const PUBLISH = `mutation ($input: PublishFundingRoundInput!) { publishFundingRound(input: $input) { id number matchedCents poolCents
  initiatives { initiative { id } matchedCents poolCents rawMatchCents } } }`;
const TRANSPARENCY = `{ transparencyReport { raisedCents refundedCents matchedCents poolReceivedCents paidOutCents
  initiatives { id progress { raisedCents matchedCents } } sponsors { name committedCents usedCents }
  rounds { number matchedCents } months { month raisedCents matchedCents } } }`;
const PAYOUT = `mutation ($input: PayoutInput!) { recordPayout(input: $input) { id amountCents } }`;

const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

describe('funding: initiatives, test payments, sponsors, rounds and transparency', () => {
  let api: TestApp;
  let world: TestWorld;
  let association: { id: string; member: Person };
  let sponsor: { id: string; member: Person };
  let coordinator: Person;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, FundingModule] });
    world = new TestWorld(api);
    association = await world.association('VERIFIED', 'Accueil 18e');
    const member = await world.person('Mécène');
    [{ id: sponsor as unknown }] = [{ id: undefined }];
    const [{ id: sponsorId }] = await world.sql(
      `INSERT INTO organisation (kind, name, siret, contact_email, status, decided_at)
       VALUES ('SPONSOR', 'Fondation du Parc', '90000000100017', 'fondation@example.org', 'VERIFIED', now()) RETURNING id`,
    );
    await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
      sponsorId,
      member.id,
    ]);
    sponsor = { id: sponsorId, member };
    coordinator = await world.person('Coordination');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
  });

  afterAll(() => api.close());

  const initiativeInput = (overrides: Record<string, unknown> = {}) => ({
    organisationId: association.id,
    title: 'Repas partagés',
    description: 'Des repas cuisinés ensemble chaque samedi au centre social.',
    kind: 'WELCOME',
    districtCodes: ['75018'],
    budgetCents: 100_000,
    deadline: inDays(60),
    ...overrides,
  });

  async function approvedInitiative(overrides: Record<string, unknown> = {}): Promise<string> {
    const submitted = await api.graphql<{ submitInitiative: { id: string } }>(
      SUBMIT,
      { input: initiativeInput(overrides) },
      association.member.headers,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitInitiative.id;
    expect((await api.graphql(APPROVE, { input: { id } }, coordinator.headers)).errors).toBeUndefined();
    return id;
  }

  async function give(
    donor: Person,
    initiativeId: string | null,
    amountCents: number,
    frequency = 'ONE_OFF',
  ) {
    const created = await api.graphql<{ donate: { checkoutUrl: string } }>(
      DONATE,
      { input: { initiativeId, amountCents, frequency, anonymous: false } },
      donor.headers,
    );
    expect(created.errors).toBeUndefined();
    const sessionId = created.data!.donate.checkoutUrl.split('/paiement-test/')[1];
    const paid = await api.graphql<{ completeTestPayment: { id: string; status: string } }>(
      PAY,
      { input: { checkoutSessionId: sessionId, outcome: 'SUCCEED' } },
      donor.headers,
    );
    expect(paid.errors).toBeUndefined();
    return { sessionId, donation: paid.data!.completeTestPayment };
  }

  const progressOf = async (id: string) =>
    (
      await api.graphql<{ initiative: { progress: Record<string, number> } }>(
        INITIATIVE,
        { id },
        coordinator.headers,
      )
    ).data!.initiative.progress;

  async function fundingFootprint() {
    const [row] = await world.sql(
      `SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM donation)::int AS donations,
              (SELECT count(*) FROM donation_payment)::int AS payments, (SELECT count(*) FROM ledger_entry)::int AS entries,
              (SELECT count(*) FROM sponsor_pledge)::int AS pledges, (SELECT count(*) FROM sponsor_grant)::int AS grants,
              (SELECT count(*) FROM funding_round)::int AS rounds, (SELECT count(*) FROM payout)::int AS payouts`,
    );
    return row;
  }

  it('lets a verified association submit, a coordinator approve or reject, and shows only approved ones publicly', async () => {
    const submitted = await api.graphql<{
      submitInitiative: { id: string; status: string; viewerManages: boolean };
    }>(SUBMIT, { input: initiativeInput({ title: 'Atelier vélo' }) }, association.member.headers);
    expect(submitted.data!.submitInitiative).toMatchObject({ status: 'SUBMITTED', viewerManages: true });
    const id = submitted.data!.submitInitiative.id;
    const stranger = await world.person('Passant');
    expect(errorCode(await api.graphql(INITIATIVE, { id }, stranger.headers))).toBe('NOT_FOUND');
    expect(errorCode(await api.graphql(APPROVE, { input: { id } }, association.member.headers))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.graphql(REJECT, { input: { id, reason: ' ' } }, coordinator.headers))).toBe(
      'BAD_USER_INPUT',
    );
    const rejected = await api.graphql<{ rejectInitiative: { status: string; rejectionReason: string } }>(
      REJECT,
      { input: { id, reason: 'Budget à détailler.' } },
      coordinator.headers,
    );
    expect(rejected.data!.rejectInitiative).toEqual({
      id,
      status: 'REJECTED',
      rejectionReason: 'Budget à détailler.',
    });
    expect(errorCode(await api.graphql(APPROVE, { input: { id } }, coordinator.headers))).toBe('CONFLICT');
    const approved = await approvedInitiative({ title: 'Atelier couture' });
    const list = await api.graphql<{ initiatives: { id: string }[] }>(PUBLIC_LIST);
    expect(list.data!.initiatives.map((initiative) => initiative.id)).toEqual(
      expect.arrayContaining([approved]),
    );
    expect(list.data!.initiatives.map((initiative) => initiative.id)).not.toContain(id);
    expect(
      (
        await api.graphql(
          UPDATE,
          { input: { initiativeId: approved, body: 'Premier atelier samedi !' } },
          association.member.headers,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      errorCode(
        await api.graphql(UPDATE, { input: { initiativeId: approved, body: 'Hop' } }, stranger.headers),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad initiatives with a clear error and writes nothing', async () => {
    const before = await fundingFootprint();
    const pending = await world.association('PENDING', 'En attente');
    expect(
      errorCode(
        await api.graphql(
          SUBMIT,
          { input: initiativeInput({ organisationId: pending.id }) },
          pending.member.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    for (const [overrides, message] of [
      [{ budgetCents: 50 }, /budget/i],
      [{ budgetCents: 1_000.5 }, /budget|Int/i],
      [{ districtCodes: ['75121'] }, /arrondissement/],
      [{ districtCodes: [] }, /arrondissement/],
      [{ deadline: '2020-01-01' }, /past/],
      [{ deadline: '2026-02-30' }, /YYYY-MM-DD/],
      [{ title: '  ' }, /title/i],
    ] as const) {
      const response = await api.graphql(
        SUBMIT,
        { input: initiativeInput(overrides) },
        association.member.headers,
      );
      expect(response.errors?.[0].message).toMatch(message);
    }
    expect(await fundingFootprint()).toEqual(before);
  });

  it('completes a donation on the test-payment page through the signed webhook path', async () => {
    const initiativeId = await approvedInitiative();
    const donor = await world.person('Donateur');
    const created = await api.graphql<{ donate: { checkoutUrl: string; donation: { status: string } } }>(
      DONATE,
      { input: { initiativeId, amountCents: 2_500, frequency: 'ONE_OFF', anonymous: true } },
      donor.headers,
    );
    expect(created.data!.donate.donation.status).toBe('PENDING');
    expect(created.data!.donate.checkoutUrl).toMatch(
      /^http:\/\/localhost:3000\/paiement-test\/cs_test_local_/,
    );
    const sessionId = created.data!.donate.checkoutUrl.split('/paiement-test/')[1];
    const other = await world.person('Autre');
    expect(errorCode(await api.graphql(TEST_CHECKOUT, { id: sessionId }, other.headers))).toBe('FORBIDDEN');
    expect(
      (await api.graphql<{ testCheckout: unknown }>(TEST_CHECKOUT, { id: sessionId }, donor.headers)).data!
        .testCheckout,
    ).toEqual({ amountCents: 2_500, status: 'PENDING', initiativeTitle: 'Repas partagés' });
    const paid = await api.graphql<{
      completeTestPayment: {
        status: string;
        payments: { amountCents: number; receiptNumber: string; taxReductionCents: number }[];
      };
    }>(PAY, { input: { checkoutSessionId: sessionId, outcome: 'SUCCEED' } }, donor.headers);
    expect(paid.data!.completeTestPayment.status).toBe('PAID');
    expect(paid.data!.completeTestPayment.payments).toEqual([
      {
        amountCents: 2_500,
        receiptNumber: expect.stringMatching(/^ENT-\d{4}-\d{6}$/),
        taxReductionCents: 1_650,
      },
    ]);
    const [{ type }] = await world.sql(`SELECT type FROM stripe_event ORDER BY received_at DESC LIMIT 1`);
    expect(type).toBe('checkout.session.completed');
    expect(
      errorCode(
        await api.graphql(
          PAY,
          { input: { checkoutSessionId: sessionId, outcome: 'SUCCEED' } },
          donor.headers,
        ),
      ),
    ).toBe('CONFLICT');
    expect(await progressOf(initiativeId)).toMatchObject({
      raisedCents: 2_500,
      donorsCount: 1,
      remainingCents: 97_500,
      percent: 2,
    });
  });

  it('refuses donations out of bounds or to an initiative not approved, and writes nothing', async () => {
    const donor = await world.person('Donateur');
    const [submitted] = await world.sql(
      `INSERT INTO initiative (organisation_id, title, description, kind, district_codes, budget_cents, deadline)
       VALUES ($1, 'Pas encore', 'Une initiative en attente de validation.', 'OTHER', '{75018}', 20000, current_date + 9) RETURNING id`,
      [association.id],
    );
    const before = await fundingFootprint();
    for (const [input, code] of [
      [{ amountCents: 199 }, 'BAD_USER_INPUT'],
      [{ amountCents: 1_000_001 }, 'BAD_USER_INPUT'],
      [{ amountCents: -500 }, 'BAD_USER_INPUT'],
      [{ initiativeId: submitted.id, amountCents: 1_000 }, 'CONFLICT'],
      [{ initiativeId: '00000000-0000-0000-0000-000000000000', amountCents: 1_000 }, 'NOT_FOUND'],
    ] as const) {
      const response = await api.graphql(
        DONATE,
        { input: { frequency: 'ONE_OFF', anonymous: false, ...input } },
        donor.headers,
      );
      expect(errorCode(response)).toBe(code);
    }
    expect(
      errorCode(
        await api.graphql(DONATE, { input: { amountCents: 1_000, frequency: 'ONE_OFF', anonymous: false } }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await fundingFootprint()).toEqual(before);
  });

  it('lets sponsors pledge, fund directly within the budget, and meet a team that accepts', async () => {
    const initiativeId = await approvedInitiative({ title: 'Jardin partagé', budgetCents: 30_000 });
    expect(
      errorCode(
        await api.graphql(
          PLEDGE,
          {
            input: {
              organisationId: association.id,
              amountCents: 100_000,
              periodStart: inDays(0),
              periodEnd: inDays(30),
            },
          },
          association.member.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.graphql(
          PLEDGE,
          {
            input: {
              organisationId: sponsor.id,
              amountCents: 100_000,
              periodStart: inDays(5),
              periodEnd: inDays(1),
            },
          },
          sponsor.member.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.graphql(
          GRANT,
          { input: { organisationId: sponsor.id, initiativeId, amountCents: 30_001 } },
          sponsor.member.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const granted = await api.graphql(
      GRANT,
      { input: { organisationId: sponsor.id, initiativeId, amountCents: 10_000, note: 'Outils' } },
      sponsor.member.headers,
    );
    expect(granted.errors).toBeUndefined();
    expect(await progressOf(initiativeId)).toMatchObject({ sponsoredCents: 10_000, remainingCents: 20_000 });

    const request = await api.graphql<{
      requestInitiativeContact: { id: string; status: string; initiativeContactEmail: null };
    }>(
      CONTACT,
      {
        input: {
          organisationId: sponsor.id,
          initiativeId,
          message: 'Nous aimerions rencontrer votre équipe.',
        },
      },
      sponsor.member.headers,
    );
    expect(request.data!.requestInitiativeContact).toMatchObject({
      status: 'REQUESTED',
      initiativeContactEmail: null,
    });
    expect(
      errorCode(
        await api.graphql(
          CONTACT,
          { input: { organisationId: sponsor.id, initiativeId, message: 'Une deuxième demande, pareille.' } },
          sponsor.member.headers,
        ),
      ),
    ).toBe('CONFLICT');
    const id = request.data!.requestInitiativeContact.id;
    expect(
      errorCode(await api.graphql(ANSWER, { input: { id, accept: true } }, sponsor.member.headers)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await api.graphql(ANSWER, { input: { id, accept: false } }, association.member.headers)),
    ).toBe('BAD_USER_INPUT');
    const accepted = await api.graphql<{
      answerContactRequest: { status: string; sponsorContactEmail: string };
    }>(ANSWER, { input: { id, accept: true } }, association.member.headers);
    expect(accepted.data!.answerContactRequest).toMatchObject({
      status: 'ACCEPTED',
      sponsorContactEmail: 'fondation@example.org',
    });
    const overview = await api.graphql<{
      sponsorOverview: { contactRequests: { initiativeContactEmail: string }[] };
    }>(OVERVIEW, { id: sponsor.id }, sponsor.member.headers);
    expect(overview.data!.sponsorOverview.contactRequests[0].initiativeContactEmail).toBe(
      'contact@example.org',
    );
  });

  it('previews and publishes a quadratic-funding round, refuses a stale preview, and keeps rounds immutable', async () => {
    await world.sql(`UPDATE initiative SET status = 'CLOSED' WHERE status = 'APPROVED'`);
    const many = await approvedInitiative({ title: 'Beaucoup de petits dons', budgetCents: 500_000 });
    const one = await approvedInitiative({ title: 'Un gros don', budgetCents: 500_000 });
    const pledged = await api.graphql<{ pledgeMatchingFund: { id: string } }>(
      PLEDGE,
      {
        input: {
          organisationId: sponsor.id,
          amountCents: 1_000_000,
          periodStart: inDays(0),
          periodEnd: inDays(30),
        },
      },
      sponsor.member.headers,
    );
    expect(pledged.errors).toBeUndefined();
    const [first, second, third] = [
      await world.person('A'),
      await world.person('B'),
      await world.person('C'),
    ];
    await give(first, many, 1_000);
    await give(second, many, 1_000);
    await give(third, one, 4_000);
    await give(third, null, 3_000); // the common fund

    const preview = await api.graphql<{
      fundingRoundPreview: {
        fingerprint: string;
        matchedCents: number;
        poolAllocatedCents: number;
        matchingAvailableCents: number;
        initiatives: {
          initiative: { id: string };
          donorsCount: number;
          rawMatchCents: number;
          matchedCents: number;
          poolCents: number;
        }[];
      };
    }>(PREVIEW, {}, coordinator.headers);
    expect(preview.errors).toBeUndefined();
    const plan = preview.data!.fundingRoundPreview;
    const figures = (id: string) => plan.initiatives.find((figure) => figure.initiative.id === id)!;
    // (√1000 + √1000)² − 2000 = 2000 cents of raw match; a single donor gives none.
    expect(figures(many)).toMatchObject({ donorsCount: 2, rawMatchCents: 2_000 });
    expect(figures(one)).toMatchObject({ donorsCount: 1, rawMatchCents: 0, matchedCents: 0 });
    // The whole available pledge goes to the only initiative with a match, up to what it still needs.
    expect(figures(many).matchedCents).toBe(Math.min(plan.matchingAvailableCents, 500_000 - 2_000));
    expect(plan.poolAllocatedCents).toBeGreaterThanOrEqual(3_000);
    expect(errorCode(await api.graphql(PREVIEW, {}, sponsor.member.headers))).toBe('FORBIDDEN');

    await give(await world.person('D'), many, 500); // something changed since the preview
    const stale = await api.graphql(
      PUBLISH,
      { input: { fingerprint: plan.fingerprint } },
      coordinator.headers,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/preview the round again/);

    const fresh = await api.graphql<{
      fundingRoundPreview: { fingerprint: string; matchedCents: number; poolAllocatedCents: number };
    }>(PREVIEW, {}, coordinator.headers);
    const published = await api.graphql<{
      publishFundingRound: { number: number; matchedCents: number; poolCents: number };
    }>(PUBLISH, { input: { fingerprint: fresh.data!.fundingRoundPreview.fingerprint } }, coordinator.headers);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishFundingRound).toMatchObject({
      number: 1,
      matchedCents: fresh.data!.fundingRoundPreview.matchedCents,
      poolCents: fresh.data!.fundingRoundPreview.poolAllocatedCents,
    });
    const again = await api.graphql(
      PUBLISH,
      { input: { fingerprint: fresh.data!.fundingRoundPreview.fingerprint } },
      coordinator.headers,
    );
    expect(errorCode(again)).toBe('CONFLICT');

    const manyProgress = await progressOf(many);
    expect(manyProgress.matchedCents).toBe(fresh.data!.fundingRoundPreview.matchedCents);
    expect(manyProgress.raisedCents).toBe(2_500);
    await expect(world.sql(`UPDATE funding_round SET matched_cents = 0`)).rejects.toThrow(/append-only/);
    await expect(world.sql(`DELETE FROM funding_round_allocation`)).rejects.toThrow(/append-only/);
    const overview = await api.graphql<{
      sponsorOverview: { pledges: { usedCents: number; availableCents: number }[] };
    }>(OVERVIEW, { id: sponsor.id }, sponsor.member.headers);
    const used = overview.data!.sponsorOverview.pledges.reduce((sum, pledge) => sum + pledge.usedCents, 0);
    expect(used).toBe(fresh.data!.fundingRoundPreview.matchedCents);

    const report = await api.graphql<{
      transparencyReport: {
        matchedCents: number;
        rounds: { number: number }[];
        sponsors: { name: string; usedCents: number }[];
      };
    }>(TRANSPARENCY);
    expect(report.data!.transparencyReport.rounds[0].number).toBe(1);
    expect(report.data!.transparencyReport.matchedCents).toBe(fresh.data!.fundingRoundPreview.matchedCents);
    expect(
      report.data!.transparencyReport.sponsors.find((row) => row.name === 'Fondation du Parc')!.usedCents,
    ).toBe(used + 10_000);
  });

  it('records payouts up to what an initiative holds, in the ledger', async () => {
    const initiativeId = await approvedInitiative({ title: 'Versement', budgetCents: 50_000 });
    await give(await world.person('E'), initiativeId, 5_000);
    expect(
      errorCode(
        await api.graphql(
          PAYOUT,
          { input: { initiativeId, amountCents: 5_001, bankReference: 'VIR-2026-001' } },
          coordinator.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.graphql(
          PAYOUT,
          { input: { initiativeId, amountCents: 100, bankReference: 'VIR-2026-001' } },
          association.member.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    const paid = await api.graphql(
      PAYOUT,
      { input: { initiativeId, amountCents: 4_000, bankReference: 'VIR-2026-001' } },
      coordinator.headers,
    );
    expect(paid.errors).toBeUndefined();
    expect(await progressOf(initiativeId)).toMatchObject({
      paidOutCents: 4_000,
      balanceCents: 1_000,
      raisedCents: 5_000,
    });
    const [{ unbalanced }] = await world.sql(
      `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entry GROUP BY 1 HAVING sum(amount_cents) <> 0) t`,
    );
    expect(unbalanced).toBe(0);
  });

  it('deletes a donor without breaking the ledger, once their monthly donation is stopped', async () => {
    const donor = await world.person('Partant');
    const { donation } = await give(donor, null, 1_200, 'MONTHLY');
    expect(donation.status).toBe('ACTIVE');
    await expect(world.db.transaction((tx) => FUNDING_PERSONAL_DATA.erase(donor.id, tx))).rejects.toThrow(
      /monthly/,
    );
    const exported = await FUNDING_PERSONAL_DATA.export(donor.id, world.db.manager);
    expect(exported).toEqual([
      expect.objectContaining({ target: 'Fonds commun', amountCents: '1200', frequency: 'MONTHLY' }),
    ]);
    await api.graphql(
      `mutation ($input: DonationIdInput!) { cancelMonthlyDonation(input: $input) { status } }`,
      { input: { id: donation.id } },
      donor.headers,
    );
    await world.db.transaction((tx) => FUNDING_PERSONAL_DATA.erase(donor.id, tx));
    await world.sql(`DELETE FROM user_session WHERE user_id = $1`, [donor.id]);
    await world.sql(`DELETE FROM app_user WHERE id = $1`, [donor.id]);
    const [row] = await world.sql(
      `SELECT donor_id, donor_name, donor_email, status FROM donation WHERE id = $1`,
      [donation.id],
    );
    expect(row).toEqual({ donor_id: null, donor_name: null, donor_email: null, status: 'CANCELLED' });
    const report = await api.graphql<{ transparencyReport: { poolReceivedCents: number } }>(TRANSPARENCY);
    expect(report.data!.transparencyReport.poolReceivedCents).toBeGreaterThanOrEqual(1_200);
  });
});

describe('funding: rate limit on donations', () => {
  let api: TestApp;
  let world: TestWorld;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule, FundingModule],
      overrides: [
        {
          provide: RATE_LIMIT_POLICIES,
          useValue: { ...DEFAULT_RATE_LIMIT_POLICIES, donationsPerPerson: { limit: 3, windowSeconds: 600 } },
        },
      ],
    });
    world = new TestWorld(api);
  });

  afterAll(() => api.close());

  it('refuses the donation over the limit with TOO_MANY_REQUESTS and writes nothing, per person', async () => {
    const donor = await world.person('Pressé');
    const donate = (person: Person) =>
      api.graphql(
        DONATE,
        { input: { amountCents: 1_000, frequency: 'ONE_OFF', anonymous: false } },
        person.headers,
      );
    const donations = async () =>
      (await world.sql(`SELECT count(*)::int AS n FROM donation WHERE donor_id = $1`, [donor.id]))[0].n;

    for (let i = 0; i < 3; i++) expect((await donate(donor)).errors).toBeUndefined();
    expect(await donations()).toBe(3);

    const refused = await donate(donor);
    expect(refused.data).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: 'Too many donations started; try again in 10 minutes.',
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
      }),
    ]);
    expect(await donations()).toBe(3);
    expect(
      (
        await world.sql(
          `SELECT count(*)::int AS n FROM auth_attempt WHERE action = 'DONATION' AND subject = $1`,
          [donor.id],
        )
      )[0].n,
    ).toBe(3);

    // Another person is not affected.
    expect((await donate(await world.person('Patient'))).errors).toBeUndefined();
  });
});
