import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type {
  DeskBookingFragment,
  DeskCollectionPointsQuery,
  DeskDispatchFragment,
  DeskExpectedDropOffsQuery,
  DeskOpenNeedsQuery,
  DeskPointDispatchesQuery,
  DeskStockLevelsQuery,
  DeskStockTransfersQuery,
  DeskTransferFragment,
  ViewerQuery,
} from '../../../gql/graphql';
import { MARIE } from '../../../testing/fixtures';
import {
  DESK_OPEN_NEEDS_QUERY,
  DESK_POINTS_QUERY,
  EXPECTED_DROP_OFFS_QUERY,
  POINT_DISPATCHES_QUERY,
  STOCK_LEVELS_QUERY,
  STOCK_TRANSFERS_QUERY,
} from '../graphql/deskOperations';

/** Test data for the collection-point desk: the 18th's point, its staff, drop-offs, stock and needs. */

export const POINT_ID = '0b8f6f0e-3a1c-4d55-9a3e-18a000000018';
export const OTHER_POINT_ID = '0b8f6f0e-3a1c-4d55-9a3e-19a000000019';

/** Reused as often as asked: polled queries and refetches ask again. */
const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };

/** Staff of the 18th's collection point. */
export const SAMIA: NonNullable<ViewerQuery['viewer']> = {
  ...MARIE,
  id: 'user-3',
  email: 'samia@example.org',
  displayName: 'Samia Accueil',
  emailVerified: true,
  roles: ['CITIZEN', 'COLLECTION_STAFF'],
  staffPointIds: [POINT_ID],
};

export const POINTS: DeskCollectionPointsQuery['collectionPoints'] = [
  {
    __typename: 'CollectionPoint',
    id: OTHER_POINT_ID,
    code: 'p-75019',
    name: 'Mairie du 19e arrondissement',
    districtCode: '75019',
    district: { __typename: 'District', code: '75019', number: 19 },
    servedDistricts: [{ __typename: 'District', code: '75019', number: 19, name: 'Buttes-Chaumont' }],
  },
  {
    __typename: 'CollectionPoint',
    id: POINT_ID,
    code: 'p-75018',
    name: 'Mairie du 18e arrondissement',
    districtCode: '75018',
    district: { __typename: 'District', code: '75018', number: 18 },
    servedDistricts: [{ __typename: 'District', code: '75018', number: 18, name: 'Buttes-Montmartre' }],
  },
];

export function pointsMock(): MockLink.MockedResponse<DeskCollectionPointsQuery> {
  return { request: { query: DESK_POINTS_QUERY }, result: { data: { collectionPoints: POINTS } }, ...AGAIN };
}

const SOCKS_ITEM = { __typename: 'CatalogueItem' as const, id: '1', name: 'Chaussettes' };
const SOCKS = { __typename: 'CatalogueVariant' as const, id: '11', label: 'Homme 43-46' };
const BAGS_ITEM = { __typename: 'CatalogueItem' as const, id: '2', name: 'Sacs de couchage' };
const BAGS = { __typename: 'CatalogueVariant' as const, id: '21', label: 'Adulte' };

/** Jean's drop-off, expected at 10:00 Paris time: 5 pairs of socks for an association, 2 sleeping bags. */
export const JEAN_BOOKING: DeskBookingFragment = {
  __typename: 'DropOffBooking',
  id: 'booking-1',
  code: 'K7M2QX',
  donorName: 'Jean Dupont',
  slotStartsAt: '2026-11-27T09:00:00.000Z',
  slotEndsAt: '2026-11-27T09:30:00.000Z',
  status: 'BOOKED',
  receivedAt: null,
  offers: [
    {
      __typename: 'Offer',
      id: 'offer-1',
      quantity: 5,
      condition: 'NEW',
      status: 'OFFERED',
      needOrganisationName: 'Les Amis du 18e',
      receivedQuantity: null,
      refusedQuantity: null,
      refusalReason: null,
      item: SOCKS_ITEM,
      variant: SOCKS,
    },
    {
      __typename: 'Offer',
      id: 'offer-2',
      quantity: 2,
      condition: 'GOOD',
      status: 'OFFERED',
      needOrganisationName: null,
      receivedQuantity: null,
      refusedQuantity: null,
      refusalReason: null,
      item: BAGS_ITEM,
      variant: BAGS,
    },
  ],
};

export function expectedMock(
  bookings: DeskBookingFragment[] = [JEAN_BOOKING],
): MockLink.MockedResponse<DeskExpectedDropOffsQuery> {
  return {
    request: { query: EXPECTED_DROP_OFFS_QUERY, variables: { collectionPointId: POINT_ID, lang: 'FR' } },
    result: { data: { expectedDropOffs: bookings } },
    ...AGAIN,
  };
}

/** What the API says to someone who is not staff of the point. */
export function expectedForbiddenMock(): MockLink.MockedResponse<DeskExpectedDropOffsQuery> {
  return {
    request: { query: EXPECTED_DROP_OFFS_QUERY, variables: { collectionPointId: POINT_ID, lang: 'FR' } },
    result: {
      errors: [
        new GraphQLError('Only the staff of this collection point may do this.', {
          path: ['expectedDropOffs'],
          extensions: { code: 'FORBIDDEN' },
        }),
      ],
    },
    ...AGAIN,
  };
}

export const LEVELS: DeskStockLevelsQuery['stockLevels'] = [
  {
    __typename: 'StockLevel',
    quantity: 3,
    openNeedQuantity: 10,
    short: true,
    item: SOCKS_ITEM,
    variant: { ...SOCKS, code: 'socks/men-43-46' },
  },
  {
    __typename: 'StockLevel',
    quantity: 8,
    openNeedQuantity: 2,
    short: false,
    item: BAGS_ITEM,
    variant: { ...BAGS, code: 'sleeping-bags/adult' },
  },
];

export function levelsMock(
  levels: DeskStockLevelsQuery['stockLevels'] = LEVELS,
  options: { once?: boolean } = {},
): MockLink.MockedResponse<DeskStockLevelsQuery> {
  return {
    request: { query: STOCK_LEVELS_QUERY, variables: { collectionPointId: POINT_ID, lang: 'FR' } },
    result: { data: { stockLevels: levels } },
    ...(options.once ? {} : AGAIN),
  };
}

export const AMIS_NEED: DeskOpenNeedsQuery['openNeeds'][number] = {
  __typename: 'Need',
  id: 'need-1',
  districtCode: '75018',
  quantity: 10,
  urgency: 'CRITICAL',
  deadline: '2026-12-12',
  organisation: { __typename: 'NeedOrganisation', id: 'org-1', name: 'Les Amis du 18e' },
  item: SOCKS_ITEM,
  variant: SOCKS,
  progress: {
    __typename: 'NeedProgress',
    offered: 5,
    received: 0,
    dispatched: 2,
    delivered: 2,
    remaining: 8,
    coverage: 0.7,
  },
};

export function openNeedsMock(
  needs: DeskOpenNeedsQuery['openNeeds'] = [AMIS_NEED],
  options: { once?: boolean } = {},
): MockLink.MockedResponse<DeskOpenNeedsQuery> {
  return {
    request: { query: DESK_OPEN_NEEDS_QUERY, variables: { districtCode: '75018', lang: 'FR' } },
    result: { data: { openNeeds: needs } },
    ...(options.once ? {} : AGAIN),
  };
}

export const DELIVERED_DISPATCH: DeskDispatchFragment = {
  __typename: 'Dispatch',
  id: 'dispatch-0',
  needId: 'need-0',
  organisationName: 'Secours du Nord',
  quantity: 4,
  status: 'DELIVERED',
  dispatchedAt: '2026-11-20T10:00:00.000Z',
  deliveredAt: '2026-11-21T15:00:00.000Z',
  item: BAGS_ITEM,
  variant: BAGS,
};

export function dispatchesMock(
  dispatches: DeskDispatchFragment[] = [DELIVERED_DISPATCH],
  options: { once?: boolean } = {},
): MockLink.MockedResponse<DeskPointDispatchesQuery> {
  return {
    request: { query: POINT_DISPATCHES_QUERY, variables: { collectionPointId: POINT_ID, lang: 'FR' } },
    result: { data: { pointDispatches: dispatches } },
    ...(options.once ? {} : AGAIN),
  };
}

export const INCOMING_TRANSFER: DeskTransferFragment = {
  __typename: 'StockTransfer',
  id: 'transfer-1',
  status: 'IN_TRANSIT',
  note: 'Camionnette du mardi',
  sentAt: '2026-11-26T08:00:00.000Z',
  receivedAt: null,
  from: { __typename: 'CollectionPoint', id: OTHER_POINT_ID, name: 'Mairie du 19e arrondissement' },
  to: { __typename: 'CollectionPoint', id: POINT_ID, name: 'Mairie du 18e arrondissement' },
  lines: [{ __typename: 'TransferLine', quantity: 6, item: SOCKS_ITEM, variant: SOCKS }],
};

export function transfersMock(
  transfers: DeskTransferFragment[] = [INCOMING_TRANSFER],
  options: { once?: boolean } = {},
): MockLink.MockedResponse<DeskStockTransfersQuery> {
  return {
    request: { query: STOCK_TRANSFERS_QUERY, variables: { collectionPointId: POINT_ID, lang: 'FR' } },
    result: { data: { stockTransfers: transfers } },
    ...(options.once ? {} : AGAIN),
  };
}
