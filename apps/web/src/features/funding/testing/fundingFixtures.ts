import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type {
  FundingDonationFieldsFragment,
  FundingInitiativeFieldsFragment,
  FundingInitiativeQuery,
  FundingSettingsQuery,
  FundingTestCheckoutQuery,
  FundingTransparencyQuery,
  InitiativesFilterInput,
} from '../../../gql/graphql';
import {
  FUNDING_INITIATIVE_QUERY,
  FUNDING_INITIATIVES_QUERY,
  FUNDING_MY_DONATIONS_QUERY,
  FUNDING_SETTINGS_QUERY,
  FUNDING_TEST_CHECKOUT_QUERY,
  FUNDING_TRANSPARENCY_QUERY,
} from '../graphql/fundingOperations';

/**
 * Test data for funding: Accueil solidaire 18e runs "Cours de français au 18e" (APPROVED, half funded) and "Un toit
 * pour l'hiver" with a collective; Marie gives once to the first and every month to the common fund.
 */

type Mock = MockLink.MockedResponse;

/** A mock answering every time it is asked (refetches, polling), not just once. */
export function always<T extends Mock>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A GraphQL error as the API sends it, for `result`. */
export function apiError(path: string, message: string, code: string) {
  return { errors: [new GraphQLError(message, { path: [path], extensions: { code } })] };
}

export function settingsMock(
  overrides: Partial<FundingSettingsQuery['fundingSettings']> = {},
): MockLink.MockedResponse<FundingSettingsQuery> {
  return always({
    request: { query: FUNDING_SETTINGS_QUERY },
    result: {
      data: {
        fundingSettings: {
          __typename: 'FundingSettings',
          testPayments: true,
          minimumCents: 500,
          maximumCents: 1_000_000,
          taxReductionBps: 6_600,
          ...overrides,
        },
      },
    },
  });
}

export function frenchLessons(
  overrides: Partial<FundingInitiativeFieldsFragment> = {},
): FundingInitiativeFieldsFragment {
  return {
    __typename: 'Initiative',
    id: 'initiative-1',
    title: 'Cours de français au 18e',
    kind: 'LANGUAGE',
    status: 'APPROVED',
    collectiveName: null,
    districtCodes: ['75118'],
    budgetCents: 400_000,
    deadline: '2027-03-31',
    createdAt: '2026-11-01T09:00:00.000Z',
    organisation: { __typename: 'FundingOrganisation', id: 'org-18', name: 'Accueil solidaire 18e' },
    progress: {
      __typename: 'InitiativeProgress',
      raisedCents: 120_050,
      matchedCents: 50_000,
      poolCents: 29_950,
      sponsoredCents: 0,
      paidOutCents: 100_000,
      remainingCents: 200_000,
      balanceCents: 100_000,
      donorsCount: 12,
      percent: 50,
    },
    ...overrides,
  };
}

export function winterRoof(
  overrides: Partial<FundingInitiativeFieldsFragment> = {},
): FundingInitiativeFieldsFragment {
  return {
    ...frenchLessons(),
    id: 'initiative-2',
    title: "Un toit pour l'hiver",
    kind: 'HOUSING',
    collectiveName: 'Voisins du 19e',
    districtCodes: ['75019', '75118'],
    budgetCents: 1_000_000,
    deadline: '2027-01-15',
    progress: {
      __typename: 'InitiativeProgress',
      raisedCents: 10_000,
      matchedCents: 0,
      poolCents: 0,
      sponsoredCents: 0,
      paidOutCents: 0,
      remainingCents: 990_000,
      balanceCents: 10_000,
      donorsCount: 1,
      percent: 1,
    },
    ...overrides,
  };
}

export function initiativesMock(
  initiatives: FundingInitiativeFieldsFragment[],
  filter: InitiativesFilterInput = {},
): Mock {
  return {
    request: { query: FUNDING_INITIATIVES_QUERY, variables: { filter } },
    result: { data: { initiatives } },
  };
}

export type InitiativeDetail = FundingInitiativeQuery['initiative'];

export function initiativeDetail(overrides: Partial<InitiativeDetail> = {}): InitiativeDetail {
  return {
    ...frenchLessons(),
    description: 'Des cours de français pour des adultes hébergés dans le 18e.',
    viewerManages: false,
    supporters: ['Camille', 'Louis'],
    updates: [
      {
        __typename: 'InitiativeUpdate',
        id: 'update-1',
        body: 'Les cours ont commencé.',
        authorName: 'Sophie',
        createdAt: '2026-11-10T09:00:00.000Z',
      },
      {
        __typename: 'InitiativeUpdate',
        id: 'update-2',
        body: 'Une deuxième salle est ouverte.',
        authorName: null,
        createdAt: '2026-11-20T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function initiativeMock(initiative: InitiativeDetail = initiativeDetail()): Mock {
  return always({
    request: { query: FUNDING_INITIATIVE_QUERY, variables: { id: initiative.id } },
    result: { data: { initiative } },
  });
}

export function donation(
  overrides: Partial<FundingDonationFieldsFragment> = {},
): FundingDonationFieldsFragment {
  return {
    __typename: 'Donation',
    id: 'donation-1',
    amountCents: 5_000,
    frequency: 'ONE_OFF',
    status: 'PAID',
    anonymous: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    failureReason: null,
    testMode: true,
    initiative: { __typename: 'DonationTarget', id: 'initiative-1', title: 'Cours de français au 18e' },
    payments: [
      {
        __typename: 'DonationPayment',
        id: 'payment-1',
        amountCents: 5_000,
        refundedCents: 0,
        paidAt: '2026-11-25T10:01:00.000Z',
        receiptNumber: '2026-000042',
        taxReductionCents: 3_300,
      },
    ],
    ...overrides,
  };
}

/** Marie's monthly gift to the common fund, active, one payment partly refunded. */
export function monthlyToCommonFund(
  overrides: Partial<FundingDonationFieldsFragment> = {},
): FundingDonationFieldsFragment {
  return donation({
    id: 'donation-2',
    amountCents: 2_000,
    frequency: 'MONTHLY',
    status: 'ACTIVE',
    initiative: null,
    createdAt: '2026-10-05T10:00:00.000Z',
    payments: [
      {
        __typename: 'DonationPayment',
        id: 'payment-2',
        amountCents: 2_000,
        refundedCents: 500,
        paidAt: '2026-10-05T10:01:00.000Z',
        receiptNumber: '2026-000017',
        taxReductionCents: 990,
      },
    ],
    ...overrides,
  });
}

/** The donor's list as a server would hold it: tests change `donations` to answer refetches. */
export interface DonorServer {
  donations: FundingDonationFieldsFragment[];
}

export function myDonationsMock(server: DonorServer): Mock {
  return always({
    request: { query: FUNDING_MY_DONATIONS_QUERY },
    result: () => ({ data: { myDonations: server.donations } }),
  });
}

export function testCheckout(
  overrides: Partial<FundingTestCheckoutQuery['testCheckout']> = {},
): FundingTestCheckoutQuery['testCheckout'] {
  return {
    __typename: 'TestCheckout',
    checkoutSessionId: 'cs_test_1',
    donationId: 'donation-1',
    amountCents: 1_250,
    frequency: 'MONTHLY',
    initiativeTitle: 'Cours de français au 18e',
    status: 'PENDING',
    ...overrides,
  };
}

export function testCheckoutMock(checkout = testCheckout()): Mock {
  return always({
    request: {
      query: FUNDING_TEST_CHECKOUT_QUERY,
      variables: { checkoutSessionId: checkout.checkoutSessionId },
    },
    result: { data: { testCheckout: checkout } },
  });
}

export function transparency(): FundingTransparencyQuery['transparencyReport'] {
  const lessons = frenchLessons();
  return {
    __typename: 'Transparency',
    raisedCents: 130_050,
    refundedCents: 500,
    matchedCents: 50_000,
    poolReceivedCents: 29_950,
    paidOutCents: 100_000,
    initiatives: [
      {
        __typename: 'TransparencyInitiative',
        id: lessons.id,
        title: lessons.title,
        organisationName: lessons.organisation.name,
        budgetCents: lessons.budgetCents,
        progress: lessons.progress,
      },
    ],
    sponsors: [
      {
        __typename: 'TransparencySponsor',
        id: 'sponsor-1',
        name: 'Fondation Entraide',
        committedCents: 200_000,
        usedCents: 50_000,
      },
    ],
    rounds: [
      {
        __typename: 'FundingRound',
        id: 'round-1',
        number: 1,
        publishedAt: '2026-11-30T17:00:00.000Z',
        contributionsFrom: null,
        contributionsUntil: '2026-11-30T16:00:00.000Z',
        matchedCents: 50_000,
        poolCents: 29_950,
        maxShareBps: 5_000,
        initiatives: [
          {
            __typename: 'RoundInitiative',
            initiative: { __typename: 'DonationTarget', id: lessons.id, title: lessons.title },
            donorsCount: 12,
            contributionsCents: 120_050,
            sqrtSum: 1_180.5,
            rawMatchCents: 1_273_530,
            matchedCents: 50_000,
            poolCents: 29_950,
          },
        ],
      },
    ],
    months: [
      {
        __typename: 'TransparencyMonth',
        month: '2026-10',
        raisedCents: 10_000,
        matchedCents: 0,
        paidOutCents: 0,
      },
      {
        __typename: 'TransparencyMonth',
        month: '2026-11',
        raisedCents: 120_050,
        matchedCents: 50_000,
        paidOutCents: 100_000,
      },
    ],
  };
}

export function transparencyMock(report = transparency()): Mock {
  return always({
    request: { query: FUNDING_TRANSPARENCY_QUERY },
    result: { data: { transparencyReport: report } },
  });
}
