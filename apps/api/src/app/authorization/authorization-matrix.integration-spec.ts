import { TestApp } from '@entraide/api-testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { actorArranger, ArrangedActor, createMatrixTestApp } from './actor-arrangement';
import { Actor, ACTORS, AUTHORIZATION_MATRIX } from './authorization-matrix';

describe('authorization matrix: every mutation, as every kind of actor', () => {
  let api: TestApp;
  let arrange: (actor: Actor) => Promise<ArrangedActor>;

  beforeAll(async () => {
    api = await createMatrixTestApp();
    arrange = actorArranger(api);
  });

  afterAll(() => api.close());

  it('has a row for every mutation in the schema, and no row for a mutation that does not exist', () => {
    const mutations = Object.keys(
      api.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {},
    ).sort();
    expect(Object.keys(AUTHORIZATION_MATRIX).sort()).toEqual(mutations);
  });

  const cases = Object.entries(AUTHORIZATION_MATRIX).flatMap(([mutation, row]) =>
    ACTORS.map((actor) => [mutation, actor, row.expected[actor]] as const),
  );

  it.each(cases)('%s as %s: %s', async (mutation, actor, expected) => {
    const { headers, context } = await arrange(actor);
    const { query, variables } = AUTHORIZATION_MATRIX[mutation].operation(context);
    const response = await api.graphql(query, variables, headers);
    if (expected === 'ALLOWED') {
      expect(response.errors).toBeUndefined();
    } else {
      expect((response.errors ?? []).map((error) => error.extensions?.code)).toEqual([expected]);
    }
  });
});
