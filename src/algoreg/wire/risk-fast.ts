import { readRisk } from './customer.ts';
import { list, num, obj, text, withFastPath } from './fast.ts';
import { factorValue, type RiskFactor, riskAssessment } from './risk.ts';

/**
 * One-pass reader of Get customer last risk (see fast.ts): a customer 360 reads it on every
 * request. It mirrors `riskAssessment` in risk.ts field by field and gives up on anything that
 * schema would have to judge (levels and values are `any` there, so only the names, numbers and
 * the shape can make it give up).
 */

function factor(v: unknown): RiskFactor {
  const f = obj(v);
  return {
    name: text(f.name) ?? 'unnamed factor',
    value: factorValue(f.value),
    level: readRisk(f.level)?.level ?? null,
    contribution: num(f.contribution),
  };
}

withFastPath(riskAssessment, (v) => {
  const r = obj(v);
  const risk = readRisk(r.risk);
  return {
    level: risk?.level ?? null,
    rawLevel: risk?.raw ?? null,
    score: num(r.score),
    computedAt: text(r.computed_at),
    factors: list(r.factors, factor),
  };
});
