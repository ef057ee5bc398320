import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
  ForbiddenException,
  isConstraint,
  NotFoundException,
  requireText,
} from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { DeclineHostingProposalInput, PlanHostingMeetingInput } from '../dto/hosting.inputs';
import { HostingProposalStatus, HostingRunTrigger, HostingSide } from '../hosting.enums';
import { HostingProposalModel, HostingScoreModel } from '../models/hosting.models';
import { HostingRunsService } from './hosting-runs.service';
import {
  hostSummaryOf,
  householdSummaryOf,
  organisationContactOf,
  PAIR_COLUMNS,
  PAIR_JOINS,
  PairRow,
} from './hosting-views';

type ProposalRow = PairRow & {
  id: string;
  status: HostingProposalStatus;
  score: HostingScoreModel;
  hosting_request_id: string;
  host_id: string;
  created_at: Date;
  forwarded_at: Date | null;
  accepted_at: Date | null;
  declined_by_side: HostingSide | null;
  decline_reason: string | null;
  meeting_at: Date | null;
  meeting_place: string | null;
  stay_id: string | null;
};

const SELECT_PROPOSALS = `
  SELECT p.id, p.status, p.score, p.hosting_request_id, h.host_id, p.created_at, p.forwarded_at, p.accepted_at,
         p.declined_by_side, p.decline_reason, p.meeting_at, p.meeting_place, s.id AS stay_id, ${PAIR_COLUMNS}
  FROM hosting_proposal p ${PAIR_JOINS}
  LEFT JOIN stay s ON s.proposal_id = p.id`;

/**
 * The people's side of hosting matching: the referent association reviews a proposal and forwards it to the
 * host (or declines it); the host accepts or declines; a first meeting is planned. Accepting reveals the
 * address to the association, and takes both sides out of the pool.
 */
@Injectable()
export class HostingProposalsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    private readonly runs: HostingRunsService,
  ) {}

  /** Proposals for the households an association refers (its members and coordinators), newest first. */
  async ofOrganisation(organisationId: string, userId: string): Promise<HostingProposalModel[]> {
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    const rows: ProposalRow[] = await this.manager.query(
      `${SELECT_PROPOSALS} WHERE r.organisation_id = $1 AND p.status <> 'EXPIRED'
       ORDER BY (p.status IN ('PROPOSED', 'FORWARDED', 'ACCEPTED')) DESC, p.created_at DESC LIMIT 200`,
      [organisationId],
    );
    return rows.map(toProposal);
  }

  /** What hosts see: the proposals forwarded to their homes. */
  async ofHost(userId: string): Promise<HostingProposalModel[]> {
    const rows: ProposalRow[] = await this.manager.query(
      `${SELECT_PROPOSALS} WHERE h.host_id = $1 AND p.forwarded_at IS NOT NULL
       ORDER BY (p.status = 'FORWARDED') DESC, p.forwarded_at DESC LIMIT 100`,
      [userId],
    );
    return rows.map(toProposal);
  }

  async forward(id: string, userId: string): Promise<HostingProposalModel> {
    return this.act(id, userId, HostingSide.ASSOCIATION, async (tx, proposal) => {
      if (proposal.status !== HostingProposalStatus.PROPOSED) throw notWaiting(proposal.status);
      try {
        await tx.query(
          `UPDATE hosting_proposal SET status = 'FORWARDED', forwarded_by = $2, forwarded_at = now() WHERE id = $1`,
          [id, userId],
        );
      } catch (error) {
        if (isConstraint(error, 'hosting_proposal_forwarded_key'))
          throw new ConflictException(
            'Another host is already considering this household: wait for the answer.',
          );
        throw error;
      }
      return 'HOSTING_PROPOSAL_FORWARDED';
    });
  }

  /** The association declines a proposal it will not forward, or the host one forwarded to them. */
  async decline(input: DeclineHostingProposalInput, userId: string): Promise<HostingProposalModel> {
    const reason = requireText(input.reason, 'The reason', 500);
    const side = await this.sideOf(input.id, userId);
    const declined = await this.act(input.id, userId, side, async (tx, proposal) => {
      const waiting =
        side === HostingSide.HOST
          ? proposal.status === HostingProposalStatus.FORWARDED
          : proposal.status === HostingProposalStatus.PROPOSED ||
            proposal.status === HostingProposalStatus.FORWARDED;
      if (!waiting) throw notWaiting(proposal.status);
      await tx.query(
        `UPDATE hosting_proposal SET status = 'DECLINED', declined_by_side = $2, decline_reason = $3, decided_at = now()
         WHERE id = $1`,
        [input.id, side, reason],
      );
      return 'HOSTING_PROPOSAL_DECLINED';
    });
    // The household and the home are back in the pool: look for another pair now.
    await this.runs.request(HostingRunTrigger.EVENT, null);
    return declined;
  }

  /** The host accepts: both sides have now said yes. */
  async accept(id: string, userId: string): Promise<HostingProposalModel> {
    return this.act(id, userId, HostingSide.HOST, async (tx, proposal) => {
      if (proposal.status !== HostingProposalStatus.FORWARDED) throw notWaiting(proposal.status);
      const [home] = await tx.query(
        `SELECT h.status, h.paused, EXISTS (SELECT 1 FROM stay s WHERE s.host_offer_id = h.id AND s.status = 'ACTIVE') AS hosting
         FROM host_offer h WHERE h.id = $1 FOR UPDATE`,
        [proposal.offer_id],
      );
      if (home.status !== 'VERIFIED' || home.paused || home.hosting)
        throw new ConflictException('Your offer is not available (paused, withdrawn or already hosting).');
      const [household] = await tx.query(`SELECT status FROM hosting_request WHERE id = $1 FOR UPDATE`, [
        proposal.hosting_request_id,
      ]);
      if (household.status !== 'OPEN') throw new ConflictException('This household no longer needs a host.');
      await tx.query(
        `UPDATE hosting_proposal SET status = 'ACCEPTED', accepted_at = now(), decided_at = now() WHERE id = $1`,
        [id],
      );
      await tx.query(
        `UPDATE hosting_proposal SET status = 'EXPIRED'
         WHERE id <> $1 AND status IN ('PROPOSED', 'FORWARDED') AND (host_offer_id = $2 OR hosting_request_id = $3)`,
        [id, proposal.offer_id, proposal.hosting_request_id],
      );
      return 'HOSTING_PROPOSAL_ACCEPTED';
    });
  }

  async planMeeting(input: PlanHostingMeetingInput, userId: string): Promise<HostingProposalModel> {
    if (!(input.at instanceof Date) || Number.isNaN(input.at.getTime()) || input.at.getTime() <= Date.now())
      throw new BadUserInputException('The meeting must be in the future.');
    const place = requireText(input.place, 'The meeting place', 200);
    if (characterCount(place) < 2) throw new BadUserInputException('The meeting place is too short.');
    const side = await this.sideOf(input.proposalId, userId);
    return this.act(input.proposalId, userId, side, async (tx, proposal) => {
      if (proposal.status !== HostingProposalStatus.ACCEPTED || proposal.stay_id)
        throw new ConflictException(
          'A meeting is planned once the host has accepted, before the stay starts.',
        );
      await tx.query(`UPDATE hosting_proposal SET meeting_at = $2, meeting_place = $3 WHERE id = $1`, [
        input.proposalId,
        input.at,
        place,
      ]);
      return 'HOSTING_MEETING_PLANNED';
    });
  }

  async get(id: string): Promise<ProposalRow> {
    const [row]: ProposalRow[] = isUuid(id)
      ? await this.manager.query(`${SELECT_PROPOSALS} WHERE p.id = $1`, [id])
      : [];
    if (!row) throw new NotFoundException('No hosting proposal has this id.');
    return row;
  }

  /** HOST when the person hosts the home, ASSOCIATION when they belong to the referent association. */
  private async sideOf(id: string, userId: string): Promise<HostingSide> {
    const proposal = await this.get(id);
    if (proposal.host_id === userId) return HostingSide.HOST;
    if (await this.access.isMemberOf(proposal.organisation_id, userId)) return HostingSide.ASSOCIATION;
    throw new ForbiddenException('Only the host and the referent association may act on this proposal.');
  }

  /** Locks the proposal, checks the person acts for `side`, applies the change and audits it. */
  private async act(
    id: string,
    userId: string,
    side: HostingSide,
    apply: (tx: EntityManager, proposal: ProposalRow) => Promise<string>,
  ): Promise<HostingProposalModel> {
    return this.manager.transaction(async (tx) => {
      const [locked] = isUuid(id)
        ? await tx.query(`SELECT id FROM hosting_proposal WHERE id = $1 FOR UPDATE`, [id])
        : [];
      if (!locked) throw new NotFoundException('No hosting proposal has this id.');
      const [proposal]: ProposalRow[] = await tx.query(`${SELECT_PROPOSALS} WHERE p.id = $1`, [id]);
      if (side === HostingSide.HOST) {
        if (proposal.host_id !== userId)
          throw new ForbiddenException('Only the host may answer this proposal.');
      } else {
        await this.access.requireMemberOf(proposal.organisation_id, userId);
      }
      const action = await apply(tx, proposal);
      await this.audit.record(
        { actorId: userId, action, targetType: 'hosting_proposal', targetId: id, details: { side } },
        tx,
      );
      const [updated]: ProposalRow[] = await tx.query(`${SELECT_PROPOSALS} WHERE p.id = $1`, [id]);
      return toProposal(updated);
    });
  }
}

function notWaiting(status: HostingProposalStatus): ConflictException {
  return new ConflictException(
    status === HostingProposalStatus.EXPIRED
      ? 'This proposal has expired: a newer matching run replaced it.'
      : `This proposal is ${status.toLowerCase()}: it is not waiting for this answer.`,
  );
}

export function toProposal(row: ProposalRow): HostingProposalModel {
  return {
    id: row.id,
    status: row.status,
    score: row.score,
    requestId: row.hosting_request_id,
    household: householdSummaryOf(row),
    organisation: organisationContactOf(row),
    host: hostSummaryOf(row, row.status === HostingProposalStatus.ACCEPTED),
    createdAt: row.created_at,
    forwardedAt: row.forwarded_at ?? undefined,
    acceptedAt: row.accepted_at ?? undefined,
    declinedBySide: row.declined_by_side ?? undefined,
    declineReason: row.decline_reason ?? undefined,
    meetingAt: row.meeting_at ?? undefined,
    meetingPlace: row.meeting_place ?? undefined,
    stayId: row.stay_id ?? undefined,
  };
}
