import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function toCents(value: unknown): number {
  const cents = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents))
    throw new GraphQLError(`Cents must be a whole number of cents (got ${String(value)}).`);
  return cents;
}

/** An amount of euros in whole cents, beyond GraphQL's 32-bit Int (totals can exceed €21 million). */
export const Cents = new GraphQLScalarType({
  name: 'Cents',
  description: 'An amount in euro cents (a safe integer).',
  serialize: toCents,
  parseValue: toCents,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Cents must be a whole number of cents.');
    return toCents(Number(ast.value));
  },
});
