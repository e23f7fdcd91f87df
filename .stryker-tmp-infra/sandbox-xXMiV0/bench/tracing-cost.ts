// @ts-nocheck
// `node_modules/.bin/node bench/tracing-cost.ts [--quick]`: what OpenTelemetry tracing costs per
// request. Two gateways run side by side against one sandbox, one without OTEL_EXPORTER_OTLP_ENDPOINT
// (tracing off: no SDK loaded) and one with it, exporting over OTLP/HTTP to a stand-in collector in
// this process that answers 200 and counts the spans. They are loaded in alternating rounds, so
// that a busy machine weighs on both alike; the report gives medians over the rounds and the ratios
// on ÷ off. Writes bench/results/tracing.{json,md}.
import '../src/runtime.ts';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { Request } from 'autocannon';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { type LoadResult, load } from './load.ts';
import { type Service, startService } from './processes.ts';
import { alertQueue } from './scenarios/alert-queue.ts';
import { customer360 } from './scenarios/customer-360.ts';
import { operationText, type Scenario } from './scenarios/scenario.ts';

const quick = process.argv.includes('--quick');
/** Requests per load run (counts rather than durations: on a busy machine a slow run still measures). */
const settings = quick ? { rounds: 5, c1: 15, c32: 64 } : { rounds: 5, c1: 50, c32: 320 };
const SCENARIOS: readonly Scenario[] = [alertQueue, customer360];
const WAYS = ['off', 'on'] as const;
type Way = (typeof WAYS)[number];

// The stand-in collector: reads each export, counts its spans, answers as a collector does.
let spansReceived = 0;
const collector = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    spansReceived +=
      Buffer.concat(chunks)
        .toString('utf8')
        .match(/"spanId":/g)?.length ?? 0;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
const collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;

const services: Service[] = [];
try {
  const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
  services.push(sandbox);
  const env = {
    ALGOREG_BASE_URL: sandbox.url,
    ALGOREG_API_USER: SANDBOX_CREDENTIALS.user,
    ALGOREG_API_KEY: SANDBOX_CREDENTIALS.key,
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
  };
  const flags = ['--max-semi-space-size=64'];
  const gateways: Record<Way, Service> = {
    off: await startService('gateway (tracing off)', './serve-gateway.ts', env, flags),
    on: await startService(
      'gateway (tracing on)',
      './serve-gateway.ts',
      { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl },
      flags,
    ),
  };
  services.push(gateways.off, gateways.on);

  const rows: Row[] = [];
  let onRequests = 0;
  for (const s of SCENARIOS) {
    const request: Request = {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: operationText(s.operationFile), variables: s.variables }),
    };
    const runs: Record<Way, { c1: LoadResult[]; c32: LoadResult[] }> = {
      off: { c1: [], c32: [] },
      on: { c1: [], c32: [] },
    };
    for (const way of WAYS) {
      await load({ url: gateways[way].url, requests: [request], connections: 32, duration: 60, amount: 64 });
    }
    for (let round = 0; round < settings.rounds; round++) {
      // Alternating order, so neither way always runs on a machine the other has just warmed.
      for (const way of round % 2 === 0 ? WAYS : [...WAYS].reverse()) {
        const { url, pid } = gateways[way];
        const run = (connections: number, amount: number) =>
          load({ url, requests: [request], connections, duration: 600, amount, pid });
        const c1 = await run(1, settings.c1);
        const c32 = await run(32, settings.c32);
        for (const r of [c1, c32]) {
          if (r.failures > 0) throw new Error(`${s.name} ${way}: ${r.failures} failed responses`);
          if (way === 'on') onRequests += r.requests;
        }
        runs[way].c1.push(c1);
        runs[way].c32.push(c32);
        console.log(
          `[tracing] ${s.name} round ${round + 1} ${way}: p50 c1 ${c1.p50.toFixed(2)} ms, ${c32.rps.toFixed(0)} req/s c32, ${c32.cpuMsPerRequest?.toFixed(2)} ms CPU/req`,
        );
      }
    }
    rows.push(summarise(s, runs));
  }

  // The last batch of spans leaves when the traced gateway stops.
  await gateways.on.stop();
  await delay(200);
  const report = {
    date: new Date().toISOString(),
    quick,
    rounds: settings.rounds,
    rows,
    spansReceived,
    onRequests,
  };
  writeFileSync(new URL('./results/tracing.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  writeFileSync(new URL('./results/tracing.md', import.meta.url), md);
  console.log(md);
} finally {
  await Promise.all(services.map((s) => s.stop()));
  collector.close();
}

interface Row {
  scenario: string;
  off: Figures;
  on: Figures;
}
interface Figures {
  p50c1: number;
  p99c1: number;
  rpsC32: number;
  cpuMsC32: number;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
}

function summarise(s: Scenario, runs: Record<Way, { c1: LoadResult[]; c32: LoadResult[] }>): Row {
  const figures = (way: Way): Figures => ({
    p50c1: median(runs[way].c1.map((r) => r.p50)),
    p99c1: median(runs[way].c1.map((r) => r.p99)),
    rpsC32: median(runs[way].c32.map((r) => r.rps)),
    cpuMsC32: median(runs[way].c32.map((r) => r.cpuMsPerRequest ?? Number.NaN)),
  });
  return { scenario: s.title, off: figures('off'), on: figures('on') };
}

function markdown(report: {
  date: string;
  quick: boolean;
  rounds: number;
  rows: Row[];
  spansReceived: number;
  onRequests: number;
}): string {
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
  const ratio = (on: number, off: number) => `${(on / off).toFixed(2)}×`;
  const lines = [
    `Tracing off vs on (${report.quick ? 'quick' : 'full'} run, ${report.date}, median of ${report.rounds} alternating rounds, no added upstream latency):`,
    '',
    '| scenario | tracing | p50 c1 ms | p99 c1 ms | req/s c32 | server CPU ms/req c32 |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const r of report.rows) {
    for (const way of WAYS) {
      const x = r[way];
      lines.push(
        `| ${r.scenario} | ${way} | ${f(x.p50c1)} | ${f(x.p99c1)} | ${f(x.rpsC32)} | ${f(x.cpuMsC32)} |`,
      );
    }
    lines.push(
      `| ${r.scenario} | **on ÷ off** | ${ratio(r.on.p50c1, r.off.p50c1)} | ${ratio(r.on.p99c1, r.off.p99c1)} | ${ratio(r.on.rpsC32, r.off.rpsC32)} | ${ratio(r.on.cpuMsC32, r.off.cpuMsC32)} |`,
    );
  }
  lines.push(
    '',
    `Spans received by the stand-in collector: ${report.spansReceived} for ${report.onRequests} traced requests under load (plus warm-ups).`,
    '',
  );
  return lines.join('\n');
}
