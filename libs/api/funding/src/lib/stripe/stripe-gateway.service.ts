import { randomBytes, randomUUID } from 'node:crypto';

import { APP_CONFIG, AppConfig, ConflictException } from '@entraide/api-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';

export interface CheckoutRequest {
  donationId: string;
  amountCents: number;
  monthly: boolean;
  description: string;
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
}

/**
 * The one place that talks to Stripe. With `STRIPE_SECRET_KEY` it creates real Checkout sessions (test or
 * live mode; `STRIPE_API_URL` points the SDK elsewhere, e.g. at a local test server). Without it, payments are
 * test payments: sessions are local ids, and events are signed with a secret made at start-up and delivered
 * to the same webhook processing as Stripe's.
 */
@Injectable()
export class StripeGateway {
  readonly testPayments: boolean;
  readonly webhookSecret: string;
  private readonly stripe: Stripe;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.testPayments = !config.stripe;
    this.webhookSecret = config.stripe?.webhookSecret ?? `whsec_local_${randomBytes(24).toString('hex')}`;
    const api = config.stripe?.apiUrl ? new URL(config.stripe.apiUrl) : undefined;
    this.stripe = new Stripe(config.stripe?.secretKey ?? 'sk_test_local_payments_only', {
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(api && {
        host: api.hostname,
        port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)),
        protocol: api.protocol === 'https:' ? 'https' : 'http',
      }),
    });
  }

  /** A Checkout session for the donation: Stripe's page, or the local test-payment page. */
  async createCheckout(request: CheckoutRequest, publicUrl: string): Promise<{ id: string; url: string }> {
    if (this.testPayments) {
      const id = `cs_test_local_${randomUUID().replace(/-/g, '')}`;
      return { id, url: `${publicUrl}/paiement-test/${id}` };
    }
    const metadata = { donationId: request.donationId };
    const session = await reachStripe(() =>
      this.stripe.checkout.sessions.create(
        {
          mode: request.monthly ? 'subscription' : 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: 'eur',
                unit_amount: request.amountCents,
                product_data: { name: request.description },
                ...(request.monthly && { recurring: { interval: 'month' as const } }),
              },
            },
          ],
          customer_email: request.customerEmail,
          client_reference_id: request.donationId,
          metadata,
          ...(request.monthly ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        { idempotencyKey: `checkout-${request.donationId}` },
      ),
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL.`);
    return { id: session.id, url: session.url };
  }

  async cancelSubscription(subscriptionId: string): Promise<void> {
    await reachStripe(() => this.stripe.subscriptions.cancel(subscriptionId));
  }

  async refund(paymentIntentId: string, amountCents: number, idempotencyKey: string): Promise<void> {
    await reachStripe(() =>
      this.stripe.refunds.create(
        { payment_intent: paymentIntentId, amount: amountCents },
        { idempotencyKey },
      ),
    );
  }

  /** The event, if the signature is Stripe's (or, for test payments, ours); throws otherwise. */
  verify(rawBody: Buffer | string, signature: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(rawBody, signature, this.webhookSecret);
  }

  /** A `Stripe-Signature` header for the payload, made exactly as Stripe makes it. */
  sign(payload: string): string {
    return this.stripe.webhooks.generateTestHeaderString({ payload, secret: this.webhookSecret });
  }
}

const logger = new Logger('Stripe');

/** Stripe unreachable or refusing: the person gets a clear CONFLICT (nothing happened), the details go to the log. */
async function reachStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    logger.error(`Stripe refused or could not be reached: ${error.type} ${error.message}`);
    throw new ConflictException(
      'The payment service could not complete this request; nothing was charged. Try again in a moment.',
    );
  }
}
