// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatThreadDocument, DocumentSearchDocument } from '../packages/client/src/generated/graphql.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { downloadPath } from '../src/files.ts';
import { type Stack, startStack, useStack } from './harness.ts';

const DOCUMENT_DOWNLOAD = 'GET /api/v1/documents/{document_id}/download';
const ATTACHMENT_DOWNLOAD = 'GET /api/v1/attachment/{attachment_id}';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';
const DEV_ORIGIN = 'http://localhost:5173';

/** A request as a browser on `origin` sends it (Node's fetch lets a test set `Origin`). */
const post = (stack: Stack, origin: string | undefined, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}), ...headers },
    body: JSON.stringify({ query: ONE_CUSTOMER }),
  });

const preflight = (stack: Stack, origin: string) =>
  fetch(`${stack.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS with the defaults of the sandbox', () => {
  const stack = useStack();

  it("answers the example page's dev origin's preflight, then its request, echoing the origin with credentials", async () => {
    const pre = await preflight(stack, DEV_ORIGIN);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(DEV_ORIGIN);
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization.*content-type/);
    expect(Number(pre.headers.get('access-control-max-age'))).toBeGreaterThan(0);

    const res = await post(stack, DEV_ORIGIN);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ customer: { externalId: 'C-0001' } });
    expect(res.headers.get('access-control-allow-origin')).toBe(DEV_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-expose-headers')).toContain('content-disposition');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('refuses any other origin, preflight and request, with 403, no CORS headers and nothing sent upstream', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:5174', 'null']) {
      const pre = await preflight(stack, origin);
      expect(pre.status).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const res = await post(stack, origin);
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('ORIGIN_NOT_ALLOWED');
      expect(body.errors[0]?.message).toContain('CORS_ORIGINS');
    }
    expect((await stack.stats()).byRoute[DETAIL]).toBeUndefined();
  });

  it('serves requests without an Origin (curl, servers) and same-origin pages (GraphiQL), without CORS headers for the first', async () => {
    const bare = await post(stack, undefined);
    expect(bare.status).toBe(200);
    expect(bare.headers.get('access-control-allow-origin')).toBeNull();
    const same = await post(stack, stack.url);
    expect(same.status).toBe(200);
    expect(((await same.json()) as { data: unknown }).data).toEqual({ customer: { externalId: 'C-0001' } });
    expect((await stack.stats()).byRoute[DETAIL]).toBe(2);
  });
});

describe('CORS_ORIGINS', () => {
  let listed: Stack;
  let any: Stack;
  beforeAll(async () => {
    [listed, any] = await Promise.all([
      startStack({ CORS_ORIGINS: 'https://app.example.com, https://ops.example.com/' }),
      startStack({ CORS_ORIGINS: '*' }),
    ]);
  });
  afterAll(() => Promise.all([listed?.close(), any?.close()]));

  it('replaces the default: each listed origin is allowed, the dev origin no longer', async () => {
    for (const origin of ['https://app.example.com', 'https://ops.example.com']) {
      const res = await post(listed, origin);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
    expect((await post(listed, DEV_ORIGIN)).status).toBe(403);
  });

  it('with `*` allows any origin, but never with credentials', async () => {
    const pre = await preflight(any, 'https://anyone.example');
    expect(pre.status).toBe(204);
    const res = await post(any, 'https://anyone.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('is validated at start-up; a configured tenant allows no cross-origin page by default', () => {
    for (const bad of ['https://app.example.com/path', 'app.example.com', '*, https://app.example.com']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(ConfigError);
    }
    expect(loadConfig({}).cors.origins).toEqual([DEV_ORIGIN]);
    const tenant = {
      ALGOREG_BASE_URL: 'https://api.example.com',
      ALGOREG_API_USER: 'u',
      ALGOREG_API_KEY: 'k',
    };
    expect(loadConfig(tenant).cors).toEqual({ anyOrigin: false, origins: [] });
  });
});

describe('signed download links under GATEWAY_API_TOKENS', () => {
  const TOKEN = 'web-test-token';
  const SECRET = 'a-download-secret-of-at-least-32-characters';
  const TTL_S = 120;
  const auth = { authorization: `Bearer ${TOKEN}` };
  const stack = useStack({
    GATEWAY_API_TOKENS: TOKEN,
    DOWNLOAD_URL_SECRET: SECRET,
    DOWNLOAD_URL_TTL_S: String(TTL_S),
  });
  const signing = { secret: SECRET, ttlS: TTL_S };

  const twoDocuments = async () => {
    const res = await stack.gql(DocumentSearchDocument, { first: 2 }, auth);
    expect(res.errors).toBeUndefined();
    const [a, b] = res.data?.documents?.edges.map((e) => e.node) ?? [];
    if (!a || !b) throw new Error('the sandbox has no two documents');
    return [a, b] as const;
  };
  const refusal = async (url: string) => {
    const res = await fetch(url);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    return { status: res.status, code: body.errors[0]?.extensions.code };
  };

  it('opens a document and an attachment from their downloadUrl with no Authorization header, until the link expires', async () => {
    const [doc] = await twoDocuments();
    const url = new URL(doc.downloadUrl);
    const expires = Number(url.searchParams.get('expires'));
    expect(expires * 1000 - Date.now()).toBeGreaterThan((TTL_S - 10) * 1000);
    expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(TTL_S * 1000);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await res.arrayBuffer()).byteLength).toBe(doc.size);

    const [stored] = stack.sandbox.store().attachments.values();
    if (!stored) throw new Error('the sandbox has no attachment');
    const thread = await stack.gql(ChatThreadDocument, { id: stored.threadId }, auth);
    const attachment = thread.data?.thread?.messages?.edges
      .flatMap((e) => e.node.attachments)
      .find((a) => a.downloadUrl);
    if (!attachment) throw new Error('the seeded thread has no attachment');
    const file = await fetch(attachment.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(attachment.mimeType);
    const stats = await stack.stats();
    expect(stats.byRoute[DOCUMENT_DOWNLOAD]).toBe(1);
    expect(stats.byRoute[ATTACHMENT_DOWNLOAD]).toBe(1);
  });

  it('refuses an expired, altered or moved link with 403 and sends nothing upstream', async () => {
    const [a, b] = await twoDocuments();
    const base = stack.url;
    const link = new URL(a.downloadUrl);
    const expired = `${base}${downloadPath('document', a.documentId, signing, Date.now() - (TTL_S + 1) * 1000)}`;
    expect(await refusal(expired)).toEqual({ status: 403, code: 'DOWNLOAD_LINK_EXPIRED' });

    const sig = String(link.searchParams.get('signature'));
    const altered = new URL(link);
    altered.searchParams.set('signature', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
    const extended = new URL(link);
    extended.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 3600));
    const otherDocument = new URL(`${new URL(b.downloadUrl).pathname}${link.search}`, base);
    const otherKind = new URL(
      `/attachments/${encodeURIComponent(a.documentId)}/download${link.search}`,
      base,
    );
    const halfSigned = new URL(link.pathname, base);
    halfSigned.searchParams.set('signature', sig);
    for (const url of [altered, extended, otherDocument, otherKind, halfSigned]) {
      expect({ url: url.href, ...(await refusal(url.href)) }).toEqual({
        url: url.href,
        status: 403,
        code: 'DOWNLOAD_LINK_INVALID',
      });
    }
    // A bearer token does not rescue a broken link: the link decides.
    expect((await fetch(altered, { headers: auth })).status).toBe(403);
    const stats = await stack.stats();
    expect(stats.byRoute[DOCUMENT_DOWNLOAD]).toBeUndefined();
    expect(stats.byRoute[ATTACHMENT_DOWNLOAD]).toBeUndefined();
  });

  it('keeps the bare path working with the bearer token, and only with it', async () => {
    const [doc] = await twoDocuments();
    const bare = new URL(new URL(doc.downloadUrl).pathname, stack.url);
    expect((await fetch(bare)).status).toBe(401);
    const res = await fetch(bare, { headers: auth });
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(doc.size);
    expect((await stack.stats()).byRoute[DOCUMENT_DOWNLOAD]).toBe(1);
  });
});

describe('download links without DOWNLOAD_URL_SECRET', () => {
  let first: Stack;
  let second: Stack;
  beforeAll(async () => {
    [first, second] = await Promise.all([startStack(), startStack()]);
  });
  afterAll(() => Promise.all([first?.close(), second?.close()]));

  it('are signed with a key of the process: another process (a restart, a replica) refuses them', async () => {
    const res = await first.gql(DocumentSearchDocument, { first: 1 });
    const link = new URL(String(res.data?.documents?.edges[0]?.node.downloadUrl));
    expect((await fetch(link)).status).toBe(200);
    const elsewhere = await fetch(new URL(`${link.pathname}${link.search}`, second.url));
    expect(elsewhere.status).toBe(403);
    expect((await second.stats()).byRoute[DOCUMENT_DOWNLOAD]).toBeUndefined();
    expect(first.rawLogs()).toContain('DOWNLOAD_URL_SECRET is unset');
  });
});
