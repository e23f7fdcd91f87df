// @ts-nocheck
// Changes that would break a frontend (run by `npm run check`):
// 1. the schema against the last released one, schema/baseline.graphql (@graphql-inspector/core):
//    a breaking change fails, unless the baseline is moved on purpose with `npm run schema:release`;
// 2. every operation frontends send against the new schema: the client package's manifest
//    (packages/client/persisted-operations.json), or schema/operations/ while there is none.
//
//   node scripts/check-schema.ts [--baseline <file>] [--manifest <file>]
//   node scripts/check-schema.ts --release      writes the current schema to the baseline
import '../src/runtime.ts';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff, validate } from '@graphql-inspector/core';
import { buildSchema, Source } from 'graphql';
import { schema } from '../src/schema/index.ts';
import { schemaSdl } from './print-schema.ts';

const root = new URL('../', import.meta.url);
const { values: args } = parseArgs({
  options: {
    release: { type: 'boolean', default: false },
    baseline: { type: 'string', default: new URL('schema/baseline.graphql', root).pathname },
    manifest: {
      type: 'string',
      default: new URL('packages/client/persisted-operations.json', root).pathname,
    },
  },
});

if (args.release) {
  writeFileSync(args.baseline, schemaSdl());
  console.log(`Released: ${args.baseline} is now the current schema. Commit it with the change it allows.`);
  process.exit(0);
}

let failed = false;

// 1. The schema against the baseline, both read from printed SDL: the code-first schema holds
// internal enum values and directive uses SDL does not, which would show as changes.
const changes = await diff(buildSchema(readFileSync(args.baseline, 'utf8')), buildSchema(schemaSdl()));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
for (const c of dangerous) console.warn(`  dangerous: ${c.message}${c.path ? ` (${c.path})` : ''}`);
if (breaking.length) {
  failed = true;
  console.error(`Breaking schema changes against the released schema (${args.baseline}):`);
  for (const c of breaking) {
    console.error(
      `  ${c.message}${c.path ? ` (${c.path})` : ''}${c.criticality.reason ? `: ${c.criticality.reason}` : ''}`,
    );
  }
  console.error(
    'Frontends built on the released schema would break. Keep the old shape (deprecate it, add beside it), or, to ' +
      'release the break on purpose, run `npm run schema:release` and commit schema/baseline.graphql with it.',
  );
} else {
  console.log(`No breaking schema changes against ${args.baseline} (${changes.length} changes).`);
}

// 2. The operations frontends send, against the new schema.
const fromManifest = existsSync(args.manifest);
const sources = fromManifest
  ? Object.entries(JSON.parse(readFileSync(args.manifest, 'utf8')) as Record<string, string>).map(
      ([hash, document]) => new Source(document, hash),
    )
  : readdirSync(new URL('schema/operations/', root))
      .filter((f) => f.endsWith('.graphql'))
      .map(
        (f) =>
          new Source(readFileSync(new URL(`schema/operations/${f}`, root), 'utf8'), `schema/operations/${f}`),
      );
// Deprecated fields are allowed: deprecation is how a field leaves without a break. Each manifest
// entry holds its own fragments, so it is validated alone; the files of schema/operations/ share theirs.
const options = { strictDeprecated: false };
const invalid = fromManifest
  ? sources.flatMap((source) => validate(schema, [source], options))
  : validate(schema, sources, options);
const where = fromManifest ? args.manifest : 'schema/operations/ (no client manifest yet)';
if (invalid.length) {
  failed = true;
  console.error(`Operations that no longer validate against the schema (${where}):`);
  for (const doc of invalid) for (const e of doc.errors) console.error(`  ${doc.source.name}: ${e.message}`);
} else {
  console.log(`All ${sources.length} operations of ${where} validate against the schema.`);
}

if (failed) process.exit(1);
