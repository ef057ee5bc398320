import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { TraceStepKind } from '../items.enums';
import { TraceStepModel } from '../models/items.models';
import { attributeFifo } from '../utils/fifo-attribution.util';

interface OfferTraceRow {
  id: string;
  quantity: number;
  created_at: Date;
  booked_at: Date | null;
  booking_point_name: string | null;
  booking_status: string | null;
  received_at: Date | null;
  received_quantity: number | null;
  refused_quantity: number | null;
  refusal_reason: string | null;
  receipt_movement_id: string | null;
  point_id: string | null;
  point_name: string | null;
  variant_id: string;
}

interface MovementRow {
  id: string;
  collection_point_id: string;
  variant_id: string;
  kind: string;
  quantity: number;
  reason: string | null;
  created_at: Date;
  organisation_name: string | null;
  dispatch_status: string | null;
  delivered_at: Date | null;
  transfer_to_name: string | null;
}

/** What became of each gift: booking, receipt, then the dispatches its units went into (first in, first out). */
@Injectable()
export class GiftTraceService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async traces(offerIds: readonly string[]): Promise<TraceStepModel[][]> {
    const offers: OfferTraceRow[] = await this.manager.query(
      `SELECT f.id, f.quantity, f.created_at, f.variant_id, b.created_at AS booked_at, bp.name AS booking_point_name,
              b.status AS booking_status, b.received_at, f.received_quantity, f.refused_quantity, f.refusal_reason,
              m.id::text AS receipt_movement_id, m.collection_point_id AS point_id, mp.name AS point_name
       FROM offer f
       LEFT JOIN drop_off_booking b ON b.id = f.booking_id LEFT JOIN collection_point bp ON bp.id = b.collection_point_id
       LEFT JOIN stock_movement m ON m.offer_id = f.id AND m.kind = 'RECEIPT'
       LEFT JOIN collection_point mp ON mp.id = m.collection_point_id
       WHERE f.id = ANY($1::uuid[])`,
      [[...offerIds]],
    );
    const received = offers.filter((offer) => offer.receipt_movement_id);
    const movements: MovementRow[] = received.length
      ? await this.manager.query(
          `SELECT m.id::text AS id, m.collection_point_id, m.variant_id, m.kind, m.quantity, m.reason, m.created_at,
                  o.name AS organisation_name, d.status AS dispatch_status, d.delivered_at, tp.name AS transfer_to_name
           FROM stock_movement m
           LEFT JOIN dispatch d ON d.id = m.dispatch_id LEFT JOIN need n ON n.id = d.need_id
           LEFT JOIN organisation o ON o.id = n.organisation_id
           LEFT JOIN stock_transfer t ON t.id = m.transfer_id AND m.kind = 'TRANSFER_OUT'
           LEFT JOIN collection_point tp ON tp.id = t.to_point_id
           WHERE (m.collection_point_id, m.variant_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
           ORDER BY m.id`,
          [received.map((offer) => offer.point_id), received.map((offer) => offer.variant_id)],
        )
      : [];
    const flowsByStock = new Map<string, MovementRow[]>();
    for (const movement of movements) {
      const key = `${movement.collection_point_id}/${movement.variant_id}`;
      flowsByStock.set(key, [...(flowsByStock.get(key) ?? []), movement]);
    }
    const movementById = new Map(movements.map((movement) => [movement.id, movement]));
    const attributionsByStock = new Map(
      [...flowsByStock].map(([key, flows]) => [key, attributeFifo(flows)] as const),
    );

    const byId = new Map(offers.map((offer) => [offer.id, offer]));
    return offerIds.map((offerId) => {
      const offer = byId.get(offerId);
      if (!offer) return [];
      const steps: TraceStepModel[] = [
        { kind: TraceStepKind.OFFERED, at: offer.created_at, quantity: offer.quantity },
      ];
      if (offer.booked_at && offer.booking_status !== 'CANCELLED') {
        steps.push({
          kind: TraceStepKind.BOOKED,
          at: offer.booked_at,
          quantity: offer.quantity,
          collectionPointName: offer.booking_point_name ?? undefined,
        });
      }
      if (offer.received_at && offer.received_quantity) {
        steps.push({
          kind: TraceStepKind.RECEIVED,
          at: offer.received_at,
          quantity: offer.received_quantity,
          collectionPointName: offer.booking_point_name ?? undefined,
        });
      }
      if (offer.refused_quantity) {
        steps.push({
          kind: TraceStepKind.REFUSED,
          at: offer.received_at ?? undefined,
          quantity: offer.refused_quantity,
          collectionPointName: offer.booking_point_name ?? undefined,
          reason: offer.refusal_reason ?? undefined,
        });
      }
      if (!offer.receipt_movement_id) return steps;
      const attributions = (attributionsByStock.get(`${offer.point_id}/${offer.variant_id}`) ?? []).filter(
        (attribution) => attribution.inflowId === offer.receipt_movement_id,
      );
      let left = offer.received_quantity ?? 0;
      for (const attribution of attributions) {
        const outflow = movementById.get(attribution.outflowId)!;
        left -= attribution.quantity;
        steps.push(outflowStep(outflow, attribution.quantity, offer.point_name));
        if (outflow.dispatch_status === 'DELIVERED') {
          steps.push({
            kind: TraceStepKind.DELIVERED,
            at: outflow.delivered_at ?? undefined,
            quantity: attribution.quantity,
            organisationName: outflow.organisation_name ?? undefined,
          });
        }
      }
      if (left > 0) {
        steps.push({
          kind: TraceStepKind.IN_STOCK,
          quantity: left,
          collectionPointName: offer.point_name ?? undefined,
        });
      }
      return steps;
    });
  }
}

function outflowStep(outflow: MovementRow, quantity: number, pointName: string | null): TraceStepModel {
  const common = { at: outflow.created_at, quantity, collectionPointName: pointName ?? undefined };
  if (outflow.kind === 'DISPATCH') {
    return {
      ...common,
      kind: TraceStepKind.DISPATCHED,
      organisationName: outflow.organisation_name ?? undefined,
    };
  }
  if (outflow.kind === 'TRANSFER_OUT') {
    return {
      ...common,
      kind: TraceStepKind.TRANSFERRED,
      collectionPointName: outflow.transfer_to_name ?? undefined,
    };
  }
  return { ...common, kind: TraceStepKind.WRITTEN_OFF, reason: outflow.reason ?? undefined };
}
