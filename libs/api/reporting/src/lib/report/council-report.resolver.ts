import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { CouncilReportModel } from './council-report.models';
import { CouncilReportService } from './council-report.service';

@Resolver()
export class CouncilReportResolver {
  constructor(private readonly reports: CouncilReportService) {}

  @Query(() => CouncilReportModel, {
    description:
      'Figures of commitments 10 to 14 over a period (Paris days, both included), for the Council (coordinators).',
  })
  @UseGuards(SignedInGuard)
  councilReport(
    @Args('from') from: string,
    @Args('to') to: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<CouncilReportModel> {
    return this.reports.report(from, to, session.user.id);
  }
}
