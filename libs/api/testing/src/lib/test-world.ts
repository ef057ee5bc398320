import { createHash, randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import type { TestApp } from './test-app';

const SESSION_COOKIE = 'entraide_session';

export interface Person {
  id: string;
  headers: Record<string, string>;
}

export type Staff = Person & { pointId: string };

/**
 * People and places for domain specs, written straight to the database (sign-up has its own specs): an association (verified or not) with a member, citizens, and staff of collection points.
 */
export class TestWorld {
  private counter = 0;
  readonly db: DataSource;

  constructor(private readonly api: TestApp) {
    this.db = api.app.get(DataSource);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  sql<T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(query, params);
  }

  async person(displayName = 'Person'): Promise<Person> {
    const [{ id }] = await this.sql(
      `INSERT INTO app_user (email, display_name, password_hash, email_verified_at)
       VALUES ($1, $2, '$argon2id$v=19$m=19456,t=2,p=1$not-used$not-used', now()) RETURNING id`,
      [`person-${++this.counter}-${Date.now()}@example.org`, displayName],
    );
    // A session as the identity module stores one: only the token's SHA-256 is kept.
    const token = randomBytes(32).toString('base64url');
    await this.sql(
      `INSERT INTO user_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      [id, createHash('sha256').update(token).digest()],
    );
    return { id, headers: { cookie: `${SESSION_COOKIE}=${token}` } };
  }

  async association(
    status: 'VERIFIED' | 'PENDING' = 'VERIFIED',
    name = 'Accueil 18e',
  ): Promise<{ id: string; member: Person }> {
    const member = await this.person('Member');
    const [{ id }] = await this.sql(
      `INSERT INTO organisation (kind, name, rna, contact_email, status, decided_at)
       VALUES ('ASSOCIATION', $1, $2, 'contact@example.org', $3, CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END)
       RETURNING id`,
      [name, `W${String(++this.counter).padStart(9, '0')}`, status],
    );
    await this.sql(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
      id,
      member.id,
    ]);
    return { id, member };
  }

  async pointId(code: string): Promise<string> {
    return (await this.sql(`SELECT id FROM collection_point WHERE code = $1`, [code]))[0].id;
  }

  async staffOf(code: string): Promise<Staff> {
    const staff = await this.person('Staff');
    const pointId = await this.pointId(code);
    await this.sql(`INSERT INTO collection_point_staff (collection_point_id, user_id) VALUES ($1, $2)`, [
      pointId,
      staff.id,
    ]);
    return { ...staff, pointId };
  }

  async variantId(code: string): Promise<string> {
    return (await this.sql(`SELECT id FROM catalogue_variant WHERE code = $1`, [code]))[0].id;
  }

  /** Puts stock on the shelf through the ledger's own path (a walk-in gift). */
  async stock(staff: Staff, variantId: string, quantity: number): Promise<void> {
    const response = await this.api.graphql(
      `mutation ($input: WalkInGiftInput!) { recordWalkInGift(input: $input) { received } }`,
      { input: { collectionPointId: staff.pointId, lines: [{ variantId, quantity }] } },
      staff.headers,
    );
    if (response.errors) throw new Error(response.errors[0].message);
  }

  /** A (point, variant)'s level and the sum of its movements, which must always be equal. */
  async level(pointId: string, variantId: string): Promise<{ level: number; movements: number }> {
    const [row] = await this.sql(
      `SELECT coalesce((SELECT quantity FROM stock_level WHERE collection_point_id = $1 AND variant_id = $2), 0) AS level,
              coalesce((SELECT sum(quantity) FROM stock_movement WHERE collection_point_id = $1 AND variant_id = $2), 0)::int AS movements`,
      [pointId, variantId],
    );
    return { level: Number(row.level), movements: Number(row.movements) };
  }

  /** Row counts and sums over every table the items and stock domains write: unchanged after a refusal. */
  async footprint(): Promise<Record<string, number>> {
    const [row] = await this.sql(
      `SELECT (SELECT count(*) FROM need)::int AS need, (SELECT sum(quantity) FROM need)::int AS need_quantity,
              (SELECT count(*) FROM need WHERE status = 'CLOSED')::int AS closed_needs,
              (SELECT count(*) FROM offer)::int AS offer,
              (SELECT count(*) FROM offer WHERE status <> 'OFFERED' OR booking_id IS NOT NULL)::int AS offers_moved,
              (SELECT count(*) FROM drop_off_booking)::int AS booking,
              (SELECT count(*) FROM drop_off_booking WHERE status <> 'BOOKED')::int AS bookings_closed,
              (SELECT coalesce(sum(booked), 0) FROM drop_off_slot)::int AS booked,
              (SELECT count(*) FROM stock_movement)::int AS movement,
              (SELECT coalesce(sum(quantity), 0) FROM stock_level)::int AS stock,
              (SELECT count(*) FROM dispatch)::int AS dispatch,
              (SELECT count(*) FROM dispatch WHERE status = 'DELIVERED')::int AS delivered,
              (SELECT count(*) FROM stock_transfer)::int AS transfer`,
    );
    return row as Record<string, number>;
  }
}

export function errorCode(response: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
