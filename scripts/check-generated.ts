// Fails when schema/schema.graphql or client/ differ from what `npm run generate` would write.
import '../src/runtime.ts';
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';
import { readmeWithTable } from './print-endpoints.ts';
import { schemaSdl } from './print-schema.ts';

const stale: string[] = [];
const read = (path: string) => {
  try {
    return readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
};

if (read('schema/schema.graphql') !== schemaSdl()) stale.push('schema/schema.graphql');
if (read('README.md') !== readmeWithTable()) stale.push('README.md (endpoint table)');
const outputs = (await generate({ ...config, silent: true }, false)) as {
  filename: string;
  content: string;
}[];
for (const file of outputs) if (read(file.filename) !== file.content) stale.push(file.filename);

if (stale.length) {
  console.error(`Generated files are stale: ${stale.join(', ')}. Run \`npm run generate\` and commit.`);
  process.exit(1);
}
console.log('Generated files are up to date.');
