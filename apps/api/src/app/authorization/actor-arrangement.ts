import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { FundingRoundsService } from '@entraide/api-funding';
import { DEFAULT_RATE_LIMIT_POLICIES, RATE_LIMIT_POLICIES } from '@entraide/api-identity';
import { createTestApp, latestMailLink, TestApp } from '@entraide/api-testing';
import { DataSource } from 'typeorm';

import { testAppModule } from '../testing/test-app-module';
import { Actor, ActorContext, MATRIX_PASSWORD } from './authorization-matrix';

export const SESSION_COOKIE = 'entraide_session';

/**
 * The whole application on a database of its own, as the specs driven by the authorization matrix run it:
 * every case signs up people from the same address, so the rate limits (which other specs test) are lifted.
 */
export function createMatrixTestApp(): Promise<TestApp> {
  const generous = { limit: 100_000, windowSeconds: 60 };
  const policies = Object.fromEntries(
    Object.keys(DEFAULT_RATE_LIMIT_POLICIES).map((name) => [name, generous]),
  );
  return createTestApp({
    root: testAppModule,
    overrides: [{ provide: RATE_LIMIT_POLICIES, useValue: policies }],
  });
}

/** The acting person's session cookie (none for the anonymous actor) and what the matrix operations need. */
export interface ArrangedActor {
  headers: Record<string, string>;
  context: ActorContext;
}

/**
 * Arranges, for a kind of actor, the acting person and the world around (organisations, stock, homes,
 * missions, donations...) in a fresh state, through `api`: each call returns a new person and new rows.
 */
export function actorArranger(api: TestApp): (actor: Actor) => Promise<ArrangedActor> {
  const db = api.app.get(DataSource);
  let passwordHash: string | undefined;
  let counter = 0;
  const uniqueEmail = () => `matrix-${++counter}-${Date.now()}@example.org`;
  const uniqueRna = () => `W${String(++counter).padStart(9, '0')}`;

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

  /**
   * Host offers, households of organisation A, proposals at each stage, an active stay and a rental unit, so
   * that every hosting mutation has something to act on. `hostId` is the acting person (a bystander for the
   * anonymous actor); the other homes belong to bystanders.
   */
  async function arrangeHosting(hostId: string, organisationAId: string, operatorAdminId: string) {
    // Earlier cases' homes and households leave the pool, so that the runs later rows queue stay small.
    await sql(`UPDATE host_offer SET paused = true WHERE NOT paused`);
    await sql(
      `UPDATE hosting_request SET status = 'CLOSED', close_reason = 'Earlier case' WHERE status = 'OPEN'`,
    );
    const offer = async (owner: string, status: string, paused = false): Promise<string> =>
      (
        await sql(
          `INSERT INTO host_offer (host_id, status, paused, steps_done, room_kind, beds, district_code, address,
             available_from, min_stay_days, max_stay_days, languages, household_adults, household_children,
             verifier_organisation_id, submitted_at, home_visit_on, visited_by, verified_at)
           VALUES ($1, $2, $3, 4, 'PRIVATE_ROOM', 2, '75018', '1 rue du Test, 75018 Paris', current_date, 7, 180,
             '{fr}', 1, 0, CASE WHEN $2 <> 'DRAFT' THEN $4::uuid END, CASE WHEN $2 <> 'DRAFT' THEN now() END,
             CASE WHEN $2 = 'VERIFIED' THEN current_date END, CASE WHEN $2 = 'VERIFIED' THEN 'Visiteur' END,
             CASE WHEN $2 = 'VERIFIED' THEN now() END)
           RETURNING id`,
          [owner, status, paused, organisationAId],
        )
      )[0].id;
    const household = async (status = 'OPEN'): Promise<string> =>
      (
        await sql(
          `INSERT INTO hosting_request (organisation_id, alias, age_bands, languages, legal_status, needed_from,
             minimum_days, desired_days, status)
           VALUES ($1, 'Famille M.', '{26-59}', '{fr}', 'REFUGEE', current_date, 7, 30, $2) RETURNING id`,
          [organisationAId, status],
        )
      )[0].id;
    const [{ id: runId }] = await sql(
      `INSERT INTO matching_run (kind, trigger, status, finished_at) VALUES ('HOSTING', 'MANUAL', 'DONE', now()) RETURNING id`,
    );
    const proposal = async (offerId: string, requestId: string, status: string): Promise<string> =>
      (
        await sql(
          `INSERT INTO hosting_proposal (run_id, host_offer_id, hosting_request_id, score, status, forwarded_at, accepted_at)
           VALUES ($1, $2, $3, '{}', $4, CASE WHEN $4 <> 'PROPOSED' THEN now() END,
             CASE WHEN $4 = 'ACCEPTED' THEN now() END) RETURNING id`,
          [runId, offerId, requestId, status],
        )
      )[0].id;
    const ownVerifiedOfferId = await offer(hostId, 'VERIFIED');
    const bystanderOffer = async () => offer(await bystander(), 'VERIFIED');
    const requestOfAId = await household();
    const stayOfferId = await bystanderOffer();
    const stayRequestId = await household('HOSTED');
    const stayProposalId = await proposal(stayOfferId, stayRequestId, 'ACCEPTED');
    const [{ id: activeStayId }] = await sql(
      `INSERT INTO stay (proposal_id, host_offer_id, hosting_request_id, starts_on, planned_end_on, agreement_signed_on)
       VALUES ($1, $2, $3, current_date, current_date + 60, current_date) RETURNING id`,
      [stayProposalId, stayOfferId, stayRequestId],
    );
    const operatorHId = await organisation('HOUSING_OPERATOR', 'VERIFIED', [
      [operatorAdminId, 'ADMIN'],
      [await bystander(), 'ADMIN'],
    ]);
    await sql(`INSERT INTO organisation_district (organisation_id, district_code) VALUES ($1, '75018')`, [
      operatorHId,
    ]);
    const rentalUnit = async (status: string): Promise<string> =>
      (
        await sql(
          `INSERT INTO rental_unit (owner_id, district_code, address, surface_m2, rooms, available_from, status,
             operator_organisation_id, taken_on_at)
           VALUES ($1, '75018', '2 rue du Test', 30, 2, current_date, $2,
             CASE WHEN $2 = 'TAKEN_ON' THEN $3::uuid END, CASE WHEN $2 = 'TAKEN_ON' THEN now() END) RETURNING id`,
          [hostId, status, operatorHId],
        )
      )[0].id;
    return {
      hostDraftId: await offer(hostId, 'DRAFT'),
      submittedOfferId: await offer(await bystander(), 'SUBMITTED'),
      ownVerifiedOfferId,
      ownPausedOfferId: await offer(hostId, 'VERIFIED', true),
      requestOfAId,
      proposedToAId: await proposal(await bystanderOffer(), await household(), 'PROPOSED'),
      forwardedToActorId: await proposal(ownVerifiedOfferId, await household(), 'FORWARDED'),
      acceptedByActorId: await proposal(await offer(hostId, 'VERIFIED'), await household(), 'ACCEPTED'),
      acceptedForAId: await proposal(await bystanderOffer(), await household(), 'ACCEPTED'),
      activeStayId,
      operatorHId,
      availableUnitId: await rentalUnit('AVAILABLE'),
      takenOnUnitId: await rentalUnit('TAKEN_ON'),
    };
  }

  /**
   * A mission of organisation A with a shift to come and one that took place today, applications to it (the
   * acting person's, a bystander's waiting one, a bystander's accepted one) and a mentoring pair of A.
   */
  async function arrangeMissions(actorId: string, organisationAId: string) {
    const [{ id: missionOfAId }] = await sql(
      `INSERT INTO mission (organisation_id, title, description, kind, district_code, schedule, contact_name, contact_email)
       VALUES ($1, 'Cours de français', 'Conversation en petits groupes.', 'FRENCH_LESSONS', '75018', 'SHIFTS', 'Awa',
         'cours@example.org') RETURNING id`,
      [organisationAId],
    );
    const shift = async (starts: string, ends: string, accepted: number): Promise<string> =>
      (
        await sql(
          `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity, accepted)
           VALUES ($1, ${starts}, ${ends}, 5, $2) RETURNING id`,
          [missionOfAId, accepted],
        )
      )[0].id;
    const shiftToComeId = await shift(`now() + interval '2 days'`, `now() + interval '2 days 2 hours'`, 0);
    const freeShiftId = await shift(`now() + interval '3 days'`, `now() + interval '3 days 2 hours'`, 0);
    const shiftTodayId = await shift(
      `date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'`,
      `date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris' + interval '2 hours'`,
      1,
    );
    const application = async (volunteerId: string, shiftId: string, status: string): Promise<string> =>
      (
        await sql(
          `INSERT INTO mission_application (mission_id, shift_id, volunteer_id, status, decided_at)
           VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'APPLIED' THEN NULL ELSE now() END) RETURNING id`,
          [missionOfAId, shiftId, volunteerId, status],
        )
      )[0].id;
    const waitingVolunteerId = await bystander();
    const [{ id: pairOfAId }] = await sql(
      `INSERT INTO mentoring_pair (organisation_id, mentor_id, mentee_alias, goals) VALUES ($1, $2, 'S. A.', '{JOB_SEARCH}')
       RETURNING id`,
      [organisationAId, await bystander()],
    );
    return {
      missionOfAId,
      shiftToComeId,
      freeShiftId,
      ownApplicationId: await application(actorId, shiftToComeId, 'APPLIED'),
      waitingApplicationId: await application(waitingVolunteerId, shiftToComeId, 'APPLIED'),
      waitingVolunteerId,
      acceptedTodayId: await application(await bystander(), shiftTodayId, 'ACCEPTED'),
      pairOfAId,
    };
  }

  /** Initiatives of A, donations (the acting person's to pay and to stop, a bystander's paid), a contact request. */
  async function arrangeFunding(actorId: string, organisationAId: string, sponsorSId: string) {
    // Earlier cases' initiatives close, so that each case's round covers its own few and stays cheap.
    await sql(`UPDATE initiative SET status = 'CLOSED' WHERE status = 'APPROVED'`);
    const initiative = async (status: string): Promise<string> =>
      (
        await sql(
          `INSERT INTO initiative (organisation_id, title, description, kind, district_codes, budget_cents, deadline,
             status, decided_at)
           VALUES ($1, 'Repas partagés', 'Des repas cuisinés ensemble.', 'WELCOME', '{75018}', 100000, current_date + 30,
             $2, CASE WHEN $2 = 'SUBMITTED' THEN NULL ELSE now() END) RETURNING id`,
          [organisationAId, status],
        )
      )[0].id;
    const submittedInitiativeId = await initiative('SUBMITTED');
    const approvedInitiativeId = await initiative('APPROVED');
    const contactedInitiativeId = await initiative('APPROVED');
    const donation = async (
      donorId: string,
      initiativeId: string | null,
      frequency: string,
      status: string,
    ) =>
      (
        await sql(
          `INSERT INTO donation (donor_id, initiative_id, amount_cents, frequency, status, checkout_session_id,
             stripe_subscription_id, test_mode)
           VALUES ($1, $2, 5000, $3, $4, $5, $6, true) RETURNING id, checkout_session_id`,
          [
            donorId,
            initiativeId,
            frequency,
            status,
            `cs_test_local_${randomUUID()}`,
            status === 'ACTIVE' ? `sub_${randomUUID()}` : null,
          ],
        )
      )[0];
    const paid = async (initiativeId: string | null): Promise<string> => {
      const { id: donationId } = await donation(await bystander(), initiativeId, 'ONE_OFF', 'PAID');
      const [{ id: paymentId }] = await sql(
        `INSERT INTO donation_payment (donation_id, payment_intent_id, amount_cents, paid_at) VALUES ($1, $2, 5000, now())
         RETURNING id`,
        [donationId, `pi_matrix_${randomUUID()}`],
      );
      const account = initiativeId ? `initiative:${initiativeId}` : 'pool';
      await sql(`INSERT INTO ledger_account (code) VALUES ($1) ON CONFLICT DO NOTHING`, [account]);
      await sql(
        `WITH t AS (INSERT INTO ledger_transaction (kind, reference) VALUES ('DONATION', 'payment:' || $1) RETURNING id)
         INSERT INTO ledger_entry (transaction_id, account_id, amount_cents)
         SELECT t.id, a.id, x.amount FROM t, (VALUES ('stripe-clearing', 5000), ($2, -5000)) AS x (code, amount)
         JOIN ledger_account a ON a.code = x.code`,
        [paymentId, account],
      );
      return paymentId;
    };
    const paymentToRefundId = await paid(approvedInitiativeId);
    await paid(null);
    const [{ id: contactRequestId }] = await sql(
      `INSERT INTO sponsor_contact_request (organisation_id, initiative_id, message) VALUES ($1, $2, 'Nous aimerions vous rencontrer.')
       RETURNING id`,
      [sponsorSId, contactedInitiativeId],
    );
    const coordinatorId = await bystander();
    await sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinatorId]);
    const { fingerprint } = await api.app.get(FundingRoundsService).preview(null, coordinatorId);
    return {
      submittedInitiativeId,
      approvedInitiativeId,
      pendingCheckoutSessionId: (await donation(actorId, approvedInitiativeId, 'ONE_OFF', 'PENDING'))
        .checkout_session_id,
      // Pending, not running: a running monthly donation would (rightly) stop the account's deletion.
      monthlyDonationId: (await donation(actorId, null, 'MONTHLY', 'PENDING')).id,
      paymentToRefundId,
      contactRequestId,
      roundFingerprint: fingerprint,
    };
  }

  /** The acting person (signed up through the API, with a second session and mailed links) and the world around. */
  async function arrange(actor: Actor): Promise<ArrangedActor> {
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
    const sponsorSId = await organisation('SPONSOR', 'VERIFIED', [
      [actor === 'sponsor' ? personId : await bystander(), 'MEMBER'],
    ]);
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
    const hosting = await arrangeHosting(
      actor === 'anonymous' ? await bystander() : personId,
      organisationAId,
      adminOfA,
    );
    const missions = await arrangeMissions(
      actor === 'anonymous' ? await bystander() : personId,
      organisationAId,
    );
    // Last: the round's fingerprint must see everything arranged.
    const funding = await arrangeFunding(
      actor === 'anonymous' ? await bystander() : personId,
      organisationAId,
      sponsorSId,
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
        ...hosting,
        ...missions,
        ...funding,
        sponsorSId,
      },
    };
  }

  return arrange;
}
