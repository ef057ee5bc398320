import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { Role } from '../enums/identity.enums';

/** The roles a person holds, derived from memberships, staff assignments and platform roles. */
@Injectable()
export class RolesService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async rolesOf(userId: string): Promise<Role[]> {
    const [row] = await this.manager.query(
      `SELECT
         EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
                 WHERE m.user_id = $1 AND o.kind = 'ASSOCIATION') AS association,
         EXISTS (SELECT 1 FROM collection_point_staff WHERE user_id = $1) AS staff,
         EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
                 WHERE m.user_id = $1 AND o.kind = 'SPONSOR') AS sponsor,
         EXISTS (SELECT 1 FROM platform_role WHERE user_id = $1 AND role = 'COORDINATOR') AS coordinator`,
      [userId],
    );
    return [
      Role.CITIZEN,
      ...(row.association ? [Role.ASSOCIATION] : []),
      ...(row.staff ? [Role.COLLECTION_STAFF] : []),
      ...(row.sponsor ? [Role.SPONSOR] : []),
      ...(row.coordinator ? [Role.COORDINATOR] : []),
    ];
  }
}
