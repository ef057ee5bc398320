import { ConflictException, isConstraint } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { MovementKind } from '../stock.enums';

/** One change of one (point, variant) level; `quantity` is signed (negative when stock leaves). */
export interface MovementDraft {
  pointId: string;
  variantId: string;
  kind: MovementKind;
  quantity: number;
  actorId: string | null;
  reason?: string | null;
  bookingId?: string | null;
  offerId?: string | null;
  dispatchId?: string | null;
  transferId?: string | null;
}

export class InsufficientStockException extends ConflictException {
  constructor() {
    super('Not enough stock at this collection point for this: check the stock and try a smaller quantity.');
  }
}

/**
 * The only writer of `stock_level` and `stock_movement`. Each movement changes its level in the caller's
 * transaction: the upsert takes the level's row lock, and `CHECK (quantity >= 0)` refuses to go below
 * zero, so concurrent movements serialise on the row and the level always equals the sum of movements.
 */
@Injectable()
export class LedgerService {
  /** Applies the movements in a stable (point, variant) order, so that two transactions cannot deadlock. */
  async record(tx: EntityManager, movements: MovementDraft[]): Promise<void> {
    const ordered = [...movements].sort(
      (a, b) => a.pointId.localeCompare(b.pointId) || a.variantId.localeCompare(b.variantId),
    );
    for (const movement of ordered) {
      try {
        // A CHECK is verified on the row an upsert proposes, before its conflict is detected, so stock
        // leaving goes through UPDATE (no row means nothing on the shelf) and only arrivals upsert.
        const changed: unknown[] =
          movement.quantity > 0
            ? await tx.query(
                `INSERT INTO stock_level (collection_point_id, variant_id, quantity) VALUES ($1, $2, $3)
                 ON CONFLICT (collection_point_id, variant_id)
                 DO UPDATE SET quantity = stock_level.quantity + EXCLUDED.quantity, updated_at = now()
                 RETURNING quantity`,
                [movement.pointId, movement.variantId, movement.quantity],
              )
            : (
                await tx.query(
                  `UPDATE stock_level SET quantity = quantity + $3, updated_at = now()
                   WHERE collection_point_id = $1 AND variant_id = $2 RETURNING quantity`,
                  [movement.pointId, movement.variantId, movement.quantity],
                )
              )[0];
        if (changed.length === 0) throw new InsufficientStockException();
      } catch (error) {
        if (isConstraint(error, 'stock_level_quantity_check')) throw new InsufficientStockException();
        throw error;
      }
    }
    if (ordered.length === 0) return;
    await tx.query(
      `INSERT INTO stock_movement (collection_point_id, variant_id, kind, quantity, actor_id, reason,
                                   booking_id, offer_id, dispatch_id, transfer_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::uuid[], $6::text[],
                            $7::uuid[], $8::uuid[], $9::uuid[], $10::uuid[])`,
      [
        ordered.map((m) => m.pointId),
        ordered.map((m) => m.variantId),
        ordered.map((m) => m.kind),
        ordered.map((m) => m.quantity),
        ordered.map((m) => m.actorId),
        ordered.map((m) => m.reason ?? null),
        ordered.map((m) => m.bookingId ?? null),
        ordered.map((m) => m.offerId ?? null),
        ordered.map((m) => m.dispatchId ?? null),
        ordered.map((m) => m.transferId ?? null),
      ],
    );
  }

  /** The level of one (point, variant), locked until the transaction ends (zero when never stocked). */
  async lockLevel(tx: EntityManager, pointId: string, variantId: string): Promise<number> {
    await tx.query(
      `INSERT INTO stock_level (collection_point_id, variant_id, quantity) VALUES ($1, $2, 0)
       ON CONFLICT DO NOTHING`,
      [pointId, variantId],
    );
    const [row] = await tx.query(
      `SELECT quantity FROM stock_level WHERE collection_point_id = $1 AND variant_id = $2 FOR UPDATE`,
      [pointId, variantId],
    );
    return row.quantity;
  }
}
