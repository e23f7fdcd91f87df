// @ts-nocheck
import { isIP } from 'node:net';
import type {
  CreateTransaction,
  ParticipantInput,
  Transaction as TransactionDto,
} from '../../algoreg/wire/kyt.ts';
import { compareDecimal, currencyKind, fractionDigits } from '../../algoreg/wire/kyt-amount.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { countryCode } from '../../shared/countries.ts';
import { attributedComment, maxCommentLength } from '../attribution.ts';
import { AccountType } from '../customer.ts';
import { type DomainError, ErrorInterface, Issues, NotFoundError, writeOutcome } from '../errors.ts';
import { Transaction, TransactionStatus, transactionHistories, transactionKey } from './transaction-type.ts';

/** `createTransaction` and `updateTransaction`: the two Go!KYT writes, each sent once, never retried. */

const DeviceInput = builder.inputType('TransactionDeviceInput', {
  description: 'The device a side used.',
  fields: (t) => ({
    twoFactor: t.boolean({ description: 'Two-factor authentication used.' }),
    threeDSecure: t.boolean({ description: '3-D Secure used.' }),
    country: t.string({ description: 'ISO 3166 country code (alpha-2 or alpha-3; sent as alpha-3).' }),
    fingerprint: t.string({ description: 'Device fingerprint.' }),
    geolocation: t.string({ description: 'Geolocation.' }),
    ip: t.string({ description: 'IPv4 or IPv6 address.' }),
    language: t.string({ description: 'Language, e.g. fr-FR.' }),
    sessionDuration: t.float({ description: 'Session length (seconds).' }),
    sessionId: t.string({ description: 'Session id.' }),
    userAgent: t.string({ description: 'User agent.' }),
  }),
});

const PaymentInstitutionInput = builder.inputType('TransactionPaymentInstitutionInput', {
  description: 'The institution holding a side’s account.',
  fields: (t) => ({
    code: t.string({ description: 'Institution code (e.g. a BIC).' }),
    name: t.string({ description: 'Institution name.' }),
    country: t.string({ description: 'ISO 3166 country code (alpha-2 or alpha-3; sent as alpha-3).' }),
    externalId: t.string({ description: "The tenant's id of the institution (may be an alias)." }),
    internalCustomerId: t.string({ description: "The side's customer id at the institution." }),
  }),
});

const PaymentMethodInput = builder.inputType('TransactionPaymentMethodInput', {
  description: 'How a side paid or was paid.',
  fields: (t) => ({
    type: t.string({ description: 'Method type (card, transfer, wallet…).' }),
    code: t.string({ description: 'Method code.' }),
    country: t.string({ description: 'ISO 3166 country code (alpha-2 or alpha-3; sent as alpha-3).' }),
  }),
});

const ParticipantInputType = builder.inputType('TransactionParticipantInput', {
  description:
    'One side of a new transaction. For a known customer, Algoreg takes name, account type and domicile from the customer record.',
  fields: (t) => ({
    externalId: t.string({
      required: true,
      description: "A customer's external id, or the tenant's id of someone else.",
    }),
    fullName: t.string({ required: true, description: 'Full name (person) or company name.' }),
    accountType: t.field({
      type: AccountType,
      required: true,
      description: 'Firm or individual.',
    }),
    domicileCode: t.string({
      description: 'Country of domicile, ISO 3166 (alpha-2 or alpha-3; sent as alpha-3).',
    }),
    device: t.field({ type: DeviceInput, description: 'The device used.' }),
    paymentInstitution: t.field({ type: PaymentInstitutionInput, description: 'The institution.' }),
    paymentMethod: t.field({ type: PaymentMethodInput, description: 'The payment method.' }),
  }),
});

const CryptoInput = builder.inputType('TransactionCryptoInput', {
  description: 'On-chain reference of a crypto transaction.',
  fields: (t) => ({
    blockchain: t.string({ required: true, description: 'Blockchain, e.g. bitcoin, ethereum.' }),
    txHash: t.string({ required: true, description: 'Transaction hash.' }),
  }),
});

const CreateTransactionInput = builder.inputType('CreateTransactionInput', {
  description:
    'A transaction to score (Create transaction). Algoreg answers at once with its score and status.',
  fields: (t) => ({
    externalId: t.string({ required: true, description: "The tenant's own id of the transaction (unique)." }),
    date: t.field({
      type: 'DateTime',
      required: true,
      description: 'When it took place (not in the future).',
    }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Positive, as a string, with no more decimals than the currency has (EUR 2, JPY 0, BTC up to 18).',
    }),
    currency: t.string({
      required: true,
      description: 'ISO 4217 currency code (EUR, USD, …) or a crypto asset code (BTC, ETH, USDT, …).',
    }),
    from: t.field({ type: ParticipantInputType, required: true, description: 'The paying side.' }),
    to: t.field({ type: ParticipantInputType, required: true, description: 'The receiving side.' }),
    crypto: t.field({ type: CryptoInput, description: 'For a crypto transaction: where it is on chain.' }),
    comment: t.string({ description: 'Comment (at most 4,000 characters).' }),
    context: t.string({ description: 'Context, e.g. card_payment.' }),
    fields: t.field({ type: 'JSON', description: 'Custom fields: a JSON object.' }),
    reviewGroups: t.stringList({ description: 'Review groups to route it to.' }),
  }),
});

const UpdateTransactionInput = builder.inputType('UpdateTransactionInput', {
  description: 'A review decision on a transaction: a new status, a comment, or both.',
  fields: (t) => ({
    transactionId: t.string({
      required: true,
      description: "Algoreg's transaction id (or the Transaction's global `id`).",
    }),
    state: t.field({ type: TransactionStatus, description: 'The new status.' }),
    comment: t.string({ description: 'Why (at most 4,000 characters).' }),
  }),
});

const MAX_TEXT = 200;
const MAX_COMMENT = 4000;
/** Tolerance for clocks and time zones before a date counts as in the future. */
const FUTURE_SLACK_MS = 24 * 3_600_000;

type ParticipantArg = typeof ParticipantInputType.$inferInput;

function participant(p: ParticipantArg, path: string, issues: Issues): ParticipantInput {
  const text = (v: string | null | undefined, field: string, required = false) => {
    const trimmed = v?.trim();
    if (required && !trimmed) issues.add(`${path}.${field}`, 'is required');
    else if (v != null && !trimmed) issues.add(`${path}.${field}`, 'must not be empty');
    if (trimmed && trimmed.length > MAX_TEXT)
      issues.add(`${path}.${field}`, `must be at most ${MAX_TEXT} characters`);
    return trimmed || undefined;
  };
  const country = (v: string | null | undefined, field: string) => {
    if (v == null) return undefined;
    const code = countryCode(v, 'alpha3');
    if (!code) issues.add(`${path}.${field}`, 'must be an ISO 3166 country code (alpha-2 or alpha-3)');
    return code;
  };
  const d = p.device;
  if (d?.ip != null && !isIP(d.ip.trim())) issues.add(`${path}.device.ip`, 'must be an IPv4 or IPv6 address');
  if (d?.sessionDuration != null && d.sessionDuration < 0)
    issues.add(`${path}.device.sessionDuration`, 'must not be negative');
  const i = p.paymentInstitution;
  const m = p.paymentMethod;
  return {
    externalId: text(p.externalId, 'externalId', true) ?? '',
    fullName: text(p.fullName, 'fullName', true) ?? '',
    accountType: p.accountType,
    domicileCode: country(p.domicileCode, 'domicileCode'),
    device: d
      ? {
          twoFactor: d.twoFactor ?? undefined,
          threeDSecure: d.threeDSecure ?? undefined,
          country: country(d.country, 'device.country'),
          fingerprint: text(d.fingerprint, 'device.fingerprint'),
          geolocation: text(d.geolocation, 'device.geolocation'),
          ip: d.ip?.trim() || undefined,
          language: text(d.language, 'device.language'),
          sessionDuration: d.sessionDuration ?? undefined,
          sessionId: text(d.sessionId, 'device.sessionId'),
          userAgent: d.userAgent?.trim() || undefined,
        }
      : undefined,
    paymentInstitution: i
      ? {
          code: text(i.code, 'paymentInstitution.code'),
          name: text(i.name, 'paymentInstitution.name'),
          country: country(i.country, 'paymentInstitution.country'),
          externalId: text(i.externalId, 'paymentInstitution.externalId'),
          internalCustomerId: text(i.internalCustomerId, 'paymentInstitution.internalCustomerId'),
        }
      : undefined,
    paymentMethod: m
      ? {
          type: text(m.type, 'paymentMethod.type'),
          code: text(m.code, 'paymentMethod.code'),
          country: country(m.country, 'paymentMethod.country'),
        }
      : undefined,
  };
}

/** Checks a new transaction before any call, naming every bad field; the typed input of the call. */
function checkCreate(input: typeof CreateTransactionInput.$inferInput): CreateTransaction {
  const issues = new Issues();
  const externalId = input.externalId.trim();
  if (!externalId) issues.add('input.externalId', 'is required');
  if (externalId.length > MAX_TEXT) issues.add('input.externalId', `must be at most ${MAX_TEXT} characters`);
  if (input.date.getTime() > Date.now() + FUTURE_SLACK_MS)
    issues.add('input.date', 'must not be in the future');
  const currency = input.currency.trim().toUpperCase();
  const kind = currencyKind(currency);
  if (!kind)
    issues.add(
      'input.currency',
      'must be an ISO 4217 currency code or a crypto asset code (BTC, ETH, USDT…)',
    );
  if (compareDecimal(input.amount, '0') <= 0) issues.add('input.amount', 'must be greater than zero');
  else if (kind && fractionDigits(input.amount) > kind.maxDigits)
    issues.add('input.amount', `${currency} amounts have at most ${kind.maxDigits} decimal places`);
  if (input.amount.split('.')[0]!.replace('-', '').length > 30) issues.add('input.amount', 'is too large');
  const from = participant(input.from, 'input.from', issues);
  const to = participant(input.to, 'input.to', issues);
  if (input.crypto) {
    if (!input.crypto.blockchain.trim()) issues.add('input.crypto.blockchain', 'is required');
    if (!input.crypto.txHash.trim()) issues.add('input.crypto.txHash', 'is required');
  }
  if (input.comment != null && input.comment.length > MAX_COMMENT)
    issues.add('input.comment', `must be at most ${MAX_COMMENT} characters`);
  if (input.context != null && input.context.length > MAX_TEXT)
    issues.add('input.context', `must be at most ${MAX_TEXT} characters`);
  const fields = input.fields;
  if (fields != null && (typeof fields !== 'object' || Array.isArray(fields)))
    issues.add('input.fields', 'must be a JSON object');
  const groups = (input.reviewGroups ?? []).map((g) => g.trim());
  if (groups.some((g) => !g || g.includes(';')))
    issues.add('input.reviewGroups', 'names must not be empty nor contain ";"');
  issues.throwIfAny();
  return {
    externalId,
    date: input.date.toISOString(),
    amount: input.amount,
    currency,
    from,
    to,
    crypto: input.crypto
      ? { blockchain: input.crypto.blockchain.trim(), txHash: input.crypto.txHash.trim() }
      : undefined,
    comment: input.comment ?? undefined,
    context: input.context?.trim() || undefined,
    fields: (fields as Record<string, unknown> | null) ?? undefined,
    reviewGroups: groups.length ? [...new Set(groups)] : undefined,
  };
}

interface TransactionResult {
  transaction: TransactionDto | null;
  errors: DomainError[];
}

const payload = (name: string, description: string, errors: string) =>
  builder.objectRef<TransactionResult>(name).implement({
    description,
    fields: (t) => ({
      transaction: t.field({
        type: Transaction,
        nullable: true,
        description: 'The transaction as Algoreg holds it now; null when `errors` is not empty.',
        resolve: (p) => p.transaction,
      }),
      errors: t.field({ type: [ErrorInterface], description: errors, resolve: (p) => p.errors }),
    }),
  });

const CreateTransactionPayload = payload(
  'CreateTransactionPayload',
  'The outcome of `createTransaction`: the scored transaction, or why not.',
  'RejectedError when Algoreg refused it (e.g. a transaction with this external id exists).',
);

const UpdateTransactionPayload = payload(
  'UpdateTransactionPayload',
  'The outcome of `updateTransaction`: the transaction with its new history item, or why not.',
  'NotFoundError when Algoreg has no such transaction; RejectedError when it refused the change.',
);

/** Later reads in this request must see what the write left, not what was loaded before it. */
function forget(ctx: Context, id: string): void {
  Transaction.getDataloader(ctx).clear(id);
  transactionHistories(ctx).clear(id);
}

builder.mutationFields((t) => ({
  createTransaction: t.field({
    type: CreateTransactionPayload,
    authScopes: { scope: 'write:transactions' },
    description:
      'Send a transaction to Go!KYT (Create transaction): it is scored by the rules at once and comes back with its score and status. A write: sent once, never retried.',
    args: { input: t.arg({ type: CreateTransactionInput, required: true, description: 'The transaction.' }) },
    resolve: async (_, { input }, ctx) => {
      const body = checkCreate(input);
      try {
        const created = await ctx.algoreg.kyt.create(body);
        forget(ctx, created.id);
        return { transaction: created, errors: [] };
      } catch (error) {
        return {
          transaction: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the transaction.' })],
        };
      }
    },
  }),
  updateTransaction: t.field({
    type: UpdateTransactionPayload,
    authScopes: { scope: 'decide:transactions' },
    description:
      'Review a transaction (Update transaction): set its status and/or comment, recorded as a new history item. A write: never retried.',
    args: {
      input: t.arg({
        type: UpdateTransactionInput,
        required: true,
        description: 'The transaction and the decision.',
      }),
    },
    resolve: async (_, { input }, ctx) => {
      const issues = new Issues();
      if (!input.transactionId.trim()) issues.add('input.transactionId', 'must not be empty');
      const maxComment = maxCommentLength(ctx, MAX_COMMENT);
      if (input.comment != null && input.comment.length > maxComment)
        issues.add('input.comment', `must be at most ${maxComment} characters`);
      if (input.state == null && input.comment == null)
        issues.add('input', 'give a state, a comment or both');
      issues.throwIfAny();
      const id = transactionKey(input.transactionId, 'input.transactionId');
      try {
        const updated = await ctx.algoreg.kyt.update(id, {
          state: input.state ?? undefined,
          comment: attributedComment(ctx, input.comment),
        });
        forget(ctx, id);
        return { transaction: updated, errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () => new NotFoundError('Algoreg has no such transaction.', 'input.transactionId'),
          refused: 'Algoreg refused the change.',
        });
        return { transaction: null, errors: [outcome] };
      }
    },
  }),
}));
