import { ASTVisitor, Kind, SelectionSetNode, ValidationContext } from 'graphql';

import { queryLimitError } from './query-limits';

/** Introspection's own nesting (`ofType { ofType { … } }`) is bounded by the cost limit, and off in production. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Rejects operations nested deeper than `maxDepth` fields, before they run. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    // Each fragment is measured once: a chain of fragments each spread twice would otherwise take
    // 2^n steps to measure, a denial of service in itself.
    const fragmentDepths = new Map<string, number>();
    const visiting = new Set<string>();
    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      // Unknown fragments and cycles are reported by GraphQL's own rules.
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const depth = depthOf(fragment.selectionSet);
      visiting.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };
    const depthOf = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (INTROSPECTION_ROOTS.has(selection.name.value)) continue;
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            queryLimitError(
              `This query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
              operation,
            ),
          );
        }
      },
    };
  };
}
