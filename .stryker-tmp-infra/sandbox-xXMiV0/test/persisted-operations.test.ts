// @ts-nocheck
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './harness.ts';
import { writeTestManifest } from './manifest.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';

interface Reply {
  status: number;
  data?: { customer?: { externalId: string } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a raw GraphQL-over-HTTP body (the plugin reads `documentId` and `extensions`). */
async function send(stack: Stack, body: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as Omit<Reply, 'status'>) };
}

const UNKNOWN = `sha256:${'0'.repeat(64)}`;

let manifestPath: string;
/** The manifest entry of one operation: its `sha256:<hex>` key and its document. */
let overview: { id: string; hex: string; document: string };
const variables = { externalId: 'C-0001' };

beforeAll(async () => {
  manifestPath = await writeTestManifest();
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const entry = Object.entries(manifest).find(([, doc]) => doc.includes('query Customer360('));
  if (!entry) throw new Error('no Customer360 in the manifest');
  overview = { id: entry[0], hex: entry[0].replace('sha256:', ''), document: entry[1] };
});

describe('PERSISTED_OPERATIONS=only', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: manifestPath });
  });
  afterAll(() => stack?.close());

  it('runs a manifest operation by `documentId`, by `extensions.persistedQuery.sha256Hash`, and over GET', async () => {
    const byDocumentId = await send(stack, { documentId: overview.id, variables });
    expect(byDocumentId.errors).toBeUndefined();
    expect(byDocumentId.data?.customer?.externalId).toBe('C-0001');

    const byApqHash = await send(stack, {
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: overview.hex } },
    });
    expect(byApqHash.errors).toBeUndefined();
    expect(byApqHash.data).toEqual(byDocumentId.data);

    const get = new URL('/graphql', stack.url);
    get.searchParams.set('documentId', overview.id);
    get.searchParams.set('variables', JSON.stringify(variables));
    const res = await fetch(get, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Reply).data).toEqual(byDocumentId.data);
  });

  it('refuses a document sent as text, even one from the manifest, before anything runs', async () => {
    await stack.reset();
    for (const body of [
      { query: overview.document, variables },
      { query: overview.document, variables, documentId: overview.id },
    ]) {
      const res = await send(stack, body);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      expect(res.errors?.[0]?.message).toContain('PERSISTED_OPERATIONS=only');
    }
    expect((await stack.stats()).byRoute[DETAIL]).toBeUndefined();
  });

  it('answers an unknown hash with a clear error and a stable code', async () => {
    for (const body of [
      { documentId: UNKNOWN, variables },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } } },
    ]) {
      const res = await send(stack, body);
      expect(res.status).toBe(404);
      expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(res.errors?.[0]?.message).toContain('not in the gateway manifest');
    }
    const none = await send(stack, { variables });
    expect(none.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });
});

describe('PERSISTED_OPERATIONS=allow, and off (the default with the sandbox)', () => {
  let allow: Stack;
  let off: Stack;
  beforeAll(async () => {
    [allow, off] = await Promise.all([
      startStack({ PERSISTED_OPERATIONS: 'allow', PERSISTED_OPERATIONS_MANIFEST: manifestPath }),
      startStack({ PERSISTED_OPERATIONS_MANIFEST: manifestPath }),
    ]);
  });
  afterAll(() => Promise.all([allow?.close(), off?.close()]));

  it('allow runs both a hash and a document; an unknown hash gets the APQ miss a client answers with the document', async () => {
    const byHash = await send(allow, { documentId: overview.id, variables });
    expect(byHash.data?.customer?.externalId).toBe('C-0001');
    const byText = await send(allow, { query: '{ customer(externalId: "C-0002") { externalId } }' });
    expect(byText.data?.customer?.externalId).toBe('C-0002');
    const miss = await send(allow, { extensions: { persistedQuery: { version: 1, sha256Hash: UNKNOWN } } });
    expect(miss.status).toBe(404);
    expect(miss.errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });

  it('off looks no hash up, even one in the manifest, and runs documents', async () => {
    const byHash = await send(off, { documentId: overview.id, variables });
    expect(byHash.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const byText = await send(off, { query: overview.document, variables });
    expect(byText.data?.customer?.externalId).toBe('C-0001');
    expect(off.rawLogs()).toContain('Persisted operations: off');
  });
});

describe('the manifest', () => {
  it('is required by an explicit mode, and an entry whose document does not match its hash stops the start', async () => {
    await expect(
      startStack({
        PERSISTED_OPERATIONS: 'only',
        PERSISTED_OPERATIONS_MANIFEST: '/nonexistent/manifest.json',
      }),
    ).rejects.toThrow(/cannot read the manifest \/nonexistent\/manifest\.json/);

    const tampered = `${manifestPath}.tampered.json`;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    manifest[overview.id] = overview.document.replace('externalId', 'externalId __typename');
    writeFileSync(tampered, JSON.stringify(manifest));
    await expect(
      startStack({ PERSISTED_OPERATIONS: 'allow', PERSISTED_OPERATIONS_MANIFEST: tampered }),
    ).rejects.toThrow(/does not have this hash/);
  });
});
