import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  ApplicationStatus,
  HalfDay,
  LanguageLevel,
  MentoringGoal,
  MentoringStatus,
  MissionKind,
  MissionSchedule,
  MissionStatus,
  RecommendationReasonKind,
} from '../missions.enums';

@ObjectType('SpokenLanguage')
export class LanguageModel {
  @Field()
  code: string;

  @Field(() => LanguageLevel)
  level: LanguageLevel;
}

@ObjectType('MissionShift')
export class MissionShiftModel {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'Volunteers accepted.' })
  accepted: number;

  @Field(() => Int)
  remaining: number;
}

@ObjectType('MissionOrganisation')
export class MissionOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Mission', { description: 'A way to give time, posted by a verified association.' })
export class MissionModel {
  @Field(() => ID)
  id: string;

  @Field(() => MissionOrganisationModel)
  organisation: MissionOrganisationModel;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => MissionKind)
  kind: MissionKind;

  @Field(() => [String])
  skills: string[];

  @Field(() => [LanguageModel])
  languages: LanguageModel[];

  @Field({ nullable: true })
  districtCode?: string;

  @Field()
  remote: boolean;

  @Field(() => MissionSchedule)
  schedule: MissionSchedule;

  @Field(() => [MissionShiftModel], { description: 'Shifts to come (and past ones to the association).' })
  shifts: MissionShiftModel[];

  @Field(() => HalfDay, { nullable: true })
  weeklySlot?: HalfDay;

  @Field({ nullable: true, description: 'HH:MM.' })
  weeklyStarts?: string;

  @Field({ nullable: true, description: 'HH:MM.' })
  weeklyEnds?: string;

  @Field({ nullable: true })
  minimumCommitment?: string;

  @Field()
  contactName: string;

  @Field()
  contactEmail: string;

  @Field()
  restricted: boolean;

  @Field()
  forSolidarityReserve: boolean;

  @Field()
  forCivicService: boolean;

  @Field(() => MissionStatus)
  status: MissionStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours the association took to answer applications to its missions.',
  })
  responseHours?: number;

  @Field()
  createdAt: Date;
}

@ObjectType('MissionSearchResult')
export class MissionSearchResultModel {
  @Field(() => [MissionModel])
  missions: MissionModel[];

  @Field(() => Int, { description: 'Missions found, up to 500.' })
  total: number;

  @Field({ description: 'More than 500 missions matched: the 500 newest were ranked.' })
  totalCapped: boolean;
}

@ObjectType('RecommendationReason', { description: 'One reason, e.g. a language, a distance, a half-day.' })
export class RecommendationReasonModel {
  @Field(() => RecommendationReasonKind)
  kind: RecommendationReasonKind;

  @Field({ nullable: true })
  code?: string;

  @Field(() => Float, { nullable: true })
  km?: number;

  @Field(() => HalfDay, { nullable: true })
  slot?: HalfDay;

  @Field({ nullable: true })
  skill?: string;
}

@ObjectType('MissionRecommendation')
export class MissionRecommendationModel {
  @Field(() => MissionModel)
  mission: MissionModel;

  @Field(() => Float, { description: '0 to 1.' })
  score: number;

  @Field(() => [RecommendationReasonModel], { description: 'The most telling first.' })
  reasons: RecommendationReasonModel[];
}

@ObjectType('VolunteerProfile')
export class VolunteerProfileModel {
  @Field(() => [String])
  skills: string[];

  @Field(() => [LanguageModel])
  languages: LanguageModel[];

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

@ObjectType('Applicant', { description: 'A volunteer as the association sees them.' })
export class ApplicantModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => VolunteerProfileModel, { nullable: true })
  profile?: VolunteerProfileModel;

  @Field({ nullable: true, description: 'YYYY-MM-DD: when the association recorded its vetting.' })
  vettedOn?: string;
}

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredOn: string;

  @Field()
  present: boolean;

  @Field(() => Float)
  hours: number;
}

@ObjectType('MissionApplication')
export class MissionApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  missionId: string;

  @Field()
  missionTitle: string;

  @Field()
  organisationName: string;

  @Field(() => MissionShiftModel, { nullable: true })
  shift?: MissionShiftModel;

  @Field(() => ApplicantModel)
  volunteer: ApplicantModel;

  @Field({ nullable: true })
  message?: string;

  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field({ nullable: true })
  declineReason?: string;

  @Field()
  createdAt: Date;

  @Field({ nullable: true })
  decidedAt?: Date;

  @Field({ description: 'Waiting for an answer for more than 72 hours.' })
  overdue: boolean;

  @Field(() => [AttendanceModel])
  attendance: AttendanceModel[];
}

@ObjectType('VolunteeringRecord', { description: 'Hours given, for the history and the attestation.' })
export class VolunteeringRecordModel {
  @Field()
  occurredOn: string;

  @Field()
  missionTitle: string;

  @Field()
  organisationName: string;

  @Field(() => Float)
  hours: number;
}

@ObjectType('VolunteeringHistory')
export class VolunteeringHistoryModel {
  @Field()
  volunteerName: string;

  @Field(() => [VolunteeringRecordModel])
  records: VolunteeringRecordModel[];

  @Field(() => Float)
  totalHours: number;

  @Field()
  generatedAt: Date;
}

@ObjectType('MentoringSession')
export class MentoringSessionModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredOn: string;

  @Field(() => Int)
  minutes: number;

  @Field()
  topic: string;

  @Field({ nullable: true })
  nextStep?: string;

  @Field({ nullable: true })
  loggedBy?: string;
}

@ObjectType('MentoringPair', {
  description: 'A mentor and a person an association supports (alias only); read by them and coordinators.',
})
export class MentoringPairModel {
  @Field(() => ID)
  id: string;

  @Field(() => MissionOrganisationModel)
  organisation: MissionOrganisationModel;

  @Field()
  mentorName: string;

  @Field()
  mentorEmail: string;

  @Field()
  menteeAlias: string;

  @Field(() => [MentoringGoal])
  goals: MentoringGoal[];

  @Field(() => MentoringStatus)
  status: MentoringStatus;

  @Field({ nullable: true })
  outcome?: string;

  @Field(() => [MentoringSessionModel])
  sessions: MentoringSessionModel[];

  @Field(() => Int)
  totalMinutes: number;

  @Field()
  createdAt: Date;

  @Field({ nullable: true })
  closedAt?: Date;
}
