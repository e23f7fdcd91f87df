// `node bench/footprint.ts [--seconds=4]`: what the gateway and the direct service hold, each in
// its own process with the Node flags of `npm start`, after a full GC: once started (before any
// request) and again after every scenario's load at concurrency 32. V8 sizes the old generation
// as a multiple of what is live (up to 4× on this machine), so what a process holds for good shows
// up several times over in its peak RSS under load (README, "Memory: what every process holds").
import '../src/runtime.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { option } from './cli.ts';
import { load } from './load.ts';
import { benchGatewayEnv, SERVER_NODE_FLAGS, type Service, startService, UPSTREAM } from './processes.ts';
import { scenarios } from './scenarios/all.ts';
import { operationText } from './scenarios/scenario.ts';

const seconds = Number(option('seconds') ?? 4);
const MiB = 1024 * 1024;
const probe = `--import=${new URL('./footprint-probe.ts', import.meta.url).href}`;
const flags = [...SERVER_NODE_FLAGS, '--expose-gc', probe];

async function footprint(service: Service): Promise<NodeJS.MemoryUsage> {
  const answer = (await service.ask('footprint')) as { footprint: NodeJS.MemoryUsage };
  return answer.footprint;
}

const services: Service[] = [];
try {
  const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
  services.push(sandbox);
  const { user, key } = SANDBOX_CREDENTIALS;
  const gateway = await startService(
    'gateway',
    './serve-gateway.ts',
    benchGatewayEnv(sandbox.url, user, key),
    flags,
  );
  services.push(gateway);
  const direct = await startService(
    'direct',
    './direct/server.ts',
    { ...UPSTREAM, ALGOREG_BASE_URL: sandbox.url },
    flags,
  );
  services.push(direct);
  const rows: string[] = [];
  const row = (name: string, when: string, m: NodeJS.MemoryUsage) =>
    rows.push(
      `| ${name} | ${when} | ${(m.rss / MiB).toFixed(0)} | ${(m.heapUsed / MiB).toFixed(1)} | ${(m.heapTotal / MiB).toFixed(0)} | ${(m.external / MiB).toFixed(1)} |`,
    );
  row('gateway', 'started', await footprint(gateway));
  row('direct', 'started', await footprint(direct));
  for (const s of scenarios) {
    await load({
      url: gateway.url,
      connections: 32,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: operationText(s.operationFile), variables: s.variables }),
        },
      ],
    });
    await load({
      url: direct.url,
      connections: 32,
      duration: seconds,
      requests: [{ method: 'GET', path: `/direct/${s.name}` }],
    });
  }
  row('gateway', 'after load', await footprint(gateway));
  row('direct', 'after load', await footprint(direct));
  console.log(
    '| process | when | RSS MiB | heap used MiB (after a full GC) | heap committed MiB | external MiB |',
  );
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
} finally {
  for (const s of services.reverse()) await s.stop();
}
