import { NotificationKind, NotificationsService } from '@entraide/api-notifications';
import { BadUserInputException } from '@entraide/api-core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { EntityManager } from 'typeorm';

import { DonationStatus } from '../funding.enums';
import { CLEARING_ACCOUNT, donationAccount, postLedgerTransaction } from '../services/funding-ledger';
import { ReceiptsService } from '../services/receipts.service';
import { StripeGateway } from './stripe-gateway.service';

type Outcome = {
  outcome: 'PROCESSED' | 'IGNORED' | 'REJECTED' | 'DEFERRED';
  detail?: string;
  deferredKey?: string;
};
type DonationRow = {
  id: string;
  initiative_id: string | null;
  amount_cents: string;
  currency: string;
  frequency: 'ONE_OFF' | 'MONTHLY';
  status: DonationStatus;
  checkout_session_id: string | null;
};
type PaymentRow = { id: string; donation_id: string; amount_cents: string; refunded_cents: string };

export interface WebhookResult {
  eventId: string;
  duplicate: boolean;
  outcome: Outcome['outcome'] | null;
}

/** A webhook whose signature is not Stripe's: answered with 400, nothing written. */
export class BadStripeSignatureException extends BadUserInputException {
  constructor() {
    super('The Stripe-Signature header does not match this payload.');
  }
}

/**
 * Stripe's events, each stored once by id and applied in the same database transaction, so that a replay
 * changes nothing and a crash loses nothing (Stripe delivers again until it gets a 2xx). Events may come in
 * any order: a refund that arrives before its payment waits (DEFERRED) and is applied when the payment is
 * recorded; refunds carry Stripe's cumulative refunded amount, so applying one twice or late is harmless.
 * Amounts and currencies are checked against what was created; a mismatch is refused and logged.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('StripeWebhook');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly gateway: StripeGateway,
    private readonly receipts: ReceiptsService,
    private readonly notifications: NotificationsService,
  ) {}

  async receive(rawBody: Buffer | string | undefined, signature: string | undefined): Promise<WebhookResult> {
    let event: Stripe.Event;
    try {
      if (!rawBody || !signature) throw new Error('missing body or signature');
      event = this.gateway.verify(rawBody, signature);
    } catch {
      throw new BadStripeSignatureException();
    }
    return this.process(event);
  }

  private async process(event: Stripe.Event): Promise<WebhookResult> {
    const paidPayments: string[] = [];
    const result = await this.manager.transaction(async (tx) => {
      const [stored] = await tx.query(
        `INSERT INTO stripe_event (id, type, stripe_created, outcome, payload)
         VALUES ($1, $2, to_timestamp($3), 'PROCESSED', $4) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type, event.created, JSON.stringify(event)],
      );
      if (!stored) return { eventId: event.id, duplicate: true, outcome: null };
      const outcome = await this.apply(tx, event, paidPayments);
      if (outcome.outcome !== 'PROCESSED') {
        await tx.query(`UPDATE stripe_event SET outcome = $2, detail = $3, deferred_key = $4 WHERE id = $1`, [
          event.id,
          outcome.outcome,
          outcome.detail ?? null,
          outcome.deferredKey ?? null,
        ]);
      }
      if (outcome.outcome === 'REJECTED')
        this.logger.warn(`Stripe event ${event.id} refused: ${outcome.detail}`);
      return { eventId: event.id, duplicate: false, outcome: outcome.outcome };
    });
    for (const paymentId of paidPayments) await this.receipts.sendSafely(paymentId);
    return result;
  }

  private apply(tx: EntityManager, event: Stripe.Event, paidPayments: string[]): Promise<Outcome> {
    switch (event.type) {
      case 'checkout.session.completed':
        return this.checkoutCompleted(tx, event.data.object, event.created, paidPayments);
      case 'invoice.paid':
        return this.invoicePaid(tx, event.data.object, event.created, paidPayments);
      case 'payment_intent.payment_failed':
        return this.paymentFailed(tx, event.data.object);
      case 'charge.refunded':
        return this.chargeRefunded(tx, event.data.object);
      case 'customer.subscription.deleted':
        return this.subscriptionDeleted(tx, event.data.object);
      default:
        return Promise.resolve({ outcome: 'IGNORED', detail: 'Not an event Entraide acts on.' });
    }
  }

  private async checkoutCompleted(
    tx: EntityManager,
    session: Stripe.Checkout.Session,
    created: number,
    paidPayments: string[],
  ): Promise<Outcome> {
    const donation = await lockDonation(tx, session.metadata?.['donationId'] ?? session.client_reference_id);
    if (!donation)
      return { outcome: 'REJECTED', detail: `Checkout session ${session.id} names no known donation.` };
    if (donation.checkout_session_id && donation.checkout_session_id !== session.id)
      return {
        outcome: 'REJECTED',
        detail: `Checkout session ${session.id} is not donation ${donation.id}'s.`,
      };
    const mismatch = amountMismatch(donation, session.amount_total, session.currency);
    if (mismatch) return mismatch;
    if (session.mode === 'subscription') {
      const subscriptionId = idOf(session.subscription);
      await tx.query(
        `UPDATE donation SET stripe_subscription_id = coalesce(stripe_subscription_id, $2),
           status = CASE WHEN status IN ('PENDING', 'FAILED') THEN 'ACTIVE' ELSE status END, updated_at = now()
         WHERE id = $1`,
        [donation.id, subscriptionId],
      );
      return { outcome: 'PROCESSED' };
    }
    if (session.payment_status !== 'paid')
      return { outcome: 'IGNORED', detail: `Payment status is ${session.payment_status}.` };
    const paymentIntentId = idOf(session.payment_intent);
    if (!paymentIntentId)
      return { outcome: 'REJECTED', detail: `Checkout session ${session.id} has no payment intent.` };
    await this.recordPayment(tx, donation, { paymentIntentId, invoiceId: null, created }, paidPayments);
    return { outcome: 'PROCESSED' };
  }

  private async invoicePaid(
    tx: EntityManager,
    invoice: Stripe.Invoice,
    created: number,
    paidPayments: string[],
  ): Promise<Outcome> {
    const details = invoice.parent?.subscription_details;
    const subscriptionId = idOf(details?.subscription);
    let donation = await lockDonation(tx, details?.metadata?.['donationId']);
    if (!donation && subscriptionId) {
      const [row] = await tx.query(`SELECT id FROM donation WHERE stripe_subscription_id = $1`, [
        subscriptionId,
      ]);
      donation = await lockDonation(tx, row?.id);
    }
    if (!donation) return { outcome: 'REJECTED', detail: `Invoice ${invoice.id} names no known donation.` };
    if (invoice.amount_paid === 0) return { outcome: 'IGNORED', detail: 'Nothing was paid.' };
    const mismatch = amountMismatch(donation, invoice.amount_paid, invoice.currency);
    if (mismatch) return mismatch;
    const payment = invoice.payments?.data?.find((entry) => entry.payment?.payment_intent)?.payment;
    await tx.query(
      `UPDATE donation SET stripe_subscription_id = coalesce(stripe_subscription_id, $2),
         status = CASE WHEN status IN ('PENDING', 'FAILED') THEN 'ACTIVE' ELSE status END, updated_at = now()
       WHERE id = $1`,
      [donation.id, subscriptionId],
    );
    await this.recordPayment(
      tx,
      donation,
      { paymentIntentId: idOf(payment?.payment_intent), invoiceId: invoice.id ?? null, created },
      paidPayments,
    );
    return { outcome: 'PROCESSED' };
  }

  private async paymentFailed(tx: EntityManager, intent: Stripe.PaymentIntent): Promise<Outcome> {
    const donation = await lockDonation(tx, intent.metadata?.['donationId']);
    if (!donation)
      return { outcome: 'IGNORED', detail: `Payment intent ${intent.id} names no known donation.` };
    if (donation.status !== DonationStatus.PENDING)
      return { outcome: 'IGNORED', detail: `Donation ${donation.id} is already ${donation.status}.` };
    await tx.query(
      `UPDATE donation SET status = 'FAILED', failure_reason = left($2, 300), updated_at = now() WHERE id = $1`,
      [donation.id, intent.last_payment_error?.message ?? 'The payment failed.'],
    );
    return { outcome: 'PROCESSED' };
  }

  private async chargeRefunded(tx: EntityManager, charge: Stripe.Charge): Promise<Outcome> {
    const paymentIntentId = idOf(charge.payment_intent);
    if (!paymentIntentId) return { outcome: 'IGNORED', detail: `Charge ${charge.id} has no payment intent.` };
    if (charge.currency !== 'eur')
      return {
        outcome: 'REJECTED',
        detail: `Refund of charge ${charge.id} is in ${charge.currency}, not eur.`,
      };
    await lockPaymentIntent(tx, paymentIntentId);
    const [payment]: PaymentRow[] = await tx.query(
      `SELECT id, donation_id, amount_cents, refunded_cents FROM donation_payment WHERE payment_intent_id = $1 FOR UPDATE`,
      [paymentIntentId],
    );
    if (!payment)
      return {
        outcome: 'DEFERRED',
        detail: 'Refund received before its payment; applied when the payment is recorded.',
        deferredKey: paymentIntentId,
      };
    return applyRefund(tx, payment, charge.amount_refunded);
  }

  private async subscriptionDeleted(tx: EntityManager, subscription: Stripe.Subscription): Promise<Outcome> {
    let donation = await lockDonation(tx, subscription.metadata?.['donationId']);
    if (!donation) {
      const [row] = await tx.query(`SELECT id FROM donation WHERE stripe_subscription_id = $1`, [
        subscription.id,
      ]);
      donation = await lockDonation(tx, row?.id);
    }
    if (!donation)
      return { outcome: 'IGNORED', detail: `Subscription ${subscription.id} names no known donation.` };
    await tx.query(
      `UPDATE donation SET status = 'CANCELLED', stripe_subscription_id = coalesce(stripe_subscription_id, $2),
         updated_at = now() WHERE id = $1`,
      [donation.id, subscription.id],
    );
    return { outcome: 'PROCESSED' };
  }

  /** One payment per payment intent or invoice, its ledger transaction, then any refund that came first. */
  private async recordPayment(
    tx: EntityManager,
    donation: DonationRow,
    source: { paymentIntentId: string | null; invoiceId: string | null; created: number },
    paidPayments: string[],
  ): Promise<void> {
    if (source.paymentIntentId) await lockPaymentIntent(tx, source.paymentIntentId);
    const [payment]: PaymentRow[] = await tx.query(
      `INSERT INTO donation_payment (donation_id, payment_intent_id, invoice_id, amount_cents, paid_at)
       VALUES ($1, $2, $3, $4, to_timestamp($5)) ON CONFLICT DO NOTHING
       RETURNING id, donation_id, amount_cents, refunded_cents`,
      [donation.id, source.paymentIntentId, source.invoiceId, donation.amount_cents, source.created],
    );
    if (!payment) return;
    const amount = Number(payment.amount_cents);
    await postLedgerTransaction(tx, {
      kind: 'DONATION',
      reference: `payment:${payment.id}`,
      entries: [
        { account: CLEARING_ACCOUNT, amountCents: amount },
        { account: donationAccount(donation.initiative_id), amountCents: -amount },
      ],
    });
    if (donation.frequency === 'ONE_OFF')
      await tx.query(
        `UPDATE donation SET status = 'PAID', failure_reason = NULL, updated_at = now()
         WHERE id = $1 AND status IN ('PENDING', 'FAILED')`,
        [donation.id],
      );
    paidPayments.push(payment.id);
    if (donation.initiative_id) await this.tellInitiativeTeam(tx, donation.initiative_id, payment.id, amount);
    if (!source.paymentIntentId) return;
    const deferred: { id: string; payload: { data: { object: Stripe.Charge } } }[] = await tx.query(
      `SELECT id, payload FROM stripe_event WHERE outcome = 'DEFERRED' AND deferred_key = $1 ORDER BY stripe_created, id`,
      [source.paymentIntentId],
    );
    for (const event of deferred) {
      const outcome = await applyRefund(tx, payment, event.payload.data.object.amount_refunded);
      await tx.query(`UPDATE stripe_event SET outcome = $2, detail = $3 WHERE id = $1`, [
        event.id,
        outcome.outcome,
        outcome.detail ?? 'Applied when its payment was recorded.',
      ]);
    }
  }

  /** The association behind an initiative hears of each payment (never of who gave). */
  private async tellInitiativeTeam(
    tx: EntityManager,
    initiativeId: string,
    paymentId: string,
    amountCents: number,
  ): Promise<void> {
    const [initiative] = await tx.query(`SELECT title, organisation_id FROM initiative WHERE id = $1`, [
      initiativeId,
    ]);
    await this.notifications.notify(tx, {
      userIds: await this.notifications.membersOf(tx, initiative.organisation_id),
      kind: NotificationKind.DONATION_RECEIVED,
      reference: `payment:${paymentId}`,
      params: { initiativeTitle: initiative.title, amountCents },
      link: `/organisations/${initiative.organisation_id}/initiatives`,
    });
  }
}

async function lockDonation(
  tx: EntityManager,
  donationId: string | null | undefined,
): Promise<DonationRow | null> {
  if (!donationId || !/^[0-9a-f-]{36}$/i.test(donationId)) return null;
  const [row] = await tx.query(
    `SELECT id, initiative_id, amount_cents, currency, frequency, status, checkout_session_id
     FROM donation WHERE id = $1 FOR UPDATE`,
    [donationId],
  );
  return row ?? null;
}

/** Serialises the events of one payment intent, so a refund and its payment never miss each other. */
async function lockPaymentIntent(tx: EntityManager, paymentIntentId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`stripe-pi:${paymentIntentId}`]);
}

function amountMismatch(
  donation: DonationRow,
  amount: number | null,
  currency: string | null,
): Outcome | null {
  if (amount === Number(donation.amount_cents) && currency === donation.currency) return null;
  return {
    outcome: 'REJECTED',
    detail: `Stripe reported ${amount ?? '?'} ${currency ?? '?'} for donation ${donation.id}, created for ${donation.amount_cents} ${donation.currency}.`,
  };
}

/** Brings the payment's refunded amount up to Stripe's cumulative figure, reversing the difference. */
async function applyRefund(
  tx: EntityManager,
  payment: PaymentRow,
  cumulativeCents: number,
): Promise<Outcome> {
  const amount = Number(payment.amount_cents);
  const already = Number(payment.refunded_cents);
  if (!Number.isSafeInteger(cumulativeCents) || cumulativeCents > amount)
    return {
      outcome: 'REJECTED',
      detail: `Refunded amount ${cumulativeCents} exceeds payment ${payment.id} (${amount}).`,
    };
  const newly = cumulativeCents - already;
  if (newly <= 0) return { outcome: 'PROCESSED', detail: 'Already applied.' };
  const [donation] = await tx.query(`SELECT initiative_id FROM donation WHERE id = $1`, [
    payment.donation_id,
  ]);
  await postLedgerTransaction(tx, {
    kind: 'REFUND',
    reference: `refund:${payment.id}:${cumulativeCents}`,
    entries: [
      { account: CLEARING_ACCOUNT, amountCents: -newly },
      { account: donationAccount(donation.initiative_id), amountCents: newly },
    ],
  });
  await tx.query(`UPDATE donation_payment SET refunded_cents = $2 WHERE id = $1`, [
    payment.id,
    cumulativeCents,
  ]);
  payment.refunded_cents = String(cumulativeCents);
  await tx.query(
    `UPDATE donation d SET status = 'REFUNDED', updated_at = now() WHERE d.id = $1 AND d.frequency = 'ONE_OFF'
       AND NOT EXISTS (SELECT 1 FROM donation_payment p WHERE p.donation_id = d.id AND p.refunded_cents < p.amount_cents)`,
    [payment.donation_id],
  );
  return { outcome: 'PROCESSED' };
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}
