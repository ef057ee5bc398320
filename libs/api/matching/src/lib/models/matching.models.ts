import { OfVariantModel } from '@entraide/api-catalogue';
import { CollectionPointModel } from '@entraide/api-geography';
import { DispatchModel } from '@entraide/api-items';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ProposalStatus, RunStatus, RunTrigger } from '../matching.enums';

@ObjectType('MatchingRun', { description: 'One computation of the optimal allocation of stock to needs.' })
export class MatchingRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => RunTrigger)
  trigger: RunTrigger;

  @Field(() => RunStatus)
  status: RunStatus;

  @Field()
  requestedAt: Date;

  @Field({ nullable: true })
  startedAt?: Date;

  @Field({ nullable: true })
  finishedAt?: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Supply lines: stock on hand and booked drop-offs per point and variant.',
  })
  supplyLines?: number;

  @Field(() => Int, { nullable: true, description: 'Open needs still lacking units.' })
  needLines?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Value of the optimal allocation (see the scoring weights).',
  })
  objective?: number;

  @Field(() => Float, { nullable: true, description: 'Value a first-come allocation would have reached.' })
  greedyObjective?: number;

  @Field(() => Int, { nullable: true, description: 'Milliseconds spent solving.' })
  solveMs?: number;

  @Field(() => Int, { nullable: true })
  proposals?: number;

  @Field({ description: 'True when nothing had changed since the previous run, which was kept.' })
  unchanged: boolean;

  @Field({ nullable: true })
  error?: string;
}

@ObjectType('ItemProposalScore', {
  description: 'Why the proposal: the need’s value per unit, less transport.',
})
export class ItemProposalScoreModel {
  @Field()
  urgency: string;

  @Field(() => Float)
  urgencyValue: number;

  @Field(() => Int, { nullable: true })
  daysToDeadline?: number;

  @Field(() => Float)
  deadlineBonus: number;

  @Field(() => Int)
  waitingDays: number;

  @Field(() => Float)
  waitingBonus: number;

  @Field(() => Float, { description: 'Value per unit.' })
  value: number;

  @Field(() => Float)
  distanceKm: number;

  @Field(() => Float, { description: 'Transport cost per unit.' })
  transportCost: number;

  @Field(() => Float, { description: 'Value less transport, per unit.' })
  margin: number;
}

@ObjectType('ItemProposal', {
  description: 'Units of a point’s stock proposed for a need; a person decides.',
})
export class ItemProposalModel extends OfVariantModel {
  @Field(() => ID)
  id: string;

  @Field(() => CollectionPointModel)
  collectionPoint: CollectionPointModel;

  @Field(() => ID)
  needId: string;

  @Field()
  organisationName: string;

  @Field()
  needDistrictCode: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { description: 'Units on the shelf now; the rest is expected from booked drop-offs.' })
  fromStock: number;

  @Field(() => ItemProposalScoreModel)
  score: ItemProposalScoreModel;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field({ nullable: true })
  declineReason?: string;

  @Field()
  createdAt: Date;
}

@ObjectType('StartMatchingRunPayload')
export class StartMatchingRunPayload {
  @Field(() => MatchingRunModel)
  run: MatchingRunModel;
}

@ObjectType('ItemProposalPayload')
export class ItemProposalPayload {
  @Field(() => ItemProposalModel)
  proposal: ItemProposalModel;

  @Field(() => DispatchModel, { nullable: true, description: 'The dispatch an acceptance created.' })
  dispatch?: DispatchModel;
}
