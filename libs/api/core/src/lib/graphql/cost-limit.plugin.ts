import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, validate } from 'graphql';

import { costLimitRule } from './cost-limit.rule';

/**
 * Apollo validates a query text once, without variables, and caches the result. A `first: $count` is then
 * costed from its default; this checks the operation again with the request's own variables.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!request.variables || Object.keys(request.variables).length === 0) return;
          const selected: DocumentNode = {
            kind: Kind.DOCUMENT,
            definitions: document.definitions.filter(
              (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
            ),
          };
          const [error] = validate(schema, selected, [
            costLimitRule(maxCost, { variables: request.variables }),
          ]);
          if (error) {
            throw new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
