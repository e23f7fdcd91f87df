import { readAccountType } from './customer.ts';
import {
  flag,
  idLike,
  int,
  json,
  list,
  num,
  obj,
  optId,
  optObj,
  slow,
  strings,
  text,
  withFastPath,
} from './fast.ts';
import {
  byRevision,
  readKytState,
  splitGroups,
  statusOfScore,
  type Transaction,
  type TransactionParticipant,
  type TransactionRevision,
  type TransactionRule,
  transaction,
  transactionHistory,
  transactionPage,
} from './kyt.ts';
import { plainDecimal } from './kyt-amount.ts';

/**
 * One-pass readers of the Go!KYT transaction answers (see fast.ts): Search transactions reads up
 * to 100 transactions a page, each with its sides and ten rules; Get, Create and Update
 * transaction and Get transaction full history read one. They mirror `transaction`,
 * `transactionPage` and `transactionHistory` in kyt.ts field by field, and give up on anything
 * those schemas would have to judge. Amounts come as strings: http.ts rewrites JSON numbers
 * (`exactAmounts`) before parsing; a number is still read, as the schema reads it.
 */

/** `decimal`: a string or a number, as a plain decimal (`plainDecimal`); null when it is none. */
function decimal(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return plainDecimal(String(v));
  return slow();
}

/** `groups`: a list of strings or a `"A;B"` string. */
const groups = (v: unknown): string[] => splitGroups(typeof v === 'string' ? v : strings(v));

function device(v: unknown) {
  const d = optObj(v);
  if (!d) return null;
  return {
    twoFactor: flag(d['2fa']),
    threeDSecure: flag(d['3ds']),
    country: text(d.country),
    fingerprint: text(d.fingerprint),
    geolocation: text(d.geolocation),
    ip: text(d.ip),
    language: text(d.language),
    sessionDuration: num(d.session_duration),
    sessionId: optId(d.session_id),
    userAgent: text(d.user_agent),
  };
}

function paymentInstitution(v: unknown) {
  const p = optObj(v);
  if (!p) return null;
  return {
    code: text(p.code),
    country: text(p.country),
    externalId: optId(p.external_id),
    internalCustomerId: optId(p.internal_customer_id),
    name: text(p.name),
    realExternalId: optId(p.real_external_id),
  };
}

function paymentMethod(v: unknown) {
  const m = optObj(v);
  if (!m) return null;
  return { code: text(m.code), country: text(m.country), type: text(m.type) };
}

function participant(v: unknown): TransactionParticipant | null {
  const p = optObj(v);
  if (!p) return null;
  return {
    externalId: optId(p.external_id),
    fullName: text(p.full_name),
    accountType: readAccountType(p.account_type),
    domicileCode: text(p.domicile_code),
    device: device(p.device),
    paymentInstitution: paymentInstitution(p.payment_institution),
    paymentMethod: paymentMethod(p.payment_method),
  };
}

function rule(v: unknown): TransactionRule {
  const r = obj(v);
  return {
    code: text(r.code),
    name: text(r.name),
    description: text(r.description),
    active: flag(r.active),
    score: num(r.score),
    useWeight: flag(r.use_weight),
    weight: num(r.weight),
  };
}

/** `crypto`: null when absent or when it names neither a blockchain nor a hash. */
function crypto(v: unknown): Transaction['crypto'] {
  const c = optObj(v);
  if (!c) return null;
  const blockchain = text(c.blockchain);
  // Both spellings are checked, as the schema checks them, though `tx_hash` wins.
  const apiHash = text(c.tx_hash);
  const guideHash = text(c.txhash);
  const out = { blockchain, txHash: apiHash ?? guideHash };
  return out.blockchain || out.txHash ? out : null;
}

function readTransaction(v: unknown): Transaction {
  const t = obj(v);
  const score = num(t.score);
  const state = readKytState(json(t.state));
  return {
    id: idLike(t.id),
    externalId: optId(t.external_id),
    clientId: int(t.client_id),
    date: text(t.date),
    amount: decimal(t.amount),
    currency: text(t.currency),
    convertedAmount: decimal(t.converted_amount),
    convertedCurrency: text(t.converted_currency),
    convertedDate: text(t.converted_date),
    crypto: crypto(t.crypto),
    comment: text(t.comment),
    context: text(t.context),
    customers: strings(t.customers),
    fields: json(t.fields),
    from: participant(t.from),
    to: participant(t.to),
    reviewGroups: groups(t.review_groups),
    rules: list(t.rules, rule),
    score,
    searchVector: strings(t.search_vector),
    tags: strings(t.tags),
    rawState: state.text,
    status: state.status ?? statusOfScore(score),
    scoreStatus: statusOfScore(score),
  };
}

function historyItem(v: unknown): TransactionRevision {
  const h = obj(v);
  const state = readKytState(json(h.state));
  return {
    agentId: int(h.agent_id),
    comment: text(h.comment),
    createdAt: text(h.created_at),
    revisionNumber: int(h.revision_number),
    rawState: state.text,
    status: state.status,
  };
}

withFastPath(transaction, readTransaction);
withFastPath(transactionPage, (v) => {
  const p = obj(v);
  return { items: list(p.data, readTransaction), total: int(p.total) };
});
withFastPath(transactionHistory, (v) => {
  const h = obj(v);
  const items = list(h.history_items, historyItem);
  // Absent stays undefined and null stays null, as `transaction.nullish()` gives them.
  const t =
    h.transaction === undefined || h.transaction === null ? h.transaction : readTransaction(h.transaction);
  return { items: items.sort(byRevision), transaction: t };
});
