import { createTestApp, latestMailLink, TestApp } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { IdentityModule } from './identity.module';
import { SESSION_COOKIE } from './session-cookie';

const PASSWORD = 'correct horse battery staple';
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { email role } } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(input: { token: $token }) { membership { role organisation { name } } } }`;
const REMOVE = `mutation ($organisationId: ID!, $userId: ID!) {
  removeMember(input: { organisationId: $organisationId, userId: $userId }) { userId } }`;
const MEMBERS = `query ($id: ID!) { organisationMembers(organisationId: $id) { userId email role } }`;
const ASSIGN = `mutation ($pointId: ID!, $email: String!) {
  assignStaff(input: { collectionPointId: $pointId, email: $email }) { staff { email } } }`;
const UNASSIGN = `mutation ($pointId: ID!, $userId: ID!) {
  unassignStaff(input: { collectionPointId: $pointId, userId: $userId }) { staff { email } } }`;

describe('members and collection-point staff', () => {
  let api: TestApp;
  let db: DataSource;
  let organisationId: string;
  let admin: Record<string, string>;
  let counter = 0;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule] });
    db = api.app.get(DataSource);
    admin = (await person('admin@example.org')).headers;
    const registered = await api.graphql<{ registerOrganisation: { organisation: { id: string } } }>(
      `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { organisation { id } } }`,
      {
        input: {
          kind: 'ASSOCIATION',
          name: 'Accueil Belleville',
          rna: 'W752000001',
          districtCodes: ['75020'],
          contactEmail: 'contact@belleville.example.org',
        },
      },
      admin,
    );
    organisationId = registered.data!.registerOrganisation.organisation.id;
  });

  afterAll(() => api.close());

  async function person(email = `someone-${++counter}@example.org`) {
    const response = await api.graphql<{ signUp: { viewer: { id: string } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
      { input: { email, password: PASSWORD, displayName: 'Someone' } },
    );
    return {
      id: response.data!.signUp.viewer.id,
      email,
      headers: { cookie: `${SESSION_COOKIE}=${response.cookies[SESSION_COOKIE].value}` },
    };
  }

  const invitationToken = async (email: string) =>
    new URL(await latestMailLink(api.dataDir, email, '/invitation?token=')).searchParams.get('token')!;

  it('lets an admin invite by email; the invited person accepts once and becomes a member', async () => {
    const invited = await api.graphql(
      INVITE,
      { input: { organisationId, email: 'Amina@Example.org' } },
      admin,
    );
    expect(invited.data).toEqual({
      inviteMember: { invitation: { email: 'amina@example.org', role: 'MEMBER' } },
    });
    const amina = await person('amina@example.org');
    const token = await invitationToken('amina@example.org');

    const accepted = await api.graphql(ACCEPT, { token }, amina.headers);
    expect(accepted.data).toEqual({
      acceptInvitation: { membership: { role: 'MEMBER', organisation: { name: 'Accueil Belleville' } } },
    });
    expect((await api.graphql(ACCEPT, { token }, amina.headers)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const members = await api.graphql<{ organisationMembers: { email: string; role: string }[] }>(
      MEMBERS,
      { id: organisationId },
      amina.headers,
    );
    expect(members.data!.organisationMembers.map((member) => [member.email, member.role])).toEqual([
      ['admin@example.org', 'ADMIN'],
      ['amina@example.org', 'MEMBER'],
    ]);
    expect(
      (await api.graphql(INVITE, { input: { organisationId, email: 'amina@example.org' } }, admin))
        .errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
  });

  it('refuses an invitation accepted by another account, and invitations sent by non-admins', async () => {
    await api.graphql(INVITE, { input: { organisationId, email: 'intended@example.org' } }, admin);
    const token = await invitationToken('intended@example.org');
    const stranger = await person();
    const wrongPerson = await api.graphql(ACCEPT, { token }, stranger.headers);
    expect(wrongPerson.errors).toEqual([
      expect.objectContaining({
        message: 'This invitation was sent to intended@example.org: sign in with that address to accept it.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    const notAdmin = await api.graphql(
      INVITE,
      { input: { organisationId, email: 'x@example.org' } },
      stranger.headers,
    );
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await api.graphql(MEMBERS, { id: organisationId }, stranger.headers)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('lets an admin remove a member but never the last admin', async () => {
    await api.graphql(INVITE, { input: { organisationId, email: 'leaving@example.org' } }, admin);
    const leaving = await person('leaving@example.org');
    await api.graphql(ACCEPT, { token: await invitationToken('leaving@example.org') }, leaving.headers);
    const removed = await api.graphql(REMOVE, { organisationId, userId: leaving.id }, admin);
    expect(removed.data).toEqual({ removeMember: { userId: leaving.id } });
    expect(
      (await api.graphql(REMOVE, { organisationId, userId: leaving.id }, admin)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const [{ id: adminId }] = await db.query(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    const lastAdmin = await api.graphql(REMOVE, { organisationId, userId: adminId }, admin);
    expect(lastAdmin.errors).toEqual([
      expect.objectContaining({
        message: 'An organisation needs at least one admin: name another admin first.',
        extensions: { code: 'CONFLICT' },
      }),
    ]);
    const actions = await db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [
      organisationId,
    ]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'ORGANISATION_REGISTERED',
      'MEMBER_INVITED',
      'MEMBER_JOINED',
      'MEMBER_INVITED',
      'MEMBER_INVITED',
      'MEMBER_JOINED',
      'MEMBER_REMOVED',
    ]);
  });

  it('lets coordinators assign and unassign collection-point staff, who then hold the role', async () => {
    const coordinator = await person();
    await db.query(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    const karim = await person('karim@example.org');
    const [{ id: pointId }] = await db.query(`SELECT id FROM collection_point WHERE code = 'p-75018'`);

    expect(
      (await api.graphql(ASSIGN, { pointId, email: 'karim@example.org' }, karim.headers)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const assigned = await api.graphql(ASSIGN, { pointId, email: 'KARIM@example.org' }, coordinator.headers);
    expect(assigned.data).toEqual({ assignStaff: { staff: [{ email: 'karim@example.org' }] } });
    const viewer = await api.graphql<{ viewer: { roles: string[]; staffPointIds: string[] } }>(
      `{ viewer { roles staffPointIds } }`,
      {},
      karim.headers,
    );
    expect(viewer.data!.viewer).toEqual({ roles: ['CITIZEN', 'COLLECTION_STAFF'], staffPointIds: [pointId] });

    expect(
      (await api.graphql(ASSIGN, { pointId, email: 'nobody@example.org' }, coordinator.headers)).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');
    const unassigned = await api.graphql(UNASSIGN, { pointId, userId: karim.id }, coordinator.headers);
    expect(unassigned.data).toEqual({ unassignStaff: { staff: [] } });
    expect(
      (await api.graphql(UNASSIGN, { pointId, userId: karim.id }, coordinator.headers)).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });
});
