// @ts-nocheck
// Fails when schema/schema.graphql, client/ or packages/client's generated files differ from what
// `npm run generate` would write.
import '../src/runtime.ts';
import { readFileSync } from 'node:fs';
import { codegenFiles, readmeFile, schemaFile } from './generated-files.ts';

const read = (path: string) => {
  try {
    return readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
};

const stale: string[] = [];
for (const file of [schemaFile(), readmeFile(), ...(await codegenFiles())]) {
  if (read(file.filename) !== file.content) stale.push(file.filename);
}

if (stale.length) {
  console.error(`Generated files are stale: ${stale.join(', ')}. Run \`npm run generate\` and commit.`);
  process.exit(1);
}
console.log('Generated files are up to date.');
