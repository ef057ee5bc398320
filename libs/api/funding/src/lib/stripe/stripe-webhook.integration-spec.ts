import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { IdentityModule } from '@entraide/api-identity';
import {
  createTestApp,
  decodeQuotedPrintable,
  errorCode,
  Person,
  TestApp,
  TestWorld,
} from '@entraide/api-testing';
import Stripe from 'stripe';

import { FundingModule } from '../funding.module';
import { REFUSED_AMOUNT_CENTS, StripeTestServer } from '../testing/stripe-test-server';
import {
  chargeRefunded,
  invoicePaid,
  oneOffCheckoutCompleted,
  paymentFailed,
  StripeEventEnvelope,
  subscriptionCheckoutCompleted,
  subscriptionDeleted,
} from './stripe-events';

const WEBHOOK_SECRET = 'whsec_entraide_integration_test';
const DONATE = `mutation ($input: DonateInput!) { donate(input: $input) { checkoutUrl donation { id status } } }`;
const MY_DONATIONS = `{ myDonations { id status payments { amountCents refundedCents } } }`;
const CANCEL = `mutation ($input: DonationIdInput!) { cancelMonthlyDonation(input: $input) { id status } }`;
const REFUND = `mutation ($input: RefundPaymentInput!) { refundDonationPayment(input: $input) { id refundedCents } }`;
const RECONCILE = `query ($input: ReconciliationInput!) { fundingReconciliation(input: $input) {
  balanced stripeCents ledgerCents exceptions { id outcome detail } } }`;

/** Signs as Stripe does (the SDK's own helper), independently of the app's gateway. */
const signer = new Stripe('sk_test_signer_only');
const sign = (payload: string, secret = WEBHOOK_SECRET) =>
  signer.webhooks.generateTestHeaderString({ payload, secret });

describe('Stripe: checkout through the real SDK and webhooks signed as Stripe signs them', () => {
  let api: TestApp;
  let world: TestWorld;
  let stripe: StripeTestServer;
  let donor: Person;
  let coordinator: Person;
  let initiativeId: string;
  /** The members of the initiative's association, who hear of each payment. */
  let team: string[];

  beforeAll(async () => {
    stripe = await new StripeTestServer().start();
    api = await createTestApp({
      imports: [IdentityModule, FundingModule],
      env: {
        STRIPE_SECRET_KEY: 'sk_test_entraide',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_URL: stripe.url,
      },
    });
    world = new TestWorld(api);
    donor = await world.person('Donatrice');
    coordinator = await world.person('Coordination');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    const association = await world.association('VERIFIED', 'Cuisine du monde');
    const treasurer = await world.person('Trésorière');
    await world.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
      association.id,
      treasurer.id,
    ]);
    team = [association.member.id, treasurer.id].sort();
    [{ id: initiativeId }] = await world.sql(
      `INSERT INTO initiative (organisation_id, title, description, kind, district_codes, budget_cents, deadline, status, decided_at)
       VALUES ($1, 'Repas partagés', 'Des repas cuisinés ensemble chaque samedi.', 'WELCOME', '{75018}', 500000,
         current_date + 60, 'APPROVED', now()) RETURNING id`,
      [association.id],
    );
  });

  afterAll(async () => {
    await api.close();
    await stripe.stop();
  });

  async function donate(
    amountCents: number,
    frequency: 'ONE_OFF' | 'MONTHLY' = 'ONE_OFF',
    initiative: string | null = initiativeId,
  ) {
    const response = await api.graphql<{ donate: { checkoutUrl: string; donation: { id: string } } }>(
      DONATE,
      { input: { initiativeId: initiative, amountCents, frequency, anonymous: false } },
      donor.headers,
    );
    expect(response.errors).toBeUndefined();
    const donationId = response.data!.donate.donation.id;
    const [{ checkout_session_id }] = await world.sql(
      `SELECT checkout_session_id FROM donation WHERE id = $1`,
      [donationId],
    );
    return {
      donationId,
      checkoutSessionId: checkout_session_id as string,
      amountCents,
      url: response.data!.donate.checkoutUrl,
    };
  }

  function deliver(event: StripeEventEnvelope | string, signature?: string) {
    const payload = typeof event === 'string' ? event : JSON.stringify(event);
    return api.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/stripe/webhook',
        payload,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature ?? sign(payload) },
      });
  }

  async function receiptMails(): Promise<string[]> {
    const files = await readdir(join(api.dataDir, 'mail')).catch(() => []);
    return files.filter((file) => file.includes('donatrice') || file.includes('person'));
  }

  async function ledgerOf(donationId: string) {
    const [row] = await world.sql(
      `SELECT (SELECT count(*) FROM donation_payment WHERE donation_id = $1)::int AS payments,
              (SELECT count(*) FROM ledger_transaction t JOIN donation_payment p ON t.reference LIKE '%' || p.id || '%'
                 WHERE p.donation_id = $1)::int AS transactions,
              (SELECT status FROM donation WHERE id = $1) AS status`,
      [donationId],
    );
    return row;
  }

  /** The DONATION_RECEIVED notifications of a donation's payments. */
  const paymentNotices = (donationId: string) =>
    world.sql(
      `SELECT n.user_id, n.reference, n.params, n.link FROM notification n
       JOIN donation_payment p ON n.reference = 'payment:' || p.id
       WHERE n.kind = 'DONATION_RECEIVED' AND p.donation_id = $1 ORDER BY p.paid_at, n.reference, n.user_id`,
      [donationId],
    );

  it('opens a Checkout session on Stripe with the amount, the currency and the donation, idempotently', async () => {
    const before = stripe.requests.length;
    const { url, donationId } = await donate(2_500);
    const [request] = stripe.requests.slice(before);
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      idempotencyKey: `checkout-${donationId}`,
      authorization: 'Bearer sk_test_entraide',
    });
    expect(request.form).toMatchObject({
      mode: 'payment',
      'line_items[0][price_data][unit_amount]': '2500',
      'line_items[0][price_data][currency]': 'eur',
      'metadata[donationId]': donationId,
      'payment_intent_data[metadata][donationId]': donationId,
      client_reference_id: donationId,
    });
  });

  it('tells the donor clearly when Stripe refuses the checkout, and keeps the donation as failed', async () => {
    const refused = await api.graphql(
      DONATE,
      { input: { initiativeId, amountCents: REFUSED_AMOUNT_CENTS, frequency: 'ONE_OFF', anonymous: false } },
      donor.headers,
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/nothing was charged/);
    const [row] = await world.sql(
      `SELECT status, checkout_session_id FROM donation WHERE amount_cents = $1`,
      [REFUSED_AMOUNT_CENTS],
    );
    expect(row).toEqual({ status: 'FAILED', checkout_session_id: null });
  });

  it('records one payment and one ledger transaction when the same event is delivered 50 times', async () => {
    const paid = await donate(5_000);
    const mailsBefore = await receiptMails();
    const event = oneOffCheckoutCompleted(paid);
    const payload = JSON.stringify(event);
    const responses = [];
    for (let batch = 0; batch < 5; batch++)
      responses.push(...(await Promise.all(Array.from({ length: 10 }, () => deliver(payload)))));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(50).fill(200));
    expect(responses.filter((response) => response.json().duplicate === false)).toHaveLength(1);
    expect(await ledgerOf(paid.donationId)).toEqual({ payments: 1, transactions: 1, status: 'PAID' });
    const [{ count }] = await world.sql(`SELECT count(*)::int FROM stripe_event WHERE id = $1`, [event.id]);
    expect(count).toBe(1);
    const receipts = (await receiptMails()).filter((mail) => !mailsBefore.includes(mail));
    expect(receipts).toHaveLength(1);
    const receipt = decodeQuotedPrintable(await readFile(join(api.dataDir, 'mail', receipts[0]), 'utf8'));
    expect(receipt).toContain('Reçu n° ENT-');
    expect(receipt).toMatch(/Montant : 50,00\s€/);
    expect(receipt).toMatch(/Réduction d'impôt estimée : 33,00\s€ \(66 %/);

    const [payment] = await world.sql(`SELECT id FROM donation_payment WHERE donation_id = $1`, [
      paid.donationId,
    ]);
    const [{ organisation_id }] = await world.sql(`SELECT organisation_id FROM initiative WHERE id = $1`, [
      initiativeId,
    ]);
    expect(await paymentNotices(paid.donationId)).toEqual(
      team.map((userId) => ({
        user_id: userId,
        reference: `payment:${payment.id}`,
        params: { initiativeTitle: 'Repas partagés', amountCents: 5_000 },
        link: `/organisations/${organisation_id}/initiatives`,
      })),
    );
  });

  it('tells nobody of a gift to the common fund', async () => {
    const paid = await donate(2_200, 'ONE_OFF', null);
    expect((await deliver(oneOffCheckoutCompleted(paid))).json().outcome).toBe('PROCESSED');
    expect(await ledgerOf(paid.donationId)).toMatchObject({ payments: 1, status: 'PAID' });
    expect(await paymentNotices(paid.donationId)).toEqual([]);
  });

  it('answers 400 and writes nothing for a bad signature, a signature with another secret, or none', async () => {
    const paid = await donate(3_000);
    const payload = JSON.stringify(oneOffCheckoutCompleted(paid));
    const [before] = await world.sql(`SELECT (SELECT count(*) FROM stripe_event)::int AS events,
      (SELECT count(*) FROM ledger_entry)::int AS entries, (SELECT count(*) FROM donation_payment)::int AS payments`);
    for (const signature of [sign(payload, 'whsec_someone_else'), 't=1,v1=deadbeef', ''])
      expect((await deliver(payload, signature)).statusCode).toBe(400);
    const tampered = payload.replace('"amount_total":3000', '"amount_total":1');
    expect((await deliver(tampered, sign(payload))).statusCode).toBe(400);
    const [after] = await world.sql(`SELECT (SELECT count(*) FROM stripe_event)::int AS events,
      (SELECT count(*) FROM ledger_entry)::int AS entries, (SELECT count(*) FROM donation_payment)::int AS payments`);
    expect(after).toEqual(before);
    expect((await ledgerOf(paid.donationId)).status).toBe('PENDING');
  });

  it('refuses and logs a completion whose amount or currency differs from the session created', async () => {
    const paid = await donate(4_000);
    const cheaper = oneOffCheckoutCompleted({ ...paid, amountCents: 400 });
    const dollars = oneOffCheckoutCompleted({ ...paid, currency: 'usd' });
    for (const event of [cheaper, dollars]) {
      const response = await deliver(event);
      expect(response.statusCode).toBe(200);
      expect(response.json().outcome).toBe('REJECTED');
    }
    expect(await ledgerOf(paid.donationId)).toEqual({ payments: 0, transactions: 0, status: 'PENDING' });
    const [stored] = await world.sql(`SELECT outcome, detail FROM stripe_event WHERE id = $1`, [cheaper.id]);
    expect(stored.outcome).toBe('REJECTED');
    expect(stored.detail).toContain('400 eur');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const report = await api.graphql<{ fundingReconciliation: { exceptions: { id: string }[] } }>(
      RECONCILE,
      { input: { from: today, to: today } },
      coordinator.headers,
    );
    expect(report.data!.fundingReconciliation.exceptions.map((event) => event.id)).toEqual(
      expect.arrayContaining([cheaper.id, dollars.id]),
    );
  });

  it('reaches the right final state when the refund arrives before the completion, and when refunds cross', async () => {
    const paid = await donate(6_000);
    const completed = oneOffCheckoutCompleted(paid, 'pi_test_refund_first');
    const halfRefund = chargeRefunded('pi_test_refund_first', 6_000, 3_000);
    const fullRefund = chargeRefunded('pi_test_refund_first', 6_000, 6_000);
    expect((await deliver(fullRefund)).json().outcome).toBe('DEFERRED');
    expect((await deliver(completed)).json().outcome).toBe('PROCESSED');
    expect((await deliver(halfRefund)).json().outcome).toBe('PROCESSED'); // older, smaller figure: nothing to do
    const [payment] = await world.sql(
      `SELECT amount_cents::int, refunded_cents::int FROM donation_payment WHERE payment_intent_id = $1`,
      ['pi_test_refund_first'],
    );
    expect(payment).toEqual({ amount_cents: 6_000, refunded_cents: 6_000 });
    expect((await ledgerOf(paid.donationId)).status).toBe('REFUNDED');
    const [{ outcome }] = await world.sql(`SELECT outcome FROM stripe_event WHERE id = $1`, [fullRefund.id]);
    expect(outcome).toBe('PROCESSED');
    const [{ net }] = await world.sql(
      `SELECT sum(e.amount_cents)::int AS net FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
       JOIN ledger_account a ON a.id = e.account_id
       WHERE a.code = 'stripe-clearing' AND t.reference LIKE '%' || (SELECT id FROM donation_payment WHERE payment_intent_id = 'pi_test_refund_first') || '%'`,
    );
    expect(net).toBe(0);
  });

  it('runs a monthly donation: subscription, two invoices, stopped by the donor through Stripe', async () => {
    const paid = await donate(1_500, 'MONTHLY');
    const checkout = stripe.requests.at(-1)!;
    expect(checkout.form).toMatchObject({
      mode: 'subscription',
      'line_items[0][price_data][recurring][interval]': 'month',
      'subscription_data[metadata][donationId]': paid.donationId,
    });
    expect((await deliver(invoicePaid(paid, 'sub_test_monthly'))).json().outcome).toBe('PROCESSED'); // before the session
    expect((await deliver(subscriptionCheckoutCompleted(paid, 'sub_test_monthly'))).json().outcome).toBe(
      'PROCESSED',
    );
    await deliver(invoicePaid(paid, 'sub_test_monthly'));
    expect(await ledgerOf(paid.donationId)).toEqual({ payments: 2, transactions: 2, status: 'ACTIVE' });
    expect((await paymentNotices(paid.donationId)).map((notice) => notice.user_id)).toEqual([
      ...team,
      ...team,
    ]);
    const cancelled = await api.graphql<{ cancelMonthlyDonation: { status: string } }>(
      CANCEL,
      { input: { id: paid.donationId } },
      donor.headers,
    );
    expect(cancelled.data!.cancelMonthlyDonation.status).toBe('CANCELLED');
    expect(stripe.requests.at(-1)).toMatchObject({
      method: 'DELETE',
      path: '/v1/subscriptions/sub_test_monthly',
    });
    await deliver(subscriptionDeleted(paid.donationId, 'sub_test_monthly'));
    expect((await ledgerOf(paid.donationId)).status).toBe('CANCELLED');
    const stranger = await world.person('Autre');
    const forbidden = await api.graphql(CANCEL, { input: { id: paid.donationId } }, stranger.headers);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it('marks a donation failed when its payment fails, and a later success still wins', async () => {
    const paid = await donate(2_000);
    await deliver(paymentFailed(paid.donationId, 'Your card was declined.'));
    expect((await ledgerOf(paid.donationId)).status).toBe('FAILED');
    await deliver(oneOffCheckoutCompleted(paid));
    expect((await ledgerOf(paid.donationId)).status).toBe('PAID');
  });

  it('refunds through Stripe on a coordinator’s request; the webhook then reverses the entries', async () => {
    const paid = await donate(8_000);
    await deliver(oneOffCheckoutCompleted(paid, 'pi_test_refund_later'));
    const [payment] = await world.sql(
      `SELECT id FROM donation_payment WHERE payment_intent_id = 'pi_test_refund_later'`,
    );
    expect(errorCode(await api.graphql(REFUND, { input: { paymentId: payment.id } }, donor.headers))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await api.graphql(
          REFUND,
          { input: { paymentId: payment.id, amountCents: 9_000 } },
          coordinator.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const requested = await api.graphql<{ refundDonationPayment: { refundedCents: number } }>(
      REFUND,
      { input: { paymentId: payment.id, amountCents: 2_000 } },
      coordinator.headers,
    );
    expect(requested.data!.refundDonationPayment.refundedCents).toBe(0); // until Stripe confirms
    expect(stripe.requests.at(-1)).toMatchObject({
      path: '/v1/refunds',
      form: { payment_intent: 'pi_test_refund_later', amount: '2000' },
      idempotencyKey: `refund-${payment.id}-2000`,
    });
    await deliver(chargeRefunded('pi_test_refund_later', 8_000, 2_000));
    const donations = await api.graphql<{
      myDonations: { id: string; payments: { refundedCents: number }[] }[];
    }>(MY_DONATIONS, {}, donor.headers);
    const refunded = donations.data!.myDonations.find((donation) => donation.id === paid.donationId)!;
    expect(refunded.payments[0].refundedCents).toBe(2_000);
  });

  it('keeps every ledger transaction balanced, refuses an unbalanced one at commit, and never edits entries', async () => {
    const [{ unbalanced }] = await world.sql(
      `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entry GROUP BY 1 HAVING sum(amount_cents) <> 0) t`,
    );
    expect(unbalanced).toBe(0);
    await expect(
      world.db.transaction(async (tx) => {
        const [created] = await tx.query(
          `INSERT INTO ledger_transaction (kind, reference) VALUES ('PAYOUT', 'test:unbalanced') RETURNING id`,
        );
        await tx.query(
          `INSERT INTO ledger_entry (transaction_id, account_id, amount_cents) SELECT $1, id, 100 FROM ledger_account WHERE code = 'pool'`,
          [created.id],
        );
      }),
    ).rejects.toThrow(/sum/);
    await expect(world.sql(`UPDATE ledger_entry SET amount_cents = amount_cents + 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(world.sql(`DELETE FROM ledger_transaction`)).rejects.toThrow(/append-only/);
  });

  it('reconciles Stripe’s amounts with the clearing account', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const report = await api.graphql<{
      fundingReconciliation: { balanced: boolean; stripeCents: number; ledgerCents: number };
    }>(RECONCILE, { input: { from: today, to: today } }, coordinator.headers);
    expect(report.errors).toBeUndefined();
    const [{ clearing }] = await world.sql(
      `SELECT coalesce(sum(e.amount_cents), 0)::int AS clearing FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
       WHERE a.code = 'stripe-clearing'`,
    );
    expect(report.data!.fundingReconciliation).toMatchObject({
      balanced: true,
      ledgerCents: clearing,
      stripeCents: clearing,
    });
    expect(clearing).toBeGreaterThan(0);
  });
});
