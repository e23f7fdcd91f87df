// `node bench/cpu.ts [--scenarios=customer-page,customer-360] [--requests=200] [--rounds=3]`: the
// server CPU each scenario costs per request, gateway and direct, against one sandbox, no added
// latency. A fixed number of requests (8 clients) per round, after a warm-up; the ratio of CPU
// time is steadier than one of requests per second on a shared machine, so it is what to compare
// while optimising. `--profile` profiles the gateway and the direct service (start and warm-up included).
import '../src/runtime.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { median, option } from './cli.ts';
import { load } from './load.ts';
import { memoryOf, type Service, startBenchServices } from './processes.ts';
import { scenarios as all } from './scenarios/all.ts';
import { operationText } from './scenarios/scenario.ts';

const chosen = option('scenarios')?.split(',');
const scenarios = chosen ? all.filter((s) => chosen.includes(s.name)) : all;
const requests = Number(option('requests') ?? 200);
const rounds = Number(option('rounds') ?? 3);
const profileDir = process.argv.includes('--profile')
  ? mkdtempSync(join(tmpdir(), 'gateway-profile-'))
  : undefined;

const services: Service[] = [];
try {
  const { gateway, direct } = await startBenchServices(services, SANDBOX_CREDENTIALS, profileDir);
  console.log('scenario | gateway CPU ms/req | direct CPU ms/req | ratio (median of rounds)');
  for (const s of scenarios) {
    const ways = {
      gateway: {
        url: gateway.url,
        pid: gateway.pid,
        request: {
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: operationText(s.operationFile), variables: s.variables }),
        },
      },
      direct: {
        url: direct.url,
        pid: direct.pid,
        request: { method: 'GET' as const, path: `/direct/${s.name}` },
      },
    };
    const ratios: number[] = [];
    const cpu = { gateway: [] as number[], direct: [] as number[] };
    for (const w of Object.values(ways))
      await load({ url: w.url, requests: [w.request], connections: 8, duration: 60, amount: requests / 2 });
    for (let r = 0; r < rounds; r++) {
      const per: Record<string, number> = {};
      for (const [name, w] of Object.entries(ways)) {
        const res = await load({
          url: w.url,
          requests: [w.request],
          connections: 8,
          duration: 120,
          amount: requests,
          pid: w.pid,
        });
        if (res.failures) throw new Error(`${s.name} ${name}: ${res.failures} failures`);
        per[name] = res.cpuMsPerRequest ?? Number.NaN;
        cpu[name as keyof typeof cpu].push(per[name] as number);
      }
      ratios.push((per.gateway as number) / (per.direct as number));
    }
    console.log(
      `${s.name} | ${median(cpu.gateway).toFixed(2)} | ${median(cpu.direct).toFixed(2)} | ${median(ratios).toFixed(2)}× (${ratios.map((x) => x.toFixed(2)).join(', ')})`,
    );
  }
  console.log(
    `peak RSS: gateway ${memoryOf(gateway.pid).peakMb.toFixed(0)} MiB, direct ${memoryOf(direct.pid).peakMb.toFixed(0)} MiB`,
  );
} finally {
  for (const s of services.reverse()) await s.stop();
  if (profileDir) console.log(`CPU profiles in ${profileDir}/{gateway,direct}`);
}
