// @ts-nocheck
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';

/**
 * A persisted-operations manifest of `schema/operations/` (hash → document) in a temp dir, written
 * by codegen's client preset with `persistedDocuments` (sha256, `sha256:<hex>` keys): the format and
 * hashing of the client package's `packages/client/persisted-operations.json`. Returns its path.
 */
export async function writeTestManifest(): Promise<string> {
  const outputs = (await generate(
    {
      schema: 'schema/schema.graphql',
      documents: ['schema/operations/**/*.graphql'],
      silent: true,
      generates: {
        'manifest/': {
          preset: 'client',
          presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
        },
      },
    },
    false,
  )) as { filename: string; content: string }[];
  const manifest = outputs.find((o) => o.filename.endsWith('persisted-documents.json'));
  if (!manifest) throw new Error('codegen wrote no persisted-documents.json');
  const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-operations.json');
  writeFileSync(path, manifest.content);
  return path;
}
