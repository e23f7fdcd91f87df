// @ts-nocheck
import type { KytStatus } from '../../algoreg/wire/kyt.ts';
import { currencyKind } from '../../algoreg/wire/kyt-amount.ts';
import { Random } from '../random.ts';
import type { Json, Store, TransactionState } from '../store.ts';
import { EUR_RATES, iso3, scoreTransaction, searchVector } from './kyt-rules.ts';

/**
 * Go!KYT seed data: transactions over the seeded customers, fiat and crypto, scored with the
 * tenant's rules (kyt-rules.ts), some already reviewed, each with its history.
 */

/** At least this many transactions, whatever the number of customers. */
const MIN_TRANSACTIONS = 2000;
const PER_CUSTOMER = 7.5;
const START = new Date('2025-01-01T00:00:00Z');
const END = new Date('2026-10-31T00:00:00Z');

/** Agent id of decisions taken through the API (the programmatic user). */
export const KYT_API_AGENT_ID = 900;
/** Agent id of the system: the first history item of every transaction, its scoring. */
const SYSTEM_AGENT_ID = 0;
const AGENTS = [11, 12, 13, 14];

const FIAT = [
  'EUR',
  'EUR',
  'EUR',
  'EUR',
  'USD',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'PLN',
  'TRY',
  'AED',
  'NGN',
  'BHD',
];
const CRYPTO = [
  { asset: 'BTC', chain: 'bitcoin', digits: 8 },
  { asset: 'ETH', chain: 'ethereum', digits: 18 },
  { asset: 'USDT', chain: 'tron', digits: 6 },
  { asset: 'USDC', chain: 'ethereum', digits: 6 },
  { asset: 'SOL', chain: 'solana', digits: 9 },
];

// ---- The data set --------------------------------------------------------------------------------

const BANKS = [
  { external_id: 'BANK-FR1', code: 'LUMIFRPP', name: 'Banque Lumière', country: 'FRA' },
  { external_id: 'BANK-DE1', code: 'NORDDEFF', name: 'Nordbank AG', country: 'DEU' },
  { external_id: 'BANK-GB1', code: 'THAMGB2L', name: 'Thames Bank plc', country: 'GBR' },
  { external_id: 'BANK-CH1', code: 'ALPECHZZ', name: 'Alpen Privatbank', country: 'CHE' },
  { external_id: 'BANK-US1', code: 'HUDSUS33', name: 'Hudson Federal', country: 'USA' },
  { external_id: 'BANK-TR1', code: 'BOSPTRIS', name: 'Bosphorus Bank', country: 'TUR' },
  { external_id: 'BANK-AE1', code: 'GULFAEAD', name: 'Gulf Trade Bank', country: 'ARE' },
  { external_id: 'BANK-NG1', code: 'LAGCNGLA', name: 'Lagos Commercial Bank', country: 'NGA' },
  { external_id: 'BANK-RU1', code: 'CASPRUMM', name: 'Caspian Credit', country: 'RUS' },
  { external_id: 'BANK-IR1', code: 'PERXIRTH', name: 'Persepolis Exchange Co', country: 'IRN' },
];
const VASPS = [
  { external_id: 'VASP-BV', code: 'BITVAULT', name: 'Bitvault Exchange', country: 'MLT' },
  { external_id: 'VASP-HP', code: 'HASHPORT', name: 'Hashport OTC', country: 'CHE' },
  { external_id: 'VASP-LX', code: 'LEDGERX', name: 'Ledgerix', country: 'LUX' },
  { external_id: 'VASP-MIX', code: 'SHADOWMIX', name: 'Shadow Mixer', country: 'SYC' },
  { external_id: 'VASP-ANON', code: 'ANONSWAP', name: 'AnonSwap', country: 'VCT' },
];
const PEOPLE_FIRST = [
  'Jonas',
  'Mira',
  'Karim',
  'Lucía',
  'Tobias',
  'Anya',
  'Samuel',
  'Keiko',
  'Reza',
  'Leila',
];
const PEOPLE_LAST = ['Weber', 'Moreau', 'Sato', 'Rahimi', 'Kaya', 'Adeyemi', 'Orlov', 'Fernández'];
const MERCHANTS = [
  'Northwind Market',
  'Globex Travel',
  'Initech Electronics',
  'Umbrella Pharmacy',
  'Stark Car Rental',
  'Wayne Hotels',
  'Acme Jewellers',
  'Oceanic Airlines',
];
const EXTERNAL_COUNTRIES = [
  'FRA',
  'DEU',
  'GBR',
  'ESP',
  'ITA',
  'USA',
  'TUR',
  'ARE',
  'CHN',
  'BEL',
  'NLD',
  'CHE',
];
const RISKY_COUNTRIES = ['NGA', 'RUS', 'IRN', 'MMR'];
const REVIEW_GROUPS = ['retail', 'corporate', 'high-risk', 'crypto'];
const REFERENCES = [
  'Invoice 2025-118',
  'Rent',
  'Salary',
  'Consulting fees',
  'Car purchase',
  'Gift',
  'Loan repayment',
];
const REVIEW_COMMENTS: Record<KytStatus, readonly string[]> = {
  allowed: ['Source of funds documented.', 'Known counterparty, usual pattern.', 'False positive: salary.'],
  blocked: [
    'Counterparty on a sanctions list.',
    'Mixer exposure confirmed.',
    'No plausible economic purpose.',
  ],
  delayed: ['Waiting for the customer’s documents.'],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function digitsOf(rng: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/** An amount worth about `eur` EUR in `currency`, written with `digits` decimals. */
function amountIn(rng: Random, eur: number, currency: string, digits: number): string {
  const rate = Number(EUR_RATES[currency] ?? '1');
  const value = eur / rate;
  if (digits === 0) return String(Math.max(1, Math.round(value)));
  if (digits > 12) return `${Math.floor(value)}.${digitsOf(rng, digits)}`;
  const text = value.toFixed(digits);
  return /[1-9]/.test(text) ? text : `0.${'0'.repeat(digits - 1)}1`;
}

function customerParticipant(store: Store, externalId: string, rng: Random, initiating: boolean): Json {
  const c = store.customers.get(externalId)?.customer ?? {};
  const name =
    c.account_type === 'F'
      ? String(c.company_name)
      : [c.first_name, c.middle_name, c.last_name].filter(Boolean).join(' ');
  const domicile = iso3(c.domicile_code);
  const bank = rng.chance(0.9) ? BANKS[rng.int(0, 4)]! : rng.pick(BANKS.slice(0, 8));
  return {
    external_id: externalId,
    full_name: name,
    account_type: c.account_type,
    domicile_code: domicile,
    ...(initiating && rng.chance(0.85)
      ? {
          device: {
            '2fa': rng.chance(0.8),
            '3ds': rng.chance(0.6),
            country: rng.chance(0.85) ? domicile : rng.pick(EXTERNAL_COUNTRIES),
            fingerprint: `fp-${digitsOf(rng, 10)}`,
            geolocation: '',
            ip: `203.0.113.${rng.int(1, 254)}`,
            language: rng.pick(['fr-FR', 'en-GB', 'de-DE', 'es-ES']),
            session_duration: rng.int(20, 1800),
            session_id: `sess-${digitsOf(rng, 8)}`,
            user_agent: rng.pick(['Mozilla/5.0 (iPhone)', 'Mozilla/5.0 (Windows NT 10.0)', 'okhttp/4.12']),
          },
        }
      : {}),
    payment_institution: {
      ...bank,
      internal_customer_id: `IC-${externalId}`,
      real_external_id: bank.external_id,
    },
  };
}

function externalParticipant(rng: Random, crypto: boolean): Json {
  const merchant = rng.chance(0.45);
  const country = rng.chance(0.05) ? rng.pick(RISKY_COUNTRIES) : rng.pick(EXTERNAL_COUNTRIES);
  const name = merchant ? rng.pick(MERCHANTS) : `${rng.pick(PEOPLE_FIRST)} ${rng.pick(PEOPLE_LAST)}`;
  const institution = crypto
    ? rng.chance(0.85)
      ? rng.chance(0.12)
        ? rng.pick(VASPS.slice(3))
        : rng.pick(VASPS.slice(0, 3))
      : null
    : rng.chance(0.06)
      ? rng.pick(BANKS.slice(7))
      : rng.pick(BANKS.slice(0, 7));
  return {
    external_id: `${merchant ? 'MRC' : 'EXT'}-${digitsOf(rng, 6)}`,
    full_name: name,
    account_type: merchant ? 'F' : 'N',
    domicile_code: crypto && !institution ? '' : country,
    ...(institution
      ? { payment_institution: { ...institution, real_external_id: institution.external_id } }
      : {}),
  };
}

/** A history item. */
const historyItem = (
  revision: number,
  agentId: number,
  state: KytStatus,
  at: string,
  comment: string,
): Json => ({
  agent_id: agentId,
  comment,
  created_at: at,
  revision_number: revision,
  state,
});

/** The scoring entry every transaction's history starts with. */
export const scoredItem = (status: KytStatus, at: string): Json =>
  historyItem(1, SYSTEM_AGENT_ID, status, at, `Scored by rules: ${status}.`);

/** Adds a reviewer's decision to a transaction's history and state. */
export function recordDecision(
  state: TransactionState,
  agentId: number,
  status: KytStatus,
  comment: string,
  at: string,
) {
  state.history.push(historyItem(state.history.length + 1, agentId, status, at, comment));
  state.transaction.state = status;
  if (comment) state.transaction.comment = comment;
}

/** Transactions `TX-000001`… over the seeded customers, oldest first, scored, some reviewed. */
export function seedTransactions(store: Store, seed: number): void {
  const rng = new Random(seed * 53 + 9);
  const customerIds = [...store.customers.keys()];
  if (!customerIds.length) return;
  const count = Math.max(MIN_TRANSACTIONS, Math.round(customerIds.length * PER_CUSTOMER));
  const dates = Array.from({ length: count }, () => rng.date(START, END)).sort();
  dates.forEach((date, index) => {
    const id = `TX-${pad(index + 1, 6)}`;
    const cryptoAsset = rng.chance(0.2) ? rng.pick(CRYPTO) : null;
    const currency = cryptoAsset?.asset ?? rng.pick(FIAT);
    const digits = cryptoAsset?.digits ?? currencyKind(currency)?.maxDigits ?? 2;
    // Mostly small payments, a long tail of large ones.
    const eur = Math.exp(Math.log(5) + rng.next() ** 2.2 * (Math.log(400_000) - Math.log(5)));
    const round = !cryptoAsset && rng.chance(0.08);
    const amount = round
      ? String(Math.max(1, Math.round(eur / 1000)) * 1000)
      : amountIn(rng, eur, currency, digits);

    const sender = rng.chance(0.7) ? rng.pick(customerIds) : null;
    let receiver = rng.chance(sender ? 0.3 : 1) ? rng.pick(customerIds) : null;
    if (receiver === sender) receiver = null;
    const from = sender
      ? customerParticipant(store, sender, rng, true)
      : externalParticipant(rng, !!cryptoAsset);
    const to = receiver
      ? customerParticipant(store, receiver, rng, false)
      : externalParticipant(rng, !!cryptoAsset);
    const context = cryptoAsset
      ? sender
        ? 'crypto_withdrawal'
        : 'crypto_deposit'
      : rng.pick(['card_payment', 'sepa_transfer', 'swift_transfer', 'instant_payment']);
    const tags = {
      card_payment: ['card'],
      sepa_transfer: ['sepa'],
      swift_transfer: ['swift', 'cross-border'],
      instant_payment: ['sepa', 'instant'],
      crypto_withdrawal: ['crypto', 'on-chain'],
      crypto_deposit: ['crypto', 'on-chain'],
    }[context];
    const t: Json = {
      id,
      external_id: `PAY-${pad(100000 + index * 7, 7)}`,
      client_id: 1,
      date,
      amount,
      currency,
      converted_amount: null,
      converted_currency: '',
      converted_date: '',
      ...(cryptoAsset
        ? { crypto: { blockchain: cryptoAsset.chain, tx_hash: `0x${digitsOf(rng, 16)}${digitsOf(rng, 16)}` } }
        : {}),
      comment: rng.chance(0.4) ? rng.pick(REFERENCES) : '',
      context,
      customers: [sender, receiver].filter((c): c is string => c !== null),
      fields: { channel: rng.pick(['mobile', 'web', 'api']) },
      from,
      to,
      review_groups: rng.some(REVIEW_GROUPS, 2),
      rules: [],
      score: 0,
      search_vector: [],
      state: 'allowed',
      tags,
    };
    const status = scoreTransaction(store, t);
    t.state = status;
    t.search_vector = searchVector(t);
    const state: TransactionState = { transaction: t, history: [scoredItem(status, date)] };
    const reviewedAt = new Date(Date.parse(date) + rng.int(1, 72) * 3_600_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    const agent = rng.pick(AGENTS);
    if (status === 'delayed' && rng.chance(0.5)) {
      const decision: KytStatus = rng.chance(0.8) ? 'allowed' : 'blocked';
      recordDecision(state, agent, decision, rng.pick(REVIEW_COMMENTS[decision]), reviewedAt);
    } else if (status === 'blocked' && rng.chance(0.35)) {
      const decision: KytStatus = rng.chance(0.6) ? 'blocked' : 'allowed';
      recordDecision(state, agent, decision, rng.pick(REVIEW_COMMENTS[decision]), reviewedAt);
    } else if (status === 'delayed' && rng.chance(0.3)) {
      recordDecision(state, agent, 'delayed', REVIEW_COMMENTS.delayed[0]!, reviewedAt);
    }
    store.transactions.set(id, state);
  });
}
