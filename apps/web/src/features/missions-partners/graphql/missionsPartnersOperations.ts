import { graphql } from '../../../gql';

/**
 * Volunteer missions, the associations' side: an association publishes missions (one-off shifts or a weekly
 * slot), answers the volunteers who apply, records its vetting of them for missions with children or vulnerable
 * people, and their attendance; it also pairs mentors with the people it supports and follows their sessions.
 *
 * Names start with "Partner": the volunteers' own pages (features/missions) have their operations too, and
 * codegen wants every name once.
 *
 * Like the rest of the app, lists are polled (Apollo's `pollInterval`), not subscribed to: see items/utils/live.ts.
 */

/** A shift with its places: accepted volunteers out of the capacity. */
export const PARTNER_MISSION_SHIFT_FRAGMENT = graphql(`
  fragment PartnerMissionShiftFields on MissionShift {
    id
    startsAt
    endsAt
    capacity
    accepted
    remaining
  }
`);

/** A mission as its association manages it: past shifts too, and the median time it takes to answer. */
export const PARTNER_MISSION_FRAGMENT = graphql(`
  fragment PartnerMissionFields on Mission {
    id
    title
    description
    kind
    skills
    languages {
      code
      level
    }
    districtCode
    remote
    schedule
    weeklySlot
    weeklyStarts
    weeklyEnds
    minimumCommitment
    contactName
    contactEmail
    restricted
    forSolidarityReserve
    forCivicService
    status
    responseHours
    createdAt
    organisation {
      id
      name
    }
    shifts {
      ...PartnerMissionShiftFields
    }
  }
`);

/** The association's missions, closed ones too (its members). */
export const PARTNER_ORGANISATION_MISSIONS_QUERY = graphql(`
  query PartnerOrganisationMissions($organisationId: ID!) {
    organisationMissions(organisationId: $organisationId) {
      ...PartnerMissionFields
    }
  }
`);

/** Publishes a mission (members of a verified association). */
export const PARTNER_PUBLISH_MISSION_MUTATION = graphql(`
  mutation PartnerPublishMission($input: MissionInput!) {
    publishMission(input: $input) {
      ...PartnerMissionFields
    }
  }
`);

/** Changes a published mission; the shifts given are added to those it has. */
export const PARTNER_UPDATE_MISSION_MUTATION = graphql(`
  mutation PartnerUpdateMission($input: UpdateMissionInput!) {
    updateMission(input: $input) {
      ...PartnerMissionFields
    }
  }
`);

/** Closes a mission: no more applications. */
export const PARTNER_CLOSE_MISSION_MUTATION = graphql(`
  mutation PartnerCloseMission($input: MissionIdInput!) {
    closeMission(input: $input) {
      ...PartnerMissionFields
    }
  }
`);

/** A published copy of a mission, without its shifts. */
export const PARTNER_DUPLICATE_MISSION_MUTATION = graphql(`
  mutation PartnerDuplicateMission($input: MissionIdInput!) {
    duplicateMission(input: $input) {
      ...PartnerMissionFields
    }
  }
`);

/** An application as the association reads it: the volunteer, their profile, the shift, the attendance. */
export const PARTNER_MISSION_APPLICATION_FRAGMENT = graphql(`
  fragment PartnerMissionApplicationFields on MissionApplication {
    id
    missionId
    status
    message
    createdAt
    decidedAt
    declineReason
    overdue
    shift {
      ...PartnerMissionShiftFields
    }
    volunteer {
      id
      displayName
      email
      vettedOn
      profile {
        languages {
          code
          level
        }
        skills
        availability
        districts
        maxHoursPerWeek
        solidarityReserve
        civicService
      }
    }
    attendance {
      id
      occurredOn
      present
      hours
    }
  }
`);

/** A mission's applications (its association). */
export const PARTNER_MISSION_APPLICATIONS_QUERY = graphql(`
  query PartnerMissionApplications($missionId: ID!) {
    missionApplications(missionId: $missionId) {
      ...PartnerMissionApplicationFields
    }
  }
`);

/** Accepts, wait-lists or declines an application (CONFLICT when the shift is full). */
export const PARTNER_DECIDE_APPLICATION_MUTATION = graphql(`
  mutation PartnerDecideApplication($input: DecideApplicationInput!) {
    decideApplication(input: $input) {
      ...PartnerMissionApplicationFields
    }
  }
`);

/** Records the association's vetting of a volunteer (what was seen; never the document itself). */
export const PARTNER_RECORD_VETTING_MUTATION = graphql(`
  mutation PartnerRecordVetting($input: RecordVettingInput!) {
    recordVetting(input: $input) {
      id
      vettedOn
    }
  }
`);

/** Records an accepted volunteer's attendance and hours on a day. */
export const PARTNER_RECORD_ATTENDANCE_MUTATION = graphql(`
  mutation PartnerRecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      ...PartnerMissionApplicationFields
    }
  }
`);

/** A mentoring pair as its association follows it: the mentor, the alias, the goals, the sessions. */
export const PARTNER_MENTORING_PAIR_FRAGMENT = graphql(`
  fragment PartnerMentoringPairFields on MentoringPair {
    id
    mentorName
    mentorEmail
    menteeAlias
    goals
    status
    outcome
    createdAt
    closedAt
    totalMinutes
    sessions {
      id
      occurredOn
      minutes
      topic
      nextStep
      loggedBy
    }
  }
`);

/** The association's mentoring pairs. */
export const PARTNER_ORGANISATION_MENTORING_QUERY = graphql(`
  query PartnerOrganisationMentoring($organisationId: ID!) {
    organisationMentoring(organisationId: $organisationId) {
      ...PartnerMentoringPairFields
    }
  }
`);

/** Pairs a mentor (by their account email) with a person the association supports (an alias). */
export const PARTNER_CREATE_MENTORING_PAIR_MUTATION = graphql(`
  mutation PartnerCreateMentoringPair($input: CreateMentoringPairInput!) {
    createMentoringPair(input: $input) {
      ...PartnerMentoringPairFields
    }
  }
`);

/** Logs a mentoring session. */
export const PARTNER_LOG_MENTORING_SESSION_MUTATION = graphql(`
  mutation PartnerLogMentoringSession($input: LogMentoringSessionInput!) {
    logMentoringSession(input: $input) {
      ...PartnerMentoringPairFields
    }
  }
`);

/** Closes a mentoring pair with its outcome. */
export const PARTNER_CLOSE_MENTORING_PAIR_MUTATION = graphql(`
  mutation PartnerCloseMentoringPair($input: CloseMentoringPairInput!) {
    closeMentoringPair(input: $input) {
      ...PartnerMentoringPairFields
    }
  }
`);
