import { HeaderMap } from '@apollo/server';
import type { GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';

import { noStorePlugin } from './no-store.plugin';

async function headersAfter(initial: Record<string, string>): Promise<HeaderMap> {
  const headers = new HeaderMap(Object.entries(initial));
  const listener = (await noStorePlugin().requestDidStart!({} as never)) as GraphQLRequestListener<
    Record<string, never>
  >;
  await listener.willSendResponse!({
    response: { http: { headers } },
  } as unknown as GraphQLRequestContextWillSendResponse<Record<string, never>>);
  return headers;
}

describe('noStorePlugin', () => {
  it('keeps GraphQL answers out of every cache', async () => {
    expect((await headersAfter({})).get('cache-control')).toBe('no-store');
  });

  it('leaves a cache policy set by the operation alone', async () => {
    expect((await headersAfter({ 'cache-control': 'max-age=60, public' })).get('cache-control')).toBe(
      'max-age=60, public',
    );
  });
});
