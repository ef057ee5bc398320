import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CoordinationDashboardModel } from './dashboard.models';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => CoordinationDashboardModel, {
    description: 'Figures per arrondissement, activity day by day and alerts (coordinators).',
  })
  @UseGuards(SignedInGuard)
  coordinationDashboard(
    @Args('districtCode', {
      type: () => String,
      nullable: true,
      description: 'Days and alerts of one arrondissement.',
    })
    districtCode: string | null | undefined,
    @Args('days', { type: () => Int, defaultValue: 90 }) days: number,
    @CurrentSession() session: ResolvedSession,
  ): Promise<CoordinationDashboardModel> {
    return this.dashboards.dashboard(session.user.id, districtCode ?? null, days);
  }

  @Mutation(() => CoordinationDashboardModel, { description: 'Recomputes the figures now (coordinators).' })
  @UseGuards(SignedInGuard)
  refreshCoordinationDashboard(
    @CurrentSession() session: ResolvedSession,
  ): Promise<CoordinationDashboardModel> {
    return this.dashboards.refreshFor(session.user.id);
  }
}
