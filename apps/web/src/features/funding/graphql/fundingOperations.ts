import { graphql } from '../../../gql';

/** Where an initiative's money comes from and where it stands (all amounts in cents). */
export const FUNDING_PROGRESS_FIELDS_FRAGMENT = graphql(`
  fragment FundingProgressFields on InitiativeProgress {
    raisedCents
    matchedCents
    poolCents
    sponsoredCents
    paidOutCents
    remainingCents
    balanceCents
    donorsCount
    percent
  }
`);

/** What a card and the page of an initiative show. */
export const FUNDING_INITIATIVE_FIELDS_FRAGMENT = graphql(`
  fragment FundingInitiativeFields on Initiative {
    id
    title
    kind
    status
    collectiveName
    districtCodes
    budgetCents
    deadline
    createdAt
    organisation {
      id
      name
    }
    progress {
      ...FundingProgressFields
    }
  }
`);

/** Donation limits, the tax reduction rate, and whether payments are test payments. */
export const FUNDING_SETTINGS_QUERY = graphql(`
  query FundingSettings {
    fundingSettings {
      testPayments
      minimumCents
      maximumCents
      taxReductionBps
    }
  }
`);

export const FUNDING_INITIATIVES_QUERY = graphql(`
  query FundingInitiatives($filter: InitiativesFilterInput) {
    initiatives(filter: $filter) {
      ...FundingInitiativeFields
    }
  }
`);

export const FUNDING_INITIATIVE_QUERY = graphql(`
  query FundingInitiative($id: ID!) {
    initiative(id: $id) {
      ...FundingInitiativeFields
      description
      viewerManages
      supporters
      updates {
        id
        body
        authorName
        createdAt
      }
    }
  }
`);

export const FUNDING_DONATE_MUTATION = graphql(`
  mutation FundingDonate($input: DonateInput!) {
    donate(input: $input) {
      checkoutUrl
      donation {
        id
        status
      }
    }
  }
`);

/** A donation as its donor sees it, with its payments and receipts. */
export const FUNDING_DONATION_FIELDS_FRAGMENT = graphql(`
  fragment FundingDonationFields on Donation {
    id
    amountCents
    frequency
    status
    anonymous
    createdAt
    failureReason
    testMode
    initiative {
      id
      title
    }
    payments {
      id
      amountCents
      refundedCents
      paidAt
      receiptNumber
      taxReductionCents
    }
  }
`);

export const FUNDING_TEST_CHECKOUT_QUERY = graphql(`
  query FundingTestCheckout($checkoutSessionId: String!) {
    testCheckout(checkoutSessionId: $checkoutSessionId) {
      checkoutSessionId
      donationId
      amountCents
      frequency
      initiativeTitle
      status
    }
  }
`);

export const FUNDING_COMPLETE_TEST_PAYMENT_MUTATION = graphql(`
  mutation FundingCompleteTestPayment($input: CompleteTestPaymentInput!) {
    completeTestPayment(input: $input) {
      ...FundingDonationFields
    }
  }
`);

export const FUNDING_MY_DONATIONS_QUERY = graphql(`
  query FundingMyDonations {
    myDonations {
      ...FundingDonationFields
    }
  }
`);

export const FUNDING_CANCEL_MONTHLY_DONATION_MUTATION = graphql(`
  mutation FundingCancelMonthlyDonation($input: DonationIdInput!) {
    cancelMonthlyDonation(input: $input) {
      ...FundingDonationFields
    }
  }
`);

export const FUNDING_TRANSPARENCY_QUERY = graphql(`
  query FundingTransparency {
    transparencyReport {
      raisedCents
      refundedCents
      matchedCents
      poolReceivedCents
      paidOutCents
      initiatives {
        id
        title
        organisationName
        budgetCents
        progress {
          ...FundingProgressFields
        }
      }
      sponsors {
        id
        name
        committedCents
        usedCents
      }
      rounds {
        id
        number
        publishedAt
        contributionsFrom
        contributionsUntil
        matchedCents
        poolCents
        maxShareBps
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
      months {
        month
        raisedCents
        matchedCents
        paidOutCents
      }
    }
  }
`);
