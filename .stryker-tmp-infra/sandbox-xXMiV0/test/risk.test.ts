// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { DirectAlgoreg } from '../bench/direct/algoreg.ts';
import { customer360Direct } from '../bench/direct/customer-360.ts';
import {
  Customer360BenchDocument,
  Customer360Document,
  CustomerRiskDocument,
} from '../packages/client/src/generated/graphql.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const RISK = 'GET /api/v1/customers/{customer_external_id}/risk';
const EDD = 'GET /api/v1/customers/{customer_external_id}/edd';
const PRESS = 'GET /api/v1/press/report/{id}';
const SEARCH = 'POST /api/v1/customers/search';

/** Score bands of the sandbox's scoring (src/sandbox/seed/risk.ts). */
const BANDS: Record<string, [number, number]> = { LOW: [0, 34], MEDIUM: [35, 64], HIGH: [65, 100] };

const PAGE = `query RiskPage($first: Int!) {
  customers(first: $first) {
    edges { node {
      externalId overallRisk
      eddStatus { state rawState nextReviewDate revisionNumber agentName }
      risk { level score factors { name value level contribution } }
      lastEdd { state rawState nextReviewDate revisionNumber agentName }
    } }
  }
}`;

interface Factor {
  name: string;
  value: string | null;
  level: string | null;
  contribution: number | null;
}
interface Edd {
  state: string | null;
  rawState: string | null;
  nextReviewDate: string | null;
  revisionNumber: number | null;
  agentName: string | null;
}
interface PageNode {
  externalId: string;
  overallRisk: string | null;
  eddStatus: Edd | null;
  risk: { level: string | null; score: number | null; factors: Factor[] } | null;
  lastEdd: Edd | null;
}

const stack = useStack();

describe('Go!Risk: a customer risk and due diligence', () => {
  it("explains every customer's level with factors that add up to a score in that level's band", async () => {
    const res = await stack.gql<{ customers: { edges: { node: PageNode }[] } }>(PAGE, { first: 60 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.customers.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(60);
    const levels = new Set<string>();
    for (const c of nodes) {
      const risk = c.risk;
      expect(risk?.level, c.externalId).toBe(c.overallRisk);
      levels.add(String(risk?.level));
      expect(risk?.factors.length).toBeGreaterThan(0);
      const band = BANDS[String(risk?.level)];
      if (band) {
        const sum = risk?.factors.reduce((s, f) => s + (f.contribution ?? 0), 0);
        expect(sum, c.externalId).toBe(risk?.score);
        expect(risk?.score).toBeGreaterThanOrEqual(band[0]);
        expect(risk?.score).toBeLessThanOrEqual(band[1]);
      } else {
        // Undefined: a factor lacks its value, and there is no score.
        expect(risk?.score).toBeNull();
        expect(risk?.factors.some((f) => f.value === null && f.level === 'UNDEFINED')).toBe(true);
      }
      const contributions = risk?.factors.map((f) => f.contribution ?? -1) ?? [];
      expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
    }
    expect([...levels].sort()).toEqual(['HIGH', 'LOW', 'MEDIUM', 'UNDEFINED']);
  });

  it("answers the last EDD decision the detail's eddStatus shows, and null where there is none", async () => {
    const res = await stack.gql<{ customers: { edges: { node: PageNode }[] } }>(PAGE, { first: 60 });
    const nodes = res.data?.customers.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(60);
    for (const c of nodes) expect(c.lastEdd, c.externalId).toEqual(c.eddStatus);
    expect(nodes.some((c) => c.lastEdd === null)).toBe(true);
    expect(nodes.filter((c) => c.lastEdd?.state === 'PASSED').length).toBeGreaterThan(0);
    // Passed is set automatically for a Low risk (the Go!Risk guide).
    const lowWithEdd = nodes.filter((n) => n.overallRisk === 'LOW' && n.lastEdd);
    expect(lowWithEdd.length).toBeGreaterThan(0);
    for (const c of lowWithEdd) expect(c.lastEdd?.state).toBe('PASSED');
  });

  it("loads a page's risks and EDDs with one call per customer, concurrently, in the detail's round trip", async () => {
    await stack.fault({ route: RISK, kind: 'latency', ms: 20 });
    const res = await stack.gql(PAGE, { first: 30 });
    expect(res.errors).toBeUndefined();
    const stats = await stack.stats();
    expect(stats.byRoute[SEARCH]).toBe(1);
    for (const route of [DETAIL, RISK, EDD]) expect(stats.byRoute[route], route).toBe(30);
    expect(stats.maxInFlight[RISK]).toBeGreaterThan(1);
    expect(res.extensions?.upstream).toMatchObject({ calls: 91, roundTrips: 2 });
  });

  it('serves a customer 360 of detail, risk factors, last EDD and press report in one round trip', async () => {
    const res = await stack.gql(Customer360Document, { externalId: 'C-0015' });
    expect(res.errors).toBeUndefined();
    const c = res.data?.customer;
    expect(c?.risk?.level).toBe(c?.overallRisk);
    expect(c?.risk?.factors.length).toBeGreaterThan(0);
    expect(c?.lastEdd?.state).toBe(c?.eddStatus?.state);
    expect(c?.pressReport?.status).toBe('READY');
    expect(res.extensions?.upstream?.roundTrips).toBe(1);
    const stats = await stack.stats();
    for (const route of [DETAIL, RISK, EDD, PRESS]) expect(stats.byRoute[route], route).toBe(1);
  });

  it("makes the benchmark's customer 360 with the same calls and the same answer as the hand-written direct code", async () => {
    const res = await stack.gql(Customer360BenchDocument, { externalId: 'C-0015' });
    expect(res.errors).toBeUndefined();
    const direct = new DirectAlgoreg({
      baseUrl: stack.sandbox.url,
      ...SANDBOX_CREDENTIALS,
      connections: 4,
      concurrency: 16,
    });
    try {
      const api = direct.upstream();
      const data = await customer360Direct(api, { externalId: 'C-0015' });
      expect(JSON.parse(JSON.stringify(data))).toEqual(res.data);
      const { byRoute, roundTrips } = api.trace.toJSON();
      delete byRoute['POST /api/v1/token'];
      expect(byRoute).toEqual(res.extensions?.upstream?.byRoute);
      expect(roundTrips).toBe(1);
      expect(res.extensions?.upstream?.roundTrips).toBe(1);
    } finally {
      await direct.close();
    }
  });

  it('keeps the rest of the customer when Go!Risk fails, with a typed error on the risk field only', async () => {
    await stack.fault({ route: RISK, kind: 'status', status: 503 });
    const res = await stack.gql(CustomerRiskDocument, { externalId: 'C-0015' });
    expect(res.data?.customer?.externalId).toBe('C-0015');
    expect(res.data?.customer?.risk).toBeNull();
    expect(res.data?.customer?.lastEdd?.state).toBeTruthy();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.path).toEqual(['customer', 'risk']);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it("reads Go!Risk answers in the encodings the detail's readers accept, keeping unknown labels raw", async () => {
    await stack.fault({
      route: RISK,
      kind: 'body',
      json: {
        risk: 3,
        computed_at: '2026-01-05T08:00:00Z',
        factors: [
          { name: 'Income bracket', value: null, level: 'Not a level', contribution: null },
          { name: 'Countries', value: ['IR', 'RU'], level: { label: 'High' }, contribution: 40 },
        ],
      },
    });
    await stack.fault({
      route: EDD,
      kind: 'body',
      json: { id: 7, edd_state: 'Escalated to board', agent_name: '', comment: '', revision_number: 2 },
    });
    const res = await stack.gql(CustomerRiskDocument, { externalId: 'C-0015' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer?.risk).toEqual({
      level: 'HIGH',
      rawLevel: '3',
      score: null,
      computedAt: '2026-01-05T08:00:00.000Z',
      factors: [
        { name: 'Countries', value: 'IR, RU', level: 'HIGH', contribution: 40 },
        { name: 'Income bracket', value: null, level: 'UNDEFINED', contribution: null },
      ],
    });
    expect(res.data?.customer?.lastEdd).toMatchObject({
      eddId: '7',
      state: null,
      rawState: 'Escalated to board',
      agentName: null,
      comment: null,
      revisionNumber: 2,
      nextReviewDate: null,
    });
  });

  it('scores a re-scanned customer again: the factors follow the new level', async () => {
    const save = await stack.gql(
      `mutation { saveCustomers(input: { customers: [{ externalId: "C-0015", domicileCodes: ["IR"] }] }) { status } }`,
    );
    expect(save.errors).toBeUndefined();
    const res = await stack.gql(CustomerRiskDocument, { externalId: 'C-0015' });
    expect(res.data?.customer?.overallRisk).toBe('HIGH');
    expect(res.data?.customer?.risk?.level).toBe('HIGH');
    expect(res.data?.customer?.risk?.factors).toContainEqual(
      expect.objectContaining({ name: 'Country of domicile', value: 'IR' }),
    );
  });
});
