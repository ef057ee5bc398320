import { AuditLogService } from '@entraide/api-core';
import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  RegisterOrganisationInput,
  RejectOrganisationInput,
  UpdateOrganisationProfileInput,
  VerifyOrganisationInput,
} from './dto/inputs/identity.inputs';
import { OrganisationKind, OrganisationStatus, Role } from './enums/identity.enums';
import { RequireRole } from './guards/roles.guard';
import { CurrentSession, SignedInGuard } from './guards/signed-in.guard';
import {
  AuditLogPageModel,
  DecideOrganisationPayload,
  MembershipModel,
  OrganisationModel,
  PartnerDirectoryEntryModel,
  RegisterOrganisationPayload,
} from './models/organisation.model';
import { ViewerModel } from './models/viewer.model';
import { AccessService } from './services/access.service';
import { OrganisationsService } from './services/organisations.service';
import { RolesService } from './services/roles.service';
import { ResolvedSession } from './services/sessions.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditLogService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => OrganisationModel, {
    description:
      'What the organisation does and whom to contact, as the partner directory shows it (its admins).',
  })
  @UseGuards(SignedInGuard)
  updateOrganisationProfile(
    @Args('input') input: UpdateOrganisationProfileInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<OrganisationModel> {
    return this.organisations.updateProfile(input, session.user.id);
  }

  @Query(() => [PartnerDirectoryEntryModel], {
    description:
      "The verified partners: what they do, where, whom to contact (partners' members and coordinators).",
  })
  @UseGuards(SignedInGuard)
  async partnerDirectory(
    @CurrentSession() session: ResolvedSession,
    @Args('districtCode', { type: () => String, nullable: true }) districtCode?: string | null,
    @Args('kind', { type: () => OrganisationKind, nullable: true }) kind?: OrganisationKind | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<PartnerDirectoryEntryModel[]> {
    await this.access.requirePartnerOrCoordinator(session.user.id);
    return this.organisations.directory({
      districtCode: districtCode ?? null,
      kind: kind ?? null,
      search: search ?? null,
    });
  }

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
