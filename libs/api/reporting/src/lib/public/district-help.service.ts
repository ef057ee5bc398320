import { NotFoundException, parisToday } from '@entraide/api-core';
import { DistrictHelp, isDistrictCode } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

const MOST_NEEDED_LIMIT = 10;
const MISSIONS_LIMIT = 5;
const INITIATIVES_LIMIT = 5;

/**
 * "What is needed here, today": the public page of an arrondissement (commitment 10). Three statements on
 * indexed open rows; served with HTTP caching, so a surge of visitors mostly hits caches.
 */
@Injectable()
export class DistrictHelpService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async forDistrict(code: string): Promise<DistrictHelp> {
    if (!isDistrictCode(code)) throw new NotFoundException(`No arrondissement has the code "${code}".`);
    const mostNeeded = await this.manager.query(
      `SELECT i.code AS item_code, i.name_fr, i.name_en, v.label_fr, v.label_en,
              sum(n.quantity - coalesce(dp.dispatched, 0))::int AS remaining, count(*)::int AS needs,
              min(CASE n.urgency WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END) AS rank
       FROM need n
       JOIN organisation o ON o.id = n.organisation_id AND o.status = 'VERIFIED'
       JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id
       LEFT JOIN LATERAL (SELECT sum(d.quantity) AS dispatched FROM dispatch d WHERE d.need_id = n.id) dp ON true
       WHERE n.status = 'OPEN' AND n.district_code = $1 AND n.quantity > coalesce(dp.dispatched, 0)
       GROUP BY i.code, i.name_fr, i.name_en, i.sort_order, v.label_fr, v.label_en, v.sort_order
       ORDER BY rank, remaining DESC, i.sort_order, v.sort_order LIMIT $2`,
      [code, MOST_NEEDED_LIMIT],
    );
    const missions = await this.manager.query(
      `SELECT m.id, m.title, m.schedule = 'WEEKLY' AS weekly, s.places_left, s.next_start
       FROM mission m
       LEFT JOIN LATERAL (
         SELECT sum(sh.capacity - sh.accepted)::int AS places_left, min(sh.starts_at) AS next_start
         FROM mission_shift sh WHERE sh.mission_id = m.id AND sh.starts_at > now() AND sh.accepted < sh.capacity) s ON true
       WHERE m.status = 'PUBLISHED' AND m.district_code = $1 AND (m.schedule = 'WEEKLY' OR s.places_left > 0)
       ORDER BY s.next_start NULLS LAST, m.created_at DESC LIMIT $2`,
      [code, MISSIONS_LIMIT],
    );
    const initiatives = await this.manager.query(
      `SELECT * FROM (
         SELECT i.id, i.title, i.budget_cents, i.deadline,
                coalesce(-(SELECT sum(e.amount_cents) FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id
                           JOIN ledger_transaction t ON t.id = e.transaction_id
                           WHERE a.code = 'initiative:' || i.id AND t.kind <> 'PAYOUT'), 0) AS received
         FROM initiative i
         WHERE i.status = 'APPROVED' AND $1 = ANY (i.district_codes) AND i.deadline >= $3::date) funded
       ORDER BY received::float / budget_cents, deadline LIMIT $2`,
      [code, INITIATIVES_LIMIT, parisToday()],
    );
    return {
      districtCode: code,
      mostNeeded: mostNeeded.map((row: Record<string, string & number>) => ({
        itemCode: row['item_code'],
        itemName: { fr: row['name_fr'], en: row['name_en'] },
        variantLabel: { fr: row['label_fr'], en: row['label_en'] },
        remaining: row['remaining'],
        urgency: (['CRITICAL', 'HIGH', 'NORMAL'] as const)[Number(row['rank'])],
        needs: row['needs'],
      })),
      missions: missions.map((row: Record<string, string & number & boolean & Date>) => ({
        id: row['id'],
        title: row['title'],
        placesLeft: row['places_left'] ?? null,
        nextShiftStartsAt: row['next_start'] ? new Date(row['next_start']).toISOString() : null,
        weekly: row['weekly'],
      })),
      initiatives: initiatives.map((row: Record<string, string>) => {
        const budget = Number(row['budget_cents']);
        return {
          id: row['id'],
          title: row['title'],
          budgetCents: budget,
          percent: Math.min(100, Math.floor((Math.max(0, Number(row['received'])) * 100) / budget)),
        };
      }),
      generatedAt: new Date().toISOString(),
    };
  }
}
