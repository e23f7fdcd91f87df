// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  PressReportDocument,
  RequestPressReportDocument,
  ScreenPressDocument,
} from '../packages/client/src/generated/graphql.ts';
import { useStack } from './harness.ts';

const FORCE = 'POST /api/v1/press/customers/{customer_external_id}/generate';
const INSTANT = 'POST /api/v1/press/report';
const GET = 'GET /api/v1/press/report/{id}';

interface Article {
  categories: string[];
  relevance: number | null;
}
interface PageNode {
  externalId: string;
  screening: { pressRisk: boolean | null; mayBePressRisk: boolean | null };
  pressReport: { status: string; reportId: string; articles: Article[] } | null;
}

const stack = useStack();

const adverse = (a: Article) => a.categories.includes('adverse media');

describe('Go!Press: what the press says about a customer, or about any name', () => {
  it("reads each customer's report, and its articles agree with the detail's adverse-media flags", async () => {
    const res = await stack.gql<{ customers: { edges: { node: PageNode }[] } }>(
      `{ customers(first: 80) { edges { node {
          externalId
          screening { pressRisk mayBePressRisk }
          pressReport { status reportId articles { categories relevance } }
      } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.customers.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(80);
    let confirmed = 0;
    for (const c of nodes) {
      const report = c.pressReport;
      expect(report?.status, c.externalId).toBe('READY');
      expect(report?.reportId).toBe(`customer:${c.externalId}`);
      const articles = report?.articles ?? [];
      if (c.screening.pressRisk) {
        confirmed += 1;
        expect(articles.length).toBeGreaterThanOrEqual(2);
        expect(articles.every((a) => adverse(a) && (a.relevance ?? 0) >= 0.7)).toBe(true);
      } else if (c.screening.mayBePressRisk) {
        expect(articles.some(adverse)).toBe(true);
        expect(articles.every((a) => (a.relevance ?? 1) < 0.7)).toBe(true);
      } else {
        expect(articles.some(adverse), c.externalId).toBe(false);
      }
      const relevance = articles.map((a) => a.relevance ?? -1);
      expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
    }
    expect(confirmed).toBeGreaterThan(0);
    // One Get report body per customer, batched after the search like the detail.
    expect((await stack.stats()).byRoute[GET]).toBe(80);
    expect(res.extensions?.upstream?.roundTrips).toBe(2);
  });

  it('answers a requested report PENDING at once; polling it finds it READY with its articles', async () => {
    const asked = await stack.gql(RequestPressReportDocument, { input: { customerExternalId: 'C-0012' } });
    expect(asked.errors).toBeUndefined();
    const report = asked.data?.requestPressReport.report;
    expect(report?.status).toBe('PENDING');
    expect(asked.data?.requestPressReport.errors).toEqual([]);
    expect(asked.extensions?.upstream).toMatchObject({ calls: 1, byRoute: { [FORCE]: 1 } });

    const id = String(report?.id);
    const first = await stack.gql(PressReportDocument, { id });
    expect(first.data?.pressReport?.status).toBe('PENDING');
    expect(first.data?.pressReport?.articles).toEqual([]);
    expect(first.data?.pressReport?.completedAt).toBeNull();

    // The sandbox finishes a report on its second read (and after a few seconds in any case).
    const second = await stack.gql(PressReportDocument, { id });
    const done = second.data?.pressReport;
    expect(done?.status).toBe('READY');
    expect(done?.completedAt).toBeTruthy();
    expect(done?.customer?.externalId).toBe('C-0012');
    expect(done?.subject.name).toBe(done?.customer?.displayName);
    // The customer's own report is that one, now done.
    const viaCustomer = await stack.gql(
      '{ customer(externalId: "C-0012") { pressReport { id status summary } } }',
    );
    expect(viaCustomer.data?.customer?.pressReport).toEqual({ id, status: 'READY', summary: done?.summary });
  });

  it('screens a name that is no customer, and reads the report by its global id or by Algoreg’s id', async () => {
    const res = await stack.gql(ScreenPressDocument, {
      input: { name: 'Jane Q. Example', entityType: 'INDIVIDUAL', countries: ['fra', 'DE', 'FR'] },
    });
    expect(res.errors).toBeUndefined();
    const report = res.data?.screenPress.report;
    expect(report?.status).toBe('PENDING');
    expect(report?.subject).toEqual({
      name: 'Jane Q. Example',
      entityType: 'INDIVIDUAL',
      countries: ['FR', 'DE'],
    });
    expect((await stack.stats()).byRoute[INSTANT]).toBe(1);

    const byAlgoregId = await stack.gql(PressReportDocument, { id: String(report?.reportId) });
    expect(byAlgoregId.data?.pressReport?.id).toBe(report?.id);
    const node = await stack.gql(
      'query ($id: ID!) { node(id: $id) { ... on PressReport { status customer { id } } } }',
      {
        id: report?.id,
      },
    );
    expect(node.data?.node).toEqual({ status: 'READY', customer: null });
  });

  it('gives a screened name that is a customer what the press says about that customer', async () => {
    const page = await stack.gql<{
      customers: { edges: { node: { displayName: string; screening: { pressRisk: boolean } } }[] };
    }>('{ customers(first: 80) { edges { node { displayName accountType screening { pressRisk } } } } }');
    const flagged = page.data?.customers.edges.find((e) => e.node.screening.pressRisk)?.node;
    expect(flagged).toBeDefined();
    const res = await stack.gql(ScreenPressDocument, {
      input: { name: String(flagged?.displayName), entityType: 'INDIVIDUAL' },
    });
    const id = String(res.data?.screenPress.report?.id);
    await stack.gql(PressReportDocument, { id });
    const done = await stack.gql(PressReportDocument, { id });
    const articles = done.data?.pressReport?.articles ?? [];
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((a) => a.categories.includes('adverse media'))).toBe(true);
  });

  it('answers NotFoundError for a customer Algoreg does not have, after one call', async () => {
    const res = await stack.gql(RequestPressReportDocument, { input: { customerExternalId: 'NOPE-1' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestPressReport).toEqual({
      report: null,
      errors: [
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: 'No customer with external id "NOPE-1".',
          field: 'input.customerExternalId',
        },
      ],
    });
    expect((await stack.stats()).byRoute[FORCE]).toBe(1);
  });

  it('answers null for a report Algoreg does not have', async () => {
    const res = await stack.gql(PressReportDocument, { id: 'press-999999' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ pressReport: null });
  });

  it('refuses bad input naming each field, before any upstream call', async () => {
    const screen = await stack.gql(ScreenPressDocument, {
      input: { name: '  ', entityType: 'FIRM', countries: ['FR', 'XX', 'Narnia'] },
    });
    expect(screen.data?.screenPress ?? null).toBeNull();
    expect(screen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = (screen.errors?.[0]?.extensions?.issues ?? []) as { field: string }[];
    const fields = issues.map((i) => i.field);
    expect(fields).toEqual(['input.name', 'input.countries[1]', 'input.countries[2]']);

    const request = await stack.gql(RequestPressReportDocument, { input: { customerExternalId: ' ' } });
    expect(request.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(request.errors?.[0]?.message).toContain('input.customerExternalId');

    const read = await stack.gql(PressReportDocument, { id: '' });
    expect(read.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.stats()).calls).toBe(0);
  });

  it('sends a report request once, even when Algoreg fails it', async () => {
    await stack.fault({ route: FORCE, kind: 'status', status: 503 });
    await stack.fault({ route: INSTANT, kind: 'reset' });
    const force = await stack.gql(RequestPressReportDocument, { input: { customerExternalId: 'C-0012' } });
    expect(force.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const screen = await stack.gql(ScreenPressDocument, { input: { name: 'Acme', entityType: 'FIRM' } });
    expect(screen.errors?.[0]?.extensions?.code).toBeTruthy();
    const stats = await stack.stats();
    expect(stats.byRoute[FORCE]).toBe(1);
    expect(stats.byRoute[INSTANT]).toBe(1);
  });

  it("reads a report body with only the fields Algoreg's page documents (no status: done once it has content)", async () => {
    await stack.fault({
      route: GET,
      kind: 'body',
      json: {
        created_at: '2026-03-02T10:00:00Z',
        general_summary: 'One article mentions the subject.',
        general_sources: [
          {
            consulted_by_agents: [12],
            website: {
              images: [],
              index: 0,
              is_known_as_quality_source: true,
              snippet: '… Example Holdings …',
              summary: 'A fine.',
              title: 'Example Holdings fined',
              url: 'https://www.news.example/a/1',
            },
          },
        ],
        metadata: {
          input: { name: 'Example Holdings', additional_info: { Age: 0, CountryCodes: ['LU'], Entity: 2 } },
        },
      },
    });
    const res = await stack.gql(PressReportDocument, { id: 'r-1' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.pressReport).toMatchObject({
      reportId: 'r-1',
      status: 'READY',
      rawStatus: null,
      summary: 'One article mentions the subject.',
      subject: { name: 'Example Holdings', entityType: 'FIRM', countries: ['LU'] },
      customer: null,
      articles: [
        {
          title: 'Example Holdings fined',
          source: 'news.example',
          url: 'https://www.news.example/a/1',
          snippet: '… Example Holdings …',
          categories: [],
          relevance: null,
          publishedAt: null,
          knownQualitySource: true,
        },
      ],
    });
  });

  it('tells clients in the schema how to follow a pending report', async () => {
    const res = await stack.gql<{ __type: { enumValues: { name: string; description: string }[] } }>(
      '{ __type(name: "PressReportStatus") { enumValues { name description } } }',
    );
    const pending = res.data?.__type.enumValues.find((v) => v.name === 'PENDING');
    expect(pending?.description).toMatch(/Poll `pressReport\(id:\)`/);
    expect(pending?.description).toMatch(/subscri/);
  });
});
