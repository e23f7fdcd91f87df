import { type Caller, nullIfNotFound } from './caller.ts';
import {
  type CreateTransaction,
  type ParticipantInput,
  type Transaction,
  type TransactionHistory,
  type TransactionSearch,
  transaction,
  transactionHistory,
  transactionPage,
  type UpdateTransaction,
} from './wire/kyt.ts';
import { exactAmounts } from './wire/kyt-amount.ts';
import './wire/kyt-fast.ts';

/**
 * A plain decimal written into a JSON body as a number, digit for digit (`JSON.rawJSON`): the
 * search filters are documented as numbers, and a float would round the amount.
 */
const rawNumber = (decimal: string): unknown =>
  (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON(decimal);

/*
 * Bodies are one object literal with every optional key, undefined when not given: they are sent
 * (and cache-keyed) as JSON.stringify'd text, which leaves undefined keys out, so the wire bytes
 * are those of a body holding only the given keys, in this order. (The inputs hold no nulls: their
 * types have none, and the schema turns a GraphQL null into undefined.)
 */

function searchBody(s: TransactionSearch): Record<string, unknown> {
  const amount = (v: string | undefined) => (v === undefined ? undefined : rawNumber(v));
  return {
    after: s.after,
    before: s.before,
    amount_equals: amount(s.amountEquals),
    amount_gte: amount(s.amountGte),
    amount_lte: amount(s.amountLte),
    converted_amount_equals: amount(s.convertedAmountEquals),
    converted_amount_gte: amount(s.convertedAmountGte),
    converted_amount_lte: amount(s.convertedAmountLte),
    comment: s.comment,
    context: s.context,
    crypto_blockchain: s.cryptoBlockchain,
    crypto_tx_hash: s.cryptoTxHash,
    currency: s.currency,
    customer: s.customer,
    customers: s.customers,
    external_id: s.externalId,
    from_customer: s.fromCustomer,
    to_customer: s.toCustomer,
    from_institution: s.fromInstitution,
    to_institution: s.toInstitution,
    review_groups: s.reviewGroups,
    score: s.score,
    state: s.state,
    tags: s.tags,
    order_by: s.orderBy,
    order_way: s.orderWay,
    limit: s.limit,
    offset: s.offset,
  };
}

function participantBody(p: ParticipantInput): Record<string, unknown> {
  const d = p.device;
  const i = p.paymentInstitution;
  return {
    external_id: p.externalId,
    full_name: p.fullName,
    account_type: p.accountType === 'FIRM' ? 'F' : 'N',
    domicile_code: p.domicileCode,
    device: d
      ? {
          '2fa': d.twoFactor,
          '3ds': d.threeDSecure,
          country: d.country,
          fingerprint: d.fingerprint,
          geolocation: d.geolocation,
          ip: d.ip,
          language: d.language,
          session_duration: d.sessionDuration,
          session_id: d.sessionId,
          user_agent: d.userAgent,
        }
      : undefined,
    payment_institution: i
      ? {
          code: i.code,
          country: i.country,
          external_id: i.externalId,
          internal_customer_id: i.internalCustomerId,
          name: i.name,
        }
      : undefined,
    payment_method: p.paymentMethod && {
      type: p.paymentMethod.type,
      code: p.paymentMethod.code,
      country: p.paymentMethod.country,
    },
  };
}

/** Create transaction's body, as the guide lists its fields (`review_groups` as `"A;B"`). */
function createBody(t: CreateTransaction): Record<string, unknown> {
  return {
    external_id: t.externalId,
    date: t.date,
    amount: t.amount,
    currency: t.currency,
    from: participantBody(t.from),
    to: participantBody(t.to),
    crypto: t.crypto ? { blockchain: t.crypto.blockchain, tx_hash: t.crypto.txHash } : undefined,
    comment: t.comment,
    context: t.context,
    fields: t.fields,
    review_groups: t.reviewGroups?.length ? t.reviewGroups.join(';') : undefined,
  };
}

/** Typed calls of Go!KYT (API.md §5.2). Every answer is read with amounts kept exact. */
export function kytCalls(c: Caller) {
  const get = (id: string): Promise<Transaction | null> =>
    nullIfNotFound(
      c.http.json('getTransaction', transaction, { params: { id }, trace: c.trace, rewrite: exactAmounts }),
    );
  const history = (id: string): Promise<TransactionHistory | null> =>
    nullIfNotFound(
      c.http.json('getTransactionHistory', transactionHistory, {
        params: { id },
        trace: c.trace,
        rewrite: exactAmounts,
      }),
    );

  return {
    /** Get transaction; null when Algoreg has none with this id. */
    get,

    /** Get transaction for many ids: concurrent GETs under the cap (there is no batch read). */
    getMany: (ids: readonly string[]) => c.batch('getTransaction', ids, get),

    /** Get transaction full history; null when Algoreg has no such transaction. */
    history,

    /** Full histories of many transactions: concurrent GETs under the cap. */
    histories: (ids: readonly string[]) => c.batch('getTransactionHistory', ids, history),

    /** Search transactions: every documented filter, paged, with a total. */
    search: (s: TransactionSearch) =>
      c.http.json('searchTransactions', transactionPage, {
        body: searchBody(s),
        trace: c.trace,
        rewrite: exactAmounts,
      }),

    /** Create transaction: Algoreg scores it at once. A write: sent once, never retried. */
    create: (t: CreateTransaction) =>
      c.http.json('createTransaction', transaction, {
        body: createBody(t),
        trace: c.trace,
        rewrite: exactAmounts,
      }),

    /** Update transaction (state, comment): recorded as a new history item. A write: never retried. */
    update: (id: string, u: UpdateTransaction) =>
      c.http.json('updateTransaction', transaction, {
        params: { id },
        body: { state: u.state, comment: u.comment },
        trace: c.trace,
        rewrite: exactAmounts,
      }),
  };
}

export type KytCalls = ReturnType<typeof kytCalls>;
