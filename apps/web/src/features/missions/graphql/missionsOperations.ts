import { graphql } from '../../../gql';

/** What the pages show of a mission: what, who, where, when, with which languages, and how to reach them. */
export const MISSION_FIELDS_FRAGMENT = graphql(`
  fragment MissionFields on Mission {
    id
    title
    description
    kind
    status
    districtCode
    remote
    schedule
    weeklySlot
    weeklyStarts
    weeklyEnds
    minimumCommitment
    restricted
    forSolidarityReserve
    forCivicService
    skills
    responseHours
    contactName
    contactEmail
    createdAt
    languages {
      code
      level
    }
    organisation {
      id
      name
    }
    shifts {
      id
      startsAt
      endsAt
      capacity
      accepted
      remaining
    }
  }
`);

export const VOLUNTEER_PROFILE_FIELDS_FRAGMENT = graphql(`
  fragment VolunteerProfileFields on VolunteerProfile {
    skills
    languages {
      code
      level
    }
    availability
    districts
    maxHoursPerWeek
    solidarityReserve
    civicService
  }
`);

export const MISSION_APPLICATION_FIELDS_FRAGMENT = graphql(`
  fragment MissionApplicationFields on MissionApplication {
    id
    missionId
    missionTitle
    organisationName
    status
    declineReason
    message
    createdAt
    decidedAt
    shift {
      id
      startsAt
      endsAt
      capacity
      accepted
      remaining
    }
  }
`);

export const VOLUNTEER_MENTORING_FIELDS_FRAGMENT = graphql(`
  fragment VolunteerMentoringFields on MentoringPair {
    id
    menteeAlias
    goals
    status
    totalMinutes
    createdAt
    closedAt
    outcome
    organisation {
      id
      name
    }
    sessions {
      id
      occurredOn
      minutes
      topic
      nextStep
    }
  }
`);

/** Published missions to come, filtered, the best text match first (public); a page at a time. */
export const MISSION_SEARCH_QUERY = graphql(`
  query MissionSearch($search: MissionSearchInput) {
    missions(search: $search) {
      total
      totalCapped
      missions {
        ...MissionFields
      }
    }
  }
`);

/** One mission (public); NOT_FOUND for an unknown id. */
export const MISSION_DETAIL_QUERY = graphql(`
  query MissionDetail($id: ID!) {
    mission(id: $id) {
      ...MissionFields
    }
  }
`);

/** The missions that suit my profile best; BAD_USER_INPUT "Fill in your volunteer profile first." without one. */
export const MISSION_RECOMMENDATIONS_QUERY = graphql(`
  query MissionRecommendations($first: Int!) {
    missionRecommendations(first: $first) {
      score
      reasons {
        kind
        code
        km
        slot
        skill
      }
      mission {
        ...MissionFields
      }
    }
  }
`);

/** My volunteer profile, or null before I fill it in. */
export const VOLUNTEER_PROFILE_QUERY = graphql(`
  query VolunteerProfile {
    myVolunteerProfile {
      ...VolunteerProfileFields
    }
  }
`);

export const VOLUNTEER_SAVE_PROFILE_MUTATION = graphql(`
  mutation VolunteerSaveProfile($input: VolunteerProfileInput!) {
    saveVolunteerProfile(input: $input) {
      ...VolunteerProfileFields
    }
  }
`);

/** My applications, newest first. */
export const VOLUNTEER_APPLICATIONS_QUERY = graphql(`
  query VolunteerApplications {
    myApplications {
      ...MissionApplicationFields
    }
  }
`);

/**
 * Applies to a shift (required for a mission with shifts) or to a weekly mission. CONFLICT "This shift is full.",
 * "You have already applied to this.", "This mission is closed.", "This shift has started.".
 */
export const MISSION_APPLY_MUTATION = graphql(`
  mutation MissionApply($input: ApplyInput!) {
    applyToMission(input: $input) {
      ...MissionApplicationFields
    }
  }
`);

/** CONFLICT when already withdrawn or declined. */
export const VOLUNTEER_WITHDRAW_APPLICATION_MUTATION = graphql(`
  mutation VolunteerWithdrawApplication($input: ApplicationIdInput!) {
    withdrawApplication(input: $input) {
      ...MissionApplicationFields
    }
  }
`);

/** The hours I gave, as the associations recorded them: for the history and the attestation. */
export const VOLUNTEER_HISTORY_QUERY = graphql(`
  query VolunteerHistory {
    myVolunteering {
      volunteerName
      totalHours
      generatedAt
      records {
        occurredOn
        missionTitle
        organisationName
        hours
      }
    }
  }
`);

/** The people I mentor (aliases only). */
export const VOLUNTEER_MENTORING_QUERY = graphql(`
  query VolunteerMentoring {
    myMentoring {
      ...VolunteerMentoringFields
    }
  }
`);

/** BAD_USER_INPUT for a date to come or a duration outside 5–600 minutes; CONFLICT "This pairing is closed.". */
export const VOLUNTEER_LOG_MENTORING_SESSION_MUTATION = graphql(`
  mutation VolunteerLogMentoringSession($input: LogMentoringSessionInput!) {
    logMentoringSession(input: $input) {
      ...VolunteerMentoringFields
    }
  }
`);
