import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';

import { createApolloClient } from '../../../app/apolloClient';
import { CLAIRE, MARIE, SESSIONS } from '../../../testing/fixtures';
import { MY_SESSIONS_QUERY, VIEWER_QUERY } from '../graphql/identityOperations';
import { useSetViewer } from './useViewer';

describe('useSetViewer', () => {
  function signedInAs() {
    const client = createApolloClient();
    client.writeQuery({ query: VIEWER_QUERY, data: { viewer: MARIE } });
    client.writeQuery({ query: MY_SESSIONS_QUERY, data: { mySessions: SESSIONS } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    const { result } = renderHook(() => useSetViewer(), { wrapper });
    return { client, setViewer: result.current };
  }

  it.each([
    ['signing out', null],
    ['someone else signing in', CLAIRE],
  ])('forgets what the previous person was shown on %s', (_when, next) => {
    const { client, setViewer } = signedInAs();
    expect(client.readQuery({ query: MY_SESSIONS_QUERY })?.mySessions).toHaveLength(SESSIONS.length);

    act(() => setViewer(next));

    expect(client.readQuery({ query: VIEWER_QUERY })?.viewer).toEqual(next);
    expect(client.readQuery({ query: MY_SESSIONS_QUERY })).toBeNull();
    const entities = Object.keys(client.cache.extract() as object);
    expect(entities.filter((id) => id.startsWith('Session:'))).toEqual([]);
    expect(entities.filter((id) => id.startsWith('Viewer:'))).toEqual(next ? [`Viewer:${next.id}`] : []);
  });
});
