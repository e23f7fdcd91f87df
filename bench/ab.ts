// `node bench/ab.ts --base=/tmp/base [--scenarios=customer-360,customer-page] [--requests=400]
// [--rounds=8]`: this checkout's gateway against another checkout's (e.g. `git worktree add
// /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules`), both running at once
// against one sandbox, loaded in turns (8 clients, no added latency; the order alternates each
// round), and their CPU per request compared: the median of the rounds and their ratio. Two full
// runs of `npm run bench` on a shared machine differ by more than most changes do; turns within
// one run do not.
import '../src/runtime.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { median, option } from './cli.ts';
import { load } from './load.ts';
import { benchGatewayEnv, SERVER_NODE_FLAGS, type Service, startService } from './processes.ts';
import { scenarios } from './scenarios/all.ts';
import { operationText } from './scenarios/scenario.ts';

const base = option('base');
if (!base) throw new Error('usage: node bench/ab.ts --base=<another checkout, with node_modules>');
const chosen = (option('scenarios') ?? 'customer-360,customer-page').split(',');
const requests = Number(option('requests') ?? 400);
const rounds = Number(option('rounds') ?? 8);

const services: Service[] = [];
try {
  const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
  services.push(sandbox);
  const env = benchGatewayEnv(sandbox.url, SANDBOX_CREDENTIALS.user, SANDBOX_CREDENTIALS.key);
  const baseScript = pathToFileURL(resolve(base, 'bench/serve-gateway.ts')).href;
  const gateways: Record<'base' | 'this', Service> = {
    base: await startService('base gateway', baseScript, env, SERVER_NODE_FLAGS),
    this: await startService('gateway', './serve-gateway.ts', env, SERVER_NODE_FLAGS),
  };
  services.push(gateways.base, gateways.this);
  console.log('scenario | base CPU ms/req (median) | this CPU ms/req (median) | this ÷ base');
  for (const s of scenarios.filter((x) => chosen.includes(x.name))) {
    const request = {
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operationText(s.operationFile), variables: s.variables }),
    };
    const cpu = { base: [] as number[], this: [] as number[] };
    for (const g of Object.values(gateways))
      await load({ url: g.url, requests: [request], connections: 8, duration: 60, amount: requests });
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const);
      for (const way of order) {
        const g = gateways[way];
        const res = await load({
          url: g.url,
          requests: [request],
          connections: 8,
          duration: 60,
          amount: requests,
          pid: g.pid,
        });
        if (res.failures) throw new Error(`${s.name} ${way}: ${res.failures} failures`);
        cpu[way].push(res.cpuMsPerRequest ?? Number.NaN);
      }
    }
    const [b, t] = [median(cpu.base), median(cpu.this)];
    console.log(`${s.name} | ${b.toFixed(3)} | ${t.toFixed(3)} | ${(t / b).toFixed(3)}`);
  }
} finally {
  for (const s of services.reverse()) await s.stop();
}
