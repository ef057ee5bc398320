import { BadUserInputException } from '@entraide/api-core';
import { ofVariantFromRow, VARIANT_COLUMNS, VariantRow } from '@entraide/api-catalogue';
import { AccessService } from '@entraide/api-identity';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { StockCountInput, WalkInGiftInput, WriteOffInput } from '../dto/stock.inputs';
import { StockLevelModel, StockMovementModel } from '../models/stock.models';
import { MovementKind } from '../stock.enums';
import { requireQuantity, requireText } from '@entraide/api-core';
import { requireVariants } from '../utils/validation.util';
import { LedgerService } from './ledger.service';

/** Units still to dispatch per open need: its quantity less what has been dispatched for it. */
export const NEED_REMAINING_SQL = `
  SELECT n.id AS need_id, n.variant_id, n.district_code,
         greatest(n.quantity - coalesce((SELECT sum(d.quantity) FROM dispatch d WHERE d.need_id = n.id), 0), 0)::int AS remaining
  FROM need n WHERE n.status = 'OPEN'`;

type LevelRow = VariantRow & { quantity: number; open_need_quantity: number };
type MovementRow = VariantRow & {
  id: string;
  kind: MovementKind;
  quantity: number;
  reason: string | null;
  actor_name: string | null;
  created_at: Date;
};

@Injectable()
export class StockService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly ledger: LedgerService,
    private readonly access: AccessService,
  ) {}

  /** Every variant the point holds or is asked for, most short first (staff of the point, coordinators). */
  async levels(pointId: string, viewerId: string, variantId?: string): Promise<StockLevelModel[]> {
    await this.access.requireStaffOf(pointId, viewerId, { coordinators: true });
    const rows: LevelRow[] = await this.manager.query(
      `WITH open_needs AS (
         SELECT r.variant_id, sum(r.remaining)::int AS remaining FROM (${NEED_REMAINING_SQL}) r
         WHERE r.district_code IN (SELECT district_code FROM collection_point_district WHERE collection_point_id = $1)
         GROUP BY r.variant_id),
       levels AS (SELECT variant_id, quantity FROM stock_level WHERE collection_point_id = $1)
       SELECT ${VARIANT_COLUMNS}, coalesce(l.quantity, 0) AS quantity, coalesce(o.remaining, 0) AS open_need_quantity
       FROM levels l FULL JOIN open_needs o ON o.variant_id = l.variant_id
       JOIN catalogue_variant v ON v.id = coalesce(l.variant_id, o.variant_id)
       JOIN catalogue_item i ON i.id = v.item_id
       WHERE ($2::uuid IS NULL AND (coalesce(l.quantity, 0) > 0 OR coalesce(o.remaining, 0) > 0)) OR v.id = $2
       ORDER BY (coalesce(o.remaining, 0) - coalesce(l.quantity, 0)) > 0 DESC, i.sort_order, v.sort_order`,
      [pointId, variantId ?? null],
    );
    return rows.map(toLevel);
  }

  async level(pointId: string, variantId: string, viewerId: string): Promise<StockLevelModel> {
    const [level] = await this.levels(pointId, viewerId, variantId);
    return level;
  }

  /** Gifts brought without a booking go straight into the stock. */
  async receiveWalkIn(input: WalkInGiftInput, staffId: string): Promise<number> {
    await this.access.requireStaffOf(input.collectionPointId, staffId);
    if (input.lines.length === 0 || input.lines.length > 50)
      throw new BadUserInputException('Enter 1 to 50 lines.');
    await requireVariants(
      this.manager,
      input.lines.map((line) => line.variantId),
    );
    input.lines.forEach((line) => requireQuantity(line.quantity, 'The quantity', 10_000));
    const note = requireText(input.note, 'The note', 400, true);
    await this.manager.transaction((tx) =>
      this.ledger.record(
        tx,
        input.lines.map((line) => ({
          pointId: input.collectionPointId,
          variantId: line.variantId,
          kind: MovementKind.RECEIPT,
          quantity: line.quantity,
          actorId: staffId,
          reason: note ? `Walk-in gift: ${note}` : 'Walk-in gift',
        })),
      ),
    );
    return input.lines.reduce((sum, line) => sum + line.quantity, 0);
  }

  /** A count records what is on the shelf; the difference with the ledger becomes an adjustment. */
  async count(input: StockCountInput, staffId: string): Promise<StockLevelModel> {
    await this.access.requireStaffOf(input.collectionPointId, staffId);
    await requireVariants(this.manager, [input.variantId]);
    if (!Number.isInteger(input.countedQuantity) || input.countedQuantity < 0) {
      throw new BadUserInputException('The counted quantity must be a whole number, 0 or more.');
    }
    const reason = requireText(input.reason, 'The reason for the count', 500);
    await this.manager.transaction(async (tx) => {
      const current = await this.ledger.lockLevel(tx, input.collectionPointId, input.variantId);
      const difference = input.countedQuantity - current;
      if (difference === 0) return;
      await this.ledger.record(tx, [
        {
          pointId: input.collectionPointId,
          variantId: input.variantId,
          kind: MovementKind.ADJUSTMENT,
          quantity: difference,
          actorId: staffId,
          reason,
        },
      ]);
    });
    return this.level(input.collectionPointId, input.variantId, staffId);
  }

  async writeOff(input: WriteOffInput, staffId: string): Promise<StockLevelModel> {
    await this.access.requireStaffOf(input.collectionPointId, staffId);
    await requireVariants(this.manager, [input.variantId]);
    const quantity = requireQuantity(input.quantity);
    const reason = requireText(input.reason, 'The reason for the write-off', 500);
    await this.manager.transaction((tx) =>
      this.ledger.record(tx, [
        {
          pointId: input.collectionPointId,
          variantId: input.variantId,
          kind: MovementKind.WRITE_OFF,
          quantity: -quantity,
          actorId: staffId,
          reason,
        },
      ]),
    );
    return this.level(input.collectionPointId, input.variantId, staffId);
  }

  /** The ledger of a point over a period, oldest first (`to` excluded). */
  async movements(pointId: string, from: Date, to: Date, viewerId: string): Promise<StockMovementModel[]> {
    await this.access.requireStaffOf(pointId, viewerId, { coordinators: true });
    if (!(from < to)) throw new BadUserInputException('The period must end after it starts.');
    const rows: MovementRow[] = await this.manager.query(
      `SELECT m.id, m.kind, m.quantity, m.reason, m.created_at, u.display_name AS actor_name, ${VARIANT_COLUMNS}
       FROM stock_movement m
       JOIN catalogue_variant v ON v.id = m.variant_id JOIN catalogue_item i ON i.id = v.item_id
       LEFT JOIN app_user u ON u.id = m.actor_id
       WHERE m.collection_point_id = $1 AND m.created_at >= $2 AND m.created_at < $3
       ORDER BY m.created_at, m.id LIMIT 50000`,
      [pointId, from, to],
    );
    return rows.map((row) => ({
      id: String(row.id),
      kind: row.kind,
      quantity: row.quantity,
      reason: row.reason ?? undefined,
      actorName: row.actor_name ?? undefined,
      createdAt: row.created_at,
      ...ofVariantFromRow(row),
    }));
  }

  /** The ledger of a point from one Paris day to another, both included. */
  async movementsOfDays(
    pointId: string,
    fromDay: string,
    toDay: string,
    viewerId: string,
  ): Promise<StockMovementModel[]> {
    const [{ start, end }] = await this.manager.query(
      `SELECT ($1::date)::timestamp AT TIME ZONE 'Europe/Paris' AS start,
              ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris' AS end`,
      [fromDay, toDay],
    );
    return this.movements(pointId, start, end, viewerId);
  }

  /** Every stock level, by arrondissement of the point (coordinators and staff). */
  async snapshot(): Promise<
    (VariantRow & { district_code: string; point_code: string; point_name: string; quantity: number })[]
  > {
    return this.manager.query(
      `SELECT cp.district_code, cp.code AS point_code, cp.name AS point_name, l.quantity, ${VARIANT_COLUMNS}
       FROM stock_level l JOIN collection_point cp ON cp.id = l.collection_point_id
       JOIN catalogue_variant v ON v.id = l.variant_id JOIN catalogue_item i ON i.id = v.item_id
       WHERE l.quantity > 0
       ORDER BY cp.district_code, cp.code, i.sort_order, v.sort_order`,
    );
  }
}

function toLevel(row: LevelRow): StockLevelModel {
  return {
    ...ofVariantFromRow(row),
    quantity: row.quantity,
    openNeedQuantity: row.open_need_quantity,
    short: row.quantity < row.open_need_quantity,
  };
}
