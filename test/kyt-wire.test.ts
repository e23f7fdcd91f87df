import { describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

/**
 * What the Go!KYT writes send to Algoreg (the sandbox's last body per route, under Algoreg's wire
 * names): every field of a new transaction and of its sides, nothing that was not given, the
 * account type as `F`/`N`, review groups joined with `;`; and the transaction read back with them.
 */

const CREATE = 'POST /api/v1/kyt/transaction';
const UPDATE = 'POST /api/v1/kyt/transaction/{id}';
const SEARCH = 'POST /api/v1/kyt/transactions';

const stack = useStack();

const uniqueId = () => `PAY-WIRE-${Math.random().toString(36).slice(2)}`;

const SIDE = `externalId fullName accountType domicileCode
  device { twoFactor threeDSecure country fingerprint geolocation ip language sessionDuration sessionId userAgent }
  paymentInstitution { code name country externalId internalCustomerId }
  paymentMethod { type code country }`;

const CREATE_DOC = `mutation($input: CreateTransactionInput!) {
  createTransaction(input: $input) {
    errors { code }
    transaction { id externalId comment context reviewGroups crypto { blockchain txHash } from { ${SIDE} } to { ${SIDE} } }
  }
}`;

describe('Create transaction body', () => {
  it('sends every field of a transaction and of its sides under its wire name, and reads them back', async () => {
    const externalId = uniqueId();
    const res = await stack.gql(CREATE_DOC, {
      input: {
        externalId,
        date: '2026-03-02T10:15:00Z',
        amount: '75.10',
        currency: 'eur',
        from: {
          externalId: 'EXT-ANN',
          fullName: ' Ann Example ',
          accountType: 'INDIVIDUAL',
          domicileCode: 'BE',
          device: {
            twoFactor: true,
            threeDSecure: false,
            country: 'BE',
            fingerprint: 'fp-1',
            geolocation: '50.85,4.35',
            ip: ' 192.0.2.7 ',
            language: 'fr-BE',
            sessionDuration: 12.5,
            sessionId: 's-1',
            userAgent: 'Mozilla/5.0',
          },
          paymentInstitution: {
            code: 'GEBABEBB',
            name: 'Banque Exemple',
            country: 'BE',
            externalId: 'bank-1',
            internalCustomerId: 'cust-9',
          },
          paymentMethod: { type: 'card', code: 'visa', country: 'BE' },
        },
        to: {
          externalId: 'EXT-ACME',
          fullName: 'Acme Stationery',
          accountType: 'FIRM',
          domicileCode: 'FRA',
        },
        crypto: { blockchain: ' bitcoin ', txHash: 'abc123' },
        comment: 'Paper order',
        context: 'card_payment',
        fields: { channel: 'web', basket: 3 },
        reviewGroups: ['payments', ' fraud ', 'payments'],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createTransaction.errors).toEqual([]);
    expect(await stack.sent(CREATE)).toEqual({
      external_id: externalId,
      date: '2026-03-02T10:15:00.000Z',
      amount: '75.10',
      currency: 'EUR',
      from: {
        external_id: 'EXT-ANN',
        full_name: 'Ann Example',
        account_type: 'N',
        domicile_code: 'BEL',
        device: {
          '2fa': true,
          '3ds': false,
          country: 'BEL',
          fingerprint: 'fp-1',
          geolocation: '50.85,4.35',
          ip: '192.0.2.7',
          language: 'fr-BE',
          session_duration: 12.5,
          session_id: 's-1',
          user_agent: 'Mozilla/5.0',
        },
        payment_institution: {
          code: 'GEBABEBB',
          country: 'BEL',
          external_id: 'bank-1',
          internal_customer_id: 'cust-9',
          name: 'Banque Exemple',
        },
        payment_method: { type: 'card', code: 'visa', country: 'BEL' },
      },
      to: { external_id: 'EXT-ACME', full_name: 'Acme Stationery', account_type: 'F', domicile_code: 'FRA' },
      crypto: { blockchain: 'bitcoin', tx_hash: 'abc123' },
      comment: 'Paper order',
      context: 'card_payment',
      fields: { channel: 'web', basket: 3 },
      review_groups: 'payments;fraud',
    });
    expect(res.data.createTransaction.transaction).toMatchObject({
      externalId,
      comment: 'Paper order',
      context: 'card_payment',
      reviewGroups: ['payments', 'fraud'],
      crypto: { blockchain: 'bitcoin', txHash: 'abc123' },
      from: {
        externalId: 'EXT-ANN',
        fullName: 'Ann Example',
        accountType: 'INDIVIDUAL',
        domicileCode: 'BEL',
        device: {
          twoFactor: true,
          threeDSecure: false,
          country: 'BEL',
          fingerprint: 'fp-1',
          geolocation: '50.85,4.35',
          ip: '192.0.2.7',
          language: 'fr-BE',
          sessionDuration: 12.5,
          sessionId: 's-1',
          userAgent: 'Mozilla/5.0',
        },
        paymentInstitution: {
          code: 'GEBABEBB',
          name: 'Banque Exemple',
          country: 'BEL',
          externalId: 'bank-1',
          internalCustomerId: 'cust-9',
        },
        paymentMethod: { type: 'card', code: 'visa', country: 'BEL' },
      },
      to: {
        externalId: 'EXT-ACME',
        fullName: 'Acme Stationery',
        accountType: 'FIRM',
        domicileCode: 'FRA',
        device: null,
        paymentInstitution: null,
        paymentMethod: null,
      },
    });
  });

  it('sends only what is given, explicit nulls as not given', async () => {
    const externalId = uniqueId();
    const side = (id: string, accountType: string) => ({
      externalId: id,
      fullName: `Name of ${id}`,
      accountType,
      domicileCode: null,
      device: null,
      paymentInstitution: null,
      paymentMethod: null,
    });
    const res = await stack.gql(CREATE_DOC, {
      input: {
        externalId,
        date: '2026-03-02T10:15:00Z',
        amount: '5',
        currency: 'EUR',
        from: side('EXT-ONE', 'FIRM'),
        to: side('EXT-TWO', 'INDIVIDUAL'),
        crypto: null,
        comment: null,
        context: null,
        fields: null,
        reviewGroups: null,
      },
    });
    expect(res.data.createTransaction.errors).toEqual([]);
    expect(await stack.sent(CREATE)).toEqual({
      external_id: externalId,
      date: '2026-03-02T10:15:00.000Z',
      amount: '5',
      currency: 'EUR',
      from: { external_id: 'EXT-ONE', full_name: 'Name of EXT-ONE', account_type: 'F' },
      to: { external_id: 'EXT-TWO', full_name: 'Name of EXT-TWO', account_type: 'N' },
    });
    expect(res.data.createTransaction.transaction).toMatchObject({
      reviewGroups: [],
      from: { accountType: 'FIRM', device: null, paymentInstitution: null, paymentMethod: null },
      to: { accountType: 'INDIVIDUAL' },
    });
  });

  it('sends the given fields of a device, an institution and a payment method only', async () => {
    const res = await stack.gql(CREATE_DOC, {
      input: {
        externalId: uniqueId(),
        date: '2026-03-02T10:15:00Z',
        amount: '5',
        currency: 'EUR',
        from: {
          externalId: 'EXT-ONE',
          fullName: 'One',
          accountType: 'INDIVIDUAL',
          device: { ip: '2001:db8::1', twoFactor: null },
          paymentInstitution: { name: 'Banque Exemple', code: null },
          paymentMethod: { type: 'transfer' },
        },
        to: { externalId: 'EXT-TWO', fullName: 'Two', accountType: 'INDIVIDUAL' },
        reviewGroups: [],
      },
    });
    expect(res.data.createTransaction.errors).toEqual([]);
    const body = await stack.sent(CREATE);
    expect(body.from).toEqual({
      external_id: 'EXT-ONE',
      full_name: 'One',
      account_type: 'N',
      device: { ip: '2001:db8::1' },
      payment_institution: { name: 'Banque Exemple' },
      payment_method: { type: 'transfer' },
    });
    expect(body).not.toHaveProperty('review_groups');
  });
});

describe('Update transaction body', () => {
  it('sends the status and the comment given, and only those', async () => {
    const created = await stack.gql(CREATE_DOC, {
      input: {
        externalId: uniqueId(),
        date: '2026-03-02T10:15:00Z',
        amount: '5',
        currency: 'EUR',
        from: { externalId: 'EXT-ONE', fullName: 'One', accountType: 'INDIVIDUAL' },
        to: { externalId: 'EXT-TWO', fullName: 'Two', accountType: 'INDIVIDUAL' },
      },
    });
    const id = created.data.createTransaction.transaction.id;
    const UPDATE_DOC = `mutation($input: UpdateTransactionInput!) {
      updateTransaction(input: $input) { errors { code } transaction { status comment } }
    }`;
    const both = await stack.gql(UPDATE_DOC, {
      input: { transactionId: id, state: 'BLOCKED', comment: 'Checked.' },
    });
    expect(both.data.updateTransaction).toEqual({
      errors: [],
      transaction: { status: 'BLOCKED', comment: 'Checked.' },
    });
    expect(await stack.sent(UPDATE)).toEqual({ state: 'blocked', comment: 'Checked.' });
    const comment = await stack.gql(UPDATE_DOC, {
      input: { transactionId: id, state: null, comment: 'Again.' },
    });
    expect(comment.data.updateTransaction.errors).toEqual([]);
    expect(await stack.sent(UPDATE)).toEqual({ comment: 'Again.' });
  });
});

describe('Search transactions body', () => {
  it('sends only the page when nothing else is given', async () => {
    const res = await stack.gql('{ transactions(first: 3) { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(SEARCH)).toEqual({ limit: 3, offset: 0 });
  });
});
