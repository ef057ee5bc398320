import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Four-digit years: what a person means by a date, and what PostgreSQL and date arithmetic always hold. */
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

function toDate(value: unknown): Date {
  const date =
    typeof value === 'string' || typeof value === 'number' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()))
    throw new GraphQLError(
      `DateTime must be a date and time such as 2026-03-01T09:30:00Z (got ${String(value)}).`,
    );
  if (date.getTime() < EARLIEST || date.getTime() > LATEST)
    throw new GraphQLError(`DateTime must be in the years 1 to 9999 (got ${String(value)}).`);
  return date;
}

/**
 * Nest's DateTime, which reads any input into a Date, an invalid one or one of year -80000 included, which
 * then fails in the database: here such an input is the client's error (BAD_USER_INPUT), named as such.
 */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: toDate,
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be written as a string.');
    return toDate(ast.value);
  },
});
