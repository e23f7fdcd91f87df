// @ts-nocheck
// `npm run sandbox`: the embedded Algoreg sandbox on its own, for poking at it with curl.
import '../runtime.ts';
import { loadConfig } from '../config.ts';
import { createSandbox } from './server.ts';

const config = loadConfig();
const { port, host, latencyMs, webhookUrl, webhookToken } = config.sandbox;
const webhook = webhookUrl && webhookToken ? { url: webhookUrl, token: webhookToken } : undefined;
const sandbox = await createSandbox({ port, host, latencyMs, webhook });
console.log(`Algoreg sandbox listening on ${sandbox.url}`);
console.log(
  `  credentials: see SANDBOX_CREDENTIALS in src/config.ts; stats at ${sandbox.url}/__sandbox/stats`,
);
console.log(
  webhook
    ? `  webhooks to ${webhook.url}`
    : '  webhooks: none (set SANDBOX_WEBHOOK_URL and SANDBOX_WEBHOOK_TOKEN)',
);
const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
