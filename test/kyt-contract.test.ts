import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, useStack } from './harness.ts';

/**
 * What a Go!KYT transaction shows when Algoreg's answer is sparse or odd: the sandbox answers Get
 * transaction and Get transaction full history verbatim (`body` fault), and the GraphQL answer is
 * held field by field. The seeds always carry every field, so these are the only tests of the wire
 * layer's tolerance.
 */

const GET = 'GET /api/v1/kyt/transaction/{id}';
const HISTORY = 'GET /api/v1/kyt/transaction/{id}/full_history';

const PARTICIPANT = `externalId fullName accountType domicileCode isCustomer
  device { twoFactor threeDSecure country fingerprint geolocation ip language sessionDuration sessionId userAgent }
  paymentInstitution { code name country externalId realExternalId internalCustomerId }
  paymentMethod { type code country }`;

const QUERY = `{
  transaction(id: "tx-1") {
    transactionId externalId clientId date amount currency convertedAmount convertedCurrency convertedDate
    crypto { blockchain txHash } comment context customerExternalIds fields reviewGroups tags
    rules { code name description active score useWeight weight mode }
    score status scoreStatus rawState searchVector
    from { ${PARTICIPANT} }
    to { ${PARTICIPANT} }
  }
}`;

const stack = useStack();

// biome-ignore lint/suspicious/noExplicitAny: the GraphQL answer, held with toEqual
type Json = any;

/** The transaction as the gateway shows it when Algoreg answers `json` to Get transaction. */
async function transactionFrom(json: unknown): Promise<Json> {
  const { transaction } = await dataWhenAlgoregAnswers<{ transaction: Json }>(stack, GET, json, QUERY);
  if (!transaction) throw new Error('no transaction');
  return transaction;
}

describe('contract: Go!KYT Get transaction, sparse or odd', () => {
  it('reads a transaction with only an id as nulls and empty lists, with no status', async () => {
    expect(await transactionFrom({ id: 'tx-1' })).toEqual({
      transactionId: 'tx-1',
      externalId: null,
      clientId: null,
      date: null,
      amount: null,
      currency: null,
      convertedAmount: null,
      convertedCurrency: null,
      convertedDate: null,
      crypto: null,
      comment: null,
      context: null,
      customerExternalIds: [],
      fields: null,
      reviewGroups: [],
      tags: [],
      rules: [],
      score: null,
      status: null,
      scoreStatus: null,
      rawState: null,
      searchVector: [],
      from: null,
      to: null,
    });
  });

  it('reads a full transaction: amounts exactly, both sides with device, institution and method', async () => {
    const side = (externalId: string, accountType: string) => ({
      external_id: externalId,
      full_name: `${externalId} name`,
      account_type: accountType,
      domicile_code: 'FRA',
      device: {
        '2fa': true,
        '3ds': false,
        country: 'FR',
        fingerprint: 'fp',
        geolocation: '48.85,2.35',
        ip: '192.0.2.1',
        language: 'fr',
        session_duration: 31.5,
        session_id: 88,
        user_agent: 'UA',
      },
      payment_institution: {
        code: 'BNPAFRPP',
        name: 'BNP',
        country: 'FR',
        external_id: 'pi-1',
        real_external_id: 'pi-real',
        internal_customer_id: 901,
      },
      payment_method: { type: 'card', code: 'visa', country: 'FR' },
    });
    const t = await transactionFrom({
      id: 42,
      external_id: 'EXT-1',
      client_id: 3,
      date: '2024-05-01T10:00:00Z',
      amount: '1234.50',
      currency: 'EUR',
      converted_amount: 1000.1,
      converted_currency: 'USD',
      converted_date: '2024-05-01T10:00:01Z',
      crypto: { blockchain: 'bitcoin', txhash: 'abc' },
      comment: 'rent',
      context: 'web',
      customers: ['C-0001'],
      fields: { channel: 'app' },
      from: side('C-0001', 'N'),
      to: side('X-9', 'F'),
      review_groups: ['ops', 'aml'],
      score: 55,
      search_vector: ['rent'],
      state: 'Blocked',
      tags: ['t1'],
    });
    expect(t).toMatchObject({
      transactionId: '42',
      externalId: 'EXT-1',
      clientId: 3,
      date: '2024-05-01T10:00:00.000Z',
      amount: '1234.50',
      currency: 'EUR',
      convertedAmount: '1000.1',
      convertedCurrency: 'USD',
      convertedDate: '2024-05-01T10:00:01.000Z',
      crypto: { blockchain: 'bitcoin', txHash: 'abc' },
      comment: 'rent',
      context: 'web',
      customerExternalIds: ['C-0001'],
      fields: { channel: 'app' },
      reviewGroups: ['ops', 'aml'],
      tags: ['t1'],
      score: 55,
      status: 'BLOCKED',
      scoreStatus: 'DELAYED',
      rawState: 'Blocked',
      searchVector: ['rent'],
    });
    expect(t.from).toEqual({
      externalId: 'C-0001',
      fullName: 'C-0001 name',
      accountType: 'INDIVIDUAL',
      domicileCode: 'FRA',
      isCustomer: true,
      device: {
        twoFactor: true,
        threeDSecure: false,
        country: 'FR',
        fingerprint: 'fp',
        geolocation: '48.85,2.35',
        ip: '192.0.2.1',
        language: 'fr',
        sessionDuration: 31.5,
        sessionId: '88',
        userAgent: 'UA',
      },
      paymentInstitution: {
        code: 'BNPAFRPP',
        name: 'BNP',
        country: 'FR',
        externalId: 'pi-1',
        realExternalId: 'pi-real',
        internalCustomerId: '901',
      },
      paymentMethod: { type: 'card', code: 'visa', country: 'FR' },
    });
    expect([t.to.accountType, t.to.isCustomer]).toEqual(['FIRM', false]);
  });

  it('reads sides without device, institution or method, and a crypto without a chain or hash as none', async () => {
    const t = await transactionFrom({
      id: 'tx-1',
      crypto: { blockchain: '', tx_hash: null },
      from: { external_id: 'C-0001' },
      to: { full_name: 'Someone', device: null },
      customers: ['C-0001'],
    });
    expect(t.crypto).toBeNull();
    expect(t.from).toEqual({
      externalId: 'C-0001',
      fullName: null,
      accountType: null,
      domicileCode: null,
      isCustomer: true,
      device: null,
      paymentInstitution: null,
      paymentMethod: null,
    });
    expect([t.to.externalId, t.to.isCustomer, t.to.device]).toEqual([null, false, null]);
    await stack.reset();
    const hashOnly = await transactionFrom({ id: 'tx-1', crypto: { tx_hash: 'def' } });
    expect(hashOnly.crypto).toEqual({ blockchain: null, txHash: 'def' });
  });

  it('reads review groups given as a "A; B" string, and empty ones left out', async () => {
    const t = await transactionFrom({ id: 'tx-1', review_groups: 'ops; aml;;' });
    expect(t.reviewGroups).toEqual(['ops', 'aml']);
    await stack.reset();
    const listed = await transactionFrom({ id: 'tx-1', review_groups: [' ops ', ''] });
    expect(listed.reviewGroups).toEqual(['ops']);
  });

  it('reads the state in every shape Algoreg may send; without a status it falls back on the score', async () => {
    const cases: [unknown, number | null, [string | null, string | null, string | null]][] = [
      [' delayed ', 10, [' delayed ', 'DELAYED', 'ALLOWED']],
      [{ status: 'allowed' }, 95, ['allowed', 'ALLOWED', 'BLOCKED']],
      [{ name: 'blocked' }, null, ['blocked', 'BLOCKED', null]],
      [{ code: 7, label: 'delayed' }, null, ['delayed', 'DELAYED', null]],
      [{ id: 3 }, 50, ['{"id":3}', 'DELAYED', 'DELAYED']],
      [2, 49.9, ['2', 'ALLOWED', 'ALLOWED']],
      [true, 90, ['true', 'BLOCKED', 'BLOCKED']],
      ['', 89.99, [null, 'DELAYED', 'DELAYED']],
      ['under review', null, ['under review', null, null]],
    ];
    const seen: unknown[] = [];
    for (const [state, score] of cases) {
      await stack.reset();
      const t = await transactionFrom({ id: 'tx-1', state, score });
      seen.push([t.rawState, t.status, t.scoreStatus]);
    }
    expect(seen).toEqual(cases.map(([, , shown]) => shown));
  });

  it('reads rules with their mode: inactive a dry run, weighted by flag or by a weight, else maximum', async () => {
    const t = await transactionFrom({
      id: 'tx-1',
      rules: [
        {
          code: 'R1',
          name: 'Big amount',
          description: 'over 10k',
          active: true,
          score: 80,
          use_weight: true,
          weight: 2,
        },
        { code: 'R2', active: false, use_weight: true },
        { code: 'R3', weight: 1.5 },
        { code: 'R4', weight: 0 },
        { code: 'R5', use_weight: false, weight: 3 },
      ],
    });
    expect(t.rules).toEqual([
      {
        code: 'R1',
        name: 'Big amount',
        description: 'over 10k',
        active: true,
        score: 80,
        useWeight: true,
        weight: 2,
        mode: 'WEIGHTED',
      },
      {
        code: 'R2',
        name: null,
        description: null,
        active: false,
        score: null,
        useWeight: true,
        weight: null,
        mode: 'DRY_RUN',
      },
      {
        code: 'R3',
        name: null,
        description: null,
        active: null,
        score: null,
        useWeight: null,
        weight: 1.5,
        mode: 'WEIGHTED',
      },
      {
        code: 'R4',
        name: null,
        description: null,
        active: null,
        score: null,
        useWeight: null,
        weight: 0,
        mode: 'MAXIMUM',
      },
      {
        code: 'R5',
        name: null,
        description: null,
        active: null,
        score: null,
        useWeight: false,
        weight: 3,
        mode: 'MAXIMUM',
      },
    ]);
  });
});

describe('contract: Go!KYT amounts, read exactly (wire/kyt-amount.ts)', () => {
  it('writes every amount Algoreg may send, number or string, as a plain decimal digit for digit', async () => {
    // [sent as amount, shown]: strings reach the reader as written; numbers as JSON.stringify writes them.
    const cases: [unknown, string | null][] = [
      ['12345678901234567.891', '12345678901234567.891'],
      ['1.5E-7', '0.00000015'],
      [1.5e-7, '0.00000015'],
      [1e21, '1000000000000000000000'],
      ['123e-5', '0.00123'],
      ['0.5e1', '5'],
      ['-1.5e2', '-150'],
      ['1.20e1', '12.0'],
      ['15e1', '150'],
      ['12e-2', '0.12'],
      ['1.5e1', '15'],
      ['007.50', '7.50'],
      ['-12.30', '-12.30'],
      ['-0.00', '0.00'],
      [' 42 ', '42'],
      [0, '0'],
      ['1e401', null],
      ['1e-401', null],
      ['1e400', `1${'0'.repeat(400)}`],
      ['12,5', null],
      ['', null],
    ];
    const seen: [unknown, unknown][] = [];
    for (const [amount] of cases) {
      await stack.reset();
      const t = await transactionFrom({ id: 'tx-1', amount, converted_amount: amount });
      seen.push([t.amount, t.convertedAmount]);
    }
    expect(seen).toEqual(cases.map(([, shown]) => [shown, shown]));
  });
});

describe('amounts compared exactly (compareDecimal): the amount range of a search', () => {
  it('refuses a range whose low end is above its high end, by sign, digits and fraction, before any call', async () => {
    // [amountGte, amountLte, refused]: the Decimal scalar writes both ends as plain decimals first.
    const cases: [string, string, boolean][] = [
      ['5', '10', false],
      ['10', '5', true],
      ['100', '99.99', true],
      ['-5', '10', false],
      ['5', '-10', true],
      ['-5', '-10', true],
      ['-10', '-5', false],
      ['-1.5', '-1.25', false],
      ['-1.25', '-1.5', true],
      ['1.5', '1', true],
      ['1', '1.5', false],
      ['1.6', '1.55', true],
      ['1.50', '1.5', false],
      ['1.5', '1.50', false],
      ['0.00', '-0.0', false],
      ['0.001', '0', true],
    ];
    const seen: [string, string, boolean][] = [];
    for (const [amountGte, amountLte] of cases) {
      await stack.reset();
      const res = await stack.gql(
        'query($f: TransactionFilter) { transactions(filter: $f) { totalCount } }',
        {
          f: { amountGte, amountLte },
        },
      );
      const refused = res.errors !== undefined;
      if (refused) {
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message).toContain('filter.amountLte: must not be below amountGte');
      }
      // A refused range is never sent; an accepted one is, once.
      expect((await stack.stats()).calls, `${amountGte}..${amountLte}`).toBe(refused ? 0 : 1);
      seen.push([amountGte, amountLte, refused]);
    }
    expect(seen).toEqual(cases);
  });
});

describe('contract: Go!KYT Get transaction full history, sparse or odd', () => {
  it('orders revisions by number (none first), reads their states, and an empty history as none', async () => {
    await stack.fault({ route: GET, kind: 'body', json: { id: 'tx-1' } });
    await stack.fault({
      route: HISTORY,
      kind: 'body',
      json: {
        history_items: [
          {
            revision_number: 3,
            state: 'blocked',
            agent_id: 7,
            comment: 'fraud',
            created_at: '2024-05-02T00:00:00Z',
          },
          { revision_number: 1, state: { status: 'allowed' } },
          { state: 'held' },
          { revision_number: 2, state: null },
        ],
        transaction: null,
      },
    });
    const res = await stack.gql<Json>(
      '{ transaction(id: "tx-1") { history { revisionNumber agentId comment status rawState createdAt } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.transaction.history).toEqual([
      { revisionNumber: null, agentId: null, comment: null, status: null, rawState: 'held', createdAt: null },
      {
        revisionNumber: 1,
        agentId: null,
        comment: null,
        status: 'ALLOWED',
        rawState: 'allowed',
        createdAt: null,
      },
      { revisionNumber: 2, agentId: null, comment: null, status: null, rawState: null, createdAt: null },
      {
        revisionNumber: 3,
        agentId: 7,
        comment: 'fraud',
        status: 'BLOCKED',
        rawState: 'blocked',
        createdAt: '2024-05-02T00:00:00.000Z',
      },
    ]);
  });
});
