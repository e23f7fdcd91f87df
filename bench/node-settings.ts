// `node bench/node-settings.ts [--sizes 8,16,32,64] [--rounds 2] [--seconds 4]` or
// `… --variants '--max-semi-space-size=32;--max-semi-space-size=32 MALLOC_ARENA_MAX=2'`: how a
// setting of the gateway's Node process (a flag such as the young generation's size,
// `--max-semi-space-size` in MiB, or an environment variable such as glibc's `MALLOC_ARENA_MAX`)
// trades its CPU per request against its peak RSS. `--sizes` is short for one variant per
// semi-space size; a variant is space-separated flags (`--…`) and variables (`NAME=value`). Each
// variant gets a fresh gateway process against one sandbox; the variants are interleaved over the
// rounds, so a noisy machine slows them alike. Customer 360 and the alert queue (or
// `--scenarios customer-page,transaction-review`), 32 clients, no added latency. Besides CPU per request and peak RSS, which a busy machine blurs, each gateway
// writes a CPU profile and the table gives the share of its busy time spent in the garbage
// collector: a ratio within one process, robust to other load. Prints a table; writes nothing.
import '../src/runtime.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { median } from './cli.ts';
import { load } from './load.ts';
import { benchGatewayEnv, startService } from './processes.ts';
import { scenarios } from './scenarios/all.ts';
import { operationText } from './scenarios/scenario.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const variants = (
  process.argv.includes('--variants')
    ? arg('variants', '').split(';')
    : arg('sizes', '8,16,32,64')
        .split(',')
        .map((size) => `--max-semi-space-size=${size}`)
)
  .map((v) => v.trim())
  .filter(Boolean);
/** A variant's Node flags and environment variables. */
function settings(variant: string): { flags: string[]; env: Record<string, string> } {
  const tokens = variant.split(/\s+/);
  const env = Object.fromEntries(
    tokens
      .filter((t) => !t.startsWith('--'))
      .map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]),
  );
  return { flags: tokens.filter((t) => t.startsWith('--')), env };
}
const rounds = Number(arg('rounds', '2'));
const seconds = Number(arg('seconds', '4'));
const chosen = arg('scenarios', 'customer-360,alert-queue').split(',');
const picked = scenarios.filter((s) => chosen.includes(s.name));

const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
const rows: { variant: string; scenario: string; round: number; rps: number; cpu: number; rss: number }[] =
  [];
const gcShares: { variant: string; share: number }[] = [];
try {
  for (let round = 1; round <= rounds; round++) {
    for (const variant of variants) {
      const profiles = mkdtempSync(join(tmpdir(), 'node-settings-'));
      const { flags, env } = settings(variant);
      const gateway = await startService(
        `gateway ${variant}`,
        './serve-gateway.ts',
        { ...benchGatewayEnv(sandbox.url, SANDBOX_CREDENTIALS.user, SANDBOX_CREDENTIALS.key), ...env },
        [...flags, '--cpu-prof', `--cpu-prof-dir=${profiles}`],
      );
      try {
        for (const s of picked) {
          const requests = [
            {
              method: 'POST',
              path: '/graphql',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: operationText(s.operationFile), variables: s.variables }),
            },
          ];
          await load({ url: gateway.url, requests, connections: 32, duration: 2 });
          const r = await load({
            url: gateway.url,
            requests,
            connections: 32,
            duration: seconds,
            pid: gateway.pid,
          });
          rows.push({
            variant,
            scenario: s.name,
            round,
            rps: r.rps,
            cpu: r.cpuMsPerRequest ?? Number.NaN,
            rss: r.peakRssMb ?? Number.NaN,
          });
          console.log(
            `${variant} ${s.name} round ${round}: ${r.rps.toFixed(0)} req/s, ${r.cpuMsPerRequest?.toFixed(2)} ms CPU/req, peak RSS ${r.peakRssMb?.toFixed(0)} MiB`,
          );
        }
      } finally {
        await gateway.stop();
      }
      const share = gcShare(join(profiles, readdirSync(profiles)[0] as string));
      rmSync(profiles, { recursive: true, force: true });
      gcShares.push({ variant, share });
      console.log(`${variant} round ${round}: ${(share * 100).toFixed(1)} % of busy time in GC`);
    }
  }
} finally {
  await sandbox.stop();
}

console.log('\n| setting | GC share of busy CPU (median over rounds) |');
console.log('|---|---:|');
for (const variant of variants) {
  const share = median(gcShares.filter((g) => g.variant === variant).map((g) => g.share));
  console.log(`| \`${variant}\` | ${(share * 100).toFixed(1)} % |`);
}
console.log(
  '\n| setting | scenario | req/s (median) | CPU ms/req (median) | vs first | peak RSS MiB (max) |',
);
console.log('|---|---|---:|---:|---:|---:|');
for (const s of picked) {
  const of = (variant: string) => rows.filter((r) => r.variant === variant && r.scenario === s.name);
  const base = median(of(variants[0] as string).map((r) => r.cpu));
  for (const variant of variants) {
    const cpu = median(of(variant).map((r) => r.cpu));
    const rps = median(of(variant).map((r) => r.rps));
    const rss = Math.max(...of(variant).map((r) => r.rss));
    console.log(
      `| \`${variant}\` | ${s.name} | ${rps.toFixed(0)} | ${cpu.toFixed(2)} | ${(cpu / base).toFixed(2)}× | ${rss.toFixed(0)} |`,
    );
  }
}

/** Share of a CPU profile's non-idle time spent in the garbage collector. */
function gcShare(file: string): number {
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const name = new Map(p.nodes.map((n) => [n.id, n.callFrame.functionName]));
  let busy = 0;
  let gc = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    const fn = name.get(id);
    if (fn === '(idle)') return;
    busy += dt;
    if (fn === '(garbage collector)') gc += dt;
  });
  return gc / busy;
}
