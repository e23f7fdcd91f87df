// `npm run test:mutation:score [-- --under=src/algoreg/] [--mutants=N]`: the mutation score per
// file from Stryker's incremental results (`stryker/incremental.json`), as the Markdown table the
// README keeps. Score = killed (incl. timeouts) ÷ (killed + survived + not covered); static mutants
// and those disabled with a reason are left out, as Stryker's own score does. A run stopped with
// Ctrl-C keeps what it had tested, so a file's row counts the mutants tested so far; with
// `--mutants=N`, the number Stryker's log says it instrumented under that folder ("Instrumented …
// with N mutant(s)"), the ones it never reached are counted as survivors: a lower bound of the score.
import { readFileSync } from 'node:fs';

interface Mutant {
  status: string;
}
interface Incremental {
  files: Record<string, { mutants: Mutant[] }>;
}

const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
const under = option('under') ?? 'src/';
const instrumented = option('mutants') === undefined ? undefined : Number(option('mutants'));
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
if (instrumented !== undefined) {
  const recorded = Object.entries(report.files)
    .filter(([file]) => file.startsWith(under))
    .reduce((n, [, { mutants }]) => n + mutants.length, 0);
  const untested = instrumented - recorded;
  console.log(
    `\n${untested} of the ${instrumented} mutants instrumented were not reached; counted as survivors, the score is at least ${((100 * total.killed) / (tested + untested)).toFixed(1)} % (${total.killed} of ${tested + untested}).`,
  );
}
