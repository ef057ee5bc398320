import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
  ForbiddenException,
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
  InitiativeInput,
  InitiativesFilterInput,
  InitiativeUpdateInput,
  PayoutInput,
  RejectInitiativeInput,
} from '../dto/funding.inputs';
import { InitiativeKind, InitiativeStatus } from '../funding.enums';
import { InitiativeModel, InitiativeUpdateModel, PayoutModel } from '../models/funding.models';
import { initiativeAccount, payoutAccount, postLedgerTransaction } from './funding-ledger';
import { requireCents, requireCoordinator } from './funding-rules';
import { initiativeProgress } from './initiative-progress';

type InitiativeRow = {
  id: string;
  organisation_id: string;
  organisation_name: string;
  collective_name: string | null;
  title: string;
  description: string;
  kind: InitiativeKind;
  district_codes: string[];
  budget_cents: string;
  deadline: string;
  status: InitiativeStatus;
  rejection_reason: string | null;
  created_at: Date;
  viewer_manages: boolean;
};

const SELECT_INITIATIVES = `
  SELECT i.id, i.organisation_id, o.name AS organisation_name, i.collective_name, i.title, i.description, i.kind,
         i.district_codes, i.budget_cents, to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.status, i.rejection_reason,
         i.created_at,
         EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = i.organisation_id AND m.user_id = $1) AS viewer_manages
  FROM initiative i JOIN organisation o ON o.id = i.organisation_id`;

/**
 * Civic initiatives: a verified association submits one (its own or a citizens' collective's), coordinators
 * approve or reject it, the association posts news and closes it; coordinators record payouts to it.
 */
@Injectable()
export class InitiativesService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
  ) {}

  async listApproved(filter: InitiativesFilterInput): Promise<InitiativeModel[]> {
    if (filter.districtCode && !isDistrictCode(filter.districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${filter.districtCode}".`);
    const rows: InitiativeRow[] = await this.manager.query(
      `${SELECT_INITIATIVES} WHERE i.status = 'APPROVED' AND ($2::text IS NULL OR $2 = ANY (i.district_codes))
         AND ($3::text IS NULL OR i.kind = $3) ORDER BY i.decided_at DESC, i.id LIMIT 200`,
      [null, filter.districtCode ?? null, filter.kind ?? null],
    );
    return this.withDetails(rows, false);
  }

  async get(id: string, viewerId: string | null): Promise<InitiativeModel> {
    const row = await this.find(id, viewerId);
    const isPublic = row.status === InitiativeStatus.APPROVED || row.status === InitiativeStatus.CLOSED;
    if (!isPublic && !row.viewer_manages && !(viewerId && (await this.access.isCoordinator(viewerId))))
      throw new NotFoundException('No initiative has this id.');
    const [model] = await this.withDetails([row], true);
    return model;
  }

  async ofOrganisation(organisationId: string, userId: string): Promise<InitiativeModel[]> {
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    const rows: InitiativeRow[] = await this.manager.query(
      `${SELECT_INITIATIVES} WHERE i.organisation_id = $2 ORDER BY i.created_at DESC, i.id`,
      [userId, organisationId],
    );
    return this.withDetails(rows, true);
  }

  async toReview(userId: string): Promise<InitiativeModel[]> {
    await requireCoordinator(this.access, userId);
    const rows: InitiativeRow[] = await this.manager.query(
      `${SELECT_INITIATIVES} WHERE i.status = 'SUBMITTED' ORDER BY i.created_at, i.id`,
      [userId],
    );
    return this.withDetails(rows, false);
  }

  async submit(input: InitiativeInput, userId: string): Promise<InitiativeModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.ASSOCIATION });
    const title = requireText(input.title, 'The title', 140);
    if (characterCount(title) < 3)
      throw new BadUserInputException('The title must have at least 3 characters.');
    const description = requireText(input.description, 'The description', 5000);
    if (characterCount(description) < 10)
      throw new BadUserInputException('The description must have at least 10 characters.');
    const collective = requireText(input.collectiveName, "The collective's name", 160, true);
    if (collective !== null && characterCount(collective) < 2)
      throw new BadUserInputException("The collective's name must have at least 2 characters.");
    const districts = [...new Set(input.districtCodes)];
    if (districts.length === 0) throw new BadUserInputException('Choose at least one arrondissement.');
    const unknown = districts.find((code) => !isDistrictCode(code));
    if (unknown) throw new BadUserInputException(`Unknown arrondissement "${unknown}".`);
    const budget = requireCents(input.budgetCents, 'The budget', 10_000, 100_000_000);
    const deadline = requireDay(input.deadline, 'The deadline', true);
    const [created] = await this.manager.query(
      `INSERT INTO initiative (organisation_id, collective_name, title, description, kind, district_codes, budget_cents,
         deadline, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [input.organisationId, collective, title, description, input.kind, districts, budget, deadline, userId],
    );
    return this.get(created.id, userId);
  }

  async approve(id: string, userId: string): Promise<InitiativeModel> {
    return this.decide(id, userId, InitiativeStatus.APPROVED, null);
  }

  async reject(input: RejectInitiativeInput, userId: string): Promise<InitiativeModel> {
    const reason = requireText(input.reason, 'The reason', 1000);
    return this.decide(input.id, userId, InitiativeStatus.REJECTED, reason);
  }

  async close(id: string, userId: string): Promise<InitiativeModel> {
    const row = await this.find(id, userId);
    if (!row.viewer_manages && !(await this.access.isCoordinator(userId)))
      throw new ForbiddenException("Only the initiative's association or a coordinator may close it.");
    const [[closed]] = await this.manager.query(
      `UPDATE initiative SET status = 'CLOSED' WHERE id = $1 AND status = 'APPROVED' RETURNING id`,
      [id],
    );
    if (!closed)
      throw new ConflictException(
        `Only an approved initiative can be closed (this one is ${row.status.toLowerCase()}).`,
      );
    return this.get(id, userId);
  }

  async postUpdate(input: InitiativeUpdateInput, userId: string): Promise<InitiativeUpdateModel> {
    const row = await this.find(input.initiativeId, userId);
    if (!row.viewer_manages) throw new ForbiddenException("Only the initiative's association may post news.");
    const body = requireText(input.body, 'The update', 5000);
    if (characterCount(body) < 2)
      throw new BadUserInputException('The update must have at least 2 characters.');
    const [created] = await this.manager.query(
      `INSERT INTO initiative_update (initiative_id, body, author_id) VALUES ($1, $2, $3) RETURNING id, created_at`,
      [row.id, body, userId],
    );
    const [author] = await this.manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [userId]);
    return { id: created.id, body, authorName: author?.display_name ?? null, createdAt: created.created_at };
  }

  /** A bank transfer to the association, never more than the initiative holds (row lock on the initiative). */
  async recordPayout(input: PayoutInput, userId: string): Promise<PayoutModel> {
    await requireCoordinator(this.access, userId);
    const bankReference = requireText(input.bankReference, 'The bank reference', 140);
    if (characterCount(bankReference) < 4)
      throw new BadUserInputException('The bank reference must have at least 4 characters.');
    return this.manager.transaction(async (tx) => {
      const [initiative] = isUuid(input.initiativeId)
        ? await tx.query(
            `SELECT id, organisation_id, budget_cents FROM initiative WHERE id = $1 FOR UPDATE`,
            [input.initiativeId],
          )
        : [];
      if (!initiative) throw new NotFoundException('No initiative has this id.');
      const progress = (
        await initiativeProgress(tx, [{ id: initiative.id, budgetCents: Number(initiative.budget_cents) }])
      ).get(initiative.id);
      const balance = progress?.balanceCents ?? 0;
      if (balance <= 0) throw new ConflictException('This initiative holds nothing to pay out.');
      const amount = requireCents(input.amountCents, 'The payout', 1, balance);
      const [payout] = await tx.query(
        `INSERT INTO payout (initiative_id, amount_cents, bank_reference, recorded_by) VALUES ($1, $2, $3, $4)
         RETURNING id, created_at`,
        [initiative.id, amount, bankReference, userId],
      );
      await postLedgerTransaction(tx, {
        kind: 'PAYOUT',
        reference: `payout:${payout.id}`,
        memo: bankReference,
        entries: [
          { account: initiativeAccount(initiative.id), amountCents: amount },
          { account: payoutAccount(initiative.organisation_id), amountCents: -amount },
        ],
      });
      await this.audit.record(
        {
          actorId: userId,
          action: 'PAYOUT_RECORDED',
          targetType: 'initiative',
          targetId: initiative.id,
          details: { amountCents: amount, bankReference },
        },
        tx,
      );
      return {
        id: payout.id,
        initiativeId: initiative.id,
        amountCents: amount,
        bankReference,
        createdAt: payout.created_at,
      };
    });
  }

  private async decide(
    id: string,
    userId: string,
    status: InitiativeStatus,
    reason: string | null,
  ): Promise<InitiativeModel> {
    await requireCoordinator(this.access, userId);
    const row = await this.find(id, userId);
    const [[decided]] = await this.manager.query(
      `UPDATE initiative SET status = $2, rejection_reason = $3, decided_by = $4, decided_at = now()
       WHERE id = $1 AND status = 'SUBMITTED' RETURNING id`,
      [id, status, reason, userId],
    );
    if (!decided)
      throw new ConflictException(`This initiative was already decided (${row.status.toLowerCase()}).`);
    await this.audit.record({
      actorId: userId,
      action: status === InitiativeStatus.APPROVED ? 'INITIATIVE_APPROVED' : 'INITIATIVE_REJECTED',
      targetType: 'initiative',
      targetId: id,
      details: reason ? { reason } : {},
    });
    return this.get(id, userId);
  }

  private async find(id: string, viewerId: string | null): Promise<InitiativeRow> {
    const [row]: InitiativeRow[] = isUuid(id)
      ? await this.manager.query(`${SELECT_INITIATIVES} WHERE i.id = $2`, [viewerId, id])
      : [];
    if (!row) throw new NotFoundException('No initiative has this id.');
    return row;
  }

  private async withDetails(rows: InitiativeRow[], withUpdates: boolean): Promise<InitiativeModel[]> {
    const progress = await initiativeProgress(
      this.manager,
      rows.map((row) => ({ id: row.id, budgetCents: Number(row.budget_cents) })),
    );
    const updates: {
      initiative_id: string;
      id: string;
      body: string;
      author_name: string | null;
      created_at: Date;
    }[] =
      withUpdates && rows.length
        ? await this.manager.query(
            `SELECT u.initiative_id, u.id, u.body, a.display_name AS author_name, u.created_at
             FROM initiative_update u LEFT JOIN app_user a ON a.id = u.author_id
             WHERE u.initiative_id = ANY ($1::uuid[]) ORDER BY u.created_at DESC, u.id`,
            [rows.map((row) => row.id)],
          )
        : [];
    const supporters: { initiative_id: string; name: string }[] =
      withUpdates && rows.length
        ? await this.manager.query(
            `SELECT initiative_id, name FROM (
               SELECT d.initiative_id, u.display_name AS name, max(p.paid_at) AS last_paid,
                      row_number() OVER (PARTITION BY d.initiative_id ORDER BY max(p.paid_at) DESC) AS rank
               FROM donation d JOIN donation_payment p ON p.donation_id = d.id JOIN app_user u ON u.id = d.donor_id
               WHERE d.initiative_id = ANY ($1::uuid[]) AND NOT d.anonymous AND p.refunded_cents < p.amount_cents
                 AND u.deleted_at IS NULL
               GROUP BY d.initiative_id, u.id, u.display_name) named
             WHERE rank <= 12 ORDER BY initiative_id, rank`,
            [rows.map((row) => row.id)],
          )
        : [];
    return rows.map((row) => ({
      id: row.id,
      organisation: { id: row.organisation_id, name: row.organisation_name },
      collectiveName: row.collective_name,
      title: row.title,
      description: row.description,
      kind: row.kind,
      districtCodes: row.district_codes,
      budgetCents: Number(row.budget_cents),
      deadline: row.deadline,
      status: row.status,
      rejectionReason: row.rejection_reason,
      createdAt: row.created_at,
      progress: progress.get(row.id)!,
      updates: updates
        .filter((update) => update.initiative_id === row.id)
        .map((update) => ({
          id: update.id,
          body: update.body,
          authorName: update.author_name,
          createdAt: update.created_at,
        })),
      supporters: supporters
        .filter((supporter) => supporter.initiative_id === row.id)
        .map((supporter) => supporter.name),
      viewerManages: row.viewer_manages,
    }));
  }
}
