import { AuditLogService } from '@entraide/api-core';
import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  RegisterOrganisationInput,
  RejectOrganisationInput,
  VerifyOrganisationInput,
} from './dto/inputs/identity.inputs';
import { OrganisationStatus, Role } from './enums/identity.enums';
import { RequireRole } from './guards/roles.guard';
import { CurrentSession, SignedInGuard } from './guards/signed-in.guard';
import {
  AuditLogPageModel,
  DecideOrganisationPayload,
  MembershipModel,
  OrganisationModel,
  RegisterOrganisationPayload,
} from './models/organisation.model';
import { ViewerModel } from './models/viewer.model';
import { OrganisationsService } from './services/organisations.service';
import { RolesService } from './services/roles.service';
import { ResolvedSession } from './services/sessions.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditLogService,
  ) {}

  @Mutation(() => RegisterOrganisationPayload, {
    description: 'Registers an organisation, pending verification by a coordinator; you become its admin.',
  })
  @UseGuards(SignedInGuard)
  async registerOrganisation(
    @Args('input') input: RegisterOrganisationInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<RegisterOrganisationPayload> {
    return { organisation: await this.organisations.register(input, session.user.id) };
  }

  @Query(() => [OrganisationModel], { description: "Coordinators' verification queue (oldest first)." })
  @RequireRole(Role.COORDINATOR)
  organisationQueue(
    @Args('status', { type: () => OrganisationStatus, defaultValue: OrganisationStatus.PENDING })
    status: OrganisationStatus,
  ): Promise<OrganisationModel[]> {
    return this.organisations.listByStatus(status);
  }

  @Mutation(() => DecideOrganisationPayload)
  @RequireRole(Role.COORDINATOR)
  async verifyOrganisation(
    @Args('input') input: VerifyOrganisationInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DecideOrganisationPayload> {
    return { organisation: await this.organisations.verify(input.organisationId, session.user.id) };
  }

  @Mutation(() => DecideOrganisationPayload)
  @RequireRole(Role.COORDINATOR)
  async rejectOrganisation(
    @Args('input') input: RejectOrganisationInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DecideOrganisationPayload> {
    return { organisation: await this.organisations.reject(input, session.user.id) };
  }

  @Query(() => AuditLogPageModel, { description: 'Sensitive actions, newest first (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  async auditLog(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AuditLogPageModel> {
    const { entries, hasNextPage } = await this.audit.page(first, after);
    return {
      entries: entries.map((entry) => ({
        ...entry,
        actorEmail: entry.actorEmail ?? undefined,
        details: JSON.stringify(entry.details),
      })),
      endCursor: entries.at(-1)?.id,
      hasNextPage,
      pageSize: entries.length,
    };
  }
}

@Resolver(() => ViewerModel)
export class ViewerFieldsResolver {
  constructor(
    private readonly rolesService: RolesService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => [Role], {
    description: 'Everyone is a citizen; other roles come with memberships and assignments.',
  })
  roles(@Parent() viewer: ViewerModel): Promise<Role[]> {
    return this.rolesService.rolesOf(viewer.id);
  }

  @ResolveField(() => [MembershipModel])
  memberships(@Parent() viewer: ViewerModel): Promise<MembershipModel[]> {
    return this.organisations.membershipsOf(viewer.id);
  }
}
