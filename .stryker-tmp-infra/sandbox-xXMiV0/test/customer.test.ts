// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  Customer360BenchDocument,
  Customer360Document,
  CustomerListDocument,
  type CustomerListQueryVariables,
  CustomerPageDocument,
  CustomerRelationsDocument,
} from '../packages/client/src/generated/graphql.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
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

  it('runs an example operation with the default of its required variable', async () => {
    const res = await stack.gql(Customer360Document);
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer?.externalId).toBe('C-0001');
  });

  it('runs the operation named, when one document holds several', async () => {
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
    expect(res.data?.customers?.totalCount).toBeGreaterThanOrEqual(300);
    expect(res.data?.customers?.edges).toHaveLength(100);
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

/** Every customer the list answers for these variables, page after page. */
async function listAll(variables: CustomerListQueryVariables) {
  const nodes = [];
  let after: string | null | undefined;
  for (;;) {
    const res = await stack.gql(CustomerListDocument, { ...variables, first: 100, after });
    expect(res.errors).toBeUndefined();
    const page = res.data?.customers;
    nodes.push(...(page?.edges.map((e) => e.node) ?? []));
    if (!page?.pageInfo.hasNextPage) return { nodes, totalCount: page?.totalCount };
    after = page.pageInfo.endCursor;
  }
}

describe('customer fields', () => {
  it('reads an individual\'s company name as null where the sandbox, like Algoreg, sends ""', async () => {
    const auth = Buffer.from(`${SANDBOX_CREDENTIALS.user}:${SANDBOX_CREDENTIALS.key}`).toString('base64');
    const raw = await fetch(`${stack.sandbox.url}/api/v1/customers/C-0001`, {
      headers: { authorization: `Basic ${auth}` },
    });
    const sent = ((await raw.json()) as { customer: Record<string, unknown> }).customer;
    expect(sent).toMatchObject({ account_type: 'N', company_name: '', trading_name: '' });
    const res = await stack.gql(
      '{ customer(externalId: "C-0001") { accountType companyName tradingName displayName } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.customer).toMatchObject({
      accountType: 'INDIVIDUAL',
      companyName: null,
      tradingName: null,
    });
    expect(res.data.customer.displayName).not.toBe('');
  });

  it("reads a seeded company's relations, each side loaded as a customer in one batch", async () => {
    const res = await stack.gql(CustomerRelationsDocument, { externalId: 'C-0004' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer?.relations).toEqual([
      {
        relationExternalId: 'REL-4',
        relationType: 1,
        disabled: false,
        fields: {},
        parent: { externalId: 'C-0004', displayName: expect.any(String) },
        child: { externalId: 'C-0003', displayName: expect.any(String) },
      },
    ]);
    // C-0004 itself comes from the loader's cache; C-0003 is the one more detail call.
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);
  });
});

describe('customers: filters and order', () => {
  it('splits the customers at an updated-at instant: before it and after it add up to all of them', async () => {
    const at = '2024-06-01T00:00:00.000Z';
    const just = '2024-06-01T00:00:00.001Z';
    const before = await listAll({
      filter: { updatedTo: at },
      orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
    });
    const after = await listAll({
      filter: { updatedFrom: just },
      orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
    });
    const all = await stack.gql(CustomerPageDocument, { first: 1 });
    expect(before.nodes.length).toBeGreaterThan(0);
    expect(after.nodes.length).toBeGreaterThan(0);
    expect(before.nodes.length + after.nodes.length).toBe(all.data?.customers?.totalCount);
    expect(before.nodes.every((c) => c.updatedAt && c.updatedAt <= at)).toBe(true);
    expect(after.nodes.every((c) => c.updatedAt && c.updatedAt >= just)).toBe(true);
  });

  it('keeps only the KYC levels asked for', async () => {
    const low = await listAll({ filter: { kycLevels: [0, 1] }, orderBy: null });
    const high = await listAll({ filter: { kycLevels: [2, 3] }, orderBy: null });
    const all = await stack.gql(CustomerPageDocument, { first: 1 });
    expect(new Set(low.nodes.map((c) => c.kycLevel))).toEqual(new Set([0, 1]));
    expect(new Set(high.nodes.map((c) => c.kycLevel))).toEqual(new Set([2, 3]));
    expect(low.nodes.length + high.nodes.length).toBe(all.data?.customers?.totalCount);
  });

  const sorted = <T>(list: T[], compare: (a: T, b: T) => number) => [...list].sort(compare);
  const text = (a: string | null | undefined, b: string | null | undefined) =>
    (a ?? '').localeCompare(b ?? '');

  it('orders by last name, by creation and by last change, either way, in one search call each', async () => {
    const byName = await stack.gql(CustomerListDocument, {
      filter: { accountType: 'INDIVIDUAL' },
      orderBy: { field: 'LAST_NAME', direction: 'ASC' },
      first: 50,
    });
    const names = byName.data?.customers?.edges.map((e) => e.node.lastName) ?? [];
    expect(names).toHaveLength(50);
    expect(names).toEqual(sorted(names, text));

    for (const field of ['CREATED_AT', 'UPDATED_AT'] as const) {
      const res = await stack.gql(CustomerListDocument, {
        filter: {},
        orderBy: { field, direction: 'DESC' },
        first: 50,
      });
      const key = field === 'CREATED_AT' ? 'createdAt' : 'updatedAt';
      const times = res.data?.customers?.edges.map((e) => e.node[key]) ?? [];
      expect(times).toHaveLength(50);
      expect(times).toEqual(sorted(times, (a, b) => text(b, a)));
    }
    const newestFirst = await stack.gql(CustomerListDocument, {
      filter: {},
      orderBy: { field: 'EXTERNAL_ID', direction: 'DESC' },
      first: 2,
    });
    expect(newestFirst.data?.customers?.edges.map((e) => e.node.externalId)).toEqual(['C-0320', 'C-0319']);
    expect((await stack.stats()).byRoute[SEARCH]).toBe(4);
  });

  it('runs the customer list with its default filter and order', async () => {
    const res = await stack.gql(CustomerListDocument);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.customers?.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(
      nodes.every((c) => (c.kycLevel === 2 || c.kycLevel === 3) && (c.updatedAt ?? '') >= '2025-01-01'),
    ).toBe(true);
  });

  it('refuses a negative KYC level and an updated-at range backwards, naming both, before calling Algoreg', async () => {
    const res = await stack.gql(CustomerListDocument, {
      filter: { kycLevels: [1, -1], updatedFrom: '2025-01-02T00:00:00Z', updatedTo: '2025-01-01T00:00:00Z' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = (res.errors?.[0]?.extensions?.issues ?? []) as { field: string }[];
    expect(issues.map((i) => i.field)).toEqual(['filter.updatedTo', 'filter.kycLevels[1]']);
    expect((await stack.stats()).calls).toBe(0);
  });
});
