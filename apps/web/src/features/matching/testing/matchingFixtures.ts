import type { MockLink } from '@apollo/client/testing';

import type { MatchingRunFieldsFragment, ProposalFieldsFragment } from '../../../gql/graphql';
import { ORGANISATION_PROPOSALS_QUERY, POINT_PROPOSALS_QUERY } from '../graphql/matchingOperations';

/** Test data for item matching: proposals from the 18th's point to Les Amis du 18e, and recent runs. */

/** The 18th's collection point, as in the desk's fixtures. */
export const POINT_ID = '0b8f6f0e-3a1c-4d55-9a3e-18a000000018';

/** Reused as often as asked: polled queries and refetches ask again. */
const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };

/**
 * 12 pairs of men's socks for Les Amis du 18e's critical need: 8 on the shelf, 4 expected from booked drop-offs;
 * worth 20 per unit, 2.3 km away (1.15 of transport), margin 18.85.
 */
export function proposal(overrides: Partial<ProposalFieldsFragment> = {}): ProposalFieldsFragment {
  return {
    __typename: 'ItemProposal',
    id: 'proposal-1',
    needId: 'need-1',
    organisationName: 'Les Amis du 18e',
    needDistrictCode: '75018',
    quantity: 12,
    fromStock: 8,
    status: 'PROPOSED',
    declineReason: null,
    createdAt: '2026-11-27T08:00:00.000Z',
    collectionPoint: { __typename: 'CollectionPoint', id: POINT_ID, name: 'Mairie du 18e arrondissement' },
    item: { __typename: 'CatalogueItem', id: '1', name: 'Chaussettes' },
    variant: { __typename: 'CatalogueVariant', id: '11', label: 'Homme 43-46' },
    score: {
      __typename: 'ItemProposalScore',
      urgency: 'CRITICAL',
      urgencyValue: 20,
      daysToDeadline: 15,
      deadlineBonus: 0,
      waitingDays: 0,
      waitingBonus: 0,
      value: 20,
      distanceKm: 2.3,
      transportCost: 1.15,
      margin: 18.85,
    },
    ...overrides,
  };
}

/** 2 sleeping bags for Les Amis du 17e, all on the shelf, high urgency with a near deadline and some waiting. */
export function bagsProposal(overrides: Partial<ProposalFieldsFragment> = {}): ProposalFieldsFragment {
  return proposal({
    id: 'proposal-2',
    needId: 'need-2',
    organisationName: 'Les Amis du 17e',
    needDistrictCode: '75017',
    quantity: 2,
    fromStock: 2,
    item: { __typename: 'CatalogueItem', id: '2', name: 'Sacs de couchage' },
    variant: { __typename: 'CatalogueVariant', id: '21', label: 'Adulte' },
    score: {
      __typename: 'ItemProposalScore',
      urgency: 'HIGH',
      urgencyValue: 12,
      daysToDeadline: 2,
      deadlineBonus: 6,
      waitingDays: 4,
      waitingBonus: 1,
      value: 19,
      distanceKm: 3.1,
      transportCost: 1.55,
      margin: 17.45,
    },
    ...overrides,
  });
}

/** The point's waiting proposals: `server.proposals` as it is each time it is asked. */
export function pointProposalsMock(server: { proposals: ProposalFieldsFragment[] }): MockLink.MockedResponse {
  return {
    request: { query: POINT_PROPOSALS_QUERY, variables: { collectionPointId: POINT_ID, lang: 'FR' } },
    result: () => ({ data: { pointProposals: server.proposals } }),
    ...AGAIN,
  };
}

/** The organisation's proposals: `server.proposals` as it is each time it is asked. */
export function organisationProposalsMock(
  server: { proposals: ProposalFieldsFragment[] },
  organisationId = 'org-1',
): MockLink.MockedResponse {
  return {
    request: { query: ORGANISATION_PROPOSALS_QUERY, variables: { organisationId, lang: 'FR' } },
    result: () => ({ data: { organisationProposals: server.proposals } }),
    ...AGAIN,
  };
}

/** A finished scheduled run: 1250 reached where first-come would reach 1000 (+25 %). */
export function run(overrides: Partial<MatchingRunFieldsFragment> = {}): MatchingRunFieldsFragment {
  return {
    __typename: 'MatchingRun',
    id: 'run-1',
    trigger: 'SCHEDULE',
    status: 'DONE',
    requestedAt: '2026-11-27T09:00:05.000Z',
    startedAt: '2026-11-27T09:00:06.000Z',
    finishedAt: '2026-11-27T09:00:07.000Z',
    supplyLines: 42,
    needLines: 17,
    objective: 1250,
    greedyObjective: 1000,
    solveMs: 38,
    proposals: 14,
    unchanged: false,
    error: null,
    ...overrides,
  };
}
