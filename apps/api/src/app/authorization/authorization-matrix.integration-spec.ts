import { randomUUID } from 'node:crypto';

import { DEFAULT_RATE_LIMIT_POLICIES, RATE_LIMIT_POLICIES } from '@entraide/api-identity';
import { createTestApp, latestMailLink, TestApp } from '@entraide/api-testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { testAppModule } from '../testing/test-app-module';
import { Actor, ActorContext, ACTORS, AUTHORIZATION_MATRIX, MATRIX_PASSWORD } from './authorization-matrix';

const SESSION_COOKIE = 'entraide_session';

describe('authorization matrix: every mutation, as every kind of actor', () => {
  let api: TestApp;
  let counter = 0;
  const uniqueEmail = () => `matrix-${++counter}-${Date.now()}@example.org`;
  const uniqueRna = () => `W${String(++counter).padStart(9, '0')}`;

  beforeAll(async () => {
    // Every case signs up people from the same address: lift the sign-up limit, which other specs test.
    const generous = { limit: 100_000, windowSeconds: 60 };
    const policies = Object.fromEntries(Object.keys(DEFAULT_RATE_LIMIT_POLICIES).map((name) => [name, generous]));
    api = await createTestApp({
      root: testAppModule,
      overrides: [{ provide: RATE_LIMIT_POLICIES, useValue: policies }],
    });
  });

  afterAll(() => api.close());

  /** A new citizen with two sessions: the acting one and another to revoke. */
  async function citizenContext(): Promise<{ cookie: string; context: ActorContext }> {
    const email = uniqueEmail();
    const signUp = await api.graphql(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
      { input: { email, password: MATRIX_PASSWORD, displayName: 'Citizen' } },
    );
    const cookie = `${SESSION_COOKIE}=${signUp.cookies[SESSION_COOKIE].value}`;
    await api.graphql('mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }', {
      input: { email, password: MATRIX_PASSWORD },
    });
    const sessions = await api.graphql<{ mySessions: { id: string; current: boolean }[] }>(
      '{ mySessions { id current } }',
      {},
      { cookie },
    );
    const other = sessions.data!.mySessions.find((session) => !session.current)!;
    await api.graphql(
      'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }',
      { input: { email } },
    );
    const tokenFrom = async (path: string) =>
      new URL(await latestMailLink(api.dataDir, email, path)).searchParams.get('token')!;
    return {
      cookie,
      context: {
        uniqueEmail,
        citizen: { email, password: MATRIX_PASSWORD },
        otherSessionId: other.id,
        verificationToken: await tokenFrom('/verifier-email?token='),
        resetToken: await tokenFrom('/nouveau-mot-de-passe?token='),
        pendingOrganisationId: await registerOrganisation(cookie),
        uniqueRna,
      },
    };
  }

  async function registerOrganisation(cookie: string): Promise<string> {
    const response = await api.graphql<{ registerOrganisation: { organisation: { id: string } } }>(
      'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { organisation { id } } }',
      {
        input: {
          kind: 'ASSOCIATION',
          name: 'Pending association',
          rna: uniqueRna(),
          districtCodes: ['75011'],
          contactEmail: 'pending@example.org',
        },
      },
      { cookie },
    );
    return response.data!.registerOrganisation.organisation.id;
  }

  async function actAs(actor: Actor): Promise<{ headers: Record<string, string>; context: ActorContext }> {
    if (actor === 'citizen' || actor === 'coordinator') {
      const { cookie, context } = await citizenContext();
      if (actor === 'coordinator') {
        await api.app
          .get(DataSource)
          .query(
            `INSERT INTO platform_role (user_id, role) SELECT id, 'COORDINATOR' FROM app_user WHERE email = $1`,
            [context.citizen.email],
          );
      }
      return { headers: { cookie }, context };
    }
    const { context } = await citizenContext();
    return { headers: {}, context: { ...context, otherSessionId: randomUUID() } };
  }

  it('has a row for every mutation in the schema, and no row for a mutation that does not exist', () => {
    const mutations = Object.keys(
      api.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {},
    ).sort();
    expect(Object.keys(AUTHORIZATION_MATRIX).sort()).toEqual(mutations);
  });

  const cases = Object.entries(AUTHORIZATION_MATRIX).flatMap(([mutation, row]) =>
    ACTORS.map((actor) => [mutation, actor, row.expected[actor]] as const),
  );

  it.each(cases)('%s as %s: %s', async (mutation, actor, expected) => {
    const { headers, context } = await actAs(actor);
    const { query, variables } = AUTHORIZATION_MATRIX[mutation].operation(context);
    const response = await api.graphql(query, variables, headers);
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    if (expected === 'ALLOWED') {
      expect(response.errors).toBeUndefined();
    } else {
      expect(codes).toEqual([expected]);
    }
  });
});
