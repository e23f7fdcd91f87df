import { randomBytes } from 'node:crypto';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AlertQueueDocument } from '../packages/client/src/generated/graphql.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startTracing } from '../src/observability/tracing.ts';
import { type Stack, startStack, useStack } from './harness.ts';

const SEARCH = 'POST /api/v1/alerts/search';
const CUSTOMER = 'GET /api/v1/customers/{customer_external_id}';
/** Any URL turns tracing on; the spans go to the in-memory exporter instead of OTLP. */
const TRACING_ON = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };

// The SDK as main.ts starts it, with an exporter the test can read.
const exporter = new InMemorySpanExporter();
const sdk = startTracing(loadConfig(TRACING_ON), createLogger('silent'), exporter);
afterAll(() => sdk.shutdown());

const spans = () => exporter.getFinishedSpans();
const childrenOf = (parent: ReadableSpan) =>
  spans().filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);
const only = (found: ReadableSpan[], what: string): ReadableSpan => {
  expect(found, what).toHaveLength(1);
  return found[0] as ReadableSpan;
};
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

describe('with OTEL_EXPORTER_OTLP_ENDPOINT set', () => {
  const stack = useStack(TRACING_ON);
  beforeEach(() => exporter.reset());

  it('traces the alert queue as one operation over the search call and one batch of customer detail calls', async () => {
    const res = await stack.gql(AlertQueueDocument, { first: 50 });
    expect(res.errors).toBeUndefined();
    const customers = new Set(res.data?.alerts?.edges.map((e) => e.node.customer?.externalId));
    const details = (await stack.stats()).byRoute[CUSTOMER];
    expect(details).toBe(customers.size);

    const operation = only(
      spans().filter((s) => s.name === 'query AlertQueue'),
      'operation span',
    );
    expect(operation.kind).toBe(SpanKind.SERVER);
    expect(operation.parentSpanContext).toBeUndefined();
    expect(operation.attributes).toMatchObject({
      'graphql.operation.name': 'AlertQueue',
      'graphql.operation.type': 'query',
    });

    const children = childrenOf(operation);
    expect(children.map((s) => s.name).sort()).toEqual([SEARCH, `batch ${CUSTOMER}`].sort());
    const search = children.find((s) => s.name === SEARCH);
    const batch = children.find((s) => s.name === `batch ${CUSTOMER}`);
    expect(search?.kind).toBe(SpanKind.CLIENT);
    expect(search?.attributes).toMatchObject({
      'http.request.method': 'POST',
      'url.template': '/api/v1/alerts/search',
      'http.response.status_code': 200,
    });
    expect(batch?.attributes['algoreg.batch.size']).toBe(customers.size);

    const calls = childrenOf(batch as ReadableSpan);
    expect(calls).toHaveLength(customers.size);
    for (const call of calls) {
      expect(call.name).toBe(CUSTOMER);
      expect(call.attributes['url.template']).toBe('/api/v1/customers/{customer_external_id}');
      expect(call.attributes['http.response.status_code']).toBe(200);
    }
    // One trace, and nothing else in it.
    expect(spans()).toHaveLength(1 + 2 + customers.size);
    expect(new Set(spans().map((s) => s.spanContext().traceId)).size).toBe(1);

    // No ids or names of customers anywhere in the spans, only templates.
    const recorded = JSON.stringify(spans().map((s) => [s.name, s.attributes, s.events]));
    const alertIds = res.data?.alerts?.edges.map((e) => e.node.alertId) ?? [];
    const names = res.data?.alerts?.edges.map((e) => e.node.customer?.displayName) ?? [];
    for (const value of [...customers, ...alertIds, ...names]) {
      expect(recorded).not.toContain(`${value}`);
    }
  });

  it("makes a client's traceparent the parent of the operation and sends the trace on to Algoreg", async () => {
    const traceId = hex(16);
    const clientSpanId = hex(8);
    const res = await stack.gql(
      'query One { customer(externalId: "C-0001") { id displayName } }',
      {},
      { traceparent: `00-${traceId}-${clientSpanId}-01` },
    );
    expect(res.errors).toBeUndefined();

    const operation = only(
      spans().filter((s) => s.name === 'query One'),
      'operation span',
    );
    expect(operation.spanContext().traceId).toBe(traceId);
    expect(operation.parentSpanContext).toMatchObject({ spanId: clientSpanId, isRemote: true });
    // customer(externalId:) goes through the Customer loader: a batch of one.
    const batch = only(childrenOf(operation), 'batch span');
    expect(batch.name).toBe(`batch ${CUSTOMER}`);
    const call = only(childrenOf(batch), 'call span');
    expect(call.name).toBe(CUSTOMER);

    // Algoreg sees the call's own span as the parent, in the client's trace.
    const received = await stack.traceparents();
    expect(received[CUSTOMER]).toBe(`00-${traceId}-${call.spanContext().spanId}-01`);
  });

  it('makes one span per attempt, a failed one marked with its error code', async () => {
    await stack.fault({ route: CUSTOMER, kind: 'status', status: 503, times: 1 });
    const res = await stack.gql('query Retried { customer(externalId: "C-0001") { id } }');
    expect(res.errors).toBeUndefined();
    const attempts = spans().filter((s) => s.name === CUSTOMER);
    expect(attempts.map((s) => s.attributes['http.response.status_code'])).toEqual([503, 200]);
    expect(attempts[0]?.attributes['error.type']).toBe('UPSTREAM_UNAVAILABLE');
    expect(attempts[0]?.status.code).toBe(SpanStatusCode.ERROR);
    expect(attempts[1]?.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it('marks an operation that failed with the error codes only', async () => {
    await stack.fault({ route: CUSTOMER, kind: 'status', status: 400 });
    await stack.gql('query Refused { customer(externalId: "C-0001") { id } }');
    const operation = only(
      spans().filter((s) => s.name === 'query Refused'),
      'operation span',
    );
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation.attributes['graphql.error.codes']).toEqual(['UPSTREAM_BAD_REQUEST']);
  });

  it("names Go!Chat's batches after their routes: threads by id, and messages by id through their thread", async () => {
    const THREAD_ROUTE = 'GET /api/v1/thread/{id}';
    const MESSAGES_ROUTE = 'GET /api/v1/thread/{id}/messages';
    const read = await stack.gql('{ thread(id: "thr-seed-00001") { lastMessage { id } } }');
    exporter.reset();
    const res = await stack.gql(
      `query ChatBatches($m: ID!) { thread(id: "thr-seed-00002") { threadId } m: node(id: $m) { id } }`,
      { m: read.data.thread.lastMessage.id },
    );
    expect(res.errors).toBeUndefined();
    const operation = only(
      spans().filter((s) => s.name === 'query ChatBatches'),
      'operation span',
    );
    const batches = childrenOf(operation).map((s) => s.name);
    expect(batches.sort()).toEqual([`batch ${THREAD_ROUTE}`, `batch ${MESSAGES_ROUTE}`].sort());
  });
  it('names the batches of documents by id and of Go!Vid sessions after their routes', async () => {
    const SEARCH_ROUTE = 'POST /api/v1/documents/search';
    const SESSION_ROUTE = 'GET /api/v1/session/{session_id}';
    const read = await stack.gql('{ documents(first: 1) { edges { node { id } } } }');
    exporter.reset();
    const res = await stack.gql(
      `query VidDocBatches($d: ID!) { d: node(id: $d) { id } session(id: "ses-0001") { sessionId } }`,
      { d: read.data.documents.edges[0].node.id },
    );
    expect(res.errors).toBeUndefined();
    const operation = only(
      spans().filter((s) => s.name === 'query VidDocBatches'),
      'operation span',
    );
    const batches = childrenOf(operation).map((s) => s.name);
    expect(batches.sort()).toEqual([`batch ${SEARCH_ROUTE}`, `batch ${SESSION_ROUTE}`].sort());
  });
});

/**
 * Every product's loader batch is one span named after its route (`batch <METHOD> <path>`), the
 * parent of its calls: Go!Scan's alert details, Go!KYT's transactions and their histories,
 * Go!Press's reports, Go!Risk's last assessments and last EDD decisions.
 */
describe('batch spans', () => {
  const stack = useStack(TRACING_ON);
  beforeEach(() => exporter.reset());

  it("names each product's batches after their routes, each the parent of its calls", async () => {
    const page = await stack.gql('{ transactions(first: 2) { edges { node { transactionId } } } }');
    const [t1, t2] = page.data.transactions.edges.map(
      (e: { node: { transactionId: string } }) => e.node.transactionId,
    );
    exporter.reset();

    const res = await stack.gql(
      `query Batches($t1: ID!, $t2: ID!) {
        c: customer(externalId: "C-0001") { risk { __typename } lastEdd { __typename } pressReport { __typename } }
        t1: transaction(id: $t1) { history { __typename } }
        t2: transaction(id: $t2) { history { __typename } }
        a: alert(id: "ALR-00001") { alertId }
      }`,
      { t1, t2 },
    );
    expect(res.errors).toBeUndefined();
    const operation = spans().filter((s) => s.name === 'query Batches');
    expect(operation).toHaveLength(1);
    const batches = childrenOf(operation[0] as ReadableSpan);
    const byName = new Map(batches.map((s) => [s.name, s]));
    const expected: [string, number][] = [
      ['batch GET /api/v1/alerts/{alert_id}', 1],
      ['batch GET /api/v1/kyt/transaction/{id}', 2],
      ['batch GET /api/v1/kyt/transaction/{id}/full_history', 2],
      ['batch GET /api/v1/press/report/{id}', 1],
      ['batch GET /api/v1/customers/{customer_external_id}/risk', 1],
      ['batch GET /api/v1/customers/{customer_external_id}/edd', 1],
      ['batch GET /api/v1/customers/{customer_external_id}', 1],
    ];
    expect([...byName.keys()].sort()).toEqual(expected.map(([name]) => name).sort());
    for (const [name, size] of expected) {
      const batch = byName.get(name) as ReadableSpan;
      expect(batch.attributes['algoreg.batch.size'], name).toBe(size);
      // Its calls are its children, each named after the same route.
      const calls = childrenOf(batch).map((s) => s.name);
      expect(calls, name).toEqual(Array(size).fill(name.slice('batch '.length)));
    }
  });
});

describe('with OTEL_EXPORTER_OTLP_ENDPOINT unset', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('makes no spans and sends no traceparent, even with an SDK registered in the process', async () => {
    exporter.reset();
    const res = await stack.gql(
      'query One { customer(externalId: "C-0001") { id } }',
      {},
      {
        traceparent: `00-${hex(16)}-${hex(8)}-01`,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(spans()).toEqual([]);
    expect(await stack.traceparents()).toEqual({});
  });
});
