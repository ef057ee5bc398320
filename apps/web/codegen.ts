import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the web app, generated from the API's committed schema. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { ID: 'string', DateTime: 'string', Cents: 'number' },
      },
    },
  },
};

export default config;
