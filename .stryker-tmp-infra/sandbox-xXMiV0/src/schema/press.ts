// @ts-nocheck
import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  PRESS_REPORT_STATUSES,
  type PressArticle as PressArticleDto,
  type PressReport as PressReportDto,
} from '../algoreg/wire/press.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { countryCode } from '../shared/countries.ts';
import { AccountType, Customer } from './customer.ts';
import { badInput, type DomainError, ErrorInterface, Issues, NotFoundError, writeOutcome } from './errors.ts';
import { keyedField } from './prefetch.ts';
import { externalIdOf } from './risk.ts';
import { toDateTime } from './scalars.ts';

const FOLLOW =
  "Poll `pressReport(id:)` (or `node(id:)`) every few seconds until the status is READY or FAILED. Algoreg documents no Go!Press webhook; a customer's standing report that turns ready is assumed to come with `customers_updated` (its computed adverse-media fields change), so a subscription to `customerUpdated(externalId:)` announces it.";

const PressReportStatus = builder.enumType('PressReportStatus', {
  description: `Where a Go!Press report stands. A report asked for just now is PENDING. ${FOLLOW}`,
  values: {
    PENDING: {
      value: PRESS_REPORT_STATUSES[0],
      description: `Algoreg is still searching the press: \`articles\` is empty and \`completedAt\` null. ${FOLLOW}`,
    },
    READY: { value: PRESS_REPORT_STATUSES[1], description: 'Done: `articles` holds what was found.' },
    FAILED: {
      value: PRESS_REPORT_STATUSES[2],
      description: 'Algoreg could not produce the report; ask for a new one.',
    },
  } as const,
});

const PressArticle = builder.objectRef<PressArticleDto>('PressArticle').implement({
  description: 'A press article a Go!Press report found about its subject.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Headline.' }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'The publication, by its web host (e.g. `dailyledger.example`).',
    }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was published.',
      resolve: (a) => toDateTime(a.publishedAt),
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where to read it.' }),
    snippet: t.exposeString('snippet', {
      nullable: true,
      description: 'The passage that mentions the subject.',
    }),
    summary: t.exposeString('summary', { nullable: true, description: "Algoreg's summary of the article." }),
    categories: t.exposeStringList('categories', {
      description: 'What it is about, as Algoreg labels it (`adverse media`, `fraud`, …).',
    }),
    relevance: t.exposeFloat('relevance', {
      nullable: true,
      description: 'How surely the article is about the subject, 0–1.',
    }),
    knownQualitySource: t.exposeBoolean('knownQualitySource', {
      nullable: true,
      description: 'True when Algoreg knows the publication as a quality source.',
    }),
  }),
});

const PressSubject = builder.simpleObject('PressSubject', {
  description: 'Who a report searched the press for.',
  fields: (t) => ({
    name: t.string({ nullable: true, description: 'The name searched.' }),
    entityType: t.field({ type: AccountType, nullable: true, description: 'Person or company.' }),
    countries: t.stringList({ description: 'Countries the search was narrowed to (ISO 3166).' }),
  }),
});

export const PressReport = builder.loadableNodeRef('PressReport', {
  id: { resolve: (r: PressReportDto) => r.id },
  load: (reportIds: string[], ctx: Context) => ctx.algoreg.press.getReports(reportIds),
  cacheResolved: (r) => r.id,
});

builder.objectType(PressReport, {
  description: `A Go!Press adverse-media report: what the press says about a customer, or about any name (\`screenPress\`). ${FOLLOW}`,
  fields: (t) => ({
    reportId: t.exposeString('id', { description: "Algoreg's id of the report." }),
    status: t.field({
      type: PressReportStatus,
      nullable: true,
      description: `PENDING, READY or FAILED; null for a status this gateway does not know (see \`rawStatus\`). ${FOLLOW}`,
      resolve: (r) => r.status,
    }),
    rawStatus: t.exposeString('rawStatus', {
      nullable: true,
      description: 'The status exactly as Algoreg labels it.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the report was asked for.',
      resolve: (r) => toDateTime(r.createdAt),
    }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the report was done; null while PENDING.',
      resolve: (r) => toDateTime(r.completedAt),
    }),
    summary: t.exposeString('summary', {
      nullable: true,
      description: "Algoreg's summary of what was found; null while PENDING.",
    }),
    subject: t.field({
      type: PressSubject,
      description: 'Who the press was searched for.',
      resolve: (r) => ({
        name: r.subjectName,
        entityType: r.subjectType,
        countries: r.subjectCountries,
      }),
    }),
    articles: t.field({
      type: [PressArticle],
      description: 'The articles found, most relevant first; empty while PENDING.',
      resolve: (r) => [...r.articles].sort((a, b) => (b.relevance ?? -1) - (a.relevance ?? -1)),
    }),
    customer: t.field({
      type: Customer,
      authScopes: { scope: 'read:customers' },
      nullable: true,
      description: 'The customer the report is about; null for a report on a name (`screenPress`).',
      resolve: (r) => r.customerExternalId,
    }),
  }),
});

/** AccountType's values by subject kind. */

const pressReportOf = keyedField('Customer', 'pressReport', (externalId, _args: object, ctx) =>
  PressReport.getDataloader(ctx).load(ctx.algoreg.press.customerReportId(externalId)),
);

builder.objectFields(Customer, (t) => ({
  pressReport: t.field({
    type: PressReport,
    authScopes: { scope: 'read:press' },
    nullable: true,
    description: `The customer's Go!Press report: what the press says about it. \`requestPressReport\` asks for a fresh one. ${FOLLOW}`,
    resolve: (c, _, ctx) => pressReportOf(externalIdOf(c), {}, ctx),
  }),
}));

/** Algoreg's report id from a PressReport global id, or the id itself when it is not one. */
function reportIdOf(id: string): string {
  const trimmed = id.trim();
  if (!trimmed) badInput('id', 'must not be empty');
  try {
    const decoded = decodeGlobalID(trimmed);
    if (decoded.typename === 'PressReport' && decoded.id) return decoded.id;
  } catch {
    // not a global id: Algoreg's own
  }
  return trimmed;
}

builder.queryFields((t) => ({
  pressReport: t.field({
    type: PressReport,
    authScopes: { scope: 'read:press' },
    nullable: true,
    description: `A Go!Press report by id; null when Algoreg has none. ${FOLLOW}`,
    args: {
      id: t.arg.id({
        required: true,
        description: "The report's `id`, or Algoreg's `reportId`.",
      }),
    },
    resolve: (_, { id }) => reportIdOf(String(id)),
  }),
}));

// ---- mutations ---------------------------------------------------------------------------------

interface ReportPayload {
  report: PressReportDto | null;
  errors: DomainError[];
}

const payload = (name: string, description: string) =>
  builder.objectRef<ReportPayload>(name).implement({
    description,
    fields: (t) => ({
      report: t.field({
        type: PressReport,
        nullable: true,
        description: `The report, PENDING at first; null when \`errors\` is not empty. ${FOLLOW}`,
        resolve: (p) => p.report,
      }),
      errors: t.field({
        type: [ErrorInterface],
        description: 'Why nothing was done: NotFoundError, RejectedError.',
        resolve: (p) => p.errors,
      }),
    }),
  });

const RequestPressReportPayload = payload(
  'RequestPressReportPayload',
  'The outcome of asking for a fresh press report on a customer.',
);
const ScreenPressPayload = payload(
  'ScreenPressPayload',
  'The outcome of screening a name against the press.',
);

const RequestPressReportInput = builder.inputType('RequestPressReportInput', {
  description: 'The customer whose press report to refresh.',
  fields: (t) => ({
    customerExternalId: t.string({ required: true, description: "The customer's external id." }),
  }),
});

const ScreenPressInput = builder.inputType('ScreenPressInput', {
  description: 'A name to search the press for; it need not be a customer.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'Full name of the person or company (at most 200 characters).',
    }),
    entityType: t.field({ type: AccountType, required: true, description: 'Person or company.' }),
    countries: t.stringList({
      description: 'Countries to narrow the search to: ISO 3166 codes (alpha-2 or alpha-3), at most 20.',
    }),
  }),
});

/** Forget what this request read of a report, and hold the answer of the write instead. */
function remember(ctx: Context, report: PressReportDto): PressReportDto {
  PressReport.getDataloader(ctx).clear(report.id).prime(report.id, report);
  return report;
}

builder.mutationFields((t) => ({
  requestPressReport: t.field({
    type: RequestPressReportPayload,
    authScopes: { scope: 'read:press' },
    description: `Ask Go!Press for a fresh report on a customer (Force handle press report generation). Answers the report, PENDING. ${FOLLOW} Never retried.`,
    args: { input: t.arg({ type: RequestPressReportInput, required: true, description: 'The customer.' }) },
    resolve: async (_, { input }, ctx): Promise<ReportPayload> => {
      const externalId = input.customerExternalId.trim();
      if (!externalId) badInput('input.customerExternalId', 'must not be empty');
      try {
        return { report: remember(ctx, await ctx.algoreg.press.forCustomer(externalId)), errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () =>
            new NotFoundError(`No customer with external id "${externalId}".`, 'input.customerExternalId'),
          refused: 'Algoreg refused the report request.',
          field: 'input',
        });
        return { report: null, errors: [outcome] };
      }
    },
  }),

  screenPress: t.field({
    type: ScreenPressPayload,
    authScopes: { scope: 'read:press' },
    description: `Search the press for any name, customer or not (Go!Press Generate instant report). Answers the report, PENDING. ${FOLLOW} Never retried.`,
    args: { input: t.arg({ type: ScreenPressInput, required: true, description: 'The name to screen.' }) },
    resolve: async (_, { input }, ctx): Promise<ReportPayload> => {
      const issues = new Issues();
      const name = input.name.trim();
      if (!name) issues.add('input.name', 'must not be empty');
      else if (name.length > 200) issues.add('input.name', 'at most 200 characters');
      const given = input.countries ?? [];
      if (given.length > 20) issues.add('input.countries', 'at most 20 countries');
      const codes = given.map((code, i) => {
        const c = countryCode(code, 'alpha2');
        if (!c)
          issues.add(`input.countries[${i}]`, `${JSON.stringify(code)} is not an ISO 3166 country code`);
        return c ?? '';
      });
      issues.throwIfAny();
      try {
        const report = await ctx.algoreg.press.instant({
          name,
          entityType: input.entityType,
          countries: [...new Set(codes)],
        });
        return { report: remember(ctx, report), errors: [] };
      } catch (error) {
        return {
          report: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the screening.', field: 'input' })],
        };
      }
    },
  }),
}));
