import { OfVariantModel } from '@entraide/api-catalogue';
import { CollectionPointModel } from '@entraide/api-geography';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { MovementKind, TransferStatus } from '../stock.enums';

@ObjectType('StockLevel', {
  description: "A collection point's stock of one variant, beside the open needs it serves.",
})
export class StockLevelModel extends OfVariantModel {
  @Field(() => Int)
  quantity: number;

  @Field(() => Int, {
    description: 'Units still to dispatch for the open needs of the arrondissements this point serves.',
  })
  openNeedQuantity: number;

  @Field({ description: 'True when the stock is short of those open needs.' })
  short: boolean;
}

@ObjectType('StockMovement', { description: 'One line of the append-only stock ledger.' })
export class StockMovementModel extends OfVariantModel {
  @Field(() => ID)
  id: string;

  @Field(() => MovementKind)
  kind: MovementKind;

  @Field(() => Int, { description: 'Signed: negative when stock left the point.' })
  quantity: number;

  @Field({ nullable: true })
  reason?: string;

  @Field({ nullable: true, description: 'Who recorded it.' })
  actorName?: string;

  @Field()
  createdAt: Date;
}

@ObjectType('TransferLine')
export class TransferLineModel extends OfVariantModel {
  @Field(() => Int)
  quantity: number;
}

@ObjectType('StockTransfer', { description: 'Stock on its way from one collection point to another.' })
export class StockTransferModel {
  @Field(() => ID)
  id: string;

  @Field(() => CollectionPointModel)
  from: CollectionPointModel;

  @Field(() => CollectionPointModel)
  to: CollectionPointModel;

  @Field(() => TransferStatus)
  status: TransferStatus;

  @Field({ nullable: true })
  note?: string;

  @Field()
  sentAt: Date;

  @Field({ nullable: true })
  receivedAt?: Date;

  @Field(() => [TransferLineModel])
  lines: TransferLineModel[];
}

@ObjectType('StockLevelChange', { description: 'The level after a count, a write-off or a receipt.' })
export class StockLevelChangePayload {
  @Field(() => StockLevelModel)
  level: StockLevelModel;
}

@ObjectType('StockTransferPayload')
export class StockTransferPayload {
  @Field(() => StockTransferModel)
  transfer: StockTransferModel;
}

@ObjectType('WalkInPayload')
export class WalkInPayload {
  @Field(() => Int, { description: 'Units received.' })
  received: number;
}
