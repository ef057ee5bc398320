import { ASTVisitor, Kind, SelectionSetNode, ValidationContext } from 'graphql';

import { queryLimitError } from './query-limits';

/**
 * Rejects operations with more than `maxAliases` aliased fields, counted as they would run: a fragment's
 * aliases count once for each place it is spread.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentAliases = new Map<string, number>();
    const visiting = new Set<string>();
    const aliasesInFragment = (name: string): number => {
      const known = fragmentAliases.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const count = aliasesIn(fragment.selectionSet);
      visiting.delete(name);
      fragmentAliases.set(name, count);
      return count;
    };
    const aliasesIn = (selectionSet: SelectionSetNode): number => {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          count +=
            (selection.alias ? 1 : 0) + (selection.selectionSet ? aliasesIn(selection.selectionSet) : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += aliasesIn(selection.selectionSet);
        } else {
          count += aliasesInFragment(selection.name.value);
        }
      }
      return count;
    };
    return {
      OperationDefinition(operation) {
        const count = aliasesIn(operation.selectionSet);
        if (count > maxAliases) {
          context.reportError(
            queryLimitError(`This query uses ${count} aliases; the limit is ${maxAliases}.`, operation),
          );
        }
      },
    };
  };
}
