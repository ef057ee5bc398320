import { Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

const ALL_HALF_DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].flatMap((day) =>
  ['MORNING', 'AFTERNOON', 'EVENING'].map((part) => `${day}_${part}`),
);

/** A Paris time `days` from today at `hour`:00, as SQL. */
const parisAt = (days: number, hour: number) =>
  `(date_trunc('day', now() AT TIME ZONE 'Europe/Paris') + interval '${days} days ${hour} hours') AT TIME ZONE 'Europe/Paris'`;

/**
 * With the demo accounts: four missions of the demo association (a weekly French class, sorting shifts at
 * the 18th's collection point, Tigrinya interpreting, homework help with children — restricted), the demo
 * citizen's volunteer profile, and a mentoring pair in which the demo citizen mentors.
 */
@Injectable()
export class DemoMissionsService {
  private readonly logger = new Logger('DemoData');

  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async seed(): Promise<void> {
    await this.manager.transaction(async (tx) => {
      const [demo] = await tx.query(
        `SELECT o.id AS organisation_id, m.user_id AS member_id,
                (SELECT id FROM app_user WHERE email = 'citoyen@demo.entraide.localhost') AS citizen_id
         FROM organisation o JOIN membership m ON m.organisation_id = o.id
         WHERE o.name = 'Accueil solidaire 18e (démo)'`,
      );
      if (!demo) return;
      const mission = async (fields: {
        title: string;
        description: string;
        kind: string;
        district: string;
        languages?: { code: string; level: string }[];
        skills?: string[];
        weekly?: [string, string, string];
        restricted?: boolean;
      }): Promise<string> => {
        const languages = fields.languages ?? [];
        const [{ id }] = await tx.query(
          `INSERT INTO mission (organisation_id, title, description, kind, skills, languages, language_codes, district_code,
             schedule, weekly_slot, weekly_starts, weekly_ends, minimum_commitment, contact_name, contact_email, restricted,
             for_solidarity_reserve, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'Awa', 'contact@demo.entraide.localhost', $14,
             $9 = 'SHIFTS', $15)
           RETURNING id`,
          [
            demo.organisation_id,
            fields.title,
            fields.description,
            fields.kind,
            fields.skills ?? [],
            JSON.stringify(languages),
            languages.map((language) => language.code),
            fields.district,
            fields.weekly ? 'WEEKLY' : 'SHIFTS',
            fields.weekly?.[0] ?? null,
            fields.weekly?.[1] ?? null,
            fields.weekly?.[2] ?? null,
            fields.weekly ? '3 mois, 2 heures par semaine' : null,
            fields.restricted ?? false,
            demo.member_id,
          ],
        );
        return id;
      };
      const shifts = async (missionId: string, slots: [number, number, number, number][]) => {
        for (const [days, from, to, capacity] of slots) {
          await tx.query(
            `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity) VALUES ($1, ${parisAt(days, from)}, ${parisAt(days, to)}, $2)`,
            [missionId, capacity],
          );
        }
        await tx.query(
          `UPDATE mission SET open_until = (SELECT max(ends_at) FROM mission_shift WHERE mission_id = $1) WHERE id = $1`,
          [missionId],
        );
      };
      await mission({
        title: 'Cours de français pour débutants',
        description:
          'Animer un groupe de conversation en français pour des demandeurs d’asile arrivés récemment : vie quotidienne, démarches, transports. Support fourni.',
        kind: 'FRENCH_LESSONS',
        district: '75018',
        skills: ['enseignement'],
        weekly: ['SAT_MORNING', '10:00', '12:00'],
      });
      const sorting = await mission({
        title: 'Tri des dons au point de collecte du 18e',
        description:
          'Trier et ranger chaussettes, chaussures, kits d’hygiène et sacs à dos déposés par les Parisiens à la mairie du 18e.',
        kind: 'SORTING',
        district: '75018',
      });
      await shifts(sorting, [
        [1, 14, 17, 4],
        [2, 14, 17, 4],
      ]);
      const interpreting = await mission({
        title: 'Interprétariat tigrigna – rendez-vous en préfecture',
        description: 'Accompagner une famille érythréenne à son rendez-vous et traduire les échanges.',
        kind: 'INTERPRETING',
        district: '75019',
        languages: [{ code: 'ti', level: 'B2' }],
      });
      await shifts(interpreting, [[3, 9, 12, 1]]);
      await mission({
        title: 'Aide aux devoirs',
        description: 'Aider des enfants hébergés à faire leurs devoirs, du CP à la 3e, dans nos locaux.',
        kind: 'SCHOOL_SUPPORT',
        district: '75018',
        weekly: ['WED_AFTERNOON', '14:00', '16:00'],
        restricted: true,
      });
      await tx.query(
        `INSERT INTO volunteer_profile (user_id, skills, languages, availability, districts, max_hours_per_week)
         VALUES ($1, '{enseignement}', '[{"code": "fr", "level": "NATIVE"}, {"code": "en", "level": "B2"}]', $2,
           '{75018,75019}', 4)`,
        [demo.citizen_id, ALL_HALF_DAYS],
      );
      const [{ id: pairId }] = await tx.query(
        `INSERT INTO mentoring_pair (organisation_id, mentor_id, mentee_alias, goals, created_by)
         VALUES ($1, $2, 'M. K.', '{HOUSING_APPLICATION,JOB_SEARCH}', $3) RETURNING id`,
        [demo.organisation_id, demo.citizen_id, demo.member_id],
      );
      await tx.query(
        `INSERT INTO mentoring_session (pair_id, occurred_on, minutes, topic, next_step, logged_by)
         VALUES ($1, (now() AT TIME ZONE 'Europe/Paris')::date - 7, 60, 'Dossier de demande de logement social',
           'Rassembler les bulletins de salaire', $2)`,
        [pairId, demo.citizen_id],
      );
    });
    this.logger.log('Demo missions created.');
  }
}
