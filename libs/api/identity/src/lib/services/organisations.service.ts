import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@entraide/api-core';
import { isDistrictCode, isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError } from 'typeorm';

import {
  RegisterOrganisationInput,
  RejectOrganisationInput,
  UpdateOrganisationProfileInput,
} from '../dto/inputs/identity.inputs';
import { MembershipRole, OrganisationKind, OrganisationStatus } from '../enums/identity.enums';
import { MembershipModel, OrganisationModel, PartnerDirectoryEntryModel } from '../models/organisation.model';
import { normaliseEmail } from '../utils/credentials.util';
import { compactIdentifier, isRna, isSiret } from '../utils/organisation-ids.util';

interface OrganisationRow {
  id: string;
  kind: OrganisationKind;
  name: string;
  rna: string | null;
  siret: string | null;
  contact_email: string;
  contact_phone: string | null;
  description: string | null;
  status: OrganisationStatus;
  rejection_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
  district_codes: string[];
}

/** Organisations with the arrondissements they serve; `membership` joins the memberships of a person too. */
function selectOrganisations(membership = false): string {
  return `
    SELECT o.*, ${membership ? 'm.role AS membership_role,' : ''}
           coalesce(array_agg(d.district_code ORDER BY d.district_code)
                    FILTER (WHERE d.district_code IS NOT NULL), '{}') AS district_codes
    FROM organisation o
    ${membership ? 'JOIN membership m ON m.organisation_id = o.id' : ''}
    LEFT JOIN organisation_district d ON d.organisation_id = o.id`;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly audit: AuditLogService,
  ) {}

  /** A pending organisation with its registrant as admin; checked fully before anything is written. */
  async register(input: RegisterOrganisationInput, userId: string): Promise<OrganisationModel> {
    const name = input.name.trim();
    const nameLength = characterCount(name);
    if (nameLength < 2 || nameLength > 160)
      throw new BadUserInputException('The name must have 2 to 160 characters.');
    const rna = input.rna ? compactIdentifier(input.rna) : null;
    const siret = input.siret ? compactIdentifier(input.siret) : null;
    if (!rna && !siret) throw new BadUserInputException('Give an RNA number or a SIRET.');
    if (rna && !isRna(rna))
      throw new BadUserInputException('An RNA number is W followed by 9 digits, e.g. W751234567.');
    if (siret && !isSiret(siret))
      throw new BadUserInputException('This SIRET is not valid: check its 14 digits.');
    const { contactEmail, contactPhone } = requireContact(input);
    const districts = [...new Set(input.districtCodes)];
    if (districts.length === 0) throw new BadUserInputException('Choose at least one arrondissement served.');
    const unknown = districts.find((code) => !isDistrictCode(code));
    if (unknown) throw new BadUserInputException(`Unknown arrondissement "${unknown}".`);

    try {
      const id = await this.manager.transaction(async (tx) => {
        const [{ id: created }] = await tx.query(
          `INSERT INTO organisation (kind, name, rna, siret, contact_email, contact_phone, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [input.kind, name, rna, siret, contactEmail, contactPhone, userId],
        );
        await tx.query(
          `INSERT INTO organisation_district (organisation_id, district_code) SELECT $1, unnest($2::text[])`,
          [created, districts],
        );
        await tx.query(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
          created,
          userId,
        ]);
        await this.audit.record(
          {
            actorId: userId,
            action: 'ORGANISATION_REGISTERED',
            targetType: 'organisation',
            targetId: created,
            details: { name },
          },
          tx,
        );
        return created as string;
      });
      return this.get(id);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException('An organisation with this RNA number or SIRET is already registered.');
      }
      throw error;
    }
  }

  async get(id: string): Promise<OrganisationModel> {
    const rows: OrganisationRow[] = isUuid(id)
      ? await this.manager.query(`${selectOrganisations()} WHERE o.id = $1 GROUP BY o.id`, [id])
      : [];
    if (rows.length === 0) throw new NotFoundException('No organisation has this id.');
    return toOrganisationModel(rows[0]);
  }

  /** The coordinators' queue: oldest first, so that nobody waits longer than needed. */
  async listByStatus(status: OrganisationStatus): Promise<OrganisationModel[]> {
    const rows: OrganisationRow[] = await this.manager.query(
      `${selectOrganisations()} WHERE o.status = $1 GROUP BY o.id ORDER BY o.created_at, o.id`,
      [status],
    );
    return rows.map(toOrganisationModel);
  }

  /** What an organisation's admins say of it in the partner directory, and whom to contact. */
  async updateProfile(input: UpdateOrganisationProfileInput, userId: string): Promise<OrganisationModel> {
    const description = input.description?.trim() || null;
    // Characters as PostgreSQL counts them (code points), not UTF-16 units.
    if (description !== null && [...description].length > 1000)
      throw new BadUserInputException('Describe the organisation in 1,000 characters at most.');
    const { contactEmail, contactPhone } = requireContact(input);
    const [membership] = isUuid(input.organisationId)
      ? await this.manager.query(
          `SELECT m.role FROM organisation o
           LEFT JOIN membership m ON m.organisation_id = o.id AND m.user_id = $2 WHERE o.id = $1`,
          [input.organisationId, userId],
        )
      : [];
    if (!membership) throw new NotFoundException('No organisation has this id.');
    if (membership.role !== MembershipRole.ADMIN)
      throw new ForbiddenException("Only the organisation's admins may change its profile.");
    await this.manager.transaction(async (tx) => {
      await tx.query(
        `UPDATE organisation SET description = $2, contact_email = $3, contact_phone = $4 WHERE id = $1`,
        [input.organisationId, description, contactEmail, contactPhone],
      );
      // The contact address is where partners and the City write: who changed it is worth knowing.
      await this.audit.record(
        {
          actorId: userId,
          action: 'ORGANISATION_PROFILE_UPDATED',
          targetType: 'organisation',
          targetId: input.organisationId,
          details: { contactEmail, contactPhone },
        },
        tx,
      );
    });
    return this.get(input.organisationId);
  }

  /** Verified partners, optionally serving an arrondissement, of a kind, or matching a search in their name or description. */
  async directory(filter: {
    districtCode: string | null;
    kind: OrganisationKind | null;
    search: string | null;
  }): Promise<PartnerDirectoryEntryModel[]> {
    if (filter.districtCode !== null && !isDistrictCode(filter.districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${filter.districtCode}".`);
    const search = filter.search?.trim() || null;
    if (search !== null && search.length > 100)
      throw new BadUserInputException('Search with 100 characters at most.');
    const rows: OrganisationRow[] = await this.manager.query(
      `${selectOrganisations()}
       WHERE o.status = 'VERIFIED' AND ($2::text IS NULL OR o.kind = $2)
         AND ($3::text IS NULL OR o.name ILIKE '%' || $3 || '%' OR o.description ILIKE '%' || $3 || '%')
       GROUP BY o.id
       HAVING $1::text IS NULL OR $1 = ANY (array_agg(d.district_code))
       ORDER BY o.name, o.id`,
      [filter.districtCode, filter.kind, search?.replace(/[\\%_]/g, (c) => `\\${c}`) ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      description: row.description ?? undefined,
      districtCodes: row.district_codes,
      contactEmail: row.contact_email,
      contactPhone: row.contact_phone ?? undefined,
    }));
  }

  async membershipsOf(userId: string): Promise<MembershipModel[]> {
    const rows: (OrganisationRow & { membership_role: MembershipRole })[] = await this.manager.query(
      `${selectOrganisations(true)} WHERE m.user_id = $1 GROUP BY o.id, m.role ORDER BY o.name`,
      [userId],
    );
    return rows.map((row) => ({ organisation: toOrganisationModel(row), role: row.membership_role }));
  }

  verify(organisationId: string, coordinatorId: string): Promise<OrganisationModel> {
    return this.decide(organisationId, coordinatorId, OrganisationStatus.VERIFIED, null);
  }

  reject(input: RejectOrganisationInput, coordinatorId: string): Promise<OrganisationModel> {
    const reason = input.reason.trim();
    if (reason.length === 0 || reason.length > 1000) {
      throw new BadUserInputException('Give the reason for the rejection (1 to 1000 characters).');
    }
    return this.decide(input.organisationId, coordinatorId, OrganisationStatus.REJECTED, reason);
  }

  /** One decision per registration, taken under a row lock so that two coordinators cannot both decide. */
  private async decide(
    organisationId: string,
    coordinatorId: string,
    status: OrganisationStatus.VERIFIED | OrganisationStatus.REJECTED,
    reason: string | null,
  ): Promise<OrganisationModel> {
    await this.get(organisationId);
    await this.manager.transaction(async (tx) => {
      const [current] = await tx.query(`SELECT status FROM organisation WHERE id = $1 FOR UPDATE`, [
        organisationId,
      ]);
      if (current.status !== OrganisationStatus.PENDING) {
        throw new ConflictException(`This organisation has already been ${current.status.toLowerCase()}.`);
      }
      await tx.query(
        `UPDATE organisation SET status = $2, rejection_reason = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
        [organisationId, status, reason, coordinatorId],
      );
      await this.audit.record(
        {
          actorId: coordinatorId,
          action: status === OrganisationStatus.VERIFIED ? 'ORGANISATION_VERIFIED' : 'ORGANISATION_REJECTED',
          targetType: 'organisation',
          targetId: organisationId,
          details: reason ? { reason } : {},
        },
        tx,
      );
    });
    return this.get(organisationId);
  }
}

function requireContact(input: { contactEmail: string; contactPhone?: string | null }): {
  contactEmail: string;
  contactPhone: string | null;
} {
  const contactEmail = normaliseEmail(input.contactEmail);
  if (!contactEmail) throw new BadUserInputException('The contact email address is not valid.');
  const contactPhone = input.contactPhone?.trim() || null;
  if (contactPhone && !/^\+?[0-9 .()-]{6,30}$/.test(contactPhone)) {
    throw new BadUserInputException('The contact phone number is not valid.');
  }
  return { contactEmail, contactPhone };
}

function toOrganisationModel(row: OrganisationRow): OrganisationModel {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    rna: row.rna ?? undefined,
    siret: row.siret ?? undefined,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone ?? undefined,
    districtCodes: row.district_codes,
    description: row.description ?? undefined,
    status: row.status,
    rejectionReason: row.rejection_reason ?? undefined,
    createdAt: row.created_at,
    decidedAt: row.decided_at ?? undefined,
  };
}
