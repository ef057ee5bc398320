import type { MockLink } from '@apollo/client/testing';

import type {
  PartnerMentoringPairFieldsFragment,
  PartnerMissionApplicationFieldsFragment,
  PartnerMissionFieldsFragment,
  PartnerMissionShiftFieldsFragment,
} from '../../../gql/graphql';
import { AMIS, member } from '../../items/testing/itemsFixtures';
import {
  PARTNER_MISSION_APPLICATIONS_QUERY,
  PARTNER_ORGANISATION_MENTORING_QUERY,
  PARTNER_ORGANISATION_MISSIONS_QUERY,
} from '../graphql/missionsPartnersOperations';

/**
 * Test data for the associations' side of volunteering: Les Amis du 18e (an association, org-1) runs a French
 * conversation workshop on two Saturdays of December 2099 and school support for children (vetting required);
 * Samir Haddad and Léa Martin apply; Jean Martin mentors "A. du 18e".
 */

/** Reused as often as asked: polled queries and refetches ask again. */
const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };

export { AMIS, member };

/** A shift; by default Saturday 12 December 2099, 09:00–12:00 in Paris, 3 places, none taken. */
export function shift(
  overrides: Partial<PartnerMissionShiftFieldsFragment> = {},
): PartnerMissionShiftFieldsFragment {
  const capacity = overrides.capacity ?? 3;
  const accepted = overrides.accepted ?? 0;
  return {
    __typename: 'MissionShift',
    id: 'shift-1',
    startsAt: '2099-12-12T08:00:00.000Z',
    endsAt: '2099-12-12T11:00:00.000Z',
    capacity,
    accepted,
    remaining: capacity - accepted,
    ...overrides,
  };
}

/** The French conversation workshop in the 18th: two Saturday mornings, B1 French and Arabic wanted. */
export function mission(overrides: Partial<PartnerMissionFieldsFragment> = {}): PartnerMissionFieldsFragment {
  return {
    __typename: 'Mission',
    id: 'mission-1',
    title: 'Atelier de conversation en français',
    description: 'Animer un atelier de conversation pour des adultes arrivés récemment.',
    kind: 'FRENCH_LESSONS',
    skills: ['pédagogie', 'animation de groupe'],
    languages: [
      { __typename: 'SpokenLanguage', code: 'fr', level: 'C1' },
      { __typename: 'SpokenLanguage', code: 'ar', level: 'B1' },
    ],
    districtCode: '75018',
    remote: false,
    schedule: 'SHIFTS',
    weeklySlot: null,
    weeklyStarts: null,
    weeklyEnds: null,
    minimumCommitment: '2 samedis',
    contactName: 'Marie Curie',
    contactEmail: 'contact@amis18.org',
    restricted: false,
    forSolidarityReserve: true,
    forCivicService: false,
    status: 'PUBLISHED',
    responseHours: 5,
    createdAt: '2026-11-20T09:00:00.000Z',
    organisation: { __typename: 'MissionOrganisation', id: 'org-1', name: 'Les Amis du 18e' },
    shifts: [
      shift({ accepted: 1 }),
      shift({
        id: 'shift-2',
        startsAt: '2099-12-19T08:00:00.000Z',
        endsAt: '2099-12-19T11:00:00.000Z',
        capacity: 2,
        accepted: 0,
      }),
    ],
    ...overrides,
  };
}

/** School support with children at the Marx-Dormoy centre: vetting required; one shift already held. */
export function restrictedMission(
  overrides: Partial<PartnerMissionFieldsFragment> = {},
): PartnerMissionFieldsFragment {
  return mission({
    id: 'mission-2',
    title: 'Soutien scolaire au centre Marx-Dormoy',
    description: 'Aider des enfants de 8 à 11 ans à faire leurs devoirs.',
    kind: 'SCHOOL_SUPPORT',
    skills: [],
    languages: [],
    restricted: true,
    forSolidarityReserve: false,
    responseHours: null,
    createdAt: '2026-11-18T09:00:00.000Z',
    // Saturday 21 November 2026, 09:00–11:00 in Paris: held already, so attendance can be recorded.
    shifts: [
      shift({
        id: 'shift-past',
        startsAt: '2026-11-21T08:00:00.000Z',
        endsAt: '2026-11-21T10:00:00.000Z',
        capacity: 2,
        accepted: 1,
      }),
    ],
    ...overrides,
  });
}

type Application = PartnerMissionApplicationFieldsFragment;
type Volunteer = Application['volunteer'];

/** Samir Haddad: Arabic native, French B2, free on Saturday mornings and Sunday afternoons, solidarity reserve. */
export function volunteer(overrides: Partial<Volunteer> = {}): Volunteer {
  return {
    __typename: 'Applicant',
    id: 'volunteer-1',
    displayName: 'Samir Haddad',
    email: 'samir@example.org',
    vettedOn: null,
    profile: {
      __typename: 'VolunteerProfile',
      languages: [
        { __typename: 'SpokenLanguage', code: 'ar', level: 'NATIVE' },
        { __typename: 'SpokenLanguage', code: 'fr', level: 'B2' },
      ],
      skills: ['pédagogie'],
      availability: ['SUN_AFTERNOON', 'SAT_MORNING'],
      districts: ['75018'],
      maxHoursPerWeek: 4,
      solidarityReserve: true,
      civicService: false,
    },
    ...overrides,
  };
}

/** Samir's application to the first shift of the workshop, waiting for an answer. */
export function application(overrides: Partial<Application> = {}): Application {
  return {
    __typename: 'MissionApplication',
    id: 'application-1',
    missionId: 'mission-1',
    status: 'APPLIED',
    message: 'J’ai donné des cours de français langue étrangère.',
    createdAt: '2026-11-26T09:00:00.000Z',
    decidedAt: null,
    declineReason: null,
    overdue: false,
    shift: shift({ accepted: 1 }),
    volunteer: volunteer(),
    attendance: [],
    ...overrides,
  };
}

/** Léa Martin's application to the second shift, unanswered for four days, in civic service. */
export function overdueApplication(overrides: Partial<Application> = {}): Application {
  return application({
    id: 'application-2',
    message: null,
    createdAt: '2026-11-23T09:00:00.000Z',
    overdue: true,
    shift: shift({
      id: 'shift-2',
      startsAt: '2099-12-19T08:00:00.000Z',
      endsAt: '2099-12-19T11:00:00.000Z',
      capacity: 2,
      accepted: 0,
    }),
    volunteer: volunteer({
      id: 'volunteer-2',
      displayName: 'Léa Martin',
      email: 'lea@example.org',
      profile: {
        __typename: 'VolunteerProfile',
        languages: [{ __typename: 'SpokenLanguage', code: 'fr', level: 'NATIVE' }],
        skills: [],
        availability: ['SAT_MORNING'],
        districts: [],
        maxHoursPerWeek: 2,
        solidarityReserve: false,
        civicService: true,
      },
    }),
    ...overrides,
  });
}

/** Jean Martin mentors "A. du 18e" for a housing application and a job search; no session yet. */
export function mentoringPair(
  overrides: Partial<PartnerMentoringPairFieldsFragment> = {},
): PartnerMentoringPairFieldsFragment {
  return {
    __typename: 'MentoringPair',
    id: 'pair-1',
    mentorName: 'Jean Martin',
    mentorEmail: 'jean@example.org',
    menteeAlias: 'A. du 18e',
    goals: ['HOUSING_APPLICATION', 'JOB_SEARCH'],
    status: 'ACTIVE',
    outcome: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    closedAt: null,
    totalMinutes: 0,
    sessions: [],
    ...overrides,
  };
}

/** What the API holds for Les Amis du 18e; mutations change it, queries tell it as it is when asked. */
export interface MissionsServer {
  missions: PartnerMissionFieldsFragment[];
  /** Applications by mission id. */
  applications: Record<string, Application[]>;
  pairs: PartnerMentoringPairFieldsFragment[];
}

export function newServer(overrides: Partial<MissionsServer> = {}): MissionsServer {
  return { missions: [], applications: {}, pairs: [], ...overrides };
}

/** The association's missions, each mission's applications and its mentoring pairs, answered from `server`. */
export function missionsListMocks(
  server: MissionsServer,
  organisationId = 'org-1',
): MockLink.MockedResponse[] {
  return [
    {
      request: { query: PARTNER_ORGANISATION_MISSIONS_QUERY, variables: { organisationId } },
      result: () => ({ data: { organisationMissions: server.missions } }),
      ...AGAIN,
    },
    {
      request: { query: PARTNER_MISSION_APPLICATIONS_QUERY, variables: () => true },
      result: (variables: Record<string, unknown>) => ({
        data: { missionApplications: server.applications[String(variables['missionId'])] ?? [] },
      }),
      ...AGAIN,
    },
    {
      request: { query: PARTNER_ORGANISATION_MENTORING_QUERY, variables: { organisationId } },
      result: () => ({ data: { organisationMentoring: server.pairs } }),
      ...AGAIN,
    },
  ];
}
