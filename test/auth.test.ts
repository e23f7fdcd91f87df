import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { type Stack, startStack } from './harness.ts';

const TOKEN = 'POST /api/v1/token';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId firstName } }';

describe('authentication with Algoreg', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('asks Algoreg for one token and reuses it for the following requests', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await stack.gql(ONE_CUSTOMER);
      expect(res.errors).toBeUndefined();
      expect(res.data.customer.externalId).toBe('C-0001');
    }
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBe(1);
    expect(stats.byRoute[DETAIL]).toBe(3);
  });

  it('renews a revoked token once however many requests hit the 401 together, and every request succeeds', async () => {
    await stack.gql(ONE_CUSTOMER); // a token is cached
    await stack.reset();
    await fetch(`${stack.sandbox.url}/__sandbox/tokens/revoke`, { method: 'POST' });
    const ids = Array.from({ length: 12 }, (_, i) => `C-${String(i + 10).padStart(4, '0')}`);
    const results = await Promise.all(
      ids.map((id) => stack.gql('query($id: String!) { customer(externalId: $id) { externalId } }', { id })),
    );
    for (const [i, res] of results.entries()) {
      expect(res.errors).toBeUndefined();
      expect(res.data.customer.externalId).toBe(ids[i]);
    }
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBe(1);
  });
});

describe('a failing token call', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('is tried again, so one Algoreg hiccup does not stick to the gateway', async () => {
    await stack.fault({ route: TOKEN, kind: 'status', status: 503, times: 1 });
    const first = await stack.gql(ONE_CUSTOMER);
    expect(first.errors).toBeUndefined();
    await stack.fault({ route: TOKEN, kind: 'status', status: 400, times: 1 });
    await fetch(`${stack.sandbox.url}/__sandbox/tokens/revoke`, { method: 'POST' });
    const refused = await stack.gql(ONE_CUSTOMER);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_REQUEST');
    const later = await stack.gql(ONE_CUSTOMER);
    expect(later.errors).toBeUndefined();
    expect(later.data.customer.externalId).toBe('C-0001');
    expect((await stack.stats()).byRoute[TOKEN]).toBe(4);
  });
});

describe('a token revoked before a save', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await stack.gql(ONE_CUSTOMER);
  });
  afterAll(() => stack?.close());

  it('renews the token and resends the save once, since Algoreg refused it before doing anything', async () => {
    await stack.reset();
    await fetch(`${stack.sandbox.url}/__sandbox/tokens/revoke`, { method: 'POST' });
    const res = await stack.gql(
      'mutation { saveCustomers(input: { customers: [{ externalId: "AUTH-1", firstName: "Once" }] }) { lines { status } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.saveCustomers.lines).toEqual([{ status: 'CREATED' }]);
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBe(1);
    expect(stats.byRoute['POST /api/v1/customers/save']).toBe(2);
  });
});

describe('Basic authentication', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ ALGOREG_AUTH: 'basic' });
  });
  afterAll(() => stack.close());

  it('sends the credentials on every call and never asks for a token', async () => {
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.externalId).toBe('C-0001');
    await stack.gql('{ customers(first: 3) { totalCount } }');
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBeUndefined();
    expect(stats.byRoute[DETAIL]).toBe(1);
  });
});

describe('wrong Algoreg credentials', () => {
  const WRONG_KEY = 'wrong-key-9f3c1e';
  let upstream: Sandbox;
  const stacks: Stack[] = [];
  beforeAll(async () => {
    upstream = await createSandbox();
  });
  afterAll(async () => {
    for (const s of stacks) await s.close();
    await upstream.close();
  });

  for (const mode of ['token', 'basic'] as const) {
    it(`answer UPSTREAM_UNAUTHORIZED without showing or logging any credential (${mode} auth)`, async () => {
      const stack = await startStack(
        {
          ALGOREG_BASE_URL: upstream.url,
          ALGOREG_API_USER: SANDBOX_CREDENTIALS.user,
          ALGOREG_API_KEY: WRONG_KEY,
          ALGOREG_AUTH: mode,
          UPSTREAM_TRACING: 'true',
          LOG_LEVEL: 'trace',
        },
        { upstream },
      );
      stacks.push(stack);
      await stack.reset();
      const res = await stack.gql(ONE_CUSTOMER);
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ customer: null });
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.path).toEqual(['customer']);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', retryable: false });
      const shown = JSON.stringify(res) + stack.rawLogs();
      expect(shown).not.toContain(WRONG_KEY);
      expect(shown).not.toContain(Buffer.from(`${SANDBOX_CREDENTIALS.user}:${WRONG_KEY}`).toString('base64'));
      expect(shown).not.toMatch(/Bearer\s+\S/);
      expect(shown).not.toMatch(/Basic\s+\S/);
      // Wrong credentials are not retried in a loop: at most one resend after the 401.
      const stats = await stack.stats();
      expect(stats.calls).toBeLessThanOrEqual(2);
      expect(stats.byRoute[DETAIL] ?? 0).toBe(mode === 'token' ? 0 : 2);
    });
  }
});

describe('the token at its renewal time', () => {
  // Only Date is driven (timers run for real), as in promises.test.ts: the token's lifetime and the
  // sandbox's token expiry both read it. A one-hour token is due for renewal 55 minutes after it came.
  const START = new Date('2026-05-01T08:00:00Z').getTime();
  const RENEW_AT = START + 55 * 60_000;
  let stack: Stack;
  const tokenCalls = async () => (await stack.stats()).byRoute[TOKEN] ?? 0;
  /** /ready, which answers within 30 ms whether or not the token call it started has come back. */
  const ready = async () => {
    const res = await fetch(`${stack.url}/ready`);
    return ((await res.json()) as { checks: Record<string, string> }).checks;
  };
  beforeAll(async () => {
    vi.setSystemTime(START);
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
    vi.useRealTimers();
  });

  it('is obtained by /ready when there is none yet, and used by the next request', async () => {
    await ready();
    await vi.waitFor(async () => expect(await tokenCalls()).toBe(1));
    expect((await stack.gql(ONE_CUSTOMER)).errors).toBeUndefined();
    expect(await tokenCalls()).toBe(1);
    expect((await ready()).algoregToken).toBe('ok');
    expect(await tokenCalls()).toBe(1);
  });

  it('is reused one millisecond before its renewal time and renewed at it', async () => {
    await stack.reset();
    vi.setSystemTime(RENEW_AT - 1);
    expect((await stack.gql(ONE_CUSTOMER)).errors).toBeUndefined();
    expect(await tokenCalls()).toBe(0);
    vi.setSystemTime(RENEW_AT);
    expect((await stack.gql(ONE_CUSTOMER)).errors).toBeUndefined();
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBe(1);
    // Renewed before the call, which went out once (the old token would still have been taken).
    expect(stats.byRoute[DETAIL]).toBe(2);
  });

  it('is renewed by /ready at its renewal time', async () => {
    await stack.reset();
    // The token of the previous case came at RENEW_AT.
    vi.setSystemTime(RENEW_AT + 55 * 60_000 - 1);
    expect((await ready()).algoregToken).toBe('ok');
    vi.setSystemTime(RENEW_AT + 55 * 60_000);
    await ready();
    await vi.waitFor(async () => expect(await tokenCalls()).toBe(1));
  });
});

describe('401s for a token the gateway no longer uses', () => {
  const START = new Date('2026-06-01T08:00:00Z').getTime();
  let stack: Stack;
  beforeAll(async () => {
    vi.setSystemTime(START);
    // No retries: a failure of the renewal itself reaches the client.
    stack = await startStack({ ALGOREG_READ_RETRIES: '0' });
    await stack.gql(ONE_CUSTOMER);
  });
  afterAll(async () => {
    await stack?.close();
    vi.useRealTimers();
  });

  it('two calls refused together renew the token once, and both resends succeed', async () => {
    await stack.reset();
    // Both calls reach Algoreg with the same token before either is refused; the renewal is slow,
    // so the second refusal comes while there is no token at all.
    await stack.fault({ route: DETAIL, kind: 'latency', ms: 500, times: 2 });
    await stack.fault({ route: DETAIL, kind: 'status', status: 401, times: 2 });
    await stack.fault({ route: TOKEN, kind: 'latency', ms: 800, times: 1 });
    const [a, b] = await Promise.all([
      stack.gql(ONE_CUSTOMER),
      stack.gql('{ customer(externalId: "C-0002") { externalId } }'),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect([a.data.customer.externalId, b.data.customer.externalId]).toEqual(['C-0001', 'C-0002']);
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBe(1);
    expect(stats.byRoute[DETAIL]).toBe(4);
  });

  it('a late 401 for the old token, after another request renewed it, keeps the new token', async () => {
    await stack.reset();
    // The call with the current token is held 2 s, then refused.
    await stack.fault({ route: DETAIL, kind: 'latency', ms: 2_000, times: 1 });
    await stack.fault({ route: DETAIL, kind: 'status', status: 401, times: 1 });
    let refused = false;
    const late = stack.gql(ONE_CUSTOMER).finally(() => {
      refused = true;
    });
    await vi.waitFor(async () => expect((await stack.stats()).byRoute[DETAIL]).toBe(1));
    // Meanwhile the token is due and another request renews it.
    vi.setSystemTime(START + 56 * 60_000);
    expect((await stack.gql('{ customers(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await stack.stats()).byRoute[TOKEN]).toBe(1);
    // The renewal came first (else this case would not hold what it says).
    expect(refused).toBe(false);
    const res = await late;
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.externalId).toBe('C-0001');
    const stats = await stack.stats();
    // The refused call was resent with the new token, which was kept: no second renewal.
    expect(stats.byRoute[TOKEN]).toBe(1);
    expect(stats.byRoute[DETAIL]).toBe(2);
  });
});

describe('ALGOREG_AUTH=forward readiness', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ ALGOREG_AUTH: 'forward' });
  });
  afterAll(() => stack?.close());

  it('is ready without credentials of its own, and asks Algoreg for none', async () => {
    const res = await fetch(`${stack.url}/ready`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { checks: Record<string, string> }).checks.algoregToken).toBe('ok');
    expect((await stack.stats()).calls).toBe(0);
  });
});
