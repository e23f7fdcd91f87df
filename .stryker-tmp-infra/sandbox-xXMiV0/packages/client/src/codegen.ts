// @ts-nocheck
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

type OutputConfig = CodegenConfig['generates'][string];

/** The gateway's schema (SDL) as shipped in this package. */
export const schemaPath: string = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** How the gateway's custom scalars reach TypeScript. */
export const scalars = {
  Date: 'string',
  DateTime: 'string',
  Decimal: 'string',
  JSON: 'unknown',
  File: 'File',
} as const;

export interface ClientPresetOptions {
  /**
   * Embed each operation's hash in its document (`__meta__.hash`) and write
   * `persisted-documents.json` (hash → document) beside the output. The hash is the SHA-256 (hex)
   * of the operation as codegen normalises and prints it, the key the gateway's persisted
   * operations take (`extensions.persistedQuery.sha256Hash`). Default `false`.
   */
  persistedDocuments?: boolean;
}

/** SHA-256, hex, no prefix: what APQ-style `extensions.persistedQuery.sha256Hash` carries. */
function sha256Hex(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * graphql-codegen's client preset set up as the gateway's own client is: TypedDocumentNodes (not
 * strings), enums as string unions, the gateway's scalars, no fragment masking.
 */
export function clientPresetOutput(options: ClientPresetOptions = {}): OutputConfig {
  return {
    preset: 'client',
    presetConfig: {
      fragmentMasking: false,
      ...(options.persistedDocuments
        ? { persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: sha256Hex } }
        : {}),
    },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      scalars,
      // The preset embeds persisted-document hashes only in its default document mode.
      ...(options.persistedDocuments ? {} : { documentMode: 'documentNode' }),
    },
  };
}

export interface GatewayCodegenOptions {
  /** Where your operations are: `.graphql` files or sources with `graphql(\`…\`)` calls (globs). */
  documents: string | string[];
  /** Output folder of the generated `graphql()` function and types. Default `src/gql/`. */
  output?: string;
  /** The schema: a path or URL. Default: the SDL shipped in this package. */
  schema?: string;
  /** See {@link ClientPresetOptions.persistedDocuments}. Default `false`. */
  persistedDocuments?: boolean;
}

/**
 * A codegen config that types a team's own operations against the gateway's schema:
 * `export default gatewayCodegenConfig({ documents: ['src/**\/*.tsx'] })` in `codegen.ts`, then
 * `npx graphql-codegen`. `graphql('query …')` from the output folder then returns a typed document.
 */
export function gatewayCodegenConfig(options: GatewayCodegenOptions): CodegenConfig {
  return {
    schema: options.schema ?? schemaPath,
    documents: options.documents,
    ignoreNoDocuments: true,
    emitLegacyCommonJSImports: false,
    generates: {
      [options.output ?? 'src/gql/']: clientPresetOutput({ persistedDocuments: options.persistedDocuments }),
    },
  };
}
