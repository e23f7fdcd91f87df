// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack, useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
/** Fifty aliased fields are 602 tokens, past the default document limit (600): raised here. */
const BIG_DOCUMENTS = { MAX_QUERY_TOKENS: '1000' };

/** 50 aliased `customer` fields naming 40 distinct customers (the first 10 asked twice). */
function fiftyAliases(): { query: string; ids: string[] } {
  const ids = Array.from({ length: 50 }, (_, i) => `C-${String((i % 40) + 1).padStart(4, '0')}`);
  const fields = ids.map((id, i) => `c${i}: customer(externalId: "${id}") { externalId overallRisk }`);
  return { query: `{ ${fields.join('\n')} }`, ids };
}

async function expectFortyDetailCalls(stack: Stack): Promise<number> {
  const { query, ids } = fiftyAliases();
  const res = await stack.gql(query);
  expect(res.errors).toBeUndefined();
  ids.forEach((id, i) => {
    expect(res.data[`c${i}`].externalId).toBe(id);
  });
  const stats = await stack.stats();
  expect(stats.byRoute[DETAIL]).toBe(40);
  expect(stats.calls).toBe(40);
  expect(res.extensions?.upstream).toEqual({ calls: 40, roundTrips: 1, byRoute: { [DETAIL]: 40 } });
  return stats.maxInFlight[DETAIL] ?? 0;
}

describe('batching of customer reads', () => {
  const stack = useStack(BIG_DOCUMENTS);

  it('costs exactly one detail call per distinct customer, all issued together', async () => {
    await stack.fault({ route: DETAIL, kind: 'latency', ms: 30 });
    const maxInFlight = await expectFortyDetailCalls(stack);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(16);
  });

  it('loads a customer asked for at several depths of one query once', async () => {
    const res = await stack.gql(`{
      a: customer(externalId: "C-0007") { firstName overallRisk screening { pep } eddStatus { state } }
      b: customer(externalId: "C-0007") { lastName identityVerification { succeeded } }
    }`);
    expect(res.errors).toBeUndefined();
    expect((await stack.stats()).byRoute[DETAIL]).toBe(1);
  });

  it('reports in extensions.upstream the same count the sandbox saw', async () => {
    const res = await stack.gql(
      '{ customers(first: 20) { edges { node { externalId overallRisk events(first: 1) { totalCount } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const stats = await stack.stats();
    expect(res.extensions?.upstream?.calls).toBe(stats.calls);
    expect(res.extensions?.upstream?.byRoute).toEqual(stats.byRoute);
    expect(stats.calls).toBe(41);
  });
});

describe('the concurrency cap', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ ...BIG_DOCUMENTS, ALGOREG_CONCURRENCY: '4' });
    await stack.gql('{ customer(externalId: "C-0001") { id } }');
    await stack.reset();
  });
  afterAll(() => stack.close());

  it('keeps at most ALGOREG_CONCURRENCY detail calls in flight', async () => {
    await stack.fault({ route: DETAIL, kind: 'latency', ms: 10 });
    const maxInFlight = await expectFortyDetailCalls(stack);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(4);
  });
});
