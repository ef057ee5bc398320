import { GraphqlContext } from '@entraide/api-core';
import {
  CurrentSession,
  ResolvedSession,
  SessionsService,
  SignedInGuard,
  sessionOf,
} from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  AnswerContactRequestInput,
  CompleteTestPaymentInput,
  ContactRequestInput,
  DonateInput,
  DonationIdInput,
  FundingRoundPreviewInput,
  InitiativeIdInput,
  InitiativeInput,
  InitiativesFilterInput,
  InitiativeUpdateInput,
  PayoutInput,
  PledgeInput,
  PublishFundingRoundInput,
  ReconciliationInput,
  RefundPaymentInput,
  RejectInitiativeInput,
  SponsorGrantInput,
} from './dto/funding.inputs';
import {
  ContactRequestModel,
  DonationCheckoutModel,
  DonationModel,
  FundingRoundModel,
  FundingRoundPreviewModel,
  FundingSettings,
  FundPaymentModel,
  InitiativeModel,
  InitiativeUpdateModel,
  PayoutModel,
  ReconciliationModel,
  SponsorGrantModel,
  SponsorOverviewModel,
  SponsorPledgeModel,
  TestCheckoutModel,
  TransparencyModel,
} from './models/funding.models';
import { DonationsService } from './services/donations.service';
import { FundingRoundsService } from './services/funding-rounds.service';
import { InitiativesService } from './services/initiatives.service';
import { SponsorsService } from './services/sponsors.service';
import { TransparencyService } from './services/transparency.service';

@Resolver()
export class InitiativesResolver {
  constructor(
    private readonly initiativesService: InitiativesService,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => [InitiativeModel], { description: 'Approved initiatives, most recent first (public).' })
  initiatives(
    @Args('filter', { type: () => InitiativesFilterInput, nullable: true })
    filter: InitiativesFilterInput | undefined,
  ): Promise<InitiativeModel[]> {
    return this.initiativesService.listApproved(filter ?? {});
  }

  @Query(() => InitiativeModel, {
    description: 'One initiative: public once approved; before that, its association and coordinators.',
  })
  async initiative(
    @Args('id', { type: () => ID }) id: string,
    @Context() { request }: GraphqlContext,
  ): Promise<InitiativeModel> {
    const session = await sessionOf(request, this.sessions);
    return this.initiativesService.get(id, session?.user.id ?? null);
  }

  @Query(() => [InitiativeModel], {
    description: "An association's initiatives, whatever their status (members).",
  })
  @UseGuards(SignedInGuard)
  organisationInitiatives(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<InitiativeModel[]> {
    return this.initiativesService.ofOrganisation(organisationId, session.user.id);
  }

  @Query(() => [InitiativeModel], { description: 'Initiatives waiting for a decision (coordinators).' })
  @UseGuards(SignedInGuard)
  initiativesToReview(@CurrentSession() session: ResolvedSession): Promise<InitiativeModel[]> {
    return this.initiativesService.toReview(session.user.id);
  }

  @Mutation(() => InitiativeModel, {
    description: 'Submits an initiative for approval (members of a verified association).',
  })
  @UseGuards(SignedInGuard)
  submitInitiative(@Args('input') input: InitiativeInput, @CurrentSession() session: ResolvedSession) {
    return this.initiativesService.submit(input, session.user.id);
  }

  @Mutation(() => InitiativeModel, { description: 'Coordinators.' })
  @UseGuards(SignedInGuard)
  approveInitiative(@Args('input') input: InitiativeIdInput, @CurrentSession() session: ResolvedSession) {
    return this.initiativesService.approve(input.id, session.user.id);
  }

  @Mutation(() => InitiativeModel, { description: 'Coordinators, with a reason the association sees.' })
  @UseGuards(SignedInGuard)
  rejectInitiative(@Args('input') input: RejectInitiativeInput, @CurrentSession() session: ResolvedSession) {
    return this.initiativesService.reject(input, session.user.id);
  }

  @Mutation(() => InitiativeModel, { description: 'No more donations (its association or coordinators).' })
  @UseGuards(SignedInGuard)
  closeInitiative(@Args('input') input: InitiativeIdInput, @CurrentSession() session: ResolvedSession) {
    return this.initiativesService.close(input.id, session.user.id);
  }

  @Mutation(() => InitiativeUpdateModel, { description: 'News for donors (its association).' })
  @UseGuards(SignedInGuard)
  postInitiativeUpdate(
    @Args('input') input: InitiativeUpdateInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.initiativesService.postUpdate(input, session.user.id);
  }

  @Mutation(() => PayoutModel, { description: 'Records a bank transfer to the association (coordinators).' })
  @UseGuards(SignedInGuard)
  recordPayout(@Args('input') input: PayoutInput, @CurrentSession() session: ResolvedSession) {
    return this.initiativesService.recordPayout(input, session.user.id);
  }
}

@Resolver()
export class DonationsResolver {
  constructor(private readonly donations: DonationsService) {}

  @Query(() => FundingSettings, {
    description: 'Donation limits and whether payments are test payments (public).',
  })
  fundingSettings(): FundingSettings {
    return this.donations.settings();
  }

  @Query(() => [DonationModel], { description: "The viewer's donations, newest first." })
  @UseGuards(SignedInGuard)
  myDonations(@CurrentSession() session: ResolvedSession): Promise<DonationModel[]> {
    return this.donations.ofDonor(session.user.id);
  }

  @Query(() => TestCheckoutModel, { description: "The local test-payment page's checkout (its donor)." })
  @UseGuards(SignedInGuard)
  testCheckout(
    @Args('checkoutSessionId') checkoutSessionId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<TestCheckoutModel> {
    return this.donations.testCheckout(checkoutSessionId, session.user.id);
  }

  @Query(() => [FundPaymentModel], {
    description: 'Payments received, newest first, without donors (coordinators).',
  })
  @UseGuards(SignedInGuard)
  fundPayments(
    @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId: string | undefined,
    @CurrentSession() session: ResolvedSession,
  ): Promise<FundPaymentModel[]> {
    return this.donations.payments(initiativeId ?? null, session.user.id);
  }

  @Mutation(() => DonationCheckoutModel, {
    description: 'Creates a donation and its checkout; pay at checkoutUrl.',
  })
  @UseGuards(SignedInGuard)
  donate(@Args('input') input: DonateInput, @CurrentSession() session: ResolvedSession) {
    return this.donations.donate(input, session.user.id);
  }

  @Mutation(() => DonationModel, {
    description: 'Test payments only: completes or fails the checkout through the signed webhook path.',
  })
  @UseGuards(SignedInGuard)
  completeTestPayment(
    @Args('input') input: CompleteTestPaymentInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.donations.completeTestPayment(input, session.user.id);
  }

  @Mutation(() => DonationModel, { description: 'Stops a monthly donation (its donor).' })
  @UseGuards(SignedInGuard)
  cancelMonthlyDonation(@Args('input') input: DonationIdInput, @CurrentSession() session: ResolvedSession) {
    return this.donations.cancelMonthly(input.id, session.user.id);
  }

  @Mutation(() => FundPaymentModel, { description: 'Refunds a payment through Stripe (coordinators).' })
  @UseGuards(SignedInGuard)
  refundDonationPayment(
    @Args('input') input: RefundPaymentInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.donations.refund(input, session.user.id);
  }
}

@Resolver()
export class SponsorsResolver {
  constructor(private readonly sponsors: SponsorsService) {}

  @Query(() => SponsorOverviewModel, {
    description: "A sponsor's pledges, grants and contact requests (its members, coordinators).",
  })
  @UseGuards(SignedInGuard)
  sponsorOverview(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<SponsorOverviewModel> {
    return this.sponsors.overview(organisationId, session.user.id);
  }

  @Query(() => [ContactRequestModel], {
    description: "Sponsors' requests to meet an initiative's team (its association).",
  })
  @UseGuards(SignedInGuard)
  initiativeContactRequests(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<ContactRequestModel[]> {
    return this.sponsors.requestsOfInitiative(initiativeId, session.user.id);
  }

  @Mutation(() => SponsorPledgeModel, {
    description: 'Pledges a matching fund (members of a verified sponsor).',
  })
  @UseGuards(SignedInGuard)
  pledgeMatchingFund(@Args('input') input: PledgeInput, @CurrentSession() session: ResolvedSession) {
    return this.sponsors.pledge(input, session.user.id);
  }

  @Mutation(() => SponsorGrantModel, {
    description: 'Funds an approved initiative directly (members of a verified sponsor).',
  })
  @UseGuards(SignedInGuard)
  fundInitiative(@Args('input') input: SponsorGrantInput, @CurrentSession() session: ResolvedSession) {
    return this.sponsors.grant(input, session.user.id);
  }

  @Mutation(() => ContactRequestModel, {
    description: "Asks to be put in contact with an initiative's team.",
  })
  @UseGuards(SignedInGuard)
  requestInitiativeContact(
    @Args('input') input: ContactRequestInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.sponsors.requestContact(input, session.user.id);
  }

  @Mutation(() => ContactRequestModel, {
    description: "Accepts or declines a sponsor's request (the initiative's association).",
  })
  @UseGuards(SignedInGuard)
  answerContactRequest(
    @Args('input') input: AnswerContactRequestInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.sponsors.answerContact(input, session.user.id);
  }
}

@Resolver()
export class FundingRoundsResolver {
  constructor(
    private readonly rounds: FundingRoundsService,
    private readonly transparency: TransparencyService,
  ) {}

  @Query(() => FundingRoundPreviewModel, {
    description: 'What a round would give now; nothing is written (coordinators).',
  })
  @UseGuards(SignedInGuard)
  fundingRoundPreview(
    @Args('input', { type: () => FundingRoundPreviewInput, nullable: true })
    input: FundingRoundPreviewInput | undefined,
    @CurrentSession() session: ResolvedSession,
  ): Promise<FundingRoundPreviewModel> {
    return this.rounds.preview(input?.maxShareBps ?? null, session.user.id);
  }

  @Mutation(() => FundingRoundModel, {
    description: 'Publishes the round previewed; published rounds never change (coordinators).',
  })
  @UseGuards(SignedInGuard)
  publishFundingRound(
    @Args('input') input: PublishFundingRoundInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.rounds.publish(input, session.user.id);
  }

  @Query(() => TransparencyModel, { description: 'Where every euro went (public).' })
  transparencyReport(): Promise<TransparencyModel> {
    return this.transparency.report();
  }

  @Query(() => ReconciliationModel, {
    description: 'Stripe amounts against the ledger, day by day (coordinators).',
  })
  @UseGuards(SignedInGuard)
  fundingReconciliation(
    @Args('input') input: ReconciliationInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<ReconciliationModel> {
    return this.transparency.reconciliation(input, session.user.id);
  }
}
