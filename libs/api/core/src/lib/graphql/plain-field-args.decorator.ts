import type { Type } from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';

/**
 * Declares a field resolver's arguments (an `@ArgsType()` class) for the schema, for a `@ResolveField`
 * method written as graphql-js calls it: `(parent, args)`, with no parameter decorators.
 *
 * Why: a method with `@Parent()` or `@Args()` runs inside Nest's execution context, which wraps every call in
 * promises (pipes, interceptors, guards), and a field that is a promise makes graphql-js wait on the whole
 * object. For a field that only picks a translation, on 100 items of a list, that is a third of the API's
 * CPU. Nest calls a field resolver without parameter decorators directly (its "fast field resolver"), so such
 * a field resolves synchronously. Only for pure functions of the parent and arguments: there is no context,
 * guard or pipe. `plain-field-args.decorator.spec.ts` checks both halves: the arguments are in the schema, and
 * the method is called directly (it resolves to a value, not a promise).
 */
export function PlainFieldArgs(argsType: () => Type): MethodDecorator {
  return (prototype, methodName) => {
    TypeMetadataStorage.addMethodParamMetadata({
      kind: 'args',
      target: prototype.constructor as Type,
      methodName: String(methodName),
      typeFn: argsType,
      index: 1,
      options: {},
    });
  };
}
