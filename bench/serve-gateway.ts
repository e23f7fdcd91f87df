// The gateway in its own process, for the benchmark: the same startApp() as `npm start`, pointed at
// the benchmark's sandbox as if it were a real Algoreg tenant (ALGOREG_BASE_URL and credentials).
// With WORKERS > 1, the same cluster as `npm start` (src/cluster.ts): this process is its primary.
import cluster from 'node:cluster';
import { startApp } from '../src/app.ts';
import { startPrimary } from '../src/cluster.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { announce } from './processes.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
const logger = createLogger(config.logLevel);
const running =
  cluster.isPrimary && config.workers > 1
    ? await startPrimary(config, logger)
    : await startApp(config, logger);
if (cluster.isPrimary) announce(running.url);
process.on('SIGTERM', () => void running.close(0).then(() => process.exit(0)));
