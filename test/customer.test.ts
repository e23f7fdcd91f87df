import { describe, expect, it } from 'vitest';
import { Customer360BenchDocument, Customer360Document, CustomerPageDocument } from '../client/graphql.ts';
import { useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const SEARCH = 'POST /api/v1/customers/search';

const stack = useStack();

describe('customer graph', () => {
  it('reads a customer with its risk, due diligence, screening and timeline', async () => {
    const res = await stack.gql(Customer360Document, { externalId: 'C-0001' });
    expect(res.errors).toBeUndefined();
    const c = res.data?.customer;
    expect(c?.externalId).toBe('C-0001');
    expect(c?.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['LOW', 'MEDIUM', 'HIGH', 'UNDEFINED']).toContain(c?.overallRisk);
    expect(c?.events?.totalCount).toBeGreaterThan(0);
  });

  it('runs an example operation as GraphiQL opens it, with the default of its required variable', async () => {
    const res = await stack.gql(Customer360Document);
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer?.externalId).toBe('C-0001');
  });

  it('runs the operation named, when one document holds several (as GraphiQL sends them)', async () => {
    const doc = `
      query Pages { customers(first: 2) { edges { node { externalId } } } }
      query Other { customers(first: 1, filter: { accountType: FIRM }) { edges { node { accountType } } } }`;
    for (const [operationName, expected] of [
      [
        'Pages',
        { customers: { edges: [{ node: { externalId: 'C-0001' } }, { node: { externalId: 'C-0002' } }] } },
      ],
      ['Other', { customers: { edges: [{ node: { accountType: 'FIRM' } }] } }],
      [
        'Pages',
        { customers: { edges: [{ node: { externalId: 'C-0001' } }, { node: { externalId: 'C-0002' } }] } },
      ],
    ] as const) {
      const res = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: doc, operationName }),
      });
      const body = (await res.json()) as { data: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual(expected);
    }
  });

  it('answers null, not an error, for a customer Algoreg does not have', async () => {
    const res = await stack.gql('{ customer(externalId: "NOPE-1") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: null });
  });

  it("pages customers with a total and loads each one's risk in one batch after the search", async () => {
    // Detail calls take a while, so the ones issued together overlap at the sandbox.
    await stack.fault({ route: DETAIL, kind: 'latency', ms: 20 });
    const res = await stack.gql(CustomerPageDocument, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.customers.totalCount).toBeGreaterThanOrEqual(300);
    expect(res.data?.customers.edges).toHaveLength(100);
    const stats = await stack.stats();
    expect(stats.byRoute[SEARCH]).toBe(1);
    expect(stats.byRoute[DETAIL]).toBe(100);
    expect(stats.maxInFlight[DETAIL]).toBeGreaterThan(1);
    expect(stats.maxInFlight[DETAIL]).toBeLessThanOrEqual(16);
    expect(res.extensions?.upstream).toMatchObject({ calls: 101, roundTrips: 2 });
  });

  it('fetches a customer 360 (detail, timeline, alerts, documents, stats) in a single round trip', async () => {
    const res = await stack.gql(Customer360BenchDocument, { externalId: 'C-0015' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer?.alerts?.edges.length).toBeGreaterThan(0);
    expect(res.data?.customer?.documents?.edges.length).toBeGreaterThan(0);
    // Timeline, alerts and documents need only the external id: they go out with the detail call.
    expect(res.extensions?.upstream?.roundTrips).toBe(1);
    const stats = await stack.stats();
    expect(stats.byRoute[DETAIL]).toBe(1);
    expect(stats.byRoute['GET /api/v1/customers/{customer_external_id}/timeline']).toBe(1);
  });

  it('answers null for a missing customer even when its timeline was asked for ahead', async () => {
    const res = await stack.gql(
      '{ customer(externalId: "NOPE-2") { externalId events(first: 3) { totalCount } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: null });
  });
});
