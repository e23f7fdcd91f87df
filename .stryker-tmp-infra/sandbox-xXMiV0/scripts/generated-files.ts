// @ts-nocheck
// What `npm run generate` writes and `npm run check` compares: the schema SDL, then everything
// graphql-codegen makes from it: codegen.ts (client/ and the client package, whose
// persisted-documents manifest moves to the name the gateway and the breaking-change check read)
// and the back-office example's own operations (its codegen.ts, as a team would have one).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CodegenConfig, generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';
import backOffice from '../examples/back-office/codegen.ts';
import { readmeWithTable } from './print-endpoints.ts';
import { schemaSdl } from './print-schema.ts';

export interface GeneratedFile {
  /** Relative to the repository's root. */
  filename: string;
  content: string;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const renamed: Record<string, string> = {
  'packages/client/src/generated/persisted-documents.json': 'packages/client/persisted-operations.json',
};

async function run(codegen: CodegenConfig): Promise<GeneratedFile[]> {
  const outputs = (await generate({ ...codegen, silent: true }, false)) as GeneratedFile[];
  return outputs.map((f) => {
    const filename = relative(root, fileURLToPath(new URL(f.filename, `file://${root}`)));
    return {
      filename: renamed[filename] ?? filename,
      content: filename.endsWith('.json') ? `${f.content}\n` : f.content,
    };
  });
}

/**
 * Codegen's outputs, in memory. The gateway's read `schema/schema.graphql`; the example's read the
 * package's `schema.graphql`, so `write` (when given) stores the first before the second run.
 */
export async function codegenFiles(write?: (files: GeneratedFile[]) => void): Promise<GeneratedFile[]> {
  const own = await run(config);
  write?.(own);
  const example = await run(backOffice);
  write?.(example);
  return [...own, ...example];
}

export const schemaFile = (): GeneratedFile => ({ filename: 'schema/schema.graphql', content: schemaSdl() });

/** README.md with its Algoreg operations table written from src/algoreg/endpoints.ts. */
export const readmeFile = (): GeneratedFile => ({ filename: 'README.md', content: readmeWithTable() });
