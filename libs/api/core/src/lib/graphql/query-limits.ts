import { ASTNode, GraphQLError } from 'graphql';

/**
 * What one GraphQL request may ask for. Every operation of the web app stays well within these (see
 * docs/security.md); they stop hostile queries before a resolver runs.
 */
export const QUERY_LIMITS = {
  /** Fields nested in one another. */
  maxDepth: 6,
  /** Fields renamed with `alias: field`, the usual way to ask for the same expensive field many times. */
  maxAliases: 15,
  /** Names, punctuation and values in the query text; the parser stops counting past this. */
  maxTokens: 1000,
  /** See costLimitRule: each field 1, the fields below a list once per expected item. */
  maxCost: 5000,
  /**
   * Items a list field is expected to return when no `first` or `limit` argument says. The lists without one are
   * small ones of the domain (a district's neighbours, a booking's offers, a mission's shifts); with 20, three
   * such lists nested would cost 8,000 for a single field at the bottom.
   */
  defaultListSize: 10,
} as const;

/** An operation over one of the limits: BAD_USER_INPUT, with a message that names the limit. */
export function queryLimitError(message: string, nodes: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: 'BAD_USER_INPUT' } });
}

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;

/** The parser's message for a query over `maxTokens`, in the words of the other limits; else undefined. */
export function tokenLimitMessage(parserMessage: string): string | undefined {
  const limit = TOO_MANY_TOKENS.exec(parserMessage)?.[1];
  return (
    limit &&
    `This query has more than ${limit} tokens (names, values and punctuation); the limit is ${limit}.`
  );
}
