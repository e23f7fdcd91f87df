import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startTracing } from '../src/observability/tracing.ts';
import { useStack } from './harness.ts';

/**
 * Every product's loader batch is one span named after its route (`batch <METHOD> <path>`), the
 * parent of its calls: Go!Scan's alert details, Go!KYT's transactions and their histories,
 * Go!Press's reports, Go!Risk's last assessments and last EDD decisions.
 */

/** Any URL turns tracing on; the spans go to the in-memory exporter instead of OTLP. */
const TRACING_ON = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };

const exporter = new InMemorySpanExporter();
const sdk = startTracing(loadConfig(TRACING_ON), createLogger('silent'), exporter);
afterAll(() => sdk.shutdown());

const spans = () => exporter.getFinishedSpans();
const childrenOf = (parent: ReadableSpan) =>
  spans().filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);

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
