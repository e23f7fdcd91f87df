import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { PREFLIGHT, type Stack, startStack } from './harness.ts';

const MODIFY = 'mutation { modifyAlert(input: { alertId: "ALR-00001", comment: "x" }) { alert { id } } }';
const TOKENS = JSON.stringify([
  {
    name: 'analyst',
    scopes: ['read:customers', 'read:alerts', 'decide:alerts'],
    token: 'analyst-token-77aa01bc',
  },
  {
    name: 'lead',
    scopes: ['read:customers', 'read:alerts', 'decide:alerts', 'bulk'],
    token: 'lead-token-88bb02cd99',
  },
  { name: 'other', scopes: ['read:customers'], token: 'other-token-99cc03de00' },
  { name: 'ops', scopes: ['read:customers', 'admin'], token: 'ops-token-11dd04ef22' },
]);
const as = (name: string) => ({
  authorization: `Bearer ${name}-token-${{ analyst: '77aa01bc', lead: '88bb02cd99', other: '99cc03de00', ops: '11dd04ef22' }[name]}`,
});

type Body = {
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
  data?: unknown;
};

describe('the door, with no tokens configured (development)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ MAX_QUERY_TOKENS: '200', MAX_QUERY_CHARS: '4000' });
  });
  afterAll(() => stack?.close());
  beforeEach(() => stack.reset());

  it('refuses an HTML form POST of a mutation (no preflight header): 403, nothing upstream, one audit event', async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-request-id': 'csrf-1' },
      body: new URLSearchParams({ query: MODIFY }).toString(),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe('CSRF_REJECTED');
    expect((await stack.stats()).calls).toBe(0);
    expect(stack.audit().filter((e) => e.requestId === 'csrf-1')).toEqual([
      expect.objectContaining({ action: 'request', outcome: 'refused', code: 'CSRF_REJECTED' }),
    ]);
  });

  it('refuses a multipart POST without the preflight header, and runs it with the header', async () => {
    const form = () => {
      const f = new FormData();
      f.set('operations', JSON.stringify({ query: MODIFY }));
      f.set('map', '{}');
      return f;
    };
    const refused = await fetch(`${stack.url}/graphql`, { method: 'POST', body: form() });
    expect(refused.status).toBe(403);
    expect((await stack.stats()).calls).toBe(0);
    const sent = await fetch(`${stack.url}/graphql`, { method: 'POST', body: form(), headers: PREFLIGHT });
    expect(((await sent.json()) as Body).errors).toBeUndefined();
    expect((await stack.stats()).byRoute['POST /api/v1/alerts/{alert_id}']).toBe(1);
  });

  it('answers 413 to a JSON body over 1 MB, before anything is parsed or sent', async () => {
    const body = JSON.stringify({
      query: '{ customer(externalId: "C-0001") { id } }',
      variables: { pad: 'x'.repeat(1_100_000) },
    });
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
    expect((await stack.stats()).calls).toBe(0);
  });

  it('refuses a document over the token or the character limit with 400 and a code, without telling the limit, every time it comes', async () => {
    const manyTokens = `{ ${Array.from({ length: 60 }, (_, i) => `c${i}: customer(externalId: "C-1") { id }`).join(' ')} }`;
    const manyChars = `{ customer(externalId: "C-0001") { id } } # ${'x'.repeat(5_000)}`;
    // Each twice: a document measured once is remembered only when it passed.
    for (const query of [manyTokens, manyChars, manyTokens, manyChars]) {
      const res = await stack.gql(query);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('DOCUMENT_TOO_LARGE');
      expect(res.errors?.[0]?.message).not.toMatch(/\d/);
    }
    expect((await stack.stats()).calls).toBe(0);
  });

  it('echoes no origin with credentials: any origin may read, none may send cookies', async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-credentials')).not.toBe('true');
  });
});

describe('rate limits and decisions', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      GATEWAY_API_TOKENS: TOKENS,
      RATE_LIMIT_PER_MINUTE: '6',
      DECISION_RATE_LIMIT_PER_MINUTE: '2',
    });
  });
  afterAll(() => stack?.close());
  beforeEach(() => stack.reset());

  it('refuses more than one decision of a kind per request without the bulk scope, sending nothing; with it, all run', async () => {
    const two = `mutation {
      a: modifyAlert(input: { alertId: "ALR-00001", comment: "a" }) { alert { id } }
      b: modifyAlert(input: { alertId: "ALR-00002", comment: "b" }) { alert { id } }
    }`;
    const refused = await stack.gql(two, {}, as('analyst'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/bulk/);
    expect((await stack.stats()).calls).toBe(0);
    const events = stack.audit().filter((e) => e.caller?.name === 'analyst');
    expect(events.map((e) => [e.operation, e.targets.alertId, e.outcome])).toEqual([
      ['modifyAlert', ['ALR-00001'], 'refused'],
      ['modifyAlert', ['ALR-00002'], 'refused'],
    ]);
    const bulk = await stack.gql(two, {}, as('lead'));
    expect(bulk.errors).toBeUndefined();
    expect((await stack.stats()).byRoute['POST /api/v1/alerts/{alert_id}']).toBe(2);
  });

  it("limits each caller's decisions more strictly than their requests: RATE_LIMITED, 429, nothing sent", async () => {
    // The lead has used 2 decisions above; a third is past DECISION_RATE_LIMIT_PER_MINUTE.
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('lead') },
      body: JSON.stringify({ query: MODIFY }),
    });
    expect(res.status).toBe(429);
    const body = (await res.json()) as Body;
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect((await stack.stats()).calls).toBe(0);
  });

  it("limits each caller's requests, before reading them, and leaves other callers alone", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await stack.gql('{ customer(externalId: "C-0001") { id } }', {}, as('other'))).status);
    }
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    const limited = await stack.gql('{ customer(externalId: "C-0001") { id } }', {}, as('other'));
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const calls = (await stack.stats()).calls;
    expect(calls).toBe(6);
    expect((await stack.gql('{ customer(externalId: "C-0001") { id } }', {}, as('ops'))).status).toBe(200);
  });
});

describe('production defaults', () => {
  it('refuse to start without caller authentication', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true' })).not.toThrow();
  });

  describe('as configured', () => {
    let off: Stack;
    let on: Stack;
    beforeAll(async () => {
      off = await startStack({ NODE_ENV: 'production', GATEWAY_API_TOKENS: TOKENS });
      on = await startStack({
        NODE_ENV: 'production',
        GATEWAY_API_TOKENS: TOKENS,
        INTROSPECTION: 'on',
        GRAPHIQL: 'true',
      });
    });
    afterAll(async () => {
      await off?.close();
      await on?.close();
    });
    const page = (s: Stack, headers: Record<string, string> = {}) =>
      fetch(`${s.url}/graphql`, { headers: { accept: 'text/html', ...headers } });

    it('answer no introspection and serve no GraphiQL, even to an admin', async () => {
      const res = await off.gql('{ __schema { types { name } } }', {}, as('ops'));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
      const html = await page(off, as('ops'));
      expect(html.headers.get('content-type') ?? '').not.toContain('text/html');
      const cors = await fetch(`${off.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(cors.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('with INTROSPECTION=on and GRAPHIQL=true, answer and serve only callers with the admin scope', async () => {
      const admin = await on.gql('{ __schema { queryType { name } } }', {}, as('ops'));
      expect(admin.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const analyst = await on.gql('{ __schema { queryType { name } } }', {}, as('analyst'));
      expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await page(on, as('ops'))).headers.get('content-type')).toContain('text/html');
      expect((await page(on, as('analyst'))).headers.get('content-type') ?? '').not.toContain('text/html');
      expect((await page(on)).headers.get('content-type') ?? '').not.toContain('text/html');
    });

    it('suggest no field names', async () => {
      const res = await off.gql('{ customer(externalId: "C-0001") { firstNam } }', {}, as('other'));
      expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
    });
  });
});
