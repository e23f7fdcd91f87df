// @ts-nocheck
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SaveCustomersDocument } from '../packages/client/src/generated/graphql.ts';
import { type Stack, startStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const EVENTS = 'GET /api/v1/customers/{customer_external_id}/timeline';
const SAVE = 'POST /api/v1/customers/save';

/** A failing field next to one that works: the sibling's data must survive. */
const WITH_SIBLING = `{
  page: customers(first: 1) { totalCount }
  customer(externalId: "C-0001") { externalId firstName lastName dateOfBirth events(first: 2) { totalCount } }
}`;

let stack: Stack;
let seeded: { firstName: string; lastName: string; dateOfBirth: string };
beforeAll(async () => {
  // Every failure here is on purpose: neither the breakers nor the retry budget may step in
  // between the cases (resilience.test.ts holds them).
  stack = await startStack({ BREAKER_MIN_CALLS: '100000', RETRY_BUDGET_MIN_RETRIES: '100000' });
  const res = await stack.gql('{ customer(externalId: "C-0001") { firstName lastName dateOfBirth } }');
  seeded = res.data.customer;
});
afterAll(() => stack?.close());
beforeEach(() => stack.reset());

/** Nothing Algoreg said, no stack trace and no customer data may reach the client in errors. */
function expectNothingLeaked(res: { errors?: unknown }): void {
  const text = JSON.stringify(res.errors);
  for (const leak of ['Injected fault', 'sandbox_fault', 'stack', '.ts:', 'at ', seeded.lastName]) {
    expect(text).not.toContain(leak);
  }
}

describe('Algoreg error answers', () => {
  const cases: {
    status: number;
    /** Seconds, or 'in 60 s': an HTTP date 60 s from when the case runs. */
    retryAfter?: number | 'in 60 s';
    code: string;
    message: string;
    retryable: boolean;
    /** The `retryAfter` the client gets, when it differs from the header's (an HTTP date). */
    told?: number[];
  }[] = [
    { status: 400, code: 'UPSTREAM_BAD_REQUEST', message: 'Algoreg rejected the request.', retryable: false },
    {
      status: 401,
      code: 'UPSTREAM_UNAUTHORIZED',
      message: 'The gateway could not authenticate with Algoreg.',
      retryable: false,
    },
    {
      status: 403,
      code: 'UPSTREAM_FORBIDDEN',
      message: "The gateway's Algoreg user lacks the role for this operation.",
      retryable: false,
    },
    { status: 404, code: 'UPSTREAM_NOT_FOUND', message: 'Algoreg has no such record.', retryable: false },
    {
      status: 408,
      code: 'UPSTREAM_TIMEOUT',
      message: 'Algoreg did not answer in time; retry later.',
      retryable: true,
    },
    {
      status: 409,
      code: 'UPSTREAM_BAD_REQUEST',
      message: 'Algoreg rejected the request.',
      retryable: false,
    },
    {
      status: 429,
      retryAfter: 30,
      code: 'UPSTREAM_RATE_LIMITED',
      message: 'Algoreg is rate limiting the gateway; retry later.',
      retryable: true,
    },
    {
      // Retry-After as an HTTP date: the seconds until then.
      status: 429,
      retryAfter: 'in 60 s',
      told: [58, 59, 60],
      code: 'UPSTREAM_RATE_LIMITED',
      message: 'Algoreg is rate limiting the gateway; retry later.',
      retryable: true,
    },
    {
      status: 500,
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Algoreg is unavailable; retry later.',
      retryable: true,
    },
    {
      status: 503,
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Algoreg is unavailable; retry later.',
      retryable: true,
    },
    {
      status: 504,
      code: 'UPSTREAM_TIMEOUT',
      message: 'Algoreg did not answer in time; retry later.',
      retryable: true,
    },
  ];
  for (const c of cases) {
    it(`turn a ${c.status}${c.told ? ' with a dated Retry-After' : ''} from Algoreg into ${c.code} on the field that needed it, keeping its siblings`, async () => {
      const header = c.retryAfter === 'in 60 s' ? new Date(Date.now() + 60_000).toUTCString() : c.retryAfter;
      await stack.fault({ route: EVENTS, kind: 'status', status: c.status, retryAfter: header });
      const res = await stack.gql(WITH_SIBLING);
      expect(res.status).toBe(200);
      expect(res.data.page.totalCount).toBeGreaterThan(0);
      // The customer itself loaded; only its timeline failed.
      expect(res.data.customer).toEqual({ ...seeded, externalId: 'C-0001', events: null });
      expect(res.errors).toHaveLength(1);
      const error = res.errors?.[0];
      expect(error?.path).toEqual(['customer', 'events']);
      const { retryAfter, ...extensions } = error?.extensions ?? {};
      expect(extensions).toEqual({ code: c.code, retryable: c.retryable });
      if (c.told) expect(c.told).toContain(retryAfter);
      else expect(retryAfter).toBe(c.retryAfter);
      expect(error?.message).toBe(c.message);
      expectNothingLeaked(res);
    });
  }

  it('keeps the other root fields when one root field fails', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 403 });
    const res = await stack.gql(WITH_SIBLING);
    expect(res.data.page.totalCount).toBeGreaterThan(0);
    expect(res.data.customer).toBeNull();
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['customer'], 'UPSTREAM_FORBIDDEN'],
    ]);
    expectNothingLeaked(res);
  });

  it('reads a 404 on a customer as "no such customer" (null), not as an error', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 404 });
    const res = await stack.gql('{ customer(externalId: "C-0001") { externalId } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: null });
  });

  it('waits out a short Retry-After itself and answers with the data', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 429, retryAfter: 0, times: 1 });
    const res = await stack.gql('{ customer(externalId: "C-0001") { externalId } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.externalId).toBe('C-0001');
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);
  });

  it('answers UPSTREAM_BAD_RESPONSE when Algoreg sends a body that is not JSON', async () => {
    await stack.fault({ route: DETAIL, kind: 'malformed' });
    const res = await stack.gql(WITH_SIBLING);
    expect(res.data.page.totalCount).toBeGreaterThan(0);
    expect(res.data.customer).toBeNull();
    expect(res.errors?.[0]?.path).toEqual(['customer']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', retryable: false });
    // Not retried: a broken answer stays broken.
    expect((await stack.stats()).byRoute[DETAIL]).toBe(1);
    expectNothingLeaked(res);
  });

  it('answers UPSTREAM_BAD_RESPONSE when the JSON does not have the documented shape', async () => {
    await stack.fault({ route: DETAIL, kind: 'body', json: { customer: { first_name: 'no external id' } } });
    const res = await stack.gql('{ customer(externalId: "C-0001") { externalId } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(JSON.stringify(res) + stack.rawLogs()).not.toContain('no external id');
  });

  it('retries a read whose connection was reset and answers with the data', async () => {
    await stack.fault({ route: DETAIL, kind: 'reset', times: 1 });
    const res = await stack.gql('{ customer(externalId: "C-0001") { externalId firstName } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.customer).toEqual({ externalId: 'C-0001', firstName: seeded.firstName });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);
  });

  it('answers UPSTREAM_UNAVAILABLE after the read retries run out', async () => {
    await stack.fault({ route: DETAIL, kind: 'reset' });
    const res = await stack.gql('{ customer(externalId: "C-0001") { externalId } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(3);
    expectNothingLeaked(res);
  });

  it('never resends a save after a 503, and reports its lines FAILED with the upstream code', async () => {
    await stack.fault({ route: SAVE, kind: 'status', status: 503 });
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [
          { externalId: 'ERR-1', accountType: 'INDIVIDUAL', firstName: 'Ada', lastName: 'Quill' },
          { externalId: 'ERR-2', accountType: 'INDIVIDUAL', firstName: 'Bo', lastName: 'Quill' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers.status).toBe('FAILED');
    expect(
      res.data?.saveCustomers.lines.map((l) => [l.externalId, l.status, l.upstreamCode, l.customer]),
    ).toEqual([
      ['ERR-1', 'FAILED', 'UPSTREAM_UNAVAILABLE', null],
      ['ERR-2', 'FAILED', 'UPSTREAM_UNAVAILABLE', null],
    ]);
    const stats = await stack.stats();
    expect(stats.byRoute[SAVE]).toBe(1);
    expect(stats.byRoute[DETAIL]).toBeUndefined();
  });
});

describe('failed saves', () => {
  const input = { customers: [{ externalId: 'ERR-3', firstName: 'Cy' }] };
  for (const [what, fault, code] of [
    ['a reset connection', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE'],
    ['a 429', { kind: 'status', status: 429, retryAfter: 0 }, 'UPSTREAM_RATE_LIMITED'],
    ['a body that is not JSON', { kind: 'malformed' }, 'UPSTREAM_BAD_RESPONSE'],
  ] as const) {
    it(`are never resent after ${what}`, async () => {
      await stack.fault({ route: SAVE, times: 1, ...fault });
      const res = await stack.gql(SaveCustomersDocument, { input });
      expect(res.data?.saveCustomers.lines.map((l) => [l.status, l.upstreamCode])).toEqual([
        ['FAILED', code],
      ]);
      expect((await stack.stats()).byRoute[SAVE]).toBe(1);
    });
  }
});

describe('a hanging Algoreg', () => {
  let slow: Stack;
  beforeAll(async () => {
    slow = await startStack({ ALGOREG_TIMEOUT_MS: '300', ALGOREG_READ_RETRIES: '1' });
  });
  afterAll(() => slow.close());

  it('answers UPSTREAM_TIMEOUT once the per-call timeout has passed, keeping the sibling fields', async () => {
    await slow.gql('{ customers(first: 1) { totalCount } }'); // token first, outside the hang
    await slow.fault({ route: DETAIL, kind: 'hang' });
    const started = Date.now();
    const res = await slow.gql(WITH_SIBLING);
    const elapsed = Date.now() - started;
    expect(res.data.page.totalCount).toBeGreaterThan(0);
    expect(res.data.customer).toBeNull();
    expect(res.errors?.[0]?.path).toEqual(['customer']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', retryable: true });
    // Two attempts of 300 ms, not the sandbox's ten-minute hang.
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(3_000);
    expect((await slow.stats()).byRoute[DETAIL]).toBe(2);
  });
});
