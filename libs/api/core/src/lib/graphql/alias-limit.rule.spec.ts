import { buildSchema, parse, validate, ValidationContext } from 'graphql';

import { aliasLimitRule } from './alias-limit.rule';

const schema = buildSchema(`
  type District { code: String! neighbours: [District!]! }
  type Query { districts: [District!]! district(code: String!): District }
`);

const errorsFor = (query: string, maxAliases: number) =>
  validate(schema, parse(query), [aliasLimitRule(maxAliases)]);

const aliased = (count: number) =>
  Array.from({ length: count }, (_, i) => `d${i}: district(code: "750${i}") { code }`).join(' ');

describe('aliasLimitRule', () => {
  it('accepts as many aliases as the limit', () => {
    expect(errorsFor(`{ ${aliased(15)} }`, 15)).toEqual([]);
  });

  it('rejects one alias more, as BAD_USER_INPUT with a message naming the limit', () => {
    const [error, ...others] = errorsFor(`{ ${aliased(16)} }`, 15);
    expect(others).toEqual([]);
    expect(error.message).toBe('This query uses 16 aliases; the limit is 15.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('counts aliases at every level, and a fragment’s once per place it is spread', () => {
    const query = `
      { first: districts { ...Names } second: districts { ...Names } }
      fragment Names on District { a: code b: code neighbours { c: code } }
    `;
    // 2 at the top, 3 in each of the 2 spreads.
    expect(errorsFor(query, 8)).toEqual([]);
    expect(errorsFor(query, 7).map((error) => error.message)).toEqual([
      'This query uses 8 aliases; the limit is 7.',
    ]);
  });

  it('counts each fragment once, however often it is spread', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on District { a${i}: code ...F${i + 1} neighbours { ...F${i + 1} } }`,
    );
    const query = `{ districts { ...F0 } } ${fragments.join(' ')} fragment F20 on District { code }`;
    const lookups = jest.spyOn(ValidationContext.prototype, 'getFragment');
    try {
      expect(errorsFor(query, 15)).toHaveLength(1);
      expect(lookups.mock.calls.length).toBeLessThan(100);
    } finally {
      lookups.mockRestore();
    }
  });
});
