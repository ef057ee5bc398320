import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { createTestApp, TestApp } from '@entraide/api-testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { testAppModule } from './testing/test-app-module';

const SCHEMA_FILE = join(__dirname, '../../schema.gql');

/** apps/api/schema.gql is the committed contract the web app's typed documents are generated from. */
describe('schema.gql', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ root: testAppModule });
  });

  afterAll(() => api.close());

  it('matches the schema the resolvers build (run `npm run schema` after changing them)', () => {
    const schema = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schema);
  });
});
