import { IdentityModule, PersonalDataRegistry } from '@entraide/api-identity';
import { NotificationsModule } from '@entraide/api-notifications';
import { Module, OnModuleInit } from '@nestjs/common';

import { MentoringResolver, MissionsResolver, VolunteersResolver } from './missions.resolver';
import { ApplicationsService } from './services/applications.service';
import { DemoMissionsService } from './services/demo-missions.service';
import { MentoringService } from './services/mentoring.service';
import { MISSIONS_PERSONAL_DATA } from './services/missions-personal-data';
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
export class MissionsModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(MISSIONS_PERSONAL_DATA);
  }
}
