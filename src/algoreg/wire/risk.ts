import { z } from 'zod';
import { anyJson, list, num, text } from './common.ts';
import { readRisk } from './customer.ts';

/**
 * Go!Risk JSON (API.md §5.4): paths and shapes are assumed (endpoint table). Risk levels and EDD
 * states are read with the customer detail's readers, so `risk.level` and `overallRisk` can never
 * disagree about the same label.
 */

/** A level as the detail's `overall_risk` carries it, or null when absent. */
const level = anyJson.transform((v) => readRisk(v));

/**
 * One risk factor of the assessment (assumed `{name, value, level, contribution}`): the customer
 * value the factor scored (null when the record lacks it, the cause of an Undefined level), the
 * factor's own level, and the points it adds to the 0–100 score.
 */
export const riskFactor = z
  .object({
    name: text,
    value: anyJson,
    level,
    contribution: num,
  })
  .transform((f) => ({
    name: f.name ?? 'unnamed factor',
    value: factorValue(f.value),
    level: f.level?.level ?? null,
    contribution: f.contribution,
  }));

/** Get customer last risk (assumed `{risk, score, computed_at, factors[]}`). */
export const riskAssessment = z
  .object({
    risk: level,
    score: num,
    computed_at: text,
    factors: list(riskFactor),
  })
  .transform((r) => ({
    level: r.risk?.level ?? null,
    rawLevel: r.risk?.raw ?? null,
    score: r.score,
    computedAt: r.computed_at,
    factors: r.factors,
  }));

/** A factor's value as text: lists joined, absent or empty as null (missing data). */
export function factorValue(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : null;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export type RiskAssessment = z.output<typeof riskAssessment>;
export type RiskFactor = z.output<typeof riskFactor>;
