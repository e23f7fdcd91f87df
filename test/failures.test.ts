import { connect, createServer, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { type GraphQLResponse, type Stack, startStack } from './harness.ts';
import { metric } from './metrics.ts';

// How each way an Algoreg call can fail reaches the client (src/algoreg/failures.ts): the code,
// the message, `retryable`, `retryAfter`, and the log lines naming the route that failed.

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';

const TIMEOUT = {
  code: 'UPSTREAM_TIMEOUT',
  message: 'Algoreg did not answer in time; retry later.',
  retryable: true,
};
const UNAVAILABLE = {
  code: 'UPSTREAM_UNAVAILABLE',
  message: 'Algoreg is unavailable; retry later.',
  retryable: true,
};
const BAD_REQUEST = {
  code: 'UPSTREAM_BAD_REQUEST',
  message: 'Algoreg rejected the request.',
  retryable: false,
};
const BAD_RESPONSE = {
  code: 'UPSTREAM_BAD_RESPONSE',
  message: 'Algoreg answered with something the gateway cannot read.',
  retryable: false,
};
const RATE_LIMITED = {
  code: 'UPSTREAM_RATE_LIMITED',
  message: 'Algoreg is rate limiting the gateway; retry later.',
  retryable: true,
};

/** The one error of `customer`, as the client sees it. */
function failure(res: GraphQLResponse<unknown>) {
  expect(res.data).toEqual({ customer: null });
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors ?? [];
  expect(error?.path).toEqual(['customer']);
  const { code, retryable, retryAfter, ...rest } = error?.extensions ?? {};
  expect(rest).toEqual({});
  return { code, message: error?.message, retryable, retryAfter };
}

/** Calls to Get customer detail counted on `/metrics` with this outcome (a status, `timeout`, `network`). */
const counted = async (stack: Stack, outcome: string) =>
  (await metric(stack.url, `algoreg_upstream_calls_total{route="${DETAIL}",status="${outcome}"}`)) ?? 0;

/** The log lines of the last failure: the HTTP layer's and the gateway's (which reads the error's route). */
function logged(stack: Stack) {
  const lines = stack.logs;
  const call = lines.filter((l) => l.msg === 'algoreg call failed').at(-1);
  const upstream = lines.filter((l) => l.msg === 'upstream error').at(-1);
  return { call, upstream };
}

describe('an Algoreg that fails', () => {
  let stack: Stack;
  beforeAll(async () => {
    // One attempt per call (no retries), Basic auth (no token call), and neither the breakers nor
    // the retry budget stepping in between the cases.
    stack = await startStack({
      ALGOREG_AUTH: 'basic',
      ALGOREG_READ_RETRIES: '0',
      ALGOREG_TIMEOUT_MS: '300',
      BREAKER_MIN_CALLS: '100000',
    });
  });
  afterAll(() => stack?.close());
  beforeEach(() => stack.reset());

  for (const kind of ['hang', 'stall'] as const) {
    it(`answers UPSTREAM_TIMEOUT when Algoreg does not answer in time (${kind}), naming the route in the log`, async () => {
      await stack.fault({ route: DETAIL, kind });
      const before = await counted(stack, 'timeout');
      const started = performance.now();
      const res = await stack.gql(ONE_CUSTOMER);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(failure(res)).toEqual({ ...TIMEOUT, retryAfter: undefined });
      // Counted as a timeout, also when the headers (a status) had come.
      expect(await counted(stack, 'timeout')).toBe(before + 1);
      const { call, upstream } = logged(stack);
      expect(call).toMatchObject({ route: DETAIL, code: 'UPSTREAM_TIMEOUT', willRetry: false });
      expect(upstream).toMatchObject({ route: DETAIL, code: 'UPSTREAM_TIMEOUT' });
    });
  }

  it('answers UPSTREAM_UNAVAILABLE when the connection is closed without an answer, naming the route', async () => {
    await stack.fault({ route: DETAIL, kind: 'reset' });
    const before = await counted(stack, 'network');
    const res = await stack.gql(ONE_CUSTOMER);
    expect(failure(res)).toEqual({ ...UNAVAILABLE, retryAfter: undefined });
    expect(await counted(stack, 'network')).toBe(before + 1);
    const { call, upstream } = logged(stack);
    expect(call).toMatchObject({ route: DETAIL, code: 'UPSTREAM_UNAVAILABLE' });
    // No Algoreg error codes where Algoreg said nothing.
    expect(call?.upstreamCodes).toBeUndefined();
    expect(upstream).toMatchObject({ route: DETAIL, code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('answers UPSTREAM_BAD_RESPONSE when the body is not JSON, naming the route', async () => {
    await stack.fault({ route: DETAIL, kind: 'malformed' });
    const res = await stack.gql(ONE_CUSTOMER);
    expect(failure(res)).toEqual({ ...BAD_RESPONSE, retryAfter: undefined });
    expect(logged(stack).upstream).toMatchObject({ route: DETAIL, code: 'UPSTREAM_BAD_RESPONSE' });
  });

  for (const [what, json] of [
    ['no body (null)', null],
    ['`errors` that is not a list', { errors: 'not a list' }],
    ['`errors` of an object', { errors: { code: 'not_in_a_list' } }],
  ] as const) {
    it(`lets the status alone decide an error answer with ${what}`, async () => {
      await stack.fault({ route: DETAIL, kind: 'body', status: 400, json });
      const res = await stack.gql(ONE_CUSTOMER);
      expect(failure(res)).toEqual({ ...BAD_REQUEST, retryAfter: undefined });
      expect(logged(stack).call).toMatchObject({ route: DETAIL, code: 'UPSTREAM_BAD_REQUEST', status: 400 });
      expect(logged(stack).call?.upstreamCodes).toBeUndefined();
    });
  }

  it("keeps only Algoreg's string error codes, whatever else the list holds", async () => {
    const json = { errors: [null, { code: 7 }, { message: 'no code' }, { code: 'invalid_field' }] };
    await stack.fault({ route: DETAIL, kind: 'body', status: 400, json });
    const res = await stack.gql(ONE_CUSTOMER);
    expect(failure(res)).toEqual({ ...BAD_REQUEST, retryAfter: undefined });
    expect(logged(stack).call).toMatchObject({ route: DETAIL, upstreamCodes: ['invalid_field'] });
  });

  const past = () => new Date(Date.now() - 60_000).toUTCString();
  for (const [header, told] of [
    ['0', 0],
    ['7', 7],
    ['', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['in 5', undefined],
    [past, 0],
    ['Wed, 99 Oct 2015 07:28:00 GMT', undefined],
  ] as const) {
    const shown = typeof header === 'function' ? 'an HTTP date in the past' : JSON.stringify(header);
    it(`tells the client retryAfter ${told} for a 429 with Retry-After ${shown}`, async () => {
      const retryAfter = typeof header === 'function' ? header() : header;
      await stack.fault({ route: DETAIL, kind: 'status', status: 429, retryAfter });
      const res = await stack.gql(ONE_CUSTOMER);
      expect(failure(res)).toEqual({ ...RATE_LIMITED, retryAfter: told });
    });
  }
});

/**
 * A port whose listening socket never accepts: its accept queue (backlog 1) is filled by two
 * connections, so the kernel drops further SYNs and a connect hangs. Listened on by a worker whose
 * event loop is blocked, so nothing is ever accepted.
 */
async function blackHole(): Promise<{ port: number; close: () => Promise<void> }> {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const server = require('node:net').createServer();
     server.listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       Atomics.wait(workerData, 0, 0);
       server.close();
     });`,
    { eval: true, workerData: shared },
  );
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const fillers = await Promise.all(
    [0, 1].map(
      () =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => resolve(socket));
          socket.once('error', reject);
        }),
    ),
  );
  return {
    port,
    close: async () => {
      for (const s of fillers) s.destroy();
      Atomics.store(shared, 0, 1);
      Atomics.notify(shared, 0);
      await worker.terminate();
    },
  };
}

/** A port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('an Algoreg that cannot be reached', () => {
  let upstream: Sandbox;
  let hole: Awaited<ReturnType<typeof blackHole>>;
  const stacks: Stack[] = [];
  const reaching = async (port: number) => {
    const stack = await startStack(
      {
        ALGOREG_BASE_URL: `http://127.0.0.1:${port}`,
        ALGOREG_API_USER: SANDBOX_CREDENTIALS.user,
        ALGOREG_API_KEY: SANDBOX_CREDENTIALS.key,
        ALGOREG_AUTH: 'basic',
        ALGOREG_READ_RETRIES: '0',
        ALGOREG_CONNECT_TIMEOUT_MS: '200',
        ALGOREG_TIMEOUT_MS: '5000',
      },
      { upstream },
    );
    stacks.push(stack);
    return stack;
  };
  beforeAll(async () => {
    // Only to satisfy the harness: the gateway is pointed elsewhere.
    upstream = await createSandbox();
    hole = await blackHole();
  });
  afterAll(async () => {
    for (const s of stacks) await s.close();
    await hole?.close();
    await upstream?.close();
  });

  it('answers UPSTREAM_UNAVAILABLE when the connection is refused, naming the route', async () => {
    const stack = await reaching(await closedPort());
    const res = await stack.gql(ONE_CUSTOMER);
    expect(failure(res)).toEqual({ ...UNAVAILABLE, retryAfter: undefined });
    expect(logged(stack).upstream).toMatchObject({ route: DETAIL, code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('answers UPSTREAM_TIMEOUT once the connect timeout has passed, long before the call timeout', async () => {
    const stack = await reaching(hole.port);
    const started = performance.now();
    const res = await stack.gql(ONE_CUSTOMER);
    const elapsed = performance.now() - started;
    expect(failure(res)).toEqual({ ...TIMEOUT, retryAfter: undefined });
    expect(logged(stack).upstream).toMatchObject({ route: DETAIL, code: 'UPSTREAM_TIMEOUT' });
    // The connect timeout (200 ms, undici's coarse clock adds up to a second), not the call's 5 s.
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(4_000);
  });
});
