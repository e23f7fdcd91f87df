// @ts-nocheck
// The gateway in its own process, for the benchmark: the same startApp() as `npm start`, pointed at
// the benchmark's sandbox as if it were a real Algoreg tenant (ALGOREG_BASE_URL and credentials).
// With OTEL_EXPORTER_OTLP_ENDPOINT it starts the OpenTelemetry SDK first, as main.ts does.
// With WORKERS > 1, the same cluster as `npm start` (src/cluster.ts): this process is its primary.
import cluster from 'node:cluster';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { announce } from './processes.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
const logger = createLogger(config.logLevel);
const tracing = config.otlpEndpoint
  ? (await import('../src/observability/tracing.ts')).startTracing(config, logger)
  : undefined;
const { startApp } = await import('../src/app.ts');
const { startPrimary } = await import('../src/cluster.ts');
const running =
  cluster.isPrimary && config.workers > 1
    ? await startPrimary(config, logger)
    : await startApp(config, logger);
if (cluster.isPrimary) announce(running.url);
process.on('SIGTERM', async () => {
  await running.close(0);
  await tracing?.shutdown();
  process.exit(0);
});
