import { IdentityModule } from '@entraide/api-identity';
import { Module } from '@nestjs/common';

import { DashboardResolver } from './dashboard/dashboard.resolver';
import { DashboardService } from './dashboard/dashboard.service';
import { DistrictHelpService } from './public/district-help.service';
import { PublicDistrictController } from './public/public-district.controller';

/** Commitment 10: what the City and its partners see — each arrondissement's public page, the dashboard. */
@Module({
  imports: [IdentityModule],
  controllers: [PublicDistrictController],
  providers: [DistrictHelpService, DashboardService, DashboardResolver],
  exports: [DashboardService],
})
export class ReportingModule {}
