// @ts-nocheck
import type { LoadResult } from './load.ts';
import { type ScalingRow, scalingMarkdown } from './scaling.ts';

export type Way = 'gateway' | 'direct' | 'naive';

export interface WayResult {
  scenario: string;
  title: string;
  latencyMs: number;
  way: Way;
  /** Algoreg calls one request made, as the sandbox counted them (token calls excluded). */
  calls: number;
  /** Waves of overlapping calls: the upstream critical path. */
  roundTrips: number;
  /** Same `data` as the gateway's answer (deep-equal); always true for the gateway itself. */
  sameDataAsGateway: boolean;
  c1: LoadResult;
  c32: LoadResult;
}

export interface Ratio {
  scenario: string;
  latencyMs: number;
  p50c1: number;
  p50c32: number;
  rpsc32: number;
}

export interface Soak {
  seconds: number;
  warmupSeconds: number;
  requests: number;
  failures: number;
  rps: number;
  samplesMb: number[];
  firstThirdMb: number;
  lastThirdMb: number;
  growthPct: number;
}

export interface Target {
  name: string;
  scenario: string;
  measured: string;
  pass: boolean;
}

export interface Report {
  generatedAt: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; node: string; platform: string };
  settings: Record<string, unknown>;
  results: WayResult[];
  ratios: Ratio[];
  soak: Soak;
  targets: Target[];
  gatewayPeakRssMb: number;
  /** The alert queue at growing page sizes (bench/scaling.ts). */
  scaling?: ScalingRow[];
  /** Throughput with 1 and 2 gateway workers against the same sandbox (`--workers`, full mode). */
  workers?: WorkersRow[];
  notes: string[];
}

export interface WorkersRow {
  scenario: string;
  workers: number;
  rps: number;
  /** CPU of the primary and its workers per request. */
  cpuMsPerRequest: number | null;
}

const ms = (v: number) =>
  Number.isNaN(v) ? 'n/a' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
const x = (v: number) => `${v.toFixed(2)}×`;

export function markdown(r: Report): string {
  const out: string[] = [];
  out.push(
    `Benchmark (${r.mode} mode, ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC; ${r.machine.cpus} CPUs, Node ${r.machine.node}). ` +
      'Latencies in ms; c1 / c32 = 1 or 32 concurrent clients; server CPU and RSS = CPU time per request and peak resident memory of the process serving that way (the gateway, or the direct/naive service).',
  );
  if (r.results.length) {
    out.push('');
    out.push(
      '| scenario | upstream latency | way | calls | round trips | p50 c1 | p99 c1 | p50 c32 | p99 c32 | req/s c32 | server CPU ms/req c32 | peak RSS MiB | same data |',
    );
    out.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const w of r.results) {
      out.push(
        `| ${w.title} | ${w.latencyMs} ms | ${w.way} | ${w.calls} | ${w.roundTrips} | ${ms(w.c1.p50)} | ${ms(w.c1.p99)} | ${ms(w.c32.p50)} | ${ms(w.c32.p99)} | ${w.c32.rps.toFixed(0)} | ${w.c32.cpuMsPerRequest?.toFixed(2) ?? 'n/a'} | ${w.c32.peakRssMb?.toFixed(0) ?? 'n/a'} | ${w.sameDataAsGateway ? 'yes' : '**NO**'} |`,
      );
    }
    out.push('');
    out.push('Gateway ÷ direct, same run:');
    out.push('');
    out.push('| scenario | upstream latency | p50 c1 | p50 c32 | req/s c32 |');
    out.push('|---|---|---:|---:|---:|');
    for (const q of r.ratios) {
      const title = r.results.find((w) => w.scenario === q.scenario)?.title ?? q.scenario;
      out.push(`| ${title} | ${q.latencyMs} ms | ${x(q.p50c1)} | ${x(q.p50c32)} | ${x(q.rpsc32)} |`);
    }
    out.push('');
    out.push('| target | scenario | measured | result |');
    out.push('|---|---|---|---|');
    for (const t of r.targets)
      out.push(`| ${t.name} | ${t.scenario} | ${t.measured} | ${t.pass ? 'pass' : '**miss**'} |`);
  }
  if (r.scaling) {
    out.push('');
    out.push(
      'How cost grows: the alert queue at 10, 50, 100 and 500 alerts (five pages of 100), no added latency:',
    );
    out.push('');
    out.push(scalingMarkdown(r.scaling));
  }
  if (r.workers) {
    out.push('');
    out.push('Gateway workers (WORKERS), no added latency, 32 clients, same sandbox:');
    out.push('');
    out.push('| scenario | workers | req/s c32 | CPU ms/req (all processes) |');
    out.push('|---|---:|---:|---:|');
    for (const w of r.workers)
      out.push(
        `| ${w.scenario} | ${w.workers} | ${w.rps.toFixed(0)} | ${w.cpuMsPerRequest?.toFixed(2) ?? 'n/a'} |`,
      );
  }
  out.push('');
  for (const n of r.notes) out.push(`- ${n}`);
  return `${out.join('\n')}\n`;
}
