/**
 * `npm run bench:missions`: mission search latency (p50 / p95) over 50,000 missions with French text and
 * 100,000 volunteers, through Entraide's MissionsService and, as a baseline in the same process, the bare
 * full-text query with `pg` (ids of the first page only); then the time to recommend missions to one
 * volunteer (VolunteersService → libs/matching). Uses DATABASE_URL's server (in a throw-away database) or an
 * embedded PostgreSQL.
 */
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

import { CoreModule, loadAppConfig, migrateDatabase } from '@entraide/api-core';
import { IdentityModule } from '@entraide/api-identity';
import { MissionsModule } from '@entraide/api-missions';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { MissionsService } from '../../libs/api/missions/src/lib/services/missions.service';
import { VolunteersService } from '../../libs/api/missions/src/lib/services/volunteers.service';
import { benchDatabase } from './bench-database';

const MISSIONS = Number(process.env['BENCH_MISSIONS'] ?? 50_000);
const VOLUNTEERS = Number(process.env['BENCH_VOLUNTEERS'] ?? 100_000);
const ROUNDS = 3;

const TITLES: [string, string][] = [
  ['Cours de français pour débutants', 'FRENCH_LESSONS'],
  ['Atelier de conversation en français', 'FRENCH_LESSONS'],
  ['Alphabétisation des adultes', 'FRENCH_LESSONS'],
  ['Aide aux démarches administratives', 'ADMIN_HELP'],
  ['Accompagnement à la préfecture', 'ADMIN_HELP'],
  ['Permanence pour les dossiers CAF et RSA', 'ADMIN_HELP'],
  ['Interprétariat arabe', 'INTERPRETING'],
  ['Interprète pachto pour rendez-vous médicaux', 'INTERPRETING'],
  ['Traduction tigrigna et amharique', 'INTERPRETING'],
  ['Tri des vêtements et chaussures', 'SORTING'],
  ['Préparation des kits d’hygiène', 'SORTING'],
  ['Football avec des jeunes réfugiés', 'SPORT_CULTURE'],
  ['Visite de musée et sortie culturelle', 'SPORT_CULTURE'],
  ['Soutien scolaire en mathématiques', 'SCHOOL_SUPPORT'],
  ['Aide aux devoirs pour collégiens', 'SCHOOL_SUPPORT'],
  ['English conversation club', 'OTHER'],
];
const SENTENCES = [
  'Nous accueillons chaque semaine des demandeurs d’asile et des réfugiés arrivés récemment à Paris.',
  'Aucune expérience n’est nécessaire : une formation courte est proposée aux nouveaux bénévoles.',
  'Les séances ont lieu dans nos locaux, près du métro, dans une ambiance conviviale.',
  'Vous aiderez les personnes à comprendre les courriers, remplir les formulaires et préparer les rendez-vous.',
  'Le matériel pédagogique est fourni ; la patience et la bienveillance sont essentielles.',
  'Les familles hébergées par nos partenaires ont besoin de soutien pour la scolarité des enfants.',
  'Nous trions les dons de vêtements, de chaussures et de produits d’hygiène déposés par les Parisiens.',
  'Une bonne connaissance de la langue est demandée pour accompagner les échanges avec l’administration.',
  'Sorties sportives et culturelles pour rompre l’isolement et découvrir la ville.',
  'Volunteers who speak English are welcome to help with conversation and paperwork.',
];
const QUERIES: Record<string, unknown>[] = [
  { text: 'français' },
  { text: 'cours de francais' },
  { text: 'aide administrative préfecture' },
  { text: 'interprète arabe' },
  { text: 'vêtements chaussures' },
  { text: 'soutien scolaire', districtCode: '75018' },
  { text: 'English conversation' },
  { kind: 'SORTING', districtCode: '75019' },
  { language: 'ps' },
  { text: 'devoirs', kind: 'SCHOOL_SUPPORT' },
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const format = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms`;

async function seed(dataSource: DataSource): Promise<void> {
  await dataSource.query(`SELECT setseed(0.42)`);
  await dataSource.query(
    `INSERT INTO organisation (kind, name, rna, contact_email, status, decided_at)
     SELECT 'ASSOCIATION', 'Association ' || i, 'W' || lpad(i::text, 9, '0'), 'contact@example.org', 'VERIFIED', now()
     FROM generate_series(1, 100) i`,
  );
  await dataSource.query(
    `WITH words AS (SELECT $1::text[] AS titles, $2::text[] AS kinds, $3::text[] AS sentences,
                           ARRAY['ar', 'ps', 'ti', 'am', 'fa', 'en'] AS rare,
                           (SELECT array_agg(id ORDER BY name) FROM organisation) AS organisations,
                           (SELECT array_agg(code ORDER BY code) FROM district) AS districts),
     picks AS (SELECT i, 1 + floor(random() * cardinality(titles))::int AS t, random() AS r1, random() AS r2,
                      1 + floor(random() * 20)::int AS d, 1 + floor(random() * 6)::int AS l
               FROM generate_series(1, $4::int) i, words)
     INSERT INTO mission (organisation_id, title, description, kind, languages, language_codes, district_code, remote,
       schedule, weekly_slot, weekly_starts, weekly_ends, contact_name, contact_email, created_at)
     SELECT organisations[1 + i % 100], titles[t], sentences[1 + i % 10] || ' ' || sentences[1 + (i * 7) % 10] || ' '
              || sentences[1 + (i * 3) % 10],
            kinds[t], CASE WHEN r1 < 0.3 THEN jsonb_build_array(jsonb_build_object('code', rare[l], 'level', 'B1')) ELSE '[]' END,
            CASE WHEN r1 < 0.3 THEN ARRAY[rare[l]] ELSE '{}' END, CASE WHEN r2 < 0.05 THEN NULL ELSE districts[d] END,
            r2 < 0.05, CASE WHEN r2 < 0.7 THEN 'SHIFTS' ELSE 'WEEKLY' END,
            CASE WHEN r2 < 0.7 THEN NULL ELSE 'SAT_MORNING' END, CASE WHEN r2 < 0.7 THEN NULL ELSE '10:00'::time END,
            CASE WHEN r2 < 0.7 THEN NULL ELSE '12:00'::time END, 'Contact', 'contact@example.org',
            now() - (i || ' minutes')::interval
     FROM picks, words`,
    [TITLES.map(([title]) => title), TITLES.map(([, kind]) => kind), SENTENCES, MISSIONS],
  );
  await dataSource.query(
    `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity)
     SELECT m.id, s.starts, s.starts + interval '2 hours', 4
     FROM mission m, LATERAL (SELECT date_trunc('hour', now()) + ((1 + floor(random() * 60)) || ' days')::interval
                                     + (n * 3 || ' hours')::interval AS starts FROM generate_series(1, 2) n) s
     WHERE m.schedule = 'SHIFTS'`,
  );
  await dataSource.query(
    `UPDATE mission m SET open_until = (SELECT max(ends_at) FROM mission_shift s WHERE s.mission_id = m.id)
     WHERE m.schedule = 'SHIFTS'`,
  );
  await dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash)
     SELECT 'v' || i || '@bench.example.org', 'Bénévole ' || i, '$argon2id$bench' FROM generate_series(1, $1::int) i`,
    [VOLUNTEERS],
  );
  await dataSource.query(
    `INSERT INTO volunteer_profile (user_id, skills, languages, availability, districts, max_hours_per_week)
     SELECT u.id, '{}',
            jsonb_build_array(jsonb_build_object('code', 'fr', 'level', 'C2'),
                              jsonb_build_object('code', (ARRAY['ar', 'ps', 'ti', 'am', 'fa', 'en'])[1 + floor(random() * 6)::int], 'level', 'C1')),
            ARRAY['SAT_MORNING', 'SUN_AFTERNOON', (ARRAY['MON', 'TUE', 'WED', 'THU', 'FRI'])[1 + floor(random() * 5)::int] || '_EVENING'],
            ARRAY[(SELECT code FROM district ORDER BY random() LIMIT 1)]::varchar[], 4
     FROM app_user u WHERE u.email LIKE '%@bench.example.org'`,
  );
  await dataSource.query(`ANALYZE`);
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  try {
    await migrateDatabase(db.url);
    const config = loadAppConfig({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'error',
      DATA_DIR: tmpdir(),
    });

    @Module({
      imports: [CoreModule.forRoot({ config, databaseUrl: db.url }), IdentityModule, MissionsModule],
    })
    class BenchModule {}
    const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
    const dataSource = app.get(DataSource);
    const missions = app.get(MissionsService);
    const volunteers = app.get(VolunteersService);
    const pool = new Pool({ connectionString: db.url, max: 4 });

    const seeding = performance.now();
    await seed(dataSource);
    console.log(
      `seeded ${MISSIONS.toLocaleString('en')} missions and ${VOLUNTEERS.toLocaleString('en')} volunteers in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const perQuery = new Map<string, number[]>();
    const entraide: number[] = [];
    const baseline: number[] = [];
    const found: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of QUERIES) {
        let started = performance.now();
        const result = await missions.search({ first: 20, offset: 0, ...query });
        entraide.push(performance.now() - started);
        const key = JSON.stringify(query);
        perQuery.set(key, [...(perQuery.get(key) ?? []), performance.now() - started]);
        found.push(result.total);
        if (typeof query['text'] === 'string') {
          started = performance.now();
          await pool.query(
            `SELECT id FROM mission, websearch_to_tsquery('entraide_fr', $1) fr, websearch_to_tsquery('entraide_en', $1) en
             WHERE status = 'PUBLISHED' AND search @@ (fr || en) ORDER BY ts_rank(search, fr || en) DESC LIMIT 20`,
            [query['text']],
          );
          baseline.push(performance.now() - started);
        }
      }
    }
    console.log(
      `search (${QUERIES.length} queries × ${ROUNDS}, 20 per page, ${Math.min(...found)}–${Math.max(...found)} matches each)`,
    );
    console.log(`  Entraide MissionsService.search: ${format(entraide)}   (target p95 < 50 ms)`);
    for (const [query, times] of perQuery)
      console.log(`    ${query}: p50 ${percentile(times, 50).toFixed(1)} ms`);
    console.log(`  baseline, bare full-text query with pg (text queries only): ${format(baseline)}`);
    console.log(
      `  ratio of p95 (Entraide / baseline): ${(percentile(entraide, 95) / percentile(baseline, 95)).toFixed(2)}`,
    );

    const volunteerIds: { user_id: string }[] = await dataSource.query(
      `SELECT user_id FROM volunteer_profile ORDER BY user_id LIMIT 30`,
    );
    const recommending: number[] = [];
    let recommended = 0;
    for (const { user_id } of volunteerIds) {
      const started = performance.now();
      recommended += (await volunteers.recommendations(user_id, 10)).length;
      recommending.push(performance.now() - started);
    }
    console.log(
      `recommendations for one volunteer (${volunteerIds.length} volunteers, ${(recommended / volunteerIds.length).toFixed(1)} missions each): ${format(recommending)}`,
    );
    await pool.end();
    await app.close();
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
