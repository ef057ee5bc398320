import { BadUserInputException, ForbiddenException, requireText } from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { NotificationKind, NotificationsService } from '@entraide/api-notifications';
import { isDistrictCode } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { AnnouncementModel, PublishAnnouncementInput } from './announcements.models';

const PAGE_MAX = 50;
const ANNOUNCEMENTS_LINK = '/partenaires/annonces';

const SELECT_ANNOUNCEMENTS = `
  SELECT a.id, a.title, a.body, a.district_code AS "districtCode", u.display_name AS "authorName",
         a.recipients, a.created_at AS "createdAt"
  FROM announcement a LEFT JOIN app_user u ON u.id = a.author_id AND u.deleted_at IS NULL`;

/**
 * Coordinators' announcements to the partners (commitment 10's extranet): to every member of every verified
 * organisation, or to those serving one arrondissement. Each recipient gets a notification in the same
 * transaction, mailed as they chose.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async publish(userId: string, input: PublishAnnouncementInput): Promise<AnnouncementModel> {
    if (!(await this.access.isCoordinator(userId)))
      throw new ForbiddenException('Only City coordinators may write to the partners.');
    const title = input.title.trim();
    // Characters as PostgreSQL counts them (code points), not UTF-16 units: "🎉!" has two, not three.
    const titleLength = [...title].length;
    if (titleLength < 3 || titleLength > 160)
      throw new BadUserInputException('The title must have 3 to 160 characters.');
    const body = requireText(input.body, 'The message', 4000);
    const districtCode = input.districtCode || null;
    if (districtCode !== null && !isDistrictCode(districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${districtCode}".`);
    const id = await this.manager.transaction(async (tx) => {
      const recipients: { user_id: string }[] = await tx.query(
        `SELECT DISTINCT m.user_id FROM membership m JOIN organisation o ON o.id = m.organisation_id
         WHERE o.status = 'VERIFIED'
           AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM organisation_district d
                                           WHERE d.organisation_id = o.id AND d.district_code = $1))`,
        [districtCode],
      );
      const [{ id }] = await tx.query(
        `INSERT INTO announcement (author_id, title, body, district_code, recipients) VALUES ($1, $2, $3, $4, $5)
         RETURNING id`,
        [userId, title, body, districtCode, recipients.length],
      );
      await this.notifications.notify(tx, {
        userIds: recipients.map((recipient) => recipient.user_id),
        kind: NotificationKind.ANNOUNCEMENT,
        reference: id,
        params: { title, body, districtCode },
        link: ANNOUNCEMENTS_LINK,
      });
      return id as string;
    });
    const [announcement] = await this.manager.query(`${SELECT_ANNOUNCEMENTS} WHERE a.id = $1`, [id]);
    return announcement;
  }

  /**
   * Newest first: coordinators see them all; a partner sees those to everyone and those to the arrondissements
   * its organisations serve.
   */
  async list(userId: string, first: number): Promise<AnnouncementModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX)
      throw new BadUserInputException(`Ask for 1 to ${PAGE_MAX} announcements.`);
    await this.access.requirePartnerOrCoordinator(userId);
    const everything = await this.access.isCoordinator(userId);
    return this.manager.query(
      `${SELECT_ANNOUNCEMENTS}
       WHERE $1 OR a.district_code IS NULL OR a.district_code IN (
         SELECT d.district_code FROM membership m JOIN organisation o ON o.id = m.organisation_id
         JOIN organisation_district d ON d.organisation_id = o.id WHERE m.user_id = $2 AND o.status = 'VERIFIED')
       ORDER BY a.created_at DESC, a.id DESC LIMIT $3`,
      [everything, userId, first],
    );
  }
}
