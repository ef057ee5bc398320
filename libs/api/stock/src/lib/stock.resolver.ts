import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  ReceiveTransferInput,
  SendTransferInput,
  StockCountInput,
  WalkInGiftInput,
  WriteOffInput,
} from './dto/stock.inputs';
import {
  StockLevelChangePayload,
  StockLevelModel,
  StockMovementModel,
  StockTransferModel,
  StockTransferPayload,
  WalkInPayload,
} from './models/stock.models';
import { StockService } from './services/stock.service';
import { TransfersService } from './services/transfers.service';

@Resolver()
@UseGuards(SignedInGuard)
export class StockResolver {
  constructor(
    private readonly stock: StockService,
    private readonly transfers: TransfersService,
  ) {}

  @Query(() => [StockLevelModel], {
    description: "A point's stock per variant, short ones first (its staff and coordinators).",
  })
  stockLevels(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockLevelModel[]> {
    return this.stock.levels(collectionPointId, session.user.id);
  }

  @Query(() => [StockMovementModel], { description: "A point's ledger over a period, oldest first." })
  stockMovements(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockMovementModel[]> {
    return this.stock.movements(collectionPointId, from, to, session.user.id);
  }

  @Query(() => [StockTransferModel], {
    description: 'Transfers to or from a point: in transit, then recent.',
  })
  stockTransfers(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockTransferModel[]> {
    return this.transfers.ofPoint(collectionPointId, session.user.id);
  }

  @Mutation(() => StockLevelChangePayload, { description: 'Records a cycle count (staff of the point).' })
  async recordStockCount(
    @Args('input') input: StockCountInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockLevelChangePayload> {
    return { level: await this.stock.count(input, session.user.id) };
  }

  @Mutation(() => StockLevelChangePayload, { description: 'Writes off unusable stock (staff of the point).' })
  async writeOffStock(
    @Args('input') input: WriteOffInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockLevelChangePayload> {
    return { level: await this.stock.writeOff(input, session.user.id) };
  }

  @Mutation(() => StockTransferPayload, {
    description: 'Sends stock to another point (staff of the sender).',
  })
  async sendStockTransfer(
    @Args('input') input: SendTransferInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockTransferPayload> {
    return { transfer: await this.transfers.send(input, session.user.id) };
  }

  @Mutation(() => StockTransferPayload, {
    description: 'Takes a transfer in (staff of the receiving point).',
  })
  async receiveStockTransfer(
    @Args('input') input: ReceiveTransferInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<StockTransferPayload> {
    return { transfer: await this.transfers.receive(input.transferId, session.user.id) };
  }

  @Mutation(() => WalkInPayload, {
    description: 'Records gifts brought without a booking (staff of the point).',
  })
  async recordWalkInGift(
    @Args('input') input: WalkInGiftInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<WalkInPayload> {
    return { received: await this.stock.receiveWalkIn(input, session.user.id) };
  }
}
