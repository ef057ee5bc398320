import { randomInt } from 'node:crypto';

import {
  BadUserInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@entraide/api-core';
import { POINT_COLUMNS, PointRow, pointFromRow } from '@entraide/api-geography';
import { AccessService } from '@entraide/api-identity';
import { LedgerService, MovementKind } from '@entraide/api-stock';
import { groupByKeys, isConstraint, parisToday, requireDay, requireText } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { BookDropOffInput, ReceiveDropOffInput, RescheduleDropOffInput } from '../dto/items.inputs';
import { BookingStatus, OfferStatus } from '../items.enums';
import { DropOffBookingModel, DropOffSlotModel } from '../models/items.models';
import { DropOffMailService } from './drop-off-mail.service';
import { cancelBooking, OfferRow, SELECT_OFFERS, toOffer } from './offers.service';

/** Drop-off codes avoid look-alike characters (no I, O, 0, 1) so they can be read out and typed. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const BOOKING_HORIZON_DAYS = 14;

type BookingRow = PointRow & {
  id: string;
  code: string;
  donor_id: string;
  donor_name: string;
  slot_starts_at: Date;
  slot_ends_at: Date;
  status: BookingStatus;
  received_at: Date | null;
};

const SELECT_BOOKINGS = `
  SELECT b.id, b.code, b.donor_id, u.display_name AS donor_name, b.slot_starts_at, b.slot_ends_at, b.status,
         b.received_at, ${POINT_COLUMNS}
  FROM drop_off_booking b JOIN collection_point cp ON cp.id = b.collection_point_id
  JOIN app_user u ON u.id = b.donor_id`;

/** Slots of a point from its opening hours (Paris time), from now on, for `$2` days; `$3` picks one. */
const SLOTS_SQL = `
  WITH days AS (
    SELECT day::date FROM generate_series((now() AT TIME ZONE 'Europe/Paris')::date,
                                          (now() AT TIME ZONE 'Europe/Paris')::date + ($2::int - 1), interval '1 day') day),
  periods AS (
    SELECT (days.day + s.opens_at) AT TIME ZONE 'Europe/Paris' AS opens,
           (days.day + s.closes_at) AT TIME ZONE 'Europe/Paris' AS closes
    FROM days JOIN collection_point_opening_slot s
      ON s.collection_point_id = $1 AND s.weekday = extract(isodow FROM days.day))
  SELECT g AS starts_at, g + make_interval(mins => cp.drop_off_slot_minutes) AS ends_at,
         coalesce(ds.capacity, cp.drop_off_slot_capacity)::int AS capacity, coalesce(ds.booked, 0)::int AS booked
  FROM periods p
  JOIN collection_point cp ON cp.id = $1
  CROSS JOIN LATERAL generate_series(p.opens, p.closes - make_interval(mins => cp.drop_off_slot_minutes),
                                     make_interval(mins => cp.drop_off_slot_minutes)) g
  LEFT JOIN drop_off_slot ds ON ds.collection_point_id = $1 AND ds.starts_at = g
  WHERE g > now() AND ($3::timestamptz IS NULL OR g = $3)
  ORDER BY g`;

@Injectable()
export class DropOffsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly ledger: LedgerService,
    private readonly mail: DropOffMailService,
  ) {}

  async slots(pointId: string, days: number): Promise<DropOffSlotModel[]> {
    await this.requirePoint(pointId);
    const horizon = Math.min(Math.max(days, 1), BOOKING_HORIZON_DAYS);
    const rows: { starts_at: Date; ends_at: Date; capacity: number; booked: number }[] =
      await this.manager.query(SLOTS_SQL, [pointId, horizon, null]);
    return rows.map((row) => ({
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      capacity: row.capacity,
      booked: row.booked,
      available: Math.max(row.capacity - row.booked, 0),
    }));
  }

  /** Books a slot for some of the donor's offers; a full slot is a CONFLICT and nothing is written. */
  async book(input: BookDropOffInput, donorId: string): Promise<DropOffBookingModel> {
    await this.requirePoint(input.collectionPointId);
    const offerIds = [...new Set(input.offerIds)];
    if (offerIds.length === 0)
      throw new BadUserInputException('Choose at least one of your offers to drop off.');
    if (!offerIds.every(isUuid)) throw new NotFoundException('No offer has this id.');
    const id = await this.manager.transaction(async (tx) => {
      const offers: { id: string; donor_id: string; status: OfferStatus; booking_id: string | null }[] =
        await tx.query(
          `SELECT id, donor_id, status, booking_id FROM offer WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [offerIds],
        );
      if (offers.length !== offerIds.length) throw new NotFoundException('No offer has this id.');
      if (offers.some((offer) => offer.donor_id !== donorId))
        throw new ForbiddenException('These offers are not all yours.');
      if (offers.some((offer) => offer.status !== OfferStatus.OFFERED))
        throw new ConflictException('Only offers not yet received or withdrawn can be dropped off.');
      if (offers.some((offer) => offer.booking_id))
        throw new ConflictException(
          'One of these offers already has a drop-off booked: change that booking instead.',
        );
      const slot = await this.takeSlot(tx, input.collectionPointId, input.slotStartsAt);
      const bookingId = await insertBooking(tx, donorId, input.collectionPointId, slot);
      await tx.query(`UPDATE offer SET booking_id = $1 WHERE id = ANY($2::uuid[])`, [bookingId, offerIds]);
      return bookingId;
    });
    const booking = await this.get(id);
    this.mail.sendConfirmation(booking, donorId);
    return booking;
  }

  async reschedule(input: RescheduleDropOffInput, donorId: string): Promise<DropOffBookingModel> {
    const current = await this.ownBooking(input.bookingId, donorId);
    const pointId = input.collectionPointId ?? current.collectionPoint.id;
    await this.requirePoint(pointId);
    await this.manager.transaction(async (tx) => {
      const [locked] = await tx.query(`SELECT status FROM drop_off_booking WHERE id = $1 FOR UPDATE`, [
        current.id,
      ]);
      if (locked.status !== BookingStatus.BOOKED)
        throw new ConflictException(`This drop-off is ${locked.status.toLowerCase()}.`);
      const slot = await this.takeSlot(tx, pointId, input.slotStartsAt);
      await tx.query(
        `UPDATE drop_off_slot SET booked = booked - 1 WHERE collection_point_id = $1 AND starts_at = $2`,
        [current.collectionPoint.id, current.slotStartsAt],
      );
      await tx.query(
        `UPDATE drop_off_booking SET collection_point_id = $2, slot_starts_at = $3, slot_ends_at = $4, updated_at = now()
         WHERE id = $1`,
        [current.id, pointId, slot.starts_at, slot.ends_at],
      );
    });
    const booking = await this.get(current.id);
    this.mail.sendConfirmation(booking, donorId);
    return booking;
  }

  async cancel(bookingId: string, donorId: string): Promise<DropOffBookingModel> {
    const current = await this.ownBooking(bookingId, donorId);
    await this.manager.transaction(async (tx) => {
      const [locked] = await tx.query(`SELECT status FROM drop_off_booking WHERE id = $1 FOR UPDATE`, [
        current.id,
      ]);
      if (locked.status !== BookingStatus.BOOKED)
        throw new ConflictException(`This drop-off is ${locked.status.toLowerCase()}.`);
      await cancelBooking(tx, current.id);
    });
    return this.get(current.id);
  }

  async mine(donorId: string): Promise<DropOffBookingModel[]> {
    return this.list(
      `WHERE b.donor_id = $1 ORDER BY b.status = 'BOOKED' DESC, b.slot_starts_at DESC LIMIT 200`,
      [donorId],
    );
  }

  /** A point's drop-offs of one Paris day (today by default), for its staff and coordinators. */
  async expected(pointId: string, day: string | undefined, staffId: string): Promise<DropOffBookingModel[]> {
    await this.access.requireStaffOf(pointId, staffId, { coordinators: true });
    const date = day ? requireDay(day, 'The day') : parisToday();
    return this.list(
      `WHERE b.collection_point_id = $1 AND b.status <> 'CANCELLED'
         AND (b.slot_starts_at AT TIME ZONE 'Europe/Paris')::date = $2::date
       ORDER BY b.slot_starts_at, b.code`,
      [pointId, date],
    );
  }

  /** What staff see after scanning or typing a code: only at the point it was booked for. */
  async byCode(pointId: string, code: string, staffId: string): Promise<DropOffBookingModel> {
    await this.access.requireStaffOf(pointId, staffId);
    const booking = await this.findByCode(this.manager, code);
    if (booking.point_id !== pointId)
      throw new BadUserInputException(`This drop-off was booked at ${booking.point_name}, not here.`);
    return (await this.hydrate([booking]))[0];
  }

  /** Receipt of a booked drop-off: received units enter the stock, refused ones are recorded with a reason. */
  async receive(input: ReceiveDropOffInput, staffId: string): Promise<DropOffBookingModel> {
    await this.access.requireStaffOf(input.collectionPointId, staffId);
    const lineIds = input.lines.map((line) => line.offerId);
    if (new Set(lineIds).size !== lineIds.length) throw new BadUserInputException('Give each offer once.');
    for (const line of input.lines) {
      for (const [value, what] of [
        [line.receivedQuantity, 'The received quantity'],
        [line.refusedQuantity ?? 0, 'The refused quantity'],
      ] as const) {
        if (!Number.isInteger(value) || value < 0)
          throw new BadUserInputException(`${what} must be a whole number, 0 or more.`);
      }
      if ((line.refusedQuantity ?? 0) > 0)
        requireText(line.refusalReason, 'The reason for refusing items', 500);
    }
    if (!input.lines.some((line) => line.receivedQuantity + (line.refusedQuantity ?? 0) > 0))
      throw new BadUserInputException('Nothing was received or refused: enter the quantities brought.');

    const bookingId = await this.manager.transaction(async (tx) => {
      const booking = await this.findByCode(tx, input.code, true);
      if (booking.point_id !== input.collectionPointId)
        throw new BadUserInputException(`This drop-off was booked at ${booking.point_name}, not here.`);
      if (booking.status === BookingStatus.RECEIVED)
        throw new ConflictException('This drop-off code has already been used: the items were received.');
      if (booking.status === BookingStatus.CANCELLED)
        throw new ConflictException('This drop-off was cancelled by the donor.');
      const offers: { id: string; variant_id: string; quantity: number }[] = await tx.query(
        `SELECT id, variant_id, quantity FROM offer WHERE booking_id = $1 ORDER BY id FOR UPDATE`,
        [booking.id],
      );
      const byId = new Map(offers.map((offer) => [offer.id, offer]));
      for (const line of input.lines) {
        const offer = byId.get(line.offerId);
        if (!offer) throw new BadUserInputException('One of the lines is not an offer of this drop-off.');
        if (line.receivedQuantity + (line.refusedQuantity ?? 0) > offer.quantity)
          throw new BadUserInputException(
            `At most ${offer.quantity} units of this offer can be received or refused: the donor offered ${offer.quantity}.`,
          );
      }
      const lines = new Map(input.lines.map((line) => [line.offerId, line]));
      await tx.query(
        `UPDATE offer SET status = 'RECEIVED', received_quantity = x.received, refused_quantity = x.refused,
                          refusal_reason = nullif(x.reason, '')
         FROM unnest($1::uuid[], $2::int[], $3::int[], $4::text[]) AS x(id, received, refused, reason)
         WHERE offer.id = x.id`,
        [
          offers.map((offer) => offer.id),
          offers.map((offer) => lines.get(offer.id)?.receivedQuantity ?? 0),
          offers.map((offer) => lines.get(offer.id)?.refusedQuantity ?? 0),
          offers.map((offer) =>
            (lines.get(offer.id)?.refusedQuantity ?? 0) > 0 ? lines.get(offer.id)!.refusalReason!.trim() : '',
          ),
        ],
      );
      await tx.query(
        `UPDATE drop_off_booking SET status = 'RECEIVED', received_at = now(), received_by = $2, updated_at = now() WHERE id = $1`,
        [booking.id, staffId],
      );
      await this.ledger.record(
        tx,
        offers
          .filter((offer) => (lines.get(offer.id)?.receivedQuantity ?? 0) > 0)
          .map((offer) => ({
            pointId: input.collectionPointId,
            variantId: offer.variant_id,
            kind: MovementKind.RECEIPT,
            quantity: lines.get(offer.id)!.receivedQuantity,
            actorId: staffId,
            bookingId: booking.id,
            offerId: offer.id,
          })),
      );
      return booking.id;
    });
    return this.get(bookingId);
  }

  async get(id: string): Promise<DropOffBookingModel> {
    const [booking] = await this.list(`WHERE b.id = $1`, [id]);
    if (!booking) throw new NotFoundException('No drop-off has this id.');
    return booking;
  }

  private async ownBooking(bookingId: string, donorId: string): Promise<DropOffBookingModel> {
    const rows: BookingRow[] = isUuid(bookingId)
      ? await this.manager.query(`${SELECT_BOOKINGS} WHERE b.id = $1`, [bookingId])
      : [];
    if (rows.length === 0) throw new NotFoundException('No drop-off has this id.');
    if (rows[0].donor_id !== donorId) throw new ForbiddenException('This drop-off is not yours.');
    return (await this.hydrate(rows))[0];
  }

  private async findByCode(manager: EntityManager, code: string, lock = false): Promise<BookingRow> {
    const normalised = code.trim().toUpperCase().replace(/[\s-]/g, '');
    const rows: BookingRow[] = /^[A-Z0-9]{6}$/.test(normalised)
      ? await manager.query(`${SELECT_BOOKINGS} WHERE b.code = $1 ${lock ? 'FOR UPDATE OF b' : ''}`, [
          normalised,
        ])
      : [];
    if (rows.length === 0) throw new NotFoundException('No drop-off has this code: check it with the donor.');
    return rows[0];
  }

  /** Takes one place in a slot of the point's opening hours, under the slot's row lock. */
  private async takeSlot(
    tx: EntityManager,
    pointId: string,
    startsAt: Date,
  ): Promise<{ starts_at: Date; ends_at: Date; capacity: number }> {
    if (Number.isNaN(startsAt.getTime())) throw new BadUserInputException('Choose a drop-off slot.');
    const [slot] = await tx.query(SLOTS_SQL, [pointId, BOOKING_HORIZON_DAYS, startsAt]);
    if (!slot)
      throw new BadUserInputException(
        `This is not a drop-off slot of this collection point in the next ${BOOKING_HORIZON_DAYS} days.`,
      );
    try {
      await tx.query(
        `INSERT INTO drop_off_slot (collection_point_id, starts_at, capacity, booked) VALUES ($1, $2, $3, 1)
         ON CONFLICT (collection_point_id, starts_at) DO UPDATE SET booked = drop_off_slot.booked + 1`,
        [pointId, slot.starts_at, slot.capacity],
      );
    } catch (error) {
      if (isConstraint(error, 'drop_off_slot_not_overbooked'))
        throw new ConflictException('This slot is full: choose another one.');
      throw error;
    }
    return slot;
  }

  private async requirePoint(pointId: string): Promise<void> {
    const [point] = isUuid(pointId)
      ? await this.manager.query(`SELECT 1 FROM collection_point WHERE id = $1`, [pointId])
      : [];
    if (!point) throw new NotFoundException('No collection point has this id.');
  }

  private async list(where: string, parameters: unknown[]): Promise<DropOffBookingModel[]> {
    const rows: BookingRow[] = await this.manager.query(`${SELECT_BOOKINGS} ${where}`, parameters);
    return this.hydrate(rows);
  }

  private async hydrate(rows: BookingRow[]): Promise<DropOffBookingModel[]> {
    const ids = rows.map((row) => row.id);
    const offers: OfferRow[] = ids.length
      ? await this.manager.query(
          `${SELECT_OFFERS} WHERE f.booking_id = ANY($1::uuid[]) ORDER BY i.sort_order, v.sort_order, f.id`,
          [ids],
        )
      : [];
    const offersByBooking = groupByKeys(ids, offers, (offer) => offer.booking_id!);
    return rows.map((row, index) => ({
      id: row.id,
      code: row.code,
      collectionPoint: pointFromRow(row),
      slotStartsAt: row.slot_starts_at,
      slotEndsAt: row.slot_ends_at,
      status: row.status,
      receivedAt: row.received_at ?? undefined,
      donorName: row.donor_name,
      offers: offersByBooking[index].map(toOffer),
    }));
  }
}

async function insertBooking(
  tx: EntityManager,
  donorId: string,
  pointId: string,
  slot: { starts_at: Date; ends_at: Date },
): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const code = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO drop_off_booking (code, donor_id, collection_point_id, slot_starts_at, slot_ends_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [code, donorId, pointId, slot.starts_at, slot.ends_at],
    );
    if (row) return row.id;
    if (attempt > 10) throw new Error('Could not draw a free drop-off code');
  }
}
