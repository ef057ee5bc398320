import { registerEnumType } from '@nestjs/graphql';

export enum RunTrigger {
  MANUAL = 'MANUAL',
  SCHEDULE = 'SCHEDULE',
  STOCK = 'STOCK',
}
registerEnumType(RunTrigger, { name: 'MatchingRunTrigger', description: 'What started a matching run.' });

export enum RunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RunStatus, { name: 'MatchingRunStatus' });

export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Proposals wait for a person; those still waiting expire when a newer run supersedes them.',
});
