import { ForbiddenException, NotFoundException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { OrganisationStatus, Role } from '../enums/identity.enums';
import { RolesService } from './roles.service';

/** The checks other domains make before acting for an organisation or a collection point. */
@Injectable()
export class AccessService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly roles: RolesService,
  ) {}

  async isCoordinator(userId: string): Promise<boolean> {
    return (await this.roles.rolesOf(userId)).includes(Role.COORDINATOR);
  }

  /** NOT_FOUND for an unknown point; FORBIDDEN unless the person is its staff (or a coordinator when allowed). */
  async requireStaffOf(pointId: string, userId: string, options = { coordinators: false }): Promise<void> {
    const [row] = isUuid(pointId)
      ? await this.manager.query(
          `SELECT s.user_id IS NOT NULL AS staff FROM collection_point cp
           LEFT JOIN collection_point_staff s ON s.collection_point_id = cp.id AND s.user_id = $2
           WHERE cp.id = $1`,
          [pointId, userId],
        )
      : [];
    if (!row) throw new NotFoundException('No collection point has this id.');
    if (row.staff) return;
    if (options.coordinators && (await this.isCoordinator(userId))) return;
    throw new ForbiddenException('Only the staff of this collection point may do this.');
  }

  /**
   * NOT_FOUND for an unknown organisation; FORBIDDEN unless the person is one of its members and, when
   * `verified`, unless the organisation has been verified by a coordinator.
   */
  async requireMemberOf(organisationId: string, userId: string, options = { verified: true }): Promise<void> {
    const [row] = isUuid(organisationId)
      ? await this.manager.query(
          `SELECT o.status, m.user_id IS NOT NULL AS member FROM organisation o
           LEFT JOIN membership m ON m.organisation_id = o.id AND m.user_id = $2
           WHERE o.id = $1`,
          [organisationId, userId],
        )
      : [];
    if (!row) throw new NotFoundException('No organisation has this id.');
    if (!row.member) throw new ForbiddenException('Only members of this organisation may do this.');
    if (options.verified && row.status !== OrganisationStatus.VERIFIED) {
      throw new ForbiddenException(
        'Your organisation must be verified by a City coordinator before it can do this.',
      );
    }
  }

  async isStaff(userId: string): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT 1 FROM collection_point_staff WHERE user_id = $1 LIMIT 1`,
      [userId],
    );
    return Boolean(row);
  }

  /** Organisations the person belongs to. */
  async organisationsOf(userId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.manager.query(
      `SELECT organisation_id FROM membership WHERE user_id = $1`,
      [userId],
    );
    return rows.map((row) => row.organisation_id);
  }
}
