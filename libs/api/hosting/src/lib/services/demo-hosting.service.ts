import { parisToday } from '@entraide/api-core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

/** Extra demo accounts for hosting; they share the demo password (documented in the README). */
export const DEMO_HOSTING_ACCOUNTS = {
  verifier: { email: 'hebergement@demo.entraide.localhost', displayName: 'Hélène (démo)' },
  operator: { email: 'logement@demo.entraide.localhost', displayName: 'Léo (démo)' },
  host: { email: 'hote@demo.entraide.localhost', displayName: 'Jules (démo)' },
  hostingHost: { email: 'hote2@demo.entraide.localhost', displayName: 'Inès (démo)' },
  newHost: { email: 'hote3@demo.entraide.localhost', displayName: 'Marc (démo)' },
} as const;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * With the demo accounts: a verified hosting association (Hélène), a "Louez solidaire" operator (Léo), three
 * hosts — Jules's home verified and free, Inès's hosting a household of the demo association since 20 days,
 * Marc's waiting for its home visit — a household waiting for a host, and a vacant home offered by Marc.
 */
@Injectable()
export class DemoHostingService {
  private readonly logger = new Logger('DemoData');

  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async seed(): Promise<void> {
    const today = parisToday();
    await this.manager.transaction(async (tx) => {
      const [demo] = await tx.query(
        `SELECT o.id AS referent_id, m.user_id AS referent_member_id,
                (SELECT password_hash FROM app_user WHERE email = 'citoyen@demo.entraide.localhost') AS password_hash,
                (SELECT id FROM app_user WHERE email = 'coordination@demo.entraide.localhost') AS coordinator_id
         FROM organisation o JOIN membership m ON m.organisation_id = o.id
         WHERE o.name = 'Accueil solidaire 18e (démo)'`,
      );
      if (!demo) return;
      const ids: Record<string, string> = {};
      for (const [key, account] of Object.entries(DEMO_HOSTING_ACCOUNTS)) {
        [{ id: ids[key] }] = await tx.query(
          `INSERT INTO app_user (email, display_name, password_hash, email_verified_at) VALUES ($1, $2, $3, now()) RETURNING id`,
          [account.email, account.displayName, demo.password_hash],
        );
      }
      const organisation = async (
        kind: string,
        name: string,
        identifier: [string, string],
        admin: string,
        districts: string[],
      ) => {
        const [{ id }] = await tx.query(
          `INSERT INTO organisation (kind, name, ${identifier[0]}, contact_email, contact_phone, status, decided_by, decided_at, created_by)
           VALUES ($1, $2, $3, 'contact@demo.entraide.localhost', '01 23 45 67 89', 'VERIFIED', $4, now(), $5) RETURNING id`,
          [kind, name, identifier[1], demo.coordinator_id, admin],
        );
        await tx.query(
          `INSERT INTO organisation_district (organisation_id, district_code) SELECT $1, unnest($2::varchar[])`,
          [id, districts],
        );
        await tx.query(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
          id,
          admin,
        ]);
        return id as string;
      };
      const verifierId = await organisation(
        'ASSOCIATION',
        'Réseau hébergement citoyen (démo)',
        ['rna', 'W751000002'],
        ids.verifier,
        ['75010', '75019', '75020'],
      );
      await organisation(
        'HOUSING_OPERATOR',
        'Solidarité Logement Paris (démo)',
        ['siret', '90000000200008'],
        ids.operator,
        ['75018', '75019', '75020'],
      );

      const offer = async (
        hostId: string,
        verified: boolean,
        home: { district: string; address: string; beds: number; languages: string[]; from: string },
      ): Promise<string> => {
        const [{ id }] = await tx.query(
          `INSERT INTO host_offer (host_id, status, steps_done, room_kind, beds, district_code, address, available_from,
             available_until, min_stay_days, max_stay_days, languages, household_adults, household_children,
             accepts_children, offers_meals, offers_french_help, house_rules, verifier_organisation_id, submitted_at,
             home_visit_on, visited_by, verified_by, verified_at)
           VALUES ($1, $2, 4, 'PRIVATE_ROOM', $3, $4, $5, $6, $6::date + 365, 14, 180, $7, 2, 1, true, true, true,
             'Pas de visite après 22 h.', $8, now(), CASE WHEN $9 THEN $6::date END, CASE WHEN $9 THEN 'Hélène' END,
             CASE WHEN $9 THEN $10::uuid END, CASE WHEN $9 THEN now() END)
           RETURNING id`,
          [
            hostId,
            verified ? 'VERIFIED' : 'SUBMITTED',
            home.beds,
            home.district,
            home.address,
            home.from,
            home.languages,
            verifierId,
            verified,
            ids.verifier,
          ],
        );
        return id;
      };
      await offer(ids.host, true, {
        district: '75019',
        address: '48 avenue de Flandre, 75019 Paris',
        beds: 3,
        languages: ['fr', 'en'],
        from: today,
      });
      const hostingOfferId = await offer(ids.hostingHost, true, {
        district: '75020',
        address: '15 rue des Pyrénées, 75020 Paris',
        beds: 2,
        languages: ['fr', 'ar'],
        from: addDays(today, -30),
      });
      await offer(ids.newHost, false, {
        district: '75010',
        address: '7 rue du Faubourg-Saint-Denis, 75010 Paris',
        beds: 1,
        languages: ['fr', 'es'],
        from: today,
      });

      const household = async (
        alias: string,
        ageBands: string[],
        languages: string[],
        districts: string[],
        status: string,
      ) => {
        const [{ id }] = await tx.query(
          `INSERT INTO hosting_request (organisation_id, alias, age_bands, languages, legal_status, needed_from, minimum_days,
             desired_days, preferred_districts, needs, status, created_by, created_at)
           VALUES ($1, $2, $3, $4, 'ASYLUM_SEEKER', $5, 30, 120, $6, 'Rendez-vous à l’OFPRA à préparer.', $7, $8, now() - interval '25 days')
           RETURNING id`,
          [demo.referent_id, alias, ageBands, languages, today, districts, status, demo.referent_member_id],
        );
        return id as string;
      };
      await household('M. H.', ['26-59'], ['ps', 'fa', 'fr'], ['75018', '75019'], 'OPEN');
      const hostedId = await household('Famille S.', ['26-59', '3-5'], ['ar', 'fr'], ['75020'], 'HOSTED');
      const [{ id: runId }] = await tx.query(
        `INSERT INTO matching_run (kind, trigger, status, requested_at, started_at, finished_at, supply_lines, need_lines, proposals)
         VALUES ('HOSTING', 'SCHEDULE', 'DONE', now() - interval '24 days', now() - interval '24 days', now() - interval '24 days', 1, 1, 1)
         RETURNING id`,
      );
      const [{ id: proposalId }] = await tx.query(
        `INSERT INTO hosting_proposal (run_id, host_offer_id, hosting_request_id, score, status, forwarded_by, forwarded_at,
           accepted_at, decided_at, created_at)
         VALUES ($1, $2, $3, '{"score": 1, "languages": 1, "district": 1, "duration": 1, "availableDays": 120, "urgent": false}',
           'ACCEPTED', $4, now() - interval '23 days', now() - interval '22 days', now() - interval '22 days', now() - interval '24 days')
         RETURNING id`,
        [runId, hostingOfferId, hostedId, demo.referent_member_id],
      );
      const [{ id: stayId }] = await tx.query(
        `INSERT INTO stay (proposal_id, host_offer_id, hosting_request_id, starts_on, planned_end_on, agreement_signed_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $4, $6) RETURNING id`,
        [
          proposalId,
          hostingOfferId,
          hostedId,
          addDays(today, -20),
          addDays(today, 25),
          demo.referent_member_id,
        ],
      );
      await tx.query(
        `INSERT INTO stay_event (stay_id, kind, occurred_on, note, recorded_by) VALUES
           ($1, 'STARTED', $2, NULL, $4), ($1, 'CHECK_IN', $3, 'Première semaine : bonne entente, école trouvée pour la petite.', $4)`,
        [stayId, addDays(today, -20), addDays(today, -13), demo.referent_member_id],
      );
      await tx.query(
        `INSERT INTO rental_unit (owner_id, district_code, address, surface_m2, rooms, available_from, description)
         VALUES ($1, '75018', '21 rue Championnet, 75018 Paris', 34, 2, $2, 'Deux pièces au 3e étage avec ascenseur.')`,
        [ids.newHost, today],
      );
    });
    this.logger.log('Demo hosting data created.');
  }
}
