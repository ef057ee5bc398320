export { ReportingModule } from './lib/reporting.module';
export { DashboardService } from './lib/dashboard/dashboard.service';
export { DemoAnnouncementsService } from './lib/announcements/demo-announcements.service';
