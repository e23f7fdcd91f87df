// Prints the endpoint table as markdown (pasted into README.md's "Algoreg operations" section).
import { endpoints } from '../src/algoreg/endpoints.ts';

console.log('| Operation | Method and path | Status | Assumed shape |');
console.log('|---|---|---|---|');
for (const [name, e] of Object.entries(endpoints)) {
  const status = e.documented ? 'documented' : '**assumed path**';
  const assumption = 'assumption' in e ? e.assumption : '';
  console.log(`| ${e.title} (\`${name}\`) | \`${e.method} ${e.path}\` | ${status} | ${assumption} |`);
}
