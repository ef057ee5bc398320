import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import type {
  AnnouncementFieldsFragment,
  OrganisationProfilesQuery,
  PartnerDirectoryQuery,
  PartnerDirectoryQueryVariables,
  ViewerQuery,
} from '../../../gql/graphql';
import { CLAIRE, MARIE } from '../../../testing/fixtures';
import {
  ANNOUNCEMENTS_PAGE_SIZE,
  ANNOUNCEMENTS_QUERY,
  ORGANISATION_PROFILES_QUERY,
  PARTNER_DIRECTORY_QUERY,
} from '../graphql/partnerOperations';

/**
 * Test data for the partners' area: "Les Amis du 18e" (verified association, 18th and 19th) and "Toit commun"
 * (housing operator, 20th) in the directory; Claire (coordinator) wrote to everyone and to the 18th.
 */

type Mock = MockLink.MockedResponse;
type Viewer = NonNullable<ViewerQuery['viewer']>;
type ViewerOrganisation = Viewer['memberships'][number]['organisation'];

/** A mock answering every time it is asked (refetches, polling), not just once. */
export function always<T extends Mock>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A GraphQL error as the API sends it, for `result`. */
export function apiError(path: string, message: string, code: string) {
  return { errors: [new GraphQLError(message, { path: [path], extensions: { code } })] };
}

export const AMIS: ViewerOrganisation = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Les Amis du 18e',
  kind: 'ASSOCIATION',
  status: 'VERIFIED',
  rejectionReason: null,
  rna: 'W751234567',
  siret: null,
  districtCodes: ['75018', '75019'],
  contactEmail: 'contact@amis18.fr',
  contactPhone: '01 42 00 00 00',
  createdAt: '2026-10-01T09:00:00.000Z',
};

/** Marie as a member (or admin) of `organisation`. */
export function partner(
  role: 'ADMIN' | 'MEMBER' = 'MEMBER',
  organisation: ViewerOrganisation = AMIS,
): Viewer {
  return {
    ...MARIE,
    roles: ['CITIZEN', 'ASSOCIATION'],
    memberships: [{ __typename: 'Membership', role, organisation }],
  };
}

export const COORDINATOR = CLAIRE;

type Entry = PartnerDirectoryQuery['partnerDirectory'][number];

export const AMIS_ENTRY: Entry = {
  __typename: 'PartnerDirectoryEntry',
  id: 'org-1',
  name: 'Les Amis du 18e',
  kind: 'ASSOCIATION',
  description: 'Vestiaire solidaire et cours de français.',
  districtCodes: ['75019', '75018'],
  contactEmail: 'contact@amis18.fr',
  contactPhone: '01 42 00 00 00',
};

export const TOIT_ENTRY: Entry = {
  __typename: 'PartnerDirectoryEntry',
  id: 'org-2',
  name: 'Toit commun',
  kind: 'HOUSING_OPERATOR',
  description: null,
  districtCodes: ['75020'],
  contactEmail: 'bonjour@toitcommun.fr',
  contactPhone: null,
};

export function directoryMock(
  variables: PartnerDirectoryQueryVariables,
  partners: Entry[],
): MockLink.MockedResponse<PartnerDirectoryQuery> {
  return always({
    request: { query: PARTNER_DIRECTORY_QUERY, variables },
    result: { data: { partnerDirectory: partners } },
  });
}

export function directoryForbiddenMock(): Mock {
  return always({
    request: { query: PARTNER_DIRECTORY_QUERY, variables: {} },
    result: apiError(
      'partnerDirectory',
      'Only members of a verified partner organisation and coordinators may see this.',
      'FORBIDDEN',
    ),
  });
}

export function announcement(
  overrides: Partial<AnnouncementFieldsFragment> = {},
): AnnouncementFieldsFragment {
  return {
    __typename: 'Announcement',
    id: 'announcement-1',
    title: 'Réunion des partenaires le 3 décembre',
    body: 'Rendez-vous à la mairie du 18e à 18 h.\nOrdre du jour : le plan grand froid.',
    districtCode: null,
    authorName: 'Claire Coordination',
    recipients: 42,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function announcementsMock(announcements: AnnouncementFieldsFragment[]): Mock {
  return {
    request: { query: ANNOUNCEMENTS_QUERY, variables: { first: ANNOUNCEMENTS_PAGE_SIZE } },
    result: { data: { announcements } },
  };
}

export function announcementsForbiddenMock(): Mock {
  return {
    request: { query: ANNOUNCEMENTS_QUERY, variables: { first: ANNOUNCEMENTS_PAGE_SIZE } },
    result: apiError(
      'announcements',
      'Only members of a verified partner organisation and coordinators may see this.',
      'FORBIDDEN',
    ),
  };
}

/** The viewer with their organisations' descriptions, as the directory profile section asks for it. */
export function organisationProfilesMock(
  viewer: Viewer,
  description: string | null,
): MockLink.MockedResponse<OrganisationProfilesQuery> {
  return always({
    request: { query: ORGANISATION_PROFILES_QUERY },
    result: {
      data: {
        viewer: {
          ...viewer,
          memberships: viewer.memberships.map((membership) => ({
            ...membership,
            organisation: { ...membership.organisation, description },
          })),
        },
      },
    },
  });
}
