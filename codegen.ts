import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client frontends import: `client/` holds a TypedDocumentNode for every operation in
 * `schema/operations/`, usable with urql, Apollo Client or any fetch wrapper. Generated, never
 * edited by hand; `npm run check` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown', File: 'File' },
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
