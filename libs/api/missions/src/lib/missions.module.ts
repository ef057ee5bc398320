import { IdentityModule } from '@entraide/api-identity';
import { NotificationsModule } from '@entraide/api-notifications';
import { Module } from '@nestjs/common';

import { MentoringResolver, MissionsResolver, VolunteersResolver } from './missions.resolver';
import { ApplicationsService } from './services/applications.service';
import { DemoMissionsService } from './services/demo-missions.service';
import { MentoringService } from './services/mentoring.service';
import { MissionsService } from './services/missions.service';
import { VolunteersService } from './services/volunteers.service';

/** Commitments 4, 8, 9 and 11: volunteer missions, shifts, applications, attendance, and mentoring. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [
    MissionsService,
    VolunteersService,
    ApplicationsService,
    MentoringService,
    DemoMissionsService,
    MissionsResolver,
    VolunteersResolver,
    MentoringResolver,
  ],
  exports: [MissionsService, ApplicationsService, DemoMissionsService],
})
export class MissionsModule {}
