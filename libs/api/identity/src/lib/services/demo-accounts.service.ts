import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { PasswordHasher } from './password-hasher.service';

/** Shared by every demo account; documented in the README. Demo data only: never in production. */
export const DEMO_PASSWORD = 'entraide-demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'citoyen@demo.entraide.localhost', displayName: 'Camille (démo)', role: 'CITIZEN' },
  { email: 'association@demo.entraide.localhost', displayName: 'Awa (démo)', role: 'ASSOCIATION' },
  { email: 'collecte@demo.entraide.localhost', displayName: 'Karim (démo)', role: 'COLLECTION_STAFF' },
  { email: 'mecene@demo.entraide.localhost', displayName: 'Louise (démo)', role: 'SPONSOR' },
  { email: 'coordination@demo.entraide.localhost', displayName: 'Claire (démo)', role: 'COORDINATOR' },
] as const;

/**
 * On an empty database (no account at all), one demo account per role, so that a newcomer can sign in as
 * each: a verified association and a verified sponsor (names marked "démo"), staff of the 18th's
 * collection point, and a City coordinator.
 */
@Injectable()
export class DemoAccountsService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly hasher: PasswordHasher,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const seeded = await this.manager.transaction(async (tx) => {
      // Two replicas starting together: the lock makes one seed and the other see the accounts.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('entraide:demo-accounts', 0))`);
      const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM app_user`);
      if (count > 0) return false;
      const ids: Record<string, string> = {};
      for (const account of DEMO_ACCOUNTS) {
        const [{ id }] = await tx.query(
          `INSERT INTO app_user (email, display_name, password_hash, email_verified_at)
           VALUES ($1, $2, $3, now()) RETURNING id`,
          [account.email, account.displayName, passwordHash],
        );
        ids[account.role] = id;
      }
      const organisation = async (
        kind: string,
        name: string,
        ids_: { rna?: string; siret?: string },
        admin: string,
        description: string,
      ) => {
        const [{ id }] = await tx.query(
          `INSERT INTO organisation (kind, name, rna, siret, contact_email, status, decided_by, decided_at, created_by,
                                     description)
           VALUES ($1, $2, $3, $4, $5, 'VERIFIED', $6, now(), $7, $8) RETURNING id`,
          [
            kind,
            name,
            ids_.rna ?? null,
            ids_.siret ?? null,
            'contact@demo.entraide.localhost',
            ids['COORDINATOR'],
            admin,
            description,
          ],
        );
        await tx.query(
          `INSERT INTO organisation_district (organisation_id, district_code) VALUES ($1, '75018'), ($1, '75019')`,
          [id],
        );
        await tx.query(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
          id,
          admin,
        ]);
      };
      await organisation(
        'ASSOCIATION',
        'Accueil solidaire 18e (démo)',
        { rna: 'W751000001' },
        ids['ASSOCIATION'],
        'Accueil de jour, vestiaire et orientation des personnes exilées dans le nord de Paris ; référente de ' +
          "familles pour l'hébergement citoyen.",
      );
      await organisation(
        'SPONSOR',
        'Fondation Entraide (démo)',
        { siret: '90000000100009' },
        ids['SPONSOR'],
        "Fondation d'entreprise : abonde les dons des Parisiens et finance des initiatives citoyennes.",
      );
      await tx.query(
        `INSERT INTO collection_point_staff (collection_point_id, user_id)
         SELECT id, $1 FROM collection_point WHERE code = 'p-75018'`,
        [ids['COLLECTION_STAFF']],
      );
      await tx.query(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [
        ids['COORDINATOR'],
      ]);
      return true;
    });
    if (seeded) this.logger.log(`Demo accounts created (password "${DEMO_PASSWORD}"): see the README.`);
    return seeded;
  }
}
