import { EntityManager } from 'typeorm';

import { InitiativeProgressModel } from '../models/funding.models';

/**
 * What each initiative received, from the ledger: donations net of refunds, matching, common fund and
 * sponsors' grants (credits to `initiative:<id>` by transaction kind), paid out, and distinct donors with a
 * payment not fully refunded. Two statements whatever the number of initiatives.
 */
export async function initiativeProgress(
  manager: EntityManager,
  initiatives: { id: string; budgetCents: number }[],
): Promise<Map<string, InitiativeProgressModel>> {
  const ids = initiatives.map((initiative) => initiative.id);
  const sums: Record<string, string>[] = ids.length
    ? await manager.query(
        `SELECT substr(a.code, 12) AS id,
                coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind IN ('DONATION', 'REFUND')), 0) AS raised,
                coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind = 'ROUND_MATCHING'), 0) AS matched,
                coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind = 'ROUND_POOL'), 0) AS pool,
                coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind = 'SPONSOR_GRANT'), 0) AS sponsored,
                coalesce(sum(e.amount_cents) FILTER (WHERE t.kind = 'PAYOUT'), 0) AS paid_out
         FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id
         JOIN ledger_transaction t ON t.id = e.transaction_id
         WHERE a.code = ANY (SELECT 'initiative:' || unnest($1::text[])) GROUP BY a.code`,
        [ids],
      )
    : [];
  const donors: { id: string; donors: string }[] = ids.length
    ? await manager.query(
        `SELECT d.initiative_id AS id, count(DISTINCT coalesce(d.donor_id, d.id)) AS donors
         FROM donation d JOIN donation_payment p ON p.donation_id = d.id
         WHERE d.initiative_id = ANY ($1::uuid[]) AND p.refunded_cents < p.amount_cents GROUP BY d.initiative_id`,
        [ids],
      )
    : [];
  const sumsById = new Map(sums.map((row) => [row['id'], row]));
  const donorsById = new Map(donors.map((row) => [row.id, Number(row.donors)]));
  return new Map(
    initiatives.map(({ id, budgetCents }) => {
      const row = sumsById.get(id);
      const figure = (name: string) => Number(row?.[name] ?? 0);
      const received = figure('raised') + figure('matched') + figure('pool') + figure('sponsored');
      return [
        id,
        {
          raisedCents: figure('raised'),
          matchedCents: figure('matched'),
          poolCents: figure('pool'),
          sponsoredCents: figure('sponsored'),
          paidOutCents: figure('paid_out'),
          remainingCents: Math.max(0, budgetCents - received),
          balanceCents: received - figure('paid_out'),
          donorsCount: donorsById.get(id) ?? 0,
          percent: Math.min(100, Math.floor((Math.max(0, received) * 100) / budgetCents)),
        },
      ];
    }),
  );
}
