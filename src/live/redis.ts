import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
// ioredis is loaded only when REDIS_URL is set: a gateway without Redis never holds it.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The gateway's Redis connections: one for commands (cache, deduplication, publishing), one held
 * in subscriber mode (pub/sub needs its own). Commands fail at once while Redis is away (no offline
 * queue), so a request never waits on it: the cache misses, and queries go on against Algoreg.
 * Both reconnect by themselves; subscriptions are renewed on reconnect.
 */
export interface RedisLink {
  command: Redis;
  subscriber: Redis;
  /** `ok` while both connections are ready, else `unavailable`. */
  status(): 'ok' | 'unavailable';
  /** Called each time the command connection is ready again after having been lost. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

/** How long start-up waits for Redis before going on without it (it keeps trying). */
const CONNECT_WAIT_MS = 2_000;

export async function connectRedis(url: string, logger: Logger): Promise<RedisLink> {
  const log = logger.child({ component: 'redis' });
  const { Redis } = await import('ioredis');
  const common = {
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    // Reconnect forever, backing off to 2 s.
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 6), 2_000),
  };
  const command = new Redis(url, { ...common, enableOfflineQueue: false, connectionName: 'gateway' });
  // The subscriber queues its SUBSCRIBEs until connected and renews them after a reconnect.
  const subscriber = new Redis(url, { ...common, enableOfflineQueue: true, connectionName: 'gateway-sub' });
  let lost = false;
  const reconnectListeners: (() => void)[] = [];
  for (const [name, client] of [
    ['command', command],
    ['subscriber', subscriber],
  ] as const) {
    // Only the code and the connection: a Redis URL may hold a password.
    client.on('error', (err: NodeJS.ErrnoException) =>
      log.debug({ connection: name, code: err.code }, 'redis error'),
    );
  }
  command.on('close', () => {
    if (!lost) log.warn('redis connection lost: queries go on, live updates stay on this replica');
    lost = true;
  });
  command.on('ready', () => {
    if (!lost) return;
    lost = false;
    log.info('redis connection back');
    for (const listener of reconnectListeners) listener();
  });
  const ready = (client: Redis) =>
    client.status === 'ready' ? Promise.resolve() : once(client, 'ready').then(() => undefined);
  const waited = await Promise.race([
    Promise.all([ready(command), ready(subscriber)]).then(() => true),
    delay(CONNECT_WAIT_MS, false),
  ]);
  if (!waited) log.warn('redis not reachable yet: starting without it, retrying in the background');
  return {
    command,
    subscriber,
    status: () => (command.status === 'ready' && subscriber.status === 'ready' ? 'ok' : 'unavailable'),
    onReconnect: (listener) => void reconnectListeners.push(listener),
    close: async () => {
      command.disconnect();
      subscriber.disconnect();
    },
  };
}
