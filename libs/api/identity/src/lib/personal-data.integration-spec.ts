import { createTestApp, TestApp } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { IdentityModule } from './identity.module';
import { SESSION_COOKIE } from './session-cookie';

const PASSWORD = 'correct horse battery staple';
const EXPORT = `mutation { exportMyData { json generatedAt } }`;
const DELETE = `mutation ($password: String!) { deleteMyAccount(input: { password: $password }) { deleted } }`;
const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { organisation { id } } }`;

describe('download my data, delete my account', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule] });
    db = api.app.get(DataSource);
  });

  afterAll(() => api.close());

  async function person(email: string) {
    const response = await api.graphql<{ signUp: { viewer: { id: string } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
      { input: { email, password: PASSWORD, displayName: 'Awa' } },
      { 'user-agent': 'Firefox' },
    );
    return {
      id: response.data!.signUp.viewer.id,
      headers: { cookie: `${SESSION_COOKIE}=${response.cookies[SESSION_COOKIE].value}` },
    };
  }

  const registerAssociation = (headers: Record<string, string>, rna: string) =>
    api.graphql(
      REGISTER,
      {
        input: {
          kind: 'ASSOCIATION',
          name: 'Accueil',
          rna,
          districtCodes: ['75010'],
          contactEmail: 'contact@example.org',
        },
      },
      headers,
    );

  it('exports everything held about the person as JSON, and audits the export', async () => {
    const awa = await person('export@example.org');
    await registerAssociation(awa.headers, 'W753000001');
    const response = await api.graphql<{ exportMyData: { json: string } }>(EXPORT, {}, awa.headers);
    const document = JSON.parse(response.data!.exportMyData.json);
    expect(document.account).toMatchObject({
      email: 'export@example.org',
      displayName: 'Awa',
      emailVerifiedAt: null,
    });
    expect(document.roles).toEqual(['CITIZEN', 'ASSOCIATION']);
    expect(document.sessions).toEqual([expect.objectContaining({ userAgent: 'Firefox', revokedAt: null })]);
    expect(document.memberships).toEqual([
      expect.objectContaining({ organisation: 'Accueil', role: 'ADMIN' }),
    ]);
    expect(document.organisationsRegistered).toEqual([
      expect.objectContaining({ name: 'Accueil', status: 'PENDING' }),
    ]);
    expect(document.actionsRecorded.map((entry: { action: string }) => entry.action)).toEqual([
      'ORGANISATION_REGISTERED',
    ]);
    expect(JSON.stringify(document)).not.toContain('argon2');
    const audited = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'PERSONAL_DATA_EXPORTED' AND actor_id = $1`,
      [awa.id],
    );
    expect(audited[0].n).toBe(1);
  });

  it('deletes an account after confirming the password: anonymised, signed out, records kept with a deleted actor', async () => {
    const leaving = await person('leaving@example.org');
    const wrong = await api.graphql(DELETE, { password: 'not my password' }, leaving.headers);
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await db.query(`SELECT deleted_at FROM app_user WHERE id = $1`, [leaving.id]))[0].deleted_at,
    ).toBeNull();

    const deleted = await api.graphql(DELETE, { password: PASSWORD }, leaving.headers);
    expect(deleted.data).toEqual({ deleteMyAccount: { deleted: true } });
    expect(deleted.cookies[SESSION_COOKIE].value).toBe('');
    const [row] = await db.query(`SELECT email, display_name, deleted_at FROM app_user WHERE id = $1`, [
      leaving.id,
    ]);
    expect(row).toEqual({
      email: `deleted-${leaving.id}@deleted.invalid`,
      display_name: 'Compte supprimé',
      deleted_at: expect.any(Date),
    });
    expect(await db.query(`SELECT 1 FROM user_session WHERE user_id = $1`, [leaving.id])).toEqual([]);
    expect((await api.graphql<{ viewer: null }>(`{ viewer { id } }`, {}, leaving.headers)).data).toEqual({
      viewer: null,
    });
    const signIn = await api.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`,
      {
        input: { email: 'leaving@example.org', password: PASSWORD },
      },
    );
    expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await db.query(`SELECT action FROM audit_log WHERE actor_id = $1`, [leaving.id]);
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['ACCOUNT_DELETED']);
    // The address is free again.
    expect((await person('leaving@example.org')).id).not.toBe(leaving.id);
  });

  it('refuses to delete the only admin of an organisation, and writes nothing', async () => {
    const admin = await person('sole-admin@example.org');
    await registerAssociation(admin.headers, 'W753000002');
    const response = await api.graphql(DELETE, { password: PASSWORD }, admin.headers);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'You are the only admin of Accueil: name another admin first.',
        extensions: { code: 'CONFLICT' },
      }),
    ]);
    expect((await db.query(`SELECT email FROM app_user WHERE id = $1`, [admin.id]))[0].email).toBe(
      'sole-admin@example.org',
    );
    expect(
      (await api.graphql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, admin.headers)).data!.viewer.id,
    ).toBe(admin.id);
  });
});
