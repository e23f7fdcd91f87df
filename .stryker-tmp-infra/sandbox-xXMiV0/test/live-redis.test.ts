// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertQueueDocument } from '../packages/client/src/generated/graphql.ts';
import { SANDBOX_CREDENTIALS, SANDBOX_SECOND_CREDENTIALS } from '../src/config.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { type Stack, startStack } from './harness.ts';
import {
  backOffice,
  freePort,
  postWebhook,
  type RedisServer,
  sseSubscribe,
  startRedis,
  until,
} from './live-helpers.ts';

const TOKEN = 'webhook-token-for-the-redis-tests';

/** A gateway started as its own process (`node src/main.ts`), as a replica runs. */
interface Replica {
  url: string;
  child: ChildProcess;
  gql(query: unknown, variables?: Record<string, unknown>): Promise<GqlBody>;
}

type GqlBody = {
  // biome-ignore lint/suspicious/noExplicitAny: answers of operations given as documents, read loosely
  data?: Record<string, any> | null;
  errors?: unknown[];
  extensions?: { upstream?: { calls: number; cacheHits?: number } };
};

async function startReplica(env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: new URL('..', import.meta.url),
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/health`).catch(() => undefined))?.ok === true, 30_000);
  const { print } = await import('graphql');
  return {
    url,
    child,
    gql: async (query, variables) => {
      const text = typeof query === 'string' ? query : print(query as Parameters<typeof print>[0]);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, variables }),
      });
      return (await res.json()) as GqlBody;
    },
  };
}

async function stopReplica(replica: Replica | undefined): Promise<void> {
  if (!replica || replica.child.exitCode !== null || replica.child.signalCode !== null) return;
  replica.child.kill('SIGTERM');
  await once(replica.child, 'exit');
}

describe('two replicas sharing a real Redis', () => {
  let redis: RedisServer;
  let probe: Redis;
  let sandbox: Sandbox;
  let a: Replica;
  let b: Replica;
  let other: Stack | undefined;

  beforeAll(async () => {
    redis = await startRedis();
    probe = new Redis(redis.url);
    probe.on('error', () => undefined);
    sandbox = await createSandbox({});
    const env = {
      ALGOREG_BASE_URL: sandbox.url,
      ALGOREG_API_USER: SANDBOX_CREDENTIALS.user,
      ALGOREG_API_KEY: SANDBOX_CREDENTIALS.key,
      REDIS_URL: redis.url,
      ALGOREG_WEBHOOK_TOKEN: TOKEN,
      CACHE_TTL_S: '60',
      UPSTREAM_TRACING: 'true',
    };
    [a, b] = await Promise.all([startReplica(env), startReplica(env)]);
    // Algoreg's webhook settings point at replica A only.
    sandbox.webhooks.configure({ url: `${a.url}/webhooks/algoreg`, token: TOKEN });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([stopReplica(a), stopReplica(b), other?.close()]);
    probe?.disconnect();
    await sandbox?.close();
    await redis?.stop();
  });

  it('a webhook received by replica A reaches a subscriber on replica B', async () => {
    const sub = await sseSubscribe(
      b.url,
      'subscription { alertUpdated(filter: { alertIds: ["ALR-00300"] }) { alertId lastRevision { state comment } } }',
    );
    expect(sub.status).toBe(200);
    // B listens on Redis once its SUBSCRIBE is through.
    await until(async () => {
      const [, n] = (await probe.pubsub('NUMSUB', 'agw:live:alert')) as [string, number];
      return n >= 1;
    });
    await backOffice(sandbox.url, 'alerts/ALR-00300/decision', { state: 4, comment: 'Seen from B' });
    expect((await sub.next()).data).toEqual({
      alertUpdated: {
        alertId: 'ALR-00300',
        lastRevision: { state: 'FALSE_POSITIVE', comment: 'Seen from B' },
      },
    });
    sub.close();
  });

  it('the cache is one across replicas, and an event on A evicts it for B', async () => {
    const queue = { first: 20, filter: { states: ['PENDING_INFORMATION' as const] } };
    const first = await a.gql(AlertQueueDocument, queue);
    expect(first.errors).toBeUndefined();
    expect(first.extensions?.upstream?.calls).toBeGreaterThan(0);
    const calls = sandbox.stats().calls;
    const onB = await b.gql(AlertQueueDocument, queue);
    expect(onB.data).toEqual(first.data);
    expect(onB.extensions?.upstream).toMatchObject({
      calls: 0,
      cacheHits: first.extensions?.upstream?.calls,
    });
    expect(sandbox.stats().calls).toBe(calls);

    // An alert in that queue changes: the webhook goes to A, and B's next read is fresh.
    const alertId = first.data?.alerts.edges[0].node.alertId as string;
    const res = await postWebhook(a.url, TOKEN, {
      event_id: 'redis-evict-1',
      event_code: 'alerts_updated',
      event_date: '2026-05-01T10:00:00Z',
      event_source: 'web',
      data: { client_id: 1, alert_id: alertId },
    });
    expect(res.status).toBe(202);
    await until(async () => ((await b.gql(AlertQueueDocument, queue)).extensions?.upstream?.calls ?? 0) > 0);
  });

  it('two upstream credentials never see each other’s entries', async () => {
    // A third gateway with another Algoreg user, same sandbox, same Redis.
    other = await startStack(
      {
        ALGOREG_BASE_URL: sandbox.url,
        ALGOREG_API_USER: SANDBOX_SECOND_CREDENTIALS.user,
        ALGOREG_API_KEY: SANDBOX_SECOND_CREDENTIALS.key,
        REDIS_URL: redis.url,
        CACHE_TTL_S: '60',
        UPSTREAM_TRACING: 'true',
      },
      { upstream: sandbox },
    );
    const queue = { first: 15, filter: { states: ['NEW' as const] } };
    const own = await a.gql(AlertQueueDocument, queue);
    expect(own.extensions?.upstream?.calls).toBeGreaterThan(0);
    expect((await b.gql(AlertQueueDocument, queue)).extensions?.upstream?.calls).toBe(0);

    const theirs = await other.gql(AlertQueueDocument, queue);
    expect(theirs.data).toEqual(own.data);
    // Every read the first credential's query made or found cached, the second makes itself.
    const reads = (own.extensions?.upstream?.calls ?? 0) + (own.extensions?.upstream?.cacheHits ?? 0);
    expect(theirs.extensions?.upstream).toMatchObject({ calls: reads, cacheHits: 0 });
    expect((await other.gql(AlertQueueDocument, queue)).extensions?.upstream?.calls).toBe(0);
    // Each credential's entries, apart: twice the keys of one.
    const keys = await probe.keys('agw:cache:*');
    const identities = new Set(keys.map((k) => k.split(':')[2]));
    expect(identities.size).toBe(2);
  });

  it('a replica that loses Redis keeps serving queries and says so in /ready', async () => {
    await redis.stop();
    await until(async () => {
      const ready = (await (await fetch(`${b.url}/ready`)).json()) as { checks: Record<string, string> };
      return ready.checks.redis === 'unavailable';
    });
    const ready = await fetch(`${b.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      checks: { redis: 'unavailable', algoregToken: 'ok' },
    });

    const res = await b.gql('{ alert(id: "ALR-00301") { alertId lastRevision { state } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.alert.alertId).toBe('ALR-00301');
    expect(res.extensions?.upstream).toMatchObject({ calls: 1, cacheHits: 0 });
  });
});
