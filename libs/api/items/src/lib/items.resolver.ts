import { GraphqlContext } from '@entraide/api-core';
import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  BookDropOffInput,
  BookingIdInput,
  DispatchIdInput,
  DispatchInput,
  MakeOfferInput,
  NeedFilterInput,
  NeedIdInput,
  OfferIdInput,
  PostNeedInput,
  ReceiveDropOffInput,
  RescheduleDropOffInput,
  UpdateNeedInput,
} from './dto/items.inputs';
import {
  DispatchModel,
  DispatchPayload,
  DropOffBookingModel,
  DropOffPayload,
  DropOffSlotModel,
  NeedModel,
  NeedPayload,
  OfferModel,
  OfferPayload,
  TraceStepModel,
} from './models/items.models';
import { DispatchesService } from './services/dispatches.service';
import { DropOffsService } from './services/drop-offs.service';
import { GiftTraceService } from './services/gift-trace.service';
import { NeedsService } from './services/needs.service';
import { OffersService } from './services/offers.service';

@Resolver(() => NeedModel)
export class NeedsResolver {
  constructor(private readonly needs: NeedsService) {}

  @Query(() => [NeedModel], {
    description: 'Open needs of verified associations, most urgent first (public).',
  })
  openNeeds(
    @Args('filter', { type: () => NeedFilterInput, nullable: true }) filter: NeedFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<NeedModel[]> {
    return this.needs.open(filter ?? {}, first);
  }

  @Query(() => NeedModel, { description: 'One need and its live progress (public).' })
  need(@Args('id', { type: () => ID }) id: string): Promise<NeedModel> {
    return this.needs.get(id);
  }

  @Query(() => [NeedModel], { description: "An organisation's needs, open first (its members)." })
  @UseGuards(SignedInGuard)
  organisationNeeds(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<NeedModel[]> {
    return this.needs.ofOrganisation(organisationId, session.user.id);
  }

  @Mutation(() => NeedPayload, { description: 'Posts a need (members of a verified association).' })
  @UseGuards(SignedInGuard)
  async postNeed(
    @Args('input') input: PostNeedInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<NeedPayload> {
    return { need: await this.needs.post(input, session.user.id) };
  }

  @Mutation(() => NeedPayload)
  @UseGuards(SignedInGuard)
  async updateNeed(
    @Args('input') input: UpdateNeedInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<NeedPayload> {
    return { need: await this.needs.update(input, session.user.id) };
  }

  @Mutation(() => NeedPayload)
  @UseGuards(SignedInGuard)
  async closeNeed(
    @Args('input') input: NeedIdInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<NeedPayload> {
    return { need: await this.needs.close(input.needId, session.user.id) };
  }
}

@Resolver(() => OfferModel)
export class OffersResolver {
  constructor(
    private readonly offers: OffersService,
    private readonly traces: GiftTraceService,
  ) {}

  @Query(() => [OfferModel], { description: 'Your offers, newest first.' })
  @UseGuards(SignedInGuard)
  myOffers(@CurrentSession() session: ResolvedSession): Promise<OfferModel[]> {
    return this.offers.mine(session.user.id);
  }

  @Mutation(() => OfferPayload, { description: 'Offers items, for a need or in general.' })
  @UseGuards(SignedInGuard)
  async makeOffer(
    @Args('input') input: MakeOfferInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<OfferPayload> {
    return { offer: await this.offers.make(input, session.user.id) };
  }

  @Mutation(() => OfferPayload, { description: 'Withdraws one of your offers not received yet.' })
  @UseGuards(SignedInGuard)
  async withdrawOffer(
    @Args('input') input: OfferIdInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<OfferPayload> {
    return { offer: await this.offers.withdraw(input.offerId, session.user.id) };
  }

  @ResolveField(() => [TraceStepModel], { description: 'What became of the gift, step by step.' })
  trace(@Parent() offer: OfferModel, @Context() { loaders }: GraphqlContext): Promise<TraceStepModel[]> {
    return loaders
      .get<string, TraceStepModel[]>('items.traces', (ids) => this.traces.traces(ids))
      .load(offer.id);
  }
}

@Resolver(() => DropOffBookingModel)
export class DropOffsResolver {
  constructor(private readonly dropOffs: DropOffsService) {}

  @Query(() => [DropOffSlotModel], { description: "A point's drop-off slots from now on (public)." })
  dropOffSlots(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
  ): Promise<DropOffSlotModel[]> {
    return this.dropOffs.slots(collectionPointId, days);
  }

  @Query(() => [DropOffBookingModel], { description: 'Your drop-offs, upcoming first.' })
  @UseGuards(SignedInGuard)
  myDropOffs(@CurrentSession() session: ResolvedSession): Promise<DropOffBookingModel[]> {
    return this.dropOffs.mine(session.user.id);
  }

  @Query(() => [DropOffBookingModel], {
    description: "A point's drop-offs of a day, today by default (its staff).",
  })
  @UseGuards(SignedInGuard)
  expectedDropOffs(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @Args('day', { type: () => String, nullable: true, description: 'YYYY-MM-DD, Paris time.' })
    day: string | undefined,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DropOffBookingModel[]> {
    return this.dropOffs.expected(collectionPointId, day ?? undefined, session.user.id);
  }

  @Query(() => DropOffBookingModel, {
    description: 'The drop-off a code (typed or scanned) stands for (staff).',
  })
  @UseGuards(SignedInGuard)
  dropOffByCode(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @Args('code') code: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DropOffBookingModel> {
    return this.dropOffs.byCode(collectionPointId, code, session.user.id);
  }

  @Mutation(() => DropOffPayload, { description: 'Books a drop-off slot for your offers; mails the code.' })
  @UseGuards(SignedInGuard)
  async bookDropOff(
    @Args('input') input: BookDropOffInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DropOffPayload> {
    return { booking: await this.dropOffs.book(input, session.user.id) };
  }

  @Mutation(() => DropOffPayload)
  @UseGuards(SignedInGuard)
  async rescheduleDropOff(
    @Args('input') input: RescheduleDropOffInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DropOffPayload> {
    return { booking: await this.dropOffs.reschedule(input, session.user.id) };
  }

  @Mutation(() => DropOffPayload)
  @UseGuards(SignedInGuard)
  async cancelDropOff(
    @Args('input') input: BookingIdInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DropOffPayload> {
    return { booking: await this.dropOffs.cancel(input.bookingId, session.user.id) };
  }

  @Mutation(() => DropOffPayload, { description: 'Records what a drop-off brought (staff of the point).' })
  @UseGuards(SignedInGuard)
  async receiveDropOff(
    @Args('input') input: ReceiveDropOffInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DropOffPayload> {
    return { booking: await this.dropOffs.receive(input, session.user.id) };
  }
}

@Resolver(() => DispatchModel)
export class DispatchesResolver {
  constructor(private readonly dispatches: DispatchesService) {}

  @Query(() => [DispatchModel], { description: 'Recent dispatches from a point (its staff, coordinators).' })
  @UseGuards(SignedInGuard)
  pointDispatches(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DispatchModel[]> {
    return this.dispatches.ofPoint(collectionPointId, session.user.id);
  }

  @Query(() => [DispatchModel], {
    description: 'Dispatches to an organisation, unconfirmed first (its members).',
  })
  @UseGuards(SignedInGuard)
  organisationDispatches(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DispatchModel[]> {
    return this.dispatches.ofOrganisation(organisationId, session.user.id);
  }

  @Mutation(() => DispatchPayload, {
    description: 'Sends stock to an association for a need (staff of the point).',
  })
  @UseGuards(SignedInGuard)
  async dispatchToNeed(
    @Args('input') input: DispatchInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DispatchPayload> {
    return { dispatch: await this.dispatches.dispatch(input, session.user.id) };
  }

  @Mutation(() => DispatchPayload, {
    description: 'Confirms a dispatch arrived (members of the association).',
  })
  @UseGuards(SignedInGuard)
  async confirmDelivery(
    @Args('input') input: DispatchIdInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<DispatchPayload> {
    return { dispatch: await this.dispatches.confirmDelivery(input.dispatchId, session.user.id) };
  }
}
