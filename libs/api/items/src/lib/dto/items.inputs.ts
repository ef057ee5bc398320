import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { NeedUrgency, OfferCondition } from '../items.enums';

@InputType()
export class PostNeedInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  quantity: number;

  @Field({ description: 'Postal code of the arrondissement to deliver to.' })
  districtCode: string;

  @Field(() => NeedUrgency)
  urgency: NeedUrgency;

  @Field({ nullable: true, description: 'YYYY-MM-DD, today or later.' })
  deadline?: string;

  @Field({ nullable: true })
  note?: string;
}

@InputType()
export class UpdateNeedInput {
  @Field(() => ID)
  needId: string;

  @Field(() => Int, { nullable: true, description: 'Never below what has been dispatched.' })
  quantity?: number;

  @Field(() => NeedUrgency, { nullable: true })
  urgency?: NeedUrgency;

  @Field({ nullable: true, description: 'YYYY-MM-DD; an empty string removes the deadline.' })
  deadline?: string;

  @Field({ nullable: true, description: 'An empty string removes the note.' })
  note?: string;
}

@InputType()
export class NeedIdInput {
  @Field(() => ID)
  needId: string;
}

@InputType()
export class NeedFilterInput {
  @Field({ nullable: true, description: 'Only needs delivered to this arrondissement.' })
  districtCode?: string;

  @Field({ nullable: true, description: 'Only needs for this catalogue item, e.g. "socks".' })
  itemCode?: string;

  @Field({
    nullable: true,
    description: 'Most needed near this arrondissement: urgency first, then distance.',
  })
  near?: string;
}

@InputType()
export class MakeOfferInput {
  @Field(() => ID, { nullable: true, description: 'The need this answers; its variant is then implied.' })
  needId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for a general offer.' })
  variantId?: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => OfferCondition)
  condition: OfferCondition;
}

@InputType()
export class OfferIdInput {
  @Field(() => ID)
  offerId: string;
}

@InputType()
export class BookDropOffInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field({ description: 'A slot start from `dropOffSlots`.' })
  slotStartsAt: Date;

  @Field(() => [ID], { description: 'Your offers not booked yet.' })
  offerIds: string[];
}

@InputType()
export class RescheduleDropOffInput {
  @Field(() => ID)
  bookingId: string;

  @Field(() => ID, { nullable: true, description: 'Another point; the same one when omitted.' })
  collectionPointId?: string;

  @Field()
  slotStartsAt: Date;
}

@InputType()
export class BookingIdInput {
  @Field(() => ID)
  bookingId: string;
}

@InputType()
export class ReceivedLineInput {
  @Field(() => ID)
  offerId: string;

  @Field(() => Int)
  receivedQuantity: number;

  @Field(() => Int, { defaultValue: 0 })
  refusedQuantity: number;

  @Field({ nullable: true, description: 'Required when some units are refused.' })
  refusalReason?: string;
}

@InputType()
export class ReceiveDropOffInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field()
  code: string;

  @Field(() => [ReceivedLineInput], { description: 'Offers not listed were not brought.' })
  lines: ReceivedLineInput[];
}

@InputType()
export class DispatchInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field(() => ID)
  needId: string;

  @Field(() => Int)
  quantity: number;
}

@InputType()
export class DispatchIdInput {
  @Field(() => ID)
  dispatchId: string;
}
