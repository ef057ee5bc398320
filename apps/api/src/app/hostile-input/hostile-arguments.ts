import fc from 'fast-check';
import {
  FieldNode,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  print,
  valueFromASTUntyped,
} from 'graphql';

/**
 * A number JSON can carry but `JSON.stringify` cannot write (`1e400` reads back as Infinity): serialise the
 * variables with `variablesJson`.
 */
export class RawJsonNumber {
  constructor(readonly literal: string) {}
}

export function variablesJson(variables: Record<string, unknown>): string {
  const raw: string[] = [];
  const json = JSON.stringify(variables, (_key, value: unknown) => {
    if (!(value instanceof RawJsonNumber)) return value;
    raw.push(value.literal);
    return `__raw_json_number_${raw.length - 1}__`;
  });
  return json.replace(/"__raw_json_number_(\d+)__"/g, (_match, index: string) => raw[Number(index)]);
}

/**
 * The example operation of a mutation rewritten so that every argument of the mutation is a variable (literals
 * written in the example's query, such as `reason: "..."`, become variables too), with the example's values.
 */
export interface FuzzableOperation {
  mutation: string;
  query: string;
  /** The mutation's arguments, as the schema declares them. */
  args: { name: string; type: GraphQLInputType }[];
  /** The example's value of each argument it gives. */
  example: Record<string, unknown>;
}

export function fuzzableOperation(
  schema: GraphQLSchema,
  operation: { query: string; variables?: Record<string, unknown> },
): FuzzableOperation {
  const definition = parse(operation.query).definitions[0] as OperationDefinitionNode;
  const field = definition.selectionSet.selections[0] as FieldNode;
  const mutation = field.name.value;
  const declared = schema.getMutationType()?.getFields()[mutation];
  if (!declared) throw new Error(`No mutation ${mutation} in the schema.`);
  const example = Object.fromEntries(
    (field.arguments ?? []).map((argument) => [
      argument.name.value,
      valueFromASTUntyped(argument.value, operation.variables),
    ]),
  );
  const args = declared.args.map(({ name, type }) => ({ name, type }));
  const variableList = args.map(({ name, type }) => `$${name}: ${String(type)}`).join(', ');
  const argumentList = args.map(({ name }) => `${name}: $${name}`).join(', ');
  const selection = field.selectionSet ? print(field.selectionSet) : '';
  const query = args.length
    ? `mutation Fuzzed(${variableList}) { ${mutation}(${argumentList}) ${selection} }`
    : `mutation Fuzzed { ${mutation} ${selection} }`;
  return { mutation, query, args, example };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

const deeplyNested = (depth: number): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => ({ nested: inner }), 'bottom');

/** A value of the wrong shape: GraphQL must refuse it before any resolver runs. */
const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  true,
  0,
  -1,
  1.5,
  'text',
  [],
  [null],
  {},
  { injected: "'; DROP TABLE app_user; --" },
  deeplyNested(200),
  [[[[[[[[[['deep']]]]]]]]]],
);

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t\n\r',
    "'; DROP TABLE app_user; --",
    "' OR '1'='1",
    'Robert"); DELETE FROM need; --',
    '\u0000',
    'nul \u0000 inside',
    '\u0007\u001b[31m\u007f',
    '\uD800',
    '\u202Eevil',
    '<script>alert(1)</script>',
    '%_\\',
    '${7*7}{{7*7}}',
    'null',
    'undefined',
    '🏠'.repeat(2_000),
    'ﷺ'.repeat(500),
    'x'.repeat(100_000),
    'é'.repeat(70_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 200, maxLength: 400 }),
);

const hostileId: fc.Arbitrary<unknown> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '{123e4567-e89b-12d3-a456-426614174000}',
    '123e4567e89b12d3a456426614174000',
    '123e4567-e89b-12d3-a456-42661417400g',
    ' 123e4567-e89b-12d3-a456-426614174000 ',
    '1',
    '-1',
  ),
  // GraphQL's ID accepts integers.
  fc.constantFrom(0, 1, 2_147_483_647),
  hostileText,
);

const hostileDay: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '1900-01-01',
    '9999-12-31',
    '2024-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    '20260101',
    '-2026-01-01',
    '+275760-09-13',
    '2026-01-01T00:00:00Z',
    'today',
  ),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
);

const hostileInstant: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '0000-01-01T00:00:00.000Z',
    '1970-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '2026-02-30T10:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T25:61:00Z',
    '2026-01-01',
    'yesterday',
  ),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom(0, -1, 8.64e15),
);

const hostileEmail = (example: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      example.toUpperCase(),
      ` ${example} `,
      'a@b',
      '@',
      'no-at-sign',
      '"quoted"@example.org',
      'ünïcödé@exämple.org',
      `${'a'.repeat(300)}@example.org`,
      'a@example.org\nBcc: victim@example.org',
    ),
    hostileText,
  );

const hostileInt: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, -1, 1, -2_147_483_648, 2_147_483_647) },
  { weight: 3, arbitrary: fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }) },
  fc.constantFrom(2_147_483_648, 2 ** 53, -(2 ** 53), 1.5, 0.1, -0.5),
  fc.constantFrom(new RawJsonNumber('1e400'), new RawJsonNumber('-1e400'), new RawJsonNumber('-0')),
  fc.constantFrom('5', 'NaN', 'Infinity'),
);

const hostileFloat: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 0.000_001, 1e308, -1e308, 24.000_001),
  fc.constantFrom(new RawJsonNumber('1e400'), new RawJsonNumber('1e-400'), 'NaN'),
);

const hostileCents: fc.Arbitrary<unknown> = fc.oneof(
  hostileInt,
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 + 2),
  fc.constantFrom('-5', '99999999999999999999', '10.5'),
);

const hostileEnum = (type: GraphQLEnumType): fc.Arbitrary<unknown> =>
  fc.oneof(
    // Other valid values: the service must handle each of them, not only the example's.
    fc.constantFrom(...type.getValues().map((value) => value.name)),
    fc.constantFrom('', 'drop', 'UNKNOWN_VALUE', "'; DROP TABLE app_user; --"),
  );

/** A hostile value for a leaf of GraphQL type `type`, shaped after the example's value when there is one. */
function hostileLeaf(
  type: GraphQLInputType,
  example: unknown,
  ids: readonly string[],
): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  const sameType = ((): fc.Arbitrary<unknown> => {
    if (isEnumType(named)) return hostileEnum(named);
    switch (named.name) {
      case 'Boolean':
        return fc.constantFrom(true, false);
      case 'Int':
        return hostileInt;
      case 'Float':
        return hostileFloat;
      case 'Cents':
        return hostileCents;
      case 'DateTime':
        return hostileInstant;
    }
    if (typeof example === 'string') {
      // Ids of the other things arranged: the wrong kind of thing, or someone else's.
      if (UUID.test(example)) return fc.oneof(hostileId, fc.constantFrom(...ids));
      if (DAY.test(example)) return fc.oneof(hostileDay, hostileText);
      if (INSTANT.test(example)) return hostileInstant;
      if (EMAIL.test(example)) return hostileEmail(example);
    }
    return named.name === 'ID' ? hostileId : hostileText;
  })();
  return fc.oneof({ weight: 12, arbitrary: sameType }, { weight: 1, arbitrary: wrongType });
}

/**
 * Values for an argument or input field of type `type`: mostly the example's value, with some of its leaves
 * replaced by hostile values, lists emptied, shortened or blown up, fields left out, unknown fields added,
 * and optional fields the example leaves out given hostile values.
 */
export function hostileValue(
  type: GraphQLInputType,
  example: unknown,
  ids: readonly string[],
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 15, arbitrary: hostileValue(type.ofType, example, ids) },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    );
  }
  const absent = example === undefined || example === null;
  if (isListType(type)) {
    const itemType = type.ofType as GraphQLInputType;
    const items = Array.isArray(example) ? example : [];
    const first = items[0];
    const shapes: fc.Arbitrary<unknown>[] = [
      fc.constant([]),
      fc.array(hostileValue(itemType, first, ids), { minLength: 1, maxLength: 4 }),
      fc.constant(Array.from({ length: 2_000 }, () => first ?? 'item')),
      fc.constant([...items, ...items]),
      // GraphQL reads a single value where a list is expected as a list of one.
      hostileValue(itemType, first, ids),
      wrongType,
    ];
    return fc.oneof(
      {
        weight: absent ? 12 : 8,
        arbitrary: absent
          ? fc.constant(example)
          : fc.tuple(...items.map((item) => hostileValue(itemType, item, ids))),
      },
      ...shapes.map((arbitrary) => ({ weight: 1, arbitrary })),
    );
  }
  if (isInputObjectType(type)) {
    const given = (absent ? {} : example) as Record<string, unknown>;
    const fields = fc.record(
      Object.fromEntries(
        Object.values(type.getFields()).map((field) => [
          field.name,
          hostileValue(field.type, given[field.name], ids),
        ]),
      ),
    );
    const withUnknownField = fields.chain((value) =>
      hostileText.map((text) => ({ ...value, [`unknown_${text.length}`]: text })),
    );
    return fc.oneof(
      { weight: absent ? 12 : 20, arbitrary: absent ? fc.constant(example) : fields },
      { weight: absent ? 2 : 1, arbitrary: fields },
      { weight: 1, arbitrary: withUnknownField },
      { weight: 1, arbitrary: wrongType },
    );
  }
  return fc.oneof(
    { weight: absent ? 6 : 3, arbitrary: fc.constant(example) },
    { weight: 1, arbitrary: hostileLeaf(type, example, ids) },
  );
}

/** Hostile variables for the whole operation, plus, now and then, a variable it does not declare. */
export function hostileVariables(
  operation: FuzzableOperation,
  ids: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const args = fc.record(
    Object.fromEntries(
      operation.args.map(({ name, type }) => [name, hostileValue(type, operation.example[name], ids)]),
    ),
  );
  return fc.oneof(
    { weight: 9, arbitrary: args },
    { weight: 1, arbitrary: args.map((values) => ({ ...values, undeclared: deeplyNested(50) })) },
  );
}
