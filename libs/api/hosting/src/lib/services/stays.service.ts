import {
  AuditLogService,
  BadUserInputException,
  ConflictException,
  ForbiddenException,
  isConstraint,
  NotFoundException,
  parisToday,
  requireDay,
  requireText,
} from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import {
  EndStayInput,
  ExtendStayInput,
  ReportStayIncidentInput,
  StartStayInput,
  StayNoteInput,
} from '../dto/hosting.inputs';
import {
  HostingProposalStatus,
  HostingRunTrigger,
  HostingSide,
  StayEventKind,
  StayStatus,
} from '../hosting.enums';
import { StayEventModel, StayModel } from '../models/hosting.models';
import { HostingRunsService } from './hosting-runs.service';
import {
  hostSummaryOf,
  householdSummaryOf,
  organisationContactOf,
  PAIR_COLUMNS,
  PAIR_JOINS,
  PairRow,
} from './hosting-views';

type StayRow = PairRow & {
  id: string;
  status: StayStatus;
  proposal_id: string;
  hosting_request_id: string;
  host_id: string;
  starts_on: string;
  planned_end_on: string;
  agreement_signed_on: string;
  ended_on: string | null;
  ended_by_side: HostingSide | null;
  end_reason: string | null;
  ended_early: boolean | null;
  next_check_in_due: string | null;
  events: (Omit<StayEventModel, 'createdAt'> & { createdAt: string })[];
};

/** The first check-in a week after the start, then one every 30 days after the last. */
const SELECT_STAYS = `
  SELECT s.id, s.status, s.proposal_id, s.hosting_request_id, h.host_id,
         to_char(s.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(s.planned_end_on, 'YYYY-MM-DD') AS planned_end_on,
         to_char(s.agreement_signed_on, 'YYYY-MM-DD') AS agreement_signed_on,
         to_char(s.ended_on, 'YYYY-MM-DD') AS ended_on, s.ended_by_side, s.end_reason, s.ended_early,
         CASE WHEN s.status = 'ACTIVE' THEN to_char(coalesce(
           (SELECT max(e.occurred_on) + 30 FROM stay_event e WHERE e.stay_id = s.id AND e.kind = 'CHECK_IN'),
           s.starts_on + 7), 'YYYY-MM-DD') END AS next_check_in_due,
         coalesce((SELECT json_agg(json_build_object(
             'id', e.id, 'kind', e.kind, 'occurredOn', to_char(e.occurred_on, 'YYYY-MM-DD'), 'note', e.note,
             'severity', e.severity, 'newEndOn', to_char(e.new_end_on, 'YYYY-MM-DD'), 'recordedBy', u.display_name,
             'createdAt', e.created_at) ORDER BY e.occurred_on, e.created_at)
           FROM stay_event e LEFT JOIN app_user u ON u.id = e.recorded_by WHERE e.stay_id = s.id), '[]') AS events,
         ${PAIR_COLUMNS}
  FROM stay s
  JOIN hosting_proposal p ON p.id = s.proposal_id ${PAIR_JOINS}`;

/** Stays: started by the referent association once both sides accepted; followed up; ended, early or not. */
@Injectable()
export class StaysService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    private readonly runs: HostingRunsService,
  ) {}

  async ofOrganisation(organisationId: string, userId: string): Promise<StayModel[]> {
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    return this.list(`r.organisation_id = $1`, [organisationId], true);
  }

  async ofHost(userId: string): Promise<StayModel[]> {
    return this.list(`h.host_id = $1`, [userId], true);
  }

  /** Active stays planned to end within `days` days (coordinators' overview, without the address). */
  async endingWithin(days: number): Promise<StayModel[]> {
    return this.list(
      `s.status = 'ACTIVE' AND s.planned_end_on <= $1::date + $2::int`,
      [parisToday(), days],
      false,
    );
  }

  async get(id: string, userId: string): Promise<StayModel> {
    const row = await this.row(this.manager, id);
    const party = row.host_id === userId || (await this.access.isMemberOf(row.organisation_id, userId));
    if (!party && !(await this.access.isCoordinator(userId)))
      throw new ForbiddenException(
        'Only the host, the referent association and coordinators may read this stay.',
      );
    return toStay(row, party);
  }

  async start(input: StartStayInput, userId: string): Promise<StayModel> {
    const today = parisToday();
    const startsOn = requireDay(input.startsOn, 'The start', true);
    const plannedEndOn = requireDay(input.plannedEndOn, 'The planned end');
    const agreementSignedOn = requireDay(input.agreementSignedOn, 'The agreement date');
    if (plannedEndOn <= startsOn)
      throw new BadUserInputException('The planned end must come after the start.');
    if (agreementSignedOn > startsOn || agreementSignedOn > today)
      throw new BadUserInputException(
        'The hosting agreement must be signed before the stay starts (and not in the future).',
      );
    const stayId = await this.manager.transaction(async (tx) => {
      const [proposal] = isUuid(input.proposalId)
        ? await tx.query(
            `SELECT p.status, p.host_offer_id, p.hosting_request_id, r.organisation_id, r.age_bands, h.status AS offer_status,
                    h.beds, h.max_stay_days, to_char(h.available_until, 'YYYY-MM-DD') AS available_until,
                    ($3::date - $2::date) AS days
             FROM hosting_proposal p JOIN host_offer h ON h.id = p.host_offer_id
             JOIN hosting_request r ON r.id = p.hosting_request_id
             WHERE p.id = $1 FOR UPDATE OF p, h, r`,
            [input.proposalId, startsOn, plannedEndOn],
          )
        : [];
      if (!proposal) throw new NotFoundException('No hosting proposal has this id.');
      await this.access.requireMemberOf(proposal.organisation_id, userId);
      if (proposal.status !== HostingProposalStatus.ACCEPTED)
        throw new ConflictException(
          proposal.status === HostingProposalStatus.EXPIRED
            ? 'This proposal has expired.'
            : 'A stay starts once the host has accepted the proposal.',
        );
      if (proposal.offer_status !== 'VERIFIED') throw new ConflictException('This home is not verified.');
      if (proposal.beds < proposal.age_bands.length)
        throw new BadUserInputException(
          `The home has ${proposal.beds} beds for a household of ${proposal.age_bands.length}.`,
        );
      if (proposal.days > proposal.max_stay_days)
        throw new BadUserInputException(`The host offers at most ${proposal.max_stay_days} days.`);
      if (proposal.available_until !== null && plannedEndOn > proposal.available_until)
        throw new BadUserInputException(`The home is available until ${proposal.available_until}.`);
      let id: string;
      try {
        [{ id }] = await tx.query(
          `INSERT INTO stay (proposal_id, host_offer_id, hosting_request_id, starts_on, planned_end_on, agreement_signed_on, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            input.proposalId,
            proposal.host_offer_id,
            proposal.hosting_request_id,
            startsOn,
            plannedEndOn,
            agreementSignedOn,
            userId,
          ],
        );
      } catch (error) {
        if (isConstraint(error, 'stay_active_host_key'))
          throw new ConflictException('This home is already hosting a household.');
        if (isConstraint(error, 'stay_active_request_key'))
          throw new ConflictException('This household is already hosted.');
        if (isConstraint(error, 'stay_proposal_id_key'))
          throw new ConflictException('This proposal already led to a stay.');
        throw error;
      }
      await this.addEvent(tx, id, StayEventKind.STARTED, startsOn, null, userId);
      await tx.query(
        `UPDATE hosting_request SET status = 'HOSTED', urgent = false, updated_at = now() WHERE id = $1`,
        [proposal.hosting_request_id],
      );
      await this.audit.record(
        { actorId: userId, action: 'STAY_STARTED', targetType: 'stay', targetId: id },
        tx,
      );
      return id;
    });
    return toStay(await this.row(this.manager, stayId), true);
  }

  async checkIn(input: StayNoteInput, userId: string): Promise<StayModel> {
    const note = requireText(input.note, 'The note', 1000);
    return this.record(input.stayId, userId, [HostingSide.ASSOCIATION], async (tx, stay) => {
      const on = this.dayDuringStay(input.on, stay);
      await this.addEvent(tx, stay.id, StayEventKind.CHECK_IN, on, note, userId);
    });
  }

  async reportIncident(input: ReportStayIncidentInput, userId: string): Promise<StayModel> {
    const note = requireText(input.note, 'The description', 1000);
    return this.record(
      input.stayId,
      userId,
      [HostingSide.ASSOCIATION, HostingSide.HOST],
      async (tx, stay) => {
        const on = this.dayDuringStay(input.on, stay);
        await this.addEvent(tx, stay.id, StayEventKind.INCIDENT, on, note, userId, input.severity);
      },
    );
  }

  async extend(input: ExtendStayInput, userId: string): Promise<StayModel> {
    const newEnd = requireDay(input.plannedEndOn, 'The new planned end');
    const note = requireText(input.note, 'The note', 1000, true);
    return this.record(input.stayId, userId, [HostingSide.ASSOCIATION], async (tx, stay) => {
      if (newEnd <= stay.planned_end_on)
        throw new BadUserInputException(
          `The new end must come after the planned end (${stay.planned_end_on}).`,
        );
      if (stay.host_available_until !== null && newEnd > stay.host_available_until)
        throw new BadUserInputException(`The home is available until ${stay.host_available_until}.`);
      await tx.query(`UPDATE stay SET planned_end_on = $2 WHERE id = $1`, [stay.id, newEnd]);
      await this.addEvent(tx, stay.id, StayEventKind.EXTENSION, parisToday(), note, userId, null, newEnd);
    });
  }

  /**
   * Ends a stay (the host or the association). Ended early, the household goes back to the pool flagged
   * urgent, the home is paused when its host ended it, and a matching run is queued at once.
   */
  async end(input: EndStayInput, userId: string): Promise<StayModel> {
    const reason = requireText(input.reason, 'The reason', 500);
    let early = false;
    const stay = await this.record(
      input.stayId,
      userId,
      [HostingSide.ASSOCIATION, HostingSide.HOST],
      async (tx, stay, side) => {
        const endedOn = this.dayDuringStay(input.endedOn, stay);
        early = endedOn < stay.planned_end_on;
        await tx.query(
          `UPDATE stay SET status = 'ENDED', ended_on = $2, ended_by_side = $3, end_reason = $4, ended_early = $5 WHERE id = $1`,
          [stay.id, endedOn, side, reason, early],
        );
        await this.addEvent(tx, stay.id, StayEventKind.ENDED, endedOn, reason, userId);
        await tx.query(
          early
            ? `UPDATE hosting_request SET status = 'OPEN', urgent = true, updated_at = now() WHERE id = $1`
            : `UPDATE hosting_request SET status = 'CLOSED', close_reason = 'Stay completed', updated_at = now() WHERE id = $1`,
          [stay.hosting_request_id],
        );
        if (side === HostingSide.HOST)
          await tx.query(`UPDATE host_offer SET paused = true, updated_at = now() WHERE id = $1`, [
            stay.offer_id,
          ]);
      },
    );
    if (early) await this.runs.request(HostingRunTrigger.EVENT, userId);
    return stay;
  }

  private dayDuringStay(value: string, stay: StayRow): string {
    const day = requireDay(value, 'The date');
    if (day > parisToday()) throw new BadUserInputException('The date cannot be in the future.');
    if (day < stay.starts_on) throw new BadUserInputException(`The stay started on ${stay.starts_on}.`);
    return day;
  }

  /** Locks an active stay, checks the person's side, applies the change and audits it. */
  private async record(
    stayId: string,
    userId: string,
    sides: HostingSide[],
    apply: (tx: EntityManager, stay: StayRow, side: HostingSide) => Promise<void>,
  ): Promise<StayModel> {
    await this.manager.transaction(async (tx) => {
      const [locked] = isUuid(stayId)
        ? await tx.query(`SELECT id FROM stay WHERE id = $1 FOR UPDATE`, [stayId])
        : [];
      if (!locked) throw new NotFoundException('No stay has this id.');
      const stay = await this.row(tx, stayId);
      const side = stay.host_id === userId ? HostingSide.HOST : HostingSide.ASSOCIATION;
      if (side === HostingSide.ASSOCIATION) await this.access.requireMemberOf(stay.organisation_id, userId);
      if (!sides.includes(side))
        throw new ForbiddenException('Only the referent association may record this.');
      if (stay.status !== StayStatus.ACTIVE) throw new ConflictException('This stay has ended.');
      await apply(tx, stay, side);
      await this.audit.record(
        { actorId: userId, action: 'STAY_UPDATED', targetType: 'stay', targetId: stayId, details: { side } },
        tx,
      );
    });
    return toStay(await this.row(this.manager, stayId), true);
  }

  private async addEvent(
    tx: EntityManager,
    stayId: string,
    kind: StayEventKind,
    on: string,
    note: string | null,
    userId: string,
    severity: string | null = null,
    newEndOn: string | null = null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO stay_event (stay_id, kind, occurred_on, note, severity, new_end_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [stayId, kind, on, note, severity, newEndOn, userId],
    );
  }

  private async row(manager: EntityManager, id: string): Promise<StayRow> {
    const [row]: StayRow[] = isUuid(id) ? await manager.query(`${SELECT_STAYS} WHERE s.id = $1`, [id]) : [];
    if (!row) throw new NotFoundException('No stay has this id.');
    return row;
  }

  private async list(where: string, parameters: unknown[], revealed: boolean): Promise<StayModel[]> {
    const rows: StayRow[] = await this.manager.query(
      `${SELECT_STAYS} WHERE ${where} ORDER BY (s.status = 'ACTIVE') DESC, s.starts_on DESC LIMIT 200`,
      parameters,
    );
    return rows.map((row) => toStay(row, revealed));
  }
}

/** `revealed`: the viewer is the host or the referent association, who may see the address. */
function toStay(row: StayRow, revealed: boolean): StayModel {
  return {
    id: row.id,
    status: row.status,
    proposalId: row.proposal_id,
    requestId: row.hosting_request_id,
    household: householdSummaryOf(row),
    organisation: organisationContactOf(row),
    host: hostSummaryOf(row, revealed),
    startsOn: row.starts_on,
    plannedEndOn: row.planned_end_on,
    agreementSignedOn: row.agreement_signed_on,
    endedOn: row.ended_on ?? undefined,
    endedBySide: row.ended_by_side ?? undefined,
    endReason: row.end_reason ?? undefined,
    endedEarly: row.ended_early ?? undefined,
    nextCheckInDue: row.next_check_in_due ?? undefined,
    events: row.events.map((event) => ({
      ...event,
      note: event.note ?? undefined,
      severity: event.severity ?? undefined,
      newEndOn: event.newEndOn ?? undefined,
      recordedBy: event.recordedBy ?? undefined,
      createdAt: new Date(event.createdAt),
    })),
  };
}
