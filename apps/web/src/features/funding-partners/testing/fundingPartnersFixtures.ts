import type { MockLink } from '@apollo/client/testing';

import type {
  FundingPartnersApprovedInitiativesQuery,
  FundingPartnersContactRequestFieldsFragment,
  FundingPartnersFundPaymentsQuery,
  FundingPartnersInitiativeFieldsFragment,
  FundingProgressFieldsFragment,
  FundingPartnersRoundPreviewQuery,
  FundingPartnersSponsorOverviewQuery,
  ViewerQuery,
} from '../../../gql/graphql';
import { MARIE } from '../../../testing/fixtures';
import { AMIS } from '../../items/testing/itemsFixtures';
import { FUNDING_PARTNERS_APPROVED_INITIATIVES_QUERY } from '../graphql/fundingPartnersOperations';

/**
 * Test data for participatory funding, the partners' side: Les Amis du 18e (an association, org-1) carries a
 * French workshop (approved, €5,000 budget) and proposes a winter clothes drive; the Fondation Entraide
 * (a sponsor, org-2) pledges matching funds.
 */

type Mock = MockLink.MockedResponse;
type Organisation = NonNullable<ViewerQuery['viewer']>['memberships'][number]['organisation'];

/** Reused as often as asked: refetches ask again. */
export const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };

export { AMIS };

export const FONDATION: Organisation = {
  ...AMIS,
  id: 'org-2',
  name: 'Fondation Entraide',
  kind: 'SPONSOR',
  rna: null,
  siret: '12345678900011',
  districtCodes: [],
  contactEmail: 'mecenat@fondation.example',
};

/** Marie, member of the given organisation (Les Amis du 18e, verified, by default). */
export function memberOf(organisation: Organisation = AMIS): NonNullable<ViewerQuery['viewer']> {
  return {
    ...MARIE,
    roles: ['CITIZEN', organisation.kind === 'SPONSOR' ? 'SPONSOR' : 'ASSOCIATION'],
    memberships: [{ __typename: 'Membership', role: 'ADMIN', organisation }],
  };
}

export function progress(
  overrides: Partial<FundingProgressFieldsFragment> = {},
): FundingProgressFieldsFragment {
  return {
    __typename: 'InitiativeProgress',
    raisedCents: 120_000,
    matchedCents: 30_000,
    poolCents: 5_000,
    sponsoredCents: 50_000,
    paidOutCents: 100_000,
    remainingCents: 295_000,
    balanceCents: 105_000,
    donorsCount: 14,
    percent: 41,
    ...overrides,
  };
}

/** The French workshop of Les Amis du 18e: approved, €5,000, 41 % covered. */
export function initiative(
  overrides: Partial<FundingPartnersInitiativeFieldsFragment> = {},
): FundingPartnersInitiativeFieldsFragment {
  return {
    __typename: 'Initiative',
    id: 'initiative-1',
    title: 'Ateliers de français du samedi',
    description: 'Des ateliers de conversation pour des adultes arrivés récemment, chaque samedi matin.',
    kind: 'LANGUAGE',
    districtCodes: ['75018'],
    budgetCents: 500_000,
    deadline: '2099-06-30',
    collectiveName: null,
    status: 'APPROVED',
    rejectionReason: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    organisation: { __typename: 'FundingOrganisation', id: 'org-1', name: 'Les Amis du 18e' },
    progress: progress(),
    updates: [],
    ...overrides,
  };
}

export function contactRequest(
  overrides: Partial<FundingPartnersContactRequestFieldsFragment> = {},
): FundingPartnersContactRequestFieldsFragment {
  return {
    __typename: 'ContactRequest',
    id: 'contact-1',
    message: 'Nous aimerions financer des manuels pour vos ateliers.',
    status: 'REQUESTED',
    declineReason: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    decidedAt: null,
    initiativeContactEmail: null,
    sponsorContactEmail: null,
    initiative: { __typename: 'DonationTarget', id: 'initiative-1', title: 'Ateliers de français du samedi' },
    sponsor: { __typename: 'FundingOrganisation', id: 'org-2', name: 'Fondation Entraide' },
    ...overrides,
  };
}

export type ApprovedInitiative = FundingPartnersApprovedInitiativesQuery['initiatives'][number];

export function approvedInitiative(overrides: Partial<ApprovedInitiative> = {}): ApprovedInitiative {
  return {
    __typename: 'Initiative',
    id: 'initiative-1',
    title: 'Ateliers de français du samedi',
    organisation: { __typename: 'FundingOrganisation', id: 'org-1', name: 'Les Amis du 18e' },
    progress: progress(),
    ...overrides,
  };
}

/** The approved initiatives, as often as asked. */
export function approvedInitiativesMock(
  answer: () => ApprovedInitiative[] = () => [approvedInitiative()],
): Mock {
  return {
    request: { query: FUNDING_PARTNERS_APPROVED_INITIATIVES_QUERY },
    result: () => ({ data: { initiatives: answer() } }),
    ...AGAIN,
  };
}

export type SponsorOverview = FundingPartnersSponsorOverviewQuery['sponsorOverview'];

export function sponsorOverview(overrides: Partial<SponsorOverview> = {}): SponsorOverview {
  return {
    __typename: 'SponsorOverview',
    committedCents: 0,
    usedCents: 0,
    sponsor: { __typename: 'FundingOrganisation', id: 'org-2', name: 'Fondation Entraide' },
    pledges: [],
    grants: [],
    contactRequests: [],
    ...overrides,
  };
}

export type RoundPreview = FundingPartnersRoundPreviewQuery['fundingRoundPreview'];

/** Two initiatives: many small donors get most of the €10,000 matching fund. */
export function roundPreview(overrides: Partial<RoundPreview> = {}): RoundPreview {
  return {
    __typename: 'FundingRoundPreview',
    fingerprint: 'fp-1',
    contributionsFrom: null,
    contributionsUntil: '2026-11-27T10:00:00.000Z',
    maxShareBps: null,
    matchingAvailableCents: 1_000_000,
    poolAvailableCents: 20_000,
    matchedCents: 950_000,
    poolAllocatedCents: 20_000,
    unallocatedMatchingCents: 50_000,
    unallocatedPoolCents: 0,
    initiatives: [
      {
        __typename: 'RoundInitiative',
        initiative: {
          __typename: 'DonationTarget',
          id: 'initiative-1',
          title: 'Ateliers de français du samedi',
        },
        donorsCount: 14,
        contributionsCents: 120_000,
        sqrtSum: 1234.5678,
        rawMatchCents: 1_404_000,
        matchedCents: 800_000,
        poolCents: 15_000,
      },
      {
        __typename: 'RoundInitiative',
        initiative: { __typename: 'DonationTarget', id: 'initiative-2', title: 'Vestiaire solidaire' },
        donorsCount: 1,
        contributionsCents: 100_000,
        sqrtSum: 316.2278,
        rawMatchCents: 0,
        matchedCents: 150_000,
        poolCents: 5_000,
      },
    ],
    ...overrides,
  };
}

export type FundPayment = FundingPartnersFundPaymentsQuery['fundPayments'][number];

export function fundPayment(overrides: Partial<FundPayment> = {}): FundPayment {
  return {
    __typename: 'FundPayment',
    id: 'payment-1',
    amountCents: 5_000,
    refundedCents: 0,
    frequency: 'ONE_OFF',
    paidAt: '2026-11-25T14:30:00.000Z',
    receiptNumber: 'R-2026-000001',
    initiative: { __typename: 'DonationTarget', id: 'initiative-1', title: 'Ateliers de français du samedi' },
    ...overrides,
  };
}
