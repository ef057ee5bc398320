import { ConflictException } from '@entraide/api-core';
import { PersonalDataSection } from '@entraide/api-identity';

/**
 * A donor's donations in "download my data" (amounts, targets, payments and receipt numbers), and what
 * "delete my account" does: the name and email kept for receipts are erased and the donations detached from
 * the account. Amounts stay: the ledger points to accounts such as `initiative:<id>`, never to people, so
 * the books still balance. A running monthly donation must be stopped first.
 */
export const FUNDING_PERSONAL_DATA: PersonalDataSection = {
  name: 'donations',
  async export(userId, manager) {
    return manager.query(
      `SELECT coalesce(i.title, 'Fonds commun') AS target, d.amount_cents AS "amountCents", d.frequency, d.anonymous,
              d.status, d.donor_name AS "nameOnReceipt", d.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('paidAt', p.paid_at, 'amountCents', p.amount_cents,
                  'refundedCents', p.refunded_cents, 'receiptNumber', p.receipt_number) ORDER BY p.paid_at)
                FROM donation_payment p WHERE p.donation_id = d.id), '[]') AS payments
       FROM donation d LEFT JOIN initiative i ON i.id = d.initiative_id WHERE d.donor_id = $1 ORDER BY d.created_at`,
      [userId],
    );
  },
  async erase(userId, tx) {
    const [running] = await tx.query(
      `SELECT 1 FROM donation WHERE donor_id = $1 AND frequency = 'MONTHLY' AND status = 'ACTIVE'`,
      [userId],
    );
    if (running)
      throw new ConflictException(
        'Stop your monthly donation first (Mes soutiens), then delete your account.',
      );
    await tx.query(
      `UPDATE donation SET donor_id = NULL, donor_name = NULL, donor_email = NULL, updated_at = now()
       WHERE donor_id = $1`,
      [userId],
    );
  },
};
