// @ts-nocheck
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { EddRevision as EddRevisionDto } from '../algoreg/wire/customer.ts';
import type {
  RiskAssessment as RiskAssessmentDto,
  RiskFactor as RiskFactorDto,
} from '../algoreg/wire/risk.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { EddRevision, RiskLevel } from './customer/summary.ts';
import { Customer, type CustomerRecord } from './customer.ts';
import { keyedField } from './prefetch.ts';
import { toDateTime } from './scalars.ts';

/** The external id of the Customer a field is asked on: the key of every per-customer product read. */
export const externalIdOf = (c: CustomerRecord): string => c.externalId;

const RiskFactor = builder.objectRef<RiskFactorDto>('RiskFactor').implement({
  description: 'One factor of a Go!Risk assessment: what was scored, and how much it weighed.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The factor, as the tenant named it in Go!Risk.' }),
    value: t.exposeString('value', {
      nullable: true,
      description:
        "The customer's value the factor scored (a country code, a customer type, …); null when the record lacks it, which makes the level UNDEFINED.",
    }),
    level: t.expose('level', {
      type: RiskLevel,
      nullable: true,
      description: 'The level this factor alone points to.',
    }),
    contribution: t.exposeFloat('contribution', {
      nullable: true,
      description:
        "Points this factor adds to the assessment's 0–100 score; null when it could not be scored.",
    }),
  }),
});

export const RiskAssessment = builder.loadableObjectRef<
  RiskAssessmentDto | null,
  string,
  string,
  RiskAssessmentDto
>('RiskAssessment', {
  load: async (externalIds: string[], ctx: Context) => ctx.algoreg.risk.lastRisks(externalIds),
});

RiskAssessment.implement({
  description:
    "Go!Risk's last assessment of a customer: its level and the factors that produced it (Get customer last risk).",
  fields: (t) => ({
    level: t.field({
      type: RiskLevel,
      nullable: true,
      description: 'The overall level; the same as `Customer.overallRisk`.',
      resolve: (r: RiskAssessmentDto) => r.level,
    }),
    rawLevel: t.exposeString('rawLevel', {
      nullable: true,
      description: 'The level exactly as Algoreg labels it.',
    }),
    score: t.exposeFloat('score', {
      nullable: true,
      description: 'The score the level was read from (0–100); null when the level is UNDEFINED.',
    }),
    computedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When Go!Risk last scored the customer (it scores on a schedule and after saves).',
      resolve: (r) => toDateTime(r.computedAt),
    }),
    factors: t.field({
      type: [RiskFactor],
      description: 'The factors that produced the level, largest contribution first.',
      resolve: (r) => [...r.factors].sort((a, b) => (b.contribution ?? -1) - (a.contribution ?? -1)),
    }),
  }),
});

/** Get customer last EDD, per request: batched and deduplicated like the loadable types. */
const lastEddLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, EddRevisionDto | null>(async (externalIds) =>
      ctx.algoreg.risk.lastEdds(externalIds),
    ),
);

/** Both need only the external id: they start together with the customer detail (prefetch.ts). */
const riskOf = keyedField('Customer', 'risk', (externalId, _args: object, ctx) =>
  RiskAssessment.getDataloader(ctx).load(externalId),
);
const lastEddOf = keyedField('Customer', 'lastEdd', (externalId, _args: object, ctx) =>
  lastEddLoader(ctx).load(externalId),
);

builder.objectFields(Customer, (t) => ({
  risk: t.field({
    type: RiskAssessment,
    nullable: true,
    description:
      "Go!Risk's last assessment: the level (as `overallRisk`) with the factors that explain it. Null when Algoreg has none.",
    resolve: (c, _, ctx) => riskOf(externalIdOf(c), {}, ctx),
  }),
  lastEdd: t.field({
    type: EddRevision,
    nullable: true,
    description:
      'The last enhanced due diligence decision, from Go!Risk; null when there has been none. Algoreg announces a new one with the `edds_updated` webhook (`customers_updated` does not cover EDD).',
    resolve: (c, _, ctx) => lastEddOf(externalIdOf(c), {}, ctx),
  }),
}));
