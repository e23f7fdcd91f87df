// @ts-nocheck
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub, Repeater } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ReadCache } from '../algoreg/cache.ts';
import type { LiveConfig } from '../config.ts';
import { MemoryReadCache, RedisReadCache } from './cache.ts';
import { clusterEventTarget, clusterReadCache, inCluster } from './cluster-bus.ts';
import type { LiveEvent, LiveTopics } from './events.ts';
import { connectRedis, type RedisLink } from './redis.ts';

/** Channel names: prefixed, since a Redis may serve more than this gateway. */
const CHANNEL = 'agw:live:';
type Channels = { [T in keyof LiveTopics as `${typeof CHANNEL}${T}`]: [LiveTopics[T]] };

/** Everything live updates share across requests: pub/sub, deduplication, the read cache. */
export interface Live {
  /** Sends an event to every subscriber, on every replica. */
  publish(event: LiveEvent): void;
  /** The events of one topic, until the consumer stops. */
  subscribe<T extends keyof LiveTopics>(topic: T): AsyncIterable<LiveTopics[T]>;
  /** Subscribers listening on this replica, by topic (metrics). */
  subscribers(): Record<keyof LiveTopics, number>;
  /** The shared read cache, or undefined when `CACHE_TTL_S` is 0. */
  cache: ReadCache | undefined;
  /** True the first time an event id is seen within the window, false for a repeat. */
  firstDelivery(eventId: string): Promise<boolean>;
  /** The token webhooks must carry (configured, or generated for the embedded sandbox). */
  webhookToken: string | undefined;
  /** For /ready: `ok`, `unavailable` (Redis lost) or `in-process` (no Redis configured). */
  redisStatus(): 'ok' | 'unavailable' | 'in-process';
  close(): Promise<void>;
}

const SEEN = 'agw:event:';
/** Most event ids remembered in memory (without Redis, or while it is away). */
const MAX_SEEN = 100_000;

/**
 * Wires pub/sub, deduplication and the cache: in Redis when `REDIS_URL` is set (so a webhook
 * received by one replica reaches subscribers on all, and the cache is one), in-process otherwise
 * (shared with the other workers of a `WORKERS` cluster over IPC: see cluster-bus.ts).
 */
export async function createLive(config: LiveConfig, logger: Logger, webhookToken?: string): Promise<Live> {
  const log = logger.child({ component: 'live' });
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, log) : undefined;
  // Without Redis, a worker of a WORKERS cluster shares events and evictions with its siblings.
  const siblings = !redis && inCluster();
  const pubsub: PubSub<Channels> = createPubSub<Channels>({
    eventTarget: redis
      ? createRedisEventTarget({
          publishClient: safePublisher(redis, log),
          subscribeClient: redis.subscriber,
        })
      : siblings
        ? clusterEventTarget()
        : undefined,
  });
  const cache =
    config.cacheTtlS === 0
      ? undefined
      : redis
        ? new RedisReadCache(redis, config.cacheTtlS, log)
        : siblings
          ? clusterReadCache(new MemoryReadCache(config.cacheTtlS))
          : new MemoryReadCache(config.cacheTtlS);

  const counts: Record<keyof LiveTopics, number> = {
    customer: 0,
    alert: 0,
    document: 0,
    transaction: 0,
    thread: 0,
    session: 0,
  };
  const seen = new Map<string, number>();
  const windowMs = config.dedupeWindowS * 1000;
  const firstInMemory = (eventId: string) => {
    const now = Date.now();
    const until = seen.get(eventId);
    if (until !== undefined && until > now) return false;
    if (seen.size >= MAX_SEEN) {
      for (const [id, expires] of seen) if (expires <= now || seen.size >= MAX_SEEN) seen.delete(id);
    }
    seen.set(eventId, now + windowMs);
    return true;
  };

  return {
    publish: (event) =>
      (pubsub.publish as (topic: string, payload: unknown) => void)(CHANNEL + event.topic, event.payload),
    subscribe: <T extends keyof LiveTopics>(topic: T) => {
      const source = (pubsub.subscribe as (channel: string) => AsyncIterable<LiveTopics[T]>)(CHANNEL + topic);
      return new Repeater<LiveTopics[T]>(async (push, stop) => {
        const events = source[Symbol.asyncIterator]();
        // The first pull registers the listener: from then on the subscriber is counted.
        let next = events.next();
        counts[topic] += 1;
        stop.then(() => {
          counts[topic] -= 1;
          events.return?.();
        });
        for (;;) {
          const result = await Promise.race([next, stop]);
          if (!result || result.done) break;
          await push(result.value);
          next = events.next();
        }
        stop();
      });
    },
    subscribers: () => ({ ...counts }),
    cache,
    webhookToken: webhookToken ?? config.webhookToken,
    async firstDelivery(eventId) {
      if (windowMs === 0) return true;
      if (redis) {
        try {
          // One replica wins the id, across all of them.
          return (await redis.command.set(SEEN + eventId, '1', 'PX', windowMs, 'NX')) === 'OK';
        } catch {
          // Redis away: this replica's own memory is the next best thing.
        }
      }
      return firstInMemory(eventId);
    },
    redisStatus: () => (redis ? redis.status() : 'in-process'),
    close: async () => {
      await redis?.close();
    },
  };
}

/**
 * The event target publishes without waiting for the answer: a publish while Redis is away must
 * be logged, not become an unhandled rejection.
 */
function safePublisher(redis: RedisLink, log: Logger): Redis {
  const publisher = {
    publish: (channel: string, message: string) =>
      redis.command.publish(channel, message).catch((error: NodeJS.ErrnoException) => {
        log.warn({ topic: channel, code: error?.code }, 'live event not published: redis unavailable');
        return 0;
      }),
  };
  return publisher as unknown as Redis;
}
