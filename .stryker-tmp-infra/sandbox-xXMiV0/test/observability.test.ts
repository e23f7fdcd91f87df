// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack, useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const EVENTS = 'GET /api/v1/customers/{customer_external_id}/timeline';
const OVERVIEW =
  'query Overview { customer(externalId: "C-0001") { externalId lastName events(first: 1) { totalCount } } }';

async function scrape(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('GET /metrics', () => {
  const stack = useStack();

  it('exposes GraphQL, Algoreg, breaker, pool and event-loop metrics with their labels', async () => {
    await stack.fault({ route: EVENTS, kind: 'status', status: 503, times: 1 });
    await stack.fault({ route: EVENTS, kind: 'status', status: 400 });
    const res = await stack.gql(OVERVIEW);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_REQUEST');
    const { status, type, text } = await scrape(stack.url);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain/);
    for (const line of [
      `algoreg_upstream_calls_total{route="${DETAIL}",status="200"} `,
      `algoreg_upstream_calls_total{route="${EVENTS}",status="503"} 1`,
      `algoreg_upstream_calls_total{route="${EVENTS}",status="400"} 1`,
      `algoreg_upstream_duration_seconds_bucket{le="0.005",route="${DETAIL}",status="200"} `,
      `algoreg_upstream_retries_total{route="${EVENTS}",code="UPSTREAM_UNAVAILABLE"} 1`,
      `algoreg_circuit_state{route="${DETAIL}"} 0`,
      'algoreg_pool_connections{state="connected"} ',
      'graphql_errors_total{operationName="Overview",code="UPSTREAM_BAD_REQUEST"} 1',
      'graphql_envelop_request_duration_count{operationName="Overview",operationType="query"} ',
      'graphql_envelop_phase_execute_count{operationName="Overview",operationType="query"} ',
      'graphql_yoga_http_duration_count{operationName="Overview",operationType="query",method="POST",statusCode="200"} ',
      'nodejs_eventloop_lag_seconds ',
      'nodejs_eventloop_lag_p99_seconds ',
    ]) {
      expect(text, line).toContain(line);
    }
    // No ids, names or URLs in labels.
    expect(text).not.toContain('C-0001');
    expect(text).not.toMatch(/url="/);
  });

  it('logs one line per request with its operation, duration, upstream calls and error codes', async () => {
    await stack.fault({ route: EVENTS, kind: 'status', status: 503 });
    const res = await stack.gql(OVERVIEW, undefined, { 'x-request-id': 'obs-line-1' });
    const lines = stack.logs.filter((l) => l.msg === 'graphql request' && l.requestId === 'obs-line-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      operation: 'Overview',
      errors: 1,
      errorCodes: ['UPSTREAM_UNAVAILABLE'],
      upstreamCalls: 4,
      upstreamRetries: 2,
    });
    expect(lines[0]?.ms).toEqual(expect.any(Number));
    const seeded = (await stack.gql('{ customer(externalId: "C-0001") { lastName } }')).data.customer
      .lastName;
    expect(res.data.customer.lastName).toBe(seeded);
    expect(stack.rawLogs()).not.toContain(seeded);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const token = 'metrics-token-0123456789';
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ METRICS_TOKEN: token });
  });
  afterAll(() => stack.close());

  it('answers only the bearer of the token', async () => {
    expect((await scrape(stack.url)).status).toBe(401);
    expect((await scrape(stack.url, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    const ok = await scrape(stack.url, { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('algoreg_pool_connections');
  });
});
