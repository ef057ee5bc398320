import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import {
  ApplicationDecision,
  HalfDay,
  LanguageLevel,
  MentoringGoal,
  MissionKind,
  MissionSchedule,
} from '../missions.enums';

@InputType('SpokenLanguageInput')
export class LanguageInput {
  @Field({ description: 'ISO 639 code, e.g. "ti".' })
  code: string;

  @Field(() => LanguageLevel)
  level: LanguageLevel;
}

@InputType()
export class ShiftInput {
  @Field({ description: 'In the future.' })
  startsAt: Date;

  @Field({ description: 'After the start, within 24 hours.' })
  endsAt: Date;

  @Field(() => Int, { description: 'At least 1.' })
  capacity: number;
}

@InputType()
export class MissionInput {
  @Field(() => ID)
  organisationId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => MissionKind)
  kind: MissionKind;

  @Field(() => [String], { defaultValue: [] })
  skills: string[];

  @Field(() => [LanguageInput], { defaultValue: [], description: 'Languages required, with the level.' })
  languages: LanguageInput[];

  @Field({ nullable: true, description: 'Where it happens; none for a remote mission.' })
  districtCode?: string;

  @Field({ defaultValue: false })
  remote: boolean;

  @Field(() => MissionSchedule)
  schedule: MissionSchedule;

  @Field(() => [ShiftInput], { defaultValue: [], description: 'For SHIFTS: one or more.' })
  shifts: ShiftInput[];

  @Field(() => HalfDay, { nullable: true, description: 'For WEEKLY.' })
  weeklySlot?: HalfDay;

  @Field({ nullable: true, description: 'For WEEKLY: HH:MM, Paris time.' })
  weeklyStarts?: string;

  @Field({ nullable: true, description: 'For WEEKLY: HH:MM, after the start.' })
  weeklyEnds?: string;

  @Field({ nullable: true, description: 'e.g. "3 mois, 2 h par semaine".' })
  minimumCommitment?: string;

  @Field()
  contactName: string;

  @Field()
  contactEmail: string;

  @Field({ defaultValue: false, description: 'With children or vulnerable people: vetting before starting.' })
  restricted: boolean;

  @Field({ defaultValue: false })
  forSolidarityReserve: boolean;

  @Field({ defaultValue: false })
  forCivicService: boolean;
}

@InputType({ description: 'Edits the mission; the shifts given are added to those it already has.' })
export class UpdateMissionInput extends MissionInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class MissionIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class MissionSearchInput {
  @Field({ nullable: true, description: 'Words, in French or English; accents do not matter.' })
  text?: string;

  @Field(() => MissionKind, { nullable: true })
  kind?: MissionKind;

  @Field({ nullable: true })
  districtCode?: string;

  @Field({ nullable: true, description: 'Missions needing this language.' })
  language?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD: missions with a shift or their weekly slot that day.' })
  date?: string;

  @Field({ nullable: true, description: 'Only missions open to the solidarity reserve.' })
  forSolidarityReserve?: boolean;

  @Field({ nullable: true, description: 'Only missions open to civic-service volunteers.' })
  forCivicService?: boolean;

  @Field(() => Int, { defaultValue: 20 })
  first: number;

  @Field(() => Int, { defaultValue: 0 })
  offset: number;
}

@InputType()
export class VolunteerProfileInput {
  @Field(() => [String])
  skills: string[];

  @Field(() => [LanguageInput])
  languages: LanguageInput[];

  @Field(() => [HalfDay])
  availability: HalfDay[];

  @Field(() => [String])
  districts: string[];

  @Field(() => Int)
  maxHoursPerWeek: number;

  @Field()
  solidarityReserve: boolean;

  @Field()
  civicService: boolean;
}

@InputType()
export class ApplyInput {
  @Field(() => ID)
  missionId: string;

  @Field(() => ID, { nullable: true, description: 'Required for a mission with shifts.' })
  shiftId?: string;

  @Field({ nullable: true })
  message?: string;
}

@InputType()
export class ApplicationIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationDecision)
  decision: ApplicationDecision;

  @Field({ nullable: true, description: 'Shown to the volunteer when declined.' })
  reason?: string;
}

@InputType()
export class RecordVettingInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  volunteerId: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  checkedOn: string;

  @Field({ description: 'What was checked, e.g. "Extrait de casier judiciaire (bulletin n° 3) vu".' })
  what: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  applicationId: string;

  @Field({ description: 'YYYY-MM-DD, not in the future; the shift’s day for a shift.' })
  occurredOn: string;

  @Field()
  present: boolean;

  @Field(() => Float, { description: 'Never more than the shift or weekly slot lasts; 0 when absent.' })
  hours: number;
}

@InputType()
export class CreateMentoringPairInput {
  @Field(() => ID)
  organisationId: string;

  @Field({ description: 'The mentor’s account email.' })
  mentorEmail: string;

  @Field({ description: 'An alias: no legal name.' })
  menteeAlias: string;

  @Field(() => [MentoringGoal])
  goals: MentoringGoal[];
}

@InputType()
export class LogMentoringSessionInput {
  @Field(() => ID)
  pairId: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  occurredOn: string;

  @Field(() => Int)
  minutes: number;

  @Field()
  topic: string;

  @Field({ nullable: true })
  nextStep?: string;
}

@InputType()
export class CloseMentoringPairInput {
  @Field(() => ID)
  pairId: string;

  @Field()
  outcome: string;
}
