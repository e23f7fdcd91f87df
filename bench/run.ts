// `npm run bench [-- --quick]`: what each scenario costs upstream through the gateway, by hand
// (direct) and the N+1 way (naive), against one sandbox, in one run; how the alert queue's cost
// grows with its page (bench/scaling.ts); and, in full mode or with `--workers`, throughput with 1
// and 2 gateway workers. Every server runs in its own process; load comes from this one. Writes
// bench/results/latest.{json,md}, scaling.md and scaling.svg. `--only=scaling,workers` runs just
// those parts (latest.* is then left alone). `--scenarios=customer-360 --latencies=0
// --ways=gateway,direct` runs a subset (no soak, latest.* left alone), e.g. to profile one scenario;
// `node bench/profile-summary.ts <dir>` sums a profile by function, file and package.
import '../src/runtime.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { Request } from 'autocannon';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { median, option } from './cli.ts';
import { combine, type LoadResult, load } from './load.ts';
import {
  benchGatewayEnv,
  memoryOf,
  SERVER_NODE_FLAGS,
  type Service,
  sampleRss,
  startBenchServices,
  startService,
  UPSTREAM,
} from './processes.ts';
import {
  markdown,
  type Ratio,
  type Report,
  type Soak,
  type Target,
  type Way,
  type WayResult,
  type WorkersRow,
} from './report.ts';
import { measureScaling, type ScalingRow, scalingMarkdown, scalingSvg } from './scaling.ts';
import { scenarios as allScenarios } from './scenarios/all.ts';
import { operationText, type Scenario } from './scenarios/scenario.ts';

const quick = process.argv.includes('--quick');
const only = option('only')?.split(',');
const parts = new Set(
  only ?? ['ways', 'scaling', ...(quick && !process.argv.includes('--workers') ? [] : ['workers'])],
);
/**
 * `--profile`: the gateway and the direct service each write a V8 CPU profile (open it in Chrome
 * DevTools, or sum it with bench/profile-summary.ts) when they stop.
 */
const profileDir = process.argv.includes('--profile')
  ? mkdtempSync(join(tmpdir(), 'gateway-profile-'))
  : undefined;
/**
 * Seconds per load window, windows per way (`rounds`, taken in turns), and the floor of requests a
 * slow way still gets in a window.
 */
const settings = quick
  ? {
      c1Seconds: 1,
      c32Seconds: 1,
      rounds: 1,
      warmupSeconds: 1,
      minRequests: 1,
      soakSeconds: 6,
      soakWarmupSeconds: 2,
    }
  : {
      c1Seconds: 2,
      c32Seconds: 3,
      rounds: 3,
      // Long enough for V8 to have optimised each way's code path (bench/warm-up.ts: the gateway's
      // CPU per customer 360 falls from ~3.6 ms in its first 3 s to ~1.8 ms after 9 s, direct's
      // from ~1.2 to ~0.7 ms after 12 s).
      warmupSeconds: 12,
      minRequests: 2,
      soakSeconds: 600,
      soakWarmupSeconds: 10,
    };
/** `--rounds=N`: windows per way, e.g. more of them for a steadier ratio of one scenario. */
settings.rounds = Number(option('rounds') ?? settings.rounds);
/** `--latencies=0` / `--scenarios=customer-360,alert-queue`: a subset, e.g. to profile one scenario. */
const listArg = (name: string) => option(name)?.split(',');
const LATENCIES = listArg('latencies')?.map(Number) ?? [0, 25];
const chosen = listArg('scenarios');
const scenarios = chosen ? allScenarios.filter((s) => chosen.includes(s.name)) : allScenarios;
/** A subset run neither soaks nor writes latest.*: its figures are not the report's. */
const subset = Boolean(chosen || listArg('latencies') || listArg('ways'));
/** The gateway's defaults, given to the direct and naive ways too: same pool, same politeness cap. */
const TOKEN_ROUTE = 'POST /api/v1/token';
/** `--ways=gateway,direct` leaves the naive way out (faster, when only the ratio matters). */
const WAYS: readonly Way[] = (listArg('ways') as Way[] | undefined) ?? ['gateway', 'direct', 'naive'];
/** The targets (issue 16), gateway ÷ direct in the same run. */
const P50_TARGET = 1.05;
const RPS_TARGET: Record<string, number> & { default: number } = { default: 0.75, 'customer-360': 0.6 };
const RSS_TARGET = 1.5;
const SOAK_GROWTH_TARGET_PCT = 5;

const started = performance.now();
const log = (msg: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

const services: Service[] = [];
async function main(): Promise<Report> {
  const {
    sandbox,
    gateway,
    direct: hand,
  } = await startBenchServices(services, SANDBOX_CREDENTIALS, profileDir);
  log(`sandbox ${sandbox.url}, gateway ${gateway.url} (pid ${gateway.pid}), direct/naive ${hand.url}`);

  const control = (path: string, body?: unknown) =>
    fetch(`${sandbox.url}/__sandbox/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);
  /**
   * Waits until the sandbox has seen no call for 150 ms: a load run ends with requests still in
   * flight in the servers, and their upstream calls must not leak into the next measurement.
   */
  const settle = async () => {
    let last = -1;
    for (;;) {
      const { calls } = (await control('stats')) as { calls: number };
      if (calls === last) return;
      last = calls;
      await delay(150);
    }
  };
  /** Fresh counters and seed; faults are cleared by the reset, so latency is put back after it. */
  const resetSandbox = async (latencyMs: number) => {
    await settle();
    await control('reset', {});
    if (latencyMs > 0) await control('faults', { route: '*', kind: 'latency', ms: latencyMs });
  };

  const target = (way: Way, s: Scenario): { url: string; pid: number; request: Request } =>
    way === 'gateway'
      ? {
          url: gateway.url,
          pid: gateway.pid,
          request: {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ query: operationText(s.operationFile), variables: s.variables }),
          },
        }
      : { url: hand.url, pid: hand.pid, request: { method: 'GET', path: `/${way}/${s.name}` } };

  /** One request, its data and upstream round trips, and how long it took. */
  const once = async (way: Way, s: Scenario) => {
    const { url, request } = target(way, s);
    const t0 = performance.now();
    const res = await fetch(url + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: unknown;
      extensions?: { upstream?: { roundTrips: number } };
    };
    const ms = performance.now() - t0;
    if (!res.ok || body.errors)
      throw new Error(`${way} ${s.name}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    const roundTrips =
      way === 'gateway'
        ? (body.extensions?.upstream?.roundTrips ?? Number.NaN)
        : Number(res.headers.get('x-upstream-round-trips'));
    return { data: body.data, roundTrips, ms };
  };

  const results: WayResult[] = [];
  const problems: string[] = [];
  for (const latencyMs of parts.has('ways') ? LATENCIES : []) {
    for (const s of scenarios) {
      let reference: unknown;
      const prepared = [];
      for (const way of WAYS) {
        const { url, pid, request } = target(way, s);
        // The first call of a process fetches its token and opens its connections: not the one
        // measured (token calls are left out of the count anyway). Needed once per process.
        if (latencyMs === LATENCIES[0]) await once(way, s);
        await resetSandbox(latencyMs);
        const answer = await once(way, s);
        const stats = (await control('stats')) as { calls: number; byRoute: Record<string, number> };
        const calls = stats.calls - (stats.byRoute[TOKEN_ROUTE] ?? 0);
        const why = s.check(answer.data);
        if (why) problems.push(`${s.name} ${way}: ${why}`);
        if (way === 'gateway') reference = answer.data;
        const same = isDeepStrictEqual(JSON.parse(JSON.stringify(answer.data)), reference);
        if (!same)
          problems.push(
            `${s.name} ${way} at ${latencyMs} ms: data differs from the gateway's (${firstDifference(reference, answer.data)})`,
          );
        if (latencyMs === LATENCIES[0]) {
          await load({
            url,
            requests: [request],
            connections: 32,
            duration: settings.warmupSeconds,
            ...floor(answer.ms, 32, settings.warmupSeconds),
          });
          // No settle here: the next way's sandbox reset, and every window, settles first.
        }
        prepared.push({
          way,
          url,
          pid,
          requests: [request],
          answer,
          calls,
          same,
          c1: [] as LoadResult[],
          c32: [] as LoadResult[],
        });
      }
      // The ways take turns, window by window (each round starting with the next way), and each
      // figure is the median of its windows: a slower spell of the machine falls on every way alike
      // instead of deciding one way's only window.
      for (let round = 0; round < settings.rounds; round++) {
        for (let i = 0; i < prepared.length; i++) {
          const p = prepared[(round + i) % prepared.length] as (typeof prepared)[number];
          for (const [connections, seconds, into] of [
            [1, settings.c1Seconds, p.c1],
            [32, settings.c32Seconds, p.c32],
          ] as const) {
            await settle();
            into.push(
              await load({
                url: p.url,
                requests: p.requests,
                connections,
                duration: seconds,
                pid: p.pid,
                ...floor(p.answer.ms, connections, seconds),
              }),
            );
          }
        }
      }
      for (const p of prepared) {
        const c1 = combine(p.c1);
        const c32 = combine(p.c32);
        for (const [c, r] of [
          ['c1', c1],
          ['c32', c32],
        ] as const)
          if (r.failures > 0)
            problems.push(`${s.name} ${p.way} ${c} at ${latencyMs} ms: ${r.failures} failed responses`);
        results.push({
          scenario: s.name,
          title: s.title,
          latencyMs,
          way: p.way,
          calls: p.calls,
          roundTrips: p.answer.roundTrips,
          sameDataAsGateway: p.same,
          c1,
          c32,
        });
        log(
          `${latencyMs} ms ${s.name.padEnd(14)} ${p.way.padEnd(7)} calls ${String(p.calls).padStart(3)} rt ${p.answer.roundTrips} ` +
            `p50 c1 ${c1.p50.toFixed(2)} c32 ${c32.p50.toFixed(2)} ms, ${c32.rps.toFixed(0)} req/s (${p.c32.map((r) => r.rps.toFixed(0)).join(', ')}), ` +
            `${c32.cpuMsPerRequest?.toFixed(2)} ms CPU/req, rss ${c32.peakRssMb?.toFixed(0)} MiB`,
        );
      }
    }
  }

  let soak: Soak | undefined;
  if (parts.has('ways') && !subset) {
    log(`soak: gateway, all scenarios, 32 clients, ${settings.soakSeconds} s`);
    await resetSandbox(0);
    soak = await soakGateway(
      gateway,
      scenarios.map((s) => target('gateway', s).request),
    );
    if (soak.failures > 0) problems.push(`soak: ${soak.failures} failed responses`);
    await settle();
    log(
      `soak: ${soak.firstThirdMb.toFixed(0)} → ${soak.lastThirdMb.toFixed(0)} MiB (${soak.growthPct.toFixed(1)} %), ${soak.rps.toFixed(0)} req/s`,
    );
  }

  let scaling: ScalingRow[] | undefined;
  if (parts.has('scaling')) {
    log('scaling: the alert queue at 10, 50, 100 and 500 alerts');
    scaling = await measureScaling(
      {
        gatewayUrl: gateway.url,
        reset: () => resetSandbox(0),
        calls: async () => {
          const stats = (await control('stats')) as { calls: number; byRoute: Record<string, number> };
          return stats.calls - (stats.byRoute[TOKEN_ROUTE] ?? 0);
        },
      },
      quick ? 7 : 25,
    );
    for (const r of scaling) {
      if (r.roundTripsPerPage !== 2)
        problems.push(`scaling ${r.alerts}: ${r.roundTripsPerPage} round trips per page, not 2`);
      if (r.calls - r.pages !== r.distinctCustomers)
        problems.push(`scaling ${r.alerts}: ${r.calls} calls for ${r.distinctCustomers} distinct customers`);
    }
    log(`scaling:\n${scalingMarkdown(scaling)}`);
  }

  let workers: WorkersRow[] | undefined;
  if (parts.has('workers')) {
    workers = [];
    const two = await startService(
      'gateway ×2',
      './serve-gateway.ts',
      {
        ...benchGatewayEnv(sandbox.url, SANDBOX_CREDENTIALS.user, SANDBOX_CREDENTIALS.key),
        WORKERS: '2',
      },
      SERVER_NODE_FLAGS,
    );
    services.push(two);
    for (const s of scenarios.filter((x) => x.name === 'customer-360' || x.name === 'alert-queue')) {
      for (const [n, service] of [
        [1, gateway],
        [2, two],
      ] as const) {
        await resetSandbox(0);
        const request = { ...target('gateway', s).request };
        const common = { url: service.url, requests: [request], connections: 32 };
        await load({ ...common, duration: settings.warmupSeconds });
        await settle();
        const r = await load({ ...common, duration: settings.c32Seconds, pid: service.pid });
        if (r.failures > 0) problems.push(`workers ${n} ${s.name}: ${r.failures} failed responses`);
        workers.push({ scenario: s.title, workers: n, rps: r.rps, cpuMsPerRequest: r.cpuMsPerRequest });
        log(`workers ${n} ${s.name}: ${r.rps.toFixed(0)} req/s, ${r.cpuMsPerRequest?.toFixed(2)} ms CPU/req`);
      }
    }
  }

  const pick = (s: string, latencyMs: number, way: Way) =>
    results.find((w) => w.scenario === s && w.latencyMs === latencyMs && w.way === way);
  const ratios: Ratio[] = [];
  const targets: Target[] = [];
  for (const s of parts.has('ways') ? scenarios : []) {
    for (const latencyMs of LATENCIES) {
      const g = pick(s.name, latencyMs, 'gateway');
      const d = pick(s.name, latencyMs, 'direct');
      if (!g || !d) continue;
      ratios.push({
        scenario: s.name,
        latencyMs,
        p50c1: g.c1.p50 / d.c1.p50,
        p50c32: g.c32.p50 / d.c32.p50,
        rpsc32: g.c32.rps / d.c32.rps,
      });
    }
    const g0 = pick(s.name, 0, 'gateway');
    const d0 = pick(s.name, 0, 'direct');
    const g25 = pick(s.name, 25, 'gateway');
    const d25 = pick(s.name, 25, 'direct');
    const calls = [g0, d0, g25, d25];
    if (calls.some(Boolean))
      targets.push({
        name: 'upstream calls: gateway = direct',
        scenario: s.title,
        measured: `${(g0 ?? g25)?.calls} vs ${(d0 ?? d25)?.calls}`,
        pass: (!g0 || !d0 || g0.calls === d0.calls) && (!g25 || !d25 || g25.calls === d25.calls),
      });
    if (g25 && d25)
      targets.push({
        name: `p50 at 25 ms upstream latency (c1) ≤ ${P50_TARGET.toFixed(2)} × direct`,
        scenario: s.title,
        measured: `${g25.c1.p50.toFixed(1)} vs ${d25.c1.p50.toFixed(1)} ms = ${(g25.c1.p50 / d25.c1.p50).toFixed(2)}×`,
        pass: g25.c1.p50 <= P50_TARGET * d25.c1.p50,
      });
    if (g0 && d0) {
      const floorRps = RPS_TARGET[s.name] ?? RPS_TARGET.default;
      targets.push({
        name: `req/s at no added latency (c32) ≥ ${floorRps.toFixed(2)} × direct`,
        scenario: s.title,
        measured: `${g0.c32.rps.toFixed(0)} vs ${d0.c32.rps.toFixed(0)} = ${(g0.c32.rps / d0.c32.rps).toFixed(2)}×`,
        pass: g0.c32.rps >= floorRps * d0.c32.rps,
      });
    }
    const peak = (w: WayResult | undefined) => w?.c32.peakRssMb;
    const gPeak = Math.max(...[g0, g25].map(peak).filter((v): v is number => v !== undefined));
    const dPeak = Math.max(...[d0, d25].map(peak).filter((v): v is number => v !== undefined));
    if (Number.isFinite(gPeak) && Number.isFinite(dPeak))
      targets.push({
        name: `peak RSS at c32 ≤ ${RSS_TARGET.toFixed(1)} × direct`,
        scenario: s.title,
        measured: `${gPeak.toFixed(0)} vs ${dPeak.toFixed(0)} MiB = ${(gPeak / dPeak).toFixed(2)}×`,
        pass: gPeak <= RSS_TARGET * dPeak,
      });
  }
  if (soak)
    targets.push({
      name: `RSS growth over a ${settings.soakSeconds} s run at c32 < ${SOAK_GROWTH_TARGET_PCT} %${quick ? ' — quick mode: short soak' : ''}`,
      scenario: 'all, mixed',
      measured: `${soak.firstThirdMb.toFixed(0)} → ${soak.lastThirdMb.toFixed(0)} MiB (${soak.growthPct >= 0 ? '+' : ''}${soak.growthPct.toFixed(1)} %)`,
      pass: soak.growthPct < SOAK_GROWTH_TARGET_PCT,
    });

  const notes = [
    'Every way runs in its own process against the same sandbox process; autocannon drives load from a fourth process. The direct and naive ways are served by a small node:http service so that they are loaded exactly like the gateway.',
    `Gateway and direct share the pool settings (${UPSTREAM.ALGOREG_CONNECTIONS} connections) and the cap of ${UPSTREAM.ALGOREG_CONCURRENCY} calls in flight per request (ALGOREG_CONCURRENCY).`,
    'Round trips: waves of overlapping upstream calls in one request (the gateway reports them in extensions.upstream; the direct and naive ways count them the same way). Calls: as the sandbox counted them.',
    `Each way is warmed up for ${settings.warmupSeconds} s per scenario at c32 (at the first latency), then the ways take turns: ${settings.rounds} window(s) each of ${settings.c1Seconds} s at c1 and ${settings.c32Seconds} s at c32; latencies, req/s and CPU per request are the medians of the windows, peak RSS the largest.`,
    `25 ms latency is injected by the sandbox on every route. The gateway runs with LOG_LEVEL=warn and upstream tracing on. The latency target compares p50 at c1; the soak is ${settings.soakSeconds} s${quick ? ' (quick mode; the full run soaks 10 minutes)' : ''} after ${settings.soakWarmupSeconds} s of warm-up, comparing the median RSS of its first and last thirds.`,
    ...problems.map((p) => `PROBLEM: ${p}`),
  ];
  return {
    generatedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: {
      cpus: cpus().length,
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
    },
    settings: { ...settings, latenciesMs: LATENCIES, ...UPSTREAM },
    results,
    ratios,
    soak: soak as Soak,
    targets,
    gatewayPeakRssMb: memoryOf(gateway.pid).peakMb,
    scaling,
    workers,
    notes,
  };
}

/** A slow way still gets a few requests: run until `minRequests` per client instead of a duration. */
function floor(oneRequestMs: number, connections: number, seconds: number): { amount?: number } {
  const perClient = (seconds * 1000) / Math.max(oneRequestMs, 0.1);
  return perClient >= settings.minRequests ? {} : { amount: settings.minRequests * connections };
}

async function soakGateway(gateway: Service, requests: Request[]): Promise<Soak> {
  const sampler = sampleRss(gateway.pid, 1000);
  const result: LoadResult = await load({
    url: gateway.url,
    requests,
    connections: 32,
    duration: settings.soakWarmupSeconds + settings.soakSeconds,
  });
  const all = sampler.stop();
  const samples = all.slice(settings.soakWarmupSeconds);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const firstThirdMb = median(samples.slice(0, third));
  const lastThirdMb = median(samples.slice(-third));
  return {
    seconds: settings.soakSeconds,
    warmupSeconds: settings.soakWarmupSeconds,
    requests: result.requests,
    failures: result.failures,
    rps: result.rps,
    samplesMb: all.map((v) => Math.round(v * 10) / 10),
    firstThirdMb,
    lastThirdMb,
    growthPct: ((lastThirdMb - firstThirdMb) / firstThirdMb) * 100,
  };
}

/** Where two JSON values first differ, as a path, for the report. */
function firstDifference(a: unknown, b: unknown, path = 'data'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

try {
  const report = await main();
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const md = markdown(report);
  if (parts.has('ways') && !subset) {
    writeFileSync(new URL('latest.json', dir), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(new URL('latest.md', dir), md);
    log('wrote bench/results/latest.json and latest.md');
  }
  if (report.scaling) {
    writeFileSync(new URL('scaling.svg', dir), scalingSvg(report.scaling));
    writeFileSync(
      new URL('scaling.md', dir),
      `Alert queue by page size (${report.mode} mode, ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC), no added upstream latency, one client:\n\n${scalingMarkdown(report.scaling)}\n`,
    );
    log('wrote bench/results/scaling.md and scaling.svg');
  }
  console.log(`\n${md}`);
  if (report.notes.some((n) => n.startsWith('PROBLEM'))) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  // Servers first, the sandbox last, so no request in flight loses its upstream.
  for (const s of services.reverse()) await s.stop();
  if (profileDir) log(`CPU profiles of the gateway and the direct service in ${profileDir}/{gateway,direct}`);
}
