import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  ContactRequestStatus,
  DonationFrequency,
  DonationStatus,
  FundingSource,
  InitiativeKind,
  InitiativeStatus,
} from '../funding.enums';
import { Cents } from '@entraide/api-core';

@ObjectType()
export class FundingSettings {
  @Field({ description: 'No Stripe keys: donations are completed on the test-payment page.' })
  testPayments: boolean;

  @Field(() => Int)
  minimumCents: number;

  @Field(() => Int)
  maximumCents: number;

  @Field(() => Int, {
    description: 'Share of a donation a French taxpayer may deduct, in basis points (6600).',
  })
  taxReductionBps: number;
}

@ObjectType('FundingOrganisation')
export class FundingOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('InitiativeProgress')
export class InitiativeProgressModel {
  @Field(() => Cents, { description: 'Donations, net of refunds.' })
  raisedCents: number;

  @Field(() => Cents, { description: 'From sponsors’ matching pledges (quadratic funding rounds).' })
  matchedCents: number;

  @Field(() => Cents, { description: 'From the common fund (pro rata rounds).' })
  poolCents: number;

  @Field(() => Cents, { description: 'Sponsors’ direct funding.' })
  sponsoredCents: number;

  @Field(() => Cents)
  paidOutCents: number;

  @Field(() => Cents, { description: 'The budget not yet covered.' })
  remainingCents: number;

  @Field(() => Cents, { description: 'Held for the initiative, not yet paid out.' })
  balanceCents: number;

  @Field(() => Int, { description: 'Distinct donors with a payment not fully refunded.' })
  donorsCount: number;

  @Field(() => Int, { description: 'Covered share of the budget, 0–100.' })
  percent: number;
}

@ObjectType('InitiativeUpdate')
export class InitiativeUpdateModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Initiative')
export class InitiativeModel {
  @Field(() => ID)
  id: string;

  @Field(() => FundingOrganisationModel)
  organisation: FundingOrganisationModel;

  @Field(() => String, { nullable: true })
  collectiveName: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => InitiativeKind)
  kind: InitiativeKind;

  @Field(() => [String])
  districtCodes: string[];

  @Field(() => Cents)
  budgetCents: number;

  @Field({ description: 'YYYY-MM-DD.' })
  deadline: string;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => InitiativeProgressModel)
  progress: InitiativeProgressModel;

  @Field(() => [InitiativeUpdateModel], { description: 'Newest first.' })
  updates: InitiativeUpdateModel[];

  @Field(() => [String], {
    description:
      'Display names of the latest donors who gave their name (at most 12, newest first; never the anonymous).',
  })
  supporters: string[];

  @Field({ description: "The viewer is a member of the initiative's association." })
  viewerManages: boolean;
}

@ObjectType('DonationPayment')
export class DonationPaymentModel {
  @Field(() => ID)
  id: string;

  @Field(() => Cents)
  amountCents: number;

  @Field(() => Cents)
  refundedCents: number;

  @Field()
  paidAt: Date;

  @Field({ description: 'Number of the tax receipt.' })
  receiptNumber: string;

  @Field(() => Cents, { description: 'Estimated income-tax reduction (66 % of the net amount).' })
  taxReductionCents: number;
}

@ObjectType('DonationTarget')
export class DonationTargetModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('Donation')
export class DonationModel {
  @Field(() => ID)
  id: string;

  @Field(() => DonationTargetModel, { nullable: true, description: 'None: the common fund.' })
  initiative: DonationTargetModel | null;

  @Field(() => Cents)
  amountCents: number;

  @Field(() => DonationFrequency)
  frequency: DonationFrequency;

  @Field()
  anonymous: boolean;

  @Field(() => DonationStatus)
  status: DonationStatus;

  @Field(() => String, { nullable: true })
  failureReason: string | null;

  @Field()
  testMode: boolean;

  @Field()
  createdAt: Date;

  @Field(() => [DonationPaymentModel])
  payments: DonationPaymentModel[];
}

@ObjectType('DonationCheckout')
export class DonationCheckoutModel {
  @Field(() => DonationModel)
  donation: DonationModel;

  @Field({ description: "Stripe Checkout's page, or the local test-payment page." })
  checkoutUrl: string;
}

@ObjectType('TestCheckout')
export class TestCheckoutModel {
  @Field()
  checkoutSessionId: string;

  @Field(() => ID)
  donationId: string;

  @Field(() => Cents)
  amountCents: number;

  @Field(() => DonationFrequency)
  frequency: DonationFrequency;

  @Field(() => String, { nullable: true, description: 'None: the common fund.' })
  initiativeTitle: string | null;

  @Field(() => DonationStatus)
  status: DonationStatus;
}

@ObjectType('SponsorPledge')
export class SponsorPledgeModel {
  @Field(() => ID)
  id: string;

  @Field(() => FundingOrganisationModel)
  sponsor: FundingOrganisationModel;

  @Field(() => Cents)
  amountCents: number;

  @Field(() => Cents, { description: 'Given out in published rounds.' })
  usedCents: number;

  @Field(() => Cents)
  availableCents: number;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => [String])
  districtCodes: string[];

  @Field(() => [InitiativeKind])
  initiativeKinds: InitiativeKind[];

  @Field()
  createdAt: Date;
}

@ObjectType('SponsorGrant')
export class SponsorGrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => DonationTargetModel)
  initiative: DonationTargetModel;

  @Field(() => Cents)
  amountCents: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('ContactRequest')
export class ContactRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => FundingOrganisationModel)
  sponsor: FundingOrganisationModel;

  @Field(() => DonationTargetModel)
  initiative: DonationTargetModel;

  @Field()
  message: string;

  @Field(() => ContactRequestStatus)
  status: ContactRequestStatus;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The sponsor's contact, once accepted." })
  sponsorContactEmail: string | null;

  @Field(() => String, { nullable: true, description: "The association's contact, once accepted." })
  initiativeContactEmail: string | null;
}

@ObjectType('SponsorOverview')
export class SponsorOverviewModel {
  @Field(() => FundingOrganisationModel)
  sponsor: FundingOrganisationModel;

  @Field(() => Cents, { description: 'Pledges and grants.' })
  committedCents: number;

  @Field(() => Cents, { description: 'Matching given out and grants.' })
  usedCents: number;

  @Field(() => [SponsorPledgeModel])
  pledges: SponsorPledgeModel[];

  @Field(() => [SponsorGrantModel])
  grants: SponsorGrantModel[];

  @Field(() => [ContactRequestModel])
  contactRequests: ContactRequestModel[];
}

@ObjectType('RoundInitiative')
export class RoundInitiativeModel {
  @Field(() => DonationTargetModel)
  initiative: DonationTargetModel;

  @Field(() => Int)
  donorsCount: number;

  @Field(() => Cents)
  contributionsCents: number;

  @Field(() => Float, { description: 'Σ √contribution (contributions in cents).' })
  sqrtSum: number;

  @Field(() => Cents, { description: '(Σ √c)² − Σ c.' })
  rawMatchCents: number;

  @Field(() => Cents)
  matchedCents: number;

  @Field(() => Cents)
  poolCents: number;
}

@ObjectType('RoundAllocation')
export class RoundAllocationModel {
  @Field(() => ID)
  initiativeId: string;

  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => ID, { nullable: true })
  pledgeId: string | null;

  @Field(() => Cents)
  amountCents: number;
}

@ObjectType('FundingRoundPreview')
export class FundingRoundPreviewModel {
  @Field({ description: 'Pass it to publishFundingRound.' })
  fingerprint: string;

  @Field(() => Date, { nullable: true })
  contributionsFrom: Date | null;

  @Field()
  contributionsUntil: Date;

  @Field(() => Int, { nullable: true })
  maxShareBps: number | null;

  @Field(() => Cents)
  matchingAvailableCents: number;

  @Field(() => Cents)
  poolAvailableCents: number;

  @Field(() => Cents)
  matchedCents: number;

  @Field(() => Cents)
  poolAllocatedCents: number;

  @Field(() => Cents)
  unallocatedMatchingCents: number;

  @Field(() => Cents)
  unallocatedPoolCents: number;

  @Field(() => [RoundInitiativeModel])
  initiatives: RoundInitiativeModel[];

  @Field(() => [RoundAllocationModel])
  allocations: RoundAllocationModel[];
}

@ObjectType('FundingRound')
export class FundingRoundModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  publishedAt: Date;

  @Field(() => Date, { nullable: true })
  contributionsFrom: Date | null;

  @Field()
  contributionsUntil: Date;

  @Field(() => Int, { nullable: true })
  maxShareBps: number | null;

  @Field(() => Cents)
  matchedCents: number;

  @Field(() => Cents)
  poolCents: number;

  @Field(() => [RoundInitiativeModel])
  initiatives: RoundInitiativeModel[];
}

@ObjectType('TransparencyInitiative')
export class TransparencyInitiativeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  organisationName: string;

  @Field(() => Cents)
  budgetCents: number;

  @Field(() => InitiativeProgressModel)
  progress: InitiativeProgressModel;
}

@ObjectType('TransparencySponsor')
export class TransparencySponsorModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Cents)
  committedCents: number;

  @Field(() => Cents)
  usedCents: number;
}

@ObjectType('TransparencyMonth')
export class TransparencyMonthModel {
  @Field({ description: 'YYYY-MM.' })
  month: string;

  @Field(() => Cents, { description: 'Donations net of refunds.' })
  raisedCents: number;

  @Field(() => Cents)
  matchedCents: number;

  @Field(() => Cents)
  paidOutCents: number;
}

@ObjectType('Transparency')
export class TransparencyModel {
  @Field(() => Cents)
  raisedCents: number;

  @Field(() => Cents)
  refundedCents: number;

  @Field(() => Cents)
  matchedCents: number;

  @Field(() => Cents, { description: 'Given to the common fund, net of refunds.' })
  poolReceivedCents: number;

  @Field(() => Cents)
  paidOutCents: number;

  @Field(() => [TransparencyInitiativeModel])
  initiatives: TransparencyInitiativeModel[];

  @Field(() => [TransparencySponsorModel])
  sponsors: TransparencySponsorModel[];

  @Field(() => [FundingRoundModel], { description: 'Published rounds, newest first.' })
  rounds: FundingRoundModel[];

  @Field(() => [TransparencyMonthModel], { description: 'Oldest first.' })
  months: TransparencyMonthModel[];
}

@ObjectType('ReconciliationDay')
export class ReconciliationDayModel {
  @Field({ description: 'YYYY-MM-DD (Paris).' })
  day: string;

  @Field(() => Cents, { description: 'Paid minus refunded, as Stripe reported it in the events processed.' })
  stripeCents: number;

  @Field(() => Cents, { description: 'Net movement of the stripe-clearing ledger account.' })
  ledgerCents: number;

  @Field(() => Cents)
  differenceCents: number;
}

@ObjectType('StripeEventSummary')
export class StripeEventSummaryModel {
  @Field()
  id: string;

  @Field()
  type: string;

  @Field()
  outcome: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field()
  receivedAt: Date;
}

@ObjectType('Reconciliation')
export class ReconciliationModel {
  @Field(() => Cents)
  stripeCents: number;

  @Field(() => Cents)
  ledgerCents: number;

  @Field()
  balanced: boolean;

  @Field(() => [ReconciliationDayModel])
  days: ReconciliationDayModel[];

  @Field(() => [StripeEventSummaryModel], {
    description: 'Events refused (e.g. an amount that does not match) or still waiting.',
  })
  exceptions: StripeEventSummaryModel[];
}

@ObjectType('FundPayment')
export class FundPaymentModel {
  @Field(() => ID)
  id: string;

  @Field(() => DonationTargetModel, { nullable: true })
  initiative: DonationTargetModel | null;

  @Field(() => DonationFrequency)
  frequency: DonationFrequency;

  @Field(() => Cents)
  amountCents: number;

  @Field(() => Cents)
  refundedCents: number;

  @Field()
  paidAt: Date;

  @Field()
  receiptNumber: string;
}

@ObjectType('Payout')
export class PayoutModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  initiativeId: string;

  @Field(() => Cents)
  amountCents: number;

  @Field()
  bankReference: string;

  @Field()
  createdAt: Date;
}
