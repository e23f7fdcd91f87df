import { describe, expect, it } from 'vitest';
import { AlertQueueDocument } from '../packages/client/src/generated/graphql.ts';
import { useStack } from './harness.ts';
import { backOffice, until } from './live-helpers.ts';
import { metric } from './metrics.ts';

/** Webhooks the gateway has handled, from its /metrics. */
const handled = async (url: string) => (await metric(url, 'gateway_webhooks_total{outcome="handled"}')) ?? 0;

describe('the shared read cache (CACHE_TTL_S set)', () => {
  const stack = useStack({ CACHE_TTL_S: '60' });

  it('a queue read twice costs Algoreg calls once; the second says how many reads were cache hits', async () => {
    const variables = { first: 25, filter: { states: ['NEW' as const] } };
    const first = await stack.gql(AlertQueueDocument, variables);
    expect(first.errors).toBeUndefined();
    const firstCalls = (await stack.stats()).calls;
    expect(firstCalls).toBeGreaterThan(1);
    expect(first.extensions?.upstream?.cacheHits).toBe(0);

    const second = await stack.gql(AlertQueueDocument, variables);
    expect(second.data).toEqual(first.data);
    expect((await stack.stats()).calls).toBe(firstCalls);
    expect(second.extensions?.upstream).toMatchObject({ calls: 0, cacheHits: firstCalls });
  });

  it('a back-office change sends its webhook, which evicts the entry: the next read shows the change', async () => {
    const query = '{ alert(id: "ALR-00100") { lastRevision { state comment } } }';
    await stack.gql(query);
    const cached = await stack.gql(query);
    expect(cached.extensions?.upstream?.calls).toBe(0);
    const before = await handled(stack.url);

    await backOffice(stack.sandbox.url, 'alerts/ALR-00100/decision', {
      state: 7,
      comment: 'Relationship refused',
    });
    await until(async () => (await handled(stack.url)) > before);

    const fresh = await stack.gql(query);
    expect(fresh.data?.alert.lastRevision).toEqual({
      state: 'TRUE_HIT_REFUSED',
      comment: 'Relationship refused',
    });
    expect(fresh.extensions?.upstream?.calls).toBe(1);
  });

  it('an EDD decision (edds_updated) evicts the cached lastEdd and risk', async () => {
    const query = '{ customer(externalId: "C-0040") { lastEdd { state } risk { level } } }';
    await stack.gql(query);
    expect((await stack.gql(query)).extensions?.upstream?.calls).toBe(0);
    const before = await handled(stack.url);
    await backOffice(stack.sandbox.url, 'customers/C-0040/edd', { edd_state: 'Action required' });
    await until(async () => (await handled(stack.url)) > before);
    const fresh = await stack.gql(query);
    expect(fresh.data?.customer.lastEdd.state).toBe('ACTION_REQUIRED');
    expect(fresh.extensions?.upstream?.byRoute).toMatchObject({
      'GET /api/v1/customers/{customer_external_id}/edd': 1,
      'GET /api/v1/customers/{customer_external_id}/risk': 1,
    });
  });
  it('a mutation through the gateway evicts what it changed before it answers', async () => {
    // No webhook from the sandbox this time: only the write's own eviction can make the change show.
    stack.sandbox.webhooks.configure(undefined);
    const queue = { first: 10, filter: { alertId: 'ALR-00200' } };
    const read = await stack.gql(AlertQueueDocument, queue);
    expect(read.data?.alerts?.edges).toHaveLength(1);
    expect((await stack.gql(AlertQueueDocument, queue)).extensions?.upstream?.calls).toBe(0);

    const modified = await stack.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-00200", state: FALSE_POSITIVE, comment: "Homonym" }) { errors { code } } }',
    );
    expect(modified.data?.modifyAlert.errors).toEqual([]);
    const after = await stack.gql(AlertQueueDocument, queue);
    expect(after.data?.alerts?.edges[0]?.node.lastRevision).toMatchObject({
      state: 'FALSE_POSITIVE',
      comment: 'Homonym',
    });
    expect(after.extensions?.upstream?.byRoute).toMatchObject({ 'POST /api/v1/alerts/search': 1 });
  });
});

describe('CACHE_TTL_S unset', () => {
  it('is off by default against a configured tenant, and on (60 s) with the embedded sandbox', async () => {
    const { loadConfig } = await import('../src/config.ts');
    const config = loadConfig({
      ALGOREG_BASE_URL: 'https://api.algoreg.com',
      ALGOREG_API_USER: 'u',
      ALGOREG_API_KEY: 'k',
    });
    expect(config.live.cacheTtlS).toBe(0);
    expect(loadConfig({}).live.cacheTtlS).toBe(60);
  });
});
