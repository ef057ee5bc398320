import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { tokenLimitMessage } from './query-limits';

const logger = new Logger('GraphQL');

const TOO_MANY_VARIABLE_ERRORS =
  'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * Errors with a code of our own or of GraphQL's validation pass through as they are. A query over one of the
 * QUERY_LIMITS is BAD_USER_INPUT (Apollo would call it a validation or parse failure), and so are variables
 * with too many invalid values to list. Anything unexpected (a bug, a database failure) is logged in full and
 * reaches the client only as a generic message, except in development, so that no SQL or internal detail
 * leaks out.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  const original = (error as { originalError?: unknown } | null)?.originalError;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isBadUserInput(original)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  const tooLong = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitMessage(formatted.message) : undefined;
  if (tooLong) return { message: tooLong, extensions: { code: 'BAD_USER_INPUT' } };
  // graphql-js stops coercing variables after 50 invalid values with an error of no code, which Apollo
  // (unlike the 50 before it) does not recognise as the client's.
  if (code === 'INTERNAL_SERVER_ERROR' && !formatted.path && formatted.message === TOO_MANY_VARIABLE_ERRORS) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const cause = original ?? error;
  logger.error(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
  if (development) return formatted;
  return {
    message: 'Something went wrong on our side. The error has been logged; please try again later.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** One of our validation rules' errors (see queryLimitError). */
function isBadUserInput(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT';
}
