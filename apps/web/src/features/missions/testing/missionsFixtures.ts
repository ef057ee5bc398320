import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type {
  MissionApplicationFieldsFragment,
  MissionFieldsFragment,
  MissionRecommendationsQuery,
  MissionSearchInput,
  VolunteerHistoryQuery,
  VolunteerMentoringFieldsFragment,
  VolunteerProfileFieldsFragment,
} from '../../../gql/graphql';
import { parisToday } from '../../items/utils/format';
import {
  MISSION_DETAIL_QUERY,
  MISSION_RECOMMENDATIONS_QUERY,
  MISSION_SEARCH_QUERY,
  VOLUNTEER_APPLICATIONS_QUERY,
  VOLUNTEER_HISTORY_QUERY,
  VOLUNTEER_MENTORING_QUERY,
  VOLUNTEER_PROFILE_QUERY,
} from '../graphql/missionsOperations';

/**
 * Test data for volunteering: Les Amis du 18e give French lessons in the 18th (shifts), Enfants du Monde school
 * support in the 19th (weekly, restricted), Interprètes Solidaires interpreting by phone (remote). Marie volunteers.
 */

type Mock = MockLink.MockedResponse;

/** A mock answering every time it is asked (refetches after mutations), not just once. */
export function always<T extends Mock>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A GraphQL error as the API sends it, for `result`. */
export function apiError(path: string, message: string, code: string) {
  return { errors: [new GraphQLError(message, { path: [path], extensions: { code } })] };
}

/** The Paris day `days` after today (before, when negative), YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const today = new Date(`${parisToday()}T12:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** French lessons in the 18th on two Saturday mornings (10:00–12:00 in Paris): 3 places left, then full. */
export function frenchLessons(overrides: Partial<MissionFieldsFragment> = {}): MissionFieldsFragment {
  return {
    __typename: 'Mission',
    id: 'mission-1',
    title: 'Cours de français pour adultes',
    description: 'Des cours de français langue étrangère pour des adultes hébergés dans le 18e.',
    kind: 'FRENCH_LESSONS',
    status: 'PUBLISHED',
    districtCode: '75018',
    remote: false,
    schedule: 'SHIFTS',
    weeklySlot: null,
    weeklyStarts: null,
    weeklyEnds: null,
    minimumCommitment: '3 mois, 2 h par semaine',
    restricted: false,
    forSolidarityReserve: true,
    forCivicService: false,
    skills: ['pédagogie', 'français langue étrangère'],
    responseHours: 5.2,
    contactName: 'Sophie Martin',
    contactEmail: 'benevolat@amis18.org',
    createdAt: '2026-11-20T09:00:00.000Z',
    languages: [
      { __typename: 'SpokenLanguage', code: 'fr', level: 'C1' },
      { __typename: 'SpokenLanguage', code: 'ti', level: 'B1' },
    ],
    organisation: { __typename: 'MissionOrganisation', id: 'org-18', name: 'Les Amis du 18e' },
    shifts: [
      {
        __typename: 'MissionShift',
        id: 'shift-1',
        startsAt: '2026-12-05T09:00:00.000Z',
        endsAt: '2026-12-05T11:00:00.000Z',
        capacity: 5,
        accepted: 2,
        remaining: 3,
      },
      {
        __typename: 'MissionShift',
        id: 'shift-2',
        startsAt: '2026-12-12T09:00:00.000Z',
        endsAt: '2026-12-12T11:00:00.000Z',
        capacity: 4,
        accepted: 4,
        remaining: 0,
      },
    ],
    ...overrides,
  };
}

/** School support in the 19th every Wednesday afternoon, with children: restricted. */
export function schoolSupport(overrides: Partial<MissionFieldsFragment> = {}): MissionFieldsFragment {
  return {
    __typename: 'Mission',
    id: 'mission-2',
    title: 'Soutien scolaire au collège',
    description: 'Aider des collégiens arrivés depuis peu à faire leurs devoirs.',
    kind: 'SCHOOL_SUPPORT',
    status: 'PUBLISHED',
    districtCode: '75019',
    remote: false,
    schedule: 'WEEKLY',
    weeklySlot: 'WED_AFTERNOON',
    weeklyStarts: '14:00',
    weeklyEnds: '16:00',
    minimumCommitment: null,
    restricted: true,
    forSolidarityReserve: false,
    forCivicService: false,
    skills: [],
    responseHours: 30,
    contactName: 'Karim Haddad',
    contactEmail: 'contact@enfantsdumonde.org',
    createdAt: '2026-11-18T09:00:00.000Z',
    languages: [],
    organisation: { __typename: 'MissionOrganisation', id: 'org-19', name: 'Enfants du Monde' },
    shifts: [],
    ...overrides,
  };
}

/** Interpreting Arabic by phone every Monday evening: remote, open to civic service. */
export function phoneInterpreting(overrides: Partial<MissionFieldsFragment> = {}): MissionFieldsFragment {
  return {
    __typename: 'Mission',
    id: 'mission-3',
    title: 'Interprétariat par téléphone',
    description: 'Traduire les échanges entre des familles et les services sociaux.',
    kind: 'INTERPRETING',
    status: 'PUBLISHED',
    districtCode: null,
    remote: true,
    schedule: 'WEEKLY',
    weeklySlot: 'MON_EVENING',
    weeklyStarts: '18:30',
    weeklyEnds: '20:00',
    minimumCommitment: null,
    restricted: false,
    forSolidarityReserve: false,
    forCivicService: true,
    skills: ['interprétariat'],
    responseHours: null,
    contactName: 'Leila Benali',
    contactEmail: 'equipe@interpretes-solidaires.org',
    createdAt: '2026-11-15T09:00:00.000Z',
    languages: [{ __typename: 'SpokenLanguage', code: 'ar', level: 'NATIVE' }],
    organisation: { __typename: 'MissionOrganisation', id: 'org-int', name: 'Interprètes Solidaires' },
    shifts: [],
    ...overrides,
  };
}

/** `count` sorting missions in the 11th, numbered from `from`. */
export function sortingMissions(count: number, from = 1): MissionFieldsFragment[] {
  return Array.from({ length: count }, (_, index) =>
    frenchLessons({
      id: `sorting-${from + index}`,
      title: `Tri des dons n° ${from + index}`,
      kind: 'SORTING',
      districtCode: '75011',
      languages: [],
      shifts: [],
      schedule: 'WEEKLY',
      weeklySlot: 'SAT_MORNING',
      weeklyStarts: '09:00',
      weeklyEnds: '12:00',
    }),
  );
}

/** The API's answer to a search (the paging defaults unless given). */
export function searchMock(
  missions: MissionFieldsFragment[],
  search: Partial<MissionSearchInput> = {},
  total = missions.length,
  totalCapped = false,
): Mock {
  return always({
    request: { query: MISSION_SEARCH_QUERY, variables: { search: { first: 20, offset: 0, ...search } } },
    result: { data: { missions: { __typename: 'MissionSearchResult', total, totalCapped, missions } } },
  });
}

export function missionMock(mission: MissionFieldsFragment | (() => MissionFieldsFragment)): Mock {
  const answer = typeof mission === 'function' ? mission : () => mission;
  const id = answer().id;
  return always({
    request: { query: MISSION_DETAIL_QUERY, variables: { id } },
    result: () => ({ data: { mission: answer() } }),
  });
}

type Recommendation = MissionRecommendationsQuery['missionRecommendations'][number];

/** French lessons recommended because Marie speaks Tigrinya, lives 2 km away and is free on Saturday mornings. */
export function recommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    __typename: 'MissionRecommendation',
    score: 0.82,
    mission: frenchLessons(),
    reasons: [
      { __typename: 'RecommendationReason', kind: 'LANGUAGE', code: 'ti', km: null, slot: null, skill: null },
      { __typename: 'RecommendationReason', kind: 'DISTANCE', code: null, km: 2, slot: null, skill: null },
      {
        __typename: 'RecommendationReason',
        kind: 'TIME',
        code: null,
        km: null,
        slot: 'SAT_MORNING',
        skill: null,
      },
    ],
    ...overrides,
  };
}

export function recommendationsMock(recommendations: Recommendation[]): Mock {
  return always({
    request: { query: MISSION_RECOMMENDATIONS_QUERY, variables: { first: 5 } },
    result: { data: { missionRecommendations: recommendations } },
  });
}

export function noProfileRecommendationsMock(): Mock {
  return always({
    request: { query: MISSION_RECOMMENDATIONS_QUERY, variables: { first: 5 } },
    result: apiError('missionRecommendations', 'Fill in your volunteer profile first.', 'BAD_USER_INPUT'),
  });
}

/** Marie's profile: Tigrinya and French, free on Saturday mornings, in the 18th and the 19th. */
export function volunteerProfile(
  overrides: Partial<VolunteerProfileFieldsFragment> = {},
): VolunteerProfileFieldsFragment {
  return {
    __typename: 'VolunteerProfile',
    skills: ['cours de français', 'cuisine'],
    languages: [
      { __typename: 'SpokenLanguage', code: 'ti', level: 'NATIVE' },
      { __typename: 'SpokenLanguage', code: 'fr', level: 'C1' },
    ],
    availability: ['SAT_MORNING', 'WED_EVENING'],
    districts: ['75018', '75019'],
    maxHoursPerWeek: 4,
    solidarityReserve: true,
    civicService: false,
    ...overrides,
  };
}

export function application(
  overrides: Partial<MissionApplicationFieldsFragment> = {},
): MissionApplicationFieldsFragment {
  const shift = frenchLessons().shifts[0]!;
  return {
    __typename: 'MissionApplication',
    id: 'application-1',
    missionId: 'mission-1',
    missionTitle: 'Cours de français pour adultes',
    organisationName: 'Les Amis du 18e',
    status: 'APPLIED',
    declineReason: null,
    message: null,
    createdAt: '2026-11-25T10:00:00.000Z',
    decidedAt: null,
    shift,
    ...overrides,
  };
}

/** Two days of French lessons and one of sorting: 6.5 hours. */
export function volunteeringHistory(
  overrides: Partial<VolunteerHistoryQuery['myVolunteering']> = {},
): VolunteerHistoryQuery['myVolunteering'] {
  return {
    __typename: 'VolunteeringHistory',
    volunteerName: 'Marie Curie',
    totalHours: 6.5,
    generatedAt: '2026-11-27T10:00:00.000Z',
    records: [
      {
        __typename: 'VolunteeringRecord',
        occurredOn: '2026-10-03',
        missionTitle: 'Cours de français pour adultes',
        organisationName: 'Les Amis du 18e',
        hours: 2,
      },
      {
        __typename: 'VolunteeringRecord',
        occurredOn: '2026-10-10',
        missionTitle: 'Cours de français pour adultes',
        organisationName: 'Les Amis du 18e',
        hours: 2,
      },
      {
        __typename: 'VolunteeringRecord',
        occurredOn: '2026-11-07',
        missionTitle: 'Tri des dons',
        organisationName: 'Abri Solidaire',
        hours: 2.5,
      },
    ],
    ...overrides,
  };
}

/** Marie mentors "Amina" for Les Amis du 18e: asylum and housing, one session so far. */
export function mentoringPair(
  overrides: Partial<VolunteerMentoringFieldsFragment> = {},
): VolunteerMentoringFieldsFragment {
  return {
    __typename: 'MentoringPair',
    id: 'pair-1',
    menteeAlias: 'Amina',
    goals: ['ASYLUM_APPLICATION', 'HOUSING_APPLICATION'],
    status: 'ACTIVE',
    totalMinutes: 90,
    createdAt: '2026-10-01T09:00:00.000Z',
    closedAt: null,
    outcome: null,
    organisation: { __typename: 'MissionOrganisation', id: 'org-18', name: 'Les Amis du 18e' },
    sessions: [
      {
        __typename: 'MentoringSession',
        id: 'session-1',
        occurredOn: '2026-11-14',
        minutes: 90,
        topic: 'Récit pour l’OFPRA',
        nextStep: 'Rassembler les pièces',
      },
    ],
    ...overrides,
  };
}

/** What the API holds for Marie; mutations change it, queries tell it as it is when asked. */
export interface VolunteerServer {
  profile: VolunteerProfileFieldsFragment | null;
  applications: MissionApplicationFieldsFragment[];
  history: VolunteerHistoryQuery['myVolunteering'];
  mentoring: VolunteerMentoringFieldsFragment[];
}

export function volunteerServer(overrides: Partial<VolunteerServer> = {}): VolunteerServer {
  return {
    profile: null,
    applications: [],
    history: volunteeringHistory({ records: [], totalHours: 0 }),
    mentoring: [],
    ...overrides,
  };
}

export function applicationsMock(server: VolunteerServer): Mock {
  return always({
    request: { query: VOLUNTEER_APPLICATIONS_QUERY },
    result: () => ({ data: { myApplications: server.applications } }),
  });
}

export function historyMock(server: VolunteerServer): Mock {
  return always({
    request: { query: VOLUNTEER_HISTORY_QUERY },
    result: () => ({ data: { myVolunteering: server.history } }),
  });
}

/** The dashboard's four queries, as the server holds them each time they are asked. */
export function dashboardMocks(server: VolunteerServer): Mock[] {
  return [
    always({
      request: { query: VOLUNTEER_PROFILE_QUERY },
      result: () => ({ data: { myVolunteerProfile: server.profile } }),
    }),
    applicationsMock(server),
    historyMock(server),
    always({
      request: { query: VOLUNTEER_MENTORING_QUERY },
      result: () => ({ data: { myMentoring: server.mentoring } }),
    }),
  ];
}
