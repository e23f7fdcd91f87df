import countries from 'i18n-iso-countries/index.js';
import { type KytStatus, statusOfScore } from '../../algoreg/wire/kyt.ts';
import type { Json, Store } from '../store.ts';

/**
 * The sandbox tenant's Go!KYT scoring, as the guide describes it: weighted rules averaged by
 * weight, unweighted ones counted as a maximum, inactive ones run dry; and the EUR conversion.
 * The seed and Create transaction score with the same rules.
 */

/** EUR per unit, fixed for the sandbox: converted amounts are exact decimal products, rounded to cents. */
export const EUR_RATES: Record<string, string> = {
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

export const iso3 = (code: unknown): string => {
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
