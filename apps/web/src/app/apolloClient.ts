import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** GraphQL client for the same-origin API (`/graphql`, proxied to the API in development). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        District: { keyFields: ['code'] },
        // Memberships have no id of their own: the newest list replaces the cached one.
        Viewer: { fields: { memberships: { merge: false } } },
      },
    }),
  });
}
