import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type {
  DropOffFieldsFragment,
  Language,
  NeedFieldsFragment,
  OfferFieldsFragment,
  OrganisationDispatchesQuery,
  ViewerQuery,
} from '../../../gql/graphql';
import { catalogueMock, MARIE } from '../../../testing/fixtures';

type Mock = MockLink.MockedResponse;

/** A mock answering every time it is asked (polls, refetches), not just once. */
export function always<T extends Mock>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The catalogue, answered as often as asked (filters and forms share it). */
export function catalogue(lang: Language = 'FR'): Mock {
  return always(catalogueMock(lang));
}

/** A GraphQL error as the API sends it, for `result`. */
export function apiError(path: string, message: string, code: string) {
  return { errors: [new GraphQLError(message, { path: [path], extensions: { code } })] };
}

const SOCKS = {
  FR: { item: 'Chaussettes', variant: 'Homme 43-46' },
  EN: { item: 'Socks', variant: 'Men 43-46' },
} as const;

const BAGS = {
  FR: { item: 'Sacs de couchage', variant: 'Adulte' },
  EN: { item: 'Sleeping bags', variant: 'Adult' },
} as const;

/** 100 pairs of men's socks for Les Amis du 18e, critical, 40 % covered. */
export function socksNeed(
  lang: Language = 'FR',
  overrides: Partial<NeedFieldsFragment> = {},
): NeedFieldsFragment {
  return {
    __typename: 'Need',
    id: 'need-1',
    quantity: 100,
    urgency: 'CRITICAL',
    deadline: '2026-12-15',
    districtCode: '75018',
    status: 'OPEN',
    note: 'Surtout des grandes tailles',
    createdAt: '2026-11-20T09:00:00.000Z',
    item: { __typename: 'CatalogueItem', id: '1', code: 'socks', name: SOCKS[lang].item },
    variant: {
      __typename: 'CatalogueVariant',
      id: '11',
      code: 'socks/men-43-46',
      label: SOCKS[lang].variant,
    },
    organisation: { __typename: 'NeedOrganisation', id: 'org-1', name: 'Les Amis du 18e' },
    progress: {
      __typename: 'NeedProgress',
      coverage: 0.4,
      offered: 40,
      received: 20,
      dispatched: 10,
      delivered: 5,
      remaining: 90,
    },
    ...overrides,
  };
}

/** 30 adult sleeping bags for Abri Solidaire in the 11th, high urgency, no deadline. */
export function bagsNeed(
  lang: Language = 'FR',
  overrides: Partial<NeedFieldsFragment> = {},
): NeedFieldsFragment {
  return {
    __typename: 'Need',
    id: 'need-2',
    quantity: 30,
    urgency: 'HIGH',
    deadline: null,
    districtCode: '75011',
    status: 'OPEN',
    note: null,
    createdAt: '2026-11-21T09:00:00.000Z',
    item: { __typename: 'CatalogueItem', id: '2', code: 'sleeping-bags', name: BAGS[lang].item },
    variant: {
      __typename: 'CatalogueVariant',
      id: '21',
      code: 'sleeping-bags/adult',
      label: BAGS[lang].variant,
    },
    organisation: { __typename: 'NeedOrganisation', id: 'org-2', name: 'Abri Solidaire' },
    progress: {
      __typename: 'NeedProgress',
      coverage: 0,
      offered: 0,
      received: 0,
      dispatched: 0,
      delivered: 0,
      remaining: 30,
    },
    ...overrides,
  };
}

/** An offer of men's socks (or, with `bags`, of sleeping bags). */
export function offer(overrides: Partial<OfferFieldsFragment> = {}, bags = false): OfferFieldsFragment {
  const names = bags ? BAGS.FR : SOCKS.FR;
  return {
    __typename: 'Offer',
    id: 'offer-1',
    quantity: 5,
    condition: 'NEW',
    status: 'OFFERED',
    createdAt: '2026-11-27T10:00:00.000Z',
    needId: bags ? null : 'need-1',
    needOrganisationName: bags ? null : 'Les Amis du 18e',
    bookingId: null,
    receivedQuantity: null,
    refusedQuantity: null,
    refusalReason: null,
    item: { __typename: 'CatalogueItem', id: bags ? '2' : '1', name: names.item },
    variant: { __typename: 'CatalogueVariant', id: bags ? '21' : '11', label: names.variant },
    trace: [
      {
        __typename: 'TraceStep',
        kind: 'OFFERED',
        at: '2026-11-27T10:00:00.000Z',
        quantity: overrides.quantity ?? 5,
        collectionPointName: null,
        organisationName: null,
        reason: null,
      },
    ],
    ...overrides,
  };
}

export const MAIRIE_18 = {
  __typename: 'CollectionPoint' as const,
  id: '18',
  name: 'Mairie du 18e arrondissement',
  address: '1 place Jules-Joffrin, 75018 Paris',
};

/** A booked drop-off of the given offers, Tuesday 1 December 2026, 09:00–09:30 Paris time. */
export function booking(
  offers: OfferFieldsFragment[],
  overrides: Partial<DropOffFieldsFragment> = {},
): DropOffFieldsFragment {
  const id = overrides.id ?? 'booking-1';
  return {
    __typename: 'DropOffBooking',
    id,
    code: 'ABC234',
    status: 'BOOKED',
    slotStartsAt: '2026-12-01T08:00:00.000Z',
    slotEndsAt: '2026-12-01T08:30:00.000Z',
    receivedAt: null,
    collectionPoint: MAIRIE_18,
    offers: offers.map((item) => ({
      __typename: 'Offer' as const,
      id: item.id,
      quantity: item.quantity,
      bookingId: id,
      item: item.item,
      variant: item.variant,
    })),
    ...overrides,
  };
}

/** Slots of the 18th's town hall: a free one and a full one on Tuesday, one place left on Wednesday. */
export const SLOTS = [
  {
    startsAt: '2026-12-01T08:00:00.000Z',
    endsAt: '2026-12-01T08:30:00.000Z',
    capacity: 4,
    booked: 1,
    available: 3,
  },
  {
    startsAt: '2026-12-01T08:30:00.000Z',
    endsAt: '2026-12-01T09:00:00.000Z',
    capacity: 4,
    booked: 4,
    available: 0,
  },
  {
    startsAt: '2026-12-02T09:00:00.000Z',
    endsAt: '2026-12-02T09:30:00.000Z',
    capacity: 4,
    booked: 3,
    available: 1,
  },
].map((slot) => ({ __typename: 'DropOffSlot' as const, ...slot }));

type Organisation = NonNullable<ViewerQuery['viewer']>['memberships'][number]['organisation'];

export const AMIS: Organisation = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Les Amis du 18e',
  kind: 'ASSOCIATION',
  status: 'VERIFIED',
  rejectionReason: null,
  rna: 'W751234567',
  siret: null,
  districtCodes: ['75018', '75017'],
  contactEmail: 'contact@amis18.org',
  contactPhone: null,
  createdAt: '2026-11-01T09:00:00.000Z',
};

/** Marie, member of the given organisation (Les Amis du 18e, verified, by default). */
export function member(organisation: Organisation = AMIS): NonNullable<ViewerQuery['viewer']> {
  return {
    ...MARIE,
    roles: ['CITIZEN', 'ASSOCIATION'],
    memberships: [{ __typename: 'Membership', role: 'ADMIN', organisation }],
  };
}

type Dispatch = OrganisationDispatchesQuery['organisationDispatches'][number];

/** 20 pairs of socks sent by the 18th's town hall for need-1, not confirmed yet. */
export function dispatch(overrides: Partial<Dispatch> = {}): Dispatch {
  return {
    __typename: 'Dispatch',
    id: 'dispatch-1',
    needId: 'need-1',
    quantity: 20,
    status: 'DISPATCHED',
    dispatchedAt: '2026-11-26T14:00:00.000Z',
    deliveredAt: null,
    item: { __typename: 'CatalogueItem', id: '1', name: SOCKS.FR.item },
    variant: { __typename: 'CatalogueVariant', id: '11', label: SOCKS.FR.variant },
    collectionPoint: { __typename: 'CollectionPoint', id: '18', name: MAIRIE_18.name },
    ...overrides,
  };
}
