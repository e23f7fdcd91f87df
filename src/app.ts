import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { type AlgoregConnection, connectAlgoreg } from './algoreg/client.ts';
import { attachmentDownloadRoute } from './attachment-download.ts';
import type { Config } from './config.ts';
import { downloadRoute } from './download.ts';
import { createGateway, type Route } from './gateway.ts';
import { createSandbox, type Sandbox } from './sandbox/server.ts';

/** Routes served beside /graphql. */
const routes: Route[] = [downloadRoute, attachmentDownloadRoute];

export interface RunningApp {
  /** Base URL of the gateway, e.g. http://127.0.0.1:4000 */
  url: string;
  /** The embedded sandbox, when no upstream is configured. */
  sandbox: Sandbox | undefined;
  connection: AlgoregConnection;
  close(): Promise<void>;
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
  const connection = connectAlgoreg(upstream, logger);
  const yoga = createGateway({ config, connection, logger }, routes);
  const server: Server = createServer(yoga);
  server.keepAliveTimeout = 65_000;
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
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await connection.close();
      await sandbox?.close();
    },
  };
}
