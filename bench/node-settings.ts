// `node bench/semi-space.ts [--sizes 8,16,32,64] [--rounds 2] [--seconds 4]`: how the young
// generation's size (`--max-semi-space-size`, MiB) trades the gateway's CPU per request (time in
// scavenges) against its peak RSS. Each setting gets a fresh gateway process against one sandbox;
// the settings are interleaved over the rounds, so a noisy machine slows them alike. Customer 360
// and the alert queue, 32 clients, no added latency. Besides CPU per request and peak RSS, which a
// busy machine blurs, each gateway writes a CPU profile and the table gives the share of its busy
// time spent in the garbage collector: a ratio within one process, robust to other load. Prints a
// table; writes nothing.
import '../src/runtime.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { load } from './load.ts';
import { benchGatewayEnv, startService } from './processes.ts';
import { scenarios } from './scenarios/all.ts';
import { operationText } from './scenarios/scenario.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '8,16,32,64').split(',').map(Number);
const rounds = Number(arg('rounds', '2'));
const seconds = Number(arg('seconds', '4'));
const picked = scenarios.filter((s) => s.name === 'customer-360' || s.name === 'alert-queue');

const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
const rows: { semi: number; scenario: string; round: number; rps: number; cpu: number; rss: number }[] = [];
const gcShares: { semi: number; share: number }[] = [];
try {
  for (let round = 1; round <= rounds; round++) {
    for (const semi of sizes) {
      const profiles = mkdtempSync(join(tmpdir(), 'semi-space-'));
      const gateway = await startService(
        `gateway semi ${semi}`,
        './serve-gateway.ts',
        benchGatewayEnv(sandbox.url, SANDBOX_CREDENTIALS.user, SANDBOX_CREDENTIALS.key),
        [`--max-semi-space-size=${semi}`, '--cpu-prof', `--cpu-prof-dir=${profiles}`],
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
            semi,
            scenario: s.name,
            round,
            rps: r.rps,
            cpu: r.cpuMsPerRequest ?? Number.NaN,
            rss: r.peakRssMb ?? Number.NaN,
          });
          console.log(
            `semi ${semi} ${s.name} round ${round}: ${r.rps.toFixed(0)} req/s, ${r.cpuMsPerRequest?.toFixed(2)} ms CPU/req, peak RSS ${r.peakRssMb?.toFixed(0)} MiB`,
          );
        }
      } finally {
        await gateway.stop();
      }
      const share = gcShare(join(profiles, readdirSync(profiles)[0] as string));
      rmSync(profiles, { recursive: true, force: true });
      gcShares.push({ semi, share });
      console.log(`semi ${semi} round ${round}: ${(share * 100).toFixed(1)} % of busy time in GC`);
    }
  }
} finally {
  await sandbox.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log('\n| semi-space MiB | GC share of busy CPU (median over rounds) |');
console.log('|---:|---:|');
for (const semi of sizes) {
  const share = median(gcShares.filter((g) => g.semi === semi).map((g) => g.share));
  console.log(`| ${semi} | ${(share * 100).toFixed(1)} % |`);
}
console.log('\n| semi-space MiB | scenario | CPU ms/req (median) | vs largest | peak RSS MiB (max) |');
console.log('|---:|---|---:|---:|---:|');
for (const s of picked) {
  const of = (semi: number) => rows.filter((r) => r.semi === semi && r.scenario === s.name);
  const base = median(of(Math.max(...sizes)).map((r) => r.cpu));
  for (const semi of sizes) {
    const cpu = median(of(semi).map((r) => r.cpu));
    const rss = Math.max(...of(semi).map((r) => r.rss));
    console.log(
      `| ${semi} | ${s.name} | ${cpu.toFixed(2)} | ${(cpu / base).toFixed(2)}× | ${rss.toFixed(0)} |`,
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
