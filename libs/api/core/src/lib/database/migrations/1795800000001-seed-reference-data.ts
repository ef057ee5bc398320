import { MigrationInterface, QueryRunner } from 'typeorm';

import districtDistances from '@entraide/shared/reference-data/paris-district-distances.json';
import districts from '@entraide/shared/reference-data/paris-districts.json';

/**
 * Reference data: the 20 arrondissements (Ville de Paris, ODbL), their distance matrix, one collection point
 * per town hall (arrondissements 1–4 share Paris Centre's) and the plan's priority-item catalogue
 * (commitment 14). The JSON files are frozen copies; a change to reference data is a new migration.
 */
export class SeedReferenceData1795800000001 implements MigrationInterface {
  name = 'SeedReferenceData1795800000001';

  async up(db: QueryRunner): Promise<void> {
    for (const district of districts) {
      await db.query(
        `INSERT INTO district (code, insee, number, name, centroid_lat, centroid_lon, area_km2)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          district.code,
          district.insee,
          district.number,
          district.name,
          district.centroid.lat,
          district.centroid.lon,
          district.areaKm2,
        ],
      );
    }
    for (const district of districts) {
      for (const neighbour of district.neighbours) {
        await db.query(`INSERT INTO district_neighbour (district_code, neighbour_code) VALUES ($1, $2)`, [
          district.code,
          neighbour,
        ]);
      }
    }
    const { codes, km } = districtDistances;
    await db.query(
      `INSERT INTO district_distance (from_code, to_code, km)
       SELECT f.code, t.code, d.km
       FROM unnest($1::text[]) WITH ORDINALITY AS f (code, i)
       CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS t (code, j)
       JOIN LATERAL (SELECT ($2::numeric[])[f.i][t.j] AS km) d ON true`,
      [codes, km],
    );

    for (const point of collectionPoints()) {
      const [{ id }] = await db.query(
        `INSERT INTO collection_point (code, name, address, district_code) VALUES ($1, $2, $3, $4) RETURNING id`,
        [point.code, point.name, point.address, point.locatedIn],
      );
      for (const served of point.serves) {
        await db.query(
          `INSERT INTO collection_point_district (collection_point_id, district_code) VALUES ($1, $2)`,
          [id, served],
        );
      }
      for (const [weekday, opensAt, closesAt] of TOWN_HALL_HOURS) {
        await db.query(
          `INSERT INTO collection_point_opening_slot (collection_point_id, weekday, opens_at, closes_at)
           VALUES ($1, $2, $3, $4)`,
          [id, weekday, opensAt, closesAt],
        );
      }
    }

    for (const [index, item] of PRIORITY_ITEMS.entries()) {
      const [{ id }] = await db.query(
        `INSERT INTO catalogue_item (code, name_fr, name_en, priority, sort_order)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [item.code, item.fr, item.en, item.priority, index + 1],
      );
      for (const [order, [code, labelFr, labelEn, audience]] of item.variants.entries()) {
        await db.query(
          `INSERT INTO catalogue_variant (item_id, code, label_fr, label_en, audience, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, `${item.code}/${code}`, labelFr, labelEn, audience, order + 1],
        );
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'catalogue_variant',
      'catalogue_item',
      'collection_point_opening_slot',
      'collection_point_district',
      'collection_point',
      'district_distance',
      'district_neighbour',
      'district',
    ]) {
      await db.query(`DELETE FROM ${table}`);
    }
  }
}

const PARIS_CENTRE = ['75001', '75002', '75003', '75004'];

function collectionPoints() {
  const centre = districts.find((district) => district.code === '75003');
  return [
    {
      code: 'p-paris-centre',
      name: 'Mairie de Paris Centre',
      address: centre?.townHall.address ?? '2 rue Eugène-Spuller, 75003 Paris',
      locatedIn: '75003',
      serves: PARIS_CENTRE,
    },
    ...districts
      .filter((district) => !PARIS_CENTRE.includes(district.code))
      .map((district) => ({
        code: `p-${district.code}`,
        name: district.townHall.name,
        address: district.townHall.address,
        locatedIn: district.code,
        serves: [district.code],
      })),
  ];
}

/** Usual town-hall hours: weekdays 8:30–17:00, Thursdays until 19:30, Saturday mornings. */
const TOWN_HALL_HOURS: [number, string, string][] = [
  [1, '08:30', '17:00'],
  [2, '08:30', '17:00'],
  [3, '08:30', '17:00'],
  [4, '08:30', '19:30'],
  [5, '08:30', '17:00'],
  [6, '09:00', '12:30'],
];

type Audience = 'WOMEN' | 'MEN' | 'CHILDREN' | 'ANYONE';
type Variant = [code: string, labelFr: string, labelEn: string, audience: Audience];

const sizes = (prefix: string, audience: Audience, fr: string, en: string, values: string[]): Variant[] =>
  values.map((size) => [
    `${prefix}-${size.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    `${fr} ${size}`,
    `${en} ${size}`,
    audience,
  ]);

const PRIORITY_ITEMS: {
  code: string;
  fr: string;
  en: string;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  variants: Variant[];
}[] = [
  {
    code: 'hygiene-kit',
    fr: "Kit d'hygiène",
    en: 'Hygiene kit',
    priority: 'HIGH',
    variants: [
      ['women', 'Femme', 'Women', 'WOMEN'],
      ['men', 'Homme', 'Men', 'MEN'],
      ['children', 'Enfant', 'Children', 'CHILDREN'],
    ],
  },
  {
    code: 'socks',
    fr: 'Chaussettes',
    en: 'Socks',
    priority: 'HIGH',
    variants: [
      ...sizes('women', 'WOMEN', 'Femme', 'Women', ['35-38', '39-42']),
      ...sizes('men', 'MEN', 'Homme', 'Men', ['39-42', '43-46']),
      ...sizes('children', 'CHILDREN', 'Enfant', 'Children', ['27-30', '31-34']),
    ],
  },
  {
    code: 'underwear',
    fr: 'Sous-vêtements',
    en: 'Underwear',
    priority: 'HIGH',
    variants: [
      ...sizes('women', 'WOMEN', 'Femme', 'Women', ['S', 'M', 'L', 'XL']),
      ...sizes('men', 'MEN', 'Homme', 'Men', ['S', 'M', 'L', 'XL']),
      ['children-4-8', 'Enfant 4–8 ans', 'Children 4–8 years', 'CHILDREN'],
      ['children-9-14', 'Enfant 9–14 ans', 'Children 9–14 years', 'CHILDREN'],
    ],
  },
  {
    code: 'shoes',
    fr: 'Chaussures',
    en: 'Shoes',
    priority: 'HIGH',
    variants: [
      ...sizes('women', 'WOMEN', 'Femme', 'Women', ['36', '37', '38', '39', '40', '41']),
      ...sizes('men', 'MEN', 'Homme', 'Men', ['39', '40', '41', '42', '43', '44', '45', '46']),
      ...sizes('children', 'CHILDREN', 'Enfant', 'Children', ['24-27', '28-31', '32-35']),
    ],
  },
  {
    code: 'phone-card',
    fr: 'Carte téléphonique',
    en: 'Phone card',
    priority: 'HIGH',
    variants: [
      ['prepaid-sim', 'Carte SIM prépayée', 'Prepaid SIM card', 'ANYONE'],
      ['top-up-10', 'Recharge 10 €', '€10 top-up', 'ANYONE'],
    ],
  },
  {
    code: 'backpack',
    fr: 'Sac à dos',
    en: 'Backpack',
    priority: 'MEDIUM',
    variants: [
      ['adult', 'Adulte', 'Adult', 'ANYONE'],
      ['children', 'Enfant', 'Children', 'CHILDREN'],
    ],
  },
  {
    code: 'bath-towel',
    fr: 'Serviette de bain',
    en: 'Bath towel',
    priority: 'MEDIUM',
    variants: [['standard', 'Standard', 'Standard', 'ANYONE']],
  },
  {
    code: 'toiletry-bag',
    fr: 'Trousse de toilette',
    en: 'Toiletry bag',
    priority: 'LOW',
    variants: [['standard', 'Standard', 'Standard', 'ANYONE']],
  },
  {
    code: 'belt',
    fr: 'Ceinture',
    en: 'Belt',
    priority: 'LOW',
    variants: [
      ['adult-s', 'Adulte S (75–90 cm)', 'Adult S (75–90 cm)', 'ANYONE'],
      ['adult-m', 'Adulte M (90–105 cm)', 'Adult M (90–105 cm)', 'ANYONE'],
      ['adult-l', 'Adulte L (105–120 cm)', 'Adult L (105–120 cm)', 'ANYONE'],
      ['children', 'Enfant', 'Children', 'CHILDREN'],
    ],
  },
  {
    code: 'nail-clippers',
    fr: 'Coupe-ongles',
    en: 'Nail clippers',
    priority: 'LOW',
    variants: [['standard', 'Standard', 'Standard', 'ANYONE']],
  },
];
