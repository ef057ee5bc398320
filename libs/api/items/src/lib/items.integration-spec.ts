import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { CatalogueModule } from '@entraide/api-catalogue';
import { GeographyModule } from '@entraide/api-geography';
import { IdentityModule } from '@entraide/api-identity';
import { StockModule } from '@entraide/api-stock';
import { createTestApp, errorCode, Person, Staff, TestApp, TestWorld } from '@entraide/api-testing';

import { ItemsModule } from './items.module';
import { DropOffRemindersService } from './services/drop-off-reminders.service';

const POST_NEED = `mutation ($input: PostNeedInput!) { postNeed(input: $input) {
  need { id quantity urgency deadline status progress { offered received dispatched delivered remaining coverage } } } }`;
const MAKE_OFFER = `mutation ($input: MakeOfferInput!) { makeOffer(input: $input) { offer { id status quantity variant { code } } } }`;
const SLOTS = `query ($id: ID!) { dropOffSlots(collectionPointId: $id, days: 7) { startsAt endsAt capacity booked available } }`;
const BOOK = `mutation ($input: BookDropOffInput!) { bookDropOff(input: $input) {
  booking { id code status slotStartsAt collectionPoint { code } offers { id } } } }`;
const BY_CODE = `query ($pointId: ID!, $code: String!) { dropOffByCode(collectionPointId: $pointId, code: $code) {
  id donorName status offers { id quantity } } }`;
const RECEIVE = `mutation ($input: ReceiveDropOffInput!) { receiveDropOff(input: $input) {
  booking { status offers { status receivedQuantity refusedQuantity refusalReason } } } }`;
const DISPATCH = `mutation ($input: DispatchInput!) { dispatchToNeed(input: $input) { dispatch { id quantity status organisationName } } }`;
const CONFIRM = `mutation ($id: ID!) { confirmDelivery(input: { dispatchId: $id }) { dispatch { status deliveredAt } } }`;
const MY_OFFERS = `{ myOffers { id status trace { kind quantity collectionPointName organisationName reason } } }`;
const NEED = `query ($id: ID!) { need(id: $id) { status progress { offered received dispatched delivered remaining coverage } } }`;

describe('needs, offers, drop-offs, receipts, dispatches and traces', () => {
  let api: TestApp;
  let world: TestWorld;
  let association: { id: string; member: Person };
  let citizen: Person;
  let staff18: Staff;
  let staff19: Staff;
  let socks: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule, GeographyModule, CatalogueModule, StockModule, ItemsModule],
    });
    world = new TestWorld(api);
    association = await world.association();
    citizen = await world.person('Camille');
    staff18 = await world.staffOf('p-75018');
    staff19 = await world.staffOf('p-75019');
    socks = await world.variantId('socks/men-43-46');
  });

  afterAll(() => api.close());

  const postNeed = (input: Record<string, unknown>, who: Person = association.member) =>
    api.graphql<{ postNeed: { need: { id: string } } }>(
      POST_NEED,
      {
        input: {
          organisationId: association.id,
          variantId: socks,
          quantity: 10,
          districtCode: '75018',
          urgency: 'CRITICAL',
          ...input,
        },
      },
      who.headers,
    );

  async function offerAndBook(needId: string, quantity: number, pointId = staff18.pointId, who = citizen) {
    const offer = await api.graphql<{ makeOffer: { offer: { id: string } } }>(
      MAKE_OFFER,
      { input: { needId, quantity, condition: 'NEW' } },
      who.headers,
    );
    const slots = await api.graphql<{ dropOffSlots: { startsAt: string; available: number }[] }>(SLOTS, {
      id: pointId,
    });
    const slot = slots.data!.dropOffSlots.find((candidate) => candidate.available > 0)!;
    const booked = await api.graphql<{
      bookDropOff: { booking: { id: string; code: string; slotStartsAt: string } };
    }>(
      BOOK,
      {
        input: {
          collectionPointId: pointId,
          slotStartsAt: slot.startsAt,
          offerIds: [offer.data!.makeOffer.offer.id],
        },
      },
      who.headers,
    );
    expect(booked.errors).toBeUndefined();
    return { offerId: offer.data!.makeOffer.offer.id, ...booked.data!.bookDropOff.booking };
  }

  /** The confirmation leaves in the background: wait for its file. */
  async function bookingMail(code: string): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const names = await readdir(join(api.dataDir, 'mail')).catch(() => [] as string[]);
      for (const name of names) {
        const text = await readFile(join(api.dataDir, 'mail', name), 'utf8');
        if (text.includes(code)) return text;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No mail with the drop-off code ${code}`);
  }

  it('runs the whole loop: need → offer → booking → receipt by code → dispatch → delivery → trace', async () => {
    const posted = await postNeed({ deadline: '2099-12-31', note: 'Pour le centre de la rue Pajol' });
    expect(posted.errors).toBeUndefined();
    const needId = posted.data!.postNeed.need.id;

    const booking = await offerAndBook(needId, 4);
    expect(booking.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

    const mail = await bookingMail(booking.code);
    expect(mail).toContain(booking.code);
    expect(mail).toMatch(/Content-Type: image\/png/);

    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
      new Date(booking.slotStartsAt),
    );
    const expected = await api.graphql<{ expectedDropOffs: { code: string }[] }>(
      `query ($pointId: ID!, $day: String) { expectedDropOffs(collectionPointId: $pointId, day: $day) { code } }`,
      { pointId: staff18.pointId, day },
      staff18.headers,
    );
    expect(expected.data!.expectedDropOffs.map((dropOff) => dropOff.code)).toContain(booking.code);
    expect(
      errorCode(
        await api.graphql(
          `query ($pointId: ID!) { expectedDropOffs(collectionPointId: $pointId) { code } }`,
          { pointId: staff18.pointId },
          staff19.headers,
        ),
      ),
    ).toBe('FORBIDDEN');

    const found = await api.graphql(
      BY_CODE,
      { pointId: staff18.pointId, code: booking.code.toLowerCase() },
      staff18.headers,
    );
    expect(found.data).toEqual({
      dropOffByCode: {
        id: booking.id,
        donorName: 'Camille',
        status: 'BOOKED',
        offers: [{ id: booking.offerId, quantity: 4 }],
      },
    });

    const received = await api.graphql(
      RECEIVE,
      {
        input: {
          collectionPointId: staff18.pointId,
          code: booking.code,
          lines: [
            { offerId: booking.offerId, receivedQuantity: 3, refusedQuantity: 1, refusalReason: 'Troué' },
          ],
        },
      },
      staff18.headers,
    );
    expect(received.data).toEqual({
      receiveDropOff: {
        booking: {
          status: 'RECEIVED',
          offers: [{ status: 'RECEIVED', receivedQuantity: 3, refusedQuantity: 1, refusalReason: 'Troué' }],
        },
      },
    });
    expect(await world.level(staff18.pointId, socks)).toEqual({ level: 3, movements: 3 });

    const dispatched = await api.graphql<{ dispatchToNeed: { dispatch: { id: string } } }>(
      DISPATCH,
      { input: { collectionPointId: staff18.pointId, needId, quantity: 3 } },
      staff18.headers,
    );
    expect(dispatched.data!.dispatchToNeed.dispatch).toMatchObject({
      quantity: 3,
      status: 'DISPATCHED',
      organisationName: 'Accueil 18e',
    });
    const confirmed = await api.graphql(
      CONFIRM,
      { id: dispatched.data!.dispatchToNeed.dispatch.id },
      association.member.headers,
    );
    expect(confirmed.data).toMatchObject({ confirmDelivery: { dispatch: { status: 'DELIVERED' } } });

    const need = await api.graphql(NEED, { id: needId });
    expect(need.data).toEqual({
      need: {
        status: 'OPEN',
        progress: { offered: 3, received: 3, dispatched: 3, delivered: 3, remaining: 7, coverage: 0.3 },
      },
    });

    const offers = await api.graphql<{ myOffers: { id: string; trace: { kind: string }[] }[] }>(
      MY_OFFERS,
      {},
      citizen.headers,
    );
    const trace = offers.data!.myOffers.find((offer) => offer.id === booking.offerId)!.trace;
    expect(trace).toEqual([
      { kind: 'OFFERED', quantity: 4, collectionPointName: null, organisationName: null, reason: null },
      {
        kind: 'BOOKED',
        quantity: 4,
        collectionPointName: 'Mairie du 18e arrondissement',
        organisationName: null,
        reason: null,
      },
      {
        kind: 'RECEIVED',
        quantity: 3,
        collectionPointName: 'Mairie du 18e arrondissement',
        organisationName: null,
        reason: null,
      },
      {
        kind: 'REFUSED',
        quantity: 1,
        collectionPointName: 'Mairie du 18e arrondissement',
        organisationName: null,
        reason: 'Troué',
      },
      {
        kind: 'DISPATCHED',
        quantity: 3,
        collectionPointName: 'Mairie du 18e arrondissement',
        organisationName: 'Accueil 18e',
        reason: null,
      },
      {
        kind: 'DELIVERED',
        quantity: 3,
        collectionPointName: null,
        organisationName: 'Accueil 18e',
        reason: null,
      },
    ]);
  });

  it('tells the donors whose gifts were received that their need is covered, once, at the last delivery', async () => {
    const { id: needId } = (await postNeed({ quantity: 3 })).data!.postNeed.need;
    const [other, turnedAway, absent] = [
      await world.person('Dominique'),
      await world.person('Refusé'),
      await world.person('Absent'),
    ];
    // Offers as receipts leave them (the drop-off path has its own test): brought, turned away, never brought.
    const offer = (who: Person, status: string, received: number | null, refused: number | null) =>
      world.sql(
        `INSERT INTO offer (donor_id, need_id, variant_id, quantity, condition, status, received_quantity,
                            refused_quantity, refusal_reason)
         VALUES ($1, $2, $3, 2, 'GOOD', $4, $5, $6, CASE WHEN $6 > 0 THEN 'Usé' END)`,
        [who.id, needId, socks, status, received, refused],
      );
    await offer(citizen, 'RECEIVED', 2, 0);
    await offer(other, 'RECEIVED', 1, 1);
    await offer(turnedAway, 'RECEIVED', 0, 2);
    await offer(absent, 'OFFERED', null, null);
    await world.stock(staff18, socks, 4);
    const deliver = async (quantity: number) => {
      const dispatched = await api.graphql<{ dispatchToNeed: { dispatch: { id: string } } }>(
        DISPATCH,
        { input: { collectionPointId: staff18.pointId, needId, quantity } },
        staff18.headers,
      );
      expect(dispatched.errors).toBeUndefined();
      const confirmed = await api.graphql(
        CONFIRM,
        { id: dispatched.data!.dispatchToNeed.dispatch.id },
        association.member.headers,
      );
      expect(confirmed.errors).toBeUndefined();
    };
    const notices = () =>
      world.sql(
        `SELECT user_id, params, link FROM notification WHERE kind = 'NEED_COVERED' AND reference = $1 ORDER BY user_id`,
        [`need:${needId}`],
      );

    await deliver(2);
    expect(await notices()).toEqual([]);
    await deliver(1);
    const [labels] = await world.sql(`SELECT label_fr, label_en FROM catalogue_variant WHERE id = $1`, [
      socks,
    ]);
    const covered = [citizen.id, other.id].sort().map((userId) => ({
      user_id: userId,
      params: { itemLabelFr: labels.label_fr, itemLabelEn: labels.label_en, organisationName: 'Accueil 18e' },
      link: '/mes-dons',
    }));
    expect(await notices()).toEqual(covered);

    // Asked for one more and covered again: the donors already know.
    await api.graphql(
      `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { need { quantity } } }`,
      { input: { needId, quantity: 4 } },
      association.member.headers,
    );
    await deliver(1);
    expect(await notices()).toEqual(covered);
  });

  it('reminds donors of a drop-off starting within a day, once per booking', async () => {
    const donor = await world.person('Claude');
    const pointId = staff19.pointId;
    const book = async (code: string, inHours: number, status = 'BOOKED') => {
      const startsAt = new Date(Math.floor(Date.now() / 60_000 + inHours * 60) * 60_000);
      await world.sql(
        `INSERT INTO drop_off_slot (collection_point_id, starts_at, capacity) VALUES ($1, $2, 5) ON CONFLICT DO NOTHING`,
        [pointId, startsAt],
      );
      const [{ id }] = await world.sql(
        `INSERT INTO drop_off_booking (code, donor_id, collection_point_id, slot_starts_at, slot_ends_at, status)
         VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes', $5) RETURNING id`,
        [code, donor.id, pointId, startsAt, status],
      );
      return { id: id as string, startsAt };
    };
    const soon = await book('RAPEL2', 3);
    await book('RAPEL3', 72);
    await book('RAPEL4', 5, 'CANCELLED');
    await book('RAPEL5', -2);
    const [{ name }] = await world.sql(`SELECT name FROM collection_point WHERE id = $1`, [pointId]);
    const notices = () =>
      world.sql(
        `SELECT reference, params, link FROM notification WHERE kind = 'DROP_OFF_TOMORROW' AND user_id = $1`,
        [donor.id],
      );

    const reminders = api.app.get(DropOffRemindersService);
    await reminders.remind();
    const reminded = [
      {
        reference: `booking:${soon.id}`,
        params: { code: 'RAPEL2', pointName: name, startsAt: soon.startsAt.toISOString() },
        link: '/mes-dons',
      },
    ];
    expect(await notices()).toEqual(reminded);
    expect(await reminders.remind()).toBe(0);
    expect(await notices()).toEqual(reminded);
  });

  it('refuses a used code, a code of another point, and receiving at a point one does not staff, writing nothing', async () => {
    const { id: needId } = (await postNeed({})).data!.postNeed.need;
    const booking = await offerAndBook(needId, 2);
    const receive = (who: Staff, pointId = who.pointId) =>
      api.graphql(
        RECEIVE,
        {
          input: {
            collectionPointId: pointId,
            code: booking.code,
            lines: [{ offerId: booking.offerId, receivedQuantity: 2 }],
          },
        },
        who.headers,
      );

    let before = await world.footprint();
    const elsewhere = await receive(staff19);
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors![0].message).toContain('Mairie du 18e');
    expect(errorCode(await receive(staff19, staff18.pointId))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.graphql(BY_CODE, { pointId: staff19.pointId, code: booking.code }, staff19.headers),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await api.graphql(BY_CODE, { pointId: staff18.pointId, code: 'ZZZZZZ' }, staff18.headers)),
    ).toBe('NOT_FOUND');
    expect(await world.footprint()).toEqual(before);

    expect((await receive(staff18)).errors).toBeUndefined();
    before = await world.footprint();
    const again = await receive(staff18);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain('already been used');
    expect(await world.footprint()).toEqual(before);
  });

  it('rejects bad quantities, unknown variants and impossible receipts with BAD_USER_INPUT, writing nothing', async () => {
    const { id: needId } = (await postNeed({})).data!.postNeed.need;
    const booking = await offerAndBook(needId, 2);
    const before = await world.footprint();

    for (const quantity of [0, -3, 100_001])
      expect(errorCode(await postNeed({ quantity }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await postNeed({ quantity: 1.5 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await postNeed({ variantId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await postNeed({ variantId: 'socks' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await postNeed({ districtCode: '75021' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await postNeed({ deadline: '2020-01-01' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await postNeed({ deadline: '31/12/2099' }))).toBe('BAD_USER_INPUT');

    const offer = (input: Record<string, unknown>) =>
      api.graphql(MAKE_OFFER, { input: { condition: 'GOOD', quantity: 1, ...input } }, citizen.headers);
    expect(errorCode(await offer({ variantId: socks, quantity: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await offer({ variantId: socks, quantity: -1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await offer({}))).toBe('BAD_USER_INPUT');
    expect(errorCode(await offer({ variantId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'BAD_USER_INPUT',
    );

    const receive = (line: Record<string, unknown>) =>
      api.graphql(
        RECEIVE,
        {
          input: {
            collectionPointId: staff18.pointId,
            code: booking.code,
            lines: [{ offerId: booking.offerId, receivedQuantity: 1, ...line }],
          },
        },
        staff18.headers,
      );
    expect(errorCode(await receive({ receivedQuantity: 3 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await receive({ receivedQuantity: -1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await receive({ receivedQuantity: 0, refusedQuantity: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await receive({ refusedQuantity: 1 }))).toBe('BAD_USER_INPUT');

    const walkIn = (quantity: number, variantId = socks) =>
      api.graphql(
        `mutation ($input: WalkInGiftInput!) { recordWalkInGift(input: $input) { received } }`,
        { input: { collectionPointId: staff18.pointId, lines: [{ variantId, quantity }] } },
        staff18.headers,
      );
    expect(errorCode(await walkIn(0))).toBe('BAD_USER_INPUT');
    expect(errorCode(await walkIn(2, '00000000-0000-4000-8000-000000000000'))).toBe('BAD_USER_INPUT');

    expect(await world.footprint()).toEqual(before);
  });

  it('refuses to dispatch more than the stock (CONFLICT) or than the need lacks (BAD_USER_INPUT)', async () => {
    const { id: needId } = (await postNeed({ quantity: 5 })).data!.postNeed.need;
    const gloves = await world.variantId('backpack/adult');
    const { id: glovesNeed } = (await postNeed({ quantity: 5, variantId: gloves })).data!.postNeed.need;
    await world.stock(staff18, gloves, 2);
    const dispatch = (quantity: number, need = glovesNeed, who: Staff = staff18) =>
      api.graphql(
        DISPATCH,
        { input: { collectionPointId: who.pointId, needId: need, quantity } },
        who.headers,
      );
    const before = await world.footprint();
    const tooMuch = await dispatch(3);
    expect(errorCode(tooMuch)).toBe('CONFLICT');
    expect(tooMuch.errors![0].message).toContain('Not enough stock');
    expect(errorCode(await dispatch(6))).toBe('BAD_USER_INPUT');
    expect(errorCode(await dispatch(0))).toBe('BAD_USER_INPUT');
    expect(errorCode(await dispatch(1, glovesNeed, staff19))).toBe('CONFLICT');
    expect(errorCode(await dispatch(1, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(errorCode(await dispatch(1, needId, { ...citizen, pointId: staff18.pointId }))).toBe('FORBIDDEN');
    expect(await world.footprint()).toEqual(before);
    expect((await dispatch(2)).errors).toBeUndefined();
    expect(await world.level(staff18.pointId, gloves)).toEqual({ level: 0, movements: 0 });
  });

  it('keeps a slot to its capacity: booking a full slot is a CONFLICT; cancelling frees the place', async () => {
    const point = await world.pointId('p-75020');
    await world.sql(`UPDATE collection_point SET drop_off_slot_capacity = 1 WHERE id = $1`, [point]);
    const { id: needId } = (await postNeed({})).data!.postNeed.need;
    const first = await offerAndBook(needId, 1, point);
    const slots = await api.graphql<{
      dropOffSlots: { startsAt: string; booked: number; available: number }[];
    }>(SLOTS, { id: point });
    const taken = slots.data!.dropOffSlots.find((slot) => slot.booked === 1)!;
    expect(taken.available).toBe(0);

    const other = await world.person();
    const offer = await api.graphql<{ makeOffer: { offer: { id: string } } }>(
      MAKE_OFFER,
      { input: { needId, quantity: 1, condition: 'GOOD' } },
      other.headers,
    );
    const before = await world.footprint();
    const full = await api.graphql(
      BOOK,
      {
        input: {
          collectionPointId: point,
          slotStartsAt: taken.startsAt,
          offerIds: [offer.data!.makeOffer.offer.id],
        },
      },
      other.headers,
    );
    expect(errorCode(full)).toBe('CONFLICT');
    expect(await world.footprint()).toEqual(before);

    const notASlot = new Date(new Date(taken.startsAt).getTime() + 60_000).toISOString();
    expect(
      errorCode(
        await api.graphql(
          BOOK,
          {
            input: {
              collectionPointId: point,
              slotStartsAt: notASlot,
              offerIds: [offer.data!.makeOffer.offer.id],
            },
          },
          other.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.graphql(
          BOOK,
          { input: { collectionPointId: point, slotStartsAt: taken.startsAt, offerIds: [first.offerId] } },
          other.headers,
        ),
      ),
    ).toBe('FORBIDDEN');

    const cancelled = await api.graphql(
      `mutation ($id: ID!) { cancelDropOff(input: { bookingId: $id }) { booking { status } } }`,
      { id: first.id },
      citizen.headers,
    );
    expect(cancelled.data).toEqual({ cancelDropOff: { booking: { status: 'CANCELLED' } } });
    const rebooked = await api.graphql(
      BOOK,
      {
        input: {
          collectionPointId: point,
          slotStartsAt: taken.startsAt,
          offerIds: [offer.data!.makeOffer.offer.id],
        },
      },
      other.headers,
    );
    expect(rebooked.errors).toBeUndefined();
  });

  it('reschedules a booking to another slot, moving its place', async () => {
    const { id: needId } = (await postNeed({})).data!.postNeed.need;
    const booking = await offerAndBook(needId, 1);
    const bookedAt = async (startsAt: string) =>
      (
        await world.sql(
          `SELECT booked FROM drop_off_slot WHERE collection_point_id = $1 AND starts_at = $2`,
          [staff18.pointId, startsAt],
        )
      )[0]?.booked ?? 0;
    const slots = await api.graphql<{ dropOffSlots: { startsAt: string }[] }>(SLOTS, { id: staff18.pointId });
    const later = slots.data!.dropOffSlots.at(-1)!.startsAt;
    const [oldBefore, newBefore] = [await bookedAt(booking.slotStartsAt), await bookedAt(later)];
    const moved = await api.graphql(
      `mutation ($input: RescheduleDropOffInput!) { rescheduleDropOff(input: $input) { booking { slotStartsAt status code } } }`,
      { input: { bookingId: booking.id, slotStartsAt: later } },
      citizen.headers,
    );
    expect(moved.data).toEqual({
      rescheduleDropOff: { booking: { slotStartsAt: later, status: 'BOOKED', code: booking.code } },
    });
    expect([await bookedAt(booking.slotStartsAt), await bookedAt(later)]).toEqual([
      oldBefore - 1,
      newBefore + 1,
    ]);
    const byOther = await api.graphql(
      `mutation ($input: RescheduleDropOffInput!) { rescheduleDropOff(input: $input) { booking { id } } }`,
      { input: { bookingId: booking.id, slotStartsAt: booking.slotStartsAt } },
      staff18.headers,
    );
    expect(errorCode(byOther)).toBe('FORBIDDEN');
  });

  it('lets only members of a verified association post needs, and members edit and close them', async () => {
    const pending = await world.association('PENDING', 'En attente');
    const fromPending = await api.graphql(
      POST_NEED,
      {
        input: {
          organisationId: pending.id,
          variantId: socks,
          quantity: 1,
          districtCode: '75018',
          urgency: 'HIGH',
        },
      },
      pending.member.headers,
    );
    expect(errorCode(fromPending)).toBe('FORBIDDEN');
    expect(errorCode(await postNeed({}, citizen))).toBe('FORBIDDEN');
    expect(errorCode(await postNeed({}, { id: '', headers: {} }))).toBe('UNAUTHENTICATED');

    const { id: needId } = (await postNeed({ quantity: 8 })).data!.postNeed.need;
    const updated = await api.graphql(
      `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { need { quantity urgency deadline note } } }`,
      {
        input: { needId, quantity: 12, urgency: 'NORMAL', deadline: '2099-01-31', note: 'Taille 43 surtout' },
      },
      association.member.headers,
    );
    expect(updated.data).toEqual({
      updateNeed: {
        need: { quantity: 12, urgency: 'NORMAL', deadline: '2099-01-31', note: 'Taille 43 surtout' },
      },
    });
    await world.sql(`UPDATE need SET deadline = '2020-01-01' WHERE id = $1`, [needId]);
    const keepingPastDeadline = await api.graphql(
      `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { need { quantity deadline } } }`,
      { input: { needId, quantity: 11, deadline: '2020-01-01' } },
      association.member.headers,
    );
    expect(keepingPastDeadline.data).toEqual({
      updateNeed: { need: { quantity: 11, deadline: '2020-01-01' } },
    });
    const movingToPast = await api.graphql(
      `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { need { quantity } } }`,
      { input: { needId, deadline: '2020-01-02' } },
      association.member.headers,
    );
    expect(errorCode(movingToPast)).toBe('BAD_USER_INPUT');
    const byCitizen = await api.graphql(
      `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { need { id } } }`,
      { input: { needId, quantity: 1 } },
      citizen.headers,
    );
    expect(errorCode(byCitizen)).toBe('FORBIDDEN');
    const close = () =>
      api.graphql(
        `mutation ($id: ID!) { closeNeed(input: { needId: $id }) { need { status } } }`,
        { id: needId },
        association.member.headers,
      );
    expect((await close()).data).toEqual({ closeNeed: { need: { status: 'CLOSED' } } });
    expect(errorCode(await close())).toBe('CONFLICT');
    expect(
      errorCode(
        await api.graphql(MAKE_OFFER, { input: { needId, quantity: 1, condition: 'NEW' } }, citizen.headers),
      ),
    ).toBe('CONFLICT');
  });

  it('lists open needs most urgent first, nearest first for "near", by district and item', async () => {
    const hygiene = await world.variantId('hygiene-kit/men');
    const far = (await postNeed({ districtCode: '75015', urgency: 'HIGH', variantId: hygiene })).data!
      .postNeed.need.id;
    const near = (await postNeed({ districtCode: '75019', urgency: 'HIGH', variantId: hygiene })).data!
      .postNeed.need.id;
    const critical = (await postNeed({ districtCode: '75012', urgency: 'CRITICAL', variantId: hygiene }))
      .data!.postNeed.need.id;
    const list = await api.graphql<{ openNeeds: { id: string }[] }>(
      `query { openNeeds(filter: { near: "75018", itemCode: "hygiene-kit" }) { id } }`,
    );
    expect(list.data!.openNeeds.map((need) => need.id)).toEqual([critical, near, far]);
    const in19 = await api.graphql<{ openNeeds: { id: string }[] }>(
      `query { openNeeds(filter: { districtCode: "75019", itemCode: "hygiene-kit" }) { id } }`,
    );
    expect(in19.data!.openNeeds.map((need) => need.id)).toEqual([near]);
    expect(errorCode(await api.graphql(`query { openNeeds(filter: { near: "99999" }) { id } }`))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
