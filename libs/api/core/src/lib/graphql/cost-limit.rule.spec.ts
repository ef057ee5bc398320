import { buildSchema, parse, validate, ValidationContext } from 'graphql';

import { CostOptions, costLimitRule } from './cost-limit.rule';

const schema = buildSchema(`
  type District { code: String! name: String! neighbours: [District!]! }
  type Need { id: ID! quantity: Int! district: District! }
  type Announcement { id: ID! title: String! }
  union Found = District | Need
  type Query {
    districts: [District!]!
    district(code: String!): District
    announcements(first: Int! = 5): [Announcement!]!
    needs(limit: Int): [Need!]!
    search: [Found!]!
    tags: [String!]!
  }
`);

/** The cost the rule computes, read from its message at a limit of 0. */
function costOf(query: string, options: CostOptions = {}): number {
  const [error] = validate(schema, parse(query), [costLimitRule(0, options)]);
  return Number(/costs (\d+) points/.exec(error?.message ?? '')?.[1] ?? 0);
}

const errorsFor = (query: string, maxCost: number, options: CostOptions = {}) =>
  validate(schema, parse(query), [costLimitRule(maxCost, options)]);

describe('costLimitRule', () => {
  it('costs each field 1, and the fields below a list once per expected item', () => {
    expect(costOf('{ district(code: "75018") { code name } }')).toBe(3);
    // 1 + 10 × 2, the default list size being 10.
    expect(costOf('{ districts { code name } }')).toBe(21);
    expect(costOf('{ districts { code name } }', { defaultListSize: 20 })).toBe(41);
    // Nested lists multiply: 1 + 10 × (1 + 1 + 10 × 1).
    expect(costOf('{ districts { code neighbours { code } } }')).toBe(121);
    // A list of scalars is one field.
    expect(costOf('{ tags }')).toBe(1);
  });

  it('takes the expected size from `first` or `limit`: written, from variables, or the argument’s default', () => {
    expect(costOf('{ announcements(first: 3) { id title } }')).toBe(7);
    expect(costOf('{ announcements { id title } }')).toBe(11);
    expect(costOf('{ needs(limit: 50) { id } }')).toBe(51);
    expect(costOf('query ($n: Int = 2) { needs(limit: $n) { id } }')).toBe(3);
    expect(costOf('query ($n: Int) { needs(limit: $n) { id } }', { variables: { n: 40 } })).toBe(41);
    // A variable not known yet counts as the argument's default, then as the default list size.
    expect(costOf('query ($n: Int!) { announcements(first: $n) { id } }')).toBe(6);
    expect(costOf('query ($n: Int) { needs(limit: $n) { id } }')).toBe(11);
    // A value that is no count (negative, a string) is ignored as well.
    expect(costOf('query ($n: Int) { needs(limit: $n) { id } }', { variables: { n: -5 } })).toBe(11);
  });

  it('counts fragments, inline fragments and introspection; `__typename` is free', () => {
    const query = `
      { districts { ...Names __typename } search { ... on Need { id district { code } } } }
      fragment Names on District { code name }
    `;
    // districts 1 + 10 × 2; search 1 + 10 × (1 + 1 + 1).
    expect(costOf(query)).toBe(21 + 31);
    // __schema 1 + (types 1 + 10 × name 1).
    expect(costOf('{ __schema { types { name } } }')).toBe(12);
  });

  it('accepts a query at the limit and rejects one a point over, as BAD_USER_INPUT naming the limit', () => {
    expect(errorsFor('{ districts { code name } }', 21)).toEqual([]);
    const [error, ...others] = errorsFor('{ districts { code name } }', 20);
    expect(others).toEqual([]);
    expect(error.message).toBe(
      'This query costs 21 points; the limit is 20. Each field costs 1 and the fields below a list count once ' +
        'per expected item (its `first` or `limit`, else 10).',
    );
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('costs each fragment once, however often it is spread', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on District { code ...F${i + 1} neighbours { ...F${i + 1} } }`,
    );
    const query = `{ districts { ...F0 } } ${fragments.join(' ')} fragment F20 on District { code }`;
    const lookups = jest.spyOn(ValidationContext.prototype, 'getFragment');
    try {
      expect(errorsFor(query, 5000)).toHaveLength(1);
      expect(lookups.mock.calls.length).toBeLessThan(100);
    } finally {
      lookups.mockRestore();
    }
  });
});
