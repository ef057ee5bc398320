import { LedgerService, MovementKind } from '@entraide/api-stock';
import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

const DEMO_NEEDS = [
  {
    variant: 'socks/men-43-46',
    quantity: 40,
    district: '75018',
    urgency: 'CRITICAL',
    note: 'Pour les hommes hébergés au gymnase.',
    // Posted three days ago and still lacking: the coordinators' dashboard raises it as an alert.
    postedDaysAgo: 3,
  },
  { variant: 'hygiene-kit/women', quantity: 20, district: '75018', urgency: 'HIGH', note: null },
  {
    variant: 'shoes/men-42',
    quantity: 8,
    district: '75018',
    urgency: 'HIGH',
    note: 'Chaussures de marche de préférence.',
  },
  { variant: 'backpack/adult', quantity: 10, district: '75019', urgency: 'NORMAL', note: null },
];

const DEMO_STOCK = [
  { variant: 'socks/men-43-46', quantity: 12 },
  { variant: 'hygiene-kit/women', quantity: 5 },
  { variant: 'backpack/adult', quantity: 3 },
];

/**
 * With the demo accounts (see DemoAccountsService): the demo association's needs, some stock at the 18th's
 * collection point received by its demo staff, and an offer by the demo citizen not yet booked.
 */
@Injectable()
export class DemoItemsService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly ledger: LedgerService,
  ) {}

  async seed(): Promise<void> {
    await this.manager.transaction(async (tx) => {
      const [demo] = await tx.query(
        `SELECT o.id AS organisation_id, m.user_id AS member_id,
                (SELECT id FROM app_user WHERE email = 'collecte@demo.entraide.localhost') AS staff_id,
                (SELECT id FROM app_user WHERE email = 'citoyen@demo.entraide.localhost') AS citizen_id,
                (SELECT id FROM collection_point WHERE code = 'p-75018') AS point_id
         FROM organisation o JOIN membership m ON m.organisation_id = o.id
         WHERE o.name = 'Accueil solidaire 18e (démo)'`,
      );
      if (!demo) return;
      const variantId = async (code: string) =>
        (await tx.query(`SELECT id FROM catalogue_variant WHERE code = $1`, [code]))[0].id as string;
      const needIds: string[] = [];
      for (const need of DEMO_NEEDS) {
        const [{ id }] = await tx.query(
          `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency, note, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now() - $8 * interval '1 day') RETURNING id`,
          [
            demo.organisation_id,
            await variantId(need.variant),
            need.quantity,
            need.district,
            need.urgency,
            need.note,
            demo.member_id,
            'postedDaysAgo' in need ? need.postedDaysAgo : 0,
          ],
        );
        needIds.push(id);
      }
      const movements = [];
      for (const line of DEMO_STOCK) {
        movements.push({
          pointId: demo.point_id,
          variantId: await variantId(line.variant),
          kind: MovementKind.RECEIPT,
          quantity: line.quantity,
          actorId: demo.staff_id,
          reason: 'Walk-in gift',
        });
      }
      await this.ledger.record(tx, movements);
      await tx.query(
        `INSERT INTO offer (donor_id, need_id, variant_id, quantity, condition) VALUES ($1, $2, $3, 6, 'NEW')`,
        [demo.citizen_id, needIds[0], await variantId('socks/men-43-46')],
      );
    });
    this.logger.log('Demo needs, stock and an offer created.');
  }
}
