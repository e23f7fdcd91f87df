// @ts-nocheck
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { type Stack, startStack } from './harness.ts';

const MODIFY = 'POST /api/v1/alerts/{alert_id}';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const TOKEN_CALL = 'POST /api/v1/token';
const AUDIENCE = 'algoreg-gateway';

const TOKENS = {
  analyst: 'analyst-token-6f1c2d9e4b',
  supervisor: 'supervisor-token-0a8e3c5d7f',
  documents: 'documents-token-4e2b9c1a7d',
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tokensConfig = JSON.stringify([
  { name: 'analyst', scopes: ['read:customers', 'read:alerts'], token: TOKENS.analyst },
  {
    name: 'supervisor',
    scopes: ['read:customers', 'read:alerts', 'decide:alerts'],
    token: TOKENS.supervisor,
  },
  { name: 'documents', scopes: ['read:customers', 'read:documents'], token: TOKENS.documents },
]);

/** An identity provider on a local port: discovery document and JWKS of a fresh key pair. */
async function identityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const state = { down: false };
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (state.down) res.writeHead(503).end('{}');
    else if (req.url === '/.well-known/openid-configuration')
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks.json` }));
    else if (req.url === '/jwks.json') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const other = await generateKeyPair('RS256');
  const sign = (
    claims: Record<string, unknown>,
    opts: { exp?: number; aud?: string; key?: CryptoKey; iss?: string } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(opts.iss ?? issuer)
      .setAudience(opts.aud ?? AUDIENCE)
      .setSubject('u-4711')
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 300)
      .sign(opts.key ?? privateKey);
  return { issuer, sign, otherKey: other.privateKey, state, close: () => server.close() };
}

let idp: Awaited<ReturnType<typeof identityProvider>>;
let stack: Stack;

beforeAll(async () => {
  idp = await identityProvider();
  stack = await startStack({
    GATEWAY_API_TOKENS: tokensConfig,
    OIDC_ISSUER: idp.issuer,
    OIDC_AUDIENCE: AUDIENCE,
  });
  await stack.gql('{ customer(externalId: "C-0001") { id } }', {}, bearer(TOKENS.analyst));
});
afterAll(async () => {
  await stack?.close();
  idp?.close();
});
beforeEach(() => stack.reset());

const CUSTOMER_AND_ALERTS = `{
  customer(externalId: "C-0001") { externalId alerts(first: 1) { totalCount } }
  alert(id: "ALR-00001") { alertId }
}`;

describe('OIDC bearer tokens', () => {
  it("let a JWT's subject in with the scopes it carries: a field it may not read is null with FORBIDDEN, its siblings keep their data, and nothing is fetched for it", async () => {
    const jwt = await idp.sign({ scope: 'read:customers chat', preferred_username: 'olivia' });
    const res = await stack.gql(CUSTOMER_AND_ALERTS, {}, bearer(jwt));
    expect(res.data).toEqual({ customer: { externalId: 'C-0001', alerts: null }, alert: null });
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['customer', 'alerts'], 'FORBIDDEN'],
        [['alert'], 'FORBIDDEN'],
      ]),
    );
    expect(res.errors?.[0]?.message).toMatch(/read:alerts/);
    const stats = await stack.stats();
    expect(stats.calls).toBe(1);
    expect(stats.byRoute[DETAIL]).toBe(1);
  });

  it('keep the lists the caller may read when one root list is refused, and search only those', async () => {
    const jwt = await idp.sign({ scope: 'read:customers chat', preferred_username: 'olivia' });
    const res = await stack.gql(
      '{ customers(first: 1) { totalCount } alerts(first: 1) { totalCount } threads(first: 1) { totalCount } }',
      {},
      bearer(jwt),
    );
    expect(res.status).toBe(200);
    expect(res.data?.alerts).toBeNull();
    expect(res.data?.customers?.totalCount).toBeGreaterThan(0);
    expect(res.data?.threads?.totalCount).toBeGreaterThan(0);
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['alerts'], 'FORBIDDEN']]);
    const stats = await stack.stats();
    expect(stats.byRoute).toEqual({
      'POST /api/v1/customers/search': 1,
      'POST /api/v1/threads/search': 1,
    });
  });

  it('accept a token expired within the clock skew, refuse one expired beyond it, for another audience, from another issuer or signed by another key: 401 and nothing upstream', async () => {
    const now = Math.floor(Date.now() / 1000);
    const skewed = await idp.sign({ scope: 'read:customers' }, { exp: now - 10 });
    expect(
      (await stack.gql('{ customer(externalId: "C-0001") { externalId } }', {}, bearer(skewed))).status,
    ).toBe(200);
    await stack.reset();
    const refused = [
      await idp.sign({ scope: 'read:customers' }, { exp: now - 120 }),
      await idp.sign({ scope: 'read:customers' }, { aud: 'another-api' }),
      await idp.sign({ scope: 'read:customers' }, { iss: 'https://elsewhere.example' }),
      await idp.sign({ scope: 'read:customers' }, { key: idp.otherKey }),
    ];
    for (const jwt of refused) {
      const res = await stack.gql('{ customer(externalId: "C-0001") { externalId } }', {}, bearer(jwt));
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await stack.stats()).calls).toBe(0);
  });
});

describe('an identity provider that is down', () => {
  let down: Awaited<ReturnType<typeof identityProvider>>;
  let gateway: Stack;
  beforeAll(async () => {
    down = await identityProvider();
    gateway = await startStack({ OIDC_ISSUER: down.issuer, OIDC_AUDIENCE: AUDIENCE });
  });
  afterAll(async () => {
    await gateway?.close();
    down?.close();
  });

  it('answers 503 SERVICE_UNAVAILABLE with a Retry-After, not 401 (a frontend must not sign out), and lets the same token in once it is back', async () => {
    const jwt = await down.sign({ scope: 'read:customers' });
    down.state.down = true;
    const refused = await gateway.gql('{ customer(externalId: "C-0001") { externalId } }', {}, bearer(jwt));
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });
    expect((await gateway.stats()).calls).toBe(0);

    down.state.down = false;
    const res = await gateway.gql('{ customer(externalId: "C-0001") { externalId } }', {}, bearer(jwt));
    expect(res.status).toBe(200);
    expect(res.data?.customer?.externalId).toBe('C-0001');
  });
});

describe('API tokens with names and scopes', () => {
  it('refuse a decision to a caller without decide:alerts, sending nothing, and audit the refusal', async () => {
    const res = await stack.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-00001", state: FALSE_POSITIVE, comment: "canary-comment-1" }) { alert { id } } }',
      {},
      { ...bearer(TOKENS.analyst), 'x-request-id': 'req-refused-1' },
    );
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.stats()).calls).toBe(0);
    const events = stack.audit().filter((e) => e.requestId === 'req-refused-1');
    expect(events).toEqual([
      expect.objectContaining({
        action: 'mutation',
        operation: 'modifyAlert',
        caller: { id: 'token:analyst', name: 'analyst', kind: 'token' },
        targets: { alertId: ['ALR-00001'] },
        outcome: 'refused',
        code: 'FORBIDDEN',
      }),
    ]);
  });

  it("record a supervisor's decision under their name in Algoreg's comment, with one audit event holding who, what, when, where from and no field values", async () => {
    const res = await stack.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-00002", state: FALSE_POSITIVE, comment: "canary-comment-2" }) { alert { lastRevision { comment } } errors { code } } }',
      {},
      { ...bearer(TOKENS.supervisor), 'x-request-id': 'req-decided-1' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.modifyAlert.alert.lastRevision.comment).toBe('[supervisor] canary-comment-2');
    expect((await stack.lastRequests())[MODIFY]).toMatchObject({ comment: '[supervisor] canary-comment-2' });
    const events = stack.audit().filter((e) => e.requestId === 'req-decided-1');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'mutation',
      operation: 'modifyAlert',
      caller: { id: 'token:supervisor', name: 'supervisor' },
      targets: { alertId: ['ALR-00002'] },
      outcome: 'success',
      source: '127.0.0.1',
    });
    expect(Date.parse(String(events[0]?.time))).toBeGreaterThan(Date.now() - 60_000);
    const trail = JSON.stringify(stack.audit());
    expect(trail).not.toContain('canary-comment');
    expect(trail).not.toContain(TOKENS.supervisor);
  });

  it('audit a failed decision once: Algoreg down, and Algoreg without the alert', async () => {
    await stack.fault({ route: MODIFY, kind: 'status', status: 503, times: 1 });
    const failed = await stack.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-00003", state: FALSE_POSITIVE }) { errors { code } } }',
      {},
      { ...bearer(TOKENS.supervisor), 'x-request-id': 'req-failed-1' },
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const missing = await stack.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-99999", state: FALSE_POSITIVE }) { alert { id } } }',
      {},
      { ...bearer(TOKENS.supervisor), 'x-request-id': 'req-failed-2' },
    );
    expect(missing.data.modifyAlert.alert).toBeNull();
    const outcomes = stack
      .audit()
      .filter((e) => e.requestId.startsWith('req-failed-'))
      .map((e) => [e.requestId, e.outcome, e.code]);
    expect(outcomes).toEqual([
      ['req-failed-1', 'failed', 'UPSTREAM_UNAVAILABLE'],
      ['req-failed-2', 'failed', 'NOT_FOUND'],
    ]);
  });

  it('refuse node(id:) of an alert to a caller without read:alerts, before any call', async () => {
    const jwt = await idp.sign({ scope: 'read:customers' });
    const id = btoa('Alert:ALR-00001');
    const res = await stack.gql(`{ node(id: "${id}") { id } }`, {}, bearer(jwt));
    expect(res.data).toEqual({ node: null });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.stats()).calls).toBe(0);
  });

  it('check read:documents on a download, and audit each download once whatever its outcome', async () => {
    const found = await stack.gql(
      '{ documents(first: 1) { edges { node { documentId downloadUrl } } } }',
      {},
      bearer(TOKENS.documents),
    );
    const { documentId, downloadUrl } = found.data.documents.edges[0].node;
    // The bare path goes through the door; the signed `downloadUrl` is its own credential (web tests).
    const bare = String(downloadUrl).split('?')[0] as string;
    await stack.reset();
    const forbidden = await fetch(bare, {
      headers: { ...bearer(TOKENS.analyst), 'x-request-id': 'dl-1' },
    });
    expect(forbidden.status).toBe(403);
    expect(
      ((await forbidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    const anonymous = await fetch(bare, { headers: { 'x-request-id': 'dl-2' } });
    expect(anonymous.status).toBe(401);
    expect((await stack.stats()).calls).toBe(0);
    const served = await fetch(bare, {
      headers: { ...bearer(TOKENS.documents), 'x-request-id': 'dl-3' },
    });
    expect(served.status).toBe(200);
    await served.arrayBuffer();
    const events = stack.audit().filter((e) => e.requestId.startsWith('dl-'));
    expect(
      events.map((e) => [e.requestId, e.action, e.operation, e.outcome, e.caller?.name ?? null]),
    ).toEqual([
      ['dl-1', 'download', 'document.download', 'refused', 'analyst'],
      ['dl-2', 'download', 'document.download', 'refused', null],
      ['dl-3', 'download', 'document.download', 'success', 'documents'],
    ]);
    expect(events[2]?.targets).toEqual({ id: [documentId] });
  });
});

describe('bare tokens, as before scopes', () => {
  let bare: Stack;
  beforeAll(async () => {
    bare = await startStack({ GATEWAY_API_TOKENS: 'bare-token-one-1234,bare-token-two-5678' });
  });
  afterAll(() => bare?.close());

  it('have every scope: reads and decisions go through', async () => {
    const res = await bare.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-00004", comment: "ok" }) { alert { lastRevision { comment } } } }',
      {},
      bearer('bare-token-two-5678'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.modifyAlert.alert.lastRevision.comment).toBe('[token-2] ok');
  });
});

describe('ALGOREG_AUTH=forward', () => {
  let fwd: Stack;
  beforeAll(async () => {
    fwd = await startStack({ ALGOREG_AUTH: 'forward' });
  });
  afterAll(() => fwd?.close());

  const algoregToken = async () => {
    const res = await fetch(`${fwd.sandbox.url}/api/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'password',
        username: SANDBOX_CREDENTIALS.user,
        password: SANDBOX_CREDENTIALS.key,
      }),
    });
    return ((await res.json()) as { access_token: string }).access_token;
  };

  it("sends the caller's own Algoreg token upstream, never the service account's, and refuses a caller without one", async () => {
    const token = await algoregToken();
    await fwd.reset();
    const ok = await fwd.gql(
      '{ customer(externalId: "C-0001") { externalId } }',
      {},
      {
        'x-algoreg-authorization': `Bearer ${token}`,
      },
    );
    expect(ok.data).toEqual({ customer: { externalId: 'C-0001' } });
    const wrong = await fwd.gql(
      '{ customer(externalId: "C-0002") { externalId } }',
      {},
      {
        'x-algoreg-authorization': 'Bearer not-an-algoreg-token',
      },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAUTHORIZED');
    const none = await fwd.gql('{ customer(externalId: "C-0003") { externalId } }');
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stats = await fwd.stats();
    // One call each for the two callers with a token; no token call of the gateway's own.
    expect(stats.byRoute[TOKEN_CALL]).toBeUndefined();
    expect(stats.byRoute[DETAIL]).toBe(2);
    expect(fwd.rawLogs()).not.toContain(token);
  });
});
