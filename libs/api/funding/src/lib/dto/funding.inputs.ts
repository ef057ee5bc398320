import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { DonationFrequency, InitiativeKind, TestPaymentOutcome } from '../funding.enums';

@InputType()
export class InitiativeInput {
  @Field(() => ID, {
    description: 'A verified association: the initiative is its own or that of a collective it sponsors.',
  })
  organisationId: string;

  @Field({
    nullable: true,
    description: "The citizens' collective carrying the project, if not the association itself.",
  })
  collectiveName?: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => InitiativeKind)
  kind: InitiativeKind;

  @Field(() => [String], { description: 'Arrondissement codes, e.g. "75018".' })
  districtCodes: string[];

  @Field(() => Int, { description: 'In cents, €100 to €1,000,000.' })
  budgetCents: number;

  @Field({ description: 'YYYY-MM-DD, in the future.' })
  deadline: string;
}

@InputType()
export class InitiativesFilterInput {
  @Field({ nullable: true })
  districtCode?: string;

  @Field(() => InitiativeKind, { nullable: true })
  kind?: InitiativeKind;
}

@InputType()
export class InitiativeIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class RejectInitiativeInput {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}

@InputType()
export class InitiativeUpdateInput {
  @Field(() => ID)
  initiativeId: string;

  @Field()
  body: string;
}

@InputType()
export class DonateInput {
  @Field(() => ID, { nullable: true, description: 'An approved initiative; none gives to the common fund.' })
  initiativeId?: string;

  @Field(() => Int, { description: 'In cents; see fundingSettings for the limits.' })
  amountCents: number;

  @Field(() => DonationFrequency)
  frequency: DonationFrequency;

  @Field({
    defaultValue: false,
    description: 'Hide the name on public pages (the receipt still carries it).',
  })
  anonymous: boolean;

  @Field({ nullable: true, description: 'Name on the tax receipt; the account name otherwise.' })
  donorName?: string;
}

@InputType()
export class CompleteTestPaymentInput {
  @Field()
  checkoutSessionId: string;

  @Field(() => TestPaymentOutcome)
  outcome: TestPaymentOutcome;
}

@InputType()
export class DonationIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  paymentId: string;

  @Field(() => Int, { nullable: true, description: 'In cents; what is left to refund when absent.' })
  amountCents?: number;
}

@InputType()
export class PledgeInput {
  @Field(() => ID, { description: 'A verified sponsor organisation.' })
  organisationId: string;

  @Field(() => Int, { description: 'In cents, at least €100.' })
  amountCents: number;

  @Field({ description: 'YYYY-MM-DD.' })
  periodStart: string;

  @Field({ description: 'YYYY-MM-DD, on or after the start.' })
  periodEnd: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Only initiatives in these arrondissements (none: all).',
  })
  districtCodes: string[];

  @Field(() => [InitiativeKind], { defaultValue: [], description: 'Only these kinds (none: all).' })
  initiativeKinds: InitiativeKind[];
}

@InputType()
export class SponsorGrantInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  initiativeId: string;

  @Field(() => Int, { description: 'In cents, never above what the initiative still needs.' })
  amountCents: number;

  @Field({ nullable: true })
  note?: string;
}

@InputType()
export class ContactRequestInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  initiativeId: string;

  @Field()
  message: string;
}

@InputType()
export class AnswerContactRequestInput {
  @Field(() => ID)
  id: string;

  @Field()
  accept: boolean;

  @Field({ nullable: true, description: 'Required when declining.' })
  reason?: string;
}

@InputType()
export class FundingRoundPreviewInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Maximum share of a pledge one initiative may get, in basis points (1–10000).',
  })
  maxShareBps?: number;
}

@InputType()
export class PublishFundingRoundInput extends FundingRoundPreviewInput {
  @Field({
    description: "The preview's fingerprint: publishing fails with CONFLICT if anything changed since.",
  })
  fingerprint: string;
}

@InputType()
export class PayoutInput {
  @Field(() => ID)
  initiativeId: string;

  @Field(() => Int, { description: 'In cents, at most what the initiative holds.' })
  amountCents: number;

  @Field({ description: 'The bank transfer reference.' })
  bankReference: string;
}

@InputType()
export class ReconciliationInput {
  @Field({ description: 'First day, YYYY-MM-DD (Paris).' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD (Paris).' })
  to: string;
}
