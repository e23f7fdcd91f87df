// @ts-nocheck
// `npm run generate`: schema/schema.graphql, then the typed clients (client/, packages/client/).
import '../src/runtime.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { codegenFiles, type GeneratedFile, readmeFile, schemaFile } from './generated-files.ts';

const root = new URL('../', import.meta.url);
const write = (file: GeneratedFile) => {
  const path = new URL(file.filename, root).pathname;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
};

write(schemaFile());
write(readmeFile());
const files = await codegenFiles((stage) => {
  for (const file of stage) write(file);
});
console.log(`Wrote schema/schema.graphql and ${files.length} generated files.`);
