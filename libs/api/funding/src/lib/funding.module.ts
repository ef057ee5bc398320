import { IdentityModule, PersonalDataRegistry } from '@entraide/api-identity';
import { NotificationsModule } from '@entraide/api-notifications';
import { Module, OnModuleInit } from '@nestjs/common';

import {
  DonationsResolver,
  FundingRoundsResolver,
  InitiativesResolver,
  SponsorsResolver,
} from './funding.resolver';
import { DemoFundingService } from './services/demo-funding.service';
import { DonationsService } from './services/donations.service';
import { FUNDING_PERSONAL_DATA } from './services/funding-personal-data';
import { FundingRoundsService } from './services/funding-rounds.service';
import { InitiativesService } from './services/initiatives.service';
import { ReceiptsService } from './services/receipts.service';
import { SponsorsService } from './services/sponsors.service';
import { TransparencyService } from './services/transparency.service';
import { StripeGateway } from './stripe/stripe-gateway.service';
import { StripeWebhookController } from './stripe/stripe-webhook.controller';
import { StripeWebhookService } from './stripe/stripe-webhook.service';

/** Commitment 13: the common fund — initiatives, donations through Stripe, sponsors, fair rounds, ledger. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  controllers: [StripeWebhookController],
  providers: [
    StripeGateway,
    StripeWebhookService,
    ReceiptsService,
    InitiativesService,
    DonationsService,
    SponsorsService,
    FundingRoundsService,
    TransparencyService,
    DemoFundingService,
    InitiativesResolver,
    DonationsResolver,
    SponsorsResolver,
    FundingRoundsResolver,
  ],
  exports: [DemoFundingService, StripeGateway],
})
export class FundingModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(FUNDING_PERSONAL_DATA);
  }
}
