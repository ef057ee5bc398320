import { BadUserInputException, ConflictException, NotFoundException } from '@entraide/api-core';
import { ofVariantFromRow, VARIANT_COLUMNS, VariantRow } from '@entraide/api-catalogue';
import { POINT_COLUMNS, PointRow, pointFromRow } from '@entraide/api-geography';
import { AccessService } from '@entraide/api-identity';
import { NotificationKind, NotificationsService } from '@entraide/api-notifications';
import { LedgerService, MovementKind } from '@entraide/api-stock';
import { requireQuantity } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { DispatchInput } from '../dto/items.inputs';
import { DispatchStatus, NeedStatus } from '../items.enums';
import { DispatchModel } from '../models/items.models';

type DispatchRow = VariantRow &
  PointRow & {
    id: string;
    need_id: string;
    organisation_id: string;
    organisation_name: string;
    quantity: number;
    status: DispatchStatus;
    dispatched_at: Date;
    delivered_at: Date | null;
  };

const SELECT_DISPATCHES = `
  SELECT d.id, d.need_id, n.organisation_id, o.name AS organisation_name, d.quantity, d.status, d.dispatched_at,
         d.delivered_at, ${POINT_COLUMNS}, ${VARIANT_COLUMNS}
  FROM dispatch d JOIN need n ON n.id = d.need_id JOIN organisation o ON o.id = n.organisation_id
  JOIN collection_point cp ON cp.id = d.collection_point_id
  JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id`;

/** Stock leaving a point for an association's need, and the association confirming it arrived. */
@Injectable()
export class DispatchesService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Partial dispatches are allowed, never more than the need still lacks nor more than the stock: the
   * need's row lock serialises dispatches for one need, the level's row lock those of one variant.
   */
  async dispatch(input: DispatchInput, staffId: string): Promise<DispatchModel> {
    await this.access.requireStaffOf(input.collectionPointId, staffId);
    const quantity = requireQuantity(input.quantity);
    if (!isUuid(input.needId)) throw new NotFoundException('No need has this id.');
    const id = await this.manager.transaction((tx) =>
      this.recordDispatch(tx, input.collectionPointId, input.needId, quantity, staffId),
    );
    return this.get(id);
  }

  /** The dispatch itself, in the caller's transaction (a proposal's acceptance dispatches too). */
  async recordDispatch(
    tx: EntityManager,
    pointId: string,
    needId: string,
    quantity: number,
    staffId: string,
  ): Promise<string> {
    const [need] = await tx.query(`SELECT variant_id, quantity, status FROM need WHERE id = $1 FOR UPDATE`, [
      needId,
    ]);
    if (!need) throw new NotFoundException('No need has this id.');
    if (need.status !== NeedStatus.OPEN) throw new ConflictException('This need is closed.');
    const [{ dispatched }] = await tx.query(
      `SELECT coalesce(sum(quantity), 0)::int AS dispatched FROM dispatch WHERE need_id = $1`,
      [needId],
    );
    const remaining = need.quantity - dispatched;
    if (quantity > remaining)
      throw new BadUserInputException(
        `This need lacks ${remaining} units only: dispatch ${remaining} at most.`,
      );
    const [{ id: dispatchId }] = await tx.query(
      `INSERT INTO dispatch (collection_point_id, need_id, quantity, dispatched_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [pointId, needId, quantity, staffId],
    );
    await this.ledger.record(tx, [
      {
        pointId,
        variantId: need.variant_id,
        kind: MovementKind.DISPATCH,
        quantity: -quantity,
        actorId: staffId,
        dispatchId,
      },
    ]);
    return dispatchId as string;
  }

  async confirmDelivery(dispatchId: string, userId: string): Promise<DispatchModel> {
    const dispatch = await this.get(dispatchId);
    await this.access.requireMemberOf(dispatch.organisationId, userId, { verified: false });
    await this.manager.transaction(async (tx) => {
      const [[confirmed]] = await tx.query(
        `UPDATE dispatch SET status = 'DELIVERED', delivered_at = now(), delivered_by = $2
         WHERE id = $1 AND status = 'DISPATCHED' RETURNING id`,
        [dispatchId, userId],
      );
      if (!confirmed) throw new ConflictException('This delivery has already been confirmed.');
      await this.tellDonorsWhenCovered(tx, dispatch.needId);
    });
    return this.get(dispatchId);
  }

  /** Once everything a need asked for is delivered, the people who gave for it hear that it is covered. */
  private async tellDonorsWhenCovered(tx: EntityManager, needId: string): Promise<void> {
    const [need] = await tx.query(
      `SELECT v.label_fr, v.label_en, o.name AS organisation_name,
              (SELECT array_agg(DISTINCT f.donor_id) FROM offer f WHERE f.need_id = n.id AND f.status = 'RECEIVED'
                 AND f.received_quantity > 0) AS donor_ids
       FROM need n JOIN catalogue_variant v ON v.id = n.variant_id JOIN organisation o ON o.id = n.organisation_id
       WHERE n.id = $1
         AND n.quantity <= (SELECT sum(d.quantity) FROM dispatch d WHERE d.need_id = n.id AND d.status = 'DELIVERED')`,
      [needId],
    );
    if (!need?.donor_ids) return;
    await this.notifications.notify(tx, {
      userIds: need.donor_ids,
      kind: NotificationKind.NEED_COVERED,
      reference: `need:${needId}`,
      params: {
        itemLabelFr: need.label_fr,
        itemLabelEn: need.label_en,
        organisationName: need.organisation_name,
      },
      link: '/mes-dons',
    });
  }

  /** Recent dispatches from a point (its staff, coordinators). */
  async ofPoint(pointId: string, viewerId: string): Promise<DispatchModel[]> {
    await this.access.requireStaffOf(pointId, viewerId, { coordinators: true });
    return this.list(`WHERE d.collection_point_id = $1 ORDER BY d.dispatched_at DESC LIMIT 100`, [pointId]);
  }

  /** Dispatches to an organisation, those awaiting confirmation first (its members). */
  async ofOrganisation(organisationId: string, userId: string): Promise<DispatchModel[]> {
    await this.access.requireMemberOf(organisationId, userId, { verified: false });
    return this.list(
      `WHERE n.organisation_id = $1 ORDER BY d.status = 'DISPATCHED' DESC, d.dispatched_at DESC LIMIT 200`,
      [organisationId],
    );
  }

  async get(id: string): Promise<DispatchModel & { organisationId: string }> {
    const [dispatch] = isUuid(id) ? await this.list(`WHERE d.id = $1`, [id]) : [];
    if (!dispatch) throw new NotFoundException('No dispatch has this id.');
    return dispatch;
  }

  private async list(
    where: string,
    parameters: unknown[],
  ): Promise<(DispatchModel & { organisationId: string })[]> {
    const rows: DispatchRow[] = await this.manager.query(`${SELECT_DISPATCHES} ${where}`, parameters);
    return rows.map((row) => ({
      id: row.id,
      collectionPoint: pointFromRow(row),
      needId: row.need_id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      ...ofVariantFromRow(row),
      quantity: row.quantity,
      status: row.status,
      dispatchedAt: row.dispatched_at,
      deliveredAt: row.delivered_at ?? undefined,
    }));
  }
}
