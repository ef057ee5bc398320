import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, validate, visit } from 'graphql';

import { costLimitRule, LIST_SIZE_ARGUMENTS } from './cost-limit.rule';

/** Verdicts kept per document: enough for the page sizes a client uses, bounded against one that varies them. */
const MAX_VERDICTS_PER_DOCUMENT = 64;

/**
 * Apollo validates a query text once, without variables, and caches the result. A `first: $count` is then
 * costed from its default; this checks the operation again with the request's own variables.
 *
 * Only the variables that size a list change the cost, so the verdict is kept per document (Apollo hands the
 * same parsed document for the same text) and per value of those variables: a page asked for again and again
 * is validated once, not on every request.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  /** Per document: the variables that size a list, and the verdicts given for values of them. */
  const known = new WeakMap<
    DocumentNode,
    { sizingVariables: readonly string[]; verdicts: Map<string, GraphQLError | null> }
  >();

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          const variables = request.variables ?? {};
          let ofDocument = known.get(document);
          if (!ofDocument) {
            ofDocument = { sizingVariables: variablesSizingLists(document), verdicts: new Map() };
            known.set(document, ofDocument);
          }
          const { sizingVariables, verdicts } = ofDocument;
          const given = sizingVariables.filter((name) => name in variables);
          if (given.length === 0) return;

          const key = JSON.stringify([
            operation?.name?.value ?? null,
            ...given.map((name) => variables[name]),
          ]);
          let error = verdicts.get(key);
          if (error === undefined) {
            const selected: DocumentNode = {
              kind: Kind.DOCUMENT,
              definitions: document.definitions.filter(
                (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
              ),
            };
            [error = null] = validate(schema, selected, [costLimitRule(maxCost, { variables })]);
            if (verdicts.size >= MAX_VERDICTS_PER_DOCUMENT) verdicts.clear();
            verdicts.set(key, error);
          }
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

/** The variables given as a `first` or `limit` argument anywhere in the document. */
function variablesSizingLists(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (LIST_SIZE_ARGUMENTS.includes(argument.name.value) && argument.value.kind === Kind.VARIABLE) {
        names.add(argument.value.name.value);
      }
    },
  });
  return [...names];
}
