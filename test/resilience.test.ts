import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type Stack, useStack } from './harness.ts';
import { metric } from './metrics.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const SEARCH = 'POST /api/v1/customers/search';
const ONE_CUSTOMER = 'query OneCustomer { customer(externalId: "C-0001") { externalId } }';
const PAGE = '{ customers(first: 1) { totalCount } }';

const HALF_OPEN_MS = 300;

/** The server-side duration the gateway logged for its last request. */
function lastRequestMs(stack: Stack): number {
  const line = stack.logs.filter((l) => l.msg === 'graphql request').at(-1);
  return line?.ms as number;
}

/** No retries; a breaker that opens at half of `minCalls` calls failed and probes after `halfOpenMs`. */
const breakerEnv = (minCalls: number, halfOpenMs: number) => ({
  ALGOREG_READ_RETRIES: '0',
  BREAKER_MIN_CALLS: String(minCalls),
  BREAKER_FAILURE_RATIO: '0.5',
  BREAKER_HALF_OPEN_MS: String(halfOpenMs),
});

/**
 * Reads retried up to `retries` times within a budget of `ratio` retries per call sent, and at
 * least `min`, per window of `windowMs` (the gateway's default, 10 s); no breaker in the way.
 */
const budgetEnv = (retries: number, ratio: number, min: number, windowMs = 10_000) => ({
  ALGOREG_READ_RETRIES: String(retries),
  RETRY_BUDGET_RATIO: String(ratio),
  RETRY_BUDGET_MIN_RETRIES: String(min),
  RETRY_BUDGET_WINDOW_MS: String(windowMs),
  BREAKER_MIN_CALLS: '100000',
});

describe('the circuit breaker of an Algoreg route', () => {
  const stack = useStack(breakerEnv(20, HALF_OPEN_MS));

  it('does not count 4xx answers as failures', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 404 });
    for (let i = 0; i < 25; i++) await stack.gql(ONE_CUSTOMER);
    await stack.gql(ONE_CUSTOMER);
    expect((await stack.stats()).byRoute[DETAIL]).toBe(26);
  });

  it('opens at 50 % failures of 20 calls, fails fast without calling Algoreg, probes once, and closes on success', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    // The stack's first request (a success) is the window's first call: 19 failures make 20 calls.
    for (let i = 0; i < 19; i++) {
      const res = await stack.gql(ONE_CUSTOMER);
      expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    }
    expect((await stack.stats()).byRoute[DETAIL]).toBe(19);
    expect(await metric(stack.url, `algoreg_circuit_state{route="${DETAIL}"}`)).toBe(2);

    // Open: answered at once, nothing sent upstream.
    const durations: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await stack.gql(ONE_CUSTOMER);
      expect(res.data).toEqual({ customer: null });
      expect(res.errors?.[0]?.extensions).toEqual({
        code: 'UPSTREAM_UNAVAILABLE',
        retryable: true,
        retryAfter: 1,
      });
      durations.push(lastRequestMs(stack));
    }
    expect((await stack.stats()).byRoute[DETAIL]).toBe(19);
    // Best of five: the machine running the tests is shared, the code path is what is measured.
    expect(Math.min(...durations)).toBeLessThan(5);
    expect(await metric(stack.url, `algoreg_circuit_rejections_total{route="${DETAIL}"}`)).toBe(5);

    // Other routes are unaffected.
    const page = await stack.gql(PAGE);
    expect(page.errors).toBeUndefined();
    expect((await stack.stats()).byRoute[SEARCH]).toBe(1);

    // After its reset time one probe goes through; it fails, so the breaker opens again.
    await delay(HALF_OPEN_MS + 50); // the breaker's own clock: nothing to count until it has passed
    await stack.gql(ONE_CUSTOMER);
    await stack.gql(ONE_CUSTOMER);
    expect((await stack.stats()).byRoute[DETAIL]).toBe(20);

    // Algoreg recovers: the next probe succeeds and closes the breaker; calls flow again.
    await fetch(`${stack.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    await delay(HALF_OPEN_MS + 50);
    const probe = await stack.gql(ONE_CUSTOMER);
    expect(probe.errors).toBeUndefined();
    expect(probe.data.customer.externalId).toBe('C-0001');
    const after = await stack.gql(ONE_CUSTOMER);
    expect(after.errors).toBeUndefined();
    expect((await stack.stats()).byRoute[DETAIL]).toBe(22);
    expect(await metric(stack.url, `algoreg_circuit_state{route="${DETAIL}"}`)).toBe(0);
  });
});

describe('the retry budget', () => {
  const stack = useStack(budgetEnv(2, 0.2, 2));

  it('keeps retries under 20 % of upstream calls during a 50 % outage', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503, every: 2 });
    const requests = 100;
    const codes: unknown[] = [];
    for (let i = 0; i < requests; i += 10) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => stack.gql(ONE_CUSTOMER)));
      for (const res of batch) codes.push(res.errors?.[0]?.extensions?.code ?? 'ok');
    }
    const calls = (await stack.stats()).byRoute[DETAIL] ?? 0;
    const retries = calls - requests;
    // Without a budget about half the requests would be retried (and a quarter twice).
    expect(retries).toBeGreaterThan(0);
    expect(retries / calls).toBeLessThan(0.2);
    expect(codes).toContain('UPSTREAM_UNAVAILABLE');
    expect(
      await metric(stack.url, `algoreg_retry_budget_exhausted_total{route="${DETAIL}"}`),
    ).toBeGreaterThan(0);
  });
});

describe('an open breaker', () => {
  const stack = useStack(breakerEnv(2, 8_000));

  it('tells the client to retry after the time left before its probe, in whole seconds', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    let refused: Record<string, unknown> | undefined;
    for (let i = 0; i < 3 && !refused; i++) {
      const res = await stack.gql(ONE_CUSTOMER);
      const extensions = res.errors?.[0]?.extensions;
      if (extensions && 'retryAfter' in extensions) refused = extensions;
    }
    expect(refused).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    // 8 s less the few milliseconds since it opened, rounded up (7 on a very slow machine).
    expect(refused?.retryAfter).toBeGreaterThanOrEqual(7);
    expect(refused?.retryAfter).toBeLessThanOrEqual(8);
  });
});

describe('the retry budget, counted exactly', () => {
  const WINDOW_MS = 3_000;
  const stack = useStack(budgetEnv(1, 0, 2, WINDOW_MS));

  it('allows RETRY_BUDGET_MIN_RETRIES retries per window, and as many again once the window has slid past', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    for (let i = 0; i < 4; i++) {
      const res = await stack.gql(ONE_CUSTOMER);
      expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    }
    // Four failed reads: the first two retried once each, the budget then spent.
    expect((await stack.stats()).byRoute[DETAIL]).toBe(6);
    await delay(WINDOW_MS + 100); // the budget's own clock: its window has to slide past
    await stack.gql(ONE_CUSTOMER);
    expect((await stack.stats()).byRoute[DETAIL]).toBe(8);
  });
});

describe('the retry budget, as a share of calls', () => {
  const stack = useStack(budgetEnv(1, 0.5, 0, 60_000));

  it('allows RETRY_BUDGET_RATIO retries per call sent in its window, counting the calls that succeeded', async () => {
    for (let i = 0; i < 8; i++) expect((await stack.gql(ONE_CUSTOMER)).errors).toBeUndefined();
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    for (let i = 0; i < 20; i++) await stack.gql(ONE_CUSTOMER);
    const retries = ((await stack.stats()).byRoute[DETAIL] ?? 0) - 28;
    // Each failed read adds a call and a retry while retries + 1 ≤ 0.5 × calls: with the 8 (or
    // so) calls before the outage, the first 6 or more are retried, then none; never one each.
    expect(retries).toBeGreaterThanOrEqual(6);
    expect(retries).toBeLessThanOrEqual(14);
  });
});

describe('the deadline of a GraphQL request', () => {
  const stack = useStack({ REQUEST_TIMEOUT_MS: '700', ALGOREG_TIMEOUT_MS: '500', ALGOREG_READ_RETRIES: '5' });

  it('bounds every attempt and retry beneath it', async () => {
    await stack.fault({ route: DETAIL, kind: 'hang' });
    const started = performance.now();
    const res = await stack.gql(`${PAGE.slice(0, -1)} ${ONE_CUSTOMER.slice(ONE_CUSTOMER.indexOf('{') + 1)}`);
    const elapsed = performance.now() - started;
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', retryable: true });
    expect(res.data?.customers.totalCount).toBeGreaterThan(0);
    // One attempt of 500 ms, one retry cut at the deadline: not six attempts of 500 ms.
    expect(elapsed).toBeGreaterThanOrEqual(650);
    expect(elapsed).toBeLessThan(700 * 1.1 + 150);
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);
  });
});

describe('the per-call timeout', () => {
  const stack = useStack({ ALGOREG_TIMEOUT_MS: '1000', ALGOREG_READ_RETRIES: '0' });

  it('ends a hung call within its timeout + 10 %, not on undici’s coarse clock', async () => {
    await stack.fault({ route: DETAIL, kind: 'hang' });
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
    const failed = stack.logs.filter((l) => l.msg === 'algoreg call failed' && l.route === DETAIL).at(-1);
    expect(failed?.ms).toBeGreaterThanOrEqual(999);
    expect(failed?.ms).toBeLessThanOrEqual(1100);
  });
});

describe('the gateway’s own HTTP server', () => {
  const stack = useStack({ SERVER_REQUEST_TIMEOUT_MS: '600', SERVER_HEADERS_TIMEOUT_MS: '300' });

  it('cuts a stalled upload once the request timeout has passed', async () => {
    const { port } = new URL(stack.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = performance.now();
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":',
    );
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    await new Promise((resolve) => socket.once('close', resolve));
    const elapsed = performance.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(600 + 500);
  });
});
