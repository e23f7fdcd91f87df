import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { startEmbeddedSandbox } from './embedded-sandbox.ts';
import { relayBetweenWorkers } from './live/cluster-bus.ts';
import { WEBHOOK_PATH } from './live/webhook.ts';
import type { Sandbox } from './sandbox/server.ts';

/**
 * `WORKERS` > 1: this process becomes the cluster's primary. It serves no GraphQL itself; it forks
 * one gateway process per worker (node:cluster, sharing the port: the primary accepts connections
 * and hands them round-robin to the workers), restarts a worker that dies, and on shutdown lets
 * every worker drain as a single process would.
 *
 * The embedded sandbox runs here, once: it keeps its data in memory, so one sandbox per worker
 * would show each client a different Algoreg depending on the connection it landed on (a customer
 * saved through one worker missing from the next query). Workers are told its port and reach it
 * over HTTP like any upstream.
 */
export interface Primary {
  /** Base URL the workers listen on, e.g. http://localhost:4000 */
  url: string;
  /** The embedded sandbox, when no upstream is configured. */
  sandbox: Sandbox | undefined;
  /** Process ids of the workers running now. */
  workerPids(): number[];
  /**
   * Sends SIGTERM to every worker (each drains for up to `graceMs`, as a single process does),
   * waits for them to exit (SIGKILL after `graceMs` + 5 s), then closes the sandbox.
   */
  close(graceMs: number): Promise<void>;
}

/** First restart delay after a worker dies; doubled for each death in a row, up to the maximum. */
const RESTART_MIN_MS = 100;
const RESTART_MAX_MS = 10_000;
/** A worker that ran this long before dying was healthy: the next restart is immediate again. */
const HEALTHY_AFTER_MS = 30_000;

/** The sandbox a worker should use: the primary's, whose port it was given (see startPrimary). */
export function primarySandboxUrl(config: Config): string | undefined {
  return cluster.isWorker && !config.upstream.baseUrl ? `http://127.0.0.1:${config.sandbox.port}` : undefined;
}

export async function startPrimary(config: Config, logger: Logger): Promise<Primary> {
  let sandbox: Sandbox | undefined;
  const env: Record<string, string> = {};
  relayBetweenWorkers();
  if (!config.upstream.baseUrl) {
    sandbox = await startEmbeddedSandbox(config);
    env.SANDBOX_PORT = new URL(sandbox.url).port;
    // Its webhooks go to whichever worker takes the connection, with a token every worker knows.
    env.ALGOREG_WEBHOOK_TOKEN = config.live.webhookToken ?? randomBytes(24).toString('base64url');
    logger.info(
      { upstream: sandbox.url },
      `No ALGOREG_BASE_URL: using the embedded Algoreg sandbox at ${sandbox.url} (run once, by the primary)`,
    );
  }

  let stopping = false;
  let deathsInRow = 0;
  const started = new Map<Worker, number>();
  const restarts = new Set<NodeJS.Timeout>();
  let listening: ((address: AddressInfo) => void) | undefined;
  const firstListening = new Promise<AddressInfo>((resolve) => {
    listening = resolve;
  });
  let ready = 0;

  const fork = () => {
    const worker = cluster.fork(env);
    started.set(worker, Date.now());
    worker.once('listening', (address: AddressInfo) => {
      logger.info({ worker: worker.id, workerPid: worker.process.pid }, 'worker listening');
      ready += 1;
      if (ready === config.workers) listening?.(address);
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? Date.now());
    started.delete(worker);
    if (stopping) return;
    deathsInRow = lived >= HEALTHY_AFTER_MS ? 1 : deathsInRow + 1;
    const wait = Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** (deathsInRow - 1));
    logger.error(
      { worker: worker.id, workerPid: worker.process.pid, code, signal, restartInMs: wait },
      'worker died: restarting it',
    );
    const timer = setTimeout(() => {
      restarts.delete(timer);
      if (!stopping) fork();
    }, wait);
    restarts.add(timer);
  });

  for (let i = 0; i < config.workers; i++) fork();
  const address = await firstListening;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  if (sandbox && env.ALGOREG_WEBHOOK_TOKEN && !config.sandbox.webhookUrl) {
    const local = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    sandbox.webhooks.configure({
      url: `http://${local}:${address.port}${WEBHOOK_PATH}`,
      token: env.ALGOREG_WEBHOOK_TOKEN,
    });
  }

  return {
    url: `http://${host}:${address.port}`,
    sandbox,
    workerPids: () =>
      [...started.keys()].flatMap((w) => (w.process.pid === undefined ? [] : [w.process.pid])),
    close: async (graceMs) => {
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      const workers = [...started.keys()];
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              const force = setTimeout(() => worker.process.kill('SIGKILL'), graceMs + 2_000);
              worker.once('exit', () => {
                clearTimeout(force);
                resolve();
              });
              worker.process.kill('SIGTERM');
            }),
        ),
      );
      await sandbox?.close();
    },
  };
}
