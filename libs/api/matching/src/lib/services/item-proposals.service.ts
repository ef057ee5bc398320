import {
  BadUserInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@entraide/api-core';
import { ofVariantFromRow, VARIANT_COLUMNS, VariantRow } from '@entraide/api-catalogue';
import { POINT_COLUMNS, PointRow, pointFromRow } from '@entraide/api-geography';
import { AccessService } from '@entraide/api-identity';
import { DispatchesService, DispatchModel } from '@entraide/api-items';
import { requireQuantity, requireText } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { AcceptItemProposalInput, DeclineItemProposalInput } from '../dto/matching.inputs';
import { ProposalStatus } from '../matching.enums';
import { ItemProposalModel, ItemProposalScoreModel } from '../models/matching.models';

type ProposalRow = VariantRow &
  PointRow & {
    id: string;
    need_id: string;
    organisation_id: string;
    organisation_name: string;
    need_district_code: string;
    quantity: number;
    from_stock: number;
    score: ItemProposalScoreModel;
    status: ProposalStatus;
    decline_reason: string | null;
    created_at: Date;
  };

const SELECT_PROPOSALS = `
  SELECT p.id, p.need_id, n.organisation_id, o.name AS organisation_name, n.district_code AS need_district_code,
         p.quantity, p.from_stock, p.score, p.status, p.decline_reason, p.created_at, ${POINT_COLUMNS}, ${VARIANT_COLUMNS}
  FROM item_proposal p JOIN need n ON n.id = p.need_id JOIN organisation o ON o.id = n.organisation_id
  JOIN collection_point cp ON cp.id = p.collection_point_id
  JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id`;

/** The proposals of matching runs, as staff and associations see and decide them. */
@Injectable()
export class ItemProposalsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly dispatches: DispatchesService,
  ) {}

  /** Waiting proposals from a point, best margin first (its staff, coordinators). */
  async ofPoint(pointId: string, viewerId: string): Promise<ItemProposalModel[]> {
    await this.access.requireStaffOf(pointId, viewerId, { coordinators: true });
    return this.list(
      `WHERE p.collection_point_id = $1 AND p.status = 'PROPOSED' ORDER BY (p.score->>'margin')::numeric DESC, p.id`,
      [pointId],
    );
  }

  /** Proposals for an organisation's needs: waiting ones first, then the last decided (its members). */
  async ofOrganisation(organisationId: string, viewerId: string): Promise<ItemProposalModel[]> {
    await this.access.requireMemberOf(organisationId, viewerId, { verified: false });
    return this.list(
      `WHERE n.organisation_id = $1 AND p.status <> 'EXPIRED'
       ORDER BY p.status = 'PROPOSED' DESC, p.created_at DESC LIMIT 200`,
      [organisationId],
    );
  }

  /** The point's staff accept: the units are dispatched for the need in the same transaction. */
  async accept(
    input: AcceptItemProposalInput,
    staffId: string,
  ): Promise<{ proposal: ItemProposalModel; dispatch: DispatchModel }> {
    const proposal = await this.get(input.proposalId);
    await this.access.requireStaffOf(proposal.collectionPoint.id, staffId);
    const quantity = input.quantity == null ? proposal.quantity : requireQuantity(input.quantity);
    if (quantity > proposal.quantity)
      throw new BadUserInputException(
        `The proposal is for ${proposal.quantity} units: accept ${proposal.quantity} at most.`,
      );
    const dispatchId = await this.manager.transaction(async (tx) => {
      await this.lockWaiting(tx, proposal.id);
      const id = await this.dispatches.recordDispatch(
        tx,
        proposal.collectionPoint.id,
        proposal.needId,
        quantity,
        staffId,
      );
      await tx.query(
        `UPDATE item_proposal SET status = 'ACCEPTED', dispatch_id = $2, decided_by = $3, decided_at = now() WHERE id = $1`,
        [proposal.id, id, staffId],
      );
      return id;
    });
    return { proposal: await this.get(proposal.id), dispatch: await this.dispatches.get(dispatchId) };
  }

  /** The point's staff or the association decline, with a reason. */
  async decline(input: DeclineItemProposalInput, userId: string): Promise<ItemProposalModel> {
    const proposal = await this.get(input.proposalId);
    const reason = requireText(input.reason, 'The reason', 500);
    const [allowed] = await this.manager.query(
      `SELECT 1 FROM collection_point_staff WHERE collection_point_id = $1 AND user_id = $3
       UNION ALL SELECT 1 FROM membership WHERE organisation_id = $2 AND user_id = $3`,
      [proposal.collectionPoint.id, proposal.organisationId, userId],
    );
    if (!allowed)
      throw new ForbiddenException(
        'Only the staff of the point or the association concerned may decline a proposal.',
      );
    await this.manager.transaction(async (tx) => {
      await this.lockWaiting(tx, proposal.id);
      await tx.query(
        `UPDATE item_proposal SET status = 'DECLINED', decline_reason = $2, decided_by = $3, decided_at = now() WHERE id = $1`,
        [proposal.id, reason, userId],
      );
    });
    return this.get(proposal.id);
  }

  private async lockWaiting(tx: EntityManager, proposalId: string): Promise<void> {
    const [row] = await tx.query(`SELECT status FROM item_proposal WHERE id = $1 FOR UPDATE`, [proposalId]);
    if (row.status !== ProposalStatus.PROPOSED) {
      throw new ConflictException(
        row.status === ProposalStatus.EXPIRED
          ? 'A newer matching run replaced this proposal: see the current ones.'
          : `This proposal has already been ${row.status.toLowerCase()}.`,
      );
    }
  }

  private async get(id: string): Promise<ItemProposalModel & { organisationId: string }> {
    const [proposal] = isUuid(id) ? await this.list(`WHERE p.id = $1`, [id]) : [];
    if (!proposal) throw new NotFoundException('No proposal has this id.');
    return proposal;
  }

  private async list(
    where: string,
    parameters: unknown[],
  ): Promise<(ItemProposalModel & { organisationId: string })[]> {
    const rows: ProposalRow[] = await this.manager.query(`${SELECT_PROPOSALS} ${where}`, parameters);
    return rows.map((row) => ({
      id: row.id,
      collectionPoint: pointFromRow(row),
      needId: row.need_id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      needDistrictCode: row.need_district_code,
      ...ofVariantFromRow(row),
      quantity: row.quantity,
      fromStock: row.from_stock,
      score: row.score,
      status: row.status,
      declineReason: row.decline_reason ?? undefined,
      createdAt: row.created_at,
    }));
  }
}
