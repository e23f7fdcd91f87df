import autocannon, { type Request } from 'autocannon';
import { median } from './cli.ts';
import { cpuMsOf, sampleRss } from './processes.ts';

export interface LoadOptions {
  url: string;
  requests: Request[];
  connections: number;
  /** Seconds to run. */
  duration: number;
  /** Run until this many responses instead of for `duration`. */
  amount?: number;
  /** Process whose RSS is sampled during the run (the server under load). */
  pid?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  rps: number;
  /** Largest RSS of `pid` seen during the run, in MiB. */
  peakRssMb: number | null;
  /** CPU time `pid` spent per answered request (10 ms clock ticks, averaged over the run). */
  cpuMsPerRequest: number | null;
  /** Responses that were not 2xx, carried errors, or failed at the socket. */
  failures: number;
}

/** The q-quantile of sorted numbers (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/**
 * Drives load with autocannon from this process (never the server's). Latencies are taken from
 * autocannon's per-response timings (sub-millisecond; its histogram keeps whole milliseconds).
 */
export function load(opts: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const sampler = opts.pid === undefined ? undefined : sampleRss(opts.pid, 100);
  const cpuBefore = opts.pid === undefined ? undefined : cpuMsOf(opts.pid);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.duration,
        ...(opts.amount ? { amount: opts.amount } : {}),
        timeout: 60,
        requests: opts.requests,
        // A GraphQL error still answers 200: count it as a failure, not a fast response.
        verifyBody: (body) => !body.includes('"errors":'),
      },
      (err, result) => {
        const seconds = (performance.now() - started) / 1000;
        const rss = sampler?.stop();
        const cpu = opts.pid === undefined || cpuBefore === undefined ? null : cpuMsOf(opts.pid) - cpuBefore;
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        resolve({
          requests: times.length,
          seconds,
          p50: quantile(times, 0.5),
          p99: quantile(times, 0.99),
          rps: times.length / result.duration,
          peakRssMb: rss ? Math.max(...rss) : null,
          cpuMsPerRequest: cpu === null || times.length === 0 ? null : cpu / times.length,
          failures: result.non2xx + result.errors + result.mismatches,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  });
}

/**
 * Several windows of the same load as one result: the median of their latencies, rates and CPU per
 * request (a slower spell of a shared machine during one window does not decide the figure), the
 * largest RSS, and the sums of requests, time and failures.
 */
export function combine(runs: readonly LoadResult[]): LoadResult {
  const of = (pick: (r: LoadResult) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  const rss = runs.map((r) => r.peakRssMb).filter((v): v is number => v !== null);
  return {
    requests: runs.reduce((n, r) => n + r.requests, 0),
    seconds: runs.reduce((n, r) => n + r.seconds, 0),
    p50: of((r) => r.p50) ?? Number.NaN,
    p99: of((r) => r.p99) ?? Number.NaN,
    rps: of((r) => r.rps) ?? Number.NaN,
    peakRssMb: rss.length ? Math.max(...rss) : null,
    cpuMsPerRequest: of((r) => r.cpuMsPerRequest),
    failures: runs.reduce((n, r) => n + r.failures, 0),
  };
}
