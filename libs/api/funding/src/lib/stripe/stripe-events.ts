import { randomUUID } from 'node:crypto';

/**
 * Events shaped as Stripe sends them (the fields Entraide reads, in the API version the SDK pins), for the
 * local test-payment page and for tests. They go through the same signature check and processing as Stripe's.
 */
export interface StripeEventEnvelope {
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  api_version: string;
  data: { object: Record<string, unknown> };
}

export interface PaidDonation {
  donationId: string;
  checkoutSessionId: string;
  amountCents: number;
  currency?: string;
}

const localId = (prefix: string) => `${prefix}_local_${randomUUID().replace(/-/g, '').slice(0, 24)}`;

export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  created = now(),
): StripeEventEnvelope {
  return {
    id: localId('evt'),
    object: 'event',
    type,
    created,
    livemode: false,
    api_version: '2026-10-28.endive',
    data: { object },
  };
}

export function oneOffCheckoutCompleted(
  paid: PaidDonation,
  paymentIntentId = localId('pi'),
): StripeEventEnvelope {
  return checkoutCompleted(paid, { mode: 'payment', payment_intent: paymentIntentId, subscription: null });
}

export function subscriptionCheckoutCompleted(
  paid: PaidDonation,
  subscriptionId: string,
): StripeEventEnvelope {
  return checkoutCompleted(paid, {
    mode: 'subscription',
    payment_intent: null,
    subscription: subscriptionId,
  });
}

function checkoutCompleted(paid: PaidDonation, payment: Record<string, unknown>): StripeEventEnvelope {
  return stripeEvent('checkout.session.completed', {
    id: paid.checkoutSessionId,
    object: 'checkout.session',
    status: 'complete',
    payment_status: 'paid',
    amount_total: paid.amountCents,
    currency: paid.currency ?? 'eur',
    client_reference_id: paid.donationId,
    metadata: { donationId: paid.donationId },
    ...payment,
  });
}

export function invoicePaid(
  paid: PaidDonation,
  subscriptionId: string,
  paymentIntentId = localId('pi'),
): StripeEventEnvelope {
  return stripeEvent('invoice.paid', {
    id: localId('in'),
    object: 'invoice',
    amount_paid: paid.amountCents,
    currency: paid.currency ?? 'eur',
    status: 'paid',
    parent: {
      type: 'subscription_details',
      subscription_details: { subscription: subscriptionId, metadata: { donationId: paid.donationId } },
    },
    payments: {
      object: 'list',
      data: [{ payment: { type: 'payment_intent', payment_intent: paymentIntentId } }],
    },
  });
}

export function paymentFailed(donationId: string, message: string): StripeEventEnvelope {
  return stripeEvent('payment_intent.payment_failed', {
    id: localId('pi'),
    object: 'payment_intent',
    status: 'requires_payment_method',
    metadata: { donationId },
    last_payment_error: { message },
  });
}

export function chargeRefunded(
  paymentIntentId: string,
  amountCents: number,
  refundedCents: number,
): StripeEventEnvelope {
  return stripeEvent('charge.refunded', {
    id: localId('ch'),
    object: 'charge',
    amount: amountCents,
    amount_refunded: refundedCents,
    currency: 'eur',
    refunded: refundedCents === amountCents,
    payment_intent: paymentIntentId,
  });
}

export function subscriptionDeleted(donationId: string, subscriptionId: string): StripeEventEnvelope {
  return stripeEvent('customer.subscription.deleted', {
    id: subscriptionId,
    object: 'subscription',
    status: 'canceled',
    metadata: { donationId },
  });
}

export function newSubscriptionId(): string {
  return localId('sub');
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
