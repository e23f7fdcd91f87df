// @ts-nocheck
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Stack, spawnMain, startStack, useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const TOKEN = 'POST /api/v1/token';
const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';

/** A probe as an orchestrator sends it: one that has not answered within 5 s counts as failed. */
async function probe(url: string, path: '/health' | '/ready') {
  const res = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(5_000) });
  const body = (await res.json()) as { status: string; checks?: Record<string, string> };
  return { status: res.status, body };
}

describe('/health and /ready', () => {
  const stack = useStack({ ALGOREG_READ_RETRIES: '0', BREAKER_MIN_CALLS: '3' });

  it('answer 200 while all is well, without client authentication or any Algoreg call', async () => {
    const health = await probe(stack.url, '/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'alive' } });
    const ready = await probe(stack.url, '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({
      config: 'ok',
      shutdown: 'ok',
      algoregToken: 'ok',
      breakers: 'ok',
      redis: 'in-process',
    });
    expect((await stack.stats()).calls).toBe(0);
  });

  it('turn /ready red while every breaker in use is open, and green once a route works', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 503 });
    for (let i = 0; i < 3; i++) await stack.gql(ONE_CUSTOMER);
    const red = await probe(stack.url, '/ready');
    expect(red.status).toBe(503);
    expect(red.body).toMatchObject({ status: 'not ready', checks: { breakers: 'all open' } });
    expect((await probe(stack.url, '/health')).status).toBe(200);

    const other = await stack.gql('{ customers(first: 1) { totalCount } }');
    expect(other.errors).toBeUndefined();
    expect((await probe(stack.url, '/ready')).status).toBe(200);
  });
});

describe('/ready without an Algoreg token', () => {
  let stack: Stack;
  beforeAll(async () => {
    // No first request: no token yet. A token call may take a minute: the probe must not wait for it.
    stack = await startStack({ ALGOREG_TIMEOUT_MS: '60000' });
  });
  afterAll(() => stack.close());

  it('answers at once while the token call hangs, without waiting for it', async () => {
    await stack.fault({ route: TOKEN, kind: 'hang', times: 1 });
    const red = await probe(stack.url, '/ready');
    expect(red.status).toBe(503);
    expect(red.body.checks?.algoregToken).not.toBe('ok');
    expect((await stack.stats()).byRoute[TOKEN]).toBe(1);
    stack.sandbox.faults.releaseHangs(); // the hung call ends (its connection cut)
  });

  it('turns red while the token cannot be obtained, and green once it can', async () => {
    await stack.reset();
    await stack.fault({ route: TOKEN, kind: 'status', status: 503 });
    const red = await probe(stack.url, '/ready');
    expect(red.status).toBe(503);
    expect(red.body.checks?.algoregToken).not.toBe('ok');

    await stack.reset();
    // The probe that starts a token call may answer before it ends; the next one sees the token.
    await vi.waitFor(async () => expect((await probe(stack.url, '/ready')).status).toBe(200));
    expect((await stack.stats()).byRoute[TOKEN]).toBe(1);
  });
});

describe('SIGTERM', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  it('lets the request in flight finish, stops accepting, and exits 0', async () => {
    child = spawnMain(root);
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const lines = createInterface({ input: child.stdout! });
    let sandbox = '';
    let gateway = '';
    for await (const line of lines) {
      const entry = JSON.parse(line) as { msg: string; upstream?: string };
      if (entry.upstream) sandbox = entry.upstream;
      const ready = /GraphiQL at (\S+)\/graphql/.exec(entry.msg);
      if (ready?.[1]) {
        gateway = ready[1];
        break;
      }
    }
    const logged: string[] = [];
    lines.on('line', (line) => logged.push(line));

    await fetch(`${sandbox}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ route: DETAIL, kind: 'latency', ms: 400 }),
    });
    const inFlight = fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ONE_CUSTOMER }),
    });
    // SIGTERM once the call has reached Algoreg, i.e. mid-request.
    await vi.waitFor(async () => {
      const stats = (await (await fetch(`${sandbox}/__sandbox/stats`)).json()) as {
        byRoute: Record<string, number>;
      };
      expect(stats.byRoute[DETAIL]).toBe(1);
    });
    child.kill('SIGTERM');

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ customer: { externalId: 'C-0001' } });
    expect(await exited).toBe(0);
    await expect(fetch(`${gateway}/health`)).rejects.toThrow();
    expect(logged.join('\n')).toContain('shutting down');
  });
});
