export { ReportingModule } from './lib/reporting.module';
export { DashboardService } from './lib/dashboard/dashboard.service';
