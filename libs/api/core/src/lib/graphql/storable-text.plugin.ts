import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const LONE_SURROGATE = /\p{Surrogate}/u;
/** The NUL character, or half of a UTF-16 surrogate pair without its other half (not a character at all). */
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => unstorable(key) || hasUnstorableText(inner));
  }
  return false;
}

/**
 * PostgreSQL stores neither the NUL character in text nor a lone surrogate in JSON, and no person types them:
 * an operation that carries one, in its variables or in its text, is refused as the client's error before any
 * resolver runs, rather than failing in the database halfway through.
 */
export function storableTextPlugin(): ApolloServerPlugin {
  // Apollo hands the same parsed document for the same query text: its strings are looked at once.
  const documentsWithUnstorableText = new WeakMap<DocumentNode, boolean>();
  const inDocument = (document: DocumentNode): boolean => {
    let found = documentsWithUnstorableText.get(document);
    if (found === undefined) {
      found = false;
      visit(document, {
        [Kind.STRING]: (node) => {
          if (unstorable(node.value)) found = true;
        },
      });
      documentsWithUnstorableText.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          if (hasUnstorableText(request.variables) || inDocument(document)) {
            throw new GraphQLError(
              'Text cannot contain the NUL character (U+0000) or invalid Unicode (a lone surrogate).',
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
