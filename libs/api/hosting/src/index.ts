export { HostingModule } from './lib/hosting.module';
export { HostingRunsService } from './lib/services/hosting-runs.service';
export { HostingRunTrigger } from './lib/hosting.enums';
export { DEMO_HOSTING_ACCOUNTS, DemoHostingService } from './lib/services/demo-hosting.service';
