import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, getOperationAST, GraphQLError, parse } from 'graphql';

import { costLimitPlugin } from './cost-limit.plugin';

const schema = buildSchema(`
  type Item { id: ID! name: String! }
  type Query { items(first: Int = 5): [Item!]! item(id: ID!): Item }
`);

/** items(first: $first) { id name }: 1 + 2 × first points. */
const LIST = parse('query List($first: Int, $other: String) { items(first: $first) { id name } }');

async function check(
  document = LIST,
  variables: Record<string, unknown>,
  maxCost = 101,
): Promise<string | null> {
  const listener = (await costLimitPlugin(maxCost).requestDidStart!({} as never)) as GraphQLRequestListener<
    Record<string, never>
  >;
  return checkWith(listener, document, variables);
}

async function checkWith(
  listener: GraphQLRequestListener<Record<string, never>>,
  document: typeof LIST,
  variables: Record<string, unknown>,
): Promise<string | null> {
  try {
    await listener.didResolveOperation!({
      document,
      operation: getOperationAST(document)!,
      request: { variables },
      schema,
    } as unknown as GraphQLRequestContextDidResolveOperation<Record<string, never>>);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).message;
  }
}

describe('costLimitPlugin', () => {
  it('costs a list by the `first` the variables give', async () => {
    expect(await check(LIST, { first: 50 })).toBeNull();
    expect(await check(LIST, { first: 51 })).toMatch(/^This query costs 103 points; the limit is 101\./);
  });

  it('gives the same verdict when the same values come again, from one plugin across requests', async () => {
    const plugin = costLimitPlugin(101);
    const listener = async () =>
      (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<Record<string, never>>;
    for (let round = 0; round < 3; round++) {
      expect(await checkWith(await listener(), LIST, { first: 50 })).toBeNull();
      expect(await checkWith(await listener(), LIST, { first: 51 })).toMatch(/costs 103 points/);
    }
  });

  it('keeps every verdict right past the number it remembers per document', async () => {
    const plugin = costLimitPlugin(101);
    for (let first = 0; first < 200; first += 1) {
      const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<
        Record<string, never>
      >;
      const verdict = await checkWith(listener, LIST, { first });
      if (first <= 50) expect(verdict).toBeNull();
      else expect(verdict).toMatch(new RegExp(`costs ${1 + 2 * first} points`));
    }
  });

  it('leaves to validation the requests whose variables size no list', async () => {
    // Without `first`, the default of 5 applies, as at validation: within a limit of 11.
    expect(await check(LIST, { other: 'x' }, 11)).toBeNull();
    expect(await check(parse('query One($id: ID!) { item(id: $id) { id } }'), { id: '1' }, 1)).toBeNull();
  });
});
