export { MissionsModule } from './lib/missions.module';
export { ApplicationsService } from './lib/services/applications.service';
export { DemoMissionsService } from './lib/services/demo-missions.service';
