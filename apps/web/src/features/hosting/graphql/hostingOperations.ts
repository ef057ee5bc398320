import { graphql } from '../../../gql';

/**
 * The citizens' side of "Hosting at home" and "Louez solidaire": hosts describe their room step by step and
 * send it to an association for its home visit; matching proposes households, which the referent association
 * forwards to the host; the host accepts (or declines) and plans a first meeting; the association starts the
 * stay and follows it with the host. Owners offer vacant homes to the City's housing operators.
 */

/** Who to reach at an association or a housing operator. */
export const ORGANISATION_CONTACT_FRAGMENT = graphql(`
  fragment OrganisationContactFields on OrganisationContact {
    id
    name
    contactEmail
    contactPhone
  }
`);

/** A host's offer as its host reads it, drafts included. */
export const HOST_OFFER_FRAGMENT = graphql(`
  fragment HostOfferFields on HostOffer {
    id
    status
    paused
    hosting
    stepsDone
    roomKind
    beds
    districtCode
    address
    availableFrom
    availableUntil
    minStayDays
    maxStayDays
    householdAdults
    householdChildren
    languages
    acceptsChildren
    hasPets
    smoking
    stepFree
    houseRules
    offersMeals
    offersFrenchHelp
    otherSupport
    submittedAt
    homeVisitOn
    verifiedAt
    rejectionReason
    verifier {
      ...OrganisationContactFields
    }
  }
`);

/** What a host is told of a household: its size, ages, languages and dates; no name. */
export const HOUSEHOLD_SUMMARY_FRAGMENT = graphql(`
  fragment HouseholdSummaryFields on HouseholdSummary {
    size
    ageBands
    languages
    neededFrom
    desiredDays
  }
`);

/** A household forwarded to one of my homes, by its referent association. */
export const HOSTING_PROPOSAL_FRAGMENT = graphql(`
  fragment HostingProposalFields on HostingProposal {
    id
    status
    forwardedAt
    acceptedAt
    declineReason
    declinedBySide
    meetingAt
    meetingPlace
    stayId
    household {
      ...HouseholdSummaryFields
    }
    organisation {
      ...OrganisationContactFields
    }
    host {
      offerId
      roomKind
      districtCode
    }
  }
`);

/** A stay in my home, with its follow-up log. */
export const STAY_FRAGMENT = graphql(`
  fragment StayFields on Stay {
    id
    status
    startsOn
    plannedEndOn
    endedOn
    endReason
    endedEarly
    nextCheckInDue
    household {
      ...HouseholdSummaryFields
    }
    organisation {
      ...OrganisationContactFields
    }
    host {
      offerId
      roomKind
      districtCode
    }
    events {
      id
      kind
      occurredOn
      note
      severity
      newEndOn
      createdAt
    }
  }
`);

/** A home offered to "Louez solidaire". */
export const RENTAL_UNIT_FRAGMENT = graphql(`
  fragment RentalUnitFields on RentalUnit {
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
      ...OrganisationContactFields
    }
  }
`);

/** My hosting offers, drafts included (withdrawn ones are not listed). */
export const MY_HOST_OFFERS_QUERY = graphql(`
  query MyHostOffers {
    myHostOffers {
      ...HostOfferFields
    }
  }
`);

/** Verified associations that may visit a home in this arrondissement. */
export const HOST_VERIFIERS_QUERY = graphql(`
  query HostVerifiers($districtCode: String!) {
    hostVerifiers(districtCode: $districtCode) {
      ...OrganisationContactFields
    }
  }
`);

/** Households forwarded to my homes: those waiting for my answer first. */
export const MY_HOSTING_PROPOSALS_QUERY = graphql(`
  query MyHostingProposals {
    myHostingProposals {
      ...HostingProposalFields
    }
  }
`);

/** Stays in my home. */
export const MY_STAYS_QUERY = graphql(`
  query MyStays {
    myStays {
      ...StayFields
    }
  }
`);

/** Homes I offered to "Louez solidaire", newest first. */
export const MY_RENTAL_UNITS_QUERY = graphql(`
  query MyRentalUnits {
    myRentalUnits {
      ...RentalUnitFields
    }
  }
`);

/**
 * Saves one step of the host form; without an id, creates the draft first. BAD_USER_INPUT "Step N still needs:
 * …" when a required field of the step is missing.
 */
export const SAVE_HOST_OFFER_MUTATION = graphql(`
  mutation SaveHostOffer($input: SaveHostOfferInput!) {
    saveHostOffer(input: $input) {
      ...HostOfferFields
    }
  }
`);

/** Sends a complete draft to a verified association for its home visit. */
export const SUBMIT_HOST_OFFER_MUTATION = graphql(`
  mutation SubmitHostOffer($input: SubmitHostOfferInput!) {
    submitHostOffer(input: $input) {
      ...HostOfferFields
    }
  }
`);

/** Leaves matching for a while (a sent or verified offer). */
export const PAUSE_HOST_OFFER_MUTATION = graphql(`
  mutation PauseHostOffer($input: HostOfferIdInput!) {
    pauseHostOffer(input: $input) {
      ...HostOfferFields
    }
  }
`);

export const RESUME_HOST_OFFER_MUTATION = graphql(`
  mutation ResumeHostOffer($input: HostOfferIdInput!) {
    resumeHostOffer(input: $input) {
      ...HostOfferFields
    }
  }
`);

/** CONFLICT while a stay is active in the home. */
export const WITHDRAW_HOST_OFFER_MUTATION = graphql(`
  mutation WithdrawHostOffer($input: HostOfferIdInput!) {
    withdrawHostOffer(input: $input) {
      ...HostOfferFields
    }
  }
`);

/** The host accepts a forwarded household: the association then learns the address. */
export const ACCEPT_HOSTING_PROPOSAL_MUTATION = graphql(`
  mutation AcceptHostingProposal($input: HostingProposalIdInput!) {
    acceptHostingProposal(input: $input) {
      ...HostingProposalFields
    }
  }
`);

/** The host declines a forwarded household, with a reason. */
export const DECLINE_HOSTING_PROPOSAL_MUTATION = graphql(`
  mutation DeclineHostingProposal($input: DeclineHostingProposalInput!) {
    declineHostingProposal(input: $input) {
      ...HostingProposalFields
    }
  }
`);

/** Plans the first meeting of an accepted proposal (in the future). */
export const PLAN_HOSTING_MEETING_MUTATION = graphql(`
  mutation PlanHostingMeeting($input: PlanHostingMeetingInput!) {
    planHostingMeeting(input: $input) {
      ...HostingProposalFields
    }
  }
`);

/** Reports an incident during an active stay (not in the future, not before the start). */
export const REPORT_STAY_INCIDENT_MUTATION = graphql(`
  mutation ReportStayIncident($input: ReportStayIncidentInput!) {
    reportStayIncident(input: $input) {
      ...StayFields
    }
  }
`);

/**
 * Ends a stay. Ended before its planned end, the household is proposed another home urgently; ended by its host,
 * the offer is paused.
 */
export const END_STAY_MUTATION = graphql(`
  mutation EndStay($input: EndStayInput!) {
    endStay(input: $input) {
      ...StayFields
    }
  }
`);

/** Offers a vacant home to the housing operators serving its arrondissement. */
export const OFFER_RENTAL_UNIT_MUTATION = graphql(`
  mutation OfferRentalUnit($input: OfferRentalUnitInput!) {
    offerRentalUnit(input: $input) {
      ...RentalUnitFields
    }
  }
`);

/** CONFLICT once let or withdrawn. */
export const WITHDRAW_RENTAL_UNIT_MUTATION = graphql(`
  mutation WithdrawRentalUnit($input: RentalUnitIdInput!) {
    withdrawRentalUnit(input: $input) {
      ...RentalUnitFields
    }
  }
`);
