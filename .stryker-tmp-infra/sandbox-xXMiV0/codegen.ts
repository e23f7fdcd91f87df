// @ts-nocheck
import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientPresetOutput } from './packages/client/src/codegen.ts';

/**
 * What `npm run generate` writes from `schema/schema.graphql` and the operations in
 * `schema/operations/` (never edited by hand; `npm run check` fails when any is stale):
 * - `packages/client/`: the package frontends install (`@algoreg/graphql-client`), whose generated
 *   documents the tests import too: the TypedDocumentNodes with their persisted-document hashes, urql React hooks, graphcache's introspection, the SDL and
 *   the persisted-operations manifest (see `scripts/generate.ts`, which places it).
 */
const operations = ['schema/operations/**/*.graphql'];
const generated = 'packages/client/src/generated/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: operations,
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    [generated]: clientPresetOutput({ persistedDocuments: true }),
    [`${generated}hooks.ts`]: {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-urql'],
      config: {
        // The hooks take the documents and types of ./graphql.ts instead of declaring their own.
        documentMode: 'external',
        importDocumentNodeExternallyFrom: './graphql.ts',
        importOperationTypesFrom: 'Operations',
        importExtension: '.ts',
        withHooks: true,
        useTypeImports: true,
      },
    },
    [`${generated}introspection.ts`]: {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true },
    },
    'packages/client/schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: false } },
  },
};

export default config;
