// @ts-nocheck
import cluster from 'node:cluster';
import type { ReadCache } from '../algoreg/cache.ts';

/**
 * Live updates across the workers of one `WORKERS` cluster when there is no Redis: a webhook lands
 * on whichever worker the primary handed its connection to, yet every worker's subscribers must see
 * the event and every worker's read cache must drop what it evicts. Each worker sends what it
 * publishes or evicts to the primary over the cluster's IPC channel; the primary passes it on to
 * the other workers (`relayBetweenWorkers`), which apply it locally without sending it again.
 * With `REDIS_URL` set, Redis does this (and across replicas too); outside a cluster, nothing is sent.
 */

const BUS = 'agw:live-bus';

type BusMessage =
  | { bus: typeof BUS; kind: 'event'; type: string; detail: unknown }
  | { bus: typeof BUS; kind: 'evict'; tags: readonly string[] };

const isBusMessage = (m: unknown): m is BusMessage =>
  typeof m === 'object' && m !== null && (m as { bus?: unknown }).bus === BUS;

/** True in a worker of a `WORKERS` cluster, whose siblings need what it publishes or evicts. */
export const inCluster = (): boolean => cluster.isWorker && typeof process.send === 'function';

const send = (message: BusMessage) => {
  // The channel closes while the worker shuts down: what it would have sent no longer matters.
  if (process.connected) process.send?.(message);
};

/**
 * A worker's event target for Yoga's pub/sub: dispatches locally and to the siblings, and
 * dispatches locally what a sibling published.
 */
export function clusterEventTarget(): EventTarget {
  const local = new EventTarget();
  process.on('message', (m: unknown) => {
    if (isBusMessage(m) && m.kind === 'event')
      local.dispatchEvent(new CustomEvent(m.type, { detail: m.detail }));
  });
  return {
    addEventListener: local.addEventListener.bind(local),
    removeEventListener: local.removeEventListener.bind(local),
    dispatchEvent(event: Event) {
      send({ bus: BUS, kind: 'event', type: event.type, detail: (event as CustomEvent).detail });
      return local.dispatchEvent(event);
    },
  };
}

/** A worker's read cache whose evictions also reach its siblings' caches. */
export function clusterReadCache(cache: ReadCache): ReadCache {
  process.on('message', (m: unknown) => {
    if (isBusMessage(m) && m.kind === 'evict') void cache.evict(m.tags);
  });
  return {
    get: (key, tags) => cache.get(key, tags),
    set: (key, text, stamp) => cache.set(key, text, stamp),
    evict: async (tags) => {
      send({ bus: BUS, kind: 'evict', tags });
      await cache.evict(tags);
    },
  };
}

/** In the primary: passes each worker's bus messages on to every other worker. */
export function relayBetweenWorkers(): void {
  cluster.on('message', (from, message: unknown) => {
    if (!isBusMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(message);
    }
  });
}
