import { describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';

const stack = useStack({ MAX_UPSTREAM_CALLS: '30' });

describe('the per-request budget of Algoreg calls', () => {
  it('stops a query whose page size hides in a variable once it reaches MAX_UPSTREAM_CALLS', async () => {
    // Static cost analysis cannot see `$n`; the budget still caps what the request may send.
    const res = await stack.gql(
      'query($n: Int) { customers(first: $n) { edges { node { externalId overallRisk } } } }',
      {
        n: 100,
      },
    );
    const codes = new Set(res.errors?.map((e) => e.extensions?.code));
    expect(codes).toEqual(new Set(['QUERY_TOO_EXPENSIVE']));
    expect(res.errors?.[0]?.message).toMatch(/more than 30 Algoreg calls/);
    // The same query fails the same way again: asking again does not help.
    expect(res.errors?.[0]?.extensions?.retryable).toBe(false);
    // The search and 29 detail calls went out; nothing after the budget did.
    const stats = await stack.stats();
    expect(stats.calls).toBe(30);
    expect(stats.byRoute[DETAIL]).toBe(29);
    // Fields that fitted in the budget keep their data.
    const risks = res.data?.customers.edges.map(
      (e: { node: { overallRisk: string | null } }) => e.node.overallRisk,
    );
    expect(risks.filter((r: string | null) => r !== null)).toHaveLength(29);
  });

  it('lets a query within the budget through untouched', async () => {
    const res = await stack.gql('{ customers(first: 20) { edges { node { overallRisk } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.upstream?.calls).toBe(21);
  });
});

describe('logs of upstream failures', () => {
  it('carry the request id the client sent, so a failure can be traced to its request', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    const before = stack.logs.length;
    const res = await stack.gql('{ customer(externalId: "C-0001") { overallRisk } }', undefined, {
      'x-request-id': 'req-trace-me-42',
    });
    expect(res.extensions?.requestId).toBe('req-trace-me-42');
    const failures = stack.logs.slice(before).filter((l) => l.msg === 'algoreg call failed');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.map((l) => l.requestId)).toEqual(failures.map(() => 'req-trace-me-42'));
  });
});
