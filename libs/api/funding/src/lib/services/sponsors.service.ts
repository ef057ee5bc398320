import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
  isConstraint,
  NotFoundException,
  requireDay,
  requireText,
} from '@entraide/api-core';
import { AccessService, OrganisationKind } from '@entraide/api-identity';
import { isDistrictCode, isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import {
  AnswerContactRequestInput,
  ContactRequestInput,
  PledgeInput,
  SponsorGrantInput,
} from '../dto/funding.inputs';
import { ContactRequestStatus, InitiativeKind, InitiativeStatus } from '../funding.enums';
import {
  ContactRequestModel,
  SponsorGrantModel,
  SponsorOverviewModel,
  SponsorPledgeModel,
} from '../models/funding.models';
import { initiativeAccount, matchingAccount, postLedgerTransaction, sponsorAccount } from './funding-ledger';
import { requireCents } from './funding-rules';
import { initiativeProgress } from './initiative-progress';

type ContactRow = {
  id: string;
  sponsor_id: string;
  sponsor_name: string;
  sponsor_email: string;
  initiative_id: string;
  initiative_title: string;
  association_email: string;
  message: string;
  status: ContactRequestStatus;
  decline_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
};

const SELECT_CONTACTS = `
  SELECT c.id, s.id AS sponsor_id, s.name AS sponsor_name, s.contact_email AS sponsor_email, i.id AS initiative_id,
         i.title AS initiative_title, a.contact_email AS association_email, c.message, c.status, c.decline_reason,
         c.created_at, c.decided_at
  FROM sponsor_contact_request c JOIN organisation s ON s.id = c.organisation_id
  JOIN initiative i ON i.id = c.initiative_id JOIN organisation a ON a.id = i.organisation_id`;

/** What a pledge has given out in published rounds (its matching account's debits). */
export const PLEDGE_USED_SQL = `
  coalesce((SELECT sum(e.amount_cents) FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id
            JOIN ledger_transaction t ON t.id = e.transaction_id
            WHERE a.code = 'matching:' || p.id AND t.kind = 'ROUND_MATCHING'), 0)`;

/**
 * Sponsors (foundations, companies): they pledge matching funds for the rounds, fund approved initiatives
 * directly, and ask to meet an initiative's team, who accept or decline. Pledges and grants are ledger
 * transactions from the sponsor's account.
 */
@Injectable()
export class SponsorsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
  ) {}

  async overview(organisationId: string, userId: string): Promise<SponsorOverviewModel> {
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    const [sponsor] = await this.manager.query(`SELECT id, name, kind FROM organisation WHERE id = $1`, [
      organisationId,
    ]);
    if (sponsor.kind !== OrganisationKind.SPONSOR)
      throw new BadUserInputException('This organisation is not a sponsor.');
    const pledges = await this.pledgesOf(organisationId);
    const grants: {
      id: string;
      initiative_id: string;
      title: string;
      amount_cents: string;
      note: string | null;
      created_at: Date;
    }[] = await this.manager.query(
      `SELECT g.id, g.initiative_id, i.title, g.amount_cents, g.note, g.created_at
         FROM sponsor_grant g JOIN initiative i ON i.id = g.initiative_id WHERE g.organisation_id = $1
         ORDER BY g.created_at DESC, g.id`,
      [organisationId],
    );
    const contacts: ContactRow[] = await this.manager.query(
      `${SELECT_CONTACTS} WHERE c.organisation_id = $1 ORDER BY c.created_at DESC, c.id`,
      [organisationId],
    );
    const grantTotal = grants.reduce((sum, grant) => sum + Number(grant.amount_cents), 0);
    return {
      sponsor: { id: sponsor.id, name: sponsor.name },
      committedCents: pledges.reduce((sum, pledge) => sum + pledge.amountCents, 0) + grantTotal,
      usedCents: pledges.reduce((sum, pledge) => sum + pledge.usedCents, 0) + grantTotal,
      pledges,
      grants: grants.map((grant) => ({
        id: grant.id,
        initiative: { id: grant.initiative_id, title: grant.title },
        amountCents: Number(grant.amount_cents),
        note: grant.note,
        createdAt: grant.created_at,
      })),
      contactRequests: contacts.map((row) => toContactModel(row, 'SPONSOR')),
    };
  }

  async pledge(input: PledgeInput, userId: string): Promise<SponsorPledgeModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.SPONSOR });
    const amount = requireCents(input.amountCents, 'The pledge', 10_000, 1_000_000_000);
    const start = requireDay(input.periodStart, 'The start of the period');
    const end = requireDay(input.periodEnd, 'The end of the period', true);
    if (end < start) throw new BadUserInputException('The period must end on or after its start.');
    const districts = [...new Set(input.districtCodes)];
    const unknown = districts.find((code) => !isDistrictCode(code));
    if (unknown) throw new BadUserInputException(`Unknown arrondissement "${unknown}".`);
    const kinds = [...new Set(input.initiativeKinds)];
    const id = await this.manager.transaction(async (tx) => {
      const [created] = await tx.query(
        `INSERT INTO sponsor_pledge (organisation_id, amount_cents, period_start, period_end, district_codes,
           initiative_kinds, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.organisationId, amount, start, end, districts, kinds, userId],
      );
      await postLedgerTransaction(tx, {
        kind: 'PLEDGE',
        reference: `pledge:${created.id}`,
        entries: [
          { account: sponsorAccount(input.organisationId), amountCents: amount },
          { account: matchingAccount(created.id), amountCents: -amount },
        ],
      });
      await this.audit.record(
        {
          actorId: userId,
          action: 'MATCHING_PLEDGED',
          targetType: 'sponsor_pledge',
          targetId: created.id,
          details: { amountCents: amount },
        },
        tx,
      );
      return created.id as string;
    });
    const pledges = await this.pledgesOf(input.organisationId);
    return pledges.find((pledge) => pledge.id === id)!;
  }

  /** Direct funding, never beyond what the initiative still needs (initiative row locked meanwhile). */
  async grant(input: SponsorGrantInput, userId: string): Promise<SponsorGrantModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.SPONSOR });
    const note = requireText(input.note, 'The note', 500, true);
    return this.manager.transaction(async (tx) => {
      const initiative = await lockApprovedInitiative(tx, input.initiativeId);
      const progress = (await initiativeProgress(tx, [initiative])).get(initiative.id)!;
      if (progress.remainingCents === 0) throw new ConflictException('This initiative is fully funded.');
      const amount = requireCents(input.amountCents, 'The amount', 100, progress.remainingCents);
      const [created] = await tx.query(
        `INSERT INTO sponsor_grant (organisation_id, initiative_id, amount_cents, note, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
        [input.organisationId, initiative.id, amount, note, userId],
      );
      await postLedgerTransaction(tx, {
        kind: 'SPONSOR_GRANT',
        reference: `grant:${created.id}`,
        entries: [
          { account: sponsorAccount(input.organisationId), amountCents: amount },
          { account: initiativeAccount(initiative.id), amountCents: -amount },
        ],
      });
      await this.audit.record(
        {
          actorId: userId,
          action: 'INITIATIVE_FUNDED',
          targetType: 'initiative',
          targetId: initiative.id,
          details: { amountCents: amount },
        },
        tx,
      );
      return {
        id: created.id,
        initiative: { id: initiative.id, title: initiative.title },
        amountCents: amount,
        note,
        createdAt: created.created_at,
      };
    });
  }

  async requestContact(input: ContactRequestInput, userId: string): Promise<ContactRequestModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.SPONSOR });
    const message = requireText(input.message, 'The message', 2000);
    if (characterCount(message) < 10)
      throw new BadUserInputException('The message must have at least 10 characters.');
    const initiative = await lockApprovedInitiative(this.manager, input.initiativeId, false);
    let created: { id: string };
    try {
      [created] = await this.manager.query(
        `INSERT INTO sponsor_contact_request (organisation_id, initiative_id, message, requested_by)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [input.organisationId, initiative.id, message, userId],
      );
    } catch (error) {
      if (isConstraint(error, 'sponsor_contact_request_open_idx'))
        throw new ConflictException('You already asked to meet this team; wait for their answer.');
      throw error;
    }
    return this.contact(created.id, 'SPONSOR');
  }

  async requestsOfInitiative(initiativeId: string, userId: string): Promise<ContactRequestModel[]> {
    const organisationId = await this.associationOf(initiativeId);
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    const rows: ContactRow[] = await this.manager.query(
      `${SELECT_CONTACTS} WHERE c.initiative_id = $1 ORDER BY c.created_at DESC, c.id`,
      [initiativeId],
    );
    return rows.map((row) => toContactModel(row, 'ASSOCIATION'));
  }

  async answerContact(input: AnswerContactRequestInput, userId: string): Promise<ContactRequestModel> {
    const [request] = isUuid(input.id)
      ? await this.manager.query(
          `SELECT c.id, c.status, i.organisation_id FROM sponsor_contact_request c
           JOIN initiative i ON i.id = c.initiative_id WHERE c.id = $1`,
          [input.id],
        )
      : [];
    if (!request) throw new NotFoundException('No contact request has this id.');
    await this.access.requireMemberOf(request.organisation_id, userId, {
      kind: OrganisationKind.ASSOCIATION,
    });
    const reason = input.accept ? null : requireText(input.reason, 'The reason', 1000);
    const [[answered]] = await this.manager.query(
      `UPDATE sponsor_contact_request SET status = $2, decline_reason = $3, decided_by = $4, decided_at = now()
       WHERE id = $1 AND status = 'REQUESTED' RETURNING id`,
      [request.id, input.accept ? 'ACCEPTED' : 'DECLINED', reason, userId],
    );
    if (!answered)
      throw new ConflictException(`This request was already answered (${request.status.toLowerCase()}).`);
    return this.contact(request.id, 'ASSOCIATION');
  }

  private async pledgesOf(organisationId: string): Promise<SponsorPledgeModel[]> {
    const rows = await this.manager.query(
      `SELECT p.id, p.amount_cents, ${PLEDGE_USED_SQL} AS used_cents, to_char(p.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(p.period_end, 'YYYY-MM-DD') AS period_end, p.district_codes, p.initiative_kinds, p.created_at,
              o.id AS sponsor_id, o.name AS sponsor_name
       FROM sponsor_pledge p JOIN organisation o ON o.id = p.organisation_id
       WHERE p.organisation_id = $1 ORDER BY p.created_at DESC, p.id`,
      [organisationId],
    );
    return rows.map((row: Record<string, string & string[] & Date>): SponsorPledgeModel => ({
      id: row['id'],
      sponsor: { id: row['sponsor_id'], name: row['sponsor_name'] },
      amountCents: Number(row['amount_cents']),
      usedCents: Number(row['used_cents']),
      availableCents: Number(row['amount_cents']) - Number(row['used_cents']),
      periodStart: row['period_start'],
      periodEnd: row['period_end'],
      districtCodes: row['district_codes'],
      initiativeKinds: row['initiative_kinds'] as unknown as InitiativeKind[],
      createdAt: row['created_at'],
    }));
  }

  private async contact(id: string, viewer: 'SPONSOR' | 'ASSOCIATION'): Promise<ContactRequestModel> {
    const [row]: ContactRow[] = await this.manager.query(`${SELECT_CONTACTS} WHERE c.id = $1`, [id]);
    return toContactModel(row, viewer);
  }

  private async associationOf(initiativeId: string): Promise<string> {
    const [row] = isUuid(initiativeId)
      ? await this.manager.query(`SELECT organisation_id FROM initiative WHERE id = $1`, [initiativeId])
      : [];
    if (!row) throw new NotFoundException('No initiative has this id.');
    return row.organisation_id;
  }
}

async function lockApprovedInitiative(
  manager: EntityManager,
  initiativeId: string,
  lock = true,
): Promise<{ id: string; title: string; budgetCents: number }> {
  const [row] = isUuid(initiativeId)
    ? await manager.query(
        `SELECT id, title, status, budget_cents FROM initiative WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
        [initiativeId],
      )
    : [];
  if (!row) throw new NotFoundException('No initiative has this id.');
  if (row.status !== InitiativeStatus.APPROVED)
    throw new ConflictException('Only an approved initiative, not closed, can be supported.');
  return { id: row.id, title: row.title, budgetCents: Number(row.budget_cents) };
}

/** Each side sees the other's contact only once the association has accepted. */
function toContactModel(row: ContactRow, viewer: 'SPONSOR' | 'ASSOCIATION'): ContactRequestModel {
  const accepted = row.status === ContactRequestStatus.ACCEPTED;
  return {
    id: row.id,
    sponsor: { id: row.sponsor_id, name: row.sponsor_name },
    initiative: { id: row.initiative_id, title: row.initiative_title },
    message: row.message,
    status: row.status,
    declineReason: row.decline_reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    sponsorContactEmail: accepted && viewer === 'ASSOCIATION' ? row.sponsor_email : null,
    initiativeContactEmail: accepted && viewer === 'SPONSOR' ? row.association_email : null,
  };
}
