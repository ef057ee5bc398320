import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { AgeBand, IncidentSeverity, LegalStatus, RoomKind } from '../hosting.enums';

@InputType({
  description:
    'One step of the host form; omitted fields keep their saved value. Without an id, a new draft is created.',
})
export class SaveHostOfferInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field(() => Int, { description: 'The step just completed, 1 to 4; progress never goes back.' })
  step: number;

  @Field(() => RoomKind, { nullable: true })
  roomKind?: RoomKind;

  @Field(() => Int, { nullable: true })
  beds?: number;

  @Field({ nullable: true })
  districtCode?: string;

  @Field({ nullable: true, description: 'Shown to a guest association only once both sides accept.' })
  address?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, today or later.' })
  availableFrom?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD after availableFrom; an empty string means open-ended.' })
  availableUntil?: string;

  @Field(() => Int, { nullable: true })
  minStayDays?: number;

  @Field(() => Int, { nullable: true })
  maxStayDays?: number;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. "fr", "ar", "ps".' })
  languages?: string[];

  @Field(() => Int, { nullable: true })
  householdAdults?: number;

  @Field(() => Int, { nullable: true })
  householdChildren?: number;

  @Field({ nullable: true })
  acceptsChildren?: boolean;

  @Field({ nullable: true })
  hasPets?: boolean;

  @Field({ nullable: true })
  smoking?: boolean;

  @Field({ nullable: true })
  stepFree?: boolean;

  @Field({ nullable: true })
  houseRules?: string;

  @Field({ nullable: true })
  offersMeals?: boolean;

  @Field({ nullable: true })
  offersFrenchHelp?: boolean;

  @Field({ nullable: true })
  otherSupport?: string;
}

@InputType()
export class SubmitHostOfferInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The verified association that will visit the home (see hostVerifiers).' })
  verifierOrganisationId: string;
}

@InputType()
export class VerifyHostOfferInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  homeVisitOn: string;

  @Field({ description: 'Who visited the home.' })
  visitedBy: string;
}

@InputType()
export class RejectHostOfferInput {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}

@InputType()
export class HostOfferIdInput {
  @Field(() => ID)
  id: string;
}

@InputType({
  description: 'A household referred by its association: pseudonymous, no legal name or document.',
})
export class HostingRequestInput {
  @Field(() => ID)
  organisationId: string;

  @Field()
  alias: string;

  @Field(() => [AgeBand], { description: 'One age band per member of the household.' })
  ageBands: AgeBand[];

  @Field(() => [String], { description: 'ISO 639-1 codes.' })
  languages: string[];

  @Field(() => LegalStatus)
  legalStatus: LegalStatus;

  @Field({ defaultValue: false })
  needsStepFree: boolean;

  @Field({ defaultValue: false })
  cannotLiveWithPets: boolean;

  @Field({ description: 'YYYY-MM-DD, today or later.' })
  neededFrom: string;

  @Field(() => Int)
  minimumDays: number;

  @Field(() => Int)
  desiredDays: number;

  @Field(() => [String], { defaultValue: [] })
  preferredDistricts: string[];

  @Field({ nullable: true })
  needs?: string;
}

@InputType()
export class UpdateHostingRequestInput extends HostingRequestInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class CloseHostingRequestInput {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}

@InputType()
export class HostingProposalIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DeclineHostingProposalInput {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}

@InputType()
export class PlanHostingMeetingInput {
  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'In the future.' })
  at: Date;

  @Field()
  place: string;
}

@InputType()
export class StartStayInput {
  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'YYYY-MM-DD, today or later.' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD after startsOn, within the host’s maximum stay.' })
  plannedEndOn: string;

  @Field({ description: 'YYYY-MM-DD: the day the hosting agreement was signed, not after startsOn.' })
  agreementSignedOn: string;
}

@InputType()
export class StayNoteInput {
  @Field(() => ID)
  stayId: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  on: string;

  @Field()
  note: string;
}

@InputType()
export class ReportStayIncidentInput extends StayNoteInput {
  @Field(() => IncidentSeverity)
  severity: IncidentSeverity;
}

@InputType()
export class ExtendStayInput {
  @Field(() => ID)
  stayId: string;

  @Field({ description: 'YYYY-MM-DD after the current planned end.' })
  plannedEndOn: string;

  @Field({ nullable: true })
  note?: string;
}

@InputType()
export class EndStayInput {
  @Field(() => ID)
  stayId: string;

  @Field({ description: 'YYYY-MM-DD, from the start to today.' })
  endedOn: string;

  @Field()
  reason: string;
}

@InputType()
export class OfferRentalUnitInput {
  @Field()
  districtCode: string;

  @Field()
  address: string;

  @Field(() => Int)
  surfaceM2: number;

  @Field(() => Int)
  rooms: number;

  @Field({ description: 'YYYY-MM-DD.' })
  availableFrom: string;

  @Field({ nullable: true })
  description?: string;
}

@InputType()
export class RentalUnitIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class RentalUnitDecisionInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => ID, { description: 'The verified housing operator acting.' })
  organisationId: string;
}

@InputType()
export class DeclineRentalUnitInput extends RentalUnitDecisionInput {
  @Field()
  reason: string;
}
