import { graphql } from '../../../gql';

/**
 * Item matching: the engine computes the optimal allocation of the collection points' stock (and booked
 * drop-offs) to open needs and writes proposals; the point's staff accept them (which dispatches the units) or
 * decline them, and so may the association. Coordinators start runs and follow them.
 *
 * Like the rest of the desk, lists are polled (Apollo's `pollInterval`), not subscribed to: see
 * stock/graphql/deskOperations.ts.
 */

/** A proposal as the desk and the association see it, with why it was made (its score). */
export const PROPOSAL_FRAGMENT = graphql(`
  fragment ProposalFields on ItemProposal {
    id
    needId
    organisationName
    needDistrictCode
    quantity
    fromStock
    status
    declineReason
    createdAt
    collectionPoint {
      id
      name
    }
    item {
      id
      name(lang: $lang)
    }
    variant {
      id
      label(lang: $lang)
    }
    score {
      urgency
      urgencyValue
      daysToDeadline
      deadlineBonus
      waitingDays
      waitingBonus
      value
      distanceKm
      transportCost
      margin
    }
  }
`);

/** Waiting proposals from a point, best margin first (its staff, coordinators). */
export const POINT_PROPOSALS_QUERY = graphql(`
  query PointProposals($collectionPointId: ID!, $lang: Language!) {
    pointProposals(collectionPointId: $collectionPointId) {
      ...ProposalFields
    }
  }
`);

/** Proposals for an organisation's needs: waiting ones first, then those decided (its members). */
export const ORGANISATION_PROPOSALS_QUERY = graphql(`
  query OrganisationProposals($organisationId: ID!, $lang: Language!) {
    organisationProposals(organisationId: $organisationId) {
      ...ProposalFields
    }
  }
`);

/**
 * Accepts a proposal, dispatching its units for the need (staff of the point). CONFLICT "Not enough stock…" when
 * expected drop-offs have not come yet (a smaller quantity may then be accepted), or when a newer run replaced it.
 */
export const ACCEPT_ITEM_PROPOSAL_MUTATION = graphql(`
  mutation AcceptItemProposal($input: AcceptItemProposalInput!, $lang: Language!) {
    acceptItemProposal(input: $input) {
      proposal {
        ...ProposalFields
      }
      dispatch {
        id
        quantity
        status
      }
    }
  }
`);

/** Declines a proposal with a reason (staff of the point, or the association). */
export const DECLINE_ITEM_PROPOSAL_MUTATION = graphql(`
  mutation DeclineItemProposal($input: DeclineItemProposalInput!, $lang: Language!) {
    declineItemProposal(input: $input) {
      proposal {
        ...ProposalFields
      }
    }
  }
`);

/** A matching run as the coordinators' table shows it. */
export const MATCHING_RUN_FRAGMENT = graphql(`
  fragment MatchingRunFields on MatchingRun {
    id
    trigger
    status
    requestedAt
    startedAt
    finishedAt
    supplyLines
    needLines
    objective
    greedyObjective
    solveMs
    proposals
    unchanged
    error
  }
`);

/** Recent matching runs, newest first (coordinators). */
export const MATCHING_RUNS_QUERY = graphql(`
  query MatchingRuns($first: Int!) {
    matchingRuns(first: $first) {
      ...MatchingRunFields
    }
  }
`);

/** Queues a run now (coordinators); it is executed in the background within seconds. */
export const START_MATCHING_RUN_MUTATION = graphql(`
  mutation StartMatchingRun {
    startMatchingRun {
      run {
        ...MatchingRunFields
      }
    }
  }
`);
