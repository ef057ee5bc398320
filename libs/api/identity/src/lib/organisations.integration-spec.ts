import { createTestApp, TestApp } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { IdentityModule } from './identity.module';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccountsService } from './services/demo-accounts.service';
import { SESSION_COOKIE } from './session-cookie';

const PASSWORD = 'correct horse battery staple';
const REGISTER = `mutation ($input: RegisterOrganisationInput!) {
  registerOrganisation(input: $input) { organisation { id name kind rna siret status districtCodes contactEmail } } }`;
const QUEUE = `{ organisationQueue { id name status } }`;
const VERIFY = `mutation ($id: ID!) { verifyOrganisation(input: { organisationId: $id }) { organisation { status decidedAt } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectOrganisation(input: { organisationId: $id, reason: $reason }) { organisation { status rejectionReason } } }`;
const AUDIT = `query ($after: String) { auditLog(first: 2, after: $after) { entries { action actorEmail targetId details } endCursor hasNextPage } }`;

describe('organisations, roles, verification queue and audit log', () => {
  let api: TestApp;
  let db: DataSource;
  let counter = 0;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule] });
    db = api.app.get(DataSource);
  });

  afterAll(() => api.close());

  async function signIn(email: string, password = PASSWORD): Promise<Record<string, string>> {
    const response = await api.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`,
      {
        input: { email, password },
      },
    );
    expect(response.errors).toBeUndefined();
    return { cookie: `${SESSION_COOKIE}=${response.cookies[SESSION_COOKIE].value}` };
  }

  async function citizen(): Promise<{ email: string; headers: Record<string, string> }> {
    const email = `person-${++counter}@example.org`;
    await api.graphql(`mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`, {
      input: { email, password: PASSWORD, displayName: 'Person' },
    });
    return { email, headers: await signIn(email) };
  }

  async function coordinator(): Promise<Record<string, string>> {
    const { email, headers } = await citizen();
    await db.query(
      `INSERT INTO platform_role (user_id, role) SELECT id, 'COORDINATOR' FROM app_user WHERE email = $1`,
      [email],
    );
    return headers;
  }

  const association = (rna: string) => ({
    kind: 'ASSOCIATION',
    name: ' Accueil Goutte d’Or ',
    rna,
    districtCodes: ['75018', '75018', '75019'],
    contactEmail: 'Contact@Accueil.example.org',
  });

  it('seeds one demo account per role on an empty database, once', async () => {
    const demo = api.app.get(DemoAccountsService);
    expect(await demo.seedIfEmpty()).toBe(true);
    expect(await demo.seedIfEmpty()).toBe(false);
    for (const account of DEMO_ACCOUNTS) {
      const headers = await signIn(account.email, DEMO_PASSWORD);
      const { data } = await api.graphql<{ viewer: { roles: string[]; emailVerified: boolean } }>(
        `{ viewer { roles emailVerified } }`,
        {},
        headers,
      );
      expect(data!.viewer.emailVerified).toBe(true);
      expect(data!.viewer.roles).toContain(account.role);
    }
  });

  it('registers an organisation as pending, with its registrant as admin and the ASSOCIATION role', async () => {
    const { headers } = await citizen();
    const response = await api.graphql<{ registerOrganisation: { organisation: Record<string, unknown> } }>(
      REGISTER,
      { input: association('w751 234 567') },
      headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.registerOrganisation.organisation).toEqual({
      id: expect.any(String),
      name: 'Accueil Goutte d’Or',
      kind: 'ASSOCIATION',
      rna: 'W751234567',
      siret: null,
      status: 'PENDING',
      districtCodes: ['75018', '75019'],
      contactEmail: 'contact@accueil.example.org',
    });
    const { data } = await api.graphql<{
      viewer: { roles: string[]; memberships: { role: string; organisation: { name: string } }[] };
    }>(`{ viewer { roles memberships { role organisation { name } } } }`, {}, headers);
    expect(data!.viewer.roles).toEqual(['CITIZEN', 'ASSOCIATION']);
    expect(data!.viewer.memberships).toEqual([
      { role: 'ADMIN', organisation: { name: 'Accueil Goutte d’Or' } },
    ]);
  });

  it.each([
    [{ rna: 'W12345' }, 'An RNA number is W followed by 9 digits, e.g. W751234567.'],
    [{ rna: undefined, siret: '73282932000075' }, 'This SIRET is not valid: check its 14 digits.'],
    [{ rna: undefined }, 'Give an RNA number or a SIRET.'],
    [{ districtCodes: [] }, 'Choose at least one arrondissement served.'],
    [{ districtCodes: ['75099'] }, 'Unknown arrondissement "75099".'],
    [{ contactEmail: 'nope' }, 'The contact email address is not valid.'],
  ])('refuses %j with BAD_USER_INPUT and writes nothing', async (change, message) => {
    const { headers } = await citizen();
    const before = (await db.query(`SELECT count(*)::int AS n FROM organisation`))[0].n;
    const response = await api.graphql(
      REGISTER,
      { input: { ...association('W700000001'), ...change } },
      headers,
    );
    expect(response.errors).toEqual([
      expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect((await db.query(`SELECT count(*)::int AS n FROM organisation`))[0].n).toBe(before);
  });

  it('refuses a second registration with the same RNA number with CONFLICT', async () => {
    const { headers } = await citizen();
    expect(
      (await api.graphql(REGISTER, { input: association('W799999999') }, headers)).errors,
    ).toBeUndefined();
    const again = await api.graphql(REGISTER, { input: association('W799999999') }, headers);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps the queue and the decisions to coordinators', async () => {
    const { headers: citizenHeaders } = await citizen();
    expect((await api.graphql(QUEUE, {}, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await api.graphql(QUEUE, {}, citizenHeaders);
    expect(forbidden.errors).toEqual([
      expect.objectContaining({
        message: 'Only a City coordinator may do this.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    const [{ id }] = await db.query(`SELECT id FROM organisation WHERE rna = 'W751234567'`);
    expect((await api.graphql(VERIFY, { id }, citizenHeaders)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await db.query(`SELECT status FROM organisation WHERE id = $1`, [id]))[0].status).toBe('PENDING');
  });

  it('lets a coordinator verify or reject (with a reason) each pending registration once, and audits it', async () => {
    const headers = await coordinator();
    const queue = await api.graphql<{ organisationQueue: { id: string; name: string; status: string }[] }>(
      QUEUE,
      {},
      headers,
    );
    const pending = queue.data!.organisationQueue;
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pending.map((organisation) => organisation.status))).toEqual(new Set(['PENDING']));

    const verified = await api.graphql(VERIFY, { id: pending[0].id }, headers);
    expect(verified.data).toEqual({
      verifyOrganisation: { organisation: { status: 'VERIFIED', decidedAt: expect.any(String) } },
    });
    const twice = await api.graphql(REJECT, { id: pending[0].id, reason: 'Too late' }, headers);
    expect(twice.errors).toEqual([
      expect.objectContaining({
        message: 'This organisation has already been verified.',
        extensions: { code: 'CONFLICT' },
      }),
    ]);

    expect(
      (await api.graphql(REJECT, { id: pending[1].id, reason: '   ' }, headers)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const rejected = await api.graphql(
      REJECT,
      { id: pending[1].id, reason: 'The RNA number belongs to another association.' },
      headers,
    );
    expect(rejected.data).toEqual({
      rejectOrganisation: {
        organisation: {
          status: 'REJECTED',
          rejectionReason: 'The RNA number belongs to another association.',
        },
      },
    });
    expect(
      (await api.graphql(VERIFY, { id: '00000000-0000-0000-0000-000000000000' }, headers)).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');

    const firstPage = await api.graphql<{
      auditLog: {
        entries: { action: string; actorEmail: string; targetId: string; details: string }[];
        endCursor: string;
        hasNextPage: boolean;
      };
    }>(AUDIT, {}, headers);
    expect(firstPage.data!.auditLog.entries.map((entry) => [entry.action, entry.targetId])).toEqual([
      ['ORGANISATION_REJECTED', pending[1].id],
      ['ORGANISATION_VERIFIED', pending[0].id],
    ]);
    expect(JSON.parse(firstPage.data!.auditLog.entries[0].details)).toEqual({
      reason: 'The RNA number belongs to another association.',
    });
    expect(firstPage.data!.auditLog.hasNextPage).toBe(true);
    const secondPage = await api.graphql<{ auditLog: { entries: { action: string }[] } }>(
      AUDIT,
      { after: firstPage.data!.auditLog.endCursor },
      headers,
    );
    expect(
      secondPage.data!.auditLog.entries.every((entry) => entry.action === 'ORGANISATION_REGISTERED'),
    ).toBe(true);
  });

  it('lets only one of two coordinators deciding at once win', async () => {
    const { headers: registrant } = await citizen();
    const registered = await api.graphql<{ registerOrganisation: { organisation: { id: string } } }>(
      REGISTER,
      { input: association('W711111111') },
      registrant,
    );
    const id = registered.data!.registerOrganisation.organisation.id;
    const [first, second] = [await coordinator(), await coordinator()];
    const results = await Promise.all([
      api.graphql(VERIFY, { id }, first),
      api.graphql(REJECT, { id, reason: 'Duplicate' }, second),
    ]);
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const decisions = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action IN ('ORGANISATION_VERIFIED', 'ORGANISATION_REJECTED')`,
      [id],
    );
    expect(decisions[0].n).toBe(1);
  });
});
