// `node bench/per-call.ts [--calls=10000] [--rounds=3]`: the CPU one Algoreg call costs this
// process, 8 in flight, against the sandbox in its own process: Get customer through a bare undici
// pool with `JSON.parse` (what the direct service does), through the gateway's HTTP layer
// (breaker, retries, timeouts, metrics, the request's trace, the one-pass reader) and through the
// typed client a resolver uses. The difference is what the gateway adds to every call.
// `--ways=2 --rounds=5` with `node --cpu-prof` profiles one of them.
import '../src/runtime.ts';
import { Pool } from 'undici';
import { connectAlgoreg, createAlgoregClient, UpstreamTrace } from '../src/algoreg/client.ts';
import { customerDetail } from '../src/algoreg/wire/customer.ts';
import { loadConfig, SANDBOX_CREDENTIALS } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createMetrics } from '../src/observability/metrics.ts';
import { median, option } from './cli.ts';
import { benchGatewayEnv, type Service, startService } from './processes.ts';

const calls = Number(option('calls') ?? 10_000);
const rounds = Number(option('rounds') ?? 3);
/** `--ways=1,2`: only these (by position), e.g. to profile one with `--cpu-prof`. */
const only = option('ways')?.split(',').map(Number);

const services: Service[] = [];
try {
  const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
  services.push(sandbox);
  const { user, key } = SANDBOX_CREDENTIALS;
  const config = loadConfig(benchGatewayEnv(sandbox.url, user, key));
  const logger = createLogger('warn');
  const connection = connectAlgoreg(config.upstream, logger, createMetrics().observer);
  const pool = new Pool(sandbox.url, { connections: config.upstream.connections, pipelining: 1 });
  const authorization = `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;
  const ids = Array.from({ length: 100 }, (_, i) => `C-${String(i + 1).padStart(4, '0')}`);
  const id = (i: number) => ids[i % ids.length] as string;
  const trace = () => new UpstreamTrace(Number.POSITIVE_INFINITY, logger, config.requestTimeoutMs);
  const all: Record<string, (i: number) => Promise<unknown>> = {
    'undici + JSON.parse': async (i) => {
      const res = await pool.request({
        method: 'GET',
        path: `/api/v1/customers/${id(i)}`,
        headers: { authorization, accept: 'application/json' },
      });
      return JSON.parse(await res.body.text());
    },
    'gateway HTTP layer': (i) =>
      connection.http.json('getCustomer', customerDetail, {
        params: { customer_external_id: id(i) },
        trace: trace(),
      }),
    'typed client': (i) => createAlgoregClient(connection, trace()).customer.getDetail(id(i)),
  };
  const ways = Object.fromEntries(Object.entries(all).filter((_, i) => !only || only.includes(i + 1)));
  const run = async (call: (i: number) => Promise<unknown>, n: number) => {
    let next = 0;
    const before = process.cpuUsage();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < n) await call(next++);
      }),
    );
    const used = process.cpuUsage(before);
    return (used.user + used.system) / n;
  };
  for (const call of Object.values(ways)) await run(call, calls / 4);
  const results: Record<string, number[]> = {};
  // Interleaved, so a slower spell of a shared machine falls on every way alike.
  for (let r = 0; r < rounds; r++)
    for (const [name, call] of Object.entries(ways)) {
      results[name] ??= [];
      results[name].push(await run(call, calls));
    }
  console.log('way | µs CPU per call (median) | rounds');
  for (const [name, us] of Object.entries(results)) {
    console.log(`${name} | ${median(us).toFixed(1)} | ${us.map((x) => x.toFixed(1)).join(', ')}`);
  }
  await pool.close();
  await connection.close();
} finally {
  for (const s of services.reverse()) await s.stop();
}
