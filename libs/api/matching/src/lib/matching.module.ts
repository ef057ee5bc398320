import { NotificationsModule } from '@entraide/api-notifications';
import { IdentityModule } from '@entraide/api-identity';
import { ItemsModule } from '@entraide/api-items';
import { Module } from '@nestjs/common';

import { MatchingResolver } from './matching.resolver';
import { ItemProposalsService } from './services/item-proposals.service';
import { MatchingRunsService } from './services/matching-runs.service';

/** Matching runs (pg-boss jobs) over `libs/matching`, and the proposals people accept or decline. */
@Module({
  imports: [IdentityModule, ItemsModule, NotificationsModule],
  providers: [MatchingRunsService, ItemProposalsService, MatchingResolver],
  exports: [MatchingRunsService],
})
export class MatchingModule {}
