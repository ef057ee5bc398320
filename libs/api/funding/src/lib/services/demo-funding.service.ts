import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { DonationFrequency, InitiativeKind, TestPaymentOutcome } from '../funding.enums';
import { StripeGateway } from '../stripe/stripe-gateway.service';
import { DonationsService } from './donations.service';
import { postLedgerTransaction, matchingAccount, sponsorAccount } from './funding-ledger';

/**
 * With the demo accounts: three initiatives of the demo association (two approved, one waiting for the
 * coordinators), a €5,000 matching pledge of the demo foundation for this year, and — with test payments —
 * two donations of the demo citizen paid through the test-payment path.
 */
@Injectable()
export class DemoFundingService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly donations: DonationsService,
    private readonly gateway: StripeGateway,
  ) {}

  async seed(): Promise<void> {
    const [demo] = await this.manager.query(
      `SELECT a.id AS association_id, s.id AS sponsor_id,
              (SELECT m.user_id FROM membership m WHERE m.organisation_id = a.id LIMIT 1) AS member_id,
              (SELECT m.user_id FROM membership m WHERE m.organisation_id = s.id LIMIT 1) AS sponsor_member_id,
              (SELECT id FROM app_user WHERE email = 'citoyen@demo.entraide.localhost') AS citizen_id,
              (SELECT id FROM app_user WHERE email = 'coordination@demo.entraide.localhost') AS coordinator_id
       FROM organisation a, organisation s
       WHERE a.name = 'Accueil solidaire 18e (démo)' AND s.name = 'Fondation Entraide (démo)'`,
    );
    if (!demo) return;
    const initiative = async (
      title: string,
      description: string,
      kind: InitiativeKind,
      districts: string[],
      budgetCents: number,
      approved: boolean,
    ): Promise<string> => {
      const [{ id }] = await this.manager.query(
        `INSERT INTO initiative (organisation_id, title, description, kind, district_codes, budget_cents, deadline,
           status, decided_by, decided_at, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, (now() AT TIME ZONE 'Europe/Paris')::date + 120, $7, $8, $9, $10) RETURNING id`,
        [
          demo.association_id,
          title,
          description,
          kind,
          districts,
          budgetCents,
          approved ? 'APPROVED' : 'SUBMITTED',
          approved ? demo.coordinator_id : null,
          approved ? new Date() : null,
          demo.member_id,
        ],
      );
      return id;
    };
    const kitchen = await initiative(
      'Cuisine partagée de la Chapelle',
      'Des repas cuisinés ensemble chaque samedi par des habitants et des personnes accueillies, avec des ateliers de français autour des recettes.',
      InitiativeKind.WELCOME,
      ['75018'],
      800_000,
      true,
    );
    await initiative(
      'Football pour tous au stade des Poissonniers',
      'Deux entraînements par semaine et un tournoi inter-quartiers pour les jeunes accueillis et ceux du quartier, encadrés par des éducateurs bénévoles.',
      InitiativeKind.SPORT_CULTURE,
      ['75018', '75019'],
      500_000,
      true,
    );
    await initiative(
      'Permanence numérique',
      'Aide aux démarches en ligne (CAF, Pôle emploi, titre de séjour) deux soirs par semaine, avec des ordinateurs reconditionnés.',
      InitiativeKind.EDUCATION,
      ['75018'],
      300_000,
      false,
    );
    await this.manager.transaction(async (tx) => {
      const [pledge] = await tx.query(
        `INSERT INTO sponsor_pledge (organisation_id, amount_cents, period_start, period_end, created_by)
         VALUES ($1, 500000, date_trunc('year', now())::date, (date_trunc('year', now()) + interval '1 year - 1 day')::date, $2)
         RETURNING id`,
        [demo.sponsor_id, demo.sponsor_member_id],
      );
      await postLedgerTransaction(tx, {
        kind: 'PLEDGE',
        reference: `pledge:${pledge.id}`,
        entries: [
          { account: sponsorAccount(demo.sponsor_id), amountCents: 500_000 },
          { account: matchingAccount(pledge.id), amountCents: -500_000 },
        ],
      });
    });
    if (this.gateway.testPayments && demo.citizen_id) {
      for (const [initiativeId, amountCents, frequency] of [
        [kitchen, 2_000, DonationFrequency.ONE_OFF],
        [undefined, 1_000, DonationFrequency.MONTHLY],
      ] as const) {
        const { checkoutUrl } = await this.donations.donate(
          { initiativeId, amountCents, frequency, anonymous: false },
          demo.citizen_id,
        );
        await this.donations.completeTestPayment(
          { checkoutSessionId: checkoutUrl.split('/').pop()!, outcome: TestPaymentOutcome.SUCCEED },
          demo.citizen_id,
        );
      }
    }
    this.logger.log('Demo funding: three initiatives, a matching pledge and two donations.');
  }
}
