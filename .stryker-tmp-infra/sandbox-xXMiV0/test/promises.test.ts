// @ts-nocheck
import { Kind, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as documents from '../packages/client/src/generated/graphql.ts';
import { endpoints, routeKey } from '../src/algoreg/endpoints.ts';
import { exampleVariables, pdfOf, type Stack, startStack, uploadDocumentForm, useStack } from './harness.ts';

// Promises the README makes, each held by a test that fails when the behaviour is broken.

const TOKEN = 'POST /api/v1/token';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const SAVE = 'POST /api/v1/customers/save';
const UPLOAD = 'POST /api/v1/documents';
const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';
const MiB = 1024 * 1024;

/** Routes whose every operation is a read or a search (`safe`), and those whose every one is a write. */
const routesWhere = (safe: boolean) => {
  const all = Object.keys(endpoints) as (keyof typeof endpoints)[];
  const keys = new Set(all.map((name) => routeKey(name)));
  return new Set(
    [...keys].filter((key) =>
      all.filter((n) => routeKey(n) === key).every((n) => endpoints[n].safe === safe),
    ),
  );
};
const READ_ROUTES = routesWhere(true);
const WRITE_ROUTES = routesWhere(false);

type Doc = (typeof documents)['CustomerPageDocument'];
/** The example operations of `schema/operations/` (the generated documents), by kind. */
function exampleOperations(kind: 'query' | 'mutation'): { name: string; doc: Doc }[] {
  return Object.entries(documents)
    .filter(
      ([name, value]) => name.endsWith('Document') && typeof value === 'object' && 'definitions' in value,
    )
    .map(([name, value]) => ({ name: name.slice(0, -'Document'.length), doc: value as Doc }))
    .filter(({ doc }) =>
      doc.definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && (d as OperationDefinitionNode).operation === kind,
      ),
    );
}

describe('the Algoreg token', () => {
  const START = new Date('2026-05-01T08:00:00Z').getTime();
  let stack: Stack;
  beforeAll(async () => {
    // Only Date is driven (timers run for real): the gateway's token lifecycle and the sandbox's
    // token expiry both read it.
    vi.setSystemTime(START);
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
    vi.useRealTimers();
  });

  it('is renewed before its one-hour expiry, not only after Algoreg refuses it', async () => {
    expect((await stack.gql(ONE_CUSTOMER)).errors).toBeUndefined();
    expect((await stack.stats()).byRoute[TOKEN]).toBe(1);

    // 54 minutes in: the token is still good, nothing is renewed.
    vi.setSystemTime(START + 54 * 60_000);
    expect((await stack.gql(ONE_CUSTOMER)).errors).toBeUndefined();
    expect((await stack.stats()).byRoute[TOKEN]).toBe(1);

    // 56 minutes in: Algoreg would still take the old token for four minutes, yet it is renewed
    // before the call, which goes out once (no 401 answered, no resend).
    vi.setSystemTime(START + 56 * 60_000);
    const res = await stack.gql(ONE_CUSTOMER);
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.externalId).toBe('C-0001');
    const stats = await stack.stats();
    expect(stats.byRoute[TOKEN]).toBe(2);
    expect(stats.byRoute[DETAIL]).toBe(3);
  });
});

describe('a bug in the gateway', () => {
  const CANARY = 'log sink broke at /srv/gateway/src/algoreg/http.ts:301 for C-0001';
  let stack: Stack;
  let armed = false;
  beforeAll(async () => {
    // The one failure the test can provoke inside our own code without changing it: the log sink
    // throws once, from within the HTTP layer's logging of a failed call.
    stack = await startStack(
      { LOG_LEVEL: 'info' },
      {
        onLogLine: (line) => {
          if (armed && line.includes('"msg":"algoreg call failed"')) {
            armed = false;
            throw new Error(CANARY);
          }
        },
      },
    );
    await stack.gql(ONE_CUSTOMER);
  });
  afterAll(() => stack?.close());

  it('reads `Unexpected error.` / INTERNAL_SERVER_ERROR with no detail, and is logged with the request id', async () => {
    await stack.reset();
    await stack.fault({ route: DETAIL, kind: 'status', status: 503, times: 1 });
    armed = true;
    const res = await stack.gql(
      `{ page: customers(first: 1) { totalCount } ${ONE_CUSTOMER.slice(1)}`,
      undefined,
      {
        'x-request-id': 'req-bug-7',
      },
    );
    expect(armed).toBe(false);
    expect(res.status).toBe(200);
    expect(res.data.page.totalCount).toBeGreaterThan(0);
    expect(res.data.customer).toBeNull();
    expect(res.errors).toEqual([
      {
        message: 'Unexpected error.',
        path: ['customer'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    const shown = JSON.stringify(res);
    for (const detail of ['log sink', '/srv/', '.ts:', 'stack', 'at ', 'Error:'])
      expect(shown).not.toContain(detail);
    const logged = stack.logs.filter((l) => l.msg === 'unexpected error');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId: 'req-bug-7', level: 50, path: ['customer'] });
    const err = logged[0]?.err as { message: string; stack: string } | undefined;
    expect(err?.message).toBe(CANARY);
    expect(err?.stack).toContain('http.ts');
  });
});

describe('the default stack', () => {
  const stack = useStack();

  it('retries every POST search of the example queries like a GET, and answers with the data', async () => {
    const queries = exampleOperations('query').filter(({ name }) => name !== 'Customer360Bench');
    expect(queries).toHaveLength(19);
    const searched: string[] = [];
    for (const { name, doc } of queries) {
      const variables = exampleVariables(name);
      await stack.reset();
      const clean = await stack.gql(doc, variables);
      expect(clean.errors, name).toBeUndefined();
      const routes = Object.keys(clean.extensions?.upstream?.byRoute ?? {});
      for (const route of routes.filter((r) => r.startsWith('POST ') && READ_ROUTES.has(r))) {
        await stack.reset();
        await stack.fault({ route, kind: 'status', status: 503, times: 1 });
        const res = await stack.gql(doc, variables);
        expect(res.errors, `${name} ${route}`).toBeUndefined();
        // Signed download links carry their own expiry second: compare them without it.
        expect(unsigned(res.data), `${name} ${route}`).toEqual(unsigned(clean.data));
        expect((await stack.stats()).byRoute[route], `${name} ${route}`).toBe(
          (clean.extensions?.upstream?.byRoute[route] ?? 0) + 1,
        );
        searched.push(route);
      }
    }
    // Customers, alerts, transactions, documents, threads and name searches at least.
    expect(new Set(searched).size).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it('never sends a write of the example mutations twice, whatever Algoreg answers', async () => {
    const mutations = exampleOperations('mutation').filter(({ name }) => name !== 'CheckIdentityDocument');
    expect(mutations).toHaveLength(15);
    const written = new Set<string>();
    for (const { name, doc } of mutations) {
      const variables = exampleVariables(name);
      await stack.reset();
      const clean = await stack.gql(doc, variables);
      expect(clean.errors, name).toBeUndefined();
      const byRoute = clean.extensions?.upstream?.byRoute ?? {};
      const writes = Object.keys(byRoute).filter((r) => WRITE_ROUTES.has(r));
      expect(writes.length, name).toBeGreaterThan(0);
      for (const route of writes) {
        for (const fault of [
          { kind: 'status', status: 503 },
          { kind: 'status', status: 429, retryAfter: 0 },
        ]) {
          await stack.reset();
          await stack.fault({ route, ...fault });
          await stack.gql(doc, variables);
          const sent = (await stack.stats()).byRoute[route] ?? 0;
          expect(sent, `${name} ${route} ${fault.kind}`).toBeGreaterThanOrEqual(1);
          expect(sent, `${name} ${route} ${fault.kind}`).toBeLessThanOrEqual(byRoute[route] ?? 0);
        }
        written.add(route);
      }
    }
    expect(written.size).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it('waits out a Retry-After of 1 s and hands a 2 s one back at once', async () => {
    await stack.fault({ route: DETAIL, kind: 'status', status: 429, retryAfter: 1, times: 1 });
    const started = performance.now();
    const waited = await stack.gql(ONE_CUSTOMER);
    expect(waited.errors).toBeUndefined();
    expect(waited.data.customer.externalId).toBe('C-0001');
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);

    await stack.reset();
    await stack.fault({ route: DETAIL, kind: 'status', status: 429, retryAfter: 2, times: 1 });
    const handed = await stack.gql(ONE_CUSTOMER);
    expect(handed.data).toEqual({ customer: null });
    expect(handed.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      retryable: true,
      retryAfter: 2,
    });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(1);
  });

  it('serves pages of at most 100 items, whatever `first` asks, on every connection', async () => {
    const intro = await stack.gql(`{
      query: __type(name: "Query") { fields { name args { name type { kind } } type { name kind ofType { name } } } }
      customer: __type(name: "Customer") { fields { name args { name type { kind } } type { name kind ofType { name } } } }
    }`);
    type Field = {
      name: string;
      args: { name: string; type: { kind: string } }[];
      type: { name: string | null; ofType: { name: string } | null };
    };
    const paged = (fields: Field[]) =>
      fields
        .filter((f) => f.args.some((a) => a.name === 'first'))
        .filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL'))
        .filter((f) => (f.type.name ?? f.type.ofType?.name ?? '').endsWith('Connection'))
        .map((f) => f.name);
    const rootFields = paged(intro.data.query.fields);
    const customerFields = paged(intro.data.customer.fields);
    expect(rootFields).toEqual(['alerts', 'customers', 'documents', 'threads', 'transactions']);
    expect(customerFields).toEqual(['alerts', 'documents', 'events', 'threads', 'transactions']);
    const shapes = [
      ...rootFields.map((f) => (first: number) => ({
        doc: `{ ${f}(first: ${first}) { edges { cursor } } }`,
        at: (d: Record<string, { edges: unknown[] } | null>) => d[f],
      })),
      ...customerFields.map((f) => (first: number) => ({
        doc: `{ customer(externalId: "C-0001") { ${f}(first: ${first}) { edges { cursor } } } }`,
        at: (d: { customer: Record<string, { edges: unknown[] } | null> | null }) => d.customer?.[f],
      })),
    ];
    for (const shape of shapes) {
      for (const first of [101, 1000]) {
        await stack.reset();
        const { doc } = shape(first);
        const res = await stack.gql(doc);
        expect(res.errors?.[0]?.extensions?.code, doc).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message, doc).toMatch(/first.*100/);
      }
      const { doc, at } = shape(100);
      const res = await stack.gql(doc);
      expect(res.errors, doc).toBeUndefined();
      expect((at(res.data) as { edges: unknown[] }).edges.length, doc).toBeLessThanOrEqual(100);
    }
    // A list longer than a page: exactly 100, and Algoreg was asked for no more.
    await stack.reset();
    const page = await stack.gql('{ customers(first: 100) { edges { cursor } } }');
    expect(page.data.customers.edges).toHaveLength(100);
    const sent = (await stack.lastRequests())['POST /api/v1/customers/search'] as { limit: number };
    expect(sent.limit).toBeLessThanOrEqual(100);
  }, 120_000);

  it('refuses an external document over 20 MB (the default limit), and takes one of exactly 20 MB', async () => {
    const mutation = `mutation($size: Int!) { uploadDocument(input: {
      customerExternalId: "C-0001", displayName: "Big", externalUrl: "https://files.example.com/big.pdf", fileSize: $size
    }) { document { size } errors { code } } }`;
    const over = await stack.gql(mutation, { size: 20 * MiB + 1 });
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/input\.fileSize.*20 MB|input\.fileSize.*20971520/);
    expect((await stack.stats()).byRoute[UPLOAD]).toBeUndefined();
    const exact = await stack.gql(mutation, { size: 20 * MiB });
    expect(exact.errors).toBeUndefined();
    expect(exact.data.uploadDocument.errors).toEqual([]);
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(1);
  });

  it('refuses a file over 20 MB (the default limit) without sending it, and takes one of exactly 20 MB', async () => {
    const send = (size: number) => uploadDocumentForm(stack.url, pdfOf(size));
    const over = await send(20 * MiB + 1);
    expect(over.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/input\.file/);
    expect((await stack.stats()).byRoute[UPLOAD]).toBeUndefined();
    const exact = await send(20 * MiB);
    expect(exact.errors).toBeUndefined();
    expect(exact.data?.uploadDocument?.document?.size).toBe(20 * MiB);
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(1);
  });
});

describe("MAX_UPLOAD_BYTES above 25 MB (Yoga's own default ceiling)", () => {
  const stack = useStack({ MAX_UPLOAD_BYTES: String(30 * MiB) });

  it('takes a 26 MB file, which the default ceiling of a request body would have cut', async () => {
    const res = await uploadDocumentForm(stack.url, pdfOf(26 * MiB));
    expect(res.errors).toBeUndefined();
    expect(res.data?.uploadDocument?.document?.size).toBe(26 * MiB);
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(1);
  });
});

describe('ALGOREG_TIMEOUT_MS', () => {
  const stack = useStack({ ALGOREG_TIMEOUT_MS: '500', ALGOREG_READ_RETRIES: '0' });

  it('also bounds an answer whose body stalls after its headers', async () => {
    await stack.fault({ route: DETAIL, kind: 'stall' });
    const started = performance.now();
    const res = await stack.gql(ONE_CUSTOMER);
    const elapsed = performance.now() - started;
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', retryable: true });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(1);
    const failed = stack.logs.filter((l) => l.msg === 'algoreg call failed' && l.route === DETAIL).at(-1);
    expect(failed?.ms).toBeGreaterThanOrEqual(499);
    expect(failed?.ms).toBeLessThanOrEqual(550);
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('a chunked save', () => {
  const stack = useStack({ ALGOREG_SAVE_CHUNK_SIZE: '2' });

  it('sends the relations with the last chunk, once every customer they name exists', async () => {
    const res = await stack.gql(
      `mutation { saveCustomers(input: {
        customers: [{ externalId: "CH-P1", firstName: "Pa" }, { externalId: "CH-P2", firstName: "Pb" },
                    { externalId: "CH-C3", firstName: "Cc" }, { externalId: "CH-C4", firstName: "Cd" },
                    { externalId: "CH-C5", firstName: "Ce" }]
        relations: [{ parentExternalId: "CH-P1", childExternalId: "CH-C5", relationExternalId: "CH-R1" }]
      }) { status chunks { index lines } relationErrors { externalId } lines { status } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.saveCustomers.chunks).toEqual([
      { index: 0, lines: 2 },
      { index: 1, lines: 2 },
      { index: 2, lines: 1 },
    ]);
    // Sent with an earlier chunk, the relation would name a customer Algoreg does not have yet.
    expect(res.data.saveCustomers.relationErrors).toEqual([]);
    expect((await stack.stats()).byRoute[SAVE]).toBe(3);
    const last = (await stack.lastRequests())[SAVE] as { customers: unknown[]; relations?: unknown[] };
    expect(last.customers).toHaveLength(1);
    expect(last.relations).toHaveLength(1);
    const read = await stack.gql('{ customer(externalId: "CH-C5") { relations { parent { externalId } } } }');
    expect(
      read.data.customer.relations.map((r: { parent: { externalId: string } }) => r.parent.externalId),
    ).toEqual(['CH-P1']);
  });
});

/** A result with the query strings of signed download links removed. */
function unsigned(data: unknown): unknown {
  return JSON.parse(
    JSON.stringify(data ?? null).replace(/\/download\?expires=\d+&signature=[\w-]+/g, '/download'),
  );
}
