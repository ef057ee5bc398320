import { graphql } from '../../../gql';

/**
 * Participatory funding, the partners' side: associations submit initiatives and follow what they raised,
 * sponsors pledge matching funds, fund initiatives directly and ask to meet their teams, and coordinators
 * validate initiatives, publish the quadratic-funding rounds, refund payments, record payouts and reconcile
 * Stripe with the ledger.
 *
 * Every name starts with "FundingPartners": the public pages (features/funding) have their own operations, and
 * codegen wants every name once; the progress figures are the public pages' FundingProgressFields. Money is in
 * euro cents (the `Cents` scalar).
 */

/** An initiative as its association (and the coordinators reviewing it) read it. */
export const FUNDING_PARTNERS_INITIATIVE_FRAGMENT = graphql(`
  fragment FundingPartnersInitiativeFields on Initiative {
    id
    title
    description
    kind
    districtCodes
    budgetCents
    deadline
    collectiveName
    status
    rejectionReason
    createdAt
    organisation {
      id
      name
    }
    progress {
      ...FundingProgressFields
    }
    updates {
      id
      body
      authorName
      createdAt
    }
  }
`);

/** A sponsor's request to meet an initiative's team, as either side reads it. */
export const FUNDING_PARTNERS_CONTACT_REQUEST_FRAGMENT = graphql(`
  fragment FundingPartnersContactRequestFields on ContactRequest {
    id
    message
    status
    declineReason
    createdAt
    decidedAt
    initiativeContactEmail
    sponsorContactEmail
    initiative {
      id
      title
    }
    sponsor {
      id
      name
    }
  }
`);

// ----- Associations -----

/** An association's initiatives, whatever their status (its members). */
export const FUNDING_PARTNERS_ORGANISATION_INITIATIVES_QUERY = graphql(`
  query FundingPartnersOrganisationInitiatives($organisationId: ID!) {
    organisationInitiatives(organisationId: $organisationId) {
      ...FundingPartnersInitiativeFields
    }
  }
`);

/** Submits an initiative for approval (members of a verified association). */
export const FUNDING_PARTNERS_SUBMIT_INITIATIVE_MUTATION = graphql(`
  mutation FundingPartnersSubmitInitiative($input: InitiativeInput!) {
    submitInitiative(input: $input) {
      ...FundingPartnersInitiativeFields
    }
  }
`);

/** News for the initiative's donors. */
export const FUNDING_PARTNERS_POST_UPDATE_MUTATION = graphql(`
  mutation FundingPartnersPostInitiativeUpdate($input: InitiativeUpdateInput!) {
    postInitiativeUpdate(input: $input) {
      id
      body
      authorName
      createdAt
    }
  }
`);

/** No more donations for this initiative. */
export const FUNDING_PARTNERS_CLOSE_INITIATIVE_MUTATION = graphql(`
  mutation FundingPartnersCloseInitiative($input: InitiativeIdInput!) {
    closeInitiative(input: $input) {
      ...FundingPartnersInitiativeFields
    }
  }
`);

/** The sponsors' requests to meet an initiative's team (its association). */
export const FUNDING_PARTNERS_INITIATIVE_CONTACT_REQUESTS_QUERY = graphql(`
  query FundingPartnersInitiativeContactRequests($initiativeId: ID!) {
    initiativeContactRequests(initiativeId: $initiativeId) {
      ...FundingPartnersContactRequestFields
    }
  }
`);

/** Accepts or declines (with a reason) a sponsor's request. */
export const FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION = graphql(`
  mutation FundingPartnersAnswerContactRequest($input: AnswerContactRequestInput!) {
    answerContactRequest(input: $input) {
      ...FundingPartnersContactRequestFields
    }
  }
`);

// ----- Sponsors -----

/** A sponsor's pledges, grants and contact requests. */
export const FUNDING_PARTNERS_SPONSOR_OVERVIEW_QUERY = graphql(`
  query FundingPartnersSponsorOverview($organisationId: ID!) {
    sponsorOverview(organisationId: $organisationId) {
      committedCents
      usedCents
      sponsor {
        id
        name
      }
      pledges {
        id
        amountCents
        usedCents
        availableCents
        periodStart
        periodEnd
        districtCodes
        initiativeKinds
        createdAt
      }
      grants {
        id
        amountCents
        note
        createdAt
        initiative {
          id
          title
        }
      }
      contactRequests {
        ...FundingPartnersContactRequestFields
      }
    }
  }
`);

/** The approved initiatives (public), with what each still needs and holds. */
export const FUNDING_PARTNERS_APPROVED_INITIATIVES_QUERY = graphql(`
  query FundingPartnersApprovedInitiatives {
    initiatives {
      id
      title
      organisation {
        id
        name
      }
      progress {
        ...FundingProgressFields
      }
    }
  }
`);

/** Pledges a matching fund. */
export const FUNDING_PARTNERS_PLEDGE_MUTATION = graphql(`
  mutation FundingPartnersPledgeMatchingFund($input: PledgeInput!) {
    pledgeMatchingFund(input: $input) {
      id
      amountCents
    }
  }
`);

/** Funds an approved initiative directly. */
export const FUNDING_PARTNERS_FUND_INITIATIVE_MUTATION = graphql(`
  mutation FundingPartnersFundInitiative($input: SponsorGrantInput!) {
    fundInitiative(input: $input) {
      id
      amountCents
      initiative {
        id
        title
      }
    }
  }
`);

/** Asks to be put in contact with an initiative's team. */
export const FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION = graphql(`
  mutation FundingPartnersRequestInitiativeContact($input: ContactRequestInput!) {
    requestInitiativeContact(input: $input) {
      ...FundingPartnersContactRequestFields
    }
  }
`);

// ----- Coordinators -----

/** Initiatives waiting for a decision. */
export const FUNDING_PARTNERS_INITIATIVES_TO_REVIEW_QUERY = graphql(`
  query FundingPartnersInitiativesToReview {
    initiativesToReview {
      ...FundingPartnersInitiativeFields
    }
  }
`);

export const FUNDING_PARTNERS_APPROVE_INITIATIVE_MUTATION = graphql(`
  mutation FundingPartnersApproveInitiative($input: InitiativeIdInput!) {
    approveInitiative(input: $input) {
      id
      status
    }
  }
`);

export const FUNDING_PARTNERS_REJECT_INITIATIVE_MUTATION = graphql(`
  mutation FundingPartnersRejectInitiative($input: RejectInitiativeInput!) {
    rejectInitiative(input: $input) {
      id
      status
      rejectionReason
    }
  }
`);

/** What a round would distribute now (nothing is written). */
export const FUNDING_PARTNERS_ROUND_PREVIEW_QUERY = graphql(`
  query FundingPartnersRoundPreview($input: FundingRoundPreviewInput) {
    fundingRoundPreview(input: $input) {
      fingerprint
      contributionsFrom
      contributionsUntil
      maxShareBps
      matchingAvailableCents
      poolAvailableCents
      matchedCents
      poolAllocatedCents
      unallocatedMatchingCents
      unallocatedPoolCents
      initiatives {
        initiative {
          id
          title
        }
        donorsCount
        contributionsCents
        sqrtSum
        rawMatchCents
        matchedCents
        poolCents
      }
    }
  }
`);

/** Publishes the round previewed (CONFLICT when anything changed since). */
export const FUNDING_PARTNERS_PUBLISH_ROUND_MUTATION = graphql(`
  mutation FundingPartnersPublishFundingRound($input: PublishFundingRoundInput!) {
    publishFundingRound(input: $input) {
      id
      number
      matchedCents
      poolCents
      publishedAt
    }
  }
`);

/** Payments received, newest first, without the donors' identity. */
export const FUNDING_PARTNERS_FUND_PAYMENTS_QUERY = graphql(`
  query FundingPartnersFundPayments {
    fundPayments {
      id
      amountCents
      refundedCents
      frequency
      paidAt
      receiptNumber
      initiative {
        id
        title
      }
    }
  }
`);

/** Refunds a payment through Stripe; all that is left when no amount is given. */
export const FUNDING_PARTNERS_REFUND_PAYMENT_MUTATION = graphql(`
  mutation FundingPartnersRefundDonationPayment($input: RefundPaymentInput!) {
    refundDonationPayment(input: $input) {
      id
      amountCents
      refundedCents
    }
  }
`);

/** Records a bank transfer to an initiative's association. */
export const FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION = graphql(`
  mutation FundingPartnersRecordPayout($input: PayoutInput!) {
    recordPayout(input: $input) {
      id
      amountCents
      bankReference
      initiativeId
      createdAt
    }
  }
`);

/** Stripe's amounts against the ledger, day by day, and the Stripe events refused or waiting. */
export const FUNDING_PARTNERS_RECONCILIATION_QUERY = graphql(`
  query FundingPartnersReconciliation($input: ReconciliationInput!) {
    fundingReconciliation(input: $input) {
      balanced
      stripeCents
      ledgerCents
      days {
        day
        stripeCents
        ledgerCents
        differenceCents
      }
      exceptions {
        id
        type
        outcome
        detail
        receivedAt
      }
    }
  }
`);
