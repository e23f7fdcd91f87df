// @ts-nocheck
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SaveCustomersDocument } from '../packages/client/src/generated/graphql.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { type Stack, startStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const SAVE = 'POST /api/v1/customers/save';
const CLIENT_TOKEN = 'client-token-5b1d0c7e';
const AUTH = { authorization: `Bearer ${CLIENT_TOKEN}` };

let stack: Stack;
// biome-ignore lint/suspicious/noExplicitAny: operations given as strings are untyped
const gql = (query: any, variables?: Record<string, unknown>) => stack.gql(query, variables, AUTH);

/** Everything the gateway answered, to look for in its logs afterwards. */
const seen = new Set<string>();
function remember(value: unknown): void {
  if (typeof value === 'string' && value.length >= 4) seen.add(value);
  else if (Array.isArray(value)) value.forEach(remember);
  else if (value && typeof value === 'object') Object.values(value).forEach(remember);
}

beforeAll(async () => {
  stack = await startStack({
    GATEWAY_API_TOKENS: `other-token,${CLIENT_TOKEN}`,
    MAX_QUERY_DEPTH: '4',
    MAX_ALIASES: '5',
    MAX_QUERY_COST: '300',
    LOG_LEVEL: 'trace',
  });
  await gql('{ customer(externalId: "C-0001") { id } }'); // the token, outside the counts
});
afterAll(() => stack?.close());
beforeEach(() => stack.reset());

/** Refused with HTTP 400 and `code`, a message that does not give the limit away, and no Algoreg call. */
async function expectRefusedBeforeAlgoreg(query: string, code: string, limit: number): Promise<void> {
  const res = await gql(query);
  expect(res.status).toBe(400);
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.errors?.[0]?.message).not.toMatch(new RegExp(`\\b${limit}\\b|found`));
  expect((await stack.stats()).calls).toBe(0);
}

describe('query limits', () => {
  it('answers a query within every limit', async () => {
    const res = await gql('{ customers(first: 3) { edges { node { externalId } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.customers.edges).toHaveLength(3);
  });

  it('refuses a query nested deeper than MAX_QUERY_DEPTH, without telling the limit or calling Algoreg', async () => {
    await expectRefusedBeforeAlgoreg(
      '{ customer(externalId: "C-0001") { events { edges { node { id } } } } }',
      'QUERY_TOO_DEEP',
      4,
    );
  });

  it('counts the depth of fragments too', async () => {
    await expectRefusedBeforeAlgoreg(
      `{ customer(externalId: "C-0001") { ...Deep } }
       fragment Deep on Customer { events { edges { node { id } } } }`,
      'QUERY_TOO_DEEP',
      4,
    );
  });

  it('refuses more aliases than MAX_ALIASES, without calling Algoreg', async () => {
    const fields = Array.from({ length: 6 }, (_, i) => `c${i}: customer(externalId: "C-000${i + 1}") { id }`);
    await expectRefusedBeforeAlgoreg(`{ ${fields.join(' ')} }`, 'TOO_MANY_ALIASES', 5);
  });

  it('refuses a query costing more than MAX_QUERY_COST, without calling Algoreg', async () => {
    await expectRefusedBeforeAlgoreg(
      '{ customers(first: 100) { edges { node { externalId overallRisk } } } }',
      'QUERY_TOO_EXPENSIVE',
      300,
    );
  });

  it('audits a mutation refused by a limit once, with the limit as its outcome, sending nothing', async () => {
    const res = await stack.gql(
      'mutation { modifyAlert(input: { alertId: "ALR-00001", state: FALSE_POSITIVE }) { alert { customer { events { edges { node { id } } } } } } }',
      {},
      { ...AUTH, 'x-request-id': 'too-deep-1' },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect((await stack.stats()).calls).toBe(0);
    expect(stack.audit().filter((e) => e.requestId === 'too-deep-1')).toEqual([
      expect.objectContaining({
        action: 'mutation',
        operation: 'modifyAlert',
        targets: { alertId: ['ALR-00001'] },
        outcome: 'refused',
        code: 'QUERY_TOO_DEEP',
      }),
    ]);
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const res = await gql('{ customer(externalId: "C-0001") { firstNam } }');
    expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect((await stack.stats()).calls).toBe(0);
  });
});

describe('client authentication', () => {
  const query = JSON.stringify({ query: '{ customer(externalId: "C-0001") { externalId } }' });
  const post = (headers: Record<string, string>) =>
    fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: query,
    });

  for (const [what, headers] of [
    ['no Authorization header', {}],
    ['a token that is not configured', { authorization: 'Bearer not-a-token' }],
    ['Basic credentials instead of a bearer token', { authorization: `Basic ${btoa(`x:${CLIENT_TOKEN}`)}` }],
  ] as const) {
    it(`answers 401 to a request with ${what}, without calling Algoreg`, async () => {
      const res = await post(headers);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data ?? null).toBeNull();
      expect((await stack.stats()).calls).toBe(0);
    });
  }

  it('serves a request carrying any of the configured tokens', async () => {
    const res = await post({ authorization: 'Bearer other-token' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ customer: { externalId: 'C-0001' } });
  });
});

describe('logs', () => {
  it('hold no customer names, dates of birth or credentials after reads, saves and failures', async () => {
    // Reads.
    const page = await gql(
      '{ customers(first: 10) { edges { node { firstName lastName companyName dateOfBirth } } } }',
    );
    remember(page.data);
    const one = await gql(
      '{ customer(externalId: "C-0002") { firstName lastName dateOfBirth nameVariations { firstName lastName } } }',
    );
    remember(one.data);
    // A save, with one line refused by the gateway and then one accepted.
    const input = {
      customers: [
        {
          externalId: 'LOG-1',
          accountType: 'INDIVIDUAL' as const,
          firstName: 'Wilhelmina',
          lastName: 'Zamoyska',
          dateOfBirth: '1961-11-23',
        },
      ],
    };
    await gql(SaveCustomersDocument, {
      input: { customers: [{ ...input.customers[0], dateOfBirth: '1961-02-30' }] },
    });
    const saved = await gql(SaveCustomersDocument, { input });
    expect(saved.data.saveCustomers.lines[0].status).toBe('CREATED');
    remember(input);
    remember('1961-02-30');
    // Failures: a malformed answer, an error answer, a failed save, a rejected client.
    await stack.fault({ route: DETAIL, kind: 'malformed', times: 1 });
    await gql('{ customer(externalId: "C-0003") { firstName } }');
    await stack.fault({ route: DETAIL, kind: 'status', status: 500 });
    await gql('{ customer(externalId: "C-0004") { firstName } }');
    await stack.fault({ route: SAVE, kind: 'status', status: 400 });
    await gql(SaveCustomersDocument, { input });
    await stack.gql('{ customer(externalId: "C-0005") { firstName } }', undefined, {
      authorization: 'Bearer wrong-client-token',
    });

    const logs = stack.rawLogs();
    expect(logs.length).toBeGreaterThan(0);
    const names = [...seen].filter((v) => !/^C-\d{4}$|^LOG-1$|^INDIVIDUAL$/.test(v));
    expect(names.length).toBeGreaterThan(10);
    for (const value of names) expect(logs).not.toContain(value);
    for (const secret of [CLIENT_TOKEN, 'wrong-client-token', SANDBOX_CREDENTIALS.key]) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).not.toMatch(/Bearer\s+\S/);
    expect(logs).not.toMatch(/Basic\s+\S/);
  });
});
