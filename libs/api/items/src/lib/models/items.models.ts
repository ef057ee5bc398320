import { OfVariantModel } from '@entraide/api-catalogue';
import { CollectionPointModel } from '@entraide/api-geography';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  BookingStatus,
  DispatchStatus,
  NeedStatus,
  NeedUrgency,
  OfferCondition,
  OfferStatus,
  TraceStepKind,
} from '../items.enums';

@ObjectType('NeedOrganisation', { description: 'The association that posted a need.' })
export class NeedOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('NeedProgress', { description: 'Units at each stage of the loop, live.' })
export class NeedProgressModel {
  @Field(() => Int, { description: 'Promised by citizens (offers not withdrawn, received or not).' })
  offered: number;

  @Field(() => Int, { description: 'Received at collection points for this need.' })
  received: number;

  @Field(() => Int)
  dispatched: number;

  @Field(() => Int, { description: 'Confirmed delivered by the association.' })
  delivered: number;

  @Field(() => Int, { description: 'Units still to dispatch.' })
  remaining: number;

  @Field(() => Float, { description: 'Share of the quantity offered or dispatched already, 0 to 1.' })
  coverage: number;
}

@ObjectType('Need', { description: 'Items an association needs, delivered to an arrondissement.' })
export class NeedModel extends OfVariantModel {
  @Field(() => ID)
  id: string;

  @Field(() => NeedOrganisationModel)
  organisation: NeedOrganisationModel;

  @Field(() => Int)
  quantity: number;

  @Field()
  districtCode: string;

  @Field(() => NeedUrgency)
  urgency: NeedUrgency;

  @Field({ nullable: true, description: 'YYYY-MM-DD.' })
  deadline?: string;

  @Field({ nullable: true })
  note?: string;

  @Field(() => NeedStatus)
  status: NeedStatus;

  @Field()
  createdAt: Date;

  @Field(() => NeedProgressModel)
  progress: NeedProgressModel;
}

@ObjectType('DropOffSlot', { description: 'A time window to drop items at a collection point.' })
export class DropOffSlotModel {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  booked: number;

  @Field(() => Int)
  available: number;
}

@ObjectType('TraceStep', { description: 'One step of what became of a gift.' })
export class TraceStepModel {
  @Field(() => TraceStepKind)
  kind: TraceStepKind;

  @Field({ nullable: true })
  at?: Date;

  @Field(() => Int)
  quantity: number;

  @Field({ nullable: true, description: 'Where it happened (or, for a transfer, where it went).' })
  collectionPointName?: string;

  @Field({ nullable: true, description: 'The association it went to.' })
  organisationName?: string;

  @Field({ nullable: true })
  reason?: string;
}

@ObjectType('Offer', { description: "A citizen's gift of items, for a need or in general." })
export class OfferModel extends OfVariantModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => OfferCondition)
  condition: OfferCondition;

  @Field(() => OfferStatus)
  status: OfferStatus;

  @Field(() => ID, { nullable: true })
  needId?: string;

  @Field({ nullable: true, description: 'The association whose need this offer answers.' })
  needOrganisationName?: string;

  @Field(() => ID, { nullable: true })
  bookingId?: string;

  @Field(() => Int, { nullable: true })
  receivedQuantity?: number;

  @Field(() => Int, { nullable: true })
  refusedQuantity?: number;

  @Field({ nullable: true })
  refusalReason?: string;

  @Field()
  createdAt: Date;
}

@ObjectType('DropOffBooking', { description: 'A booked drop-off: a short code to show at the point.' })
export class DropOffBookingModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '6 characters, also encoded in the QR code.' })
  code: string;

  @Field(() => CollectionPointModel)
  collectionPoint: CollectionPointModel;

  @Field()
  slotStartsAt: Date;

  @Field()
  slotEndsAt: Date;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field({ nullable: true })
  receivedAt?: Date;

  @Field({ description: "The donor's display name (for the point's staff)." })
  donorName: string;

  @Field(() => [OfferModel])
  offers: OfferModel[];
}

@ObjectType('Dispatch', { description: 'Items sent from a collection point to an association for a need.' })
export class DispatchModel extends OfVariantModel {
  @Field(() => ID)
  id: string;

  @Field(() => CollectionPointModel)
  collectionPoint: CollectionPointModel;

  @Field(() => ID)
  needId: string;

  @Field()
  organisationName: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => DispatchStatus)
  status: DispatchStatus;

  @Field()
  dispatchedAt: Date;

  @Field({ nullable: true })
  deliveredAt?: Date;
}

@ObjectType('NeedPayload')
export class NeedPayload {
  @Field(() => NeedModel)
  need: NeedModel;
}

@ObjectType('OfferPayload')
export class OfferPayload {
  @Field(() => OfferModel)
  offer: OfferModel;
}

@ObjectType('DropOffPayload')
export class DropOffPayload {
  @Field(() => DropOffBookingModel)
  booking: DropOffBookingModel;
}

@ObjectType('DispatchPayload')
export class DispatchPayload {
  @Field(() => DispatchModel)
  dispatch: DispatchModel;
}
