import {
  APP_CONFIG,
  AppConfig,
  AuditLogService,
  BadUserInputException,
  ConflictException,
  ForbiddenException,
  MailerService,
} from '@entraide/api-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { InviteMemberInput, RemoveMemberInput } from '../dto/inputs/identity.inputs';
import { MembershipRole, Role } from '../enums/identity.enums';
import { InvitationModel, MembershipModel, OrganisationMemberModel } from '../models/organisation.model';
import { invitationMail } from '../utils/account-mails.util';
import { normaliseEmail } from '../utils/credentials.util';
import { hashSessionToken, newSessionToken } from '../utils/session-token.util';
import { OrganisationsService } from './organisations.service';
import { RolesService } from './roles.service';

@Injectable()
export class MembershipsService {
  private readonly logger = new Logger('Memberships');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly organisations: OrganisationsService,
    private readonly roles: RolesService,
    private readonly audit: AuditLogService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Admins invite by email; the link works for the account with that address, once, for 14 days. */
  async invite(input: InviteMemberInput, adminId: string): Promise<InvitationModel> {
    const organisation = await this.organisations.get(input.organisationId);
    await this.requireAdmin(organisation.id, adminId);
    const email = normaliseEmail(input.email);
    if (!email) throw new BadUserInputException('This is not a valid email address.');
    const [already] = await this.manager.query(
      `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = $2`,
      [organisation.id, email],
    );
    if (already) throw new ConflictException('This person is already a member of the organisation.');

    const token = newSessionToken();
    const invitation = await this.manager.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO organisation_invitation (organisation_id, email, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + interval '14 days') RETURNING id, email, role, expires_at`,
        [organisation.id, email, input.role, hashSessionToken(token), adminId],
      );
      await this.audit.record(
        {
          actorId: adminId,
          action: 'MEMBER_INVITED',
          targetType: 'organisation',
          targetId: organisation.id,
          details: { email, role: input.role },
        },
        tx,
      );
      return row as { id: string; email: string; role: MembershipRole; expires_at: Date };
    });
    this.mailer
      .send(invitationMail(email, organisation.name, this.config.publicUrl, token))
      .catch((error: unknown) =>
        this.logger.error(`Could not mail the invitation to ${email}: ${String(error)}`),
      );
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expires_at,
    };
  }

  /** Joins the organisation of an invitation addressed to the signed-in person's email. */
  async accept(token: string, user: { id: string; email: string }): Promise<MembershipModel> {
    const organisationId = await this.manager.transaction(async (tx) => {
      const [invitation] = await tx.query(
        `SELECT id, organisation_id, email, role FROM organisation_invitation
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE`,
        [hashSessionToken(token)],
      );
      if (!invitation) {
        throw new BadUserInputException(
          'This invitation has expired or has already been used: ask for a new one.',
        );
      }
      if (invitation.email !== user.email) {
        throw new ForbiddenException(
          `This invitation was sent to ${invitation.email}: sign in with that address to accept it.`,
        );
      }
      await tx.query(
        `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, user_id) DO NOTHING`,
        [invitation.organisation_id, user.id, invitation.role],
      );
      await tx.query(
        `UPDATE organisation_invitation SET accepted_at = now(), accepted_by = $2 WHERE id = $1`,
        [invitation.id, user.id],
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'MEMBER_JOINED',
          targetType: 'organisation',
          targetId: invitation.organisation_id,
          details: { role: invitation.role },
        },
        tx,
      );
      return invitation.organisation_id as string;
    });
    const membership = (await this.organisations.membershipsOf(user.id)).find(
      (candidate) => candidate.organisation.id === organisationId,
    );
    return membership as MembershipModel;
  }

  /** Admins remove members; an organisation always keeps at least one admin. */
  async remove(input: RemoveMemberInput, adminId: string): Promise<string> {
    await this.organisations.get(input.organisationId);
    await this.requireAdmin(input.organisationId, adminId);
    await this.manager.transaction(async (tx) => {
      const members: { user_id: string; role: MembershipRole }[] = await tx.query(
        `SELECT user_id, role FROM membership WHERE organisation_id = $1 ORDER BY user_id FOR UPDATE`,
        [input.organisationId],
      );
      const target = members.find((member) => member.user_id === input.userId);
      if (!target) throw new BadUserInputException('This person is not a member of the organisation.');
      const admins = members.filter((member) => member.role === MembershipRole.ADMIN);
      if (target.role === MembershipRole.ADMIN && admins.length === 1) {
        throw new ConflictException('An organisation needs at least one admin: name another admin first.');
      }
      await tx.query(`DELETE FROM membership WHERE organisation_id = $1 AND user_id = $2`, [
        input.organisationId,
        input.userId,
      ]);
      await this.audit.record(
        {
          actorId: adminId,
          action: 'MEMBER_REMOVED',
          targetType: 'organisation',
          targetId: input.organisationId,
          details: { userId: input.userId },
        },
        tx,
      );
    });
    return input.userId;
  }

  /** Members of the organisation and coordinators see who belongs to it. */
  async members(organisationId: string, viewerId: string): Promise<OrganisationMemberModel[]> {
    await this.organisations.get(organisationId);
    const [membership] = await this.manager.query(
      `SELECT role FROM membership WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, viewerId],
    );
    if (!membership && !(await this.roles.rolesOf(viewerId)).includes(Role.COORDINATOR)) {
      throw new ForbiddenException('Only members of this organisation and coordinators may see its members.');
    }
    const rows: { user_id: string; display_name: string; email: string; role: MembershipRole }[] =
      await this.manager.query(
        `SELECT m.user_id, u.display_name, u.email, m.role FROM membership m JOIN app_user u ON u.id = m.user_id
         WHERE m.organisation_id = $1 ORDER BY m.role, u.display_name`,
        [organisationId],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      email: row.email,
      role: row.role,
    }));
  }

  private async requireAdmin(organisationId: string, userId: string): Promise<void> {
    const [row] = await this.manager.query(
      `SELECT 1 FROM membership WHERE organisation_id = $1 AND user_id = $2 AND role = 'ADMIN'`,
      [organisationId, userId],
    );
    if (!row) throw new ForbiddenException('Only an admin of this organisation may do this.');
  }
}
