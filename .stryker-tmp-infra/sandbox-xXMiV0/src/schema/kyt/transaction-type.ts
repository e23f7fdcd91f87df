// @ts-nocheck
import { createContextCache } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type {
  Transaction as TransactionDto,
  TransactionHistory,
  TransactionParticipant,
  TransactionRevision as TransactionRevisionDto,
  TransactionRule as TransactionRuleDto,
} from '../../algoreg/wire/kyt.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { Customer } from '../customer.ts';
import { badInput } from '../errors.ts';
import { toDateTime } from '../scalars.ts';
import './decimal.ts';
import { AccountType } from '../customer.ts';

/** The Go!KYT types: a transaction, its two sides, its rules and its review history. */

export const TransactionStatus = builder.enumType('TransactionStatus', {
  description:
    "What Go!KYT decided: under the tenant's thresholds (by default allowed < 50 ≤ delayed < 90 ≤ blocked) from the score, or by an analyst's review.",
  values: {
    ALLOWED: { value: 'allowed', description: 'The transaction may go through.' },
    DELAYED: { value: 'delayed', description: 'Held until an analyst reviews it.' },
    BLOCKED: { value: 'blocked', description: 'Stopped.' },
  } as const,
});

const RuleMode = builder.enumType('TransactionRuleMode', {
  description: 'How a rule counts in the score.',
  values: {
    WEIGHTED: { description: 'Averaged with the other weighted rules, by its weight.' },
    MAXIMUM: { description: 'Unweighted: its score counts as a floor of the final score.' },
    DRY_RUN: { description: 'Inactive: scored for information, not counted.' },
  } as const,
});

const TransactionRule = builder.objectRef<TransactionRuleDto>('TransactionRule').implement({
  description:
    'A Go!KYT rule as it scored the transaction. The final score is the larger of the weighted average of the active weighted rules and the scores of the active unweighted ones.',
  fields: (t) => ({
    code: t.exposeString('code', { nullable: true, description: 'Rule code.' }),
    name: t.exposeString('name', { nullable: true, description: 'Rule name, when Algoreg sends it.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the rule checks.' }),
    active: t.exposeBoolean('active', { nullable: true, description: 'False: a dry run, not counted.' }),
    score: t.exposeFloat('score', { nullable: true, description: 'What the rule scored (0–100).' }),
    useWeight: t.exposeBoolean('useWeight', {
      nullable: true,
      description: 'True: averaged by weight; false: counted as a maximum.',
    }),
    weight: t.exposeFloat('weight', { nullable: true, description: 'Weight in the average.' }),
    mode: t.field({
      type: RuleMode,
      description: 'How the rule counted in this score.',
      resolve: (r) =>
        r.active === false
          ? 'DRY_RUN'
          : r.useWeight === true || (r.useWeight === null && (r.weight ?? 0) > 0)
            ? 'WEIGHTED'
            : 'MAXIMUM',
    }),
  }),
});

const TransactionRevision = builder.objectRef<TransactionRevisionDto>('TransactionRevision').implement({
  description: 'One step of a transaction’s history: its scoring, then each decision or comment on it.',
  fields: (t) => ({
    revisionNumber: t.exposeInt('revisionNumber', {
      nullable: true,
      description: '1 for the scoring, then up.',
    }),
    agentId: t.exposeInt('agentId', {
      nullable: true,
      description: 'Backoffice agent who acted; 0 for the system.',
    }),
    comment: t.exposeString('comment', { nullable: true, description: "The agent's comment." }),
    status: t.field({
      type: TransactionStatus,
      nullable: true,
      description: 'The status set by this step; null when the state names no known status.',
      resolve: (r) => r.status,
    }),
    rawState: t.exposeString('rawState', {
      nullable: true,
      description: 'The state exactly as Algoreg sent it.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it happened.',
      resolve: (r) => toDateTime(r.createdAt),
    }),
  }),
});

type Device = NonNullable<TransactionParticipant['device']>;
const TransactionDevice = builder.objectRef<Device>('TransactionDevice').implement({
  description: 'The device a side used (for the initiating side, usually).',
  fields: (t) => ({
    twoFactor: t.exposeBoolean('twoFactor', {
      nullable: true,
      description: 'Two-factor authentication used (`2fa`).',
    }),
    threeDSecure: t.exposeBoolean('threeDSecure', {
      nullable: true,
      description: '3-D Secure used (`3ds`).',
    }),
    country: t.exposeString('country', { nullable: true, description: 'Country of the device.' }),
    fingerprint: t.exposeString('fingerprint', { nullable: true, description: 'Device fingerprint.' }),
    geolocation: t.exposeString('geolocation', { nullable: true, description: 'Geolocation, as sent.' }),
    ip: t.exposeString('ip', { nullable: true, description: 'IP address.' }),
    language: t.exposeString('language', { nullable: true, description: 'Language of the device.' }),
    sessionDuration: t.exposeFloat('sessionDuration', { nullable: true, description: 'Session length.' }),
    sessionId: t.exposeString('sessionId', { nullable: true, description: 'Session id.' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'User agent.' }),
  }),
});

type Institution = NonNullable<TransactionParticipant['paymentInstitution']>;
const TransactionPaymentInstitution = builder
  .objectRef<Institution>('TransactionPaymentInstitution')
  .implement({
    description: 'The bank or payment service holding a side’s account.',
    fields: (t) => ({
      code: t.exposeString('code', { nullable: true, description: 'Institution code (e.g. a BIC).' }),
      name: t.exposeString('name', { nullable: true, description: 'Institution name.' }),
      country: t.exposeString('country', { nullable: true, description: 'Institution country.' }),
      externalId: t.exposeString('externalId', {
        nullable: true,
        description: "The tenant's id of the institution (may be an alias).",
      }),
      realExternalId: t.exposeString('realExternalId', {
        nullable: true,
        description: 'The id Algoreg resolved when `externalId` is an alias.',
      }),
      internalCustomerId: t.exposeString('internalCustomerId', {
        nullable: true,
        description: "The side's customer id at the institution.",
      }),
    }),
  });

type Method = NonNullable<TransactionParticipant['paymentMethod']>;
const TransactionPaymentMethod = builder.objectRef<Method>('TransactionPaymentMethod').implement({
  description: 'How a side paid or was paid.',
  fields: (t) => ({
    type: t.exposeString('type', { nullable: true, description: 'Method type (card, transfer, wallet…).' }),
    code: t.exposeString('code', { nullable: true, description: 'Method code.' }),
    country: t.exposeString('country', { nullable: true, description: 'Country of the method.' }),
  }),
});

/** A side of a transaction, and whether Algoreg counts it among the transaction's customers. */
interface ParticipantRecord extends TransactionParticipant {
  isCustomer: boolean;
}

const TransactionParticipantRef = builder.objectRef<ParticipantRecord>('TransactionParticipant').implement({
  description: 'One side of a transaction: a customer of the tenant, or someone who is not.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', {
      nullable: true,
      description:
        "The side's external id (a customer's, or the tenant's id of someone else; may be an alias).",
    }),
    fullName: t.exposeString('fullName', { nullable: true, description: 'Full name.' }),
    accountType: t.field({
      type: AccountType,
      nullable: true,
      description: 'Firm or individual; null when Algoreg sent neither `F` nor `N`.',
      resolve: (p) => p.accountType,
    }),
    domicileCode: t.exposeString('domicileCode', {
      nullable: true,
      description: 'Country of domicile (ISO alpha-3).',
    }),
    isCustomer: t.exposeBoolean('isCustomer', {
      description: "True when this side is one of the transaction's customers.",
    }),
    customer: t.field({
      type: Customer,
      authScopes: { scope: 'read:customers' },
      nullable: true,
      description:
        'The customer on this side, loaded in one batch with the page’s other customers; null when this side is not a customer.',
      resolve: (p) => (p.isCustomer && p.externalId ? p.externalId : null),
    }),
    device: t.field({
      type: TransactionDevice,
      nullable: true,
      description: 'The device used.',
      resolve: (p) => p.device,
    }),
    paymentInstitution: t.field({
      type: TransactionPaymentInstitution,
      nullable: true,
      description: 'The institution holding the account.',
      resolve: (p) => p.paymentInstitution,
    }),
    paymentMethod: t.field({
      type: TransactionPaymentMethod,
      nullable: true,
      description: 'The payment method.',
      resolve: (p) => p.paymentMethod,
    }),
  }),
});

const TransactionCrypto = builder
  .objectRef<NonNullable<TransactionDto['crypto']>>('TransactionCrypto')
  .implement({
    description: 'Where a crypto transaction was recorded on chain.',
    fields: (t) => ({
      blockchain: t.exposeString('blockchain', { nullable: true, description: 'Blockchain (e.g. bitcoin).' }),
      txHash: t.exposeString('txHash', { nullable: true, description: 'Transaction hash.' }),
    }),
  });

/** A transaction id from Algoreg's id or a Transaction global id. */
export function transactionKey(value: string, field: string): string {
  const v = value.trim();
  if (!v) badInput(field, 'must not be empty');
  try {
    const { typename, id } = decodeGlobalID(v);
    if (typename === 'Transaction' && id) return id;
  } catch {
    // Not a global id: Algoreg's own id.
  }
  return v;
}

export const Transaction = builder.loadableNodeRef('Transaction', {
  id: {
    description: "Global id; `transaction(id:)` also takes Algoreg's transaction id.",
    resolve: (t: TransactionDto) => t.id,
  },
  load: (ids: string[], ctx: Context) => ctx.algoreg.kyt.getMany(ids),
  // A transaction read by a search or a write is not fetched again in the same request.
  toKey: (t: TransactionDto) => t.id,
  cacheResolved: true,
});

/** Full histories, per request: one Get transaction full history per transaction, deduplicated. */
export const transactionHistories = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, TransactionHistory | null>(async (ids) => {
      const histories = await ctx.algoreg.kyt.histories(ids);
      histories.forEach((h, i) => {
        const id = ids[i];
        if (h && !(h instanceof Error) && h.transaction && id)
          Transaction.getDataloader(ctx).prime(id, h.transaction);
      });
      return histories;
    }),
);

const side = (t: TransactionDto, p: TransactionParticipant | null): ParticipantRecord | null =>
  p ? { ...p, isCustomer: !!p.externalId && t.customers.includes(p.externalId) } : null;

builder.objectType(Transaction, {
  description:
    'A Go!KYT transaction: a payment or transfer between two sides, scored by the tenant’s rules (allowed, delayed or blocked) and reviewed with `updateTransaction`.',
  fields: (t) => ({
    transactionId: t.exposeString('id', { description: "Algoreg's transaction id." }),
    externalId: t.exposeString('externalId', {
      nullable: true,
      description: "The tenant's own id of the transaction.",
    }),
    clientId: t.exposeInt('clientId', { nullable: true, description: 'Algoreg tenant id.' }),
    date: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the transaction took place.',
      resolve: (x) => toDateTime(x.date),
    }),
    amount: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The amount in `currency`, exact to the digit.',
      resolve: (x) => x.amount,
    }),
    currency: t.exposeString('currency', {
      nullable: true,
      description: 'ISO 4217 currency code or crypto asset code (e.g. EUR, BTC).',
    }),
    convertedAmount: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The amount converted by Algoreg at the time of the transaction (to EUR by default).',
      resolve: (x) => x.convertedAmount,
    }),
    convertedCurrency: t.exposeString('convertedCurrency', {
      nullable: true,
      description: 'Currency of `convertedAmount`.',
    }),
    convertedDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Date of the conversion rate used.',
      resolve: (x) => toDateTime(x.convertedDate),
    }),
    crypto: t.field({
      type: TransactionCrypto,
      nullable: true,
      description: 'On-chain reference; null for a fiat transaction.',
      resolve: (x) => x.crypto,
    }),
    comment: t.exposeString('comment', { nullable: true, description: 'Comment on the transaction.' }),
    context: t.exposeString('context', {
      nullable: true,
      description: 'Context given with the transaction.',
    }),
    from: t.field({
      type: TransactionParticipantRef,
      nullable: true,
      description: 'The paying side.',
      resolve: (x) => side(x, x.from),
    }),
    to: t.field({
      type: TransactionParticipantRef,
      nullable: true,
      description: 'The receiving side.',
      resolve: (x) => side(x, x.to),
    }),
    customerExternalIds: t.exposeStringList('customers', {
      description: 'External ids of the customers involved, as Algoreg lists them.',
    }),
    customers: t.field({
      type: [Customer],
      authScopes: { scope: 'read:customers' },
      // The list is nullable so that a caller without read:customers loses it, not the transaction.
      nullable: { list: true, items: true },
      description:
        'The customers involved (null for one Algoreg no longer has), loaded in one batch; null without the read:customers scope.',
      resolve: (x) => x.customers,
    }),
    fields: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Custom fields sent with the transaction.',
      resolve: (x) => x.fields,
    }),
    reviewGroups: t.exposeStringList('reviewGroups', {
      description: 'Review groups (teams) it is routed to.',
    }),
    tags: t.exposeStringList('tags', {
      description: 'Tags (assumed field: Search transactions filters on them).',
    }),
    rules: t.field({
      type: [TransactionRule],
      description: 'The rules that scored it, dry runs included.',
      resolve: (x) => x.rules,
    }),
    score: t.exposeFloat('score', { nullable: true, description: 'Final score, 0–100.' }),
    status: t.field({
      type: TransactionStatus,
      nullable: true,
      description:
        'Current status: the one its state names (after a review), else the one its score gives under the thresholds.',
      resolve: (x) => x.status,
    }),
    scoreStatus: t.field({
      type: TransactionStatus,
      nullable: true,
      description:
        'The status the score alone gives (allowed < 50 ≤ delayed < 90 ≤ blocked, assumed thresholds).',
      resolve: (x) => x.scoreStatus,
    }),
    rawState: t.exposeString('rawState', {
      nullable: true,
      description: 'The state exactly as Algoreg sent it (its encoding is not published).',
    }),
    searchVector: t.exposeStringList('searchVector', { description: 'Words Algoreg indexed it under.' }),
    history: t.field({
      type: [TransactionRevision],
      // Nullable: a failed history call must not take the transaction with it.
      nullable: true,
      description:
        'Its history, oldest first: the scoring, then each decision (Get transaction full history).',
      resolve: async (x, _, ctx) => (await transactionHistories(ctx).load(x.id))?.items ?? [],
    }),
  }),
});

export const TransactionConnection = builder.connectionObject(
  { type: Transaction, name: 'TransactionConnection', description: 'A page of transactions.' },
  { name: 'TransactionEdge', description: 'A transaction in a page.' },
);
