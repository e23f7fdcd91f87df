import { describe, expect, it } from 'vitest';
import {
  CreateTransactionDocument,
  type CreateTransactionInput,
  TransactionDetailDocument,
  TransactionReviewDocument,
  UpdateTransactionDocument,
} from '../packages/client/src/generated/graphql.ts';
import { useStack } from './harness.ts';

/** Go!KYT's writes: createTransaction (scored at once, sent once) and updateTransaction (a review). */

const CREATE = 'POST /api/v1/kyt/transaction';
const UPDATE = 'POST /api/v1/kyt/transaction/{id}';

const stack = useStack();

/** A valid transaction between a customer and someone who is not one. */
function newTransaction(overrides: Partial<CreateTransactionInput> = {}): CreateTransactionInput {
  return {
    externalId: `PAY-TEST-${Math.random().toString(36).slice(2)}`,
    date: '2026-03-02T10:15:00Z',
    amount: '120.50',
    currency: 'EUR',
    from: { externalId: 'C-0001', fullName: 'ignored for a customer', accountType: 'INDIVIDUAL' },
    to: {
      externalId: 'EXT-ACME',
      fullName: 'Acme Stationery',
      accountType: 'FIRM',
      domicileCode: 'FR',
      paymentInstitution: { code: 'LUMIFRPP', name: 'Banque Lumière', country: 'FRA' },
    },
    ...overrides,
  };
}

describe('createTransaction', () => {
  it('answers at once with the score, status and rules, and the transaction is then readable', async () => {
    const input = newTransaction();
    const res = await stack.gql(CreateTransactionDocument, { input });
    expect(res.errors).toBeUndefined();
    const created = res.data?.createTransaction;
    expect(created?.errors).toEqual([]);
    expect(created?.transaction).toMatchObject({
      externalId: input.externalId,
      amount: '120.50',
      currency: 'EUR',
      status: 'ALLOWED',
      from: { externalId: 'C-0001', customer: { externalId: 'C-0001' } },
      to: { externalId: 'EXT-ACME', fullName: 'Acme Stationery', domicileCode: 'FRA', customer: null },
    });
    expect(created?.transaction?.score).toBeLessThan(50);
    expect(created?.transaction?.rules.map((r) => r.mode)).toEqual(
      expect.arrayContaining(['WEIGHTED', 'MAXIMUM', 'DRY_RUN']),
    );
    const again = await stack.gql(TransactionDetailDocument, { id: String(created?.transaction?.id) });
    expect(again.data?.transaction?.history).toMatchObject([{ revisionNumber: 1, status: 'ALLOWED' }]);
  });

  it('blocks a payment to a sanctioned country and delays a large crypto withdrawal to an unhosted wallet', async () => {
    const sanctioned = await stack.gql(CreateTransactionDocument, {
      input: newTransaction({
        to: { externalId: 'EXT-IR', fullName: 'Someone', accountType: 'INDIVIDUAL', domicileCode: 'IRN' },
      }),
    });
    const blocked = sanctioned.data?.createTransaction.transaction;
    expect(blocked?.status).toBe('BLOCKED');
    expect(blocked?.rules.find((r) => r.code === 'COUNTRY_RISK')).toMatchObject({
      score: 96,
      mode: 'MAXIMUM',
    });

    const crypto = await stack.gql(CreateTransactionDocument, {
      input: newTransaction({
        amount: '0.012331100000000001',
        currency: 'ETH',
        crypto: { blockchain: 'ethereum', txHash: '0xabc' },
        to: { externalId: 'WALLET-1', fullName: 'Unhosted wallet', accountType: 'INDIVIDUAL' },
      }),
    });
    expect(crypto.errors).toBeUndefined();
    expect(crypto.data?.createTransaction.transaction).toMatchObject({
      amount: '0.012331100000000001',
      status: 'DELAYED',
      scoreStatus: 'DELAYED',
    });
  });

  it('refuses bad input, naming the field, before any upstream call', async () => {
    const cases: [Partial<CreateTransactionInput>, string][] = [
      [{ externalId: ' ' }, 'input.externalId'],
      [{ currency: 'EUX' }, 'input.currency'],
      [{ amount: '0' }, 'input.amount'],
      [{ amount: '10.123' }, 'input.amount'],
      [{ amount: '1,5' }, 'input.amount'],
      [{ date: '2099-01-01T00:00:00Z' }, 'input.date'],
      [{ from: { externalId: '', fullName: 'x', accountType: 'FIRM' } }, 'input.from.externalId'],
      [{ to: { externalId: 'E-1', fullName: ' ', accountType: 'FIRM' } }, 'input.to.fullName'],
      [
        { to: { externalId: 'E-1', fullName: 'x', accountType: 'FIRM', domicileCode: 'XX' } },
        'input.to.domicileCode',
      ],
      [
        { from: { externalId: 'C-0001', fullName: 'x', accountType: 'FIRM', device: { ip: '999.1.1.1' } } },
        'input.from.device.ip',
      ],
      [{ reviewGroups: ['a;b'] }, 'input.reviewGroups'],
    ];
    for (const [overrides, field] of cases) {
      const res = await stack.gql(CreateTransactionDocument, { input: newTransaction(overrides) });
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(field);
    }
    const missing = await stack.gql(CreateTransactionDocument, {
      input: { ...newTransaction(), to: { externalId: 'E-1', fullName: 'x' } } as CreateTransactionInput,
    });
    expect(missing.errors?.[0]?.message).toContain('accountType');
    expect((await stack.stats()).calls).toBe(0);
  });

  it("takes an amount greater than zero only, whatever its sign, zeros or fraction, and at most the currency's decimals", async () => {
    // [amount, currency, the error on input.amount or null]
    const cases: [string, string, string | null][] = [
      ['0.00', 'EUR', 'must be greater than zero'],
      ['-0', 'EUR', 'must be greater than zero'],
      ['-5', 'EUR', 'must be greater than zero'],
      ['-0.01', 'EUR', 'must be greater than zero'],
      ['0.01', 'EUR', null],
      ['0.001', 'EUR', 'EUR amounts have at most 2 decimal places'],
      [`0.${'0'.repeat(17)}1`, 'BTC', null],
      [`0.${'0'.repeat(18)}1`, 'btc', 'BTC amounts have at most 18 decimal places'],
      [`1.${'0'.repeat(18)}`, 'XAU', null],
    ];
    const seen: [string, string, string | null][] = [];
    for (const [amount, currency] of cases) {
      const res = await stack.gql(CreateTransactionDocument, { input: newTransaction({ amount, currency }) });
      const message = res.errors?.[0]?.message;
      if (message) expect(message).toContain('input.amount: ');
      seen.push([amount, currency, message?.replace(/^.*input\.amount: /, '') ?? null]);
    }
    expect(seen).toEqual(cases);
    expect((await stack.stats()).byRoute[CREATE]).toBe(cases.filter(([, , error]) => !error).length);
  });

  it('is found by its amount exactly: trailing zeros of a filter do not count, a digit more does', async () => {
    const input = newTransaction({ amount: '1.5' });
    expect((await stack.gql(CreateTransactionDocument, { input })).errors).toBeUndefined();
    // [filter beside the external id, found]
    const cases: [Record<string, string>, boolean][] = [
      [{ amountEquals: '1.50' }, true],
      [{ amountEquals: '1.5' }, true],
      [{ amountEquals: '1.51' }, false],
      [{ amountEquals: '1' }, false],
      [{ amountGte: '1.50' }, true],
      [{ amountGte: '1.501' }, false],
      [{ amountLte: '1.500' }, true],
      [{ amountLte: '1.49' }, false],
      [{ amountGte: '-2', amountLte: '10' }, true],
    ];
    const seen: [Record<string, string>, boolean][] = [];
    for (const [filter] of cases) {
      const res = await stack.gql(
        'query($f: TransactionFilter) { transactions(filter: $f) { totalCount } }',
        {
          f: { externalId: input.externalId, ...filter },
        },
      );
      expect(res.errors, JSON.stringify(filter)).toBeUndefined();
      seen.push([filter, res.data.transactions.totalCount === 1]);
    }
    expect(seen).toEqual(cases);
  });

  it('accepts crypto asset codes and currencies without decimals, and JPY has none', async () => {
    const yen = await stack.gql(CreateTransactionDocument, {
      input: newTransaction({ amount: '15000', currency: 'jpy' }),
    });
    expect(yen.data?.createTransaction.transaction).toMatchObject({ amount: '15000', currency: 'JPY' });
    const fractionalYen = await stack.gql(CreateTransactionDocument, {
      input: newTransaction({ amount: '15000.5', currency: 'JPY' }),
    });
    expect(fractionalYen.errors?.[0]?.message).toContain('JPY amounts have at most 0 decimal places');
  });

  it('reports a transaction whose external id exists as a RejectedError', async () => {
    const res = await stack.gql(CreateTransactionDocument, {
      input: newTransaction({ externalId: 'PAY-0100000' }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createTransaction.transaction).toBeNull();
    expect(res.data?.createTransaction.errors[0]).toMatchObject({
      __typename: 'RejectedError',
      code: 'REJECTED',
    });
  });

  it('sends a transaction to Algoreg once, never again, when Algoreg answers 503 or drops the connection', async () => {
    await stack.fault({ route: CREATE, kind: 'status', status: 503 });
    const failed = await stack.gql(CreateTransactionDocument, { input: newTransaction() });
    expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[CREATE]).toBe(1);

    await stack.reset();
    await stack.fault({ route: CREATE, kind: 'reset' });
    const dropped = await stack.gql(CreateTransactionDocument, { input: newTransaction() });
    expect(dropped.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[CREATE]).toBe(1);
  });
});

describe('updateTransaction', () => {
  it('records a decision as a new history item and answers the transaction as it is now', async () => {
    const queue = await stack.gql(TransactionReviewDocument, { first: 1 });
    const row = queue.data?.delayed?.edges[0]?.node;
    expect(row?.status).toBe('DELAYED');
    const before = await stack.gql(TransactionDetailDocument, { id: String(row?.transactionId) });
    const revisions = before.data?.transaction?.history?.length ?? 0;
    await stack.reset();
    const res = await stack.gql(UpdateTransactionDocument, {
      input: { transactionId: String(row?.id), state: 'ALLOWED', comment: 'Invoice checked.' },
    });
    expect(res.errors).toBeUndefined();
    const updated = res.data?.updateTransaction.transaction;
    expect(updated).toMatchObject({ status: 'ALLOWED', rawState: 'allowed', comment: 'Invoice checked.' });
    expect(updated?.history).toHaveLength(revisions + 1);
    expect(updated?.history?.at(-1)).toMatchObject({
      revisionNumber: revisions + 1,
      status: 'ALLOWED',
      comment: 'Invoice checked.',
    });
    expect((await stack.stats()).byRoute[UPDATE]).toBe(1);
  });

  it('answers NotFoundError for an unknown transaction, and refuses an empty decision before any call', async () => {
    const unknown = await stack.gql(UpdateTransactionDocument, {
      input: { transactionId: 'TX-NOPE', comment: 'x' },
    });
    expect(unknown.data?.updateTransaction.errors[0]).toMatchObject({
      __typename: 'NotFoundError',
      field: 'input.transactionId',
    });
    await stack.reset();
    const empty = await stack.gql(UpdateTransactionDocument, { input: { transactionId: 'TX-000001' } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.stats()).calls).toBe(0);
  });

  it('is sent once when Algoreg answers 502', async () => {
    await stack.fault({ route: UPDATE, kind: 'status', status: 502 });
    const res = await stack.gql(UpdateTransactionDocument, {
      input: { transactionId: 'TX-000001', state: 'BLOCKED' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[UPDATE]).toBe(1);
  });
});
