import { graphql } from '../../../gql';

/**
 * Hosting at home, the partners' side: associations refer households (pseudonymous: an alias, age bands, no
 * legal name), forward the homes the matching engine proposes to their hosts, start and follow the stays, and
 * visit the homes hosts asked them to verify. Housing operators take on the homes owners offer ("Louez
 * solidaire"). Coordinators follow it all per arrondissement and start matching runs.
 *
 * Names start with "Partner", "Operator" or "Coordinator": the hosts' own pages (features/hosting) have their
 * operations too, and codegen wants every name once.
 *
 * Like the rest of the app, lists are polled (Apollo's `pollInterval`), not subscribed to: see items/utils/live.ts.
 */

/** A household as its referent association reads it. */
export const PARTNER_HOSTING_REQUEST_FRAGMENT = graphql(`
  fragment PartnerHostingRequestFields on HostingRequest {
    id
    organisationId
    alias
    ageBands
    householdSize
    languages
    legalStatus
    needsStepFree
    cannotLiveWithPets
    neededFrom
    minimumDays
    desiredDays
    preferredDistricts
    needs
    urgent
    status
    closeReason
    createdAt
  }
`);

/** A verified home as the association sees it: the address and the host only once the host accepted. */
export const PARTNER_HOST_SUMMARY_FRAGMENT = graphql(`
  fragment PartnerHostSummaryFields on HostSummary {
    offerId
    districtCode
    roomKind
    beds
    householdAdults
    householdChildren
    languages
    availableFrom
    availableUntil
    maxStayDays
    hasPets
    smoking
    stepFree
    offersMeals
    offersFrenchHelp
    otherSupport
    houseRules
    address
    host {
      displayName
      email
    }
  }
`);

/** The household's association's households (its members): waiting ones, hosted ones and closed ones. */
export const PARTNER_HOSTING_REQUESTS_QUERY = graphql(`
  query PartnerHostingRequests($organisationId: ID!) {
    hostingRequests(organisationId: $organisationId) {
      ...PartnerHostingRequestFields
    }
  }
`);

/** Refers a household (members of a verified association); a matching run then looks for a home. */
export const PARTNER_CREATE_HOSTING_REQUEST_MUTATION = graphql(`
  mutation PartnerCreateHostingRequest($input: HostingRequestInput!) {
    createHostingRequest(input: $input) {
      ...PartnerHostingRequestFields
    }
  }
`);

/** Changes a waiting household (CONFLICT once hosted or closed); what was proposed for it expires. */
export const PARTNER_UPDATE_HOSTING_REQUEST_MUTATION = graphql(`
  mutation PartnerUpdateHostingRequest($input: UpdateHostingRequestInput!) {
    updateHostingRequest(input: $input) {
      ...PartnerHostingRequestFields
    }
  }
`);

/** Closes a household's request with a reason (CONFLICT while hosted). */
export const PARTNER_CLOSE_HOSTING_REQUEST_MUTATION = graphql(`
  mutation PartnerCloseHostingRequest($input: CloseHostingRequestInput!) {
    closeHostingRequest(input: $input) {
      ...PartnerHostingRequestFields
    }
  }
`);

/** A proposal for one of the association's households, and why it was made (its score). */
export const PARTNER_HOSTING_PROPOSAL_FRAGMENT = graphql(`
  fragment PartnerHostingProposalFields on HostingProposal {
    id
    requestId
    status
    createdAt
    forwardedAt
    acceptedAt
    declineReason
    declinedBySide
    meetingAt
    meetingPlace
    stayId
    household {
      size
      ageBands
      languages
      neededFrom
      desiredDays
    }
    host {
      ...PartnerHostSummaryFields
    }
    score {
      score
      languages
      district
      duration
      availableDays
      urgent
    }
  }
`);

/** Proposals for the association's households. */
export const PARTNER_HOSTING_PROPOSALS_QUERY = graphql(`
  query PartnerHostingProposals($organisationId: ID!) {
    hostingProposals(organisationId: $organisationId) {
      ...PartnerHostingProposalFields
    }
  }
`);

/** Sends a proposal to the host, who accepts or declines it. */
export const PARTNER_FORWARD_HOSTING_PROPOSAL_MUTATION = graphql(`
  mutation PartnerForwardHostingProposal($input: HostingProposalIdInput!) {
    forwardHostingProposal(input: $input) {
      ...PartnerHostingProposalFields
    }
  }
`);

/** Sets a proposal aside, with a reason. */
export const PARTNER_DECLINE_HOSTING_PROPOSAL_MUTATION = graphql(`
  mutation PartnerDeclineHostingProposal($input: DeclineHostingProposalInput!) {
    declineHostingProposal(input: $input) {
      ...PartnerHostingProposalFields
    }
  }
`);

/** Plans the meeting of the host and the household, once the host accepted. */
export const PARTNER_PLAN_HOSTING_MEETING_MUTATION = graphql(`
  mutation PartnerPlanHostingMeeting($input: PlanHostingMeetingInput!) {
    planHostingMeeting(input: $input) {
      ...PartnerHostingProposalFields
    }
  }
`);

/** A stay and its follow-up log, as the association reads it. */
export const PARTNER_STAY_FRAGMENT = graphql(`
  fragment PartnerStayFields on Stay {
    id
    proposalId
    requestId
    status
    startsOn
    plannedEndOn
    agreementSignedOn
    nextCheckInDue
    endedOn
    endReason
    endedBySide
    endedEarly
    household {
      size
      ageBands
      languages
    }
    host {
      ...PartnerHostSummaryFields
    }
    events {
      id
      kind
      occurredOn
      note
      severity
      newEndOn
      recordedBy
      createdAt
    }
  }
`);

/** Starts the stay of an accepted proposal (the agreement signed). */
export const PARTNER_START_STAY_MUTATION = graphql(`
  mutation PartnerStartStay($input: StartStayInput!) {
    startStay(input: $input) {
      ...PartnerStayFields
    }
  }
`);

/** The association's stays, active ones and ended ones. */
export const PARTNER_STAYS_QUERY = graphql(`
  query PartnerStays($organisationId: ID!) {
    stays(organisationId: $organisationId) {
      ...PartnerStayFields
    }
  }
`);

/** Records a follow-up check-in. */
export const PARTNER_RECORD_STAY_CHECK_IN_MUTATION = graphql(`
  mutation PartnerRecordStayCheckIn($input: StayNoteInput!) {
    recordStayCheckIn(input: $input) {
      ...PartnerStayFields
    }
  }
`);

/** Reports an incident. */
export const PARTNER_REPORT_STAY_INCIDENT_MUTATION = graphql(`
  mutation PartnerReportStayIncident($input: ReportStayIncidentInput!) {
    reportStayIncident(input: $input) {
      ...PartnerStayFields
    }
  }
`);

/** Moves the planned end later, within the host's availability. */
export const PARTNER_EXTEND_STAY_MUTATION = graphql(`
  mutation PartnerExtendStay($input: ExtendStayInput!) {
    extendStay(input: $input) {
      ...PartnerStayFields
    }
  }
`);

/** Ends a stay; ended early, the household goes back to the pool, flagged urgent. */
export const PARTNER_END_STAY_MUTATION = graphql(`
  mutation PartnerEndStay($input: EndStayInput!) {
    endStay(input: $input) {
      ...PartnerStayFields
    }
  }
`);

/** A home a host asked the association to visit and verify. */
export const PARTNER_HOST_OFFER_FRAGMENT = graphql(`
  fragment PartnerHostOfferFields on HostOffer {
    id
    status
    address
    districtCode
    roomKind
    beds
    householdAdults
    householdChildren
    languages
    availableFrom
    availableUntil
    minStayDays
    maxStayDays
    acceptsChildren
    hasPets
    smoking
    stepFree
    offersMeals
    offersFrenchHelp
    otherSupport
    houseRules
    submittedAt
    verifiedAt
    homeVisitOn
    visitedBy
    rejectionReason
    host {
      displayName
      email
    }
  }
`);

/** The offers hosts asked the association to verify. */
export const PARTNER_HOST_OFFERS_TO_VERIFY_QUERY = graphql(`
  query PartnerHostOffersToVerify($organisationId: ID!) {
    hostOffersToVerify(organisationId: $organisationId) {
      ...PartnerHostOfferFields
    }
  }
`);

/** Verifies a home after visiting it: it enters the matching pool. */
export const PARTNER_VERIFY_HOST_OFFER_MUTATION = graphql(`
  mutation PartnerVerifyHostOffer($input: VerifyHostOfferInput!) {
    verifyHostOffer(input: $input) {
      ...PartnerHostOfferFields
    }
  }
`);

/** Refuses a home, with a reason the host reads. */
export const PARTNER_REJECT_HOST_OFFER_MUTATION = graphql(`
  mutation PartnerRejectHostOffer($input: RejectHostOfferInput!) {
    rejectHostOffer(input: $input) {
      ...PartnerHostOfferFields
    }
  }
`);

/** A home offered to housing operators; the owner only once our operator took it on. */
export const OPERATOR_RENTAL_UNIT_FRAGMENT = graphql(`
  fragment OperatorRentalUnitFields on RentalUnit {
    id
    status
    districtCode
    address
    surfaceM2
    rooms
    availableFrom
    description
    createdAt
    operator {
      id
      name
    }
    owner {
      displayName
      email
    }
  }
`);

/** Homes in the operator's arrondissements (its members). */
export const OPERATOR_RENTAL_UNITS_QUERY = graphql(`
  query OperatorRentalUnits($organisationId: ID!) {
    operatorRentalUnits(organisationId: $organisationId) {
      ...OperatorRentalUnitFields
    }
  }
`);

/** Takes a home on (CONFLICT when another operator was quicker). */
export const OPERATOR_TAKE_ON_RENTAL_UNIT_MUTATION = graphql(`
  mutation OperatorTakeOnRentalUnit($input: RentalUnitDecisionInput!) {
    takeOnRentalUnit(input: $input) {
      ...OperatorRentalUnitFields
    }
  }
`);

/** Declines a home, with a reason; other operators may still take it on. */
export const OPERATOR_DECLINE_RENTAL_UNIT_MUTATION = graphql(`
  mutation OperatorDeclineRentalUnit($input: DeclineRentalUnitInput!) {
    declineRentalUnit(input: $input) {
      ...OperatorRentalUnitFields
    }
  }
`);

/** Marks a home the operator took on as let. */
export const OPERATOR_MARK_RENTAL_UNIT_LET_MUTATION = graphql(`
  mutation OperatorMarkRentalUnitLet($input: RentalUnitDecisionInput!) {
    markRentalUnitLet(input: $input) {
      ...OperatorRentalUnitFields
    }
  }
`);

/** Hosting across Paris for coordinators: figures per arrondissement, no guest data. */
export const COORDINATOR_HOSTING_OVERVIEW_QUERY = graphql(`
  query CoordinatorHostingOverview {
    hostingOverview {
      openRequests
      urgentRequests
      offersToVerify
      medianDaysToMatch
      districts {
        districtCode
        hostsAvailable
        activeStays
        openRequests
      }
      staysEndingSoon {
        id
        startsOn
        plannedEndOn
        organisation {
          id
          name
        }
        household {
          size
        }
        host {
          offerId
          districtCode
        }
      }
    }
  }
`);

/** A hosting matching run as the coordinators' table shows it. */
export const COORDINATOR_HOSTING_RUN_FRAGMENT = graphql(`
  fragment CoordinatorHostingRunFields on HostingRun {
    id
    trigger
    status
    requestedAt
    finishedAt
    hosts
    households
    objective
    greedyObjective
    solveMs
    proposals
    unchanged
    error
  }
`);

/** Recent hosting matching runs, newest first (coordinators). */
export const COORDINATOR_HOSTING_RUNS_QUERY = graphql(`
  query CoordinatorHostingRuns($first: Int!) {
    hostingRuns(first: $first) {
      ...CoordinatorHostingRunFields
    }
  }
`);

/** Queues a hosting matching run now (coordinators). */
export const COORDINATOR_START_HOSTING_RUN_MUTATION = graphql(`
  mutation CoordinatorStartHostingRun {
    startHostingMatchingRun {
      ...CoordinatorHostingRunFields
    }
  }
`);
