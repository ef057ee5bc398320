import { CurrentSession, RequireRole, ResolvedSession, Role, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AcceptItemProposalInput, DeclineItemProposalInput } from './dto/matching.inputs';
import { RunTrigger } from './matching.enums';
import {
  ItemProposalModel,
  ItemProposalPayload,
  MatchingRunModel,
  StartMatchingRunPayload,
} from './models/matching.models';
import { ItemProposalsService } from './services/item-proposals.service';
import { MatchingRunsService } from './services/matching-runs.service';

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly runs: MatchingRunsService,
    private readonly proposals: ItemProposalsService,
  ) {}

  @Query(() => [MatchingRunModel], { description: 'Recent item matching runs, newest first (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  matchingRuns(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<MatchingRunModel[]> {
    return this.runs.recent(first);
  }

  @Mutation(() => StartMatchingRunPayload, { description: 'Queues an item matching run now (coordinators).' })
  @RequireRole(Role.COORDINATOR)
  async startMatchingRun(@CurrentSession() session: ResolvedSession): Promise<StartMatchingRunPayload> {
    return { run: await this.runs.request(RunTrigger.MANUAL, session.user.id) };
  }

  @Query(() => [ItemProposalModel], {
    description: 'Waiting proposals from a point (its staff, coordinators).',
  })
  @UseGuards(SignedInGuard)
  pointProposals(
    @Args('collectionPointId', { type: () => ID }) collectionPointId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<ItemProposalModel[]> {
    return this.proposals.ofPoint(collectionPointId, session.user.id);
  }

  @Query(() => [ItemProposalModel], { description: "Proposals for an organisation's needs (its members)." })
  @UseGuards(SignedInGuard)
  organisationProposals(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<ItemProposalModel[]> {
    return this.proposals.ofOrganisation(organisationId, session.user.id);
  }

  @Mutation(() => ItemProposalPayload, {
    description: 'Accepts a proposal and dispatches its units (staff of the point).',
  })
  @UseGuards(SignedInGuard)
  acceptItemProposal(
    @Args('input') input: AcceptItemProposalInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<ItemProposalPayload> {
    return this.proposals.accept(input, session.user.id);
  }

  @Mutation(() => ItemProposalPayload, {
    description: 'Declines a proposal with a reason (staff of the point, the association).',
  })
  @UseGuards(SignedInGuard)
  async declineItemProposal(
    @Args('input') input: DeclineItemProposalInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<ItemProposalPayload> {
    return { proposal: await this.proposals.decline(input, session.user.id) };
  }
}
