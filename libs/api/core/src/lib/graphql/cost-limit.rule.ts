import {
  ASTVisitor,
  FieldNode,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  ValidationContext,
  ValueNode,
} from 'graphql';

import { QUERY_LIMITS, queryLimitError } from './query-limits';

export const LIST_SIZE_ARGUMENTS: readonly string[] = ['first', 'limit'];

export interface CostOptions {
  /** Items a list is expected to hold when no `first`/`limit` argument says. */
  defaultListSize?: number;
  /** The request's variables, when known (validation itself runs without them). */
  variables?: Readonly<Record<string, unknown>>;
}

/**
 * Rejects operations whose estimated cost exceeds `maxCost`. Each field costs 1 (`__typename` nothing); the
 * fields selected below a list field count once per item the list is expected to hold: its `first` or `limit`
 * argument (as written, from the request's variables, or the argument's default), else `defaultListSize`. So
 * `{ districts { code } }` costs 1 + 10 × 1 = 11 by default, `{ announcements(first: 5) { id title } }` 11 too.
 */
export function costLimitRule(maxCost: number, options: CostOptions = {}) {
  const defaultListSize = options.defaultListSize ?? QUERY_LIMITS.defaultListSize;
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const cost = operationCost(context, operation, root, defaultListSize, options.variables ?? {});
      if (cost > maxCost) {
        context.reportError(
          queryLimitError(
            `This query costs ${cost} points; the limit is ${maxCost}. Each field costs 1 and the fields below a ` +
              `list count once per expected item (its \`first\` or \`limit\`, else ${defaultListSize}).`,
            operation,
          ),
        );
      }
    },
  });
}

function operationCost(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  root: GraphQLNamedType,
  defaultListSize: number,
  variables: Readonly<Record<string, unknown>>,
): number {
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );
  // Each fragment is costed once per operation (see depthLimitRule for why).
  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();

  const valueOf = (node: ValueNode | undefined): unknown => {
    if (node?.kind === Kind.INT) return Number(node.value);
    if (node?.kind !== Kind.VARIABLE) return undefined;
    const name = node.name.value;
    return name in variables ? variables[name] : valueOf(variableDefaults.get(name));
  };
  const listSize = (field: FieldNode, definition: GraphQLField<unknown, unknown>): number => {
    for (const name of LIST_SIZE_ARGUMENTS) {
      const argument = definition.args.find((candidate) => candidate.name === name);
      if (!argument) continue;
      const given = field.arguments?.find((candidate) => candidate.name.value === name);
      // A variable whose value is not known yet counts as the argument's default.
      for (const size of [given && valueOf(given.value), argument.defaultValue]) {
        if (typeof size === 'number' && Number.isSafeInteger(size) && size >= 0) return size;
      }
    }
    return defaultListSize;
  };
  const fieldDefinition = (parent: GraphQLNamedType, name: string) => {
    if (parent === root && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (parent === root && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };
  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    const type = fragment && context.getSchema().getType(fragment.typeCondition.name.value);
    if (!fragment || !type || visiting.has(name)) return 0;
    visiting.add(name);
    const cost = costOf(fragment.selectionSet, type);
    visiting.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // `__typename` runs no resolver, and Apollo Client adds it to every selection.
        if (selection.name.value === TypeNameMetaFieldDef.name) continue;
        // Unknown fields are reported by GraphQL's own rules.
        const definition = fieldDefinition(parent, selection.name.value);
        if (!definition) continue;
        const below = selection.selectionSet
          ? costOf(selection.selectionSet, getNamedType(definition.type))
          : 0;
        const items = isListType(getNullableType(definition.type)) ? listSize(selection, definition) : 1;
        cost += 1 + items * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition =
          selection.typeCondition && context.getSchema().getType(selection.typeCondition.name.value);
        cost += costOf(selection.selectionSet, condition ?? parent);
      } else {
        cost += fragmentCost(selection.name.value);
      }
    }
    return cost;
  };
  return costOf(operation.selectionSet, root);
}
