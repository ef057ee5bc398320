import { buildSchema, parse, validate, ValidationContext } from 'graphql';

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

  it('rejects a query one level deeper than the limit, as BAD_USER_INPUT', () => {
    const [error] = validate(schema, parse('{ districts { neighbours { neighbours { code } } } }'), [
      depthLimitRule(3),
    ]);
    expect(error.message).toBe('This query is nested 4 levels deep; the limit is 3.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('counts the depth through fragments and inline fragments', () => {
    const query = `
      query { districts { ...Around } }
      fragment Around on District { neighbours { ... on District { neighbours { code } } } }
    `;
    expect(errorsFor(query, 3)).toEqual(['This query is nested 4 levels deep; the limit is 3.']);
    expect(errorsFor(query, 4)).toEqual([]);
  });

  it("leaves introspection's own nesting to the cost limit", () => {
    const introspection = '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }';
    expect(errorsFor(introspection, 3)).toEqual([]);
  });

  it('measures each fragment once, however often it is spread', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice…: measured spread by spread, that is 2^20 visits.
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on District { code neighbours { ...F${i + 1} ...F${i + 1} } }`,
    );
    const query = `{ districts { ...F0 } } ${fragments.join(' ')} fragment F20 on District { code }`;
    const lookups = jest.spyOn(ValidationContext.prototype, 'getFragment');
    try {
      expect(errorsFor(query, 6)).toEqual(['This query is nested 22 levels deep; the limit is 6.']);
      expect(lookups.mock.calls.length).toBeLessThan(100);
    } finally {
      lookups.mockRestore();
    }
  });
});
