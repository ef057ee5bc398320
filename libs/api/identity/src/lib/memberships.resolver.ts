import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  AcceptInvitationInput,
  AssignStaffInput,
  InviteMemberInput,
  RemoveMemberInput,
  UnassignStaffInput,
} from './dto/inputs/identity.inputs';
import { Role } from './enums/identity.enums';
import { RequireRole } from './guards/roles.guard';
import { CurrentSession, SignedInGuard } from './guards/signed-in.guard';
import {
  AcceptInvitationPayload,
  AssignStaffPayload,
  InviteMemberPayload,
  OrganisationMemberModel,
  RemoveMemberPayload,
  StaffMemberModel,
} from './models/organisation.model';
import { ViewerModel } from './models/viewer.model';
import { MembershipsService } from './services/memberships.service';
import { ResolvedSession } from './services/sessions.service';
import { StaffService } from './services/staff.service';

@Resolver()
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly staff: StaffService,
  ) {}

  @Mutation(() => InviteMemberPayload, { description: 'Organisation admins invite people by email.' })
  @UseGuards(SignedInGuard)
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<InviteMemberPayload> {
    return { invitation: await this.memberships.invite(input, session.user.id) };
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: 'Joins the organisation of an invitation sent to your email.',
  })
  @UseGuards(SignedInGuard)
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<AcceptInvitationPayload> {
    return { membership: await this.memberships.accept(input.token, session.user) };
  }

  @Mutation(() => RemoveMemberPayload, {
    description: 'Organisation admins remove members (never the last admin).',
  })
  @UseGuards(SignedInGuard)
  async removeMember(
    @Args('input') input: RemoveMemberInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<RemoveMemberPayload> {
    return { userId: await this.memberships.remove(input, session.user.id) };
  }

  @Query(() => [OrganisationMemberModel], {
    description: 'For members of the organisation and coordinators.',
  })
  @UseGuards(SignedInGuard)
  organisationMembers(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<OrganisationMemberModel[]> {
    return this.memberships.members(organisationId, session.user.id);
  }

  @Mutation(() => AssignStaffPayload, { description: 'Coordinators assign a person to a collection point.' })
  @RequireRole(Role.COORDINATOR)
  async assignStaff(
    @Args('input') input: AssignStaffInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<AssignStaffPayload> {
    return { staff: await this.staff.assign(input, session.user.id) };
  }

  @Mutation(() => AssignStaffPayload, { description: 'Coordinators take a person off a collection point.' })
  @RequireRole(Role.COORDINATOR)
  async unassignStaff(
    @Args('input') input: UnassignStaffInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<AssignStaffPayload> {
    return { staff: await this.staff.unassign(input, session.user.id) };
  }

  @Query(() => [StaffMemberModel], { description: 'Staff of a collection point (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  collectionPointStaff(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
  ): Promise<StaffMemberModel[]> {
    return this.staff.staffOf(collectionPointId);
  }
}

@Resolver(() => ViewerModel)
export class ViewerStaffResolver {
  constructor(private readonly staff: StaffService) {}

  @ResolveField(() => [ID], { description: 'The collection points this person staffs.' })
  staffPointIds(@Parent() viewer: ViewerModel): Promise<string[]> {
    return this.staff.pointsOf(viewer.id);
  }
}
