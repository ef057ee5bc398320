import { ERROR_CODES, JobsService } from '@entraide/api-core';
import { TestApp } from '@entraide/api-testing';
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';

import { actorArranger, ArrangedActor, createMatrixTestApp } from '../authorization/actor-arrangement';
import { Actor, ACTORS, AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import { changedTables, databaseDigest, databaseDigestQuery, DatabaseDigest } from './database-digest';
import { fuzzableOperation, hostileVariables, RawJsonNumber, variablesJson } from './hostile-arguments';

/**
 * Fixed, so that a failure found here is found again. Set ENTRAIDE_FUZZ_SEED and ENTRAIDE_FUZZ_RUNS to explore
 * further on a developer's machine.
 */
const SEED = Number(process.env['ENTRAIDE_FUZZ_SEED'] ?? 20_261_128);
const RUNS_PER_MUTATION = Number(process.env['ENTRAIDE_FUZZ_RUNS'] ?? 8);

/** The codes of a refusal the client can act on; anything else (INTERNAL_SERVER_ERROR, no code) is a bug. */
const REFUSAL_CODES: readonly string[] = [...ERROR_CODES, 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'];

interface GraphqlBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

describe('hostile input: every mutation, fuzzed as someone allowed to run it', () => {
  let api: TestApp;
  let db: DataSource;
  let schema: GraphQLSchema;
  let arrange: (actor: Actor) => Promise<ArrangedActor>;
  let digestQuery: string;
  /** What the server logged as unexpected errors during the current request (the test app logs nothing). */
  const serverErrors: string[] = [];
  /** One arrangement per kind of actor, arranged again after a mutation that changed something. */
  const arranged = new Map<Actor, ArrangedActor>();

  beforeAll(async () => {
    api = await createMatrixTestApp();
    db = api.app.get(DataSource);
    schema = api.app.get(GraphQLSchemaHost).schema;
    arrange = actorArranger(api);
    digestQuery = await databaseDigestQuery(db);
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      serverErrors.push(String(message));
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  /** Jobs queued by an earlier, successful mutation write in the background: let them finish first. */
  async function queuesIdle(): Promise<void> {
    const jobs = api.app.get(JobsService);
    for (let waited = 0; waited < 10_000; waited += 50) {
      const depths = await jobs.queueDepths();
      if (depths.every((depth) => depth.count === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The job queues did not empty within 10 s.');
  }

  async function send(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: `{"query":${JSON.stringify(query)},"variables":${variablesJson(variables)}}`,
    });
    let body: GraphqlBody | undefined;
    try {
      body = response.json<GraphqlBody>();
    } catch {
      body = undefined;
    }
    return { status: response.statusCode, body, text: response.body };
  }

  it('fuzzes every mutation in the schema', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(AUTHORIZATION_MATRIX).sort()).toEqual(mutations);
  });

  const allowedActor = (mutation: string): Actor => {
    const actor = ACTORS.find(
      (candidate) => AUTHORIZATION_MATRIX[mutation].expected[candidate] === 'ALLOWED',
    );
    if (!actor) throw new Error(`Nobody may run ${mutation}: the matrix has no actor to fuzz it as.`);
    return actor;
  };

  it.each(Object.keys(AUTHORIZATION_MATRIX).map((mutation) => [mutation, allowedActor(mutation)]))(
    '%s (as %s) never fails with an internal error and never writes when it refuses',
    async (mutation, actor) => {
      const arrangement = arranged.get(actor) ?? (await arrange(actor));
      arranged.set(actor, arrangement);
      const operation = fuzzableOperation(
        schema,
        AUTHORIZATION_MATRIX[mutation].operation(arrangement.context),
      );
      const ids = Object.values(arrangement.context).filter(
        (value): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value),
      );
      // The database as it stands; unknown again after a mutation that went through (it may have queued jobs).
      let before: DatabaseDigest | undefined;
      let changedSomething = false;

      const property = fc.asyncProperty(hostileVariables(operation, ids), async (variables) => {
        if (!before) {
          await queuesIdle();
          before = await databaseDigest(db, digestQuery);
        }
        serverErrors.length = 0;
        const response = await send(operation.query, variables, arrangement.headers);
        const answer = `answered ${response.status} ${abbreviate(response.body ?? response.text)}${
          serverErrors.length ? `; the server logged ${serverErrors.join(' | ').slice(0, 1_500)}` : ''
        }`;

        if (response.status >= 500) throw new Error(answer);
        const errors = response.body?.errors ?? [];
        const refused = response.status >= 400 || errors.length > 0;
        // A refusal outside GraphQL (a body too large, say) has no `errors` but must still say why.
        if (!refused && !response.body?.data) throw new Error(`No GraphQL answer: ${answer}`);
        if (refused && !errors.length && !response.text)
          throw new Error(`A refusal without a reason: ${answer}`);
        if (errors.some((error) => !REFUSAL_CODES.includes(error.extensions?.code ?? '') || !error.message)) {
          throw new Error(`An error that is not a refusal: ${answer}`);
        }
        if (refused) {
          const after = await databaseDigest(db, digestQuery);
          const changed = changedTables(before, after);
          if (changed.length) throw new Error(`Refused, yet ${changed.join(', ')} changed: ${answer}`);
        } else {
          before = undefined;
          changedSomething = true;
        }
      });
      const result = await fc.check(property, {
        seed: SEED,
        numRuns: operation.args.length ? RUNS_PER_MUTATION : 1,
        endOnFailure: true,
      });
      if (result.failed) {
        const [variables] = result.counterexample ?? [];
        throw new Error(
          `${mutation}(${abbreviate(variables)}) ${String((result.errorInstance as Error | undefined)?.message)}\n` +
            `Replay with { seed: ${result.seed}, path: "${result.counterexamplePath}" }.`,
        );
      }
      if (changedSomething) arranged.delete(actor);
    },
    // A mutation that goes through may queue a matching run, which the next case waits for.
    30_000 + RUNS_PER_MUTATION * 1_000,
  );
});

/** JSON with long strings and lists cut short, to keep a failure readable. */
function abbreviate(value: unknown): string {
  const json = JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'string' && inner.length > 60)
      return `${inner.slice(0, 40)}…(${inner.length} characters)`;
    if (Array.isArray(inner) && inner.length > 5) return [...inner.slice(0, 3), `…(${inner.length} items)`];
    return inner instanceof RawJsonNumber ? `<${inner.literal}>` : inner;
  });
  return json && json.length > 3_000 ? `${json.slice(0, 3_000)}…` : String(json);
}
