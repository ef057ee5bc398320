import { IdentityModule } from '@entraide/api-identity';
import { NotificationsModule } from '@entraide/api-notifications';
import { Module } from '@nestjs/common';

import { AnnouncementsResolver } from './announcements/announcements.resolver';
import { AnnouncementsService } from './announcements/announcements.service';
import { DemoAnnouncementsService } from './announcements/demo-announcements.service';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import { DashboardService } from './dashboard/dashboard.service';
import { DistrictHelpService } from './public/district-help.service';
import { PublicDistrictController } from './public/public-district.controller';
import { CouncilReportController } from './report/council-report.controller';
import { CouncilReportResolver } from './report/council-report.resolver';
import { CouncilReportService } from './report/council-report.service';

/**
 * Commitment 10: what the City and its partners see — each arrondissement's public page, the dashboard, the
 * Council's report, and coordinators' announcements to the partners.
 */
@Module({
  imports: [IdentityModule, NotificationsModule],
  controllers: [PublicDistrictController, CouncilReportController],
  providers: [
    DistrictHelpService,
    DashboardService,
    DashboardResolver,
    CouncilReportService,
    CouncilReportResolver,
    AnnouncementsService,
    AnnouncementsResolver,
    DemoAnnouncementsService,
  ],
  exports: [DashboardService, DemoAnnouncementsService],
})
export class ReportingModule {}
