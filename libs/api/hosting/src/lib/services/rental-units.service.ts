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

import { DeclineRentalUnitInput, OfferRentalUnitInput, RentalUnitDecisionInput } from '../dto/hosting.inputs';
import { RentalUnitStatus } from '../hosting.enums';
import { RentalUnitModel } from '../models/hosting.models';
import { requireWholeNumber } from '../utils/hosting-validation.util';

type RentalUnitRow = {
  id: string;
  owner_id: string;
  district_code: string;
  address: string;
  surface_m2: number;
  rooms: number;
  available_from: string;
  description: string | null;
  status: RentalUnitStatus;
  operator_organisation_id: string | null;
  operator_name: string | null;
  operator_email: string | null;
  operator_phone: string | null;
  owner_name: string;
  owner_email: string;
  created_at: Date;
};

const SELECT_UNITS = `
  SELECT u.id, u.owner_id, u.district_code, u.address, u.surface_m2, u.rooms,
         to_char(u.available_from, 'YYYY-MM-DD') AS available_from, u.description, u.status,
         u.operator_organisation_id, o.name AS operator_name, o.contact_email AS operator_email,
         o.contact_phone AS operator_phone, a.display_name AS owner_name, a.email AS owner_email, u.created_at
  FROM rental_unit u JOIN app_user a ON a.id = u.owner_id
  LEFT JOIN organisation o ON o.id = u.operator_organisation_id`;

/** "Louez solidaire": owners offer vacant homes; verified housing operators of their districts take them on. */
@Injectable()
export class RentalUnitsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
  ) {}

  async offer(input: OfferRentalUnitInput, userId: string): Promise<RentalUnitModel> {
    if (!isDistrictCode(input.districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${input.districtCode}".`);
    const address = requireText(input.address, 'The address', 300);
    if (characterCount(address) < 5) throw new BadUserInputException('The address is too short.');
    const [{ id }] = await this.manager.query(
      `INSERT INTO rental_unit (owner_id, district_code, address, surface_m2, rooms, available_from, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        userId,
        input.districtCode,
        address,
        requireWholeNumber(input.surfaceM2, 'The surface', 9, 400),
        requireWholeNumber(input.rooms, 'The number of rooms', 1, 12),
        requireDay(input.availableFrom, '"Available from"', true),
        requireText(input.description, 'The description', 1000, true),
      ],
    );
    return this.get(this.manager, id, true);
  }

  async mine(userId: string): Promise<RentalUnitModel[]> {
    const rows: RentalUnitRow[] = await this.manager.query(
      `${SELECT_UNITS} WHERE u.owner_id = $1 ORDER BY u.created_at DESC`,
      [userId],
    );
    return rows.map((row) => toUnit(row, true));
  }

  async withdraw(id: string, userId: string): Promise<RentalUnitModel> {
    return this.manager.transaction(async (tx) => {
      const unit = await this.lock(tx, id);
      if (unit.owner_id !== userId) throw new ForbiddenException('Only the owner may withdraw this home.');
      if (unit.status === RentalUnitStatus.LET || unit.status === RentalUnitStatus.WITHDRAWN)
        throw new ConflictException(`This home is ${unit.status.toLowerCase().replace('_', ' ')}.`);
      await tx.query(`UPDATE rental_unit SET status = 'WITHDRAWN', updated_at = now() WHERE id = $1`, [id]);
      return this.get(tx, id, true);
    });
  }

  /** Available units in the operator's districts it has not declined, and those it took on. */
  async forOperator(organisationId: string, userId: string): Promise<RentalUnitModel[]> {
    await this.access.requireMemberOf(organisationId, userId, { kind: OrganisationKind.HOUSING_OPERATOR });
    const rows: RentalUnitRow[] = await this.manager.query(
      `${SELECT_UNITS}
       WHERE u.operator_organisation_id = $1
          OR (u.status = 'AVAILABLE'
              AND u.district_code IN (SELECT district_code FROM organisation_district WHERE organisation_id = $1)
              AND NOT EXISTS (SELECT 1 FROM rental_unit_decline d WHERE d.rental_unit_id = u.id AND d.organisation_id = $1))
       ORDER BY (u.status = 'AVAILABLE') DESC, u.created_at`,
      [organisationId],
    );
    return rows.map((row) => toUnit(row, row.operator_organisation_id === organisationId));
  }

  async takeOn(input: RentalUnitDecisionInput, userId: string): Promise<RentalUnitModel> {
    return this.decide(input, userId, async (tx, unit) => {
      if (unit.status !== RentalUnitStatus.AVAILABLE)
        throw new ConflictException('This home has already been taken on.');
      await tx.query(
        `UPDATE rental_unit SET status = 'TAKEN_ON', operator_organisation_id = $2, taken_on_at = now(), updated_at = now()
         WHERE id = $1`,
        [unit.id, input.organisationId],
      );
      return 'RENTAL_UNIT_TAKEN_ON';
    });
  }

  async decline(input: DeclineRentalUnitInput, userId: string): Promise<RentalUnitModel> {
    const reason = requireText(input.reason, 'The reason', 500);
    return this.decide(input, userId, async (tx, unit) => {
      if (unit.status !== RentalUnitStatus.AVAILABLE)
        throw new ConflictException('This home is no longer available.');
      const inserted = await tx.query(
        `INSERT INTO rental_unit_decline (rental_unit_id, organisation_id, reason, declined_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [unit.id, input.organisationId, reason, userId],
      );
      if (inserted.length === 0)
        throw new ConflictException('Your organisation has already declined this home.');
      return 'RENTAL_UNIT_DECLINED';
    });
  }

  async markLet(input: RentalUnitDecisionInput, userId: string): Promise<RentalUnitModel> {
    return this.decide(input, userId, async (tx, unit) => {
      if (unit.status !== RentalUnitStatus.TAKEN_ON || unit.operator_organisation_id !== input.organisationId)
        throw new ConflictException('Only a home your organisation took on can be marked as let.');
      await tx.query(
        `UPDATE rental_unit SET status = 'LET', let_at = now(), updated_at = now() WHERE id = $1`,
        [unit.id],
      );
      return 'RENTAL_UNIT_LET';
    });
  }

  private async decide(
    input: RentalUnitDecisionInput,
    userId: string,
    apply: (tx: EntityManager, unit: RentalUnitRow) => Promise<string>,
  ): Promise<RentalUnitModel> {
    await this.access.requireMemberOf(input.organisationId, userId, {
      kind: OrganisationKind.HOUSING_OPERATOR,
    });
    return this.manager.transaction(async (tx) => {
      const unit = await this.lock(tx, input.unitId);
      const [serves] = await tx.query(
        `SELECT 1 FROM organisation_district WHERE organisation_id = $1 AND district_code = $2`,
        [input.organisationId, unit.district_code],
      );
      if (!serves && unit.operator_organisation_id !== input.organisationId)
        throw new ForbiddenException('This home is outside your organisation’s arrondissements.');
      const action = await apply(tx, unit);
      await this.audit.record(
        {
          actorId: userId,
          action,
          targetType: 'rental_unit',
          targetId: unit.id,
          details: { organisationId: input.organisationId },
        },
        tx,
      );
      return this.get(tx, unit.id, true);
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<RentalUnitRow> {
    const [row] = isUuid(id)
      ? await tx.query(`SELECT * FROM rental_unit WHERE id = $1 FOR UPDATE`, [id])
      : [];
    if (!row) throw new NotFoundException('No rental unit has this id.');
    return row;
  }

  private async get(manager: EntityManager, id: string, withOwner: boolean): Promise<RentalUnitModel> {
    const [row]: RentalUnitRow[] = await manager.query(`${SELECT_UNITS} WHERE u.id = $1`, [id]);
    return toUnit(row, withOwner);
  }
}

function toUnit(row: RentalUnitRow, withOwner: boolean): RentalUnitModel {
  return {
    id: row.id,
    districtCode: row.district_code,
    address: row.address,
    surfaceM2: row.surface_m2,
    rooms: row.rooms,
    availableFrom: row.available_from,
    description: row.description ?? undefined,
    status: row.status,
    operator: row.operator_organisation_id
      ? {
          id: row.operator_organisation_id,
          name: row.operator_name!,
          contactEmail: row.operator_email!,
          contactPhone: row.operator_phone ?? undefined,
        }
      : undefined,
    owner: withOwner ? { displayName: row.owner_name, email: row.owner_email } : undefined,
    createdAt: row.created_at,
  };
}
