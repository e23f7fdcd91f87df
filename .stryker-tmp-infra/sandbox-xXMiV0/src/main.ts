// @ts-nocheck
// Process entry: config → traces (when configured) → app (or, with WORKERS > 1, a cluster of them)
// → listen; graceful shutdown on SIGINT/SIGTERM.
import './runtime.ts';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
// The OpenTelemetry SDK starts before the app's modules load (hence the dynamic imports), so they
// find its tracer provider and context manager registered; without OTEL_EXPORTER_OTLP_ENDPOINT it
// is not even loaded.
const tracing = config.otlpEndpoint
  ? (await import('./observability/tracing.ts')).startTracing(config, logger)
  : undefined;
const { startApp } = await import('./app.ts');
const { primarySandboxUrl, startPrimary } = await import('./cluster.ts');
const running =
  cluster.isPrimary && config.workers > 1
    ? await startPrimary(config, logger)
    : await startApp(config, logger, { sandboxUrl: primarySandboxUrl(config) });
if (cluster.isPrimary) {
  const workers = config.workers > 1 ? `${config.workers} workers, ` : '';
  logger.info(`Algoreg GraphQL gateway ready: ${workers}GraphiQL at ${running.url}/graphql`);
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, graceMs: config.shutdownTimeoutMs }, 'shutting down');
  // In-flight requests get SHUTDOWN_TIMEOUT_MS; closing the pool and the sandbox a little more.
  const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5_000);
  force.unref();
  await running.close(config.shutdownTimeoutMs);
  // The spans of the last requests are still buffered.
  await tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, 'traces not flushed'));
  logger.info('stopped');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled rejection');
});
