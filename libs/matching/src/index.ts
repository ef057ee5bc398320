export { InvalidInstanceError } from './lib/errors';
export { allocateItems } from './lib/items';
export { matchHosting } from './lib/hosting';
export { allocateItemsGreedy, matchHostingGreedy } from './lib/greedy';
export type {
  Allocation,
  CandidatePair,
  Guest,
  Host,
  HostingInstance,
  HostingSolution,
  ItemInstance,
  ItemSolution,
  Match,
  Need,
  Supply,
} from './lib/types';
export { ITEM_SCORING, itemProposalScore, needValue } from './lib/scoring/item-value';
export type { ItemProposalScore, NeedRecord, NeedValueBreakdown, Urgency } from './lib/scoring/item-value';
export { HOSTING_SCORING, hostingScore } from './lib/scoring/hosting-score';
export type { Exclusion, GuestProfile, HostingScore, HostProfile } from './lib/scoring/hosting-score';
export {
  LANGUAGE_LEVELS,
  MISSION_SCORING,
  recommendMissions,
  scoreMission,
} from './lib/scoring/mission-recommendation';
export type {
  LanguageLevel,
  MissionForVolunteers,
  MissionRecommendation,
  RecommendationReason,
  SpokenLanguage,
  VolunteerForMissions,
} from './lib/scoring/mission-recommendation';
export { planFundingRound } from './lib/funding/funding-round';
export type {
  FundingAllocation,
  FundingInitiative,
  FundingRoundInput,
  FundingRoundPlan,
  InitiativeRoundFigures,
  MatchingPledge,
} from './lib/funding/funding-round';
