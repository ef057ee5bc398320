export { MissionsModule } from './lib/missions.module';
export { ApplicationsService } from './lib/services/applications.service';
