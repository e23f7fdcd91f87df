import { z } from 'zod';
import { flag, idLike, int, json, list, num, optId, strings, text } from './common.ts';
import { type AccountType, accountType } from './customer.ts';
import { plainDecimal } from './kyt-amount.ts';

/** Go!KYT JSON as Algoreg sends it (API.md §5.2), mapped once to camelCase DTOs. */

// ---- Status, thresholds, scoring vocabulary ------------------------------------------------------

/** Transaction statuses, as the guide and the `transaction_updated` webhook spell them. */
export const KYT_STATUSES = ['allowed', 'delayed', 'blocked'] as const;
export type KytStatus = (typeof KYT_STATUSES)[number];

/**
 * Score thresholds of the statuses: allowed < 50 ≤ delayed < 90 ≤ blocked. Algoreg lets each
 * tenant configure them; these are the guide's example, ASSUMED for a tenant whose settings the
 * API does not publish.
 */
export const KYT_THRESHOLDS = { delayed: 50, blocked: 90 } as const;

/** The status a score gives under the thresholds; null without a score. */
export function statusOfScore(score: number | null | undefined): KytStatus | null {
  if (score == null || !Number.isFinite(score)) return null;
  if (score >= KYT_THRESHOLDS.blocked) return 'blocked';
  if (score >= KYT_THRESHOLDS.delayed) return 'delayed';
  return 'allowed';
}

/**
 * `state` is rendered `{}` by the documentation (KYTTransactionState, shape UNKNOWN). ASSUMED: a
 * string naming the status (`allowed` / `delayed` / `blocked`, as Update transaction's `state`
 * takes it). Whatever comes is kept as text; a value naming no status reads as null.
 */
export function readKytState(raw: unknown): { text: string | null; status: KytStatus | null } {
  let value: string | null = null;
  if (typeof raw === 'string') value = raw;
  else if (typeof raw === 'number' || typeof raw === 'boolean') value = String(raw);
  else if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const named = [o.status, o.name, o.code, o.value, o.label].find((v) => typeof v === 'string');
    value = typeof named === 'string' ? named : JSON.stringify(raw);
  }
  const lower = value?.trim().toLowerCase();
  return { text: value || null, status: KYT_STATUSES.find((s) => s === lower) ?? null };
}

/**
 * An amount, documented as `number` in answers and as a string in the guide's input. Read exactly:
 * a string as written, a number from its JSON source text (see `exactAmounts`). A value that is
 * not a number reads as null.
 */
const decimal = z
  .union([z.string(), z.number()])
  .nullish()
  // Absent, null and "" are no number literal either: `plainDecimal` reads them as null.
  .transform((v) => plainDecimal(String(v)));

// ---- Wire schemas --------------------------------------------------------------------------------

/** Review groups from a list or a `"A;B"` string: trimmed, blanks dropped. */
export const splitGroups = (v: string | readonly string[] | null | undefined): string[] =>
  (typeof v === 'string' ? v.split(';') : (v ?? [])).map((g) => g.trim()).filter(Boolean);

/** `review_groups`: a list in answers, a `"A;B"` string in the guide's input; both are read. */
const groups = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform(splitGroups);

const device = z
  .object({
    '2fa': flag,
    '3ds': flag,
    country: text,
    fingerprint: text,
    geolocation: text,
    ip: text,
    language: text,
    session_duration: num,
    session_id: optId,
    user_agent: text,
  })
  .transform((d) => ({
    twoFactor: d['2fa'],
    threeDSecure: d['3ds'],
    country: d.country,
    fingerprint: d.fingerprint,
    geolocation: d.geolocation,
    ip: d.ip,
    language: d.language,
    sessionDuration: d.session_duration,
    sessionId: d.session_id,
    userAgent: d.user_agent,
  }));

const paymentInstitution = z
  .object({
    code: text,
    country: text,
    external_id: optId,
    internal_customer_id: optId,
    name: text,
    real_external_id: optId,
  })
  .transform((p) => ({
    code: p.code,
    country: p.country,
    externalId: p.external_id,
    internalCustomerId: p.internal_customer_id,
    name: p.name,
    realExternalId: p.real_external_id,
  }));

const paymentMethod = z.object({ code: text, country: text, type: text });

const participant = z
  .object({
    external_id: optId,
    full_name: text,
    account_type: accountType.optional(),
    domicile_code: text,
    device: device.nullish(),
    payment_institution: paymentInstitution.nullish(),
    payment_method: paymentMethod.nullish(),
  })
  .transform((p) => ({
    externalId: p.external_id,
    fullName: p.full_name,
    accountType: p.account_type ?? null,
    domicileCode: p.domicile_code,
    device: p.device ?? null,
    paymentInstitution: p.payment_institution ?? null,
    paymentMethod: p.payment_method ?? null,
  }));

/** `Rule`; `name` and `description` come from the rules guide and are read when present. */
const rule = z
  .object({
    code: text,
    name: text,
    description: text,
    active: flag,
    score: num,
    use_weight: flag,
    weight: num,
  })
  .transform((r) => ({
    code: r.code,
    name: r.name,
    description: r.description,
    active: r.active,
    score: r.score,
    useWeight: r.use_weight,
    weight: r.weight,
  }));

/** `crypto`: the API schema spells the hash `tx_hash`, the guide `txhash`; both are read. */
const crypto = z
  .object({ blockchain: text, tx_hash: text, txhash: text })
  .transform((c) => ({ blockchain: c.blockchain, txHash: c.tx_hash ?? c.txhash }));

/**
 * `KYTTransaction`. `tags` is ASSUMED: Search transactions filters on `tags`, so transactions are
 * taken to carry them; absent, it reads as [].
 */
export const transaction = z
  .object({
    id: idLike,
    external_id: optId,
    client_id: int,
    date: text,
    amount: decimal,
    currency: text,
    converted_amount: decimal,
    converted_currency: text,
    converted_date: text,
    crypto: crypto.nullish(),
    comment: text,
    context: text,
    customers: strings,
    fields: json,
    from: participant.nullish(),
    to: participant.nullish(),
    review_groups: groups,
    rules: list(rule),
    score: num,
    search_vector: strings,
    state: json,
    tags: strings,
  })
  .transform((t) => {
    const state = readKytState(t.state);
    return {
      id: t.id,
      externalId: t.external_id,
      clientId: t.client_id,
      date: t.date,
      amount: t.amount,
      currency: t.currency,
      convertedAmount: t.converted_amount,
      convertedCurrency: t.converted_currency,
      convertedDate: t.converted_date,
      crypto: t.crypto?.blockchain || t.crypto?.txHash ? t.crypto : null,
      comment: t.comment,
      context: t.context,
      customers: t.customers,
      fields: t.fields,
      from: t.from ?? null,
      to: t.to ?? null,
      reviewGroups: t.review_groups,
      rules: t.rules,
      score: t.score,
      searchVector: t.search_vector,
      tags: t.tags,
      /** The state as Algoreg sent it, as text. */
      rawState: state.text,
      /** The status the state names, else the one the score gives (thresholds above). */
      status: state.status ?? statusOfScore(t.score),
      /** The status the score alone gives. */
      scoreStatus: statusOfScore(t.score),
    };
  });

/** A history item of Get transaction full history. */
const historyItem = z
  .object({ agent_id: int, comment: text, created_at: text, revision_number: int, state: json })
  .transform((h) => {
    const state = readKytState(h.state);
    return {
      agentId: h.agent_id,
      comment: h.comment,
      createdAt: h.created_at,
      revisionNumber: h.revision_number,
      rawState: state.text,
      status: state.status,
    };
  });

/** History items oldest first. */
export const byRevision = (a: { revisionNumber: number | null }, b: { revisionNumber: number | null }) =>
  (a.revisionNumber ?? 0) - (b.revisionNumber ?? 0);

/** Get transaction full history: `{history_items, transaction}` (documented). */
export const transactionHistory = z
  .object({ history_items: list(historyItem), transaction: transaction.nullish() })
  .transform((h) => ({
    items: [...h.history_items].sort(byRevision),
    transaction: h.transaction,
  }));

/** Search transactions: `data` documented, `total` ASSUMED (the answer's tail is not stored). */
export const transactionPage = z
  .object({ data: list(transaction), total: int })
  .transform((p) => ({ items: p.data, total: p.total }));

export type Transaction = z.output<typeof transaction>;
export type TransactionParticipant = z.output<typeof participant>;
export type TransactionRule = z.output<typeof rule>;
export type TransactionRevision = z.output<typeof historyItem>;
export type TransactionHistory = z.output<typeof transactionHistory>;
export type TransactionPage = z.output<typeof transactionPage>;

// ---- Inputs of the calls (camelCase; the client writes the snake_case bodies) --------------------

/** Search transactions `order_by` / `order_way`: not documented; these are ASSUMED. */
export const TRANSACTION_ORDER_BY = ['date', 'amount', 'converted_amount', 'score'] as const;
export type TransactionOrderBy = (typeof TRANSACTION_ORDER_BY)[number];

/** Filters of Search transactions (API.md §5.2). Amounts are plain decimals, sent as JSON numbers. */
export interface TransactionSearch {
  after?: string;
  before?: string;
  amountEquals?: string;
  amountGte?: string;
  amountLte?: string;
  convertedAmountEquals?: string;
  convertedAmountGte?: string;
  convertedAmountLte?: string;
  comment?: string;
  context?: string;
  cryptoBlockchain?: string;
  cryptoTxHash?: string;
  currency?: string;
  customer?: string;
  customers?: string[];
  externalId?: string;
  fromCustomer?: string;
  toCustomer?: string;
  fromInstitution?: string;
  toInstitution?: string;
  reviewGroups?: string[];
  /** Algoreg's `score` filter; the sandbox reads it as a minimum (ASSUMED). */
  score?: number;
  state?: KytStatus;
  tags?: string[];
  orderBy?: TransactionOrderBy;
  orderWay?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface DeviceInput {
  twoFactor?: boolean;
  threeDSecure?: boolean;
  country?: string;
  fingerprint?: string;
  geolocation?: string;
  ip?: string;
  language?: string;
  sessionDuration?: number;
  sessionId?: string;
  userAgent?: string;
}

export interface ParticipantInput {
  externalId: string;
  fullName: string;
  accountType: AccountType;
  /** ISO 3166 alpha-3 (the guide's format). */
  domicileCode?: string;
  device?: DeviceInput;
  paymentInstitution?: {
    code?: string;
    country?: string;
    externalId?: string;
    internalCustomerId?: string;
    name?: string;
  };
  paymentMethod?: { code?: string; country?: string; type?: string };
}

/** Create transaction (guide G-kyt-data). `amount` is a plain decimal, sent as a string as the guide does. */
export interface CreateTransaction {
  externalId: string;
  /** ISO date-time. */
  date: string;
  amount: string;
  currency: string;
  from: ParticipantInput;
  to: ParticipantInput;
  crypto?: { blockchain: string; txHash: string };
  comment?: string;
  context?: string;
  fields?: Record<string, unknown>;
  reviewGroups?: string[];
}

/** Update transaction: a new state, a comment, or both. */
export interface UpdateTransaction {
  state?: KytStatus;
  comment?: string;
}
