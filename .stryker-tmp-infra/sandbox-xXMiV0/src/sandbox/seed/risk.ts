// @ts-nocheck
import { Random } from '../random.ts';
import type { CustomerState, Json, Store } from '../store.ts';

/**
 * Go!Risk assessments: for every customer, the factors that explain the `overall_risk` its detail
 * already carries. The level is never drawn here: it is the customer's, and the factors' points
 * are scaled so that their sum (the score) falls in that level's band.
 */

/** Score bands of the sandbox's scoring: Low < 35 ≤ Medium < 65 ≤ High. */
const BANDS: Record<string, [number, number]> = { Low: [5, 34], Medium: [35, 64], High: [65, 95] };

/** Domiciles the sandbox's scoring treats as high risk (as its stand-in risk run does). */
const HIGH_RISK_COUNTRIES = ['IR', 'RU', 'NG', 'AE', 'CY'];

const END = new Date('2026-10-31T00:00:00Z');

interface Factor {
  name: string;
  value: unknown;
  /** Whether the value is one the scoring weighs heavily. */
  risky: boolean;
}

function factorsOf(state: CustomerState): Factor[] {
  const c = state.customer;
  const firm = c.account_type === 'F';
  const fields = (c.custom_fields ?? {}) as Json;
  const domicile = String((c.domicile_codes as string[] | undefined)?.[0] ?? c.domicile_code ?? '');
  const nationalities = (c.nationality_codes as string[] | undefined) ?? [];
  const pep = state.flags.pep === true;
  const press = state.flags.press_risk === true;
  return [
    { name: 'Country of domicile', value: domicile, risky: HIGH_RISK_COUNTRIES.includes(domicile) },
    firm
      ? { name: 'Customer segment', value: fields.segment ?? '', risky: fields.segment === 'enterprise' }
      : {
          name: 'Nationality',
          value: nationalities,
          risky: nationalities.some((n) => HIGH_RISK_COUNTRIES.includes(n)),
        },
    { name: 'Customer type', value: firm ? 'Company' : 'Individual', risky: firm },
    {
      name: 'PEP status',
      value: pep ? 'PEP' : state.flags.may_be_pep === true ? 'Possible PEP' : 'Not PEP',
      risky: pep,
    },
    {
      name: 'Adverse media',
      value: press ? 'Confirmed' : state.flags.may_be_press_risk === true ? 'Possible' : 'None',
      risky: press,
    },
    { name: 'Onboarding channel', value: fields.onboarding_channel ?? '', risky: false },
  ];
}

const missing = (v: unknown) => v === '' || v === null || v === undefined || (Array.isArray(v) && !v.length);

/**
 * The Get customer last risk answer for a customer at its current `overall_risk`. Undefined:
 * a factor lacks its value (the guide's "information missing in the customer record"), and no
 * score is given.
 */
export function riskAssessmentJson(state: CustomerState, rng: Random, computedAt: string): Json {
  const level = state.overallRisk;
  const factors = factorsOf(state);
  if (level === 'Undefined' && !factors.some((f) => missing(f.value))) {
    // The record is complete, so the scoring could not map a value: say which one.
    factors.push({ name: 'Source of funds', value: '', risky: false });
  }
  const weights = factors.map((f) => (missing(f.value) ? 0 : rng.int(1, 4) + (f.risky ? 6 : 0)));
  const band = BANDS[level];
  const score = band ? rng.int(band[0], band[1]) : null;
  const points = spread(score ?? Math.round(weights.reduce((a, b) => a + b, 0) * 2), weights);
  return {
    risk: level,
    score,
    computed_at: computedAt,
    factors: factors.map((f, i) => {
      const p = points[i] ?? 0;
      const undefinedValue = missing(f.value);
      return {
        name: f.name,
        value: undefinedValue ? null : f.value,
        level: undefinedValue ? 'Undefined' : p >= 20 ? 'High' : p >= 10 ? 'Medium' : 'Low',
        contribution: undefinedValue ? null : p,
      };
    }),
  };
}

/**
 * Whether a stored assessment still describes the customer: same level, same scored values.
 * Save customers changes both (its stand-in risk scan), and the next read scores again.
 */
export function isCurrent(risk: Json, state: CustomerState): boolean {
  if (risk.risk !== state.overallRisk) return false;
  const stored = new Map(((risk.factors ?? []) as Json[]).map((f) => [f.name, JSON.stringify(f.value)]));
  return factorsOf(state).every(
    (f) => stored.get(f.name) === JSON.stringify(missing(f.value) ? null : f.value),
  );
}

/** Splits `total` points in proportion to `weights`, as whole numbers that sum to `total`. */
function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    if (weights[i] === 0) continue;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

/** A generator for one customer's assessment, the same on every run. */
export function riskRandom(seed: number, externalId: string, round = 0): Random {
  let h = seed * 131 + round * 7 + 5;
  for (const ch of externalId) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return new Random(h);
}

/** Every customer's last assessment, computed some time after it was created. */
export function seedRisks(store: Store, seed: number): void {
  for (const [externalId, state] of store.customers) {
    const rng = riskRandom(seed, externalId);
    const created = new Date(String(state.customer.created_at));
    const computedAt = rng.date(Number.isNaN(created.getTime()) ? END : created, END);
    store.risks.set(externalId, riskAssessmentJson(state, rng, computedAt));
  }
}
