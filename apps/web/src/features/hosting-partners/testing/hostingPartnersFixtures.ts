import type { MockLink } from '@apollo/client/testing';

import type {
  CoordinatorHostingOverviewQuery,
  CoordinatorHostingRunFieldsFragment,
  OperatorRentalUnitFieldsFragment,
  PartnerHostingProposalFieldsFragment,
  PartnerHostingRequestFieldsFragment,
  PartnerHostOfferFieldsFragment,
  PartnerHostSummaryFieldsFragment,
  PartnerStayFieldsFragment,
  ViewerQuery,
} from '../../../gql/graphql';
import { AMIS, member } from '../../items/testing/itemsFixtures';
import {
  COORDINATOR_HOSTING_OVERVIEW_QUERY,
  OPERATOR_RENTAL_UNITS_QUERY,
  PARTNER_HOST_OFFERS_TO_VERIFY_QUERY,
  PARTNER_HOSTING_PROPOSALS_QUERY,
  PARTNER_HOSTING_REQUESTS_QUERY,
  PARTNER_STAYS_QUERY,
} from '../graphql/hostingPartnersOperations';

/**
 * Test data for the partners' side of hosting: Les Amis du 18e (an association, org-1) refers the Kaya family and
 * the Nour family; Jean Dupont hosts in the 18th; Habitat Solidaire (a housing operator) takes on homes.
 */

type Organisation = NonNullable<ViewerQuery['viewer']>['memberships'][number]['organisation'];

/** Reused as often as asked: polled queries and refetches ask again. */
const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };

export { AMIS, member };

/** Habitat Solidaire, a verified housing operator serving the 18th and 19th. */
export const HABITAT: Organisation = {
  ...AMIS,
  id: 'org-op',
  name: 'Habitat Solidaire',
  kind: 'HOUSING_OPERATOR',
  rna: null,
  siret: '12345678900012',
  districtCodes: ['75018', '75019'],
  contactEmail: 'contact@habitat-solidaire.org',
};

/** The Kaya family: two adults, a child of 6–11 and a grandmother of 60+, waiting from 2099. */
export function household(
  overrides: Partial<PartnerHostingRequestFieldsFragment> = {},
): PartnerHostingRequestFieldsFragment {
  return {
    __typename: 'HostingRequest',
    id: 'request-1',
    organisationId: 'org-1',
    alias: 'Famille K.',
    ageBands: ['AGE_26_59', 'AGE_26_59', 'AGE_6_11', 'AGE_60_PLUS'],
    householdSize: 4,
    languages: ['ar', 'fr'],
    legalStatus: 'ASYLUM_SEEKER',
    needsStepFree: true,
    cannotLiveWithPets: false,
    neededFrom: '2099-01-05',
    minimumDays: 30,
    desiredDays: 90,
    preferredDistricts: ['75018', '75019'],
    needs: 'Proche de l’école Marx-Dormoy',
    urgent: false,
    status: 'OPEN',
    closeReason: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

/** The Nour family, one adult back in the pool after a stay ended early: urgent. */
export function urgentHousehold(
  overrides: Partial<PartnerHostingRequestFieldsFragment> = {},
): PartnerHostingRequestFieldsFragment {
  return household({
    id: 'request-2',
    alias: 'Famille N.',
    ageBands: ['AGE_18_25'],
    householdSize: 1,
    languages: ['ps'],
    legalStatus: 'REFUGEE',
    needsStepFree: false,
    cannotLiveWithPets: true,
    preferredDistricts: [],
    needs: null,
    urgent: true,
    createdAt: '2026-11-21T09:00:00.000Z',
    ...overrides,
  });
}

/** Jean Dupont's private room in the 18th, two beds, until mid-2099; no address nor host until accepted. */
export function hostSummary(
  overrides: Partial<PartnerHostSummaryFieldsFragment> = {},
): PartnerHostSummaryFieldsFragment {
  return {
    __typename: 'HostSummary',
    offerId: 'offer-1',
    districtCode: '75018',
    roomKind: 'PRIVATE_ROOM',
    beds: 2,
    householdAdults: 2,
    householdChildren: 1,
    languages: ['fr', 'ar'],
    availableFrom: '2098-12-01',
    availableUntil: '2099-06-30',
    maxStayDays: 180,
    hasPets: false,
    smoking: false,
    stepFree: true,
    offersMeals: true,
    offersFrenchHelp: true,
    otherSupport: null,
    houseRules: 'Calme après 22 h',
    address: null,
    host: null,
    ...overrides,
  };
}

/** What becomes visible once the host accepted. */
export const JEAN = {
  address: '12 rue Ordener, 75018 Paris',
  host: { __typename: 'PersonContact' as const, displayName: 'Jean Dupont', email: 'jean@example.org' },
};

/** The engine proposes Jean's room for the Kaya family: good languages, preferred arrondissement. */
export function proposal(
  overrides: Partial<PartnerHostingProposalFieldsFragment> = {},
): PartnerHostingProposalFieldsFragment {
  return {
    __typename: 'HostingProposal',
    id: 'proposal-1',
    requestId: 'request-1',
    status: 'PROPOSED',
    createdAt: '2026-11-27T08:00:00.000Z',
    forwardedAt: null,
    acceptedAt: null,
    declineReason: null,
    declinedBySide: null,
    meetingAt: null,
    meetingPlace: null,
    stayId: null,
    household: {
      __typename: 'HouseholdSummary',
      size: 4,
      ageBands: ['AGE_26_59', 'AGE_26_59', 'AGE_6_11', 'AGE_60_PLUS'],
      languages: ['ar', 'fr'],
      neededFrom: '2099-01-05',
      desiredDays: 90,
    },
    host: hostSummary(),
    score: {
      __typename: 'HostingScore',
      score: 0.82,
      languages: 1,
      district: 0.5,
      duration: 0.9,
      availableDays: 176,
      urgent: false,
    },
    ...overrides,
  };
}

/** The same home, accepted by Jean for the Nour family: his name, email and address are now shown. */
export function acceptedProposal(
  overrides: Partial<PartnerHostingProposalFieldsFragment> = {},
): PartnerHostingProposalFieldsFragment {
  return proposal({
    id: 'proposal-2',
    requestId: 'request-2',
    status: 'ACCEPTED',
    forwardedAt: '2026-11-25T10:00:00.000Z',
    acceptedAt: '2026-11-26T10:00:00.000Z',
    household: {
      __typename: 'HouseholdSummary',
      size: 1,
      ageBands: ['AGE_18_25'],
      languages: ['ps'],
      neededFrom: '2099-01-05',
      desiredDays: 90,
    },
    host: hostSummary(JEAN),
    ...overrides,
  });
}

/** The Kaya family hosted by Jean since January 2026; the check-in due on 10 Feb 2026 is long overdue. */
export function stay(overrides: Partial<PartnerStayFieldsFragment> = {}): PartnerStayFieldsFragment {
  return {
    __typename: 'Stay',
    id: 'stay-1',
    proposalId: 'proposal-9',
    requestId: 'request-1',
    status: 'ACTIVE',
    startsOn: '2026-01-10',
    plannedEndOn: '2099-06-30',
    agreementSignedOn: '2026-01-08',
    nextCheckInDue: '2026-02-10',
    endedOn: null,
    endReason: null,
    endedBySide: null,
    endedEarly: null,
    household: {
      __typename: 'HouseholdSummary',
      size: 4,
      ageBands: ['AGE_26_59', 'AGE_26_59', 'AGE_6_11', 'AGE_60_PLUS'],
      languages: ['ar', 'fr'],
    },
    host: hostSummary(JEAN),
    events: [
      {
        __typename: 'StayEvent',
        id: 'event-1',
        kind: 'STARTED',
        occurredOn: '2026-01-10',
        note: null,
        severity: null,
        newEndOn: null,
        recordedBy: 'Marie Curie',
        createdAt: '2026-01-10T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** Jean's home, submitted to Les Amis du 18e for a visit. */
export function hostOffer(
  overrides: Partial<PartnerHostOfferFieldsFragment> = {},
): PartnerHostOfferFieldsFragment {
  return {
    __typename: 'HostOffer',
    id: 'offer-1',
    status: 'SUBMITTED',
    address: '12 rue Ordener, 75018 Paris',
    districtCode: '75018',
    roomKind: 'PRIVATE_ROOM',
    beds: 2,
    householdAdults: 2,
    householdChildren: 1,
    languages: ['fr', 'ar'],
    availableFrom: '2098-12-01',
    availableUntil: null,
    minStayDays: 30,
    maxStayDays: 180,
    acceptsChildren: true,
    hasPets: true,
    smoking: false,
    stepFree: false,
    offersMeals: true,
    offersFrenchHelp: false,
    otherSupport: 'Aide aux démarches',
    houseRules: null,
    submittedAt: '2026-11-25T09:00:00.000Z',
    verifiedAt: null,
    homeVisitOn: null,
    visitedBy: null,
    rejectionReason: null,
    host: { __typename: 'PersonContact', displayName: 'Jean Dupont', email: 'jean@example.org' },
    ...overrides,
  };
}

/** A 32 m² two-room flat in the 18th, offered by its owner, available from 2099. */
export function rentalUnit(
  overrides: Partial<OperatorRentalUnitFieldsFragment> = {},
): OperatorRentalUnitFieldsFragment {
  return {
    __typename: 'RentalUnit',
    id: 'unit-1',
    status: 'AVAILABLE',
    districtCode: '75018',
    address: '5 rue Championnet, 75018 Paris',
    surfaceM2: 32,
    rooms: 2,
    availableFrom: '2099-01-01',
    description: 'Deuxième étage, lumineux',
    createdAt: '2026-11-20T09:00:00.000Z',
    operator: null,
    owner: null,
    ...overrides,
  };
}

export const OWNER = {
  __typename: 'PersonContact' as const,
  displayName: 'Anne Martin',
  email: 'anne@example.org',
};

type Overview = CoordinatorHostingOverviewQuery['hostingOverview'];

/** Hosting across Paris: 4 hosts available in the 18th, 1 in the 11th; 2 stays; 3 households waiting. */
export function overview(overrides: Partial<Overview> = {}): Overview {
  const district = (
    districtCode: string,
    hostsAvailable: number,
    activeStays: number,
    openRequests: number,
  ) => ({
    __typename: 'HostingDistrictFigures' as const,
    districtCode,
    hostsAvailable,
    activeStays,
    openRequests,
  });
  return {
    __typename: 'HostingOverview',
    openRequests: 3,
    urgentRequests: 1,
    offersToVerify: 2,
    medianDaysToMatch: 12.5,
    districts: [district('75018', 4, 1, 2), district('75011', 1, 0, 0), district('75019', 0, 1, 1)],
    staysEndingSoon: [
      {
        __typename: 'Stay',
        id: 'stay-9',
        startsOn: '2026-09-01',
        plannedEndOn: '2026-12-15',
        organisation: { __typename: 'OrganisationContact', id: 'org-1', name: 'Les Amis du 18e' },
        household: { __typename: 'HouseholdSummary', size: 3 },
        host: { __typename: 'HostSummary', offerId: 'offer-9', districtCode: '75019' },
      },
    ],
    ...overrides,
  };
}

/** A finished scheduled hosting run: 8 homes, 11 households, 6 proposals, +20 % over first-come. */
export function hostingRun(
  overrides: Partial<CoordinatorHostingRunFieldsFragment> = {},
): CoordinatorHostingRunFieldsFragment {
  return {
    __typename: 'HostingRun',
    id: 'hosting-run-1',
    trigger: 'SCHEDULE',
    status: 'DONE',
    requestedAt: '2026-11-27T02:00:00.000Z',
    finishedAt: '2026-11-27T02:00:02.000Z',
    hosts: 8,
    households: 11,
    objective: 6000,
    greedyObjective: 5000,
    solveMs: 41,
    proposals: 6,
    unchanged: false,
    error: null,
    ...overrides,
  };
}

/** What the API holds for Les Amis du 18e; mutations change it, queries tell it as it is when asked. */
export interface PartnerServer {
  households: PartnerHostingRequestFieldsFragment[];
  proposals: PartnerHostingProposalFieldsFragment[];
  stays: PartnerStayFieldsFragment[];
  offers: PartnerHostOfferFieldsFragment[];
}

/** The association's four lists, answered from `server` each time they are asked. */
export function partnerListMocks(server: PartnerServer, organisationId = 'org-1'): MockLink.MockedResponse[] {
  const variables = { organisationId };
  return [
    {
      request: { query: PARTNER_HOSTING_REQUESTS_QUERY, variables },
      result: () => ({ data: { hostingRequests: server.households } }),
      ...AGAIN,
    },
    {
      request: { query: PARTNER_HOSTING_PROPOSALS_QUERY, variables },
      result: () => ({ data: { hostingProposals: server.proposals } }),
      ...AGAIN,
    },
    {
      request: { query: PARTNER_STAYS_QUERY, variables },
      result: () => ({ data: { stays: server.stays } }),
      ...AGAIN,
    },
    {
      request: { query: PARTNER_HOST_OFFERS_TO_VERIFY_QUERY, variables },
      result: () => ({ data: { hostOffersToVerify: server.offers } }),
      ...AGAIN,
    },
  ];
}

/** The operator's homes, answered from `server` each time they are asked. */
export function rentalUnitsMock(
  server: { units: OperatorRentalUnitFieldsFragment[] },
  organisationId = HABITAT.id,
): MockLink.MockedResponse {
  return {
    request: { query: OPERATOR_RENTAL_UNITS_QUERY, variables: { organisationId } },
    result: () => ({ data: { operatorRentalUnits: server.units } }),
    ...AGAIN,
  };
}

/** The coordinators' overview, answered from `answer` each time it is asked. */
export function overviewMock(answer: () => Overview = () => overview()): MockLink.MockedResponse {
  return {
    request: { query: COORDINATOR_HOSTING_OVERVIEW_QUERY },
    result: () => ({ data: { hostingOverview: answer() } }),
    ...AGAIN,
  };
}
