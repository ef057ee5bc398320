import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/**
 * Errors with a code of our own or of GraphQL's validation pass through as they are. Anything unexpected
 * (a bug, a database failure) is logged in full and reaches the client only as a generic message, except in
 * development, so that no SQL or internal detail leaks out.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  const original = (error as { originalError?: unknown }).originalError ?? error;
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  if (development) return formatted;
  return {
    message: 'Something went wrong on our side. The error has been logged; please try again later.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
