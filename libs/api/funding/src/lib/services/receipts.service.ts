import { APP_CONFIG, AppConfig, MailerService } from '@entraide/api-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { formatEuros, receiptNumber, taxReductionCents } from './funding-rules';

/**
 * The email receipt sent after each payment, with what a French donor needs for the tax reduction: the
 * receipt number, the amount and date, the beneficiary, and an estimate of the 66 % reduction.
 */
@Injectable()
export class ReceiptsService {
  private readonly logger = new Logger('Receipts');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Never throws: a receipt that cannot be sent must not undo the payment it is about. */
  async sendSafely(paymentId: string): Promise<void> {
    try {
      await this.send(paymentId);
    } catch (error) {
      this.logger.error(`Receipt for payment ${paymentId} not sent: ${(error as Error).message}`);
    }
  }

  private async send(paymentId: string): Promise<void> {
    const [row] = await this.manager.query(
      `SELECT p.receipt_number, p.amount_cents, p.paid_at, d.frequency, d.donor_name, d.donor_email,
              i.title AS initiative_title, o.name AS organisation_name
       FROM donation_payment p JOIN donation d ON d.id = p.donation_id
       LEFT JOIN initiative i ON i.id = d.initiative_id LEFT JOIN organisation o ON o.id = i.organisation_id
       WHERE p.id = $1`,
      [paymentId],
    );
    if (!row?.donor_email) return;
    const amount = Number(row.amount_cents);
    const paidAt: Date = row.paid_at;
    const number = receiptNumber(row.receipt_number, paidAt);
    const beneficiary = row.initiative_title
      ? `l'initiative « ${row.initiative_title} » portée par ${row.organisation_name}, via le fonds commun Entraide`
      : 'le fonds commun Entraide';
    const text = [
      `Bonjour ${row.donor_name ?? ''},`.replace(' ,', ','),
      '',
      `Merci pour votre don${row.frequency === 'MONTHLY' ? ' mensuel' : ''} de ${formatEuros(amount)} à ${beneficiary}.`,
      '',
      `Reçu n° ${number}`,
      `Date du versement : ${paidAt.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}`,
      `Montant : ${formatEuros(amount)} — versement en numéraire, sans contrepartie`,
      `Donateur : ${row.donor_name ?? '—'}`,
      '',
      `Réduction d'impôt estimée : ${formatEuros(taxReductionCents(amount))} (66 % du don, dans la limite de 20 % de votre revenu imposable ; article 200 du Code général des impôts). ` +
        'Le reçu fiscal annuel récapitulatif vous sera adressé en début d’année.',
      '',
      `Vos dons et reçus : ${this.config.publicUrl}/mes-soutiens`,
      `Où va chaque euro : ${this.config.publicUrl}/transparence`,
    ].join('\n');
    await this.mailer.send({ to: row.donor_email, subject: `Reçu de votre don n° ${number}`, text });
  }
}
