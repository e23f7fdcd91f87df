// `npm run test:mutation:score [-- --under=src/algoreg/]`: the mutation score per file from
// Stryker's incremental results (`stryker/incremental.json`), as the Markdown table the README
// keeps. Score = killed (incl. timeouts) ÷ (killed + survived + not covered); static mutants and
// those disabled with a reason are left out, as Stryker's own score does. A run stopped with
// Ctrl-C keeps what it had tested, so a file's row counts the mutants tested so far.
import { readFileSync } from 'node:fs';

interface Mutant {
  status: string;
}
interface Incremental {
  files: Record<string, { mutants: Mutant[] }>;
}

const under = process.argv.find((a) => a.startsWith('--under='))?.slice('--under='.length) ?? 'src/';
const report = JSON.parse(readFileSync('stryker/incremental.json', 'utf8')) as Incremental;

const rows = Object.entries(report.files)
  .filter(([file]) => file.startsWith(under))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, { mutants }]) => {
    const count = (s: string) => mutants.filter((m) => m.status === s).length;
    const killed = count('Killed') + count('Timeout');
    const survived = count('Survived');
    const uncovered = count('NoCoverage');
    return { file, killed, survived, uncovered };
  });

const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)} %` : '–');
console.log('| file | killed | survived | no coverage | score |');
console.log('|---|---:|---:|---:|---:|');
const total = { killed: 0, survived: 0, uncovered: 0 };
for (const r of rows) {
  total.killed += r.killed;
  total.survived += r.survived;
  total.uncovered += r.uncovered;
  console.log(
    `| \`${r.file.slice(under.length)}\` | ${r.killed} | ${r.survived} | ${r.uncovered} | ${pct(r.killed, r.killed + r.survived + r.uncovered)} |`,
  );
}
const tested = total.killed + total.survived + total.uncovered;
console.log(
  `| **all of \`${under}\`** | ${total.killed} | ${total.survived} | ${total.uncovered} | **${pct(total.killed, tested)}** |`,
);
