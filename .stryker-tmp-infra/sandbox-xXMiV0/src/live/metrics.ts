// @ts-nocheck
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Live } from './live.ts';

/** What live updates add to `/metrics`: who listens, and what webhooks came in. */
export interface LiveMetrics {
  webhook(outcome: 'handled' | 'duplicate' | 'ignored' | 'refused'): void;
}

export function liveMetrics(registry: Registry, live: Live): LiveMetrics {
  const registers = [registry];
  new Gauge({
    name: 'gateway_live_subscribers',
    help: 'GraphQL subscriptions listening on this replica, by topic.',
    labelNames: ['topic'],
    registers,
    collect() {
      for (const [topic, n] of Object.entries(live.subscribers())) this.set({ topic }, n);
    },
  });
  const webhooks = new Counter({
    name: 'gateway_webhooks_total',
    help: 'Algoreg webhooks received, by outcome: handled, duplicate (event id seen), ignored (code not handled), refused (token, size or shape).',
    labelNames: ['outcome'],
    registers,
  });
  return { webhook: (outcome) => webhooks.inc({ outcome }) };
}
