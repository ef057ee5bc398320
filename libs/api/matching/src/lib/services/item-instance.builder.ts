import { createHash } from 'node:crypto';

import { ItemInstance, ITEM_SCORING, needValue, NeedValueBreakdown, Urgency } from '@entraide/matching';
import { EntityManager } from 'typeorm';

/** Supply ids say where the units are: `STOCK:<point>:<variant>` on the shelf, `EXPECTED:…` booked to come. */
export interface ItemInstanceWithContext {
  instance: ItemInstance;
  hash: string;
  valueOfNeed: Map<string, NeedValueBreakdown>;
}

/**
 * The item allocation instance from the records: supplies are the stock on hand plus the offers of booked
 * drop-offs (per point and variant); needs are the open needs of verified associations still lacking units,
 * valued by urgency, deadline and waiting time; distances come from the district matrix.
 */
export async function buildItemInstance(manager: EntityManager, now: Date): Promise<ItemInstanceWithContext> {
  const supplies: { source: string; point_id: string; variant_id: string; quantity: number }[] =
    await manager.query(
      `SELECT 'STOCK' AS source, collection_point_id AS point_id, variant_id, quantity FROM stock_level WHERE quantity > 0
     UNION ALL
     SELECT 'EXPECTED', b.collection_point_id, f.variant_id, sum(f.quantity)::int
     FROM offer f JOIN drop_off_booking b ON b.id = f.booking_id
     WHERE b.status = 'BOOKED' AND f.status = 'OFFERED' AND b.slot_starts_at > now() - interval '1 day'
     GROUP BY b.collection_point_id, f.variant_id
     ORDER BY 2, 3, 1`,
    );
  const needs: {
    id: string;
    district_code: string;
    variant_id: string;
    remaining: number;
    urgency: Urgency;
    deadline: string | null;
    created_at: Date;
  }[] = await manager.query(
    `SELECT n.id, n.district_code, n.variant_id, n.urgency, to_char(n.deadline, 'YYYY-MM-DD') AS deadline, n.created_at,
              (n.quantity - coalesce((SELECT sum(d.quantity) FROM dispatch d WHERE d.need_id = n.id), 0))::int AS remaining
       FROM need n JOIN organisation o ON o.id = n.organisation_id
       WHERE n.status = 'OPEN' AND o.status = 'VERIFIED'
       ORDER BY n.created_at, n.id`,
  );
  const distances: { point_id: string; to_code: string; km: string }[] = await manager.query(
    `SELECT cp.id AS point_id, dd.to_code, dd.km FROM collection_point cp
     JOIN district_distance dd ON dd.from_code = cp.district_code ORDER BY cp.id, dd.to_code`,
  );

  const distanceKm: Record<string, Record<string, number>> = {};
  for (const row of distances) (distanceKm[row.point_id] ??= {})[row.to_code] = Number(row.km);
  const valueOfNeed = new Map<string, NeedValueBreakdown>();
  const instance: ItemInstance = {
    costPerKm: ITEM_SCORING.costPerKm,
    supplies: supplies.map((row) => ({
      id: `${row.source}:${row.point_id}:${row.variant_id}`,
      point: row.point_id,
      item: row.variant_id,
      quantity: row.quantity,
    })),
    needs: needs
      .filter((row) => row.remaining > 0)
      .map((row) => {
        const value = needValue(
          { urgency: row.urgency, deadline: row.deadline, createdAt: row.created_at },
          now,
        );
        valueOfNeed.set(row.id, value);
        return {
          id: row.id,
          district: row.district_code,
          item: row.variant_id,
          quantity: row.remaining,
          value: value.value,
        };
      }),
    distanceKm,
  };
  const hash = createHash('sha256').update(JSON.stringify(instance)).digest('hex');
  return { instance, hash, valueOfNeed };
}
