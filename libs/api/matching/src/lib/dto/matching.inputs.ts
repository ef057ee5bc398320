import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AcceptItemProposalInput {
  @Field(() => ID)
  proposalId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Fewer units than proposed (e.g. some drop-offs have not come).',
  })
  quantity?: number;
}

@InputType()
export class DeclineItemProposalInput {
  @Field(() => ID)
  proposalId: string;

  @Field()
  reason: string;
}
