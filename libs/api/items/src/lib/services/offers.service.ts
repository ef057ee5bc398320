import { BadUserInputException, ConflictException, NotFoundException } from '@entraide/api-core';
import { ofVariantFromRow, VARIANT_COLUMNS, VariantRow } from '@entraide/api-catalogue';
import { ForbiddenException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { requireVariants } from '@entraide/api-stock';
import { requireQuantity } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { MakeOfferInput } from '../dto/items.inputs';
import { NeedStatus, OfferCondition, OfferStatus } from '../items.enums';
import { OfferModel } from '../models/items.models';

export type OfferRow = VariantRow & {
  id: string;
  donor_id: string;
  need_id: string | null;
  need_organisation_name: string | null;
  quantity: number;
  condition: OfferCondition;
  status: OfferStatus;
  booking_id: string | null;
  received_quantity: number | null;
  refused_quantity: number | null;
  refusal_reason: string | null;
  created_at: Date;
};

/** Offers with their variant and the organisation of their need; `WHERE` and `ORDER BY` follow. */
export const SELECT_OFFERS = `
  SELECT f.*, o.name AS need_organisation_name, ${VARIANT_COLUMNS}
  FROM offer f
  JOIN catalogue_variant v ON v.id = f.variant_id JOIN catalogue_item i ON i.id = v.item_id
  LEFT JOIN need n ON n.id = f.need_id LEFT JOIN organisation o ON o.id = n.organisation_id`;

/** A citizen's offers of items: for a need (its variant implied) or in general. */
@Injectable()
export class OffersService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async make(input: MakeOfferInput, donorId: string): Promise<OfferModel> {
    const quantity = requireQuantity(input.quantity, 'The quantity', 1000);
    let variantId = input.variantId ?? null;
    if (input.needId) {
      const [need] = isUuid(input.needId)
        ? await this.manager.query(`SELECT variant_id, status FROM need WHERE id = $1`, [input.needId])
        : [];
      if (!need) throw new NotFoundException('No need has this id.');
      if (need.status !== NeedStatus.OPEN)
        throw new ConflictException('This need is closed: thank you all the same.');
      if (variantId && variantId !== need.variant_id)
        throw new BadUserInputException('An offer for a need gives the variant the need asks for.');
      variantId = need.variant_id;
    }
    if (!variantId) throw new BadUserInputException('Choose what you offer (an item variant) or a need.');
    await requireVariants(this.manager, [variantId]);
    const [{ id }] = await this.manager.query(
      `INSERT INTO offer (donor_id, need_id, variant_id, quantity, condition) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [donorId, input.needId ?? null, variantId, quantity, input.condition],
    );
    return (await this.byIds([id]))[0];
  }

  /** Withdraws an offer not received yet; a booking left without offers is cancelled. */
  async withdraw(offerId: string, donorId: string): Promise<OfferModel> {
    await this.manager.transaction(async (tx) => {
      const [offer] = isUuid(offerId)
        ? await tx.query(`SELECT donor_id, status, booking_id FROM offer WHERE id = $1 FOR UPDATE`, [offerId])
        : [];
      if (!offer) throw new NotFoundException('No offer has this id.');
      if (offer.donor_id !== donorId) throw new ForbiddenException('This offer is not yours.');
      if (offer.status !== OfferStatus.OFFERED)
        throw new ConflictException(`This offer is ${offer.status.toLowerCase()} already.`);
      await tx.query(`UPDATE offer SET status = 'WITHDRAWN', booking_id = NULL WHERE id = $1`, [offerId]);
      if (offer.booking_id) {
        const [left] = await tx.query(`SELECT 1 FROM offer WHERE booking_id = $1 LIMIT 1`, [
          offer.booking_id,
        ]);
        if (!left) await cancelBooking(tx, offer.booking_id);
      }
    });
    return (await this.byIds([offerId]))[0];
  }

  async mine(donorId: string): Promise<OfferModel[]> {
    const rows: OfferRow[] = await this.manager.query(
      `${SELECT_OFFERS} WHERE f.donor_id = $1 ORDER BY f.created_at DESC LIMIT 500`,
      [donorId],
    );
    return rows.map(toOffer);
  }

  async byIds(ids: string[]): Promise<OfferModel[]> {
    const rows: OfferRow[] = await this.manager.query(
      `${SELECT_OFFERS} WHERE f.id = ANY($1::uuid[]) ORDER BY f.created_at, f.id`,
      [ids],
    );
    return rows.map(toOffer);
  }
}

/** Frees the booking's slot and returns its offers to "not booked"; inside the caller's transaction. */
export async function cancelBooking(tx: EntityManager, bookingId: string): Promise<void> {
  const [[booking]] = await tx.query(
    `UPDATE drop_off_booking SET status = 'CANCELLED', updated_at = now() WHERE id = $1 AND status = 'BOOKED'
     RETURNING collection_point_id, slot_starts_at`,
    [bookingId],
  );
  if (!booking) return;
  await tx.query(
    `UPDATE drop_off_slot SET booked = booked - 1 WHERE collection_point_id = $1 AND starts_at = $2`,
    [booking.collection_point_id, booking.slot_starts_at],
  );
  await tx.query(`UPDATE offer SET booking_id = NULL WHERE booking_id = $1 AND status = 'OFFERED'`, [
    bookingId,
  ]);
}

export function toOffer(row: OfferRow): OfferModel {
  return {
    id: row.id,
    ...ofVariantFromRow(row),
    quantity: row.quantity,
    condition: row.condition,
    status: row.status,
    needId: row.need_id ?? undefined,
    needOrganisationName: row.need_organisation_name ?? undefined,
    bookingId: row.booking_id ?? undefined,
    receivedQuantity: row.received_quantity ?? undefined,
    refusedQuantity: row.refused_quantity ?? undefined,
    refusalReason: row.refusal_reason ?? undefined,
    createdAt: row.created_at,
  };
}
