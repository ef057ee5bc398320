import { registerEnumType } from '@nestjs/graphql';

export enum InitiativeKind {
  WELCOME = 'WELCOME',
  LANGUAGE = 'LANGUAGE',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  EMPLOYMENT = 'EMPLOYMENT',
  SPORT_CULTURE = 'SPORT_CULTURE',
  HOUSING = 'HOUSING',
  OTHER = 'OTHER',
}
registerEnumType(InitiativeKind, { name: 'InitiativeKind' });

export enum InitiativeStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });

export enum DonationFrequency {
  ONE_OFF = 'ONE_OFF',
  MONTHLY = 'MONTHLY',
}
registerEnumType(DonationFrequency, { name: 'DonationFrequency' });

export enum DonationStatus {
  /** Checkout created, not paid yet. */
  PENDING = 'PENDING',
  /** One-off donation paid. */
  PAID = 'PAID',
  /** Monthly donation running. */
  ACTIVE = 'ACTIVE',
  FAILED = 'FAILED',
  /** Monthly donation stopped. */
  CANCELLED = 'CANCELLED',
  /** One-off donation fully refunded. */
  REFUNDED = 'REFUNDED',
}
registerEnumType(DonationStatus, { name: 'DonationStatus' });

export enum ContactRequestStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ContactRequestStatus, { name: 'ContactRequestStatus' });

export enum FundingSource {
  /** A sponsor's matching pledge, shared by quadratic funding. */
  MATCHING = 'MATCHING',
  /** The common fund, shared pro rata to the remaining budgets. */
  POOL = 'POOL',
}
registerEnumType(FundingSource, { name: 'FundingSource' });

export enum TestPaymentOutcome {
  SUCCEED = 'SUCCEED',
  FAIL = 'FAIL',
}
registerEnumType(TestPaymentOutcome, { name: 'TestPaymentOutcome' });
