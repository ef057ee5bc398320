import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { DEFAULT_RATE_LIMIT_POLICIES, RATE_LIMIT_POLICIES } from '@entraide/api-identity';
import { createTestApp, latestMailLink, TestApp } from '@entraide/api-testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { testAppModule } from '../testing/test-app-module';
import { Actor, ActorContext, ACTORS, AUTHORIZATION_MATRIX, MATRIX_PASSWORD } from './authorization-matrix';

const SESSION_COOKIE = 'entraide_session';

describe('authorization matrix: every mutation, as every kind of actor', () => {
  let api: TestApp;
  let db: DataSource;
  let passwordHash: string;
  let counter = 0;
  const uniqueEmail = () => `matrix-${++counter}-${Date.now()}@example.org`;
  const uniqueRna = () => `W${String(++counter).padStart(9, '0')}`;

  beforeAll(async () => {
    // Every case signs up people from the same address: lift the limits, which other specs test.
    const generous = { limit: 100_000, windowSeconds: 60 };
    const policies = Object.fromEntries(
      Object.keys(DEFAULT_RATE_LIMIT_POLICIES).map((name) => [name, generous]),
    );
    api = await createTestApp({
      root: testAppModule,
      overrides: [{ provide: RATE_LIMIT_POLICIES, useValue: policies }],
    });
    db = api.app.get(DataSource);
  });

  afterAll(() => api.close());

  const sql = <T = Record<string, string>>(query: string, params: unknown[] = []): Promise<T[]> =>
    db.query(query, params);

  /** Someone in the background (an admin, a member, staff), written directly to the database. */
  async function bystander(): Promise<string> {
    passwordHash ??= (await sql(`SELECT password_hash FROM app_user LIMIT 1`))[0].password_hash;
    const [{ id }] = await sql(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bystander', $2) RETURNING id`,
      [uniqueEmail(), passwordHash],
    );
    return id;
  }

  async function organisation(kind: string, status: string, members: [string, string][]): Promise<string> {
    const [{ id }] = await sql(
      `INSERT INTO organisation (kind, name, rna, contact_email, status, decided_at)
       VALUES ($1, 'Organisation', $2, 'contact@example.org', $3, CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END)
       RETURNING id`,
      [kind, uniqueRna(), status],
    );
    for (const [userId, role] of members) {
      await sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
        id,
        userId,
        role,
      ]);
    }
    return id;
  }

  const pointId = async (code: string) =>
    (await sql(`SELECT id FROM collection_point WHERE code = $1`, [code]))[0].id;

  const dropOffCode = () =>
    Array.from(randomBytes(6), (byte) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[byte % 32]).join('');

  /**
   * Needs, offers, bookings, stock, a dispatch and a transfer, written as the services would (each stock
   * level equal to its movements), so that every items and stock mutation has something to act on.
   */
  async function arrangeItems(donorId: string, organisationAId: string, pointXId: string, pointYId: string) {
    const [{ id: variantId }] = await sql(`SELECT id FROM catalogue_variant WHERE code = 'socks/men-43-46'`);
    const [{ id: needOfAId }] = await sql(
      `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency) VALUES ($1, $2, 100, '75018', 'HIGH') RETURNING id`,
      [organisationAId, variantId],
    );
    const [{ id: dispatchToAId }] = await sql(
      `INSERT INTO dispatch (collection_point_id, need_id, quantity) VALUES ($1, $2, 1) RETURNING id`,
      [pointXId, needOfAId],
    );
    await sql(
      `INSERT INTO stock_level (collection_point_id, variant_id, quantity) VALUES ($1, $2, 49), ($3, $2, 0)
       ON CONFLICT (collection_point_id, variant_id) DO UPDATE SET quantity = stock_level.quantity + EXCLUDED.quantity`,
      [pointXId, variantId, pointYId],
    );
    const [{ id: transferToXId }] = await sql(
      `INSERT INTO stock_transfer (from_point_id, to_point_id) VALUES ($1, $2) RETURNING id`,
      [pointYId, pointXId],
    );
    await sql(`INSERT INTO stock_transfer_line (transfer_id, variant_id, quantity) VALUES ($1, $2, 5)`, [
      transferToXId,
      variantId,
    ]);
    await sql(
      `INSERT INTO stock_movement (collection_point_id, variant_id, kind, quantity, dispatch_id, transfer_id, reason) VALUES
         ($1, $2, 'RECEIPT', 50, NULL, NULL, NULL), ($1, $2, 'DISPATCH', -1, $3, NULL, NULL),
         ($4, $2, 'RECEIPT', 5, NULL, NULL, NULL), ($4, $2, 'TRANSFER_OUT', -5, NULL, $5, NULL)`,
      [pointXId, variantId, dispatchToAId, pointYId, transferToXId],
    );

    const slots = await api.graphql<{ dropOffSlots: { startsAt: string }[] }>(
      'query ($id: ID!) { dropOffSlots(collectionPointId: $id, days: 14) { startsAt } }',
      { id: pointXId },
    );
    const [bookedSlot, slotStartsAt] = slots.data!.dropOffSlots.map((slot) => slot.startsAt);
    const offer = async (donor: string, bookingId: string | null) =>
      (
        await sql(
          `INSERT INTO offer (donor_id, variant_id, quantity, condition, booking_id) VALUES ($1, $2, 2, 'GOOD', $3) RETURNING id`,
          [donor, variantId, bookingId],
        )
      )[0].id;
    const booking = async (donor: string) => {
      const code = dropOffCode();
      const [{ id }] = await sql(
        `INSERT INTO drop_off_booking (code, donor_id, collection_point_id, slot_starts_at, slot_ends_at)
         VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes') RETURNING id`,
        [code, donor, pointXId, bookedSlot],
      );
      return { id, code, offerId: await offer(donor, id) };
    };
    // Each case starts with X's slots empty: earlier cases' bookings there are cancelled.
    await sql(
      `UPDATE drop_off_booking SET status = 'CANCELLED' WHERE collection_point_id = $1 AND status = 'BOOKED'`,
      [pointXId],
    );
    await sql(`UPDATE drop_off_slot SET booked = 0 WHERE collection_point_id = $1`, [pointXId]);
    await sql(
      `INSERT INTO drop_off_slot (collection_point_id, starts_at, capacity, booked) VALUES ($1, $2, 6, 2)
       ON CONFLICT (collection_point_id, starts_at) DO UPDATE SET booked = 2`,
      [pointXId, bookedSlot],
    );
    const [{ id: runId }] = await sql(
      `INSERT INTO matching_run (kind, trigger, status, finished_at) VALUES ('ITEMS', 'MANUAL', 'DONE', now()) RETURNING id`,
    );
    const [{ id: proposalId }] = await sql(
      `INSERT INTO item_proposal (run_id, collection_point_id, need_id, quantity, from_stock, score)
       VALUES ($1, $2, $3, 2, 2, '{}') RETURNING id`,
      [runId, pointXId, needOfAId],
    );
    const own = await booking(donorId);
    const other = await booking(await bystander());
    return {
      variantId,
      needOfAId,
      dispatchToAId,
      transferToXId,
      proposalId,
      unbookedOfferId: await offer(donorId, null),
      bookingId: own.id,
      slotStartsAt,
      bookingAtX: { code: other.code, offerId: other.offerId },
    };
  }

  /** The acting person (signed up through the API, with a second session and mailed links) and the world around. */
  async function arrange(actor: Actor): Promise<{ headers: Record<string, string>; context: ActorContext }> {
    const email = uniqueEmail();
    const signUp = await api.graphql<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
      { input: { email, password: MATRIX_PASSWORD, displayName: 'Actor' } },
    );
    const personId = signUp.data!.signUp.viewer.id;
    const cookie = `${SESSION_COOKIE}=${signUp.cookies[SESSION_COOKIE].value}`;
    await api.graphql('mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }', {
      input: { email, password: MATRIX_PASSWORD },
    });
    const sessions = await api.graphql<{ mySessions: { id: string; current: boolean }[] }>(
      '{ mySessions { id current } }',
      {},
      { cookie },
    );
    await api.graphql(
      'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }',
      {
        input: { email },
      },
    );
    const tokenFrom = async (path: string) =>
      new URL(await latestMailLink(api.dataDir, email, path)).searchParams.get('token')!;

    const adminOfA = actor === 'adminOfA' ? personId : await bystander();
    const memberOfAId = await bystander();
    const organisationAId = await organisation('ASSOCIATION', 'VERIFIED', [
      [adminOfA, 'ADMIN'],
      [await bystander(), 'ADMIN'],
      [memberOfAId, 'MEMBER'],
    ]);
    await organisation('ASSOCIATION', 'VERIFIED', [
      [await bystander(), 'ADMIN'],
      ...(actor === 'memberOfB' ? [[personId, 'MEMBER'] as [string, string]] : []),
    ]);
    if (actor === 'sponsor') await organisation('SPONSOR', 'VERIFIED', [[personId, 'MEMBER']]);
    const pendingOrganisationId = await organisation('ASSOCIATION', 'PENDING', [
      [await bystander(), 'ADMIN'],
    ]);

    const [pointXId, pointYId] = [await pointId('p-75018'), await pointId('p-75019')];
    const staffOfXId = await bystander();
    await sql(`INSERT INTO collection_point_staff (collection_point_id, user_id) VALUES ($1, $2)`, [
      pointXId,
      staffOfXId,
    ]);
    if (actor === 'staffOfX' || actor === 'staffOfY') {
      await sql(`INSERT INTO collection_point_staff (collection_point_id, user_id) VALUES ($1, $2)`, [
        actor === 'staffOfX' ? pointXId : pointYId,
        personId,
      ]);
    }
    if (actor === 'coordinator')
      await sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [personId]);

    const invitationToken = randomBytes(32).toString('base64url');
    await sql(
      `INSERT INTO organisation_invitation (organisation_id, email, role, token_hash, expires_at)
       VALUES ($1, $2, 'MEMBER', $3, now() + interval '1 day')`,
      [organisationAId, email, createHash('sha256').update(invitationToken).digest()],
    );
    const items = await arrangeItems(
      actor === 'anonymous' ? await bystander() : personId,
      organisationAId,
      pointXId,
      pointYId,
    );
    const assignableId = await bystander();
    const [{ email: assignableEmail }] = await sql(`SELECT email FROM app_user WHERE id = $1`, [
      assignableId,
    ]);

    return {
      headers: actor === 'anonymous' ? {} : { cookie },
      context: {
        uniqueEmail,
        uniqueRna,
        person: { email, password: MATRIX_PASSWORD },
        otherSessionId:
          actor === 'anonymous'
            ? randomUUID()
            : sessions.data!.mySessions.find((session) => !session.current)!.id,
        verificationToken: await tokenFrom('/verifier-email?token='),
        resetToken: await tokenFrom('/nouveau-mot-de-passe?token='),
        invitationToken,
        organisationAId,
        memberOfAId,
        pendingOrganisationId,
        pointXId,
        staffOfXId,
        assignableEmail,
        pointYId,
        ...items,
      },
    };
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
    const { headers, context } = await arrange(actor);
    const { query, variables } = AUTHORIZATION_MATRIX[mutation].operation(context);
    const response = await api.graphql(query, variables, headers);
    if (expected === 'ALLOWED') {
      expect(response.errors).toBeUndefined();
    } else {
      expect((response.errors ?? []).map((error) => error.extensions?.code)).toEqual([expected]);
    }
  });
});
