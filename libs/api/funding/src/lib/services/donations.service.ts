import {
  APP_CONFIG,
  AppConfig,
  AuditLogService,
  BadUserInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  requireText,
} from '@entraide/api-core';
import { AccessService, RateLimiterService } from '@entraide/api-identity';
import { isUuid } from '@entraide/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { CompleteTestPaymentInput, DonateInput, RefundPaymentInput } from '../dto/funding.inputs';
import { DonationFrequency, DonationStatus, InitiativeStatus, TestPaymentOutcome } from '../funding.enums';
import {
  DonationCheckoutModel,
  DonationModel,
  FundingSettings,
  FundPaymentModel,
  TestCheckoutModel,
} from '../models/funding.models';
import {
  chargeRefunded,
  invoicePaid,
  newSubscriptionId,
  oneOffCheckoutCompleted,
  paymentFailed,
  StripeEventEnvelope,
  subscriptionCheckoutCompleted,
  subscriptionDeleted,
} from '../stripe/stripe-events';
import { StripeGateway } from '../stripe/stripe-gateway.service';
import { StripeWebhookService } from '../stripe/stripe-webhook.service';
import {
  DONATION_MAXIMUM_CENTS,
  DONATION_MINIMUM_CENTS,
  receiptNumber,
  requireCents,
  requireCoordinator,
  TAX_REDUCTION_BPS,
  taxReductionCents,
} from './funding-rules';

type DonationRow = {
  id: string;
  initiative_id: string | null;
  initiative_title: string | null;
  amount_cents: string;
  frequency: DonationFrequency;
  anonymous: boolean;
  status: DonationStatus;
  failure_reason: string | null;
  test_mode: boolean;
  created_at: Date;
  checkout_session_id: string | null;
  stripe_subscription_id: string | null;
  donor_id: string | null;
  payments: { id: string; amountCents: number; refundedCents: number; paidAt: string; receipt: number }[];
};

const SELECT_DONATIONS = `
  SELECT d.id, d.initiative_id, i.title AS initiative_title, d.amount_cents, d.frequency, d.anonymous, d.status,
         d.failure_reason, d.test_mode, d.created_at, d.checkout_session_id, d.stripe_subscription_id, d.donor_id,
         coalesce((SELECT json_agg(json_build_object('id', p.id, 'amountCents', p.amount_cents,
             'refundedCents', p.refunded_cents, 'paidAt', p.paid_at, 'receipt', p.receipt_number) ORDER BY p.paid_at)
           FROM donation_payment p WHERE p.donation_id = d.id), '[]') AS payments
  FROM donation d LEFT JOIN initiative i ON i.id = d.initiative_id`;

/**
 * Donations: a donor creates one (one-off or monthly, to an initiative or to the common fund) and pays on
 * Stripe Checkout, or on the local test-payment page when Stripe is not configured; the webhook records the
 * payment. Donors see their donations and stop monthly ones; coordinators refund payments.
 */
@Injectable()
export class DonationsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    private readonly gateway: StripeGateway,
    private readonly webhooks: StripeWebhookService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  settings(): FundingSettings {
    return {
      testPayments: this.gateway.testPayments,
      minimumCents: DONATION_MINIMUM_CENTS,
      maximumCents: DONATION_MAXIMUM_CENTS,
      taxReductionBps: TAX_REDUCTION_BPS,
    };
  }

  async donate(input: DonateInput, userId: string): Promise<DonationCheckoutModel> {
    const amount = requireCents(
      input.amountCents,
      'The amount',
      DONATION_MINIMUM_CENTS,
      DONATION_MAXIMUM_CENTS,
    );
    const donorName = requireText(input.donorName, 'The name on the receipt', 160, true);
    let title = 'Fonds commun Entraide';
    if (input.initiativeId !== undefined && input.initiativeId !== null) {
      const [initiative] = isUuid(input.initiativeId)
        ? await this.manager.query(`SELECT title, status FROM initiative WHERE id = $1`, [input.initiativeId])
        : [];
      if (!initiative) throw new NotFoundException('No initiative has this id.');
      if (initiative.status !== InitiativeStatus.APPROVED)
        throw new ConflictException('This initiative is not taking donations.');
      title = `Entraide — ${initiative.title}`;
    }
    // Each donation opens a Stripe Checkout session: a loop of them costs Stripe calls and pending rows.
    await this.rateLimiter.consume(
      'DONATION',
      [{ subject: userId, rule: this.rateLimiter.policies.donationsPerPerson }],
      (wait) => `Too many donations started; try again in ${wait}.`,
    );
    const [donor] = await this.manager.query(`SELECT display_name, email FROM app_user WHERE id = $1`, [
      userId,
    ]);
    const [created] = await this.manager.query(
      `INSERT INTO donation (donor_id, initiative_id, amount_cents, frequency, anonymous, donor_name, donor_email, test_mode)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        userId,
        input.initiativeId ?? null,
        amount,
        input.frequency,
        input.anonymous,
        donorName ?? donor.display_name,
        donor.email,
        this.gateway.testPayments,
      ],
    );
    const back = input.initiativeId ? `/initiatives/${input.initiativeId}` : '/donner';
    let checkout: { id: string; url: string };
    try {
      checkout = await this.gateway.createCheckout(
        {
          donationId: created.id,
          amountCents: amount,
          monthly: input.frequency === DonationFrequency.MONTHLY,
          description: title,
          customerEmail: donor.email,
          successUrl: `${this.config.publicUrl}/mes-soutiens?donation=${created.id}`,
          cancelUrl: `${this.config.publicUrl}${back}`,
        },
        this.config.publicUrl,
      );
    } catch (error) {
      await this.manager.query(
        `UPDATE donation SET status = 'FAILED', failure_reason = 'Stripe Checkout could not be opened.' WHERE id = $1`,
        [created.id],
      );
      throw error;
    }
    await this.manager.query(`UPDATE donation SET checkout_session_id = $2 WHERE id = $1`, [
      created.id,
      checkout.id,
    ]);
    return { donation: await this.get(created.id), checkoutUrl: checkout.url };
  }

  async ofDonor(userId: string): Promise<DonationModel[]> {
    const rows: DonationRow[] = await this.manager.query(
      `${SELECT_DONATIONS} WHERE d.donor_id = $1 ORDER BY d.created_at DESC, d.id LIMIT 200`,
      [userId],
    );
    return rows.map(toDonationModel);
  }

  async testCheckout(checkoutSessionId: string, userId: string): Promise<TestCheckoutModel> {
    const donation = await this.ownTestDonation(checkoutSessionId, userId);
    return {
      checkoutSessionId,
      donationId: donation.id,
      amountCents: Number(donation.amount_cents),
      frequency: donation.frequency,
      initiativeTitle: donation.initiative_title,
      status: donation.status,
    };
  }

  /** The test-payment page's buttons: Stripe's events for the outcome, signed and processed as Stripe's. */
  async completeTestPayment(input: CompleteTestPaymentInput, userId: string): Promise<DonationModel> {
    const donation = await this.ownTestDonation(input.checkoutSessionId, userId);
    if (donation.status !== DonationStatus.PENDING)
      throw new ConflictException(`This payment was already completed (${donation.status.toLowerCase()}).`);
    const paid = {
      donationId: donation.id,
      checkoutSessionId: input.checkoutSessionId,
      amountCents: Number(donation.amount_cents),
    };
    if (input.outcome === TestPaymentOutcome.FAIL) {
      await this.deliver(paymentFailed(donation.id, 'The card was declined (test payment).'));
    } else if (donation.frequency === DonationFrequency.MONTHLY) {
      const subscriptionId = newSubscriptionId();
      await this.deliver(subscriptionCheckoutCompleted(paid, subscriptionId));
      await this.deliver(invoicePaid(paid, subscriptionId));
    } else {
      await this.deliver(oneOffCheckoutCompleted(paid));
    }
    return this.get(donation.id);
  }

  async cancelMonthly(donationId: string, userId: string): Promise<DonationModel> {
    const donation = await this.find(donationId);
    if (donation.donor_id !== userId) throw new ForbiddenException('Only the donor may stop this donation.');
    if (donation.frequency !== DonationFrequency.MONTHLY)
      throw new BadUserInputException('Only a monthly donation can be stopped.');
    if (donation.status !== DonationStatus.ACTIVE && donation.status !== DonationStatus.PENDING)
      throw new ConflictException(
        `This donation is ${donation.status.toLowerCase()}: there is nothing to stop.`,
      );
    if (donation.stripe_subscription_id) {
      if (donation.test_mode)
        await this.deliver(subscriptionDeleted(donation.id, donation.stripe_subscription_id));
      else await this.gateway.cancelSubscription(donation.stripe_subscription_id);
    }
    // Stripe confirms with customer.subscription.deleted, which leaves it so.
    await this.manager.query(
      `UPDATE donation SET status = 'CANCELLED', updated_at = now() WHERE id = $1 AND status IN ('ACTIVE', 'PENDING')`,
      [donation.id],
    );
    return this.get(donation.id);
  }

  async payments(initiativeId: string | null, userId: string): Promise<FundPaymentModel[]> {
    await requireCoordinator(this.access, userId);
    if (initiativeId !== null && !isUuid(initiativeId))
      throw new NotFoundException('No initiative has this id.');
    const rows = await this.manager.query(
      `SELECT p.id, p.amount_cents, p.refunded_cents, p.paid_at, p.receipt_number, d.frequency,
              d.initiative_id, i.title AS initiative_title
       FROM donation_payment p JOIN donation d ON d.id = p.donation_id LEFT JOIN initiative i ON i.id = d.initiative_id
       WHERE $1::uuid IS NULL OR d.initiative_id = $1 ORDER BY p.paid_at DESC, p.id LIMIT 200`,
      [initiativeId],
    );
    return rows.map(toFundPayment);
  }

  async refund(input: RefundPaymentInput, userId: string): Promise<FundPaymentModel> {
    await requireCoordinator(this.access, userId);
    const [payment] = isUuid(input.paymentId)
      ? await this.manager.query(
          `SELECT p.id, p.amount_cents, p.refunded_cents, p.payment_intent_id, d.test_mode
           FROM donation_payment p JOIN donation d ON d.id = p.donation_id WHERE p.id = $1`,
          [input.paymentId],
        )
      : [];
    if (!payment) throw new NotFoundException('No payment has this id.');
    const left = Number(payment.amount_cents) - Number(payment.refunded_cents);
    if (left === 0) throw new ConflictException('This payment is already fully refunded.');
    const amount = input.amountCents ?? left;
    requireCents(amount, 'The refund', 1, left);
    if (!payment.payment_intent_id)
      throw new BadUserInputException(
        'This payment has no Stripe payment intent on record: refund it from Stripe.',
      );
    const cumulative = Number(payment.refunded_cents) + amount;
    await this.audit.record({
      actorId: userId,
      action: 'DONATION_REFUND_REQUESTED',
      targetType: 'donation_payment',
      targetId: payment.id,
      details: { amountCents: amount },
    });
    if (payment.test_mode)
      await this.deliver(chargeRefunded(payment.payment_intent_id, Number(payment.amount_cents), cumulative));
    else await this.gateway.refund(payment.payment_intent_id, amount, `refund-${payment.id}-${cumulative}`);
    const [row] = await this.manager.query(
      `SELECT p.id, p.amount_cents, p.refunded_cents, p.paid_at, p.receipt_number, d.frequency,
              d.initiative_id, i.title AS initiative_title
       FROM donation_payment p JOIN donation d ON d.id = p.donation_id LEFT JOIN initiative i ON i.id = d.initiative_id
       WHERE p.id = $1`,
      [payment.id],
    );
    return toFundPayment(row);
  }

  private async deliver(event: StripeEventEnvelope): Promise<void> {
    const payload = JSON.stringify(event);
    await this.webhooks.receive(payload, this.gateway.sign(payload));
  }

  private async ownTestDonation(checkoutSessionId: string, userId: string): Promise<DonationRow> {
    if (!this.gateway.testPayments)
      throw new ForbiddenException('Payments go through Stripe here: there is no test-payment page.');
    const [row]: DonationRow[] = await this.manager.query(
      `${SELECT_DONATIONS} WHERE d.checkout_session_id = $1`,
      [checkoutSessionId],
    );
    if (!row || !row.test_mode) throw new NotFoundException('No test payment has this id.');
    if (row.donor_id !== userId) throw new ForbiddenException('Only the donor may pay this donation.');
    return row;
  }

  private async find(donationId: string): Promise<DonationRow> {
    const [row]: DonationRow[] = isUuid(donationId)
      ? await this.manager.query(`${SELECT_DONATIONS} WHERE d.id = $1`, [donationId])
      : [];
    if (!row) throw new NotFoundException('No donation has this id.');
    return row;
  }

  private async get(donationId: string): Promise<DonationModel> {
    return toDonationModel(await this.find(donationId));
  }
}

function toDonationModel(row: DonationRow): DonationModel {
  return {
    id: row.id,
    initiative: row.initiative_id ? { id: row.initiative_id, title: row.initiative_title ?? '' } : null,
    amountCents: Number(row.amount_cents),
    frequency: row.frequency,
    anonymous: row.anonymous,
    status: row.status,
    failureReason: row.failure_reason,
    testMode: row.test_mode,
    createdAt: row.created_at,
    payments: row.payments.map((payment) => {
      const paidAt = new Date(payment.paidAt);
      return {
        id: payment.id,
        amountCents: Number(payment.amountCents),
        refundedCents: Number(payment.refundedCents),
        paidAt,
        receiptNumber: receiptNumber(payment.receipt, paidAt),
        taxReductionCents: taxReductionCents(Number(payment.amountCents) - Number(payment.refundedCents)),
      };
    }),
  };
}

function toFundPayment(row: {
  id: string;
  amount_cents: string;
  refunded_cents: string;
  paid_at: Date;
  receipt_number: string;
  frequency: DonationFrequency;
  initiative_id: string | null;
  initiative_title: string | null;
}): FundPaymentModel {
  return {
    id: row.id,
    initiative: row.initiative_id ? { id: row.initiative_id, title: row.initiative_title ?? '' } : null,
    frequency: row.frequency,
    amountCents: Number(row.amount_cents),
    refundedCents: Number(row.refunded_cents),
    paidAt: row.paid_at,
    receiptNumber: receiptNumber(row.receipt_number, row.paid_at),
  };
}
