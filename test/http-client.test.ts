import { describe, expect, it } from 'vitest';
import { exampleVariables, useStack } from './harness.ts';
import { metric } from './metrics.ts';

/**
 * The HTTP layer (src/algoreg/http.ts) seen from the front door: what a broken or unexpected
 * answer becomes, how the retry loop counts, waits and gives up, and what it logs.
 */

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const TOKEN = 'POST /api/v1/token';
const DELETE_DOC = 'DELETE /api/v1/documents/{document_id}';
const DOWNLOAD = 'GET /api/v1/documents/{document_id}/download';
const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';

const WIRE_MISMATCH = 'algoreg answer does not match its wire schema';

describe('answers the gateway cannot read', () => {
  const stack = useStack();

  it('a body that is not JSON is a bad response of its route and status, not a schema mismatch', async () => {
    await stack.fault({ route: DETAIL, kind: 'malformed' });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
    const lines = stack.logs.slice(before);
    expect(lines.filter((l) => l.msg === WIRE_MISMATCH)).toEqual([]);
    expect(lines.find((l) => l.msg === 'upstream error')).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      route: DETAIL,
    });
    expect(lines.find((l) => l.msg === 'algoreg call failed')).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      route: DETAIL,
      status: 200,
    });
  });

  it('an answer off its wire schema logs one warning with the paths of up to 5 issues, never the values', async () => {
    await stack.fault({
      route: DETAIL,
      kind: 'body',
      // Seven records whose ids are not numbers: seven issues, of which five are named.
      json: {
        custom_fields: Array.from({ length: 7 }, (_, i) => ({ id: `secret-${i}`, name: `secret-name-${i}` })),
      },
    });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
    const lines = stack.logs.slice(before).filter((l) => l.msg === WIRE_MISMATCH);
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? {};
    expect(line.level).toBe(40);
    expect(line.route).toBe(DETAIL);
    expect(line.requestId).toBe(res.extensions?.requestId);
    const where = line.issuesAt as string[];
    expect(where).toHaveLength(5);
    expect(where).toEqual([
      'customer',
      'custom_fields.0.id',
      'custom_fields.1.id',
      'custom_fields.2.id',
      'custom_fields.3.id',
    ]);
    expect(stack.logs.slice(before).find((l) => l.msg === 'algoreg call failed')).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      status: 200,
    });
    expect(stack.logs.slice(before).find((l) => l.msg === 'upstream error')).toMatchObject({ route: DETAIL });
    expect(stack.rawLogs()).not.toMatch(/secret-/);
  });

  it('an answer that is not an object is out of schema at its root', async () => {
    await stack.fault({ route: DETAIL, kind: 'body', json: 12345 });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
    const line = stack.logs.slice(before).find((l) => l.msg === WIRE_MISMATCH);
    expect(line?.issuesAt).toEqual(['(root)']);
    expect(stack.rawLogs()).not.toMatch(/12345/);
  });
});

describe('the token call', () => {
  const stack = useStack();

  /** Revokes every token, so the next call is refused with a 401 and the token is renewed. */
  const revoke = () => fetch(`${stack.sandbox.url}/__sandbox/tokens/revoke`, { method: 'POST' });

  it('a token answer that is not JSON fails the request with a bad response of the token route', async () => {
    await revoke();
    await stack.fault({ route: TOKEN, kind: 'malformed', times: 1 });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect((await stack.stats()).byRoute[TOKEN]).toBe(1);
    const lines = stack.logs.slice(before);
    expect(lines.find((l) => l.msg === 'upstream error')).toMatchObject({ route: TOKEN });
    expect(lines.find((l) => l.msg === 'algoreg call failed')).toMatchObject({ route: DETAIL, status: 200 });
    // The next request gets a token and its answer.
    expect((await stack.gql(ONE_CUSTOMER)).data).toEqual({ customer: { externalId: 'C-0001' } });
  });

  it('a token answer off its schema fails the request with a bad response of the token route', async () => {
    await revoke();
    await stack.fault({ route: TOKEN, kind: 'body', json: { token_type: 'Bearer' }, times: 1 });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
    const lines = stack.logs.slice(before);
    expect(lines.find((l) => l.msg === 'upstream error')).toMatchObject({ route: TOKEN });
    expect(lines.find((l) => l.msg === 'algoreg call failed')).toMatchObject({ route: DETAIL, status: 200 });
  });

  it('a download without a request (no trace) renews a refused token and resends', async () => {
    const id = 'doc-seed-00001';
    const first = await fetch(`${stack.url}/documents/${id}/download`);
    expect(first.status).toBe(200);
    const tokens = (await stack.stats()).byRoute[TOKEN] ?? 0;
    const bytes = (await first.arrayBuffer()).byteLength;
    expect(first.headers.get('content-length')).toBe(String(bytes));
    await revoke();
    const again = await fetch(`${stack.url}/documents/${id}/download`);
    expect(again.status).toBe(200);
    expect((await again.arrayBuffer()).byteLength).toBe(bytes);
    const stats = await stack.stats();
    // The refused call, and its resend with a new token.
    expect(stats.byRoute[DOWNLOAD]).toBe(3);
    expect(stats.byRoute[TOKEN]).toBe(tokens + 1);
  });
});

describe('a call whose answer is not read (http.empty)', () => {
  // One connection: an answer left unread would hold it, and the next call would wait for ever.
  const stack = useStack({ ALGOREG_CONNECTIONS: '1', ALGOREG_TIMEOUT_MS: '2000', ALGOREG_READ_RETRIES: '0' });

  it('drains a large answer, so the connection serves the next call', async () => {
    const big = { padding: 'x'.repeat(2 * 1024 * 1024) };
    await stack.fault({ route: DELETE_DOC, kind: 'body', json: big, times: 1 });
    const deleted = await stack.gql(
      'mutation($input: DeleteDocumentInput!) { deleteDocument(input: $input) { deletedId errors { code } } }',
      exampleVariables('DeleteDocument'),
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteDocument.errors).toEqual([]);
    const next = await stack.gql(ONE_CUSTOMER);
    expect(next.errors).toBeUndefined();
    expect(next.data).toEqual({ customer: { externalId: 'C-0001' } });
  });
});

describe('the request’s deadline', () => {
  const stack = useStack({
    REQUEST_TIMEOUT_MS: '400',
    ALGOREG_TIMEOUT_MS: '5000',
    ALGOREG_READ_RETRIES: '0',
  });

  it('sends nothing once a slow token renewal has taken the time left: a timeout, not a call', async () => {
    await fetch(`${stack.sandbox.url}/__sandbox/tokens/revoke`, { method: 'POST' });
    // The refused call asks for a new token; the token takes longer than the request may.
    await stack.fault({ route: TOKEN, kind: 'latency', ms: 700, times: 1 });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
    expect(res.extensions?.upstream?.byRoute).toEqual({ [DETAIL]: 1 });
    const stats = await stack.stats();
    expect(stats.byRoute[DETAIL]).toBe(1);
    expect(stats.byRoute[TOKEN]).toBe(1);
    expect(stack.logs.slice(before).find((l) => l.msg === 'upstream error')).toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      route: DETAIL,
    });
  });
});

describe('the retry loop', () => {
  const stack = useStack({ ALGOREG_READ_RETRIES: '1', BREAKER_MIN_CALLS: '100000' });

  it('renewing a refused token does not use up an attempt: a 503 after it is still retried', async () => {
    // The first call is refused (401): renewed and resent, still attempt 1; the resend fails (503)
    // and is retried once (attempt 2 of 2).
    await stack.fault({ route: DETAIL, kind: 'status', status: 401, times: 1 });
    await stack.fault({ route: DETAIL, kind: 'status', status: 503, times: 1 });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: { externalId: 'C-0001' } });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(3);
    const failed = stack.logs.slice(before).filter((l) => l.msg === 'algoreg call failed');
    expect(failed).toEqual([
      expect.objectContaining({ route: DETAIL, status: 503, attempt: 1, willRetry: true }),
    ]);
  });

  it('waits out a Retry-After of 0 s and retries', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 429, retryAfter: 0, times: 1 });
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors).toBeUndefined();
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);
  });
});

describe('a Retry-After longer than the request has left', () => {
  const stack = useStack({ ALGOREG_READ_RETRIES: '1', REQUEST_TIMEOUT_MS: '800' });

  it('is not waited: the 429 goes back to the client at once', async () => {
    // 1 s is short enough to wait out inline, but not within an 800 ms request.
    await stack.fault({ route: DETAIL, kind: 'status', status: 429, retryAfter: 1, times: 1 });
    const before = stack.logs.length;
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfter: 1 });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(1);
    expect(stack.logs.slice(before).find((l) => l.msg === 'algoreg call failed')).toMatchObject({
      status: 429,
      willRetry: false,
    });
  });
});

describe('what the retry loop logs', () => {
  const stack = useStack({
    LOG_LEVEL: 'debug',
    ALGOREG_READ_RETRIES: '0',
    BREAKER_MIN_CALLS: '5',
    BREAKER_FAILURE_RATIO: '0.5',
    BREAKER_HALF_OPEN_MS: '600000',
  });

  /** The `algoreg call failed` lines of one request. */
  async function failedLines(query: string) {
    const before = stack.logs.length;
    const res = await stack.gql(query);
    return { res, lines: stack.logs.slice(before).filter((l) => l.msg === 'algoreg call failed') };
  }

  it('a missing record at debug level, a failure at warn level', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 404, times: 1 });
    const missing = await failedLines(ONE_CUSTOMER);
    expect(missing.res.data).toEqual({ customer: null });
    expect(missing.lines).toEqual([expect.objectContaining({ level: 20, code: 'UPSTREAM_NOT_FOUND' })]);

    await stack.fault({ route: DETAIL, kind: 'status', status: 500, times: 1 });
    const failed = await failedLines(ONE_CUSTOMER);
    expect(failed.lines).toEqual([
      expect.objectContaining({ level: 40, code: 'UPSTREAM_UNAVAILABLE', status: 500 }),
    ]);
  });

  it('a refusal of an open breaker at debug level', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    const open = async () => (await metric(stack.url, `algoreg_circuit_state{route="${DETAIL}"}`)) === 2;
    // Failures at warn level until the breaker opens (5 calls, half of them failed).
    for (let i = 0; i < 20 && !(await open()); i++) {
      const { lines } = await failedLines(ONE_CUSTOMER);
      expect(lines).toEqual([expect.objectContaining({ level: 40, status: 503 })]);
    }
    expect(await open()).toBe(true);
    const calls = (await stack.stats()).byRoute[DETAIL];
    const refused = await failedLines(ONE_CUSTOMER);
    expect(refused.res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[DETAIL]).toBe(calls);
    expect(refused.lines).toHaveLength(1);
    expect(refused.lines[0]).toMatchObject({ level: 20, code: 'UPSTREAM_UNAVAILABLE', willRetry: false });
    expect(refused.lines[0]?.status).toBeUndefined();
  });
});
