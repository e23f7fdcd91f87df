// @ts-nocheck
// The Algoreg sandbox in its own process, for the benchmark. Latency is injected per run through
// its fault API, so one sandbox serves every measurement.
import { createSandbox } from '../src/sandbox/server.ts';
import { announce } from './processes.ts';

const sandbox = await createSandbox({ port: 0 });
announce(sandbox.url);
process.on('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
