import { latestMailLink, createTestApp, TestApp } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { IdentityModule } from './identity.module';
import { DEFAULT_RATE_LIMIT_POLICIES, RATE_LIMIT_POLICIES } from './services/rate-limiter.service';
import { SESSION_COOKIE } from './session-cookie';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase';
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`;
const VERIFY = `mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { viewer { email emailVerified } } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { viewer { email } } }`;
const VIEWER = `{ viewer { email emailVerified } }`;

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const cookie = (token: string) => ({ cookie: `${SESSION_COOKIE}=${token}` });

describe('email verification and password reset', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule], env: { PUBLIC_URL: 'https://entraide.test' } });
    db = api.app.get(DataSource);
  });

  afterAll(() => api.close());

  async function signUp(email: string): Promise<string> {
    const response = await api.graphql(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Awa' } });
    expect(response.errors).toBeUndefined();
    return response.cookies[SESSION_COOKIE].value;
  }

  it('mails a verification link at sign-up that verifies the address once', async () => {
    const session = await signUp('verify@example.org');
    const link = await latestMailLink(api.dataDir, 'verify@example.org', '/verifier-email?token=');
    expect(link.startsWith('https://entraide.test/verifier-email?token=')).toBe(true);
    expect((await api.graphql(VIEWER, {}, cookie(session))).data).toEqual({
      viewer: { email: 'verify@example.org', emailVerified: false },
    });

    const verified = await api.graphql(VERIFY, { input: { token: tokenOf(link) } });
    expect(verified.data).toEqual({
      verifyEmail: { viewer: { email: 'verify@example.org', emailVerified: true } },
    });

    const reused = await api.graphql(VERIFY, { input: { token: tokenOf(link) } });
    expect(reused.errors).toEqual([
      expect.objectContaining({
        message: 'This link has expired or has already been used: please ask for a new one.',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const stored = await db.query(
      `SELECT count(*)::int AS n FROM account_token WHERE token_hash = sha256($1::bytea)`,
      [tokenOf(link)],
    );
    expect(stored[0].n).toBe(1);
  });

  it('answers a reset request the same way for known and unknown addresses, mailing only the known one', async () => {
    await signUp('reset@example.org');
    const known = await api.graphql(REQUEST_RESET, { input: { email: 'Reset@Example.org' } });
    const unknown = await api.graphql(REQUEST_RESET, { input: { email: 'nobody-here@example.org' } });
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestPasswordReset: { accepted: true } });
    await expect(
      latestMailLink(api.dataDir, 'reset@example.org', '/nouveau-mot-de-passe?token='),
    ).resolves.toContain('https://entraide.test/nouveau-mot-de-passe?token=');
    const tokens = await db.query(
      `SELECT count(*)::int AS n FROM account_token WHERE purpose = 'RESET_PASSWORD'`,
    );
    expect(tokens[0].n).toBe(1);
  });

  it('resets the password once with the mailed link, signs out every other session and signs this one in', async () => {
    const oldSession = await signUp('forgot@example.org');
    await api.graphql(REQUEST_RESET, { input: { email: 'forgot@example.org' } });
    const token = tokenOf(
      await latestMailLink(api.dataDir, 'forgot@example.org', '/nouveau-mot-de-passe?token='),
    );

    const weak = await api.graphql(RESET, { input: { token, password: 'short' } });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const reset = await api.graphql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(reset.data).toEqual({ resetPassword: { viewer: { email: 'forgot@example.org' } } });
    const newSession = reset.cookies[SESSION_COOKIE].value;
    expect((await api.graphql(VIEWER, {}, cookie(newSession))).data).toEqual({
      viewer: { email: 'forgot@example.org', emailVerified: true },
    });
    expect((await api.graphql(VIEWER, {}, cookie(oldSession))).data).toEqual({ viewer: null });

    const reused = await api.graphql(RESET, { input: { token, password: 'yet another passphrase' } });
    expect(reused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await api.graphql(SIGN_IN, { input: { email: 'forgot@example.org', password: PASSWORD } })).errors?.[0]
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await api.graphql(SIGN_IN, { input: { email: 'forgot@example.org', password: NEW_PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it('refuses an expired reset link, and a link superseded by a newer one', async () => {
    await signUp('expired@example.org');
    await api.graphql(REQUEST_RESET, { input: { email: 'expired@example.org' } });
    const first = tokenOf(
      await latestMailLink(api.dataDir, 'expired@example.org', '/nouveau-mot-de-passe?token='),
    );
    await db.query(
      `UPDATE account_token SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
       WHERE token_hash = sha256($1::bytea)`,
      [first],
    );
    expect(
      (await api.graphql(RESET, { input: { token: first, password: NEW_PASSWORD } })).errors?.[0].message,
    ).toBe('This link has expired or has already been used: please ask for a new one.');
    await db.query(
      `UPDATE account_token SET expires_at = now() + interval '1 hour' WHERE token_hash = sha256($1::bytea)`,
      [first],
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.graphql(REQUEST_RESET, { input: { email: 'expired@example.org' } });
    expect(
      (await api.graphql(RESET, { input: { token: first, password: NEW_PASSWORD } })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('rate limits on sign-in, sign-up and reset', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      overrides: [
        {
          provide: RATE_LIMIT_POLICIES,
          useValue: {
            ...DEFAULT_RATE_LIMIT_POLICIES,
            signInPerEmail: { limit: 3, windowSeconds: 900 },
            signUpPerAddress: { limit: 4, windowSeconds: 3600 },
            passwordResetPerEmail: { limit: 2, windowSeconds: 3600 },
          },
        },
      ],
    });
  });

  afterAll(() => api.close());

  it('refuses the attempt over the limit with TOO_MANY_REQUESTS and the time to wait, counting concurrent attempts', async () => {
    await api.graphql(SIGN_UP, {
      input: { email: 'limited@example.org', password: PASSWORD, displayName: 'L' },
    });
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.graphql(SIGN_IN, { input: { email: 'limited@example.org', password: 'wrong password!' } }),
      ),
    );
    const codes = attempts.map((attempt) => attempt.errors?.[0].extensions?.code).sort();
    expect(codes).toEqual([
      'TOO_MANY_REQUESTS',
      'TOO_MANY_REQUESTS',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    const limited = attempts.find((attempt) => attempt.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS')!;
    expect(limited.errors![0].message).toBe('Too many attempts. Please try again in 15 minutes.');
    expect(limited.errors![0].extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
    // Even the right password waits: the limit is on attempts, not on failures.
    const right = await api.graphql(SIGN_IN, { input: { email: 'limited@example.org', password: PASSWORD } });
    expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    const other = await api.graphql(SIGN_IN, { input: { email: 'other@example.org', password: PASSWORD } });
    expect(other.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts every signIn aliased in one request against the limit', async () => {
    const db = api.app.get(DataSource);
    const email = 'aliased@example.org';
    await api.graphql(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'A' } });
    // Gives back the sign-up this made, so the next test's count of sign-ups from this address holds.
    await db.query(
      `DELETE FROM auth_attempt WHERE id = (SELECT max(id) FROM auth_attempt WHERE action = 'SIGN_UP')`,
    );
    const aliased = (password: string) =>
      `mutation ($email: String!) { ${['a', 'b', 'c', 'd']
        .map(
          (alias) => `${alias}: signIn(input: { email: $email, password: "${password}" }) { viewer { id } }`,
        )
        .join(' ')} }`;
    const attempts = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM auth_attempt WHERE action = 'SIGN_IN' AND subject = $1`,
          [email],
        )
      )[0].n;

    // signIn is non-null and mutation fields run one after another, so a wrong password stops the request:
    // four aliases buy one guess, and that guess is counted.
    const wrong = await api.graphql(aliased('wrong password!'), { email });
    expect(wrong.data).toBeNull();
    expect(wrong.errors).toEqual([
      expect.objectContaining({ path: ['a'], extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expect(await attempts()).toBe(1);

    // Aliases that run each consult the limiter: the limit (3) is reached inside this one request.
    const right = await api.graphql(aliased(PASSWORD), { email });
    expect(right.errors).toEqual([
      expect.objectContaining({
        path: ['c'],
        message: 'Too many attempts. Please try again in 15 minutes.',
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
      }),
    ]);
    expect(await attempts()).toBe(3);

    // The right password, alone, still waits for the window to pass.
    const single = await api.graphql(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(single.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await attempts()).toBe(3);
    await db.query(
      `UPDATE auth_attempt SET attempted_at = attempted_at - interval '15 minutes' WHERE subject = $1`,
      [email],
    );
    const later = await api.graphql(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(later.errors).toBeUndefined();
    expect(later.data).toEqual({ signIn: { viewer: { id: expect.any(String) } } });
  });

  it('limits sign-ups from one address and reset requests for one email', async () => {
    const signUps = [];
    for (let i = 0; i < 4; i++) {
      signUps.push(
        await api.graphql(SIGN_UP, {
          input: { email: `many-${i}@example.org`, password: PASSWORD, displayName: 'M' },
        }),
      );
    }
    expect(signUps.map((response) => response.errors?.[0].extensions?.code)).toEqual([
      undefined,
      undefined,
      undefined,
      'TOO_MANY_REQUESTS',
    ]);
    const resets = [];
    for (let i = 0; i < 3; i++)
      resets.push(await api.graphql(REQUEST_RESET, { input: { email: 'many-0@example.org' } }));
    expect(resets.map((response) => response.errors?.[0].extensions?.code)).toEqual([
      undefined,
      undefined,
      'TOO_MANY_REQUESTS',
    ]);
  });
});
