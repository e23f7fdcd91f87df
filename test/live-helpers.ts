import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { metric } from './metrics.ts';

/** A GraphQL subscription over SSE (`Accept: text/event-stream`), read event by event. */
export interface SseSubscription {
  status: number;
  /** The next `next` event's payload (`{ data, errors }`). */
  next(): Promise<{
    data?: Record<string, unknown> | null;
    errors?: { extensions?: Record<string, unknown> }[];
  }>;
  close(): void;
}

export async function sseSubscribe(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const controller = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    signal: controller.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    status: res.status,
    async next() {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (block.includes('event: next') && data) return JSON.parse(data);
          if (block.includes('event: complete')) throw new Error('subscription completed');
          continue;
        }
        if (!reader) throw new Error(`no stream (status ${res.status})`);
        const { done, value } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

/** Subscribers of a topic on a gateway, read from its `/metrics`. */
export const subscribers = async (url: string, topic: string) =>
  (await metric(url, `gateway_live_subscribers{topic="${topic}"}`)) ?? 0;

/** Waits until a condition holds, checking every 20 ms, for at most `ms`. */
export async function until(condition: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await delay(20);
  }
}

/** POSTs a webhook envelope (or any body) to a gateway. */
export async function postWebhook(url: string, token: string | undefined, body: unknown): Promise<Response> {
  return fetch(`${url}/webhooks/algoreg`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: token }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A back-office action of the sandbox (`POST /__sandbox/…`). */
export async function backOffice(sandboxUrl: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${sandboxUrl}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`back-office ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** A real `redis-server` (Debian's package) on a free port, no persistence. */
export interface RedisServer {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  await until(() => out.includes('Ready to accept connections'), 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}
