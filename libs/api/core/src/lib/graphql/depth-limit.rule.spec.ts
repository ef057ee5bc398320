import { buildSchema, parse, validate } from 'graphql';

import { depthLimitRule } from './depth-limit.rule';

const schema = buildSchema(`
  type District { code: String! neighbours: [District!]! }
  type Query { districts: [District!]! }
`);

const errorsFor = (query: string, maxDepth: number) =>
  validate(schema, parse(query), [depthLimitRule(maxDepth)]).map((error) => error.message);

describe('depthLimitRule', () => {
  it('accepts a query at the limit', () => {
    expect(errorsFor('{ districts { neighbours { code } } }', 3)).toEqual([]);
  });

  it('rejects a query one level deeper than the limit', () => {
    expect(errorsFor('{ districts { neighbours { neighbours { code } } } }', 3)).toEqual([
      'This query is nested 4 levels deep; the limit is 3.',
    ]);
  });

  it('counts the depth through fragments and inline fragments', () => {
    const query = `
      query { districts { ...Around } }
      fragment Around on District { neighbours { ... on District { neighbours { code } } } }
    `;
    expect(errorsFor(query, 3)).toEqual(['This query is nested 4 levels deep; the limit is 3.']);
    expect(errorsFor(query, 4)).toEqual([]);
  });
});
