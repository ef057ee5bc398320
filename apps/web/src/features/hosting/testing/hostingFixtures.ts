import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type {
  HostingProposalFieldsFragment,
  HostOfferFieldsFragment,
  HouseholdSummaryFieldsFragment,
  OrganisationContactFieldsFragment,
  RentalUnitFieldsFragment,
  StayFieldsFragment,
} from '../../../gql/graphql';
import { parisToday } from '../../items/utils/format';
import {
  HOST_VERIFIERS_QUERY,
  MY_HOST_OFFERS_QUERY,
  MY_HOSTING_PROPOSALS_QUERY,
  MY_RENTAL_UNITS_QUERY,
  MY_STAYS_QUERY,
} from '../graphql/hostingOperations';

/**
 * Test data for hosting at home and "Louez solidaire": Marie offers a private room in the 18th, verified by
 * Les Amis du 18e, which forwards her a family of three; a stay is under way; she also offers a vacant flat.
 */

type Mock = MockLink.MockedResponse;

/** A mock answering every time it is asked (refetches after mutations), not just once. */
export function always<T extends Mock>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A GraphQL error as the API sends it, for `result`. */
export function apiError(path: string, message: string, code: string) {
  return { errors: [new GraphQLError(message, { path: [path], extensions: { code } })] };
}

/** The Paris day `days` after today, YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const today = new Date(`${parisToday()}T12:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const LES_AMIS_18: OrganisationContactFieldsFragment = {
  __typename: 'OrganisationContact',
  id: 'org-18',
  name: 'Les Amis du 18e',
  contactEmail: 'contact@amis18.org',
  contactPhone: '01 42 00 00 18',
};

export const TERRE_D_ASILE: OrganisationContactFieldsFragment = {
  __typename: 'OrganisationContact',
  id: 'org-asile',
  name: "Terre d'asile Paris",
  contactEmail: 'accueil@terredasile.org',
  contactPhone: null,
};

export const SOLIHA: OrganisationContactFieldsFragment = {
  __typename: 'OrganisationContact',
  id: 'org-soliha',
  name: 'Soliha Paris',
  contactEmail: 'louezsolidaire@soliha.org',
  contactPhone: '01 44 00 00 00',
};

/** Marie's private room in the 18th, verified after a home visit on 20 November 2026. */
export function hostOffer(overrides: Partial<HostOfferFieldsFragment> = {}): HostOfferFieldsFragment {
  return {
    __typename: 'HostOffer',
    id: 'offer-1',
    status: 'VERIFIED',
    paused: false,
    hosting: false,
    stepsDone: 4,
    roomKind: 'PRIVATE_ROOM',
    beds: 2,
    districtCode: '75018',
    address: '12 rue Ordener, 75018 Paris',
    availableFrom: '2026-12-01',
    availableUntil: '2027-05-31',
    minStayDays: 30,
    maxStayDays: 180,
    householdAdults: 2,
    householdChildren: 1,
    languages: ['fr', 'ar'],
    acceptsChildren: true,
    hasPets: false,
    smoking: false,
    stepFree: false,
    houseRules: 'Pas de visites après 22 h',
    offersMeals: true,
    offersFrenchHelp: true,
    otherSupport: null,
    submittedAt: '2026-11-10T09:00:00.000Z',
    homeVisitOn: '2026-11-20',
    verifiedAt: '2026-11-20T15:00:00.000Z',
    rejectionReason: null,
    verifier: LES_AMIS_18,
    ...overrides,
  };
}

/** A draft with its first `stepsDone` steps saved. */
export function draftOffer(stepsDone: number, overrides: Partial<HostOfferFieldsFragment> = {}) {
  const full = hostOffer();
  return hostOffer({
    id: 'draft-1',
    status: 'DRAFT',
    stepsDone,
    submittedAt: null,
    homeVisitOn: null,
    verifiedAt: null,
    verifier: null,
    ...(stepsDone < 1 ? { roomKind: null, beds: null, districtCode: null, address: null } : {}),
    ...(stepsDone < 2
      ? { availableFrom: null, availableUntil: null, minStayDays: null, maxStayDays: null }
      : { availableFrom: '2099-01-15', availableUntil: null }),
    ...(stepsDone < 3
      ? { householdAdults: null, householdChildren: null, languages: [], acceptsChildren: false }
      : { languages: full.languages }),
    ...(stepsDone < 4 ? { houseRules: null, offersMeals: false, offersFrenchHelp: false } : {}),
    ...overrides,
  });
}

/** Two parents and a child of 8, speaking Arabic and a little French. */
export const FAMILY: HouseholdSummaryFieldsFragment = {
  __typename: 'HouseholdSummary',
  size: 3,
  ageBands: ['AGE_26_59', 'AGE_6_11', 'AGE_26_59'],
  languages: ['ar', 'fr'],
  neededFrom: '2026-12-05',
  desiredDays: 90,
};

const HOME = {
  __typename: 'HostSummary' as const,
  offerId: 'offer-1',
  roomKind: 'PRIVATE_ROOM' as const,
  districtCode: '75018',
};

/** The family, forwarded to Marie by Les Amis du 18e: waiting for her answer. */
export function hostingProposal(
  overrides: Partial<HostingProposalFieldsFragment> = {},
): HostingProposalFieldsFragment {
  return {
    __typename: 'HostingProposal',
    id: 'proposal-1',
    status: 'FORWARDED',
    forwardedAt: '2026-11-25T10:00:00.000Z',
    acceptedAt: null,
    declineReason: null,
    declinedBySide: null,
    meetingAt: null,
    meetingPlace: null,
    stayId: null,
    household: FAMILY,
    organisation: LES_AMIS_18,
    host: HOME,
    ...overrides,
  };
}

/** A mother and her baby, hosted since 1 October 2026 with Terre d'asile Paris, one incident reported. */
export function stay(overrides: Partial<StayFieldsFragment> = {}): StayFieldsFragment {
  return {
    __typename: 'Stay',
    id: 'stay-1',
    status: 'ACTIVE',
    startsOn: '2026-10-01',
    plannedEndOn: daysFromToday(60),
    endedOn: null,
    endReason: null,
    endedEarly: null,
    nextCheckInDue: '2026-12-01',
    household: {
      __typename: 'HouseholdSummary',
      size: 2,
      ageBands: ['AGE_18_25', 'UNDER_3'],
      languages: ['ti'],
      neededFrom: '2026-10-01',
      desiredDays: 120,
    },
    organisation: TERRE_D_ASILE,
    host: HOME,
    events: [
      {
        __typename: 'StayEvent',
        id: 'event-2',
        kind: 'INCIDENT',
        occurredOn: '2026-11-02',
        note: 'Dispute au sujet de la cuisine',
        severity: 'LOW',
        newEndOn: null,
        createdAt: '2026-11-02T18:00:00.000Z',
      },
      {
        __typename: 'StayEvent',
        id: 'event-1',
        kind: 'STARTED',
        occurredOn: '2026-10-01',
        note: null,
        severity: null,
        newEndOn: null,
        createdAt: '2026-10-01T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** Marie's vacant two-room flat in the 11th, offered to "Louez solidaire". */
export function rentalUnit(overrides: Partial<RentalUnitFieldsFragment> = {}): RentalUnitFieldsFragment {
  return {
    __typename: 'RentalUnit',
    id: 'unit-1',
    status: 'AVAILABLE',
    districtCode: '75011',
    address: '8 rue Oberkampf, 75011 Paris',
    surfaceM2: 42,
    rooms: 2,
    availableFrom: '2027-01-01',
    description: 'Troisième étage sans ascenseur',
    createdAt: '2026-11-26T10:00:00.000Z',
    operator: null,
    ...overrides,
  };
}

/** What the API holds for Marie; mutations change it, queries tell it as it is when asked. */
export interface HostingServer {
  offers: HostOfferFieldsFragment[];
  proposals: HostingProposalFieldsFragment[];
  stays: StayFieldsFragment[];
  units: RentalUnitFieldsFragment[];
}

export function hostingServer(overrides: Partial<HostingServer> = {}): HostingServer {
  return { offers: [], proposals: [], stays: [], units: [], ...overrides };
}

/** The dashboard's three lists, as the server holds them each time they are asked. */
export function dashboardMocks(server: HostingServer): Mock[] {
  return [
    always({
      request: { query: MY_HOST_OFFERS_QUERY },
      result: () => ({ data: { myHostOffers: server.offers } }),
    }),
    always({
      request: { query: MY_HOSTING_PROPOSALS_QUERY },
      result: () => ({ data: { myHostingProposals: server.proposals } }),
    }),
    always({
      request: { query: MY_STAYS_QUERY },
      result: () => ({ data: { myStays: server.stays } }),
    }),
  ];
}

export function myHostOffersMock(server: HostingServer): Mock {
  return always({
    request: { query: MY_HOST_OFFERS_QUERY },
    result: () => ({ data: { myHostOffers: server.offers } }),
  });
}

export function myRentalUnitsMock(server: HostingServer): Mock {
  return always({
    request: { query: MY_RENTAL_UNITS_QUERY },
    result: () => ({ data: { myRentalUnits: server.units } }),
  });
}

/** The associations that may visit a home in an arrondissement. */
export function verifiersMock(
  districtCode = '75018',
  verifiers: OrganisationContactFieldsFragment[] = [LES_AMIS_18, TERRE_D_ASILE],
): Mock {
  return always({
    request: { query: HOST_VERIFIERS_QUERY, variables: { districtCode } },
    result: { data: { hostVerifiers: verifiers } },
  });
}
