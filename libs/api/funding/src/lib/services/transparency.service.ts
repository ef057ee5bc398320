import { BadUserInputException, requireDay } from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { ReconciliationInput } from '../dto/funding.inputs';
import { ReconciliationModel, TransparencyModel } from '../models/funding.models';
import { requireCoordinator } from './funding-rules';
import { publishedRounds } from './funding-rounds.service';
import { initiativeProgress } from './initiative-progress';
import { PLEDGE_USED_SQL } from './sponsors.service';

const MAX_RECONCILIATION_DAYS = 366;

/** Where every euro went (public), and the reconciliation of Stripe's figures with the ledger (coordinators). */
@Injectable()
export class TransparencyService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
  ) {}

  async report(): Promise<TransparencyModel> {
    const initiatives: { id: string; title: string; organisation_name: string; budget_cents: string }[] =
      await this.manager.query(
        `SELECT i.id, i.title, o.name AS organisation_name, i.budget_cents FROM initiative i
         JOIN organisation o ON o.id = i.organisation_id WHERE i.status IN ('APPROVED', 'CLOSED')
         ORDER BY i.decided_at, i.id`,
      );
    const progress = await initiativeProgress(
      this.manager,
      initiatives.map((row) => ({ id: row.id, budgetCents: Number(row.budget_cents) })),
    );
    const sponsors = await this.manager.query(
      `SELECT o.id, o.name,
              coalesce((SELECT sum(p.amount_cents) FROM sponsor_pledge p WHERE p.organisation_id = o.id), 0)
                + coalesce((SELECT sum(g.amount_cents) FROM sponsor_grant g WHERE g.organisation_id = o.id), 0) AS committed,
              coalesce((SELECT sum(${PLEDGE_USED_SQL}) FROM sponsor_pledge p WHERE p.organisation_id = o.id), 0)
                + coalesce((SELECT sum(g.amount_cents) FROM sponsor_grant g WHERE g.organisation_id = o.id), 0) AS used
       FROM organisation o
       WHERE EXISTS (SELECT 1 FROM sponsor_pledge p WHERE p.organisation_id = o.id)
          OR EXISTS (SELECT 1 FROM sponsor_grant g WHERE g.organisation_id = o.id)
       ORDER BY o.name`,
    );
    const [totals] = await this.manager.query(
      `SELECT coalesce(sum(e.amount_cents) FILTER (WHERE t.kind = 'DONATION' AND a.code = 'stripe-clearing'), 0) AS received,
              coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind = 'REFUND' AND a.code = 'stripe-clearing'), 0) AS refunded,
              coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind IN ('DONATION', 'REFUND') AND a.code = 'pool'), 0) AS pool,
              coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind = 'ROUND_MATCHING' AND a.code LIKE 'initiative:%'), 0) AS matched,
              coalesce(sum(e.amount_cents) FILTER (WHERE t.kind = 'PAYOUT' AND a.code LIKE 'initiative:%'), 0) AS paid_out
       FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transaction t ON t.id = e.transaction_id`,
    );
    const months = await this.manager.query(
      `SELECT to_char(t.created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month,
              coalesce(sum(e.amount_cents) FILTER (WHERE t.kind IN ('DONATION', 'REFUND')), 0) AS raised,
              coalesce(-sum(e.amount_cents) FILTER (WHERE t.kind = 'ROUND_MATCHING'), 0) AS matched,
              coalesce(sum(e.amount_cents) FILTER (WHERE t.kind = 'PAYOUT'), 0) AS paid_out
       FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transaction t ON t.id = e.transaction_id
       WHERE (t.kind IN ('DONATION', 'REFUND') AND a.code = 'stripe-clearing')
          OR (t.kind IN ('ROUND_MATCHING', 'PAYOUT') AND a.code LIKE 'initiative:%')
       GROUP BY 1 ORDER BY 1`,
    );
    return {
      raisedCents: Number(totals.received) - Number(totals.refunded),
      refundedCents: Number(totals.refunded),
      matchedCents: Number(totals.matched),
      poolReceivedCents: Number(totals.pool),
      paidOutCents: Number(totals.paid_out),
      initiatives: initiatives.map((row) => ({
        id: row.id,
        title: row.title,
        organisationName: row.organisation_name,
        budgetCents: Number(row.budget_cents),
        progress: progress.get(row.id)!,
      })),
      sponsors: sponsors.map((row: Record<string, string>) => ({
        id: row['id'],
        name: row['name'],
        committedCents: Number(row['committed']),
        usedCents: Number(row['used']),
      })),
      rounds: await publishedRounds(this.manager),
      months: months.map((row: Record<string, string>) => ({
        month: row['month'],
        raisedCents: Number(row['raised']),
        matchedCents: Number(row['matched']),
        paidOutCents: Number(row['paid_out']),
      })),
    };
  }

  /**
   * Per Paris day: what Stripe reported in the events applied (payments minus refunds, from the stored
   * payloads) against the net movement of the `stripe-clearing` account; and the events refused or waiting.
   */
  async reconciliation(input: ReconciliationInput, userId: string): Promise<ReconciliationModel> {
    await requireCoordinator(this.access, userId);
    const from = requireDay(input.from, 'The first day');
    const to = requireDay(input.to, 'The last day');
    if (to < from) throw new BadUserInputException('The last day must be on or after the first.');
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days > MAX_RECONCILIATION_DAYS)
      throw new BadUserInputException(`Reconcile at most ${MAX_RECONCILIATION_DAYS} days at a time.`);
    const rows: { day: string; stripe: string; ledger: string }[] = await this.manager.query(
      `WITH stripe AS (
         SELECT (s.stripe_created AT TIME ZONE 'Europe/Paris')::date AS day,
                sum(coalesce(s.payload -> 'data' -> 'object' ->> 'amount_paid',
                             s.payload -> 'data' -> 'object' ->> 'amount_total')::bigint) AS cents
         FROM stripe_event s
         WHERE s.outcome = 'PROCESSED' AND (s.type = 'invoice.paid'
           OR (s.type = 'checkout.session.completed' AND s.payload -> 'data' -> 'object' ->> 'mode' = 'payment'))
         GROUP BY 1
         UNION ALL
         SELECT (s.stripe_created AT TIME ZONE 'Europe/Paris')::date, -sum(
           (s.payload -> 'data' -> 'object' ->> 'amount_refunded')::bigint - coalesce(previous.refunded, 0))
         FROM stripe_event s
         LEFT JOIN LATERAL (
           SELECT max((o.payload -> 'data' -> 'object' ->> 'amount_refunded')::bigint) AS refunded FROM stripe_event o
           WHERE o.type = 'charge.refunded' AND o.outcome = 'PROCESSED' AND o.id <> s.id
             AND o.payload -> 'data' -> 'object' ->> 'payment_intent' = s.payload -> 'data' -> 'object' ->> 'payment_intent'
             AND (o.payload -> 'data' -> 'object' ->> 'amount_refunded')::bigint
                 < (s.payload -> 'data' -> 'object' ->> 'amount_refunded')::bigint) previous ON true
         WHERE s.type = 'charge.refunded' AND s.outcome = 'PROCESSED'
           AND coalesce(s.detail, '') <> 'Already applied.'
         GROUP BY 1),
       ledger AS (
         SELECT (t.created_at AT TIME ZONE 'Europe/Paris')::date AS day, sum(e.amount_cents) AS cents
         FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transaction t ON t.id = e.transaction_id
         WHERE a.code = 'stripe-clearing' GROUP BY 1)
       SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
              coalesce((SELECT sum(cents) FROM stripe WHERE stripe.day = d.day), 0) AS stripe,
              coalesce((SELECT sum(cents) FROM ledger WHERE ledger.day = d.day), 0) AS ledger
       FROM generate_series($1::date, $2::date, interval '1 day') AS d (day) ORDER BY d.day`,
      [from, to],
    );
    const exceptions = await this.manager.query(
      `SELECT id, type, outcome, detail, received_at FROM stripe_event
       WHERE outcome IN ('REJECTED', 'DEFERRED') AND (received_at AT TIME ZONE 'Europe/Paris')::date BETWEEN $1 AND $2
       ORDER BY received_at DESC LIMIT 200`,
      [from, to],
    );
    const result = rows.map((row) => ({
      day: row.day,
      stripeCents: Number(row.stripe),
      ledgerCents: Number(row.ledger),
      differenceCents: Number(row.stripe) - Number(row.ledger),
    }));
    const stripeCents = result.reduce((sum, day) => sum + day.stripeCents, 0);
    const ledgerCents = result.reduce((sum, day) => sum + day.ledgerCents, 0);
    return {
      stripeCents,
      ledgerCents,
      balanced: result.every((day) => day.differenceCents === 0),
      days: result.filter((day) => day.stripeCents !== 0 || day.ledgerCents !== 0),
      exceptions: exceptions.map((row: Record<string, string & Date>) => ({
        id: row['id'],
        type: row['type'],
        outcome: row['outcome'],
        detail: row['detail'],
        receivedAt: row['received_at'],
      })),
    };
  }
}
