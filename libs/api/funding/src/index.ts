export { FundingModule } from './lib/funding.module';
export { DemoFundingService } from './lib/services/demo-funding.service';
export { StripeGateway } from './lib/stripe/stripe-gateway.service';
export { FundingRoundsService } from './lib/services/funding-rounds.service';
