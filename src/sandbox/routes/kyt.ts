import countries from 'i18n-iso-countries/index.js';
import { KYT_STATUSES, type KytStatus, TRANSACTION_ORDER_BY } from '../../algoreg/wire/kyt.ts';
import { compareDecimal, currencyKind, plainDecimal } from '../../algoreg/wire/kyt-amount.ts';
import { KYT_API_AGENT_ID, recordDecision, scoredItem } from '../seed/kyt.ts';
import { obj, scoreTransaction, searchVector } from '../seed/kyt-rules.ts';
import type { Json, Store, TransactionState } from '../store.ts';
import { apiError, paging, type RouteHandlers, type SandboxReply } from './types.ts';

/**
 * Go!KYT (API.md §5.2). Assumed shapes (see endpoints.ts): Create transaction answers the scored
 * transaction and refuses a known `external_id`; `state` is a status string; Search transactions
 * answers `{data, total}`, reads `score` as a minimum, and orders by `order_by`/`order_way`
 * (default `date desc`).
 */
export function kytRoutes(): RouteHandlers {
  return {
    getTransaction: ({ params }, store) => {
      const t = store.transactions.get(params.id ?? '');
      return t ? { json: t.transaction } : notFound();
    },

    getTransactionHistory: ({ params }, store) => {
      const t = store.transactions.get(params.id ?? '');
      return t ? { json: { history_items: t.history, transaction: t.transaction } } : notFound();
    },

    searchTransactions: ({ body }, store) => search(store, (body ?? {}) as Json),

    createTransaction: ({ body }, store) => create(store, (body ?? {}) as Json),

    updateTransaction: ({ params, body }, store) => update(store, params.id ?? '', (body ?? {}) as Json),
  };
}

const notFound = () => apiError(404, 'transaction_not_found', 'Transaction not found');
const bad = (code: string, message: string) => apiError(400, code, message);

/** How many transactions a customer takes part in (Get stats for customer). */
export function transactionCount(store: Store, externalId: string): number {
  let n = 0;
  for (const { transaction } of store.transactions.values()) {
    if ((transaction.customers as string[]).includes(externalId)) n += 1;
  }
  return n;
}

const isStatus = (v: unknown): v is KytStatus =>
  typeof v === 'string' && (KYT_STATUSES as readonly string[]).includes(v.toLowerCase());
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
const time = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

// ---- Search transactions -------------------------------------------------------------------------

const AMOUNT_FILTERS = [
  ['amount_equals', 'amount', 0],
  ['amount_gte', 'amount', 1],
  ['amount_lte', 'amount', -1],
  ['converted_amount_equals', 'converted_amount', 0],
  ['converted_amount_gte', 'converted_amount', 1],
  ['converted_amount_lte', 'converted_amount', -1],
] as const;

const STRING_FILTERS = [
  'comment',
  'context',
  'crypto_blockchain',
  'crypto_tx_hash',
  'currency',
  'customer',
  'external_id',
  'from_customer',
  'to_customer',
  'from_institution',
  'to_institution',
] as const;

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : '');

function institutionMatches(participant: Json | undefined, wanted: string): boolean {
  const i = (participant?.payment_institution ?? {}) as Json;
  return [i.code, i.external_id, i.real_external_id, i.name].some((v) => lower(v) === wanted);
}

function search(store: Store, b: Json): SandboxReply {
  for (const f of STRING_FILTERS) {
    if (b[f] !== undefined && typeof b[f] !== 'string')
      return bad('invalid_parameter', `${f} must be a string`);
  }
  for (const f of ['customers', 'review_groups', 'tags'] as const) {
    if (b[f] !== undefined && !strings(b[f]))
      return bad('invalid_parameter', `${f} must be a list of strings`);
  }
  for (const f of ['after', 'before'] as const) {
    if (b[f] !== undefined && Number.isNaN(time(b[f])))
      return bad('invalid_parameter', `${f} must be a date-time`);
  }
  const amounts = new Map<string, string>();
  for (const [f] of AMOUNT_FILTERS) {
    if (b[f] === undefined) continue;
    const d = typeof b[f] === 'number' ? plainDecimal(String(b[f])) : null;
    if (d === null) return bad('invalid_parameter', `${f} must be a number`);
    amounts.set(f, d);
  }
  if (b.score !== undefined && typeof b.score !== 'number')
    return bad('invalid_parameter', 'score must be a number');
  if (b.state !== undefined && !isStatus(b.state))
    return bad('invalid_parameter', 'state is not a transaction state');
  const orderBy = b.order_by ?? 'date';
  const orderWay = b.order_way ?? 'desc';
  if (typeof orderBy !== 'string' || !(TRANSACTION_ORDER_BY as readonly string[]).includes(orderBy))
    return bad('invalid_parameter', 'order_by is not supported');
  if (orderWay !== 'asc' && orderWay !== 'desc')
    return bad('invalid_parameter', 'order_way is not supported');
  const { limit, offset } = paging(b, 20, 500);

  const after = time(b.after);
  const before = time(b.before);
  const customers = strings(b.customers);
  const groups = strings(b.review_groups);
  const tags = strings(b.tags);
  const comment = lower(b.comment).trim();
  const matches = [...store.transactions.values()].filter(({ transaction: t }) => {
    const at = time(t.date);
    if (!Number.isNaN(after) && !(at >= after)) return false;
    if (!Number.isNaN(before) && !(at <= before)) return false;
    for (const [f, field, sign] of AMOUNT_FILTERS) {
      const wanted = amounts.get(f);
      if (wanted === undefined) continue;
      const value = t[field];
      if (typeof value !== 'string') return false;
      const cmp = compareDecimal(value, wanted);
      if (sign === 0 ? cmp !== 0 : cmp !== 0 && cmp !== sign) return false;
    }
    const inCustomers = t.customers as string[];
    if (comment && !lower(t.comment).includes(comment)) return false;
    if (b.context && lower(t.context) !== lower(b.context)) return false;
    if (b.crypto_blockchain && lower(obj(t.crypto).blockchain) !== lower(b.crypto_blockchain)) return false;
    if (b.crypto_tx_hash && lower(obj(t.crypto).tx_hash) !== lower(b.crypto_tx_hash)) return false;
    if (b.currency && lower(t.currency) !== lower(b.currency)) return false;
    if (typeof b.customer === 'string' && b.customer && !inCustomers.includes(b.customer)) return false;
    if (customers?.length && !customers.some((c) => inCustomers.includes(c))) return false;
    if (b.external_id && t.external_id !== b.external_id) return false;
    if (b.from_customer && obj(t.from).external_id !== b.from_customer) return false;
    if (b.to_customer && obj(t.to).external_id !== b.to_customer) return false;
    if (b.from_institution && !institutionMatches(obj(t.from), lower(b.from_institution))) return false;
    if (b.to_institution && !institutionMatches(obj(t.to), lower(b.to_institution))) return false;
    if (groups?.length && !groups.some((g) => (t.review_groups as string[]).includes(g))) return false;
    if (typeof b.score === 'number' && !(Number(t.score) >= b.score)) return false;
    if (b.state !== undefined && lower(t.state) !== lower(b.state)) return false;
    if (tags?.length && !tags.some((g) => (t.tags as string[]).includes(g))) return false;
    return true;
  });
  const page = sorted(matches, orderBy, orderWay).slice(offset, offset + limit);
  return { json: { data: page.map((s) => s.transaction), total: matches.length } };
}

function sorted(list: TransactionState[], by: string, way: string): TransactionState[] {
  const sign = way === 'asc' ? 1 : -1;
  const compare = (x: Json, y: Json): number => {
    if (by === 'score') return Number(x.score) - Number(y.score);
    if (by === 'amount' || by === 'converted_amount') {
      const [a, b] = [x[by], y[by]];
      if (typeof a !== 'string' || typeof b !== 'string') return (a ? 1 : 0) - (b ? 1 : 0);
      return compareDecimal(a, b);
    }
    return String(x.date).localeCompare(String(y.date));
  };
  return list.sort(
    (x, y) =>
      sign * compare(x.transaction, y.transaction) ||
      String(x.transaction.id).localeCompare(String(y.transaction.id)),
  );
}

// ---- Create transaction ----------------------------------------------------------------------------

const countryOk = (v: string) =>
  v.length === 3 ? countries.isValid(v.toUpperCase()) : v.length === 2 && countries.isValid(v.toUpperCase());

type Checked = { error: SandboxReply; value?: never } | { value: Json; error?: never };

/** Checks one participant, filling a known customer's identity; or the error to answer. */
function participant(store: Store, p: unknown, side: string): Checked {
  const fail = (code: string, message: string): Checked => ({ error: bad(code, message) });
  if (!p || typeof p !== 'object') return fail('invalid_participant', `${side} is required`);
  const q = { ...(p as Json) };
  const externalId = str(q.external_id);
  if (!externalId) return fail('invalid_participant', `${side}.external_id is required`);
  const customer = store.customers.get(externalId)?.customer;
  if (customer) {
    // The guide: full_name, account_type and domicile_code are ignored for a known customer.
    q.full_name =
      customer.account_type === 'F'
        ? customer.company_name
        : [customer.first_name, customer.middle_name, customer.last_name].filter(Boolean).join(' ');
    q.account_type = customer.account_type;
    q.domicile_code = countries.alpha2ToAlpha3(String(customer.domicile_code)) ?? '';
  } else {
    if (!str(q.full_name)) return fail('invalid_participant', `${side}.full_name is required`);
    if (q.account_type !== 'F' && q.account_type !== 'N')
      return fail('invalid_participant', `${side}.account_type must be F or N`);
    if (q.domicile_code !== undefined && q.domicile_code !== '' && !countryOk(str(q.domicile_code)))
      return fail('invalid_country', `${side}.domicile_code is not an ISO 3166 country code`);
  }
  const institution = q.payment_institution as Json | undefined;
  if (institution?.external_id) institution.real_external_id = institution.external_id;
  return { value: q };
}

function create(store: Store, b: Json): SandboxReply {
  const externalId = str(b.external_id);
  if (!externalId) return bad('missing_external_id', 'external_id is required');
  for (const { transaction } of store.transactions.values()) {
    if (transaction.external_id === externalId)
      return bad('transaction_already_exists', 'a transaction with this external_id exists');
  }
  if (Number.isNaN(time(b.date))) return bad('invalid_date', 'date must be an ISO date-time');
  const amount =
    typeof b.amount === 'string' || typeof b.amount === 'number' ? plainDecimal(String(b.amount)) : null;
  if (amount === null || compareDecimal(amount, '0') <= 0)
    return bad('invalid_amount', 'amount must be a positive decimal');
  const currency = str(b.currency).toUpperCase();
  if (!currencyKind(currency))
    return bad('invalid_currency', 'currency is not an ISO 4217 code or a known asset');
  const checkedFrom = participant(store, b.from, 'from');
  if (checkedFrom.error) return checkedFrom.error;
  const checkedTo = participant(store, b.to, 'to');
  if (checkedTo.error) return checkedTo.error;
  const [from, to] = [checkedFrom.value, checkedTo.value];
  if (
    b.fields !== undefined &&
    (typeof b.fields !== 'object' || b.fields === null || Array.isArray(b.fields))
  )
    return bad('invalid_fields', 'fields must be an object');
  const crypto = b.crypto as Json | undefined;
  if (crypto !== undefined && (typeof crypto !== 'object' || !str(crypto.blockchain)))
    return bad('invalid_crypto', 'crypto needs a blockchain');
  const groups =
    typeof b.review_groups === 'string' ? b.review_groups.split(';') : (strings(b.review_groups) ?? []);

  const id = store.nextId('TXN');
  const date = new Date(time(b.date)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const t: Json = {
    id,
    external_id: externalId,
    client_id: 1,
    date,
    amount,
    currency,
    converted_amount: null,
    converted_currency: '',
    converted_date: '',
    ...(crypto
      ? { crypto: { blockchain: str(crypto.blockchain), tx_hash: str(crypto.tx_hash ?? crypto.txhash) } }
      : {}),
    comment: typeof b.comment === 'string' ? b.comment : '',
    context: typeof b.context === 'string' ? b.context : '',
    customers: [from.external_id, to.external_id].filter(
      (c, i, all): c is string => typeof c === 'string' && store.customers.has(c) && all.indexOf(c) === i,
    ),
    fields: b.fields ?? {},
    from,
    to,
    review_groups: groups.map((g) => g.trim()).filter(Boolean),
    rules: [],
    score: 0,
    search_vector: [],
    state: 'allowed',
    tags: strings(b.tags) ?? [],
  };
  const status = scoreTransaction(store, t);
  t.state = status;
  t.search_vector = searchVector(t);
  store.transactions.set(id, { transaction: t, history: [scoredItem(status, nowIso())] });
  return { json: t };
}

// ---- Update transaction ----------------------------------------------------------------------------

function update(store: Store, id: string, b: Json): SandboxReply {
  const state = store.transactions.get(id);
  if (!state) return notFound();
  if (b.state !== undefined && !isStatus(b.state))
    return bad('invalid_state', 'state must be allowed, delayed or blocked');
  if (b.comment !== undefined && (typeof b.comment !== 'string' || b.comment.length > 4000))
    return bad('invalid_comment', 'comment must be a string of at most 4000 characters');
  if (b.state === undefined && b.comment === undefined) return bad('empty_update', 'nothing to change');
  const next = (isStatus(b.state) ? b.state.toLowerCase() : state.transaction.state) as KytStatus;
  recordDecision(state, KYT_API_AGENT_ID, next, typeof b.comment === 'string' ? b.comment : '', nowIso());
  return { json: state.transaction };
}
