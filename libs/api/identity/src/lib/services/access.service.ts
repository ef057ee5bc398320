import { ForbiddenException, NotFoundException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { OrganisationKind, OrganisationStatus, Role } from '../enums/identity.enums';
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
   * `verified`, unless the organisation has been verified by a coordinator; when `kind` is given, FORBIDDEN
   * for an organisation of another kind.
   */
  async requireMemberOf(
    organisationId: string,
    userId: string,
    options: { verified?: boolean; kind?: OrganisationKind } = {},
  ): Promise<void> {
    const { verified = true, kind } = options;
    const [row] = isUuid(organisationId)
      ? await this.manager.query(
          `SELECT o.status, o.kind, m.user_id IS NOT NULL AS member FROM organisation o
           LEFT JOIN membership m ON m.organisation_id = o.id AND m.user_id = $2
           WHERE o.id = $1`,
          [organisationId, userId],
        )
      : [];
    if (!row) throw new NotFoundException('No organisation has this id.');
    if (!row.member) throw new ForbiddenException('Only members of this organisation may do this.');
    if (kind && row.kind !== kind) {
      throw new ForbiddenException(`Only an organisation of kind ${kind} may do this.`);
    }
    if (verified && row.status !== OrganisationStatus.VERIFIED) {
      throw new ForbiddenException(
        'Your organisation must be verified by a City coordinator before it can do this.',
      );
    }
  }

  /** FORBIDDEN unless the person is a coordinator or a member of a verified organisation (the extranet). */
  async requirePartnerOrCoordinator(userId: string): Promise<void> {
    const [row] = await this.manager.query(
      `SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
       WHERE m.user_id = $1 AND o.status = 'VERIFIED' LIMIT 1`,
      [userId],
    );
    if (row || (await this.isCoordinator(userId))) return;
    throw new ForbiddenException(
      'Only members of a verified partner organisation and coordinators may see this.',
    );
  }

  async isStaff(userId: string): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT 1 FROM collection_point_staff WHERE user_id = $1 LIMIT 1`,
      [userId],
    );
    return Boolean(row);
  }

  /** Whether the person is a member of the organisation (verified or not). */
  async isMemberOf(organisationId: string, userId: string): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT 1 FROM membership WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
    return Boolean(row);
  }

  /** What only an organisation's members and City coordinators may read (NOT_FOUND, FORBIDDEN otherwise). */
  async requireMemberOrCoordinator(organisationId: string, userId: string): Promise<void> {
    if (await this.isCoordinator(userId)) return;
    await this.requireMemberOf(organisationId, userId, { verified: false });
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
