// @ts-nocheck
// Prints the endpoint table as markdown. `--write` replaces the table in README.md's "Algoreg
// operations and assumptions" section; `npm run check` fails when the README's table is stale.
import '../src/runtime.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { endpoints } from '../src/algoreg/endpoints.ts';

/** A table cell: pipes escaped (also inside code spans, which GitHub's tables need), one line. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function endpointTable(): string {
  const rows = Object.entries(endpoints).map(([name, e]) => {
    const status = e.documented ? 'documented' : '**assumed path**';
    const assumption = 'assumption' in e && e.assumption ? e.assumption : '';
    return `| ${cell(e.title)} (\`${name}\`) | \`${e.method} ${e.path}\` | ${status} | ${cell(assumption)} |`;
  });
  return ['| Operation | Method and path | Status | Assumed shape |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

const README = new URL('../README.md', import.meta.url);
const HEADER = '| Operation | Method and path | Status | Assumed shape |';

/** README.md with its endpoint table replaced by the current one. */
export function readmeWithTable(): string {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(HEADER);
  if (start < 0) throw new Error('README.md has no endpoint table');
  let end = text.indexOf('\n\n', start);
  if (end < 0) end = text.length;
  return `${text.slice(0, start)}${endpointTable()}${text.slice(end)}`;
}

if (import.meta.main) {
  if (process.argv.includes('--write')) writeFileSync(README, readmeWithTable());
  else console.log(endpointTable());
}
