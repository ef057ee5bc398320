import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import { CATALOGUE_QUERY } from '../features/catalogue/graphql/catalogueQuery';
import { DISTRICT_QUERY, DISTRICTS_QUERY } from '../features/geography/graphql/districtQueries';
import { MY_SESSIONS_QUERY, VIEWER_QUERY } from '../features/identity/graphql/identityOperations';
import type {
  CatalogueQuery,
  DistrictQuery,
  DistrictsQuery,
  Language,
  MySessionsQuery,
  ViewerQuery,
} from '../gql/graphql';

/** The 20 arrondissements as the API lists them, from the shared reference data. */
export function districtsMock(): MockLink.MockedResponse<DistrictsQuery> {
  const districts: DistrictsQuery['districts'] = districtRecords.map((record) => ({
    __typename: 'District',
    code: record.code,
    name: record.name,
    number: record.number,
    neighbours: record.neighbours.map((code) => ({ __typename: 'District', code })),
    collectionPoints: [
      {
        __typename: 'CollectionPoint',
        id: `point-${record.code}`,
        name: record.townHall.name,
        address: record.townHall.address,
        openingHours: 'Mo-Fr 08:30-17:00',
      },
    ],
  }));
  return { request: { query: DISTRICTS_QUERY }, result: { data: { districts } } };
}

export const BUTTES_MONTMARTRE: DistrictQuery['district'] = {
  __typename: 'District',
  code: '75018',
  insee: '75118',
  number: 18,
  name: 'Buttes-Montmartre',
  centroid: { __typename: 'GeoPoint', lat: 48.892569, lon: 2.348161 },
  areaKm2: 6.005,
  neighbours: [
    { __typename: 'District', code: '75009', name: 'Opéra', number: 9 },
    { __typename: 'District', code: '75017', name: 'Batignolles-Monceau', number: 17 },
  ],
  collectionPoints: [
    {
      __typename: 'CollectionPoint',
      id: '18',
      code: 'p-75018',
      name: 'Mairie du 18e arrondissement',
      address: '1 place Jules-Joffrin, 75018 Paris',
      openingHours: 'Mo-We,Fr 08:30-17:00; Th 08:30-19:30; Sa 09:00-12:30',
      openingSlots: [
        ...[1, 2, 3, 5].map((weekday) => ({
          __typename: 'OpeningSlot' as const,
          weekday,
          opensAt: '08:30',
          closesAt: '17:00',
        })),
        { __typename: 'OpeningSlot', weekday: 4, opensAt: '08:30', closesAt: '19:30' },
        { __typename: 'OpeningSlot', weekday: 6, opensAt: '09:00', closesAt: '12:30' },
      ],
    },
  ],
};

export function districtMock(
  district: DistrictQuery['district'] = BUTTES_MONTMARTRE,
): MockLink.MockedResponse<DistrictQuery> {
  return {
    request: { query: DISTRICT_QUERY, variables: { code: district.code } },
    result: { data: { district } },
  };
}

/** The API's answer for a postal code that is not an arrondissement. */
export function districtNotFoundMock(code: string): MockLink.MockedResponse<DistrictQuery> {
  return {
    request: { query: DISTRICT_QUERY, variables: { code } },
    result: {
      errors: [
        new GraphQLError(`Unknown district "${code}"`, {
          path: ['district'],
          extensions: { code: 'NOT_FOUND' },
        }),
      ],
    },
  };
}

const CATALOGUE_LABELS = {
  FR: { socks: 'Chaussettes', men: 'Homme 43-46', sleepingBags: 'Sacs de couchage', adult: 'Adulte' },
  EN: { socks: 'Socks', men: 'Men 43-46', sleepingBags: 'Sleeping bags', adult: 'Adult' },
} as const;

export function catalogueMock(lang: Language): MockLink.MockedResponse<CatalogueQuery> {
  const labels = CATALOGUE_LABELS[lang];
  const catalogue: CatalogueQuery['catalogue'] = [
    {
      __typename: 'CatalogueItem',
      id: '1',
      code: 'socks',
      name: labels.socks,
      priority: 'HIGH',
      variants: [
        {
          __typename: 'CatalogueVariant',
          id: '11',
          code: 'socks/men-43-46',
          label: labels.men,
          audience: 'MEN',
        },
      ],
    },
    {
      __typename: 'CatalogueItem',
      id: '2',
      code: 'sleeping-bags',
      name: labels.sleepingBags,
      priority: 'MEDIUM',
      variants: [
        {
          __typename: 'CatalogueVariant',
          id: '21',
          code: 'sleeping-bags/adult',
          label: labels.adult,
          audience: 'ANYONE',
        },
      ],
    },
  ];
  return { request: { query: CATALOGUE_QUERY, variables: { lang } }, result: { data: { catalogue } } };
}

export const MARIE: NonNullable<ViewerQuery['viewer']> = {
  __typename: 'Viewer',
  id: 'user-1',
  email: 'marie@example.org',
  displayName: 'Marie Curie',
  emailVerified: false,
  createdAt: '2026-11-20T09:00:00.000Z',
  roles: ['CITIZEN'],
  staffPointIds: [],
  memberships: [],
};

/** Who is signed in: `MARIE` by default, or nobody with `null`. */
export function viewerMock(viewer: ViewerQuery['viewer'] = MARIE): MockLink.MockedResponse<ViewerQuery> {
  return { request: { query: VIEWER_QUERY }, result: { data: { viewer } } };
}

export const SESSIONS: MySessionsQuery['mySessions'] = [
  {
    __typename: 'Session',
    id: 'session-other',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1',
    createdAt: '2026-11-01T08:00:00.000Z',
    lastSeenAt: '2026-11-10T08:00:00.000Z',
    expiresAt: '2026-12-01T08:00:00.000Z',
    current: false,
  },
  {
    __typename: 'Session',
    id: 'session-current',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    createdAt: '2026-11-20T09:00:00.000Z',
    lastSeenAt: '2026-11-27T10:00:00.000Z',
    expiresAt: '2026-12-27T10:00:00.000Z',
    current: true,
  },
];

export function sessionsMock(
  sessions: MySessionsQuery['mySessions'] = SESSIONS,
): MockLink.MockedResponse<MySessionsQuery> {
  return { request: { query: MY_SESSIONS_QUERY }, result: { data: { mySessions: sessions } } };
}

/** A City coordinator, who may verify organisations, assign staff and read the audit log. */
export const CLAIRE: NonNullable<ViewerQuery['viewer']> = {
  __typename: 'Viewer',
  id: 'user-2',
  email: 'claire@example.org',
  displayName: 'Claire Coordination',
  emailVerified: true,
  createdAt: '2026-10-01T09:00:00.000Z',
  roles: ['CITIZEN', 'COORDINATOR'],
  staffPointIds: [],
  memberships: [],
};
