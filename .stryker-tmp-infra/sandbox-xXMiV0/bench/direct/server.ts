// @ts-nocheck
// The direct and naive ways as an HTTP service in their own process, so that at concurrency 32
// they are loaded exactly like the gateway: same client (autocannon), same HTTP hop, own CPU.
// GET /direct/<scenario> or /naive/<scenario> answers `{ data }` like a GraphQL response, with the
// request's upstream cost in `x-upstream-calls` / `x-upstream-round-trips`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_CREDENTIALS } from '../../src/config.ts';
import { announce } from '../processes.ts';
import { scenarios } from '../scenarios/all.ts';
import { DirectAlgoreg } from './algoreg.ts';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

const algoreg = new DirectAlgoreg({
  baseUrl: env('ALGOREG_BASE_URL'),
  user: SANDBOX_CREDENTIALS.user,
  key: SANDBOX_CREDENTIALS.key,
  connections: Number(env('ALGOREG_CONNECTIONS')),
  concurrency: Number(env('ALGOREG_CONCURRENCY')),
});

const server = createServer(async (req, res) => {
  const [, way, name] = (req.url ?? '').split('?')[0]?.split('/') ?? [];
  const scenario = scenarios.find((s) => s.name === name);
  if (!scenario || (way !== 'direct' && way !== 'naive')) {
    res.writeHead(404).end();
    return;
  }
  const api = algoreg.upstream();
  try {
    const data = await scenario[way](api);
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-upstream-calls': String(api.trace.calls),
      'x-upstream-round-trips': String(api.trace.roundTrips),
    });
    res.end(JSON.stringify({ data }));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: String(error) }));
  }
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void algoreg.close().then(() => process.exit(0));
});
