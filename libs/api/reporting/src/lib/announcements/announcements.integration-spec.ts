import { IdentityModule } from '@entraide/api-identity';
import { createTestApp, errorCode, Person, TestApp, TestWorld } from '@entraide/api-testing';

import { ReportingModule } from '../reporting.module';

const PUBLISH = `mutation ($input: PublishAnnouncementInput!) {
  publishAnnouncement(input: $input) { announcement { id title body districtCode authorName recipients createdAt } } }`;
const LIST = `query ($first: Int) { announcements(first: $first) { id title districtCode authorName recipients } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { notifications { kind title body link } } }`;

interface Announcement {
  id: string;
  title: string;
  body: string;
  districtCode: string | null;
  authorName: string | null;
  recipients: number;
}

describe('coordinators’ announcements to the partners', () => {
  let api: TestApp;
  let world: TestWorld;
  let coordinator: Person;
  let citizen: Person;
  /** Partners, by the arrondissements their verified organisations serve. */
  let of18: Person;
  let of18Member: Person;
  let of19: Person;
  let of18And19: Person;
  /** A member of two verified organisations (18th and 19th): notified once. */
  let twice: Person;
  let pending18: Person;
  let rejected18: Person;
  /** Admin of a pending organisation of the 20th, member of the verified one of the 19th. */
  let mixed: Person;
  let organisations = 0;

  async function organisation(
    status: 'VERIFIED' | 'PENDING' | 'REJECTED',
    districts: string[],
    admin: Person,
  ): Promise<string> {
    const [{ id }] = await world.sql(
      `INSERT INTO organisation (kind, name, rna, contact_email, status, decided_at, rejection_reason)
       VALUES ('ASSOCIATION', $1, $2, 'contact@example.org', $3,
               CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END, CASE WHEN $3 = 'REJECTED' THEN 'Incomplet' END)
       RETURNING id`,
      [`Organisation ${++organisations}`, `W8${String(organisations).padStart(8, '0')}`, status],
    );
    await world.sql(
      `INSERT INTO organisation_district (organisation_id, district_code) SELECT $1, unnest($2::text[])`,
      [id, districts],
    );
    await join(id, admin, 'ADMIN');
    return id;
  }

  const join = (organisationId: string, person: Person, role: 'ADMIN' | 'MEMBER' = 'MEMBER') =>
    world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
      organisationId,
      person.id,
      role,
    ]);

  const publish = (input: Record<string, unknown>, person: Person = coordinator) =>
    api.graphql<{ publishAnnouncement: { announcement: Announcement } }>(PUBLISH, { input }, person.headers);

  const list = (person: Person, first?: number) =>
    api.graphql<{ announcements: Announcement[] }>(
      LIST,
      first === undefined ? {} : { first },
      person.headers,
    );

  const notified = async (announcementId: string) =>
    (
      await world.sql<{ user_id: string }>(
        `SELECT user_id FROM notification WHERE kind = 'ANNOUNCEMENT' AND reference = $1 ORDER BY user_id`,
        [announcementId],
      )
    ).map((row) => row.user_id);

  const footprint = async () =>
    (
      await world.sql(
        `SELECT (SELECT count(*) FROM announcement)::int AS announcements,
                (SELECT count(*) FROM notification)::int AS notifications`,
      )
    )[0];

  const ids = (...people: Person[]) => people.map((person) => person.id).sort();

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, ReportingModule] });
    world = new TestWorld(api);
    coordinator = await world.person('Coordination');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    citizen = await world.person('Citoyen');
    [of18, of18Member, of19, of18And19, twice, pending18, rejected18, mixed] = await Promise.all(
      ['Admin 18', 'Membre 18', 'Admin 19', 'Admin 18-19', 'Deux fois', 'En attente', 'Refusée', 'Mixte'].map(
        (name) => world.person(name),
      ),
    );
    const verified18 = await organisation('VERIFIED', ['75018'], of18);
    await join(verified18, of18Member);
    await join(verified18, twice);
    const verified19 = await organisation('VERIFIED', ['75019'], of19);
    await join(verified19, twice);
    await join(verified19, mixed);
    await organisation('VERIFIED', ['75018', '75019'], of18And19);
    await organisation('PENDING', ['75018'], pending18);
    await organisation('REJECTED', ['75018'], rejected18);
    await organisation('PENDING', ['75020'], mixed);
  });

  afterAll(() => api.close());

  describe('publishing', () => {
    it('sends an announcement to every member of every verified organisation, once each', async () => {
      const response = await publish({
        title: '  Réunion des partenaires  ',
        body: 'Jeudi 12 à 18 h, salle des fêtes de la mairie du 18e.\nVenez nombreux.',
      });
      expect(response.errors).toBeUndefined();
      const { announcement } = response.data!.publishAnnouncement;
      expect(announcement).toEqual({
        id: expect.any(String),
        title: 'Réunion des partenaires',
        body: 'Jeudi 12 à 18 h, salle des fêtes de la mairie du 18e.\nVenez nombreux.',
        districtCode: null,
        authorName: 'Coordination',
        recipients: 6,
        createdAt: expect.any(String),
      });
      // Not the pending or rejected organisations' members, nor citizens, nor the coordinator.
      expect(await notified(announcement.id)).toEqual(ids(of18, of18Member, of19, of18And19, twice, mixed));
      const [row] = await world.sql(
        `SELECT params, link, email_status FROM notification WHERE reference = $1 AND user_id = $2`,
        [announcement.id, of19.id],
      );
      expect(row).toEqual({
        params: {
          title: 'Réunion des partenaires',
          body: 'Jeudi 12 à 18 h, salle des fêtes de la mairie du 18e.\nVenez nombreux.',
          districtCode: null,
        },
        link: '/partenaires/annonces',
        email_status: 'PENDING',
      });
      // Shown word for word in the partner's notifications, whatever the language.
      const inbox = await api.graphql<{ notifications: { notifications: unknown[] } }>(
        NOTIFICATIONS,
        {},
        of19.headers,
      );
      expect(inbox.data!.notifications.notifications).toContainEqual({
        kind: 'ANNOUNCEMENT',
        title: 'Réunion des partenaires',
        body: 'Jeudi 12 à 18 h, salle des fêtes de la mairie du 18e.\nVenez nombreux.',
        link: '/partenaires/annonces',
      });
      expect(
        (
          await api.graphql<{ notifications: { notifications: unknown[] } }>(
            NOTIFICATIONS,
            {},
            citizen.headers,
          )
        ).data!.notifications.notifications,
      ).toEqual([]);
    });

    it('sends one to an arrondissement to the members of the organisations serving it only', async () => {
      const response = await publish({ title: 'Collecte au 18e', body: 'Samedi.', districtCode: '75018' });
      expect(response.errors).toBeUndefined();
      const { announcement } = response.data!.publishAnnouncement;
      expect(announcement).toMatchObject({ districtCode: '75018', recipients: 4 });
      expect(await notified(announcement.id)).toEqual(ids(of18, of18Member, of18And19, twice));

      // An arrondissement nobody serves: written, sent to nobody.
      const empty = await publish({ title: 'Au 1er', body: 'Personne ?', districtCode: '75001' });
      expect(empty.data!.publishAnnouncement.announcement).toMatchObject({
        districtCode: '75001',
        recipients: 0,
      });
      expect(await notified(empty.data!.publishAnnouncement.announcement.id)).toEqual([]);
    });

    it('lets only coordinators publish, and writes nothing otherwise', async () => {
      const before = await footprint();
      for (const person of [of18, citizen, pending18])
        expect(errorCode(await publish({ title: 'Coucou', body: 'Texte' }, person))).toBe('FORBIDDEN');
      expect(errorCode(await api.graphql(PUBLISH, { input: { title: 'Coucou', body: 'Texte' } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await footprint()).toEqual(before);
    });

    it('refuses bad input, and writes nothing', async () => {
      const before = await footprint();
      const bad = [
        { title: 'ab', body: 'Texte' },
        { title: '   ab   ', body: 'Texte' },
        // Three UTF-16 units but two characters.
        { title: '🎉!', body: 'Texte' },
        { title: 'x'.repeat(161), body: 'Texte' },
        { title: 'Titre', body: '   ' },
        { title: 'Titre', body: 'x'.repeat(4001) },
        { title: 'Titre', body: 'Texte', districtCode: '75021' },
        { title: 'Titre', body: 'Texte', districtCode: 'Paris' },
      ];
      for (const input of bad)
        expect([input, errorCode(await publish(input))]).toEqual([input, 'BAD_USER_INPUT']);
      expect(await footprint()).toEqual(before);
      // The limits themselves are allowed.
      const longest = await publish({
        title: 'x'.repeat(160),
        body: 'y'.repeat(4000),
        districtCode: '75002',
      });
      expect(longest.errors).toBeUndefined();
      expect((await publish({ title: 'abc', body: 'z' })).errors).toBeUndefined();
      expect((await publish({ title: '🎉'.repeat(160), body: 'z' })).errors).toBeUndefined();
      expect(errorCode(await publish({ title: '🎉'.repeat(161), body: 'z' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('reading', () => {
    let forAll: string;
    let for18: string;
    let for19: string;
    let for20: string;

    beforeAll(async () => {
      const id = async (input: Record<string, unknown>) =>
        (await publish(input)).data!.publishAnnouncement.announcement.id;
      forAll = await id({ title: 'À tous', body: 'Texte' });
      for18 = await id({ title: 'Au 18e', body: 'Texte', districtCode: '75018' });
      for19 = await id({ title: 'Au 19e', body: 'Texte', districtCode: '75019' });
      for20 = await id({ title: 'Au 20e', body: 'Texte', districtCode: '75020' });
    });

    it('shows a partner those to everyone and to the arrondissements its verified organisations serve', async () => {
      const seenBy = async (person: Person) => {
        const response = await list(person, 50);
        expect(response.errors).toBeUndefined();
        return response.data!.announcements.map((announcement) => announcement.id);
      };
      const by19 = await seenBy(of19);
      expect(by19).toEqual(expect.arrayContaining([forAll, for19]));
      expect(by19).not.toContain(for18);
      expect(by19).not.toContain(for20);
      // Nothing about the 18th may leak to the 19th, whichever announcement it was.
      const districts = (await list(of19, 50)).data!.announcements.map(
        (announcement) => announcement.districtCode,
      );
      expect(new Set(districts)).toEqual(new Set([null, '75019']));

      const by18 = await seenBy(of18Member);
      expect(by18).toEqual(expect.arrayContaining([forAll, for18]));
      expect(by18).not.toContain(for19);
      expect(await seenBy(of18And19)).toEqual(expect.arrayContaining([forAll, for18, for19]));
      // A pending organisation's arrondissement does not count, even for a member of a verified one.
      const byMixed = await seenBy(mixed);
      expect(byMixed).toEqual(expect.arrayContaining([forAll, for19]));
      expect(byMixed).not.toContain(for20);
      expect(byMixed).not.toContain(for18);
    });

    it('shows coordinators every announcement, newest first, as many as asked', async () => {
      const all = await world.sql<{ id: string }>(
        `SELECT id FROM announcement ORDER BY created_at DESC, id DESC`,
      );
      const response = await list(coordinator, 50);
      expect(response.data!.announcements.map((announcement) => announcement.id)).toEqual(
        all.map((row) => row.id),
      );
      expect(response.data!.announcements[0]).toMatchObject({
        id: for20,
        title: 'Au 20e',
        districtCode: '75020',
        authorName: 'Coordination',
        recipients: 0,
      });
      expect((await list(coordinator, 2)).data!.announcements.map((announcement) => announcement.id)).toEqual(
        [for20, for19],
      );
      for (const first of [0, 51]) expect(errorCode(await list(coordinator, first))).toBe('BAD_USER_INPUT');
    });

    it('refuses citizens and members of organisations not yet verified', async () => {
      expect(errorCode(await list(citizen))).toBe('FORBIDDEN');
      expect(errorCode(await list(pending18))).toBe('FORBIDDEN');
      expect(errorCode(await list(rejected18))).toBe('FORBIDDEN');
      expect(errorCode(await api.graphql(LIST, {}))).toBe('UNAUTHENTICATED');
    });

    it('names no author once their account is gone', async () => {
      const leaving = await world.person('Partie');
      await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [leaving.id]);
      const id = (await publish({ title: 'Au revoir', body: 'Texte' }, leaving)).data!.publishAnnouncement
        .announcement.id;
      await world.sql(
        `UPDATE app_user SET deleted_at = now(), display_name = 'Compte supprimé' WHERE id = $1`,
        [leaving.id],
      );
      const shown = (await list(of19, 50)).data!.announcements.find((announcement) => announcement.id === id);
      expect(shown).toMatchObject({ title: 'Au revoir', authorName: null });
    });
  });
});
