import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  AgeBand,
  HostingProposalStatus,
  HostingRequestStatus,
  HostingRunStatus,
  HostingRunTrigger,
  HostingSide,
  HostOfferStatus,
  IncidentSeverity,
  LegalStatus,
  RentalUnitStatus,
  RoomKind,
  StayEventKind,
  StayStatus,
} from '../hosting.enums';

@ObjectType('OrganisationContact', { description: 'Who to reach at an organisation.' })
export class OrganisationContactModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  contactEmail: string;

  @Field({ nullable: true })
  contactPhone?: string;
}

@ObjectType('PersonContact', { description: 'A person, shown only to those who must reach them.' })
export class PersonContactModel {
  @Field()
  displayName: string;

  @Field()
  email: string;
}

@ObjectType('HostOffer', {
  description: 'A room offered by a citizen; read by its host and by the association verifying it.',
})
export class HostOfferModel {
  @Field(() => ID)
  id: string;

  @Field(() => HostOfferStatus)
  status: HostOfferStatus;

  @Field({ description: 'A paused offer stays verified but is left out of matching.' })
  paused: boolean;

  @Field(() => Int, { description: 'Steps of the form completed, 0 to 4.' })
  stepsDone: number;

  @Field(() => RoomKind, { nullable: true })
  roomKind?: RoomKind;

  @Field(() => Int, { nullable: true })
  beds?: number;

  @Field({ nullable: true })
  districtCode?: string;

  @Field({ nullable: true })
  address?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD.' })
  availableFrom?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; none when open-ended.' })
  availableUntil?: string;

  @Field(() => Int, { nullable: true })
  minStayDays?: number;

  @Field(() => Int, { nullable: true })
  maxStayDays?: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => Int, { nullable: true })
  householdAdults?: number;

  @Field(() => Int, { nullable: true })
  householdChildren?: number;

  @Field()
  acceptsChildren: boolean;

  @Field()
  hasPets: boolean;

  @Field()
  smoking: boolean;

  @Field()
  stepFree: boolean;

  @Field({ nullable: true })
  houseRules?: string;

  @Field()
  offersMeals: boolean;

  @Field()
  offersFrenchHelp: boolean;

  @Field({ nullable: true })
  otherSupport?: string;

  @Field(() => OrganisationContactModel, { nullable: true, description: 'The association verifying it.' })
  verifier?: OrganisationContactModel;

  @Field({ nullable: true, description: 'YYYY-MM-DD.' })
  homeVisitOn?: string;

  @Field({ nullable: true })
  visitedBy?: string;

  @Field({ nullable: true })
  verifiedAt?: Date;

  @Field({ nullable: true })
  rejectionReason?: string;

  @Field({ nullable: true })
  submittedAt?: Date;

  @Field(() => PersonContactModel, { description: 'The host.' })
  host: PersonContactModel;

  @Field({ description: 'True while a stay is active in this home.' })
  hosting: boolean;
}

@ObjectType('HostSummary', {
  description:
    'A verified home as the guest side sees it; the address and host only after both sides accept.',
})
export class HostSummaryModel {
  @Field(() => ID)
  offerId: string;

  @Field(() => RoomKind)
  roomKind: RoomKind;

  @Field(() => Int)
  beds: number;

  @Field()
  districtCode: string;

  @Field()
  availableFrom: string;

  @Field({ nullable: true })
  availableUntil?: string;

  @Field(() => Int)
  maxStayDays: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => Int)
  householdAdults: number;

  @Field(() => Int)
  householdChildren: number;

  @Field()
  hasPets: boolean;

  @Field()
  smoking: boolean;

  @Field()
  stepFree: boolean;

  @Field({ nullable: true })
  houseRules?: string;

  @Field()
  offersMeals: boolean;

  @Field()
  offersFrenchHelp: boolean;

  @Field({ nullable: true })
  otherSupport?: string;

  @Field({ nullable: true })
  address?: string;

  @Field(() => PersonContactModel, { nullable: true })
  host?: PersonContactModel;
}

@ObjectType('HouseholdSummary', {
  description: 'What a host is told of a household forwarded to them: no alias, no status, no notes.',
})
export class HouseholdSummaryModel {
  @Field(() => Int)
  size: number;

  @Field(() => [AgeBand])
  ageBands: AgeBand[];

  @Field(() => [String])
  languages: string[];

  @Field()
  neededFrom: string;

  @Field(() => Int)
  desiredDays: number;
}

@ObjectType('HostingRequest', {
  description:
    'A household referred by its association. Readable only by that association and coordinators; every read is audited.',
})
export class HostingRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  alias: string;

  @Field(() => [AgeBand])
  ageBands: AgeBand[];

  @Field(() => Int)
  householdSize: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => LegalStatus)
  legalStatus: LegalStatus;

  @Field()
  needsStepFree: boolean;

  @Field()
  cannotLiveWithPets: boolean;

  @Field()
  neededFrom: string;

  @Field(() => Int)
  minimumDays: number;

  @Field(() => Int)
  desiredDays: number;

  @Field(() => [String])
  preferredDistricts: string[];

  @Field({ nullable: true })
  needs?: string;

  @Field({ description: 'Back in the pool after a stay ended early: proposed first.' })
  urgent: boolean;

  @Field(() => HostingRequestStatus)
  status: HostingRequestStatus;

  @Field({ nullable: true })
  closeReason?: string;

  @Field()
  createdAt: Date;
}

@ObjectType('HostingScore', { description: 'Why a pair was proposed: each part between 0 and 1.' })
export class HostingScoreModel {
  @Field(() => Float)
  score: number;

  @Field(() => Float)
  languages: number;

  @Field(() => Float)
  district: number;

  @Field(() => Float)
  duration: number;

  @Field(() => Int)
  availableDays: number;

  @Field({ description: 'The household was flagged urgent, which put it first.' })
  urgent: boolean;
}

@ObjectType('HostingProposal', { description: 'A host and a household proposed by a matching run.' })
export class HostingProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => HostingProposalStatus)
  status: HostingProposalStatus;

  @Field(() => HostingScoreModel)
  score: HostingScoreModel;

  @Field(() => ID, { description: 'The household (its association reads it with hostingRequest).' })
  requestId: string;

  @Field(() => HouseholdSummaryModel)
  household: HouseholdSummaryModel;

  @Field(() => OrganisationContactModel, { description: 'The referent association.' })
  organisation: OrganisationContactModel;

  @Field(() => HostSummaryModel)
  host: HostSummaryModel;

  @Field()
  createdAt: Date;

  @Field({ nullable: true })
  forwardedAt?: Date;

  @Field({ nullable: true })
  acceptedAt?: Date;

  @Field(() => HostingSide, { nullable: true })
  declinedBySide?: HostingSide;

  @Field({ nullable: true })
  declineReason?: string;

  @Field({ nullable: true })
  meetingAt?: Date;

  @Field({ nullable: true })
  meetingPlace?: string;

  @Field(() => ID, { nullable: true, description: 'The stay it led to.' })
  stayId?: string;
}

@ObjectType('StayEvent', { description: 'One entry of a stay’s follow-up log.' })
export class StayEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => StayEventKind)
  kind: StayEventKind;

  @Field()
  occurredOn: string;

  @Field({ nullable: true })
  note?: string;

  @Field(() => IncidentSeverity, { nullable: true })
  severity?: IncidentSeverity;

  @Field({ nullable: true })
  newEndOn?: string;

  @Field({ nullable: true })
  recordedBy?: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Stay', { description: 'A household hosted in a verified home, with its follow-up.' })
export class StayModel {
  @Field(() => ID)
  id: string;

  @Field(() => StayStatus)
  status: StayStatus;

  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  requestId: string;

  @Field(() => HouseholdSummaryModel)
  household: HouseholdSummaryModel;

  @Field(() => OrganisationContactModel)
  organisation: OrganisationContactModel;

  @Field(() => HostSummaryModel)
  host: HostSummaryModel;

  @Field()
  startsOn: string;

  @Field()
  plannedEndOn: string;

  @Field()
  agreementSignedOn: string;

  @Field({ nullable: true })
  endedOn?: string;

  @Field(() => HostingSide, { nullable: true })
  endedBySide?: HostingSide;

  @Field({ nullable: true })
  endReason?: string;

  @Field({ nullable: true })
  endedEarly?: boolean;

  @Field({
    nullable: true,
    description: 'YYYY-MM-DD: the first check-in a week after the start, then one a month.',
  })
  nextCheckInDue?: string;

  @Field(() => [StayEventModel])
  events: StayEventModel[];
}

@ObjectType('HostingDistrictFigures')
export class HostingDistrictFiguresModel {
  @Field()
  districtCode: string;

  @Field(() => Int, { description: 'Verified, not paused, with no active stay.' })
  hostsAvailable: number;

  @Field(() => Int)
  activeStays: number;

  @Field(() => Int, { description: 'Households waiting that prefer this arrondissement.' })
  openRequests: number;
}

@ObjectType('HostingOverview', { description: 'Hosting across Paris, for coordinators; no guest data.' })
export class HostingOverviewModel {
  @Field(() => [HostingDistrictFiguresModel])
  districts: HostingDistrictFiguresModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from a request to its first accepted match.',
  })
  medianDaysToMatch?: number;

  @Field(() => Int)
  openRequests: number;

  @Field(() => Int)
  urgentRequests: number;

  @Field(() => Int)
  offersToVerify: number;

  @Field(() => [StayModel], { description: 'Active stays planned to end within 30 days.' })
  staysEndingSoon: StayModel[];
}

@ObjectType('RentalUnit', { description: 'A vacant home offered to the "Louez solidaire" scheme.' })
export class RentalUnitModel {
  @Field(() => ID)
  id: string;

  @Field()
  districtCode: string;

  @Field()
  address: string;

  @Field(() => Int)
  surfaceM2: number;

  @Field(() => Int)
  rooms: number;

  @Field()
  availableFrom: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => RentalUnitStatus)
  status: RentalUnitStatus;

  @Field(() => OrganisationContactModel, { nullable: true, description: 'The operator that took it on.' })
  operator?: OrganisationContactModel;

  @Field(() => PersonContactModel, {
    nullable: true,
    description: 'The owner; shown to the operator once it takes the unit on.',
  })
  owner?: PersonContactModel;

  @Field()
  createdAt: Date;
}

@ObjectType('HostingRun', { description: 'One computation of the optimal hosting matching.' })
export class HostingRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => HostingRunTrigger)
  trigger: HostingRunTrigger;

  @Field(() => HostingRunStatus)
  status: HostingRunStatus;

  @Field()
  requestedAt: Date;

  @Field({ nullable: true })
  finishedAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Homes in the pool.' })
  hosts?: number;

  @Field(() => Int, { nullable: true, description: 'Households in the pool.' })
  households?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Matching weight of the optimum (scores plus urgency).',
  })
  objective?: number;

  @Field(() => Float, { nullable: true, description: 'What a first-come matching would have reached.' })
  greedyObjective?: number;

  @Field(() => Int, { nullable: true })
  solveMs?: number;

  @Field(() => Int, { nullable: true })
  proposals?: number;

  @Field()
  unchanged: boolean;

  @Field({ nullable: true })
  error?: string;
}
