import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
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
  CloseHostingRequestInput,
  HostingRequestInput,
  UpdateHostingRequestInput,
} from '../dto/hosting.inputs';
import { AgeBand, HostingRequestStatus, HostingRunTrigger, LegalStatus } from '../hosting.enums';
import { HostingRequestModel } from '../models/hosting.models';
import { requireLanguages, requireWholeNumber } from '../utils/hosting-validation.util';
import { expireLiveProposals } from './host-offers.service';
import { HostingRunsService } from './hosting-runs.service';

type HostingRequestRow = {
  id: string;
  organisation_id: string;
  organisation_name: string;
  alias: string;
  age_bands: AgeBand[];
  languages: string[];
  legal_status: LegalStatus;
  needs_step_free: boolean;
  cannot_live_with_pets: boolean;
  needed_from: string;
  minimum_days: number;
  desired_days: number;
  preferred_districts: string[];
  needs: string | null;
  urgent: boolean;
  status: HostingRequestStatus;
  close_reason: string | null;
  created_at: Date;
};

const SELECT_REQUESTS = `
  SELECT r.id, r.organisation_id, o.name AS organisation_name, r.alias, r.age_bands, r.languages, r.legal_status,
         r.needs_step_free, r.cannot_live_with_pets, to_char(r.needed_from, 'YYYY-MM-DD') AS needed_from,
         r.minimum_days, r.desired_days, r.preferred_districts::text[] AS preferred_districts, r.needs, r.urgent,
         r.status, r.close_reason, r.created_at
  FROM hosting_request r JOIN organisation o ON o.id = r.organisation_id`;

/**
 * Guest households, the most sensitive records of the platform: pseudonymous, written by their referent
 * association, read only by its members and by coordinators, and every read is audited.
 */
@Injectable()
export class HostingRequestsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    private readonly runs: HostingRunsService,
  ) {}

  async create(input: HostingRequestInput, userId: string): Promise<HostingRequestModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.ASSOCIATION });
    const values = validateRequest(input);
    const [{ id }] = await this.manager.query(
      `INSERT INTO hosting_request (organisation_id, alias, age_bands, languages, legal_status, needs_step_free,
         cannot_live_with_pets, needed_from, minimum_days, desired_days, preferred_districts, needs, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [input.organisationId, ...values, userId],
    );
    await this.audit.record({
      actorId: userId,
      action: 'GUEST_RECORD_CREATED',
      targetType: 'hosting_request',
      targetId: id,
    });
    // A new household enters the pool: look for a home now.
    await this.runs.request(HostingRunTrigger.EVENT, userId);
    return this.get(id, userId);
  }

  async update(input: UpdateHostingRequestInput, userId: string): Promise<HostingRequestModel> {
    const values = validateRequest(input);
    await this.manager.transaction(async (tx) => {
      const current = await this.lockForWrite(tx, input.id, userId);
      if (current.organisation_id !== input.organisationId)
        throw new BadUserInputException('A household cannot move to another association.');
      if (current.status !== HostingRequestStatus.OPEN)
        throw new ConflictException('Only a household waiting for a host can be changed.');
      await tx.query(
        `UPDATE hosting_request SET alias = $2, age_bands = $3, languages = $4, legal_status = $5,
           needs_step_free = $6, cannot_live_with_pets = $7, needed_from = $8, minimum_days = $9,
           desired_days = $10, preferred_districts = $11, needs = $12, updated_at = now()
         WHERE id = $1`,
        [input.id, ...values],
      );
      // What was proposed was computed on the old record.
      await expireLiveProposals(tx, 'hosting_request_id', input.id);
      await this.audit.record(
        {
          actorId: userId,
          action: 'GUEST_RECORD_UPDATED',
          targetType: 'hosting_request',
          targetId: input.id,
        },
        tx,
      );
    });
    return this.get(input.id, userId);
  }

  async close(input: CloseHostingRequestInput, userId: string): Promise<HostingRequestModel> {
    const reason = requireText(input.reason, 'The reason', 500);
    await this.manager.transaction(async (tx) => {
      const current = await this.lockForWrite(tx, input.id, userId, false);
      if (current.status === HostingRequestStatus.HOSTED)
        throw new ConflictException('This household is hosted: end the stay first.');
      if (current.status === HostingRequestStatus.CLOSED)
        throw new ConflictException('This request is already closed.');
      await tx.query(
        `UPDATE hosting_request SET status = 'CLOSED', close_reason = $2, urgent = false, updated_at = now() WHERE id = $1`,
        [input.id, reason],
      );
      await expireLiveProposals(tx, 'hosting_request_id', input.id);
      await this.audit.record(
        { actorId: userId, action: 'GUEST_RECORD_CLOSED', targetType: 'hosting_request', targetId: input.id },
        tx,
      );
    });
    return this.get(input.id, userId);
  }

  /** The households an association refers, for its members and coordinators; the read is audited. */
  async ofOrganisation(organisationId: string, userId: string): Promise<HostingRequestModel[]> {
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    const rows: HostingRequestRow[] = await this.manager.query(
      `${SELECT_REQUESTS} WHERE r.organisation_id = $1
       ORDER BY (r.status = 'OPEN') DESC, r.urgent DESC, r.created_at DESC`,
      [organisationId],
    );
    await this.recordReads(
      rows.map((row) => row.id),
      userId,
      'hostingRequests',
    );
    return rows.map(toHostingRequest);
  }

  async get(id: string, userId: string): Promise<HostingRequestModel> {
    const [row]: HostingRequestRow[] = isUuid(id)
      ? await this.manager.query(`${SELECT_REQUESTS} WHERE r.id = $1`, [id])
      : [];
    if (!row) throw new NotFoundException('No hosting request has this id.');
    await this.access.requireMemberOrCoordinator(row.organisation_id, userId);
    await this.recordReads([row.id], userId, 'hostingRequest');
    return toHostingRequest(row);
  }

  private async recordReads(ids: string[], userId: string, via: string): Promise<void> {
    await this.audit.recordMany(
      ids.map((id) => ({
        actorId: userId,
        action: 'GUEST_RECORD_READ',
        targetType: 'hosting_request',
        targetId: id,
        details: { via },
      })),
    );
  }

  private async lockForWrite(
    tx: EntityManager,
    id: string,
    userId: string,
    verified = true,
  ): Promise<{ organisation_id: string; status: HostingRequestStatus }> {
    const [row] = isUuid(id)
      ? await tx.query(`SELECT organisation_id, status FROM hosting_request WHERE id = $1 FOR UPDATE`, [id])
      : [];
    if (!row) throw new NotFoundException('No hosting request has this id.');
    await this.access.requireMemberOf(row.organisation_id, userId, { verified });
    return row;
  }
}

function validateRequest(input: HostingRequestInput): unknown[] {
  const alias = requireText(input.alias, 'The alias', 60);
  if (characterCount(alias) < 2)
    throw new BadUserInputException('The alias must have at least 2 characters.');
  if (input.ageBands.length < 1 || input.ageBands.length > 12)
    throw new BadUserInputException('Give one age band per member of the household (1 to 12 people).');
  const neededFrom = requireDay(input.neededFrom, '"Needed from"', true);
  const minimumDays = requireWholeNumber(input.minimumDays, 'The minimum duration', 1, 730);
  const desiredDays = requireWholeNumber(input.desiredDays, 'The desired duration', 1, 730);
  if (desiredDays < minimumDays)
    throw new BadUserInputException('The desired duration cannot be shorter than the minimum duration.');
  const districts = [...new Set(input.preferredDistricts)];
  const unknown = districts.filter((code) => !isDistrictCode(code));
  if (unknown.length > 0) throw new BadUserInputException(`Unknown arrondissement: ${unknown.join(', ')}.`);
  return [
    alias,
    input.ageBands,
    requireLanguages(input.languages),
    input.legalStatus,
    input.needsStepFree,
    input.cannotLiveWithPets,
    neededFrom,
    minimumDays,
    desiredDays,
    districts,
    requireText(input.needs, 'The needs', 1000, true),
  ];
}

export function toHostingRequest(row: HostingRequestRow): HostingRequestModel {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    alias: row.alias,
    ageBands: row.age_bands,
    householdSize: row.age_bands.length,
    languages: row.languages,
    legalStatus: row.legal_status,
    needsStepFree: row.needs_step_free,
    cannotLiveWithPets: row.cannot_live_with_pets,
    neededFrom: row.needed_from,
    minimumDays: row.minimum_days,
    desiredDays: row.desired_days,
    preferredDistricts: row.preferred_districts,
    needs: row.needs ?? undefined,
    urgent: row.urgent,
    status: row.status,
    closeReason: row.close_reason ?? undefined,
    createdAt: row.created_at,
  };
}
