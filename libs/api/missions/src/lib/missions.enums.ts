import { registerEnumType } from '@nestjs/graphql';

export enum MissionKind {
  FRENCH_LESSONS = 'FRENCH_LESSONS',
  ADMIN_HELP = 'ADMIN_HELP',
  INTERPRETING = 'INTERPRETING',
  SORTING = 'SORTING',
  SPORT_CULTURE = 'SPORT_CULTURE',
  SCHOOL_SUPPORT = 'SCHOOL_SUPPORT',
  OTHER = 'OTHER',
}
registerEnumType(MissionKind, { name: 'MissionKind' });

export enum MissionSchedule {
  /** One-off shifts, each with its capacity. */
  SHIFTS = 'SHIFTS',
  /** The same half-day every week. */
  WEEKLY = 'WEEKLY',
}
registerEnumType(MissionSchedule, { name: 'MissionSchedule' });

export enum MissionStatus {
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnumType(MissionStatus, { name: 'MissionStatus' });

export enum LanguageLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  NATIVE = 'NATIVE',
}
registerEnumType(LanguageLevel, { name: 'LanguageLevel', description: 'CEFR levels, and native.' });

export enum HalfDay {
  MON_MORNING = 'MON_MORNING',
  MON_AFTERNOON = 'MON_AFTERNOON',
  MON_EVENING = 'MON_EVENING',
  TUE_MORNING = 'TUE_MORNING',
  TUE_AFTERNOON = 'TUE_AFTERNOON',
  TUE_EVENING = 'TUE_EVENING',
  WED_MORNING = 'WED_MORNING',
  WED_AFTERNOON = 'WED_AFTERNOON',
  WED_EVENING = 'WED_EVENING',
  THU_MORNING = 'THU_MORNING',
  THU_AFTERNOON = 'THU_AFTERNOON',
  THU_EVENING = 'THU_EVENING',
  FRI_MORNING = 'FRI_MORNING',
  FRI_AFTERNOON = 'FRI_AFTERNOON',
  FRI_EVENING = 'FRI_EVENING',
  SAT_MORNING = 'SAT_MORNING',
  SAT_AFTERNOON = 'SAT_AFTERNOON',
  SAT_EVENING = 'SAT_EVENING',
  SUN_MORNING = 'SUN_MORNING',
  SUN_AFTERNOON = 'SUN_AFTERNOON',
  SUN_EVENING = 'SUN_EVENING',
}
registerEnumType(HalfDay, {
  name: 'HalfDay',
  description:
    'A half-day of the week in Paris time: morning before 12:00, afternoon before 18:00, evening after.',
});

export enum ApplicationStatus {
  APPLIED = 'APPLIED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WAITLISTED = 'WAITLISTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

export enum ApplicationDecision {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WAITLIST = 'WAITLIST',
}
registerEnumType(ApplicationDecision, { name: 'ApplicationDecision' });

export enum MentoringGoal {
  ASYLUM_APPLICATION = 'ASYLUM_APPLICATION',
  FAMILY_ALLOWANCE_RSA = 'FAMILY_ALLOWANCE_RSA',
  HOUSING_APPLICATION = 'HOUSING_APPLICATION',
  UNIVERSITY_ENROLMENT = 'UNIVERSITY_ENROLMENT',
  JOB_SEARCH = 'JOB_SEARCH',
}
registerEnumType(MentoringGoal, { name: 'MentoringGoal' });

export enum MentoringStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(MentoringStatus, { name: 'MentoringStatus' });

export enum RecommendationReasonKind {
  LANGUAGE = 'LANGUAGE',
  DISTANCE = 'DISTANCE',
  REMOTE = 'REMOTE',
  TIME = 'TIME',
  SKILL = 'SKILL',
}
registerEnumType(RecommendationReasonKind, { name: 'RecommendationReasonKind' });
