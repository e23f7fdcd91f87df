// @ts-nocheck
import type { TransactionSearch } from '../../algoreg/wire/kyt.ts';
import { compareDecimal, currencyKind } from '../../algoreg/wire/kyt-amount.ts';
import { builder } from '../../builder.ts';
import { Issues } from '../errors.ts';
import { OrderDirection } from '../pagination.ts';
import { TransactionStatus } from './transaction-type.ts';

/** Filters and order of `transactions` and `Customer.transactions` (Search transactions). */

export const TransactionFilter = builder.inputType('TransactionFilter', {
  description: 'Narrows transactions (Search transactions). All given filters must match.',
  fields: (t) => ({
    after: t.field({ type: 'DateTime', description: 'Took place at or after.' }),
    before: t.field({ type: 'DateTime', description: 'Took place at or before.' }),
    amountEquals: t.field({ type: 'Decimal', description: 'Amount exactly this (in its own currency).' }),
    amountGte: t.field({ type: 'Decimal', description: 'Amount at least this.' }),
    amountLte: t.field({ type: 'Decimal', description: 'Amount at most this.' }),
    convertedAmountEquals: t.field({ type: 'Decimal', description: 'Converted amount exactly this.' }),
    convertedAmountGte: t.field({ type: 'Decimal', description: 'Converted amount at least this.' }),
    convertedAmountLte: t.field({ type: 'Decimal', description: 'Converted amount at most this.' }),
    comment: t.string({ description: 'Comment contains this.' }),
    context: t.string({ description: 'Context is this.' }),
    cryptoBlockchain: t.string({ description: 'On this blockchain.' }),
    cryptoTxHash: t.string({ description: 'With this on-chain transaction hash.' }),
    currency: t.string({ description: 'In this currency or crypto asset (e.g. EUR, BTC).' }),
    customer: t.string({ description: 'With this customer on either side (external id).' }),
    customers: t.stringList({ description: 'With any of these customers on either side (at most 100).' }),
    externalId: t.string({ description: "The transaction with this tenant's id." }),
    fromCustomer: t.string({ description: 'Paid by this customer (external id).' }),
    toCustomer: t.string({ description: 'Paid to this customer (external id).' }),
    fromInstitution: t.string({ description: "Paying side's institution (code, id or name)." }),
    toInstitution: t.string({ description: "Receiving side's institution (code, id or name)." }),
    reviewGroups: t.stringList({ description: 'Routed to any of these review groups.' }),
    scoreAtLeast: t.float({
      description: "Scored at least this, 0–100 (Algoreg's `score` filter, read as a minimum: assumed).",
    }),
    status: t.field({ type: TransactionStatus, description: "In this status (Algoreg's `state` filter)." }),
    tags: t.stringList({ description: 'With any of these tags.' }),
  }),
});

const TransactionOrderField = builder.enumType('TransactionOrderField', {
  description: 'What transactions can be ordered by (assumed: Algoreg does not publish its order fields).',
  values: {
    DATE: { value: 'date', description: 'When it took place.' },
    AMOUNT: { value: 'amount', description: 'Amount, in its own currency.' },
    CONVERTED_AMOUNT: {
      value: 'converted_amount',
      description: 'Converted amount (comparable across currencies).',
    },
    SCORE: { value: 'score', description: 'Score.' },
  } as const,
});

export const TransactionOrder = builder.inputType('TransactionOrder', {
  description: 'How transactions are ordered. Default: newest first.',
  fields: (t) => ({
    field: t.field({
      type: TransactionOrderField,
      required: true,
      defaultValue: 'date',
      description: 'What to order by.',
    }),
    direction: t.field({
      type: OrderDirection,
      required: true,
      defaultValue: 'DESC',
      description: 'Which way.',
    }),
  }),
});

export type TransactionFilterInput = typeof TransactionFilter.$inferInput;
export type TransactionOrderInput = typeof TransactionOrder.$inferInput;

const MAX_TEXT = 200;

/** Checks a filter (naming each bad field) and turns it into Search transactions' input. */
export function transactionSearch(
  filter: TransactionFilterInput | null | undefined,
  order: TransactionOrderInput | null | undefined,
  path: string,
): Omit<TransactionSearch, 'limit' | 'offset'> {
  const f = filter ?? {};
  const issues = new Issues();
  const at = (field: string) => `${path}.${field}`;
  const texts = [
    'comment',
    'context',
    'cryptoBlockchain',
    'cryptoTxHash',
    'currency',
    'customer',
    'externalId',
    'fromCustomer',
    'toCustomer',
    'fromInstitution',
    'toInstitution',
  ] as const;
  for (const key of texts) {
    const v = f[key];
    if (v != null && !v.trim()) issues.add(at(key), 'must not be empty');
    if (v != null && v.length > MAX_TEXT) issues.add(at(key), `must be at most ${MAX_TEXT} characters`);
  }
  for (const key of ['customers', 'reviewGroups', 'tags'] as const) {
    const v = f[key];
    if (v && v.length > 100) issues.add(at(key), 'at most 100 values');
    if (v?.some((x) => !x.trim())) issues.add(at(key), 'values must not be empty');
  }
  if (f.currency?.trim() && !currencyKind(f.currency))
    issues.add(at('currency'), 'must be an ISO 4217 currency code or a known crypto asset code');
  if (f.scoreAtLeast != null && (f.scoreAtLeast < 0 || f.scoreAtLeast > 100))
    issues.add(at('scoreAtLeast'), 'must be between 0 and 100');
  if (f.after && f.before && f.after > f.before) issues.add(at('before'), 'must not be before `after`');
  for (const [low, high] of [
    ['amountGte', 'amountLte'],
    ['convertedAmountGte', 'convertedAmountLte'],
  ] as const) {
    const [l, h] = [f[low], f[high]];
    if (l != null && h != null && compareDecimal(l, h) > 0) issues.add(at(high), `must not be below ${low}`);
  }
  issues.throwIfAny();
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : undefined);
  const many = (v: readonly string[] | null | undefined) =>
    v?.length ? [...new Set(v.map((x) => x.trim()))] : undefined;
  return {
    after: f.after?.toISOString(),
    before: f.before?.toISOString(),
    amountEquals: f.amountEquals ?? undefined,
    amountGte: f.amountGte ?? undefined,
    amountLte: f.amountLte ?? undefined,
    convertedAmountEquals: f.convertedAmountEquals ?? undefined,
    convertedAmountGte: f.convertedAmountGte ?? undefined,
    convertedAmountLte: f.convertedAmountLte ?? undefined,
    comment: text(f.comment),
    context: text(f.context),
    cryptoBlockchain: text(f.cryptoBlockchain),
    cryptoTxHash: text(f.cryptoTxHash),
    currency: text(f.currency)?.toUpperCase(),
    customer: text(f.customer),
    customers: many(f.customers),
    externalId: text(f.externalId),
    fromCustomer: text(f.fromCustomer),
    toCustomer: text(f.toCustomer),
    fromInstitution: text(f.fromInstitution),
    toInstitution: text(f.toInstitution),
    reviewGroups: many(f.reviewGroups),
    score: f.scoreAtLeast ?? undefined,
    state: f.status ?? undefined,
    tags: many(f.tags),
    orderBy: order?.field,
    orderWay: order?.direction === 'DESC' ? 'desc' : order ? 'asc' : undefined,
  };
}
