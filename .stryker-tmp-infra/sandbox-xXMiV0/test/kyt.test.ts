// @ts-nocheck
import { readFileSync } from 'node:fs';
import { assert, describe, expect, it } from 'vitest';
import {
  TransactionDetailDocument,
  TransactionReviewDocument,
} from '../packages/client/src/generated/graphql.ts';
import { transaction } from '../src/algoreg/wire/kyt.ts';
import { exactAmounts } from '../src/algoreg/wire/kyt-amount.ts';
import { useStack } from './harness.ts';

const SEARCH = 'POST /api/v1/kyt/transactions';
const GET = 'GET /api/v1/kyt/transaction/{id}';
const HISTORY = 'GET /api/v1/kyt/transaction/{id}/full_history';
const CUSTOMER = 'GET /api/v1/customers/{customer_external_id}';
const STATS = 'GET /api/v1/customers/{customer_external_id}/stats';

const stack = useStack();

const DECIMAL = /^\d+(\.\d+)?$/;

describe('transaction review', () => {
  it('costs one search plus one concurrent detail call per distinct customer for 50 transactions, in two round trips', async () => {
    await stack.fault({ route: CUSTOMER, kind: 'latency', ms: 20 });
    const res = await stack.gql(`{
      transactions(first: 50) {
        totalCount
        edges { node {
          id transactionId amount currency score status
          from { externalId customer { externalId overallRisk } }
          to { externalId customer { externalId overallRisk } }
        } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data.transactions;
    expect(totalCount).toBeGreaterThanOrEqual(2000);
    expect(edges).toHaveLength(50);
    const customers = new Set<string>();
    let outsiders = 0;
    for (const { node } of edges) {
      expect(node.amount).toMatch(DECIMAL);
      expect(['ALLOWED', 'DELAYED', 'BLOCKED']).toContain(node.status);
      for (const side of [node.from, node.to]) {
        if (side.customer) {
          expect(side.customer.externalId).toBe(side.externalId);
          expect(['LOW', 'MEDIUM', 'HIGH', 'UNDEFINED']).toContain(side.customer.overallRisk);
          customers.add(side.customer.externalId);
        } else outsiders += 1;
      }
    }
    expect(outsiders).toBeGreaterThan(0);
    const stats = await stack.stats();
    expect(stats.byRoute[SEARCH]).toBe(1);
    expect(stats.byRoute[CUSTOMER]).toBe(customers.size);
    expect(stats.maxInFlight[CUSTOMER]).toBeGreaterThan(1);
    expect(stats.calls).toBe(1 + customers.size);
    expect(res.extensions?.upstream).toMatchObject({ calls: 1 + customers.size, roundTrips: 2 });
  });

  it('opens the review page with its default variables: delayed and blocked transactions with both sides', async () => {
    const res = await stack.gql(TransactionReviewDocument, {});
    expect(res.errors).toBeUndefined();
    const { delayed, blocked } = res.data!;
    assert(delayed && blocked, 'both lists answered');
    expect(delayed.edges.length).toBe(25);
    expect(blocked.edges.length).toBe(25);
    expect(delayed.edges.every((e) => e.node.status === 'DELAYED')).toBe(true);
    expect(blocked.edges.every((e) => e.node.status === 'BLOCKED')).toBe(true);
    const rows = [...delayed.edges, ...blocked.edges].map((e) => e.node);
    for (const row of rows) {
      expect(row.from ?? row.to).toBeTruthy();
      expect(row.rules.length).toBeGreaterThan(0);
      expect(row.from?.customer ?? row.to?.customer).toBeTruthy();
    }
    const dates = delayed.edges.map((e) => String(e.node.date));
    expect([...dates].sort().reverse()).toEqual(dates);
    const customers = new Set(
      rows.flatMap((r) => [r.from?.customer?.externalId, r.to?.customer?.externalId]),
    );
    customers.delete(undefined);
    const stats = await stack.stats();
    expect(stats.byRoute[SEARCH]).toBe(2);
    expect(stats.byRoute[CUSTOMER]).toBe(customers.size);
  });

  it('runs TransactionReview and TransactionDetail with their default variables', async () => {
    // The two operations' files together, as written (the whole folder at once is over the
    // gateway's document limits).
    const dir = new URL('../schema/operations/', import.meta.url);
    const files = ['kyt-transaction-review.graphql', 'kyt-transaction.graphql'];
    const document = files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n\n');
    for (const operationName of ['TransactionReview', 'TransactionDetail']) {
      const res = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors, operationName).toBeUndefined();
      expect(Object.values(body.data ?? {}).every(Boolean)).toBe(true);
    }
  });

  it('fetches a transaction asked for twice in one request once, by Algoreg id or global id', async () => {
    const first = await stack.gql('{ transactions(first: 1) { edges { node { id transactionId } } } }');
    const { id, transactionId } = first.data.transactions.edges[0].node;
    await stack.reset();
    const res = await stack.gql(
      `query($a: ID!, $b: ID!) {
        a: transaction(id: $a) { transactionId amount }
        b: transaction(id: $b) { transactionId score history { revisionNumber } }
        none: transaction(id: "TX-NOPE") { id }
      }`,
      { a: transactionId, b: id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.a.transactionId).toBe(transactionId);
    expect(res.data.b.transactionId).toBe(transactionId);
    expect(res.data.none).toBeNull();
    const stats = await stack.stats();
    expect(stats.byRoute[GET]).toBe(2); // the transaction, and TX-NOPE
    expect(stats.byRoute[HISTORY]).toBe(1);
  });

  it('loads the history of each transaction of a page with one concurrent call per transaction', async () => {
    await stack.fault({ route: HISTORY, kind: 'latency', ms: 20 });
    const res = await stack.gql(`{
      transactions(first: 20, filter: { status: DELAYED }) {
        edges { node { transactionId history { revisionNumber agentId comment status createdAt } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.transactions?.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(20);
    for (const n of nodes) {
      expect(n.history[0]).toMatchObject({ revisionNumber: 1, agentId: 0 });
      expect(n.history.at(-1).status).toBe('DELAYED');
    }
    const stats = await stack.stats();
    expect(stats.byRoute[HISTORY]).toBe(20);
    expect(stats.byRoute[GET]).toBeUndefined();
    expect(stats.maxInFlight[HISTORY]).toBeGreaterThan(1);
  });

  it("lists a customer's transactions, matching the customer's stats, in one round trip with the detail", async () => {
    const res = await stack.gql(`{
      customer(externalId: "C-0002") {
        displayName
        stats { transactions }
        transactions(first: 100) { totalCount edges { node { customerExternalIds } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const c = res.data.customer;
    expect(c.stats.transactions).toBeGreaterThan(0);
    expect(c.transactions.totalCount).toBe(c.stats.transactions);
    expect(c.transactions.edges).toHaveLength(Math.min(c.stats.transactions, 100));
    for (const { node } of c.transactions.edges) expect(node.customerExternalIds).toContain('C-0002');
    expect(res.extensions?.upstream?.roundTrips).toBe(1);
    const stats = await stack.stats();
    expect(stats.byRoute[STATS]).toBe(1);
    expect(stats.byRoute[SEARCH]).toBe(1);
  });

  it('applies the documented filters and the order asked for', async () => {
    const res = await stack.gql(
      `query($filter: TransactionFilter, $orderBy: TransactionOrder) {
        transactions(first: 100, filter: $filter, orderBy: $orderBy) {
          totalCount
          edges { node { amount currency convertedAmount score status tags date customerExternalIds } }
        }
      }`,
      {
        filter: {
          currency: 'eur',
          amountGte: '100',
          amountLte: '50000.00',
          after: '2025-03-01T00:00:00Z',
          tags: ['sepa', 'card'],
          scoreAtLeast: 10,
        },
        orderBy: { field: 'AMOUNT', direction: 'DESC' },
      },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.transactions?.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    const amounts = nodes.map((n: { amount: string }) => Number(n.amount));
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    for (const n of nodes) {
      expect(n.currency).toBe('EUR');
      expect(Number(n.amount)).toBeGreaterThanOrEqual(100);
      expect(Number(n.amount)).toBeLessThanOrEqual(50000);
      expect(n.convertedAmount).toBe(n.amount.includes('.') ? n.amount : `${n.amount}.00`);
      expect(n.score).toBeGreaterThanOrEqual(10);
      expect(n.date >= '2025-03-01').toBe(true);
      expect(n.tags.some((t: string) => t === 'sepa' || t === 'card')).toBe(true);
    }
  });

  it('narrows by each documented filter alone, with a total', async () => {
    type Row = {
      externalId: string;
      amount: string;
      convertedAmount: string | null;
      comment: string | null;
      context: string | null;
      crypto: { blockchain: string; txHash: string } | null;
      customerExternalIds: string[];
      reviewGroups: string[];
      status: string;
      date: string;
      from: { externalId: string; paymentInstitution: { code: string } | null };
      to: { externalId: string; paymentInstitution: { code: string } | null };
    };
    const cases: [Record<string, unknown>, (r: Row) => boolean][] = [
      [{ before: '2025-02-01T00:00:00Z' }, (r) => r.date < '2025-02-01'],
      [{ amountEquals: '1000' }, (r) => Number(r.amount) === 1000],
      [{ convertedAmountGte: '100000' }, (r) => Number(r.convertedAmount) >= 100000],
      [{ convertedAmountLte: '10' }, (r) => Number(r.convertedAmount) <= 10],
      [{ comment: 'salary' }, (r) => /salary/i.test(String(r.comment))],
      [{ context: 'swift_transfer' }, (r) => r.context === 'swift_transfer'],
      [{ cryptoBlockchain: 'solana' }, (r) => r.crypto?.blockchain === 'solana'],
      [{ customer: 'C-0003' }, (r) => r.customerExternalIds.includes('C-0003')],
      [
        { customers: ['C-0004', 'C-0005'] },
        (r) => r.customerExternalIds.some((c) => c === 'C-0004' || c === 'C-0005'),
      ],
      [{ externalId: 'PAY-0100007' }, (r) => r.externalId === 'PAY-0100007'],
      [{ fromCustomer: 'C-0006' }, (r) => r.from.externalId === 'C-0006'],
      [{ toCustomer: 'C-0007' }, (r) => r.to.externalId === 'C-0007'],
      [{ fromInstitution: 'THAMGB2L' }, (r) => r.from.paymentInstitution?.code === 'THAMGB2L'],
      [{ toInstitution: 'SHADOWMIX' }, (r) => r.to.paymentInstitution?.code === 'SHADOWMIX'],
      [{ reviewGroups: ['high-risk'] }, (r) => r.reviewGroups.includes('high-risk')],
      [{ status: 'BLOCKED' }, (r) => r.status === 'BLOCKED'],
    ];
    for (const [filter, holds] of cases) {
      const res = await stack.gql(
        `query($filter: TransactionFilter) {
          transactions(first: 100, filter: $filter) {
            totalCount
            edges { node {
              externalId amount convertedAmount comment context crypto { blockchain txHash } customerExternalIds
              reviewGroups status date
              from { externalId paymentInstitution { code } } to { externalId paymentInstitution { code } }
            } }
          }
        }`,
        { filter },
      );
      const label = JSON.stringify(filter);
      expect(res.errors, label).toBeUndefined();
      const rows: Row[] = res.data.transactions?.edges.map((e: { node: Row }) => e.node);
      expect(rows.length, label).toBeGreaterThan(0);
      expect(res.data.transactions?.totalCount, label).toBeLessThan(2400);
      expect(rows.every(holds), label).toBe(true);
    }
    const hash = await stack.gql(
      '{ transactions(first: 1, filter: { cryptoBlockchain: "bitcoin" }) { edges { node { crypto { txHash } } } } }',
    );
    const txHash = hash.data.transactions?.edges[0].node.crypto.txHash;
    const one = await stack.gql(
      'query($h: String) { transactions(filter: { cryptoTxHash: $h }) { totalCount } }',
      { h: txHash },
    );
    expect(one.data.transactions?.totalCount).toBe(1);
  });

  it('refuses a bad filter, naming the field, before any upstream call', async () => {
    for (const [filter, field] of [
      [{ amountGte: '10', amountLte: '5' }, 'filter.amountLte'],
      [{ currency: 'EURO' }, 'filter.currency'],
      [{ scoreAtLeast: 101 }, 'filter.scoreAtLeast'],
      [{ amountGte: '1e5' }, 'Decimal'],
    ] as const) {
      const res = await stack.gql(
        'query($f: TransactionFilter) { transactions(filter: $f) { totalCount } }',
        {
          f: filter,
        },
      );
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(field);
    }
    expect((await stack.stats()).calls).toBe(0);
  });

  it('keeps amounts exact: digits, trailing zeros and exponents are never rounded', async () => {
    const eth = [...stack.sandbox.store().transactions.values()].find(
      (t) => t.transaction.currency === 'ETH' && String(t.transaction.amount).split('.')[1]?.length === 18,
    );
    expect(eth).toBeDefined();
    const res = await stack.gql(TransactionDetailDocument, { id: String(eth?.transaction.id) });
    expect(res.data?.transaction?.amount).toBe(eth?.transaction.amount);

    await stack.fault({
      route: GET,
      kind: 'body',
      json: { id: 'TX-F', amount: 1.5e-7, currency: 'BTC', converted_amount: '0.0100', score: 12 },
    });
    const answered = await stack.gql(TransactionDetailDocument, { id: 'TX-F' });
    expect(answered.data?.transaction).toMatchObject({ amount: '0.00000015', convertedAmount: '0.0100' });

    // Numbers with more digits than a float holds are read from the JSON text itself.
    const text = '{"id":"T","amount":12345678901234567.891,"converted_amount":0.1000000000000000055511}';
    const parsed = transaction.parse(JSON.parse(exactAmounts(text)));
    expect(parsed).toMatchObject({
      amount: '12345678901234567.891',
      convertedAmount: '0.1000000000000000055511',
    });
  });
});

describe('contract: Get transaction and its full history', () => {
  /** A KYTTransaction with every documented field (API.md §5.2), `state` rendered `{}` as the docs do. */
  const DOCUMENTED = {
    id: 'kyt_9f2',
    external_id: 'PAY-1',
    client_id: 42,
    date: '2024-05-06T07:08:09Z',
    amount: '0.01233110',
    currency: 'BTC',
    converted_amount: 712.4,
    converted_currency: 'EUR',
    converted_date: '2024-05-06T07:08:09Z',
    crypto: { blockchain: 'bitcoin', txhash: 'f4184fc5' },
    comment: 'Withdrawal',
    context: 'crypto_withdrawal',
    customers: ['CT-1'],
    fields: { channel: 'app' },
    from: {
      external_id: 'CT-1',
      full_name: 'Amelie Poulain',
      account_type: 'N',
      domicile_code: 'FRA',
      device: {
        '2fa': true,
        '3ds': false,
        country: 'FRA',
        fingerprint: 'fp',
        geolocation: '48.85,2.35',
        ip: '203.0.113.9',
        language: 'fr-FR',
        session_duration: 92.5,
        session_id: 's-1',
        user_agent: 'UA',
      },
      payment_institution: {
        code: 'EXCHFRPP',
        country: 'FRA',
        external_id: 'alias-ex',
        internal_customer_id: 'IC-1',
        name: 'Exchange',
        real_external_id: 'EX-1',
      },
      payment_method: { code: 'WALLET', country: 'FRA', type: 'wallet' },
    },
    to: { external_id: 'bc1qxy', full_name: 'Unhosted', account_type: 'N', domicile_code: '' },
    review_groups: 'crypto;retail',
    rules: [
      { active: true, code: 'R1', score: 40, use_weight: true, weight: 2 },
      { active: true, code: 'R2', score: 65, use_weight: false, weight: 0 },
      { active: false, code: 'R3', score: 99, use_weight: true, weight: 1 },
    ],
    score: 65,
    search_vector: ['pay-1'],
    state: {},
  };

  it('brings every documented field into the graph, and a state it cannot read leaves the status to the score', async () => {
    await stack.fault({ route: GET, kind: 'body', json: DOCUMENTED });
    await stack.fault({
      route: HISTORY,
      kind: 'body',
      json: {
        history_items: [
          {
            agent_id: 7,
            comment: 'Checked',
            created_at: '2024-05-07T00:00:00Z',
            revision_number: 2,
            state: 'allowed',
          },
          { agent_id: 0, comment: '', created_at: '2024-05-06T07:08:09Z', revision_number: 1, state: {} },
        ],
        transaction: DOCUMENTED,
      },
    });
    const res = await stack.gql(TransactionDetailDocument, { id: 'kyt_9f2' });
    expect(res.errors).toBeUndefined();
    const t = res.data?.transaction;
    expect(t).toMatchObject({
      transactionId: 'kyt_9f2',
      externalId: 'PAY-1',
      clientId: 42,
      date: '2024-05-06T07:08:09.000Z',
      amount: '0.01233110',
      currency: 'BTC',
      convertedAmount: '712.4',
      convertedCurrency: 'EUR',
      crypto: { blockchain: 'bitcoin', txHash: 'f4184fc5' },
      comment: 'Withdrawal',
      context: 'crypto_withdrawal',
      fields: { channel: 'app' },
      reviewGroups: ['crypto', 'retail'],
      score: 65,
      status: 'DELAYED',
      scoreStatus: 'DELAYED',
      rawState: '{}',
      from: {
        externalId: 'CT-1',
        accountType: 'INDIVIDUAL',
        domicileCode: 'FRA',
        isCustomer: true,
        device: { twoFactor: true, threeDSecure: false, ip: '203.0.113.9' },
        paymentInstitution: { code: 'EXCHFRPP', externalId: 'alias-ex' },
        paymentMethod: { type: 'wallet' },
      },
      to: { externalId: 'bc1qxy', domicileCode: null, isCustomer: false, customer: null },
    });
    expect(t?.rules.map((r) => r.mode)).toEqual(['WEIGHTED', 'MAXIMUM', 'DRY_RUN']);
    expect(t?.history).toMatchObject([
      { revisionNumber: 1, agentId: 0, status: null, rawState: '{}' },
      { revisionNumber: 2, agentId: 7, status: 'ALLOWED', comment: 'Checked' },
    ]);
  });
});
