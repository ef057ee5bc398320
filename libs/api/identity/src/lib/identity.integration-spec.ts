import { createTestApp, TestApp } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { IdentityModule } from './identity.module';
import { SESSION_COOKIE } from './session-cookie';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id email displayName emailVerified } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { email } } }`;
const VIEWER = `{ viewer { email displayName } }`;
const MY_SESSIONS = `{ mySessions { id userAgent current } }`;
const REVOKE = `mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } } }`;

describe('accounts and sessions', () => {
  let api: TestApp;
  let db: DataSource;
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule] });
    db = api.app.get(DataSource);
  });

  afterAll(() => api.close());

  const cookieHeader = (token: string) => ({ cookie: `${SESSION_COOKIE}=${token}` });
  const userCount = async () => Number((await db.query('SELECT count(*) FROM app_user'))[0].count);

  async function signUp(email: string) {
    return api.graphql<{
      signUp: { viewer: { id: string; email: string; displayName: string; emailVerified: boolean } };
    }>(
      SIGN_UP,
      { input: { email, password, displayName: ' Awa ' } },
      { 'user-agent': 'Firefox on a laptop' },
    );
  }

  it('signs up a citizen, stores an argon2id hash and signs them in with a flagged cookie', async () => {
    const response = await signUp('Awa@Example.org ');
    expect(response.errors).toBeUndefined();
    expect(response.data!.signUp.viewer).toEqual({
      id: expect.any(String),
      email: 'awa@example.org',
      displayName: 'Awa',
      emailVerified: false,
    });
    const cookie = response.cookies[SESSION_COOKIE];
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', maxAge: 30 * 24 * 3600 });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.query(`SELECT password_hash FROM app_user WHERE email = 'awa@example.org'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(password);
    const stored = await db.query(
      `SELECT token_hash FROM user_session WHERE token_hash = sha256($1::bytea)`,
      [cookie.value],
    );
    expect(stored).toHaveLength(1);

    const viewer = await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, cookieHeader(cookie.value));
    expect(viewer.data!.viewer).toEqual({ email: 'awa@example.org', displayName: 'Awa' });
  });

  it.each([
    ['not-an-email', password, 'Awa', 'This is not a valid email address.'],
    ['short@example.org', 'short pass', 'Awa', 'The password must have at least 12 characters.'],
    [
      'common@example.org',
      'Password1234',
      'Awa',
      'This password is too common: choose one that is harder to guess.',
    ],
    ['noname@example.org', password, '   ', 'Please give a name to greet you by.'],
  ])(
    'refuses %s / %s with BAD_USER_INPUT and writes nothing',
    async (email, badPassword, displayName, message) => {
      const before = await userCount();
      const response = await api.graphql(SIGN_UP, { input: { email, password: badPassword, displayName } });
      expect(response.errors).toEqual([
        expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } }),
      ]);
      expect(response.cookies[SESSION_COOKIE]).toBeUndefined();
      expect(await userCount()).toBe(before);
    },
  );

  it('refuses a second account for the same email, whatever its case, with CONFLICT', async () => {
    await signUp('twice@example.org');
    const before = await userCount();
    const again = await signUp('TWICE@example.org');
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await userCount()).toBe(before);
  });

  it('keeps one account when the same email signs up twice at once', async () => {
    const results = await Promise.all([signUp('race@example.org'), signUp('race@example.org')]);
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(
      Number((await db.query(`SELECT count(*) FROM app_user WHERE email = 'race@example.org'`))[0].count),
    ).toBe(1);
  });

  it('signs in with the right password only, giving the same answer for an unknown email', async () => {
    await signUp('signin@example.org');
    const ok = await api.graphql<{ signIn: { viewer: { email: string } } }>(SIGN_IN, {
      input: { email: 'SIGNIN@example.org', password },
    });
    expect(ok.data!.signIn.viewer.email).toBe('signin@example.org');
    expect(ok.cookies[SESSION_COOKIE].value).toBeTruthy();

    const wrongPassword = await api.graphql(SIGN_IN, {
      input: { email: 'signin@example.org', password: 'not the password' },
    });
    const unknownEmail = await api.graphql(SIGN_IN, { input: { email: 'nobody@example.org', password } });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'The email address or the password is not right.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ]);
      expect(response.cookies[SESSION_COOKIE]).toBeUndefined();
    }
  });

  it('answers viewer with null and mySessions with UNAUTHENTICATED when not signed in or with a bad cookie', async () => {
    for (const headers of [{}, cookieHeader('forged-token')]) {
      expect((await api.graphql<{ viewer: null }>(VIEWER, {}, headers)).data!.viewer).toBeNull();
      const sessions = await api.graphql(MY_SESSIONS, {}, headers);
      expect(sessions.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lists the active sessions, revokes one, and signs out', async () => {
    const first = (await signUp('sessions@example.org')).cookies[SESSION_COOKIE].value;
    const second = (
      await api.graphql(
        SIGN_IN,
        { input: { email: 'sessions@example.org', password } },
        { 'user-agent': 'Phone' },
      )
    ).cookies[SESSION_COOKIE].value;

    const listed = await api.graphql<{ mySessions: { id: string; userAgent: string; current: boolean }[] }>(
      MY_SESSIONS,
      {},
      cookieHeader(first),
    );
    expect(listed.data!.mySessions).toHaveLength(2);
    const phone = listed.data!.mySessions.find((session) => session.userAgent === 'Phone')!;
    expect(phone.current).toBe(false);
    expect(listed.data!.mySessions.find((session) => session.current)?.userAgent).toBe('Firefox on a laptop');

    const revoked = await api.graphql(REVOKE, { input: { sessionId: phone.id } }, cookieHeader(first));
    expect(revoked.data).toEqual({ revokeSession: { session: { id: phone.id, current: false } } });
    expect((await api.graphql<{ viewer: null }>(VIEWER, {}, cookieHeader(second))).data!.viewer).toBeNull();

    const signOut = await api.graphql(`mutation { signOut { signedOut } }`, {}, cookieHeader(first));
    expect(signOut.data).toEqual({ signOut: { signedOut: true } });
    expect(signOut.cookies[SESSION_COOKIE].value).toBe('');
    expect((await api.graphql<{ viewer: null }>(VIEWER, {}, cookieHeader(first))).data!.viewer).toBeNull();
  });

  it("cannot revoke another person's session: NOT_FOUND, and the session stays", async () => {
    const mine = (await signUp('mine@example.org')).cookies[SESSION_COOKIE].value;
    const theirs = (await signUp('theirs@example.org')).cookies[SESSION_COOKIE].value;
    const theirSessions = await api.graphql<{ mySessions: { id: string }[] }>(
      MY_SESSIONS,
      {},
      cookieHeader(theirs),
    );
    const theirId = theirSessions.data!.mySessions[0].id;
    for (const sessionId of [theirId, 'not-a-uuid']) {
      const attempt = await api.graphql(REVOKE, { input: { sessionId } }, cookieHeader(mine));
      expect(attempt.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(
      (await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, cookieHeader(theirs))).data!.viewer.email,
    ).toBe('theirs@example.org');
  });

  it('does not accept an expired session', async () => {
    const token = (await signUp('expired@example.org')).cookies[SESSION_COOKIE].value;
    await db.query(
      `UPDATE user_session SET created_at = now() - interval '31 days', expires_at = now() - interval '1 day'
       WHERE token_hash = sha256($1::bytea)`,
      [token],
    );
    expect((await api.graphql<{ viewer: null }>(VIEWER, {}, cookieHeader(token))).data!.viewer).toBeNull();
  });

  it('notes when a session was last seen, at most once a minute', async () => {
    const token = (await signUp('seen@example.org')).cookies[SESSION_COOKIE].value;
    const setLastSeen = (ago: string) =>
      db.query(
        `UPDATE user_session SET last_seen_at = now() - $2::interval WHERE token_hash = sha256($1::bytea)`,
        [token, ago],
      );
    const secondsSinceSeen = async () =>
      Number(
        (
          await db.query(
            `SELECT extract(epoch FROM now() - last_seen_at) AS seconds FROM user_session
             WHERE token_hash = sha256($1::bytea)`,
            [token],
          )
        )[0].seconds,
      );

    await setLastSeen('2 minutes');
    expect((await api.graphql(VIEWER, {}, cookieHeader(token))).data).toEqual({
      viewer: { email: 'seen@example.org', displayName: 'Awa' },
    });
    expect(await secondsSinceSeen()).toBeLessThan(5);

    await setLastSeen('30 seconds');
    await api.graphql(VIEWER, {}, cookieHeader(token));
    expect(await secondsSinceSeen()).toBeGreaterThanOrEqual(30);
  });
});
