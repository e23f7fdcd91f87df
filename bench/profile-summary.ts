// `node bench/profile-summary.ts <file.cpuprofile | dir> [--top=40]`: where a V8 CPU profile (as
// `npm run bench -- --quick --profile` writes for the gateway) spends its time. Sums self time by
// function, by file and by package (node_modules/<pkg>, our src/<dir>, node: internals, V8's
// (garbage collector) / (program) / (idle)), and inclusive time for our own functions. Shares are
// of busy time (idle excluded).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { option } from './cli.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const arg = process.argv[2];
if (!arg) {
  console.error('usage: node bench/profile-summary.ts <file.cpuprofile | dir> [--top=40]');
  process.exit(2);
}
const top = Number(option('top') ?? 40);
const files = statSync(arg).isDirectory()
  ? readdirSync(arg)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(arg, f))
  : [arg];

/** `node_modules/@scope/pkg`, `src/<dir>`, `node:<module>` or V8's own bucket. */
function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return url.split('/')[0] as string;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] as string);
  }
  const src = url.indexOf('/src/');
  if (src >= 0) {
    const rest = url.slice(src + 1).split('/');
    return rest.length > 2 ? `${rest[0]}/${rest[1]}` : (rest[0] as string);
  }
  return url.replace(/^file:\/\//, '');
}
function fileOf(url: string, name: string): string {
  if (!url) return name;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
const byPkg = new Map<string, number>();
const inclusiveOurs = new Map<string, number>();
let total = 0;
let idle = 0;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  for (const [id, us] of self) {
    const n = byId.get(id) as ProfileNode;
    const { functionName, url, lineNumber } = n.callFrame;
    const name = functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    add(byFn, `${name} ${fileOf(url, '')}:${lineNumber + 1}`, us);
    add(byFile, fileOf(url, name), us);
    add(byPkg, packageOf(url, name), us);
    // Inclusive time of our own functions (src/): each distinct one on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = (byId.get(cur) as ProfileNode).callFrame;
      if (!f.url.includes('/src/') || f.url.includes('node_modules')) continue;
      const key = `${f.functionName || '(anonymous)'} ${fileOf(f.url, '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusiveOurs, key, us);
    }
  }
}

const print = (title: string, m: Map<string, number>, n = top) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(
      `${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    );
};
console.log(
  `${files.length} profile(s): busy ${(total / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms`,
);
print('self time by package', byPkg, 25);
print('self time by file', byFile, 30);
print('self time by function', byFn);
print('inclusive time of our own functions (src/)', inclusiveOurs, 25);
