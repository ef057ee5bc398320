import { BadUserInputException, ConflictException, NotFoundException } from '@entraide/api-core';
import { ofVariantFromRow, VARIANT_COLUMNS, VariantRow } from '@entraide/api-catalogue';
import { AccessService } from '@entraide/api-identity';
import { isDistrictCode, isUuid } from '@entraide/shared';
import { requireVariants } from '@entraide/api-stock';
import { requireDay, requireQuantity, requireText } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { NeedFilterInput, PostNeedInput, UpdateNeedInput } from '../dto/items.inputs';
import { NeedStatus, NeedUrgency } from '../items.enums';
import { NeedModel } from '../models/items.models';

type NeedRow = VariantRow & {
  id: string;
  organisation_id: string;
  organisation_name: string;
  quantity: number;
  district_code: string;
  urgency: NeedUrgency;
  deadline: string | null;
  note: string | null;
  status: NeedStatus;
  created_at: Date;
  offered: number;
  received: number;
  dispatched: number;
  delivered: number;
};

/** Needs with their organisation, variant and progress; `WHERE`, `ORDER BY` and `LIMIT` follow. */
const SELECT_NEEDS = `
  SELECT n.id, n.organisation_id, o.name AS organisation_name, n.quantity, n.district_code, n.urgency,
         to_char(n.deadline, 'YYYY-MM-DD') AS deadline, n.note, n.status, n.created_at, ${VARIANT_COLUMNS},
         coalesce(op.offered, 0)::int AS offered, coalesce(op.received, 0)::int AS received,
         coalesce(dp.dispatched, 0)::int AS dispatched, coalesce(dp.delivered, 0)::int AS delivered
  FROM need n
  JOIN organisation o ON o.id = n.organisation_id
  JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id
  LEFT JOIN LATERAL (
    SELECT sum(CASE WHEN f.status = 'RECEIVED' THEN f.received_quantity ELSE f.quantity END) AS offered,
           sum(f.received_quantity) AS received
    FROM offer f WHERE f.need_id = n.id AND f.status <> 'WITHDRAWN') op ON true
  LEFT JOIN LATERAL (
    SELECT sum(d.quantity) AS dispatched, sum(d.quantity) FILTER (WHERE d.status = 'DELIVERED') AS delivered
    FROM dispatch d WHERE d.need_id = n.id) dp ON true`;

const URGENCY_RANK = `CASE n.urgency WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END`;

@Injectable()
export class NeedsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
  ) {}

  async post(input: PostNeedInput, userId: string): Promise<NeedModel> {
    await this.access.requireMemberOf(input.organisationId, userId);
    await requireVariants(this.manager, [input.variantId]);
    const quantity = requireQuantity(input.quantity);
    if (!isDistrictCode(input.districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${input.districtCode}".`);
    const deadline = input.deadline ? requireDay(input.deadline, 'The deadline', true) : null;
    const note = requireText(input.note, 'The note', 1000, true);
    const [{ id }] = await this.manager.query(
      `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency, deadline, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        input.organisationId,
        input.variantId,
        quantity,
        input.districtCode,
        input.urgency,
        deadline,
        note,
        userId,
      ],
    );
    return this.get(id);
  }

  async update(input: UpdateNeedInput, userId: string): Promise<NeedModel> {
    const need = await this.get(input.needId);
    await this.access.requireMemberOf(need.organisation.id, userId);
    const quantity =
      input.quantity === undefined || input.quantity === null ? null : requireQuantity(input.quantity);
    const deadline =
      input.deadline === undefined || input.deadline === null
        ? undefined
        : input.deadline === ''
          ? null
          : // An unchanged deadline may have passed; only a new one must be today or later.
            requireDay(input.deadline, 'The deadline', input.deadline !== need.deadline);
    const note =
      input.note === undefined || input.note === null
        ? undefined
        : requireText(input.note, 'The note', 1000, true);
    await this.manager.transaction(async (tx) => {
      const [locked] = await tx.query(`SELECT status FROM need WHERE id = $1 FOR UPDATE`, [need.id]);
      if (locked.status !== NeedStatus.OPEN) throw new ConflictException('This need is closed.');
      if (quantity !== null) {
        const [{ dispatched }] = await tx.query(
          `SELECT coalesce(sum(quantity), 0)::int AS dispatched FROM dispatch WHERE need_id = $1`,
          [need.id],
        );
        if (quantity < dispatched)
          throw new BadUserInputException(
            `${dispatched} units have been dispatched already: the quantity cannot be lower.`,
          );
      }
      await tx.query(
        `UPDATE need SET quantity = coalesce($2, quantity), urgency = coalesce($3, urgency),
           deadline = CASE WHEN $4 THEN $5::date ELSE deadline END,
           note = CASE WHEN $6 THEN $7 ELSE note END, updated_at = now()
         WHERE id = $1`,
        [
          need.id,
          quantity,
          input.urgency ?? null,
          deadline !== undefined,
          deadline ?? null,
          note !== undefined,
          note ?? null,
        ],
      );
    });
    return this.get(need.id);
  }

  async close(needId: string, userId: string): Promise<NeedModel> {
    const need = await this.get(needId);
    await this.access.requireMemberOf(need.organisation.id, userId, { verified: false });
    const [closed] = await this.manager.query(
      `UPDATE need SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = $1 AND status = 'OPEN' RETURNING id`,
      [needId],
    );
    if ((closed as unknown[]).length === 0) throw new ConflictException('This need is already closed.');
    return this.get(needId);
  }

  async get(id: string): Promise<NeedModel> {
    const rows: NeedRow[] = isUuid(id)
      ? await this.manager.query(`${SELECT_NEEDS} WHERE n.id = $1`, [id])
      : [];
    if (rows.length === 0) throw new NotFoundException('No need has this id.');
    return toNeed(rows[0]);
  }

  async byIds(ids: string[]): Promise<NeedModel[]> {
    if (ids.length === 0) return [];
    const rows: NeedRow[] = await this.manager.query(`${SELECT_NEEDS} WHERE n.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toNeed);
  }

  /** Open needs still lacking units: most urgent first, then nearest to `near`, then soonest deadline. */
  async open(filter: NeedFilterInput, first: number): Promise<NeedModel[]> {
    for (const code of [filter.districtCode, filter.near]) {
      if (code && !isDistrictCode(code)) throw new BadUserInputException(`Unknown arrondissement "${code}".`);
    }
    const limit = Math.min(Math.max(first, 1), 200);
    const rows: NeedRow[] = await this.manager.query(
      `${SELECT_NEEDS}
       LEFT JOIN district_distance dd ON dd.from_code = $3 AND dd.to_code = n.district_code
       WHERE n.status = 'OPEN' AND o.status = 'VERIFIED'
         AND ($1::text IS NULL OR n.district_code = $1) AND ($2::text IS NULL OR i.code = $2)
         AND n.quantity > coalesce(dp.dispatched, 0)
       ORDER BY ${URGENCY_RANK}, dd.km NULLS LAST, n.deadline NULLS LAST, n.created_at
       LIMIT $4`,
      [filter.districtCode ?? null, filter.itemCode ?? null, filter.near ?? null, limit],
    );
    return rows.map(toNeed);
  }

  /** An organisation's needs, open first (its members). */
  async ofOrganisation(organisationId: string, userId: string): Promise<NeedModel[]> {
    await this.access.requireMemberOf(organisationId, userId, { verified: false });
    const rows: NeedRow[] = await this.manager.query(
      `${SELECT_NEEDS} WHERE n.organisation_id = $1 ORDER BY n.status = 'OPEN' DESC, ${URGENCY_RANK}, n.created_at DESC LIMIT 500`,
      [organisationId],
    );
    return rows.map(toNeed);
  }
}

export function toNeed(row: NeedRow): NeedModel {
  const remaining = Math.max(row.quantity - row.dispatched, 0);
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    ...ofVariantFromRow(row),
    quantity: row.quantity,
    districtCode: row.district_code,
    urgency: row.urgency,
    deadline: row.deadline ?? undefined,
    note: row.note ?? undefined,
    status: row.status,
    createdAt: row.created_at,
    progress: {
      offered: row.offered,
      received: row.received,
      dispatched: row.dispatched,
      delivered: row.delivered,
      remaining,
      coverage: Math.min(1, Math.max(row.offered, row.dispatched) / row.quantity),
    },
  };
}
