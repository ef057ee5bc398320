import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import type { ViewerQuery } from '../../../gql/graphql';
import { VIEWER_QUERY } from '../graphql/identityOperations';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** Who is signed in: `viewer` is null when signed out, undefined while unknown. */
export function useViewer() {
  const { data, loading, error } = useQuery(VIEWER_QUERY);
  return { viewer: data?.viewer, loading, error };
}

/**
 * Records who is now signed in (or nobody) in the cache, so that the header and the pages follow at once, and
 * forgets everything fetched before: on a shared computer, the next person must not be shown the previous
 * person's gifts, messages or sessions from the cache. Pages still shown fetch their data again.
 */
export function useSetViewer(): (viewer: Viewer | null) => void {
  const client = useApolloClient();
  return useCallback(
    (viewer: Viewer | null) => {
      client.cache.evict({ id: 'ROOT_QUERY' });
      client.writeQuery({ query: VIEWER_QUERY, data: { viewer } });
      client.cache.gc();
    },
    [client],
  );
}
