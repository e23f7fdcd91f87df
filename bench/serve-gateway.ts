// The gateway in its own process, for the benchmark: the same startApp() as `npm start`, pointed at
// the benchmark's sandbox as if it were a real Algoreg tenant (ALGOREG_BASE_URL and credentials).
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { announce } from './processes.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
const app = await startApp(config, createLogger(config.logLevel));
announce(app.url);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
