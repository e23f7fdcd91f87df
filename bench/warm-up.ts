// `node bench/warm-up.ts [--scenario=customer-360] [--windows=8] [--seconds=3]`: how a freshly
// started gateway and direct service speed up under load, window after window (32 clients, no
// added latency): V8 optimises a function only after it has run many times, and the gateway has
// far more code on a request's path than the direct service. The full bench's warm-up per way
// and scenario is chosen from this (README, "Benchmarks").
import '../src/runtime.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { option } from './cli.ts';
import { load } from './load.ts';
import { type Service, startBenchServices } from './processes.ts';
import { scenarios } from './scenarios/all.ts';
import { operationText } from './scenarios/scenario.ts';

const name = option('scenario') ?? 'customer-360';
const windows = Number(option('windows') ?? 8);
const seconds = Number(option('seconds') ?? 3);
const scenario = scenarios.find((s) => s.name === name);
if (!scenario) throw new Error(`no scenario ${name}`);

const services: Service[] = [];
try {
  const { gateway, direct } = await startBenchServices(services, SANDBOX_CREDENTIALS);
  const ways = [
    {
      way: 'gateway',
      service: gateway,
      request: {
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: operationText(scenario.operationFile), variables: scenario.variables }),
      },
    },
    { way: 'direct', service: direct, request: { method: 'GET' as const, path: `/direct/${name}` } },
  ];
  console.log(`${name}: window (${seconds} s each) | way | req/s c32 | server CPU ms/req`);
  // The two take turns, so a slower spell of the machine falls on both.
  for (let w = 0; w < windows; w++)
    for (const { way, service, request } of ways) {
      const r = await load({
        url: service.url,
        requests: [request],
        connections: 32,
        duration: seconds,
        pid: service.pid,
      });
      if (r.failures > 0) throw new Error(`${way}: ${r.failures} failed responses`);
      console.log(`${w + 1} | ${way} | ${r.rps.toFixed(0)} | ${r.cpuMsPerRequest?.toFixed(2)}`);
    }
} finally {
  for (const s of services.reverse()) await s.stop();
}
