import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { type AlgoregConnection, connectAlgoreg } from './algoreg/client.ts';
import { Door } from './callers/door.ts';
import type { Config } from './config.ts';
import { downloadRoute } from './download.ts';
import { createGateway, type Route } from './gateway.ts';
import { graphiqlAssetRoute } from './graphiql.ts';
import { healthRoute, type Lifecycle } from './health.ts';
import { createMetrics, metricsRoute } from './observability/metrics.ts';
import { createSandbox, type Sandbox } from './sandbox/server.ts';

/** Routes served beside /graphql. */
const routes: Route[] = [downloadRoute, graphiqlAssetRoute];

export interface RunningApp {
  /** Base URL of the gateway, e.g. http://127.0.0.1:4000 */
  url: string;
  /** The embedded sandbox, when no upstream is configured. */
  sandbox: Sandbox | undefined;
  connection: AlgoregConnection;
  /**
   * Stops accepting connections and closes idle ones, lets in-flight requests finish for up to
   * `graceMs` (default 0), then cuts what is left and closes the pool and the sandbox.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Config → sandbox (only when no upstream is configured) → gateway → listen. The same path runs
 * in production, in `npm start` and in the tests.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  let sandbox: Sandbox | undefined;
  let upstream = config.upstream;
  if (!upstream.baseUrl) {
    sandbox = await createSandbox({ port: config.sandbox.port, latencyMs: config.sandbox.latencyMs });
    upstream = { ...upstream, baseUrl: sandbox.url };
    logger.info(
      { upstream: sandbox.url },
      `No ALGOREG_BASE_URL: using the embedded Algoreg sandbox at ${sandbox.url}`,
    );
  } else {
    logger.info({ upstream: upstream.baseUrl, auth: upstream.auth }, `Using Algoreg at ${upstream.baseUrl}`);
  }
  const metrics = createMetrics();
  const connection = connectAlgoreg(upstream, logger, metrics.observer);
  metrics.watch(connection.http);
  const lifecycle: Lifecycle = { draining: false };
  const operations = [healthRoute(lifecycle), metricsRoute(metrics, config.metricsToken)];
  const door = new Door(config, logger);
  const yoga = createGateway({ config, connection, logger, metrics, door }, [...operations, ...routes]);
  // A stalled upload or a slow-loris client is cut (408) once the request or its headers take
  // longer than allowed; Node checks every `connectionsCheckingInterval`, 30 s by default.
  const { requestTimeoutMs, headersTimeoutMs } = config.server;
  const server: Server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(headersTimeoutMs / 10))),
    },
    yoga,
  );
  server.keepAliveTimeout = 65_000;
  // Requests in flight, so a shutdown knows when the last one has been answered.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}`,
    sandbox,
    connection,
    close: async (graceMs = 0) => {
      lifecycle.draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          timer = setTimeout(resolve, graceMs);
        });
      }
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
      await connection.close();
      await sandbox?.close();
      door.audit.close();
    },
  };
}
