import { createTestApp, errorCode, Person, TestApp, TestWorld } from '@entraide/api-testing';

import { IdentityModule } from './identity.module';

const DIRECTORY = `query ($districtCode: String, $kind: OrganisationKind, $search: String) {
  partnerDirectory(districtCode: $districtCode, kind: $kind, search: $search) {
    id kind name description districtCodes contactEmail contactPhone } }`;
const UPDATE = `mutation ($input: UpdateOrganisationProfileInput!) {
  updateOrganisationProfile(input: $input) { id name description contactEmail contactPhone status } }`;

interface Entry {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  districtCodes: string[];
  contactEmail: string;
  contactPhone: string | null;
}

describe('the partner directory and organisation profiles', () => {
  let api: TestApp;
  let world: TestWorld;
  let coordinator: Person;
  let citizen: Person;
  let admin: Person;
  let member: Person;
  let otherAdmin: Person;
  let pendingAdmin: Person;
  let accueil: string;
  let fondation: string;
  let toit: string;
  let pending: string;
  let organisations = 0;

  async function organisation(options: {
    name: string;
    kind?: string;
    status?: 'VERIFIED' | 'PENDING' | 'REJECTED';
    districts: string[];
    description?: string | null;
    admin: Person;
  }): Promise<string> {
    const status = options.status ?? 'VERIFIED';
    const [{ id }] = await world.sql(
      `INSERT INTO organisation (kind, name, rna, contact_email, contact_phone, description, status, decided_at,
                                 rejection_reason)
       VALUES ($1, $2, $3, 'contact@example.org', '01 40 00 00 00', $4, $5,
               CASE WHEN $5 = 'PENDING' THEN NULL ELSE now() END, CASE WHEN $5 = 'REJECTED' THEN 'Incomplet' END)
       RETURNING id`,
      [
        options.kind ?? 'ASSOCIATION',
        options.name,
        `W7${String(++organisations).padStart(8, '0')}`,
        options.description ?? null,
        status,
      ],
    );
    await world.sql(
      `INSERT INTO organisation_district (organisation_id, district_code) SELECT $1, unnest($2::text[])`,
      [id, options.districts],
    );
    await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
      id,
      options.admin.id,
    ]);
    return id;
  }

  const directory = (variables: Record<string, unknown> = {}, person: Person = member) =>
    api.graphql<{ partnerDirectory: Entry[] }>(DIRECTORY, variables, person.headers);

  const names = async (variables: Record<string, unknown> = {}, person: Person = member) => {
    const response = await directory(variables, person);
    expect(response.errors).toBeUndefined();
    return response.data!.partnerDirectory.map((entry) => entry.name);
  };

  const update = (input: Record<string, unknown>, person: Person = admin) =>
    api.graphql<{ updateOrganisationProfile: Record<string, unknown> }>(UPDATE, { input }, person.headers);

  const profileOf = async (id: string) =>
    (
      await world.sql(`SELECT description, contact_email, contact_phone FROM organisation WHERE id = $1`, [
        id,
      ])
    )[0];

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule] });
    world = new TestWorld(api);
    [coordinator, citizen, admin, member, otherAdmin, pendingAdmin] = await Promise.all(
      ['Coordination', 'Citoyen', 'Admin', 'Membre', 'Autre admin', 'En attente'].map((name) =>
        world.person(name),
      ),
    );
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    accueil = await organisation({
      name: 'Accueil Goutte d’Or',
      districts: ['75018'],
      description: 'Vestiaire solidaire et repas du soir.',
      admin,
    });
    await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
      accueil,
      member.id,
    ]);
    fondation = await organisation({
      name: 'Fondation 100% Solidaire',
      kind: 'SPONSOR',
      districts: ['75020', '75019'],
      description: 'Mécénat_local pour les associations.',
      admin: otherAdmin,
    });
    toit = await organisation({
      name: 'Toit_Partagé',
      kind: 'HOUSING_OPERATOR',
      districts: ['75018'],
      admin: otherAdmin,
    });
    pending = await organisation({
      name: 'Accueil en attente 50%',
      status: 'PENDING',
      districts: ['75018'],
      description: 'Pas encore vérifiée_',
      admin: pendingAdmin,
    });
    await organisation({
      name: 'Accueil refusé 50%',
      status: 'REJECTED',
      districts: ['75018'],
      admin: await world.person('Refusée'),
    });
  });

  afterAll(() => api.close());

  describe('the directory', () => {
    it('lists the verified organisations only, by name, with what they do, where and whom to contact', async () => {
      const response = await directory();
      expect(response.errors).toBeUndefined();
      expect(response.data!.partnerDirectory).toEqual([
        {
          id: accueil,
          kind: 'ASSOCIATION',
          name: 'Accueil Goutte d’Or',
          description: 'Vestiaire solidaire et repas du soir.',
          districtCodes: ['75018'],
          contactEmail: 'contact@example.org',
          contactPhone: '01 40 00 00 00',
        },
        expect.objectContaining({
          id: fondation,
          kind: 'SPONSOR',
          name: 'Fondation 100% Solidaire',
          districtCodes: ['75019', '75020'],
        }),
        expect.objectContaining({ id: toit, kind: 'HOUSING_OPERATOR', description: null }),
      ]);
    });

    it('filters by arrondissement, kind and search, together', async () => {
      expect(await names({ districtCode: '75018' })).toEqual(['Accueil Goutte d’Or', 'Toit_Partagé']);
      expect(await names({ districtCode: '75020' })).toEqual(['Fondation 100% Solidaire']);
      expect(await names({ districtCode: '75001' })).toEqual([]);
      expect(await names({ kind: 'SPONSOR' })).toEqual(['Fondation 100% Solidaire']);
      expect(await names({ kind: 'PUBLIC_BODY' })).toEqual([]);
      // In the name or the description, whatever the case.
      expect(await names({ search: 'GOUTTE' })).toEqual(['Accueil Goutte d’Or']);
      expect(await names({ search: 'repas' })).toEqual(['Accueil Goutte d’Or']);
      expect(await names({ search: '  accueil  ' })).toEqual(['Accueil Goutte d’Or']);
      expect(await names({ search: '   ' })).toHaveLength(3);
      expect(await names({ districtCode: '75018', kind: 'ASSOCIATION', search: 'accueil' })).toEqual([
        'Accueil Goutte d’Or',
      ]);
      expect(await names({ districtCode: '75019', kind: 'ASSOCIATION' })).toEqual([]);
    });

    it('takes % and _ (and \\) in a search literally', async () => {
      expect(await names({ search: '%' })).toEqual(['Fondation 100% Solidaire']);
      expect(await names({ search: '_' })).toEqual(['Fondation 100% Solidaire', 'Toit_Partagé']);
      expect(await names({ search: 't_p' })).toEqual(['Toit_Partagé']);
      expect(await names({ search: 'Accueil%Or' })).toEqual([]);
      expect(await names({ search: '\\' })).toEqual([]);
    });

    it('refuses an unknown arrondissement and an overlong search', async () => {
      expect(errorCode(await directory({ districtCode: '75021' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await directory({ search: 'x'.repeat(101) }))).toBe('BAD_USER_INPUT');
    });

    it('is open to members of verified organisations and coordinators only', async () => {
      expect(await names({}, coordinator)).toHaveLength(3);
      expect(await names({}, otherAdmin)).toHaveLength(3);
      expect(errorCode(await directory({}, citizen))).toBe('FORBIDDEN');
      expect(errorCode(await directory({}, pendingAdmin))).toBe('FORBIDDEN');
      expect(errorCode(await api.graphql(DIRECTORY, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('the profile', () => {
    it('lets an admin say what the organisation does and whom to contact', async () => {
      const response = await update({
        organisationId: accueil,
        description: '  Repas chauds le soir, vestiaire le samedi.  ',
        contactEmail: ' Accueil@Example.ORG ',
        contactPhone: ' +33 1 42 00 00 00 ',
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateOrganisationProfile).toEqual({
        id: accueil,
        name: 'Accueil Goutte d’Or',
        description: 'Repas chauds le soir, vestiaire le samedi.',
        contactEmail: 'accueil@example.org',
        contactPhone: '+33 1 42 00 00 00',
        status: 'VERIFIED',
      });
      const [entry] = (await directory({ search: 'goutte' })).data!.partnerDirectory;
      expect(entry).toMatchObject({
        description: 'Repas chauds le soir, vestiaire le samedi.',
        contactEmail: 'accueil@example.org',
        contactPhone: '+33 1 42 00 00 00',
      });
      // The directory searches the new description.
      expect(await names({ search: 'samedi' })).toEqual(['Accueil Goutte d’Or']);

      // Empty removes the description and the phone.
      await update({ organisationId: accueil, description: '  ', contactEmail: 'accueil@example.org' });
      expect(await profileOf(accueil)).toEqual({
        description: null,
        contact_email: 'accueil@example.org',
        contact_phone: null,
      });
    });

    it('counts 1,000 characters as people do, not UTF-16 units', async () => {
      const emoji = '🙂'.repeat(1000);
      const response = await update(
        { organisationId: toit, description: emoji, contactEmail: 'toit@example.org' },
        otherAdmin,
      );
      expect(response.errors).toBeUndefined();
      expect((await profileOf(toit)).description).toBe(emoji);
    });

    it('refuses members who are not admins, admins of another organisation and citizens, and changes nothing', async () => {
      const before = await profileOf(fondation);
      const input = { organisationId: fondation, description: 'Piraté', contactEmail: 'pirate@example.org' };
      for (const person of [member, admin, citizen, coordinator])
        expect(errorCode(await update(input, person))).toBe('FORBIDDEN');
      await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
        fondation,
        member.id,
      ]);
      expect(errorCode(await update(input, member))).toBe('FORBIDDEN');
      expect(errorCode(await api.graphql(UPDATE, { input }))).toBe('UNAUTHENTICATED');
      expect(await profileOf(fondation)).toEqual(before);
      // The admin may.
      expect((await update(input, otherAdmin)).errors).toBeUndefined();
    });

    it('answers NOT_FOUND for an unknown organisation', async () => {
      for (const organisationId of ['1f0c6f9e-2a59-4d8c-9b3e-7c1d2e3f4a5b', 'not-an-id'])
        expect(
          errorCode(await update({ organisationId, description: 'Texte', contactEmail: 'a@example.org' })),
        ).toBe('NOT_FOUND');
    });

    it('refuses a description over 1,000 characters or a bad contact, and changes nothing', async () => {
      await update({ organisationId: accueil, description: 'Avant.', contactEmail: 'accueil@example.org' });
      const before = await profileOf(accueil);
      const bad = [
        { description: 'x'.repeat(1001), contactEmail: 'new@example.org' },
        { description: '🙂'.repeat(1001), contactEmail: 'new@example.org' },
        { description: 'Après.', contactEmail: 'not an address' },
        { description: 'Après.', contactEmail: 'new@example.org', contactPhone: 'call me' },
      ];
      for (const input of bad)
        expect([input.contactEmail, errorCode(await update({ organisationId: accueil, ...input }))]).toEqual([
          input.contactEmail,
          'BAD_USER_INPUT',
        ]);
      expect(await profileOf(accueil)).toEqual(before);
      expect(
        (
          await update({
            organisationId: accueil,
            description: 'y'.repeat(1000),
            contactEmail: 'accueil@example.org',
          })
        ).errors,
      ).toBeUndefined();
    });

    it('lets the admin of an organisation still pending prepare its profile, kept out of the directory', async () => {
      const response = await update(
        { organisationId: pending, description: 'Bientôt', contactEmail: 'pending@example.org' },
        pendingAdmin,
      );
      expect(response.data!.updateOrganisationProfile).toMatchObject({
        description: 'Bientôt',
        status: 'PENDING',
      });
      expect(await names({ search: 'Bientôt' })).toEqual([]);
    });
  });
});
