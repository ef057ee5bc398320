import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class StockCountInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field(() => ID)
  variantId: string;

  @Field(() => Int, { description: 'What is on the shelf; the difference becomes an adjustment.' })
  countedQuantity: number;

  @Field()
  reason: string;
}

@InputType()
export class WriteOffInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  quantity: number;

  @Field({ description: 'e.g. "damaged by water", "unusable".' })
  reason: string;
}

@InputType()
export class StockLineInput {
  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  quantity: number;
}

@InputType()
export class SendTransferInput {
  @Field(() => ID)
  fromPointId: string;

  @Field(() => ID)
  toPointId: string;

  @Field(() => [StockLineInput])
  lines: StockLineInput[];

  @Field({ nullable: true, description: 'e.g. "light utility vehicle, Tuesday run".' })
  note?: string;
}

@InputType()
export class ReceiveTransferInput {
  @Field(() => ID)
  transferId: string;
}

@InputType()
export class WalkInGiftInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field(() => [StockLineInput])
  lines: StockLineInput[];

  @Field({ nullable: true })
  note?: string;
}
