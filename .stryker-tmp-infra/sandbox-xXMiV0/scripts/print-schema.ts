// @ts-nocheck
// Prints the schema as sorted SDL to schema/schema.graphql (run by `npm run generate`).
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

export const schemaSdl = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../schema/schema.graphql', import.meta.url), schemaSdl());
}
