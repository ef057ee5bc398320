import type { DocumentNode } from 'graphql';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

import type { HostingProblem } from './hostingErrors';

/**
 * After a refusal saying that what was acted on has changed meanwhile (answered, ended, withdrawn elsewhere),
 * asks these lists again so that the page shows things as they now are. Pass a constant array.
 */
export function useRefreshWhenStale(
  queries: readonly DocumentNode[],
): (problem: HostingProblem) => HostingProblem {
  const client = useApolloClient();
  return useCallback(
    (problem: HostingProblem) => {
      if (problem.stale) void client.refetchQueries({ include: [...queries] }).catch(() => undefined);
      return problem;
    },
    [client, queries],
  );
}
