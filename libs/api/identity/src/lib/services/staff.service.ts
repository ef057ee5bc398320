import { AuditLogService, NotFoundException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { AssignStaffInput, UnassignStaffInput } from '../dto/inputs/identity.inputs';
import { StaffMemberModel } from '../models/organisation.model';
import { normaliseEmail } from '../utils/credentials.util';

/** Coordinators assign people to collection points; staff then act for those points only. */
@Injectable()
export class StaffService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly audit: AuditLogService,
  ) {}

  async assign(input: AssignStaffInput, coordinatorId: string): Promise<StaffMemberModel[]> {
    await this.requirePoint(input.collectionPointId);
    const email = normaliseEmail(input.email);
    const [user] = email ? await this.manager.query(`SELECT id FROM app_user WHERE email = $1`, [email]) : [];
    if (!user)
      throw new NotFoundException('No account uses this email address: the person must sign up first.');
    await this.manager.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO collection_point_staff (collection_point_id, user_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [input.collectionPointId, user.id],
      );
      if (inserted.length > 0) {
        await this.audit.record(
          {
            actorId: coordinatorId,
            action: 'STAFF_ASSIGNED',
            targetType: 'collection_point',
            targetId: input.collectionPointId,
            details: { userId: user.id },
          },
          tx,
        );
      }
    });
    return this.staffOf(input.collectionPointId);
  }

  async unassign(input: UnassignStaffInput, coordinatorId: string): Promise<StaffMemberModel[]> {
    await this.requirePoint(input.collectionPointId);
    await this.manager.transaction(async (tx) => {
      const [removed] = (await tx.query(
        `DELETE FROM collection_point_staff WHERE collection_point_id = $1 AND user_id::text = $2 RETURNING user_id`,
        [input.collectionPointId, input.userId],
      )) as [{ user_id: string }[], number];
      if (removed.length === 0)
        throw new NotFoundException('This person is not staff of this collection point.');
      await this.audit.record(
        {
          actorId: coordinatorId,
          action: 'STAFF_UNASSIGNED',
          targetType: 'collection_point',
          targetId: input.collectionPointId,
          details: { userId: input.userId },
        },
        tx,
      );
    });
    return this.staffOf(input.collectionPointId);
  }

  async staffOf(collectionPointId: string): Promise<StaffMemberModel[]> {
    await this.requirePoint(collectionPointId);
    const rows: { user_id: string; display_name: string; email: string }[] = await this.manager.query(
      `SELECT s.user_id, u.display_name, u.email FROM collection_point_staff s JOIN app_user u ON u.id = s.user_id
       WHERE s.collection_point_id = $1 ORDER BY u.display_name`,
      [collectionPointId],
    );
    return rows.map((row) => ({ userId: row.user_id, displayName: row.display_name, email: row.email }));
  }

  /** Ids of the collection points a person staffs. */
  async pointsOf(userId: string): Promise<string[]> {
    const rows: { collection_point_id: string }[] = await this.manager.query(
      `SELECT collection_point_id FROM collection_point_staff WHERE user_id = $1 ORDER BY assigned_at`,
      [userId],
    );
    return rows.map((row) => row.collection_point_id);
  }

  private async requirePoint(collectionPointId: string): Promise<void> {
    const [point] = isUuid(collectionPointId)
      ? await this.manager.query(`SELECT 1 FROM collection_point WHERE id = $1`, [collectionPointId])
      : [];
    if (!point) throw new NotFoundException('No collection point has this id.');
  }
}
