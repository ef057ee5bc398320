import { ApolloServer } from '@apollo/server';

import { storableTextPlugin } from './storable-text.plugin';

describe('storableTextPlugin', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { echo(text: String, list: [String!]): String }',
    resolvers: { Query: { echo: (_: unknown, { text }: { text?: string }) => text ?? 'none' } },
    plugins: [storableTextPlugin()],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('Expected a single result.');
    return { status: response.http.status, ...response.body.singleResult };
  };

  it('lets any real text through, emoji and rare ideograms included', async () => {
    const text = 'Ça va ✓ 🏠 \u{CBD5D}';
    expect((await run('query ($text: String) { echo(text: $text) }', { text })).data).toEqual({ echo: text });
  });

  it.each([
    ['NUL in a variable', 'query ($text: String) { echo(text: $text) }', { text: 'a\u0000b' }],
    ['NUL in a list item', 'query ($list: [String!]) { echo(list: $list) }', { list: ['ok', '\u0000'] }],
    ['NUL in a literal', 'query { echo(text: "a\\u0000b") }', undefined],
    ['a lone high surrogate', 'query ($text: String) { echo(text: $text) }', { text: 'a\uD800' }],
    ['a lone low surrogate', 'query ($text: String) { echo(text: $text) }', { text: '\uDC00b' }],
  ])('refuses %s as BAD_USER_INPUT, before any resolver runs', async (_what, query, variables) => {
    const result = await run(query, variables);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Text cannot contain the NUL character (U+0000) or invalid Unicode (a lone surrogate).',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('refuses the same text each time it comes, and still looks at the variables of a known query', async () => {
    for (let round = 0; round < 2; round++) {
      expect((await run('query { echo(text: "x\\u0000") }')).status).toBe(400);
      expect((await run('query ($text: String) { echo(text: $text) }', { text: 'fine' })).data).toEqual({
        echo: 'fine',
      });
      expect((await run('query ($text: String) { echo(text: $text) }', { text: 'x\u0000' })).status).toBe(
        400,
      );
    }
  });
});
