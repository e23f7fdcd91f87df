import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A service the benchmark started in its own process (sandbox, gateway, direct server). */
export interface Service {
  name: string;
  pid: number;
  url: string;
  /** Sends `message` over IPC and resolves with the next message the service sends back. */
  ask(message: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Starts `bench/<script>` in a child process (plain `node`, which strips the types itself, so
 * the pid is the service's own process) and waits for the `{ url }` message it sends over IPC when it listens.
 */
export async function startService(
  name: string,
  script: string,
  env: Record<string, string>,
  /** Extra node flags, e.g. `--cpu-prof` to profile the service. */
  nodeArgs: string[] = [],
): Promise<Service> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 30 s`)), 30_000);
    child.once('message', (m: { url?: string }) => {
      clearTimeout(timer);
      if (m?.url) resolve(m.url);
      else reject(new Error(`${name} sent an unexpected message`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} has no pid`);
  return {
    name,
    pid,
    url,
    ask: (message) =>
      new Promise((resolve) => {
        child.once('message', resolve);
        child.send(message as Parameters<ChildProcess['send']>[0]);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Tells the parent process where the service listens. */
export function announce(url: string): void {
  process.send?.({ url });
}

/** Resident set size now and at its peak (VmHWM), in MiB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Samples a process's RSS every `everyMs` until stopped; returns every sample in MiB. */
export function sampleRss(pid: number, everyMs: number): { stop(): number[] } {
  const samples: number[] = [memoryOf(pid).rssMb];
  const timer = setInterval(() => samples.push(memoryOf(pid).rssMb), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(memoryOf(pid).rssMb);
      return samples;
    },
  };
}

/**
 * CPU time (user + system) a process and its descendants (a cluster's workers) have used so far, in
 * ms, from /proc/<pid>/stat. A descendant that exited is no longer counted.
 */
export function cpuMsOf(pid: number): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  return own + childrenOf(pid).reduce((sum, child) => sum + cpuMsOf(child), 0);
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Pool settings the gateway and the direct service share in every benchmark. */
export const UPSTREAM = { ALGOREG_CONNECTIONS: '64', ALGOREG_CONCURRENCY: '16' } as const;

/**
 * The gateway's environment in the benchmarks: the sandbox as if it were a real tenant, every
 * feature of the default configuration on, except what a load generator posing as one caller would
 * trip (the per-caller rate limit, an audit line per request: the benchmarks send no mutations).
 */
export function benchGatewayEnv(sandboxUrl: string, user: string, key: string): Record<string, string> {
  return {
    ...UPSTREAM,
    ALGOREG_BASE_URL: sandboxUrl,
    ALGOREG_API_USER: user,
    ALGOREG_API_KEY: key,
    // Per-request info logs would measure pino and a pipe, not the gateway.
    LOG_LEVEL: 'warn',
    UPSTREAM_TRACING: 'true',
    GRAPHIQL: 'false',
    WORKERS: '1',
    RATE_LIMIT_PER_MINUTE: '0',
    AUDIT_LOG: 'off',
  };
}

/** The Node flags `npm start` runs the gateway with (package.json); the direct service gets them too. */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];

/**
 * The sandbox, the gateway pointed at it (see benchGatewayEnv) and the direct/naive service, each
 * in its own process, pushed onto `services` as they start (to stop them whatever happens); with
 * `profileDir`, the gateway and direct write V8 CPU profiles there.
 */
export async function startBenchServices(
  services: Service[],
  credentials: { user: string; key: string },
  profileDir?: string,
): Promise<{ sandbox: Service; gateway: Service; direct: Service }> {
  const flags = (name: string) => [
    ...SERVER_NODE_FLAGS,
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/${name}`] : []),
  ];
  const sandbox = await startService('sandbox', './serve-sandbox.ts', {});
  services.push(sandbox);
  const gateway = await startService(
    'gateway',
    './serve-gateway.ts',
    benchGatewayEnv(sandbox.url, credentials.user, credentials.key),
    flags('gateway'),
  );
  services.push(gateway);
  const direct = await startService(
    'direct',
    './direct/server.ts',
    { ...UPSTREAM, ALGOREG_BASE_URL: sandbox.url },
    flags('direct'),
  );
  services.push(direct);
  return { sandbox, gateway, direct };
}
