import countries from 'i18n-iso-countries';
import { currencyKind, type KytStatus, statusOfScore } from '../../algoreg/wire/kyt.ts';
import { Random } from '../random.ts';
import type { Json, Store, TransactionState } from '../store.ts';

/**
 * Go!KYT seed data and the sandbox tenant's scoring: its rules, as the guide describes them
 * (weighted rules averaged, unweighted ones counted as a maximum, inactive ones run dry), and the
 * EUR conversion. Create transaction scores new transactions with the same rules.
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

/** EUR per unit, fixed for the sandbox: converted amounts are exact decimal products, rounded to cents. */
const EUR_RATES: Record<string, string> = {
  EUR: '1',
  USD: '0.92',
  GBP: '1.17',
  CHF: '1.04',
  JPY: '0.0061',
  PLN: '0.23',
  TRY: '0.027',
  AED: '0.25',
  NGN: '0.00061',
  BHD: '2.44',
  BRL: '0.17',
  CNY: '0.127',
  BTC: '58000',
  ETH: '2900',
  USDT: '0.92',
  USDC: '0.92',
  SOL: '140',
};
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

const scaled = (d: string): [bigint, number] => {
  const [i = '0', f = ''] = d.split('.');
  return [BigInt(i + f), f.length];
};

/** `amount` × the EUR rate of `currency`, rounded half up to cents; null without a rate. */
export function toEur(amount: string, currency: string): string | null {
  const rate = EUR_RATES[currency];
  if (!rate || amount.startsWith('-')) return null;
  const [a, sa] = scaled(amount);
  const [r, sr] = scaled(rate);
  let cents = a * r;
  const scale = sa + sr;
  if (scale > 2) {
    const div = 10n ** BigInt(scale - 2);
    cents = (cents + div / 2n) / div;
  } else cents *= 10n ** BigInt(2 - scale);
  const s = cents.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** Countries (alpha-3) whose involvement the tenant treats as high risk, and as sanctioned. */
const HIGH_RISK = new Set(['AFG', 'MMR', 'NGA', 'RUS', 'YEM', 'VEN']);
const SANCTIONED = new Set(['IRN', 'PRK', 'SYR', 'CUB']);
/** Counterparty services the tenant treats as high-risk crypto (mixers, no-KYC swaps). */
const RISKY_VASPS = new Set(['VASP-MIX', 'VASP-ANON']);

/** What the rules read of a transaction. */
interface Facts {
  eur: number | null;
  amount: string;
  customerRisks: string[];
  countries: string[];
  device: Json | undefined;
  senderDomicile: string;
  crypto: boolean;
  counterpartyInstitution: string;
}

interface RuleDef {
  code: string;
  name: string;
  description: string;
  /** Null: counted as a maximum (`use_weight: false`). */
  weight: number | null;
  active: boolean;
  score(f: Facts): number;
}

/** The sandbox tenant's rules. */
export const RULES: readonly RuleDef[] = [
  {
    code: 'AMT_HIGH',
    name: 'Amount band',
    description: 'Scores the amount converted to EUR.',
    weight: 3,
    active: true,
    score: ({ eur }) => (eur === null ? 40 : eur < 1000 ? 5 : eur < 10_000 ? 30 : eur < 50_000 ? 60 : 85),
  },
  {
    code: 'CUST_RISK',
    name: 'Customer risk',
    description: 'The highest Go!Risk level of the customers involved.',
    weight: 2,
    active: true,
    score: ({ customerRisks }) =>
      Math.max(0, ...customerRisks.map((r) => ({ High: 85, Medium: 45, Low: 10 })[r] ?? 50)),
  },
  {
    code: 'DEVICE',
    name: 'Device trust',
    description: 'No device, or no second factor, on the initiating side.',
    weight: 1,
    active: true,
    score: ({ device }) => (!device ? 25 : device['2fa'] === false ? 70 : 5),
  },
  {
    code: 'ROUND_AMOUNT',
    name: 'Round amount',
    description: 'A whole multiple of 1,000.',
    weight: 1,
    active: true,
    score: ({ amount }) => (/^\d*000$/.test(amount) && amount !== '0' ? 75 : 0),
  },
  {
    code: 'GEO_MISMATCH',
    name: 'Geolocation mismatch',
    description: "The device's country differs from the sender's domicile.",
    weight: 1,
    active: true,
    score: ({ device, senderDomicile }) =>
      device?.country && senderDomicile && device.country !== senderDomicile ? 65 : 0,
  },
  {
    code: 'COUNTRY_RISK',
    name: 'High-risk or sanctioned country',
    description: 'A participant or institution in a high-risk (65) or sanctioned (96) country.',
    weight: null,
    active: true,
    score: ({ countries: cs }) =>
      cs.some((c) => SANCTIONED.has(c)) ? 96 : cs.some((c) => HIGH_RISK.has(c)) ? 65 : 0,
  },
  {
    code: 'CRYPTO_EXPOSURE',
    name: 'Crypto counterparty exposure',
    description: 'A mixer or no-KYC service (92), or an unhosted wallet (55), on the other side.',
    weight: null,
    active: true,
    score: ({ crypto, counterpartyInstitution: i }) => (!crypto ? 0 : RISKY_VASPS.has(i) ? 92 : i ? 0 : 55),
  },
  {
    code: 'LARGE_VALUE',
    name: 'Large value',
    description: 'At least 100,000 EUR (75), or 250,000 EUR (92).',
    weight: null,
    active: true,
    score: ({ eur }) => (eur === null ? 0 : eur >= 250_000 ? 92 : eur >= 100_000 ? 75 : 0),
  },
  {
    code: 'STRUCTURING',
    name: 'Structuring (dry run)',
    description: 'Just under 10,000 EUR. Inactive: scored, not counted.',
    weight: 2,
    active: false,
    score: ({ eur }) => (eur !== null && eur >= 9000 && eur < 10_000 ? 85 : 0),
  },
  {
    code: 'VELOCITY',
    name: 'Velocity (dry run)',
    description: 'Many transactions in a short time. Inactive: scored, not counted.',
    weight: null,
    active: false,
    score: ({ eur }) => (eur !== null && eur > 20_000 ? 60 : 0),
  },
];

/** A nested JSON object of a record, or {} when there is none. */
export const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

const iso3 = (code: unknown): string => {
  if (typeof code !== 'string' || !code) return '';
  return code.length === 2 ? (countries.alpha2ToAlpha3(code.toUpperCase()) ?? '') : code.toUpperCase();
};

/**
 * Scores a transaction with the rules: the weighted average of the active weighted rules, the
 * maximum with the active unweighted ones; inactive rules are reported but ignored. Sets `rules`,
 * `score`, the converted amount and the status it gives; returns the status.
 */
export function scoreTransaction(store: Store, t: Json): KytStatus {
  const from = obj(t.from);
  const to = obj(t.to);
  const eur = toEur(String(t.amount), String(t.currency));
  const customers = (t.customers as string[]).map((id) => store.customers.get(id)).filter(Boolean);
  const facts: Facts = {
    eur: eur === null ? null : Number(eur),
    amount: String(t.amount),
    customerRisks: customers.map((c) => c?.overallRisk ?? 'Undefined'),
    countries: [from, to].flatMap((p) => [iso3(p.domicile_code), iso3(obj(p.payment_institution).country)]),
    device: from.device as Json | undefined,
    senderDomicile: iso3(from.domicile_code),
    crypto: Boolean(t.crypto),
    counterpartyInstitution: String(obj(to.payment_institution).external_id ?? ''),
  };
  const rules = RULES.map((r) => ({
    code: r.code,
    name: r.name,
    description: r.description,
    active: r.active,
    score: r.score(facts),
    use_weight: r.weight !== null,
    weight: r.weight ?? 0,
  }));
  const weighted = rules.filter((r) => r.active && r.use_weight);
  const totalWeight = weighted.reduce((s, r) => s + r.weight, 0);
  const average = totalWeight ? weighted.reduce((s, r) => s + r.score * r.weight, 0) / totalWeight : 0;
  const max = Math.max(0, ...rules.filter((r) => r.active && !r.use_weight).map((r) => r.score));
  const score = Math.round(Math.max(average, max) * 100) / 100;
  t.rules = rules;
  t.score = score;
  t.converted_amount = eur;
  t.converted_currency = eur === null ? '' : 'EUR';
  t.converted_date = eur === null ? '' : t.date;
  return statusOfScore(score) ?? 'allowed';
}

/** Words of `search_vector`: ids, names, currency and hash, lower-cased. */
export function searchVector(t: Json): string[] {
  const [from, to] = [obj(t.from), obj(t.to)];
  const words = [t.external_id, t.currency, obj(t.crypto).tx_hash, from.external_id, to.external_id]
    .concat(`${from.full_name ?? ''} ${to.full_name ?? ''}`.split(/\s+/))
    .filter((w): w is string => typeof w === 'string' && w.length > 0)
    .map((w) => w.toLowerCase());
  return [...new Set(words)];
}

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
