import { CurrentSession, RequireRole, ResolvedSession, Role, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  CloseHostingRequestInput,
  DeclineHostingProposalInput,
  DeclineRentalUnitInput,
  EndStayInput,
  ExtendStayInput,
  HostingProposalIdInput,
  HostingRequestInput,
  HostOfferIdInput,
  OfferRentalUnitInput,
  PlanHostingMeetingInput,
  RejectHostOfferInput,
  RentalUnitDecisionInput,
  RentalUnitIdInput,
  ReportStayIncidentInput,
  SaveHostOfferInput,
  StartStayInput,
  StayNoteInput,
  SubmitHostOfferInput,
  UpdateHostingRequestInput,
  VerifyHostOfferInput,
} from './dto/hosting.inputs';
import { HostingRunTrigger } from './hosting.enums';
import {
  HostingOverviewModel,
  HostingProposalModel,
  HostingRequestModel,
  HostingRunModel,
  HostOfferModel,
  OrganisationContactModel,
  RentalUnitModel,
  StayModel,
} from './models/hosting.models';
import { HostOffersService } from './services/host-offers.service';
import { HostingOverviewService } from './services/hosting-overview.service';
import { HostingProposalsService } from './services/hosting-proposals.service';
import { HostingRequestsService } from './services/hosting-requests.service';
import { HostingRunsService } from './services/hosting-runs.service';
import { RentalUnitsService } from './services/rental-units.service';
import { StaysService } from './services/stays.service';

@Resolver()
@UseGuards(SignedInGuard)
export class HostOffersResolver {
  constructor(private readonly offers: HostOffersService) {}

  @Query(() => [HostOfferModel], { description: 'My hosting offers, drafts included.' })
  myHostOffers(@CurrentSession() session: ResolvedSession): Promise<HostOfferModel[]> {
    return this.offers.mine(session.user.id);
  }

  @Query(() => [OrganisationContactModel], {
    description: 'Verified associations a host may ask to visit their home in this arrondissement.',
  })
  hostVerifiers(@Args('districtCode') districtCode: string): Promise<OrganisationContactModel[]> {
    return this.offers.verifiers(districtCode);
  }

  @Query(() => [HostOfferModel], { description: 'Offers an association was asked to verify (its members).' })
  hostOffersToVerify(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<HostOfferModel[]> {
    return this.offers.toVerify(organisationId, session.user.id);
  }

  @Mutation(() => HostOfferModel, {
    description: 'Saves one step of the host form (creates the draft first).',
  })
  saveHostOffer(@Args('input') input: SaveHostOfferInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.save(input, session.user.id);
  }

  @Mutation(() => HostOfferModel, {
    description: 'Sends a complete offer to an association for its home visit.',
  })
  submitHostOffer(@Args('input') input: SubmitHostOfferInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.submit(input.id, input.verifierOrganisationId, session.user.id);
  }

  @Mutation(() => HostOfferModel, {
    description: 'Records the home visit and verifies the offer (the association).',
  })
  verifyHostOffer(@Args('input') input: VerifyHostOfferInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.verify(input, session.user.id);
  }

  @Mutation(() => HostOfferModel, { description: 'Turns an offer down after the visit, with a reason.' })
  rejectHostOffer(@Args('input') input: RejectHostOfferInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.reject(input, session.user.id);
  }

  @Mutation(() => HostOfferModel, { description: 'Leaves matching for a while (the host).' })
  pauseHostOffer(@Args('input') input: HostOfferIdInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.setPaused(input.id, true, session.user.id);
  }

  @Mutation(() => HostOfferModel)
  resumeHostOffer(@Args('input') input: HostOfferIdInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.setPaused(input.id, false, session.user.id);
  }

  @Mutation(() => HostOfferModel)
  withdrawHostOffer(@Args('input') input: HostOfferIdInput, @CurrentSession() session: ResolvedSession) {
    return this.offers.withdraw(input.id, session.user.id);
  }
}

@Resolver()
@UseGuards(SignedInGuard)
export class HostingRequestsResolver {
  constructor(
    private readonly requests: HostingRequestsService,
    private readonly proposals: HostingProposalsService,
    private readonly runs: HostingRunsService,
  ) {}

  @Query(() => [HostingRequestModel], {
    description: 'Households an association refers (its members, coordinators); audited.',
  })
  hostingRequests(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<HostingRequestModel[]> {
    return this.requests.ofOrganisation(organisationId, session.user.id);
  }

  @Query(() => HostingRequestModel, {
    description: 'One household (its association, coordinators); audited.',
  })
  hostingRequest(@Args('id', { type: () => ID }) id: string, @CurrentSession() session: ResolvedSession) {
    return this.requests.get(id, session.user.id);
  }

  @Mutation(() => HostingRequestModel, { description: 'Refers a household (a verified association).' })
  createHostingRequest(
    @Args('input') input: HostingRequestInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.requests.create(input, session.user.id);
  }

  @Mutation(() => HostingRequestModel)
  updateHostingRequest(
    @Args('input') input: UpdateHostingRequestInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.requests.update(input, session.user.id);
  }

  @Mutation(() => HostingRequestModel)
  closeHostingRequest(
    @Args('input') input: CloseHostingRequestInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.requests.close(input, session.user.id);
  }

  @Query(() => [HostingProposalModel], { description: "Proposals for an association's households." })
  hostingProposals(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<HostingProposalModel[]> {
    return this.proposals.ofOrganisation(organisationId, session.user.id);
  }

  @Query(() => [HostingProposalModel], { description: 'Households forwarded to my home.' })
  myHostingProposals(@CurrentSession() session: ResolvedSession): Promise<HostingProposalModel[]> {
    return this.proposals.ofHost(session.user.id);
  }

  @Mutation(() => HostingProposalModel, { description: 'Sends a proposal to the host (the association).' })
  forwardHostingProposal(
    @Args('input') input: HostingProposalIdInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.proposals.forward(input.id, session.user.id);
  }

  @Mutation(() => HostingProposalModel, { description: 'Accepts a forwarded proposal (the host).' })
  acceptHostingProposal(
    @Args('input') input: HostingProposalIdInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.proposals.accept(input.id, session.user.id);
  }

  @Mutation(() => HostingProposalModel, {
    description: 'Declines with a reason (the association or the host).',
  })
  declineHostingProposal(
    @Args('input') input: DeclineHostingProposalInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.proposals.decline(input, session.user.id);
  }

  @Mutation(() => HostingProposalModel, { description: 'Plans the first meeting of an accepted proposal.' })
  planHostingMeeting(
    @Args('input') input: PlanHostingMeetingInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.proposals.planMeeting(input, session.user.id);
  }

  @Query(() => [HostingRunModel], { description: 'Recent hosting matching runs (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  hostingRuns(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<HostingRunModel[]> {
    return this.runs.recent(first);
  }

  @Mutation(() => HostingRunModel, { description: 'Queues a hosting matching run now (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  startHostingMatchingRun(@CurrentSession() session: ResolvedSession): Promise<HostingRunModel> {
    return this.runs.request(HostingRunTrigger.MANUAL, session.user.id);
  }
}

@Resolver()
@UseGuards(SignedInGuard)
export class StaysResolver {
  constructor(
    private readonly staysService: StaysService,
    private readonly overview: HostingOverviewService,
  ) {}

  @Query(() => [StayModel], { description: "An association's stays (its members, coordinators)." })
  stays(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.staysService.ofOrganisation(organisationId, session.user.id);
  }

  @Query(() => [StayModel], { description: 'Stays in my home.' })
  myStays(@CurrentSession() session: ResolvedSession): Promise<StayModel[]> {
    return this.staysService.ofHost(session.user.id);
  }

  @Query(() => StayModel)
  stay(
    @Args('id', { type: () => ID }) id: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StayModel> {
    return this.staysService.get(id, session.user.id);
  }

  @Query(() => HostingOverviewModel, { description: 'Hosting per arrondissement (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  hostingOverview(): Promise<HostingOverviewModel> {
    return this.overview.overview();
  }

  @Mutation(() => StayModel, { description: 'Starts the stay of an accepted proposal (the association).' })
  startStay(@Args('input') input: StartStayInput, @CurrentSession() session: ResolvedSession) {
    return this.staysService.start(input, session.user.id);
  }

  @Mutation(() => StayModel, { description: 'Logs a check-in (the association).' })
  recordStayCheckIn(@Args('input') input: StayNoteInput, @CurrentSession() session: ResolvedSession) {
    return this.staysService.checkIn(input, session.user.id);
  }

  @Mutation(() => StayModel, { description: 'Reports an incident (the host or the association).' })
  reportStayIncident(
    @Args('input') input: ReportStayIncidentInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.staysService.reportIncident(input, session.user.id);
  }

  @Mutation(() => StayModel, { description: 'Moves the planned end later (the association).' })
  extendStay(@Args('input') input: ExtendStayInput, @CurrentSession() session: ResolvedSession) {
    return this.staysService.extend(input, session.user.id);
  }

  @Mutation(() => StayModel, { description: 'Ends a stay (the host or the association).' })
  endStay(@Args('input') input: EndStayInput, @CurrentSession() session: ResolvedSession) {
    return this.staysService.end(input, session.user.id);
  }
}

@Resolver()
@UseGuards(SignedInGuard)
export class RentalUnitsResolver {
  constructor(private readonly units: RentalUnitsService) {}

  @Query(() => [RentalUnitModel], { description: 'Homes I offered to "Louez solidaire".' })
  myRentalUnits(@CurrentSession() session: ResolvedSession): Promise<RentalUnitModel[]> {
    return this.units.mine(session.user.id);
  }

  @Query(() => [RentalUnitModel], {
    description: "Homes in a housing operator's arrondissements (its members).",
  })
  operatorRentalUnits(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<RentalUnitModel[]> {
    return this.units.forOperator(organisationId, session.user.id);
  }

  @Mutation(() => RentalUnitModel)
  offerRentalUnit(@Args('input') input: OfferRentalUnitInput, @CurrentSession() session: ResolvedSession) {
    return this.units.offer(input, session.user.id);
  }

  @Mutation(() => RentalUnitModel)
  withdrawRentalUnit(@Args('input') input: RentalUnitIdInput, @CurrentSession() session: ResolvedSession) {
    return this.units.withdraw(input.id, session.user.id);
  }

  @Mutation(() => RentalUnitModel, { description: 'A verified housing operator takes the home on.' })
  takeOnRentalUnit(
    @Args('input') input: RentalUnitDecisionInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.units.takeOn(input, session.user.id);
  }

  @Mutation(() => RentalUnitModel)
  declineRentalUnit(
    @Args('input') input: DeclineRentalUnitInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.units.decline(input, session.user.id);
  }

  @Mutation(() => RentalUnitModel, { description: 'The operator has let the home.' })
  markRentalUnitLet(
    @Args('input') input: RentalUnitDecisionInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.units.markLet(input, session.user.id);
  }
}
