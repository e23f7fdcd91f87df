import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { type AlgoregConnection, connectAlgoreg } from './algoreg/client.ts';
import { Door } from './callers/door.ts';
import type { Config } from './config.ts';
import { downloadRoute } from './download.ts';
import { startEmbeddedSandbox } from './embedded-sandbox.ts';
import { createGateway, type Route } from './gateway.ts';
import { graphiqlAssetRoute } from './graphiql.ts';
import { healthRoute, type Lifecycle } from './health.ts';
import { createLive } from './live/live.ts';
import { liveMetrics } from './live/metrics.ts';
import { WEBHOOK_PATH, webhookRoute } from './live/webhook.ts';
import { attachWebSockets } from './live/ws.ts';
import { createMetrics, metricsRoute } from './observability/metrics.ts';
import { createTracing } from './observability/spans.ts';
import type { Sandbox } from './sandbox/server.ts';

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

export interface StartOptions {
  /**
   * URL of the embedded sandbox when another process runs it (the cluster's primary, see
   * src/cluster.ts): used instead of starting one here, so that every worker sees the same data.
   */
  sandboxUrl?: string | undefined;
}

/**
 * Config → sandbox (only when no upstream is configured) → gateway → listen. The same path runs
 * in production, in `npm start` and in the tests.
 */
export async function startApp(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  let sandbox: Sandbox | undefined;
  let upstream = config.upstream;
  if (!upstream.baseUrl && options.sandboxUrl) {
    upstream = { ...upstream, baseUrl: options.sandboxUrl };
  } else if (!upstream.baseUrl) {
    sandbox = await startEmbeddedSandbox(config);
    upstream = { ...upstream, baseUrl: sandbox.url };
    logger.info(
      { upstream: sandbox.url },
      `No ALGOREG_BASE_URL: using the embedded Algoreg sandbox at ${sandbox.url}`,
    );
  } else {
    logger.info({ upstream: upstream.baseUrl, auth: upstream.auth }, `Using Algoreg at ${upstream.baseUrl}`);
  }
  if (config.downloads.randomSecret) {
    logger[sandbox ? 'info' : 'warn'](
      'DOWNLOAD_URL_SECRET is unset: download links are signed with a random key of this process, so they stop working when it restarts and on other replicas',
    );
  }
  // The embedded sandbox gets a token of its own making, so live updates work with no set-up.
  const webhookToken =
    config.live.webhookToken ?? (sandbox ? randomBytes(24).toString('base64url') : undefined);
  if (!webhookToken) logger.warn(`ALGOREG_WEBHOOK_TOKEN unset: ${WEBHOOK_PATH} refuses every call`);
  const live = await createLive(config.live, logger, webhookToken);
  const metrics = createMetrics();
  // Spans only with OTEL_EXPORTER_OTLP_ENDPOINT (whose SDK the process entry started); off, none of
  // the tracing code runs.
  const tracing = config.otlpEndpoint && upstream.baseUrl ? createTracing(upstream.baseUrl) : undefined;
  const connection = connectAlgoreg(upstream, logger, metrics.observer, tracing?.upstream, live.cache);
  metrics.watch(connection.http);
  const lifecycle: Lifecycle = { draining: false };
  const operations = [
    healthRoute(lifecycle),
    metricsRoute(metrics, config.metricsToken),
    webhookRoute(live, config.live.webhookMaxBytes, logger, liveMetrics(metrics.registry, live)),
  ];
  const door = new Door(config, logger);
  let yoga: ReturnType<typeof createGateway>;
  try {
    yoga = createGateway({ config, connection, logger, metrics, tracing, live, door }, [
      ...operations,
      ...routes,
    ]);
  } catch (error) {
    // e.g. an unreadable persisted-operations manifest: stop what was started, then say why.
    await connection.close();
    await live.close();
    door.audit.close();
    await sandbox?.close();
    throw error;
  }
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
  const webSockets = attachWebSockets(server, yoga, config, door);
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  if (sandbox && webhookToken && !config.sandbox.webhookUrl) {
    const local = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    sandbox.webhooks.configure({ url: `http://${local}:${port}${WEBHOOK_PATH}`, token: webhookToken });
    logger.info(`The sandbox sends its webhooks to ${WEBHOOK_PATH}: subscriptions see its changes live`);
  }
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
      await webSockets.close();
      server.closeAllConnections();
      await closed;
      await connection.close();
      await sandbox?.close();
      await live.close();
      door.audit.close();
    },
  };
}
