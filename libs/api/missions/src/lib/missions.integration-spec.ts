import { IdentityModule, SESSION_COOKIE } from '@entraide/api-identity';
import { NotificationEmailsService } from '@entraide/api-notifications';
import { createTestApp, errorCode, latestMailLink, Person, TestApp, TestWorld } from '@entraide/api-testing';

import { MissionsModule } from './missions.module';
import { ApplicationsService } from './services/applications.service';

const PUBLISH = `mutation ($input: MissionInput!) { publishMission(input: $input) {
  id title status shifts { id capacity accepted remaining } } }`;
const SEARCH = `query ($search: MissionSearchInput) { missions(search: $search) { total missions { id title } } }`;
const PROFILE = `mutation ($input: VolunteerProfileInput!) { saveVolunteerProfile(input: $input) { districts } }`;
const RECOMMEND = `{ missionRecommendations(first: 5) { score mission { id } reasons { kind code km slot skill } } }`;
const APPLY = `mutation ($input: ApplyInput!) { applyToMission(input: $input) { id status } }`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id status } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { hours present } } }`;
const VET = `mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { vettedOn } }`;
const APPLICATIONS = `query ($id: ID!) { missionApplications(missionId: $id) { id status overdue volunteer { id vettedOn } } }`;
const HISTORY = `{ myVolunteering { totalHours records { missionTitle hours } } }`;

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

describe('volunteer missions', () => {
  let api: TestApp;
  let world: TestWorld;
  let association: { id: string; member: Person };

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, MissionsModule] });
    world = new TestWorld(api);
    association = await world.association('VERIFIED', 'Cours pour tous');
  });

  afterAll(() => api.close());

  const mission = (overrides: Record<string, unknown> = {}) => ({
    organisationId: association.id,
    title: 'Cours de français pour débutants',
    description: 'Conversation en petits groupes avec des demandeurs d’asile arrivés récemment.',
    kind: 'FRENCH_LESSONS',
    skills: ['enseignement'],
    languages: [{ code: 'ti', level: 'B1' }],
    districtCode: '75019',
    schedule: 'SHIFTS',
    shifts: [
      { startsAt: inHours(30), endsAt: inHours(32), capacity: 2 },
      { startsAt: inHours(54), endsAt: inHours(56), capacity: 3 },
    ],
    contactName: 'Awa',
    contactEmail: 'cours@example.org',
    ...overrides,
  });

  async function publish(overrides: Record<string, unknown> = {}) {
    const response = await api.graphql<{
      publishMission: { id: string; shifts: { id: string; capacity: number }[] };
    }>(PUBLISH, { input: mission(overrides) }, association.member.headers);
    expect(response.errors).toBeUndefined();
    return response.data!.publishMission;
  }

  async function volunteer(profile: Record<string, unknown> = {}): Promise<Person> {
    const person = await world.person('Bénévole');
    const saved = await api.graphql(
      PROFILE,
      {
        input: {
          skills: ['enseignement'],
          languages: [
            { code: 'fr', level: 'C2' },
            { code: 'ti', level: 'NATIVE' },
          ],
          availability: ['SAT_MORNING', 'SUN_AFTERNOON'],
          districts: ['75019'],
          maxHoursPerWeek: 4,
          solidarityReserve: false,
          civicService: false,
          ...profile,
        },
      },
      person.headers,
    );
    expect(saved.errors).toBeUndefined();
    return person;
  }

  const footprint = async () =>
    (
      await world.sql(
        `SELECT (SELECT count(*) FROM mission)::int AS missions, (SELECT count(*) FROM mission_shift)::int AS shifts,
                (SELECT count(*) FROM mission_application)::int AS applications,
                (SELECT coalesce(sum(accepted), 0) FROM mission_shift)::int AS accepted,
                (SELECT count(*) FROM attendance)::int AS attendance`,
      )
    )[0];

  it('publishes a mission with shifts, and refuses bad input without writing anything', async () => {
    const before = await footprint();
    const pending = await world.association('PENDING', 'Pas vérifiée');
    expect(
      errorCode(
        await api.graphql(
          PUBLISH,
          { input: mission({ organisationId: pending.id }) },
          pending.member.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    for (const bad of [
      { shifts: [{ startsAt: inHours(-2), endsAt: inHours(-1), capacity: 2 }] },
      { shifts: [{ startsAt: inHours(5), endsAt: inHours(4), capacity: 2 }] },
      { shifts: [{ startsAt: inHours(5), endsAt: inHours(6), capacity: 0 }] },
      { shifts: [] },
      { districtCode: null },
      { languages: [{ code: 'tigrinya', level: 'B1' }] },
      {
        schedule: 'WEEKLY',
        shifts: [],
        weeklySlot: 'SAT_MORNING',
        weeklyStarts: '11:00',
        weeklyEnds: '10:00',
      },
    ]) {
      const response = await api.graphql(PUBLISH, { input: mission(bad) }, association.member.headers);
      expect([JSON.stringify(bad), errorCode(response)]).toEqual([JSON.stringify(bad), 'BAD_USER_INPUT']);
    }
    expect(await footprint()).toEqual(before);
    const published = await publish();
    expect(published.shifts.map((shift) => shift.capacity)).toEqual([2, 3]);
  });

  it('finds missions by words in French or English, whatever the accents, and by filters', async () => {
    const lessons = await publish({
      title: 'Atelier de conversation en français',
      description: 'Conversation en petits groupes. English speakers welcome.',
      districtCode: '75018',
    });
    await publish({
      title: 'Tri des dons au point de collecte',
      description: 'Trier chaussures et vêtements déposés par les Parisiens.',
      kind: 'SORTING',
      languages: [],
      districtCode: '75010',
      schedule: 'WEEKLY',
      shifts: [],
      weeklySlot: 'WED_EVENING',
      weeklyStarts: '18:30',
      weeklyEnds: '20:30',
    });
    const ids = async (search: Record<string, unknown>) =>
      (
        await api.graphql<{ missions: { missions: { id: string; title: string }[] } }>(SEARCH, { search })
      ).data!.missions.missions.map((found) => found.title);
    expect(await ids({ text: 'francais' })).toContain('Atelier de conversation en français');
    // English words are stemmed as English: "welcoming" finds "welcome".
    expect(await ids({ text: 'welcoming speakers' })).toEqual(['Atelier de conversation en français']);
    expect(await ids({ text: 'chaussure' })).toEqual(['Tri des dons au point de collecte']);
    expect(await ids({ kind: 'SORTING' })).toEqual(['Tri des dons au point de collecte']);
    expect(await ids({ districtCode: '75018' })).toEqual(['Atelier de conversation en français']);
    expect(await ids({ language: 'ti', districtCode: '75010' })).toEqual([]);
    const wednesday = new Date();
    wednesday.setUTCDate(wednesday.getUTCDate() + ((3 - wednesday.getUTCDay() + 7) % 7 || 7));
    expect(await ids({ date: wednesday.toISOString().slice(0, 10), kind: 'SORTING' })).toEqual([
      'Tri des dons au point de collecte',
    ]);
    await api.graphql(
      `mutation ($id: ID!) { closeMission(input: { id: $id }) { status } }`,
      { id: lessons.id },
      association.member.headers,
    );
    expect(await ids({ text: 'atelier' })).not.toContain('Atelier de conversation en français');
    expect(errorCode(await api.graphql(SEARCH, { search: { districtCode: '75099' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('ranks the 500 newest matches of a broad search and says that there are more', async () => {
    await world.sql(
      `INSERT INTO mission (organisation_id, title, description, kind, district_code, schedule, weekly_slot, weekly_starts,
         weekly_ends, contact_name, contact_email, created_at)
       SELECT $1, 'Atelier zanzibar ' || i, 'Une mission parmi beaucoup d’autres.', 'OTHER', '75011', 'WEEKLY', 'MON_EVENING',
         '18:00', '20:00', 'Awa', 'cours@example.org', now() - (i || ' minutes')::interval
       FROM generate_series(1, 501) i`,
      [association.id],
    );
    const found = await api.graphql<{
      missions: { total: number; totalCapped: boolean; missions: { title: string }[] };
    }>(
      `query ($search: MissionSearchInput) { missions(search: $search) { total totalCapped missions { title } } }`,
      { search: { text: 'zanzibar', first: 3 } },
    );
    expect(found.data!.missions).toEqual({
      total: 500,
      totalCapped: true,
      missions: [
        { title: 'Atelier zanzibar 1' },
        { title: 'Atelier zanzibar 2' },
        { title: 'Atelier zanzibar 3' },
      ],
    });
    const narrow = await api.graphql<{ missions: { total: number; totalCapped: boolean } }>(
      `query ($search: MissionSearchInput) { missions(search: $search) { total totalCapped } }`,
      { search: { text: 'zanzibar 17' } },
    );
    expect(narrow.data!.missions).toEqual({ total: 1, totalCapped: false });
    await world.sql(`UPDATE mission SET status = 'CLOSED' WHERE title LIKE 'Atelier zanzibar %'`);
  });

  it('recommends the missions that fit a volunteer, with their reasons', async () => {
    const saturday = new Date();
    saturday.setUTCDate(saturday.getUTCDate() + ((6 - saturday.getUTCDay() + 7) % 7 || 7));
    saturday.setUTCHours(8, 0, 0, 0);
    const fit = await publish({
      title: 'Interprétariat tigrigna',
      kind: 'INTERPRETING',
      shifts: [
        {
          startsAt: saturday.toISOString(),
          endsAt: new Date(saturday.getTime() + 2 * 3600_000).toISOString(),
          capacity: 1,
        },
      ],
    });
    const person = await volunteer();
    const response = await api.graphql<{
      missionRecommendations: {
        score: number;
        mission: { id: string };
        reasons: Record<string, unknown>[];
      }[];
    }>(RECOMMEND, {}, person.headers);
    expect(response.errors).toBeUndefined();
    const recommended = response.data!.missionRecommendations.find((entry) => entry.mission.id === fit.id)!;
    expect(recommended.reasons).toEqual([
      { kind: 'LANGUAGE', code: 'ti', km: null, slot: null, skill: null },
      { kind: 'DISTANCE', code: null, km: 0, slot: null, skill: null },
      { kind: 'TIME', code: null, km: null, slot: 'SAT_MORNING', skill: null },
      { kind: 'SKILL', code: null, km: null, slot: null, skill: 'enseignement' },
    ]);
    const withoutTigrinya = await volunteer({ languages: [{ code: 'fr', level: 'C2' }] });
    const theirs = await api.graphql<{ missionRecommendations: { mission: { id: string } }[] }>(
      RECOMMEND,
      {},
      withoutTigrinya.headers,
    );
    expect(theirs.data!.missionRecommendations.map((entry) => entry.mission.id)).not.toContain(fit.id);
    const noProfile = await world.person('Sans profil');
    expect(errorCode(await api.graphql(RECOMMEND, {}, noProfile.headers))).toBe('BAD_USER_INPUT');
  });

  it('never accepts more volunteers than a shift holds, even when all are accepted at once', async () => {
    const published = await publish({
      shifts: [{ startsAt: inHours(10), endsAt: inHours(12), capacity: 2 }],
    });
    const shiftId = published.shifts[0].id;
    const applications: string[] = [];
    for (let index = 0; index < 6; index++) {
      const person = await volunteer();
      const applied = await api.graphql<{ applyToMission: { id: string } }>(
        APPLY,
        { input: { missionId: published.id, shiftId } },
        person.headers,
      );
      applications.push(applied.data!.applyToMission.id);
      if (index === 0) {
        const twice = await api.graphql(
          APPLY,
          { input: { missionId: published.id, shiftId } },
          person.headers,
        );
        expect(errorCode(twice)).toBe('CONFLICT');
      }
    }
    const decisions = await Promise.all(
      applications.map((id) =>
        api.graphql(DECIDE, { input: { id, decision: 'ACCEPT' } }, association.member.headers),
      ),
    );
    expect(decisions.filter((response) => !response.errors)).toHaveLength(2);
    expect(decisions.filter((response) => errorCode(response) === 'CONFLICT')).toHaveLength(4);
    const [{ accepted }] = await world.sql(`SELECT accepted FROM mission_shift WHERE id = $1`, [shiftId]);
    const [{ count }] = await world.sql(
      `SELECT count(*)::int AS count FROM mission_application WHERE shift_id = $1 AND status = 'ACCEPTED'`,
      [shiftId],
    );
    expect([accepted, count]).toEqual([2, 2]);
    const late = await volunteer();
    expect(
      errorCode(await api.graphql(APPLY, { input: { missionId: published.id, shiftId } }, late.headers)),
    ).toBe('CONFLICT');
  });

  it('records attendance within the shift’s length, after vetting for a restricted mission, and counts the hours', async () => {
    const published = await publish({
      title: 'Soutien scolaire',
      kind: 'SCHOOL_SUPPORT',
      restricted: true,
      shifts: [{ startsAt: inHours(6), endsAt: inHours(8), capacity: 1 }],
    });
    const person = await volunteer();
    const applied = await api.graphql<{ applyToMission: { id: string } }>(
      APPLY,
      { input: { missionId: published.id, shiftId: published.shifts[0].id } },
      person.headers,
    );
    const applicationId = applied.data!.applyToMission.id;
    await api.graphql(
      DECIDE,
      { input: { id: applicationId, decision: 'ACCEPT' } },
      association.member.headers,
    );
    // The shift took place this morning (moved in time: shifts can only be published in the future).
    await world.sql(
      `UPDATE mission_shift SET starts_at = date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris' + interval '1 minute',
         ends_at = date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris' + interval '2 hours 1 minute'
       WHERE id = $1`,
      [published.shifts[0].id],
    );
    const [{ today }] = await world.sql(
      `SELECT to_char(now() AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS today`,
    );
    const attend = (hours: number, occurredOn = today) =>
      api.graphql(
        ATTEND,
        { input: { applicationId, occurredOn, present: true, hours } },
        association.member.headers,
      );
    const before = await footprint();
    expect(errorCode(await attend(2.5))).toBe('BAD_USER_INPUT');
    expect(errorCode(await attend(1, '2099-01-01'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await attend(2))).toBe('CONFLICT');
    expect(await footprint()).toEqual(before);

    const vetting = {
      organisationId: association.id,
      volunteerId: person.id,
      checkedOn: today,
      what: 'Extrait de casier judiciaire vu',
    };
    expect(errorCode(await api.graphql(VET, { input: vetting }, person.headers))).toBe('FORBIDDEN');
    expect(
      (
        await api.graphql<{ recordVetting: { vettedOn: string } }>(
          VET,
          { input: vetting },
          association.member.headers,
        )
      ).data!.recordVetting.vettedOn,
    ).toBe(today);
    expect((await attend(2)).errors).toBeUndefined();
    const history = await api.graphql<{ myVolunteering: { totalHours: number; records: unknown[] } }>(
      HISTORY,
      {},
      person.headers,
    );
    expect(history.data!.myVolunteering).toEqual({
      totalHours: 2,
      records: [{ missionTitle: 'Soutien scolaire', hours: 2 }],
    });
  });

  it('flags applications left unanswered for 72 hours, and shows how fast the association answers', async () => {
    // An association of its own, so that its response time is this one answer's.
    const slow = await world.association('VERIFIED', 'Réponses lentes');
    const created = await api.graphql<{ publishMission: { id: string; shifts: { id: string }[] } }>(
      PUBLISH,
      { input: mission({ organisationId: slow.id, title: 'Aide aux démarches', kind: 'ADMIN_HELP' }) },
      slow.member.headers,
    );
    const published = created.data!.publishMission;
    const person = await volunteer();
    const applied = await api.graphql<{ applyToMission: { id: string } }>(
      APPLY,
      { input: { missionId: published.id, shiftId: published.shifts[1].id } },
      person.headers,
    );
    const id = applied.data!.applyToMission.id;
    await world.sql(`UPDATE mission_application SET created_at = now() - interval '80 hours' WHERE id = $1`, [
      id,
    ]);
    const listed = await api.graphql<{ missionApplications: { id: string; overdue: boolean }[] }>(
      APPLICATIONS,
      { id: published.id },
      slow.member.headers,
    );
    expect(listed.data!.missionApplications.find((application) => application.id === id)!.overdue).toBe(true);
    expect(errorCode(await api.graphql(APPLICATIONS, { id: published.id }, person.headers))).toBe(
      'FORBIDDEN',
    );
    await api.graphql(DECIDE, { input: { id, decision: 'WAITLIST' } }, slow.member.headers);
    const seen = await api.graphql<{ mission: { responseHours: number } }>(
      `query ($id: ID!) { mission(id: $id) { responseHours } }`,
      { id: published.id },
    );
    expect(seen.data!.mission.responseHours).toBe(80);
  });

  it('reminds accepted volunteers the day before their shift, in the app and by email, once', async () => {
    const published = await publish({
      title: 'Maraude du soir',
      shifts: [{ startsAt: inHours(20), endsAt: inHours(22), capacity: 1 }],
    });
    const person = await volunteer();
    const applied = await api.graphql<{ applyToMission: { id: string } }>(
      APPLY,
      { input: { missionId: published.id, shiftId: published.shifts[0].id } },
      person.headers,
    );
    await api.graphql(
      DECIDE,
      { input: { id: applied.data!.applyToMission.id, decision: 'ACCEPT' } },
      association.member.headers,
    );
    const reminders = api.app.get(ApplicationsService);
    expect(await reminders.sendShiftReminders()).toBeGreaterThanOrEqual(1);
    const [notice] = await world.sql(
      `SELECT kind, link FROM notification WHERE user_id = $1 AND kind = 'SHIFT_REMINDER'`,
      [person.id],
    );
    expect(notice).toEqual({ kind: 'SHIFT_REMINDER', link: `/missions/${published.id}` });
    await api.app.get(NotificationEmailsService).deliverImmediate();
    const [{ email }] = await world.sql(`SELECT email FROM app_user WHERE id = $1`, [person.id]);
    expect(await latestMailLink(api.dataDir, email, '/missions/')).toContain(published.id);
    expect(await reminders.sendShiftReminders()).toBe(0);
  });

  it('covers volunteering in the personal-data export, and frees the places of an account deleted', async () => {
    const password = 'correct horse battery staple';
    const signedUp = await api.graphql<{ signUp: { viewer: { id: string } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
      { input: { email: 'benevole.partant@example.org', password, displayName: 'Partant' } },
    );
    const leaving: Person = {
      id: signedUp.data!.signUp.viewer.id,
      headers: { cookie: `${SESSION_COOKIE}=${signedUp.cookies[SESSION_COOKIE].value}` },
    };
    const published = await publish({
      title: 'Accueil du samedi',
      shifts: [{ startsAt: inHours(40), endsAt: inHours(42), capacity: 1 }],
    });
    await api.graphql(
      PROFILE,
      {
        input: {
          skills: [],
          languages: [{ code: 'fr', level: 'C2' }],
          availability: ['SAT_MORNING'],
          districts: ['75019'],
          maxHoursPerWeek: 2,
          solidarityReserve: true,
          civicService: false,
        },
      },
      leaving.headers,
    );
    const applied = await api.graphql<{ applyToMission: { id: string } }>(
      APPLY,
      { input: { missionId: published.id, shiftId: published.shifts[0].id, message: 'Disponible' } },
      leaving.headers,
    );
    await api.graphql(
      DECIDE,
      { input: { id: applied.data!.applyToMission.id, decision: 'ACCEPT' } },
      association.member.headers,
    );

    const exported = await api.graphql<{ exportMyData: { json: string } }>(
      `mutation { exportMyData { json } }`,
      {},
      leaving.headers,
    );
    const document = JSON.parse(exported.data!.exportMyData.json);
    expect(document.volunteering.profile).toMatchObject({ districts: ['75019'], solidarityReserve: true });
    expect(document.volunteering.applications).toEqual([
      expect.objectContaining({ mission: 'Accueil du samedi', status: 'ACCEPTED', message: 'Disponible' }),
    ]);

    const deleted = await api.graphql(
      `mutation ($password: String!) { deleteMyAccount(input: { password: $password }) { deleted } }`,
      { password },
      leaving.headers,
    );
    expect(deleted.errors).toBeUndefined();
    expect(await world.sql(`SELECT 1 FROM volunteer_profile WHERE user_id = $1`, [leaving.id])).toEqual([]);
    const [after] = await world.sql(
      `SELECT a.status, a.message, s.accepted FROM mission_application a JOIN mission_shift s ON s.id = a.shift_id WHERE a.volunteer_id = $1`,
      [leaving.id],
    );
    expect(after).toEqual({ status: 'WITHDRAWN', message: null, accepted: 0 });
  });
});

describe('mentoring', () => {
  let api: TestApp;
  let world: TestWorld;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, MissionsModule] });
    world = new TestWorld(api);
  });

  afterAll(() => api.close());

  it('pairs a mentor with a person by alias, logs sessions from both sides, closes, and lets no one else read it', async () => {
    const association = await world.association('VERIFIED', 'Parrainage 20e');
    const mentor = await world.person('Mentor');
    const [{ email }] = await world.sql(`SELECT email FROM app_user WHERE id = $1`, [mentor.id]);
    const create = `mutation ($input: CreateMentoringPairInput!) { createMentoringPair(input: $input) { id status } }`;
    const input = {
      organisationId: association.id,
      mentorEmail: email,
      menteeAlias: 'S. A.',
      goals: ['ASYLUM_APPLICATION', 'JOB_SEARCH'],
    };
    expect(
      errorCode(
        await api.graphql(
          create,
          { input: { ...input, mentorEmail: 'nobody@example.org' } },
          association.member.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.graphql(create, { input }, mentor.headers))).toBe('FORBIDDEN');
    const created = await api.graphql<{ createMentoringPair: { id: string } }>(
      create,
      { input },
      association.member.headers,
    );
    const pairId = created.data!.createMentoringPair.id;

    const log = `mutation ($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { totalMinutes sessions { topic } } }`;
    const [{ today }] = await world.sql(
      `SELECT to_char(now() AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS today`,
    );
    const session = {
      pairId,
      occurredOn: today,
      minutes: 60,
      topic: 'Récit pour l’OFPRA',
      nextStep: 'Relire le récit',
    };
    expect((await api.graphql(log, { input: session }, mentor.headers)).errors).toBeUndefined();
    const second = await api.graphql<{ logMentoringSession: { totalMinutes: number } }>(
      log,
      { input: { ...session, minutes: 45, topic: 'CV' } },
      association.member.headers,
    );
    expect(second.data!.logMentoringSession.totalMinutes).toBe(105);
    expect(errorCode(await api.graphql(log, { input: { ...session, minutes: 2 } }, mentor.headers))).toBe(
      'BAD_USER_INPUT',
    );

    const other = await world.association('VERIFIED', 'Autre');
    const citizen = await world.person('Citoyen');
    const read = `query ($id: ID!) { organisationMentoring(organisationId: $id) { menteeAlias } }`;
    expect(errorCode(await api.graphql(read, { id: association.id }, other.member.headers))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.graphql(read, { id: association.id }, citizen.headers))).toBe('FORBIDDEN');
    expect(errorCode(await api.graphql(log, { input: session }, citizen.headers))).toBe('FORBIDDEN');
    const mine = await api.graphql<{ myMentoring: { menteeAlias: string }[] }>(
      `{ myMentoring { menteeAlias } }`,
      {},
      citizen.headers,
    );
    expect(mine.data!.myMentoring).toEqual([]);

    const close = `mutation ($input: CloseMentoringPairInput!) { closeMentoringPair(input: $input) { status outcome } }`;
    expect(errorCode(await api.graphql(close, { input: { pairId, outcome: 'Fini' } }, mentor.headers))).toBe(
      'FORBIDDEN',
    );
    const closed = await api.graphql<{ closeMentoringPair: { status: string } }>(
      close,
      { input: { pairId, outcome: 'Protection accordée, emploi trouvé' } },
      association.member.headers,
    );
    expect(closed.data!.closeMentoringPair.status).toBe('CLOSED');
    expect(errorCode(await api.graphql(log, { input: session }, mentor.headers))).toBe('CONFLICT');
    const [{ reads }] = await world.sql(
      `SELECT count(*)::int AS reads FROM audit_log WHERE action = 'MENTORING_PAIR_READ' AND target_id = $1`,
      [pairId],
    );
    expect(reads).toBeGreaterThanOrEqual(4);
  });
});
