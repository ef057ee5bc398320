import { NotificationsModule } from '@entraide/api-notifications';
import { IdentityModule, PersonalDataRegistry } from '@entraide/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';

import {
  HostOffersResolver,
  HostingRequestsResolver,
  RentalUnitsResolver,
  StaysResolver,
} from './hosting.resolver';
import { DemoHostingService } from './services/demo-hosting.service';
import { HostOffersService } from './services/host-offers.service';
import { HostingOverviewService } from './services/hosting-overview.service';
import { HOSTING_PERSONAL_DATA } from './services/hosting-personal-data';
import { HostingProposalsService } from './services/hosting-proposals.service';
import { HostingRequestsService } from './services/hosting-requests.service';
import { HostingRunsService } from './services/hosting-runs.service';
import { RentalUnitsService } from './services/rental-units.service';
import { StaysService } from './services/stays.service';

/** Commitment 12: hosting at home (hosts, referred households, matching, stays) and "Louez solidaire". */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [
    HostOffersService,
    HostingRequestsService,
    HostingRunsService,
    HostingProposalsService,
    StaysService,
    HostingOverviewService,
    RentalUnitsService,
    DemoHostingService,
    HostOffersResolver,
    HostingRequestsResolver,
    StaysResolver,
    RentalUnitsResolver,
  ],
  exports: [HostingRunsService, DemoHostingService],
})
export class HostingModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(HOSTING_PERSONAL_DATA);
  }
}
