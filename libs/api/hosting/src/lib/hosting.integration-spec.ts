import { parisToday } from '@entraide/api-core';
import { IdentityModule, SESSION_COOKIE } from '@entraide/api-identity';
import { createTestApp, errorCode, Person, TestApp, TestWorld } from '@entraide/api-testing';

import { HostingRunTrigger } from './hosting.enums';
import { HostingModule } from './hosting.module';
import { HostingRunsService } from './services/hosting-runs.service';

const SAVE = `mutation ($input: SaveHostOfferInput!) { saveHostOffer(input: $input) { id status stepsDone beds address } }`;
const SUBMIT = `mutation ($input: SubmitHostOfferInput!) { submitHostOffer(input: $input) { id status verifier { name } } }`;
const VERIFY = `mutation ($input: VerifyHostOfferInput!) { verifyHostOffer(input: $input) { status homeVisitOn visitedBy } }`;
const CREATE_REQUEST = `mutation ($input: HostingRequestInput!) { createHostingRequest(input: $input) { id alias householdSize status } }`;
const REQUESTS = `query ($id: ID!) { hostingRequests(organisationId: $id) { id alias status urgent } }`;
const REQUEST = `query ($id: ID!) { hostingRequest(id: $id) { id alias needs } }`;
const PROPOSALS = `query ($id: ID!) { hostingProposals(organisationId: $id) {
  id status requestId score { score languages district duration availableDays urgent }
  host { offerId districtCode address host { email } } } }`;
const MY_PROPOSALS = `{ myHostingProposals { id status organisation { name } household { size ageBands languages } host { address } } }`;
const FORWARD = `mutation ($id: ID!) { forwardHostingProposal(input: { id: $id }) { id status } }`;
const ACCEPT = `mutation ($id: ID!) { acceptHostingProposal(input: { id: $id }) { id status host { address } } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declineHostingProposal(input: { id: $id, reason: $reason }) { status declinedBySide } }`;
const MEETING = `mutation ($input: PlanHostingMeetingInput!) { planHostingMeeting(input: $input) { meetingAt meetingPlace } }`;
const START = `mutation ($input: StartStayInput!) { startStay(input: $input) { id status nextCheckInDue events { kind } } }`;
const CHECK_IN = `mutation ($input: StayNoteInput!) { recordStayCheckIn(input: $input) { nextCheckInDue events { kind note } } }`;
const EXTEND = `mutation ($input: ExtendStayInput!) { extendStay(input: $input) { plannedEndOn } }`;
const END = `mutation ($input: EndStayInput!) { endStay(input: $input) { status endedEarly endedBySide } }`;
const STAYS = `query ($id: ID!) { stays(organisationId: $id) { id status } }`;
const STAY = `query ($id: ID!) { stay(id: $id) { id host { address } } }`;
const OVERVIEW = `{ hostingOverview { openRequests urgentRequests offersToVerify medianDaysToMatch
  districts { districtCode hostsAvailable activeStays openRequests } staysEndingSoon { id host { address } } } }`;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('hosting at home', () => {
  let api: TestApp;
  let world: TestWorld;
  let coordinator: Person;
  let verifier: { id: string; member: Person };
  let referent: { id: string; member: Person };
  let otherAssociation: { id: string; member: Person };
  const today = parisToday();

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, HostingModule] });
    world = new TestWorld(api);
    coordinator = await world.person('Coordinatrice');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    verifier = await world.association('VERIFIED', 'Réseau hébergement');
    referent = await world.association('VERIFIED', 'Accueil 18e');
    otherAssociation = await world.association('VERIFIED', 'Autre association');
  });

  afterAll(() => api.close());

  /** Waits until no hosting run is queued or running (runs are queued by events and run by the worker). */
  async function settle(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const [{ busy }] = await world.sql(
        `SELECT count(*)::int AS busy FROM matching_run WHERE kind = 'HOSTING' AND status IN ('QUEUED', 'RUNNING')`,
      );
      if (busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('Hosting runs did not settle in 20 s');
  }

  const STEPS = [
    {
      step: 1,
      roomKind: 'PRIVATE_ROOM',
      beds: 2,
      districtCode: '75019',
      address: '12 rue de Crimée, 75019 Paris',
    },
    { step: 2, availableFrom: today, availableUntil: addDays(today, 200), minStayDays: 30, maxStayDays: 180 },
    { step: 3, householdAdults: 2, householdChildren: 0, languages: ['fr', 'ti'], acceptsChildren: true },
    { step: 4, houseRules: 'Pas de bruit après 22 h', offersMeals: true },
  ];

  /** A host who fills the four steps, sends the offer and has it verified; returns the host and the offer id. */
  async function verifiedHost(
    overrides: Record<string, unknown> = {},
    host?: Person,
  ): Promise<{ host: Person; offerId: string }> {
    host ??= await world.person('Hôte');
    let id: string | undefined;
    for (const step of STEPS) {
      const saved = await api.graphql<{ saveHostOffer: { id: string } }>(
        SAVE,
        { input: { ...step, ...(step.step === 3 ? overrides : {}), id } },
        host!.headers,
      );
      expect(saved.errors).toBeUndefined();
      id = saved.data!.saveHostOffer.id;
    }
    await api.graphql(SUBMIT, { input: { id, verifierOrganisationId: verifier.id } }, host.headers);
    const verified = await api.graphql(
      VERIFY,
      { input: { id, homeVisitOn: today, visitedBy: 'Nadia, bénévole' } },
      verifier.member.headers,
    );
    expect(verified.errors).toBeUndefined();
    return { host, offerId: id! };
  }

  const household = (overrides: Record<string, unknown> = {}) => ({
    organisationId: referent.id,
    alias: 'Famille A.',
    ageBands: ['AGE_26_59', 'AGE_6_11'],
    languages: ['ti', 'en'],
    legalStatus: 'ASYLUM_SEEKER',
    neededFrom: today,
    minimumDays: 30,
    desiredDays: 90,
    preferredDistricts: ['75019'],
    needs: 'Proche d’une école',
    ...overrides,
  });

  async function referHousehold(
    overrides: Record<string, unknown> = {},
    by: Person = referent.member,
  ): Promise<string> {
    const created = await api.graphql<{ createHostingRequest: { id: string } }>(
      CREATE_REQUEST,
      { input: household(overrides) },
      by.headers,
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createHostingRequest.id;
  }

  async function proposalsOf(organisationId = referent.id) {
    await settle();
    const response = await api.graphql<{
      hostingProposals: {
        id: string;
        status: string;
        requestId: string;
        score: Record<string, number | boolean>;
        host: { offerId: string; address: string | null; host: { email: string } | null };
      }[];
    }>(PROPOSALS, { id: organisationId }, referent.member.headers);
    expect(response.errors).toBeUndefined();
    return response.data!.hostingProposals;
  }

  const hostingFootprint = async () =>
    (
      await world.sql(
        `SELECT (SELECT count(*) FROM host_offer)::int AS offers, (SELECT count(*) FROM hosting_request)::int AS requests,
                (SELECT count(*) FROM stay)::int AS stays, (SELECT count(*) FROM stay_event)::int AS events,
                (SELECT count(*) FROM hosting_proposal WHERE status = 'ACCEPTED')::int AS accepted,
                (SELECT string_agg(status || paused::text, ',' ORDER BY id) FROM host_offer) AS offer_states`,
      )
    )[0];

  describe('host offers', () => {
    it('saves the form step by step, refuses bad steps without writing, and needs a home visit', async () => {
      const host = await world.person('Hôte');
      const first = await api.graphql<{ saveHostOffer: { id: string; status: string; stepsDone: number } }>(
        SAVE,
        { input: STEPS[0] },
        host.headers,
      );
      expect(first.data!.saveHostOffer).toMatchObject({ status: 'DRAFT', stepsDone: 1 });
      const id = first.data!.saveHostOffer.id;
      const before = await hostingFootprint();

      const wrongOrder = await api.graphql(
        SAVE,
        { input: { ...STEPS[1], id, availableUntil: addDays(today, -1) } },
        host.headers,
      );
      expect(errorCode(wrongOrder)).toBe('BAD_USER_INPUT');
      const past = await api.graphql(
        SAVE,
        { input: { ...STEPS[1], id, availableFrom: addDays(today, -3) } },
        host.headers,
      );
      expect(errorCode(past)).toBe('BAD_USER_INPUT');
      const missing = await api.graphql(SAVE, { input: { step: 2, id } }, host.headers);
      expect(missing.errors![0].message).toMatch(/available_from/);
      const early = await api.graphql(
        SUBMIT,
        { input: { id, verifierOrganisationId: verifier.id } },
        host.headers,
      );
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
      const stranger = await world.person('Inconnu');
      expect(errorCode(await api.graphql(SAVE, { input: { ...STEPS[1], id } }, stranger.headers))).toBe(
        'FORBIDDEN',
      );
      expect(await hostingFootprint()).toEqual(before);

      for (const step of STEPS.slice(1)) await api.graphql(SAVE, { input: { ...step, id } }, host.headers);
      const pending = await world.association('PENDING', 'En attente');
      expect(
        errorCode(
          await api.graphql(SUBMIT, { input: { id, verifierOrganisationId: pending.id } }, host.headers),
        ),
      ).toBe('BAD_USER_INPUT');
      const submitted = await api.graphql<{
        submitHostOffer: { status: string; verifier: { name: string } };
      }>(SUBMIT, { input: { id, verifierOrganisationId: verifier.id } }, host.headers);
      expect(submitted.data!.submitHostOffer).toMatchObject({
        status: 'SUBMITTED',
        verifier: { name: 'Réseau hébergement' },
      });

      const visit = { id, homeVisitOn: today, visitedBy: 'Nadia' };
      expect(errorCode(await api.graphql(VERIFY, { input: visit }, otherAssociation.member.headers))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await api.graphql(
            VERIFY,
            { input: { ...visit, homeVisitOn: addDays(today, 2) } },
            verifier.member.headers,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const verified = await api.graphql<{ verifyHostOffer: { status: string } }>(
        VERIFY,
        { input: visit },
        verifier.member.headers,
      );
      expect(verified.data!.verifyHostOffer.status).toBe('VERIFIED');
      const [audit] = await world.sql(
        `SELECT actor_id FROM audit_log WHERE action = 'HOST_OFFER_VERIFIED' AND target_id = $1`,
        [id],
      );
      expect(audit.actor_id).toBe(verifier.member.id);

      const pause = `mutation ($id: ID!) { pauseHostOffer(input: { id: $id }) { paused } }`;
      expect(
        (await api.graphql<{ pauseHostOffer: { paused: boolean } }>(pause, { id }, host.headers)).data!
          .pauseHostOffer.paused,
      ).toBe(true);
      expect(errorCode(await api.graphql(pause, { id }, host.headers))).toBe('CONFLICT');
      await api.graphql(
        `mutation ($id: ID!) { withdrawHostOffer(input: { id: $id }) { status } }`,
        { id },
        host.headers,
      );
      await settle();
    });
  });

  describe('households', () => {
    it('are referred only by members of a verified association, and bad input writes nothing', async () => {
      const before = await hostingFootprint();
      const pending = await world.association('PENDING', 'Pas encore vérifiée');
      const refused = await api.graphql(
        CREATE_REQUEST,
        { input: household({ organisationId: pending.id }) },
        pending.member.headers,
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(
        errorCode(await api.graphql(CREATE_REQUEST, { input: household() }, otherAssociation.member.headers)),
      ).toBe('FORBIDDEN');
      for (const bad of [
        { desiredDays: 10 },
        { neededFrom: addDays(today, -1) },
        { preferredDistricts: ['75099'] },
        { ageBands: [] },
        { languages: ['français'] },
        { alias: ' ' },
      ]) {
        const response = await api.graphql(
          CREATE_REQUEST,
          { input: household(bad) },
          referent.member.headers,
        );
        expect([JSON.stringify(bad), errorCode(response)]).toEqual([JSON.stringify(bad), 'BAD_USER_INPUT']);
      }
      expect(await hostingFootprint()).toEqual(before);
    });
  });

  describe('from a proposal to a stay', () => {
    it('proposes the best pair, reveals the address only once both accept, starts and follows the stay, and re-pools the household when it ends early', async () => {
      const { host, offerId } = await verifiedHost();
      const { offerId: frenchOnlyOffer } = await verifiedHost({ languages: ['fr'] });
      const requestId = await referHousehold();

      const proposals = await proposalsOf();
      const proposal = proposals.find((candidate) => candidate.requestId === requestId)!;
      // Tigrinya spoken at home makes the first home the better one.
      expect(proposal).toMatchObject({
        status: 'PROPOSED',
        host: { offerId, address: null, host: null },
        score: { languages: 1, district: 1, duration: 1, urgent: false },
      });

      expect(errorCode(await api.graphql(ACCEPT, { id: proposal.id }, host.headers))).toBe('CONFLICT');
      expect(errorCode(await api.graphql(FORWARD, { id: proposal.id }, host.headers))).toBe('FORBIDDEN');
      expect(
        (
          await api.graphql<{ forwardHostingProposal: { status: string } }>(
            FORWARD,
            { id: proposal.id },
            referent.member.headers,
          )
        ).data!.forwardHostingProposal.status,
      ).toBe('FORWARDED');

      const forHost = await api.graphql<{
        myHostingProposals: {
          id: string;
          household: Record<string, unknown>;
          host: { address: string | null };
        }[];
      }>(MY_PROPOSALS, {}, host.headers);
      expect(forHost.data!.myHostingProposals).toEqual([
        expect.objectContaining({
          id: proposal.id,
          household: { size: 2, ageBands: ['AGE_26_59', 'AGE_6_11'], languages: ['ti', 'en'] },
        }),
      ]);

      const accepted = await api.graphql<{
        acceptHostingProposal: { status: string; host: { address: string } };
      }>(ACCEPT, { id: proposal.id }, host.headers);
      expect(accepted.data!.acceptHostingProposal).toEqual({
        id: proposal.id,
        status: 'ACCEPTED',
        host: { address: '12 rue de Crimée, 75019 Paris' },
      });
      const afterAcceptance = (await proposalsOf()).find((candidate) => candidate.id === proposal.id)!;
      expect(afterAcceptance.host).toMatchObject({
        address: '12 rue de Crimée, 75019 Paris',
        host: { email: expect.any(String) },
      });

      const pastMeeting = {
        proposalId: proposal.id,
        at: new Date(Date.now() - 3_600_000).toISOString(),
        place: 'Au local',
      };
      expect(errorCode(await api.graphql(MEETING, { input: pastMeeting }, referent.member.headers))).toBe(
        'BAD_USER_INPUT',
      );
      const meeting = await api.graphql(
        MEETING,
        { input: { ...pastMeeting, at: new Date(Date.now() + 86_400_000).toISOString() } },
        host.headers,
      );
      expect(meeting.errors).toBeUndefined();

      const stayInput = {
        proposalId: proposal.id,
        startsOn: today,
        plannedEndOn: addDays(today, 60),
        agreementSignedOn: today,
      };
      const before = await hostingFootprint();
      for (const bad of [
        { plannedEndOn: today },
        { startsOn: addDays(today, -2) },
        { agreementSignedOn: addDays(today, 1), startsOn: addDays(today, 2) },
        { plannedEndOn: addDays(today, 181) },
      ]) {
        const response = await api.graphql(
          START,
          { input: { ...stayInput, ...bad } },
          referent.member.headers,
        );
        expect([JSON.stringify(bad), errorCode(response)]).toEqual([JSON.stringify(bad), 'BAD_USER_INPUT']);
      }
      expect(errorCode(await api.graphql(START, { input: stayInput }, otherAssociation.member.headers))).toBe(
        'FORBIDDEN',
      );
      expect(await hostingFootprint()).toEqual(before);

      const started = await api.graphql<{
        startStay: { id: string; status: string; nextCheckInDue: string };
      }>(START, { input: stayInput }, referent.member.headers);
      expect(started.data!.startStay).toMatchObject({ status: 'ACTIVE', nextCheckInDue: addDays(today, 7) });
      const stayId = started.data!.startStay.id;
      expect(errorCode(await api.graphql(START, { input: stayInput }, referent.member.headers))).toBe(
        'CONFLICT',
      );

      const checkIn = await api.graphql<{ recordStayCheckIn: { nextCheckInDue: string } }>(
        CHECK_IN,
        { input: { stayId, on: today, note: 'Tout va bien' } },
        referent.member.headers,
      );
      expect(checkIn.data!.recordStayCheckIn.nextCheckInDue).toBe(addDays(today, 30));
      expect(
        errorCode(await api.graphql(CHECK_IN, { input: { stayId, on: today, note: 'x' } }, host.headers)),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await api.graphql(
            EXTEND,
            { input: { stayId, plannedEndOn: addDays(today, 30) } },
            referent.member.headers,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const extended = await api.graphql<{ extendStay: { plannedEndOn: string } }>(
        EXTEND,
        { input: { stayId, plannedEndOn: addDays(today, 90) } },
        referent.member.headers,
      );
      expect(extended.data!.extendStay.plannedEndOn).toBe(addDays(today, 90));

      // The host has to stop: the household goes back to the pool, urgent, and another home is proposed.
      const ended = await api.graphql<{
        endStay: { status: string; endedEarly: boolean; endedBySide: string };
      }>(END, { input: { stayId, endedOn: today, reason: 'Raisons familiales' } }, host.headers);
      expect(ended.data!.endStay).toEqual({ status: 'ENDED', endedEarly: true, endedBySide: 'HOST' });
      const requests = await api.graphql<{
        hostingRequests: { id: string; status: string; urgent: boolean }[];
      }>(REQUESTS, { id: referent.id }, referent.member.headers);
      expect(requests.data!.hostingRequests.find((request) => request.id === requestId)).toMatchObject({
        status: 'OPEN',
        urgent: true,
      });
      const [offer] = await world.sql(`SELECT paused FROM host_offer WHERE id = $1`, [offerId]);
      expect(offer.paused).toBe(true);
      const alternative = (await proposalsOf()).find(
        (candidate) => candidate.requestId === requestId && candidate.status === 'PROPOSED',
      );
      expect(alternative).toMatchObject({ host: { offerId: frenchOnlyOffer }, score: { urgent: true } });
    });

    it('refuses a stay in a home too small for the household, and an answer to an expired proposal', async () => {
      const { host } = await verifiedHost();
      const requestId = await referHousehold({
        alias: 'Famille B.',
        ageBands: ['AGE_26_59', 'AGE_26_59', 'AGE_3_5'],
        languages: ['am'],
      });
      // A proposal written by hand: the engine itself never pairs a household with a home too small.
      const [{ id: proposalId }] = await world
        .sql(
          `INSERT INTO matching_run (kind, trigger, status, finished_at) VALUES ('HOSTING', 'MANUAL', 'DONE', now()) RETURNING id`,
        )
        .then(async ([run]) =>
          world.sql(
            `INSERT INTO hosting_proposal (run_id, host_offer_id, hosting_request_id, score, status, forwarded_at, accepted_at)
           SELECT $1, h.id, $2, '{}', 'ACCEPTED', now(), now() FROM host_offer h WHERE h.host_id = $3 RETURNING id`,
            [run.id, requestId, host.id],
          ),
        );
      const before = await hostingFootprint();
      const tooSmall = await api.graphql(
        START,
        {
          input: { proposalId, startsOn: today, plannedEndOn: addDays(today, 40), agreementSignedOn: today },
        },
        referent.member.headers,
      );
      expect(errorCode(tooSmall)).toBe('BAD_USER_INPUT');
      expect(tooSmall.errors![0].message).toMatch(/2 beds for a household of 3/);
      expect(await hostingFootprint()).toEqual(before);

      await world.sql(`UPDATE hosting_proposal SET status = 'EXPIRED', accepted_at = NULL WHERE id = $1`, [
        proposalId,
      ]);
      const expired = await api.graphql(ACCEPT, { id: proposalId }, host.headers);
      expect(errorCode(expired)).toBe('CONFLICT');
      expect(expired.errors![0].message).toMatch(/expired/);
      await settle();
    });
  });

  describe('declining', () => {
    it('takes a reason, records the side, and never proposes the pair again', async () => {
      const { host, offerId } = await verifiedHost({ languages: ['uk'] });
      const requestId = await referHousehold({
        alias: 'Famille D.',
        languages: ['uk'],
        ageBands: ['AGE_60_PLUS'],
      });
      const proposal = (await proposalsOf()).find(
        (candidate) => candidate.requestId === requestId && candidate.status === 'PROPOSED',
      )!;
      expect(proposal.host.offerId).toBe(offerId);
      expect(
        errorCode(await api.graphql(DECLINE, { id: proposal.id, reason: ' ' }, referent.member.headers)),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.graphql(DECLINE, { id: proposal.id, reason: 'Non' }, host.headers))).toBe(
        'CONFLICT',
      );
      const declined = await api.graphql<{
        declineHostingProposal: { status: string; declinedBySide: string };
      }>(DECLINE, { id: proposal.id, reason: 'Trop loin de son travail' }, referent.member.headers);
      expect(declined.data!.declineHostingProposal).toEqual({
        status: 'DECLINED',
        declinedBySide: 'ASSOCIATION',
      });
      const again = (await proposalsOf()).filter(
        (candidate) => candidate.requestId === requestId && candidate.host.offerId === offerId,
      );
      expect(again.map((candidate) => candidate.status)).toEqual(['DECLINED']);
    });
  });

  describe('notifications', () => {
    it('tells the members of the referring association of proposals new to them, once', async () => {
      const association = await world.association('VERIFIED', 'Accueil 20e');
      const colleague = await world.person('Collègue');
      await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
        association.id,
        colleague.id,
      ]);
      const notices = () =>
        world.sql(
          `SELECT user_id, reference, params FROM notification WHERE kind = 'PROPOSAL_TO_REVIEW' AND link = $1
           ORDER BY created_at, user_id`,
          [`/organisations/${association.id}/hebergement`],
        );
      const told = (runId: string) =>
        [association.member.id, colleague.id].sort().map((userId) => ({
          user_id: userId,
          reference: `${runId}:${association.id}`,
          params: { forName: 'Accueil 20e', items: 0, hosting: 1 },
        }));
      const proposed = async (requestId: string) => {
        await settle();
        return world.sql(
          `SELECT run_id, host_offer_id FROM hosting_proposal WHERE hosting_request_id = $1 AND status = 'PROPOSED'`,
          [requestId],
        );
      };

      const { offerId: somaliHome } = await verifiedHost({ languages: ['so'] });
      const first = await referHousehold(
        { organisationId: association.id, alias: 'Famille S.', languages: ['so'] },
        association.member,
      );
      const [firstProposal] = await proposed(first);
      expect(firstProposal.host_offer_id).toBe(somaliHome);
      expect(await notices()).toEqual(told(firstProposal.run_id));

      // A second household: the run proposes the first pair again, which is no news, and tells of the new one.
      const { offerId: swahiliHome } = await verifiedHost({ languages: ['sw'] });
      const second = await referHousehold(
        { organisationId: association.id, alias: 'Famille W.', languages: ['sw'] },
        association.member,
      );
      const [secondProposal] = await proposed(second);
      expect(secondProposal.host_offer_id).toBe(swahiliHome);
      expect((await proposed(first)).map((proposal) => proposal.host_offer_id)).toEqual([somaliHome]);
      expect(await notices()).toEqual([...told(firstProposal.run_id), ...told(secondProposal.run_id)]);

      // A run on an unchanged pool writes nothing.
      const again = await api.app.get(HostingRunsService).request(HostingRunTrigger.MANUAL, null);
      await settle();
      const [{ unchanged }] = await world.sql(`SELECT unchanged FROM matching_run WHERE id = $1`, [again.id]);
      expect(unchanged).toBe(true);
      expect(await notices()).toHaveLength(4);
    });
  });

  describe('privacy', () => {
    const password = 'correct horse battery staple';
    let requestId: string;
    let stayId: string;
    let host: Person;

    beforeAll(async () => {
      const signedUp = await api.graphql<{ signUp: { viewer: { id: string } } }>(
        `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
        { input: { email: 'hote.prive@example.org', password, displayName: 'Hôte' } },
      );
      host = {
        id: signedUp.data!.signUp.viewer.id,
        headers: { cookie: `${SESSION_COOKIE}=${signedUp.cookies[SESSION_COOKIE].value}` },
      };
      await verifiedHost({ languages: ['ps'] }, host);
      requestId = await referHousehold({
        alias: 'M. Privé',
        ageBands: ['AGE_18_25'],
        languages: ['ps'],
        preferredDistricts: ['75019'],
      });
      const proposal = (await proposalsOf()).find((candidate) => candidate.requestId === requestId)!;
      await api.graphql(FORWARD, { id: proposal.id }, referent.member.headers);
      await api.graphql(ACCEPT, { id: proposal.id }, host.headers);
      const started = await api.graphql<{ startStay: { id: string } }>(
        START,
        {
          input: {
            proposalId: proposal.id,
            startsOn: today,
            plannedEndOn: addDays(today, 20),
            agreementSignedOn: today,
          },
        },
        referent.member.headers,
      );
      stayId = started.data!.startStay.id;
      await settle();
    });

    it('keeps households from other associations, citizens, staff and sponsors, through every query', async () => {
      const citizen = await world.person('Citoyen');
      const staff = await world.staffOf('p-75018');
      const sponsor = await world.person('Mécène');
      const [{ id: sponsorOrganisation }] = await world.sql(
        `INSERT INTO organisation (kind, name, siret, contact_email, status, decided_at)
         VALUES ('SPONSOR', 'Fondation', '12345678901234', 'f@example.org', 'VERIFIED', now()) RETURNING id`,
      );
      await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
        sponsorOrganisation,
        sponsor.id,
      ]);
      for (const [who, outsider] of [
        ['another association', otherAssociation.member],
        ['a citizen', citizen],
        ['collection staff', staff],
        ['a sponsor', sponsor],
      ] as const) {
        for (const [query, variables] of [
          [REQUESTS, { id: referent.id }],
          [REQUEST, { id: requestId }],
          [PROPOSALS, { id: referent.id }],
          [STAYS, { id: referent.id }],
          [STAY, { id: stayId }],
          [OVERVIEW, {}],
        ] as const) {
          const response = await api.graphql(query, variables, outsider.headers);
          expect([who, query.slice(0, 40), errorCode(response), response.data ?? null]).toEqual([
            who,
            query.slice(0, 40),
            'FORBIDDEN',
            null,
          ]);
        }
        const theirs = await api.graphql<{ myHostingProposals: unknown[] }>(
          MY_PROPOSALS,
          {},
          outsider.headers,
        );
        expect(theirs.data!.myHostingProposals).toEqual([]);
      }
    });

    it('lets the referent association and coordinators read households, and audits every read', async () => {
      const reads = async () =>
        (
          await world.sql(
            `SELECT count(*)::int AS n FROM audit_log WHERE action = 'GUEST_RECORD_READ' AND target_id = $1`,
            [requestId],
          )
        )[0].n;
      const before = await reads();
      const asMember = await api.graphql<{ hostingRequest: { alias: string } }>(
        REQUEST,
        { id: requestId },
        referent.member.headers,
      );
      expect(asMember.data!.hostingRequest.alias).toBe('M. Privé');
      const asCoordinator = await api.graphql<{ hostingRequests: { id: string }[] }>(
        REQUESTS,
        { id: referent.id },
        coordinator.headers,
      );
      expect(asCoordinator.data!.hostingRequests.map((request) => request.id)).toContain(requestId);
      expect(await reads()).toBe(before + 2);
      const [entry] = await world.sql(
        `SELECT actor_id, details FROM audit_log WHERE action = 'GUEST_RECORD_READ' AND target_id = $1 ORDER BY id DESC LIMIT 1`,
        [requestId],
      );
      expect(entry).toEqual({ actor_id: coordinator.id, details: { via: 'hostingRequests' } });
    });

    it('shows coordinators figures and stays without addresses', async () => {
      const overview = await api.graphql<{
        hostingOverview: {
          districts: { districtCode: string; activeStays: number }[];
          medianDaysToMatch: number;
          staysEndingSoon: { id: string; host: { address: string | null } }[];
        };
      }>(OVERVIEW, {}, coordinator.headers);
      expect(overview.errors).toBeUndefined();
      const figures = overview.data!.hostingOverview;
      expect(figures.districts).toHaveLength(20);
      expect(
        figures.districts.find((district) => district.districtCode === '75019')!.activeStays,
      ).toBeGreaterThanOrEqual(1);
      expect(figures.medianDaysToMatch).toBeGreaterThanOrEqual(0);
      expect(figures.staysEndingSoon.find((stay) => stay.id === stayId)).toEqual({
        id: stayId,
        host: { address: null },
      });
    });

    it('exposes household records through no type but HostingRequest, returned only by its own queries', async () => {
      const schema = await api.graphql<{
        __schema: {
          types: {
            name: string;
            fields: { name: string; type: { name: string | null; ofType: unknown } }[] | null;
          }[];
        };
      }>(
        `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`,
      );
      const typeName = (type: unknown): string | null => {
        let current = type as { name: string | null; ofType?: unknown } | null;
        while (current && !current.name) current = current.ofType as typeof current;
        return current?.name ?? null;
      };
      const paths = schema
        .data!.__schema.types.filter((type) => !type.name.startsWith('__'))
        .flatMap((type) =>
          (type.fields ?? []).map((field) => ({
            path: `${type.name}.${field.name}`,
            returns: typeName(field.type),
          })),
        );
      expect(
        paths
          .filter((field) => field.returns === 'HostingRequest')
          .map((field) => field.path)
          .sort(),
      ).toEqual([
        'Mutation.closeHostingRequest',
        'Mutation.createHostingRequest',
        'Mutation.updateHostingRequest',
        'Query.hostingRequest',
        'Query.hostingRequests',
      ]);
      const sensitive = ['alias', 'needs', 'legalStatus'];
      expect(
        paths
          .filter((field) => sensitive.includes(field.path.split('.')[1]))
          .map((field) => field.path)
          .sort(),
      ).toEqual(['HostingRequest.alias', 'HostingRequest.legalStatus', 'HostingRequest.needs']);
    });

    it('covers hosting in the personal-data export and deletion', async () => {
      const exported = await api.graphql<{ exportMyData: { json: string } }>(
        `mutation { exportMyData { json } }`,
        {},
        host.headers,
      );
      const document = JSON.parse(exported.data!.exportMyData.json);
      expect(document.hosting.hostOffers[0]).toMatchObject({
        address: '12 rue de Crimée, 75019 Paris',
        status: 'VERIFIED',
      });
      expect(document.hosting.staysHosted).toHaveLength(1);
      expect(JSON.stringify(document)).not.toContain('M. Privé');

      const remove = `mutation ($password: String!) { deleteMyAccount(input: { password: $password }) { deleted } }`;
      const refused = await api.graphql(remove, { password }, host.headers);
      expect(errorCode(refused)).toBe('CONFLICT');
      await api.graphql(
        END,
        { input: { stayId, endedOn: today, reason: 'Fin anticipée' } },
        referent.member.headers,
      );
      const deleted = await api.graphql(remove, { password }, host.headers);
      expect(deleted.errors).toBeUndefined();
      const offers = await world.sql(
        `SELECT status, address, house_rules FROM host_offer WHERE host_id = $1`,
        [host.id],
      );
      expect(offers).toEqual([{ status: 'WITHDRAWN', address: null, house_rules: null }]);
      await settle();
    });
  });

  describe('Louez solidaire', () => {
    it('lets housing operators of the district take on or decline a vacant home, and tracks it', async () => {
      const owner = await world.person('Propriétaire');
      const operator = async (name: string, district: string) => {
        const member = await world.person('Opérateur');
        const [{ id }] = await world.sql(
          `INSERT INTO organisation (kind, name, siret, contact_email, status, decided_at)
           VALUES ('HOUSING_OPERATOR', $1, $2, 'op@example.org', 'VERIFIED', now()) RETURNING id`,
          [name, String(Math.floor(Math.random() * 1e14)).padStart(14, '1')],
        );
        await world.sql(
          `INSERT INTO organisation_district (organisation_id, district_code) VALUES ($1, $2)`,
          [id, district],
        );
        await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
          id,
          member.id,
        ]);
        return { id, member };
      };
      const north = await operator('Solidarité Logement Nord', '75018');
      const south = await operator('Logement Sud', '75014');
      const offered = await api.graphql<{ offerRentalUnit: { id: string; status: string } }>(
        `mutation ($input: OfferRentalUnitInput!) { offerRentalUnit(input: $input) { id status } }`,
        {
          input: {
            districtCode: '75018',
            address: '3 rue Ordener',
            surfaceM2: 32,
            rooms: 2,
            availableFrom: today,
          },
        },
        owner.headers,
      );
      expect(offered.data!.offerRentalUnit.status).toBe('AVAILABLE');
      const unitId = offered.data!.offerRentalUnit.id;
      const bad = await api.graphql(
        `mutation ($input: OfferRentalUnitInput!) { offerRentalUnit(input: $input) { id } }`,
        {
          input: {
            districtCode: '75018',
            address: '3 rue Ordener',
            surfaceM2: 3,
            rooms: 2,
            availableFrom: today,
          },
        },
        owner.headers,
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');

      const listed = `query ($id: ID!) { operatorRentalUnits(organisationId: $id) { id status owner { email } } }`;
      const seenNorth = await api.graphql<{ operatorRentalUnits: { id: string; owner: unknown }[] }>(
        listed,
        { id: north.id },
        north.member.headers,
      );
      expect(seenNorth.data!.operatorRentalUnits).toEqual([{ id: unitId, status: 'AVAILABLE', owner: null }]);
      const seenSouth = await api.graphql<{ operatorRentalUnits: unknown[] }>(
        listed,
        { id: south.id },
        south.member.headers,
      );
      expect(seenSouth.data!.operatorRentalUnits).toEqual([]);
      expect(errorCode(await api.graphql(listed, { id: referent.id }, referent.member.headers))).toBe(
        'FORBIDDEN',
      );

      const take = `mutation ($input: RentalUnitDecisionInput!) { takeOnRentalUnit(input: $input) { status operator { name } owner { email } } }`;
      expect(
        errorCode(
          await api.graphql(take, { input: { unitId, organisationId: south.id } }, south.member.headers),
        ),
      ).toBe('FORBIDDEN');
      const taken = await api.graphql<{ takeOnRentalUnit: { status: string; operator: { name: string } } }>(
        take,
        { input: { unitId, organisationId: north.id } },
        north.member.headers,
      );
      expect(taken.data!.takeOnRentalUnit).toMatchObject({
        status: 'TAKEN_ON',
        operator: { name: 'Solidarité Logement Nord' },
      });
      expect(
        errorCode(
          await api.graphql(take, { input: { unitId, organisationId: north.id } }, north.member.headers),
        ),
      ).toBe('CONFLICT');
      const let_ = await api.graphql<{ markRentalUnitLet: { status: string } }>(
        `mutation ($input: RentalUnitDecisionInput!) { markRentalUnitLet(input: $input) { status } }`,
        { input: { unitId, organisationId: north.id } },
        north.member.headers,
      );
      expect(let_.data!.markRentalUnitLet.status).toBe('LET');
      const mine = await api.graphql<{ myRentalUnits: { status: string; operator: { name: string } }[] }>(
        `{ myRentalUnits { status operator { name } } }`,
        {},
        owner.headers,
      );
      expect(mine.data!.myRentalUnits).toEqual([
        { status: 'LET', operator: { name: 'Solidarité Logement Nord' } },
      ]);
    });
  });
});
