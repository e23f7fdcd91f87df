// @ts-nocheck
import type { CUSTOMER_ORDER_FIELDS, SearchCustomersInput } from '../algoreg/customer.ts';
import type {
  CustomerDetail,
  Customer as CustomerDto,
  CustomerRelation as CustomerRelationDto,
} from '../algoreg/wire/customer.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import {
  CustomerEvent,
  CustomerStats,
  CustomField,
  EddRevision,
  IdentityVerificationSummary,
  NameVariation,
  RiskLevel,
  ScreeningSummary,
} from './customer/summary.ts';
import { badInput, Issues } from './errors.ts';
import { type ConnectionArgs, OrderDirection, offsetConnection, offsetPage } from './pagination.ts';
import { keyedField, prefetchChildren } from './prefetch.ts';
import { toDate, toDateTime } from './scalars.ts';

/**
 * What a Customer resolves from: the customer DTO, plus the detail answer (risk, EDD, screening,
 * relations) when it has been loaded. Search results carry only the former; summary fields then
 * load the detail through the per-request loader, batched and deduplicated.
 */
export type CustomerRecord = CustomerDto & { detail?: CustomerDetail };

export const AccountType = builder.enumType('AccountType', {
  description: 'Whether a customer is a company or a person (Algoreg `F` / `N`).',
  values: {
    FIRM: { description: 'A company (Algoreg `F`).' },
    INDIVIDUAL: { description: 'A natural person (Algoreg `N`).' },
  } as const,
});

export const Customer = builder.loadableNodeRef('Customer', {
  id: { resolve: (c: CustomerRecord) => c.externalId },
  load: async (externalIds: string[], ctx: Context) => {
    const details = await ctx.algoreg.customer.getDetails(externalIds);
    return details.map((d): CustomerRecord | null | Error =>
      d instanceof Error || d === null ? d : { ...d.customer, detail: d },
    );
  },
});

/** Fields that need only the external id start together with the detail call (prefetch.ts). */
const customerEvents = keyedField('Customer', 'events', async (externalId, args: ConnectionArgs, ctx) => {
  const page = offsetPage(args);
  const res = await ctx.algoreg.customer.events(externalId, page);
  return offsetConnection(res.events, page, res.total);
});

const customerStats = keyedField('Customer', 'stats', (externalId, _args: object, ctx) =>
  ctx.algoreg.customer.stats(externalId),
);

/** The detail answer of a customer: already on the record, or loaded once per request. */
async function detailOf(record: CustomerRecord, ctx: Context): Promise<CustomerDetail | null> {
  if (record.detail) return record.detail;
  const loaded = await Customer.getDataloader(ctx).load(record.externalId);
  return loaded?.detail ?? null;
}

/** Forget what this request loaded of these customers, so the next read goes to Algoreg. */
export function forgetCustomers(ctx: Context, externalIds: readonly string[]): void {
  const loader = Customer.getDataloader(ctx);
  for (const id of externalIds) loader.clear(id);
}

const CustomerRelation = builder.objectRef<CustomerRelationDto>('CustomerRelation').implement({
  description:
    'A link between two customers (e.g. a company and its beneficial owner), as saved with `saveCustomers`.',
  fields: (t) => ({
    relationExternalId: t.exposeString('relationExternalId', {
      nullable: true,
      description: 'Your id of the relation.',
    }),
    relationType: t.exposeInt('relationType', {
      nullable: true,
      description: "Algoreg's RelationsTypes code (values are not published).",
    }),
    parentExternalId: t.exposeString('parentExternalId', { description: 'External id of the parent.' }),
    childExternalId: t.exposeString('childExternalId', { description: 'External id of the child.' }),
    parent: t.field({
      type: Customer,
      nullable: true,
      description: 'The parent (e.g. the company); null when Algoreg has no such customer.',
      resolve: (r) => r.parentExternalId,
    }),
    child: t.field({
      type: Customer,
      nullable: true,
      description: 'The child (e.g. the beneficial owner); null when Algoreg has no such customer.',
      resolve: (r) => r.childExternalId,
    }),
    fields: t.expose('fields', {
      type: 'JSON',
      nullable: true,
      description: 'Custom fields of the relation.',
    }),
    disabled: t.exposeBoolean('disabled', {
      nullable: true,
      description: 'True when the relation is disabled.',
    }),
  }),
});

builder.objectType(Customer, {
  description: 'A customer of the tenant: a person or a company under AML/KYC monitoring.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: "The tenant's own id of the customer." }),
    algoregId: t.exposeString('algoregId', { nullable: true, description: "Algoreg's internal id." }),
    clientId: t.exposeString('clientId', { nullable: true, description: 'Algoreg tenant id.' }),
    accountNumber: t.exposeString('accountNumber', {
      description: 'Account number at the tenant.',
      nullable: true,
    }),
    accountType: t.expose('accountType', {
      description: 'Firm or individual.',
      type: AccountType,
      nullable: true,
    }),
    customerType: t.exposeString('customerType', {
      description: 'Customer type, as Algoreg names it.',
      nullable: true,
    }),
    displayName: t.exposeString('displayName', {
      description:
        'Company name for firms, "first middle last" for people; the external id when neither is known.',
    }),
    firstName: t.exposeString('firstName', { description: 'First name (individuals).', nullable: true }),
    middleName: t.exposeString('middleName', { description: 'Middle name (individuals).', nullable: true }),
    lastName: t.exposeString('lastName', { description: 'Last name (individuals).', nullable: true }),
    companyName: t.exposeString('companyName', { description: 'Company name (firms).', nullable: true }),
    tradingName: t.exposeString('tradingName', { description: 'Trading name (firms).', nullable: true }),
    nameVariations: t.expose('nameVariations', {
      type: [NameVariation],
      description: 'Other names the customer is screened under.',
    }),
    dateOfBirth: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of birth, `YYYY-MM-DD`; null when Algoreg holds none or an incomplete one.',
      resolve: (c) => toDate(c.dateOfBirth),
    }),
    nationalityCodes: t.exposeStringList('nationalityCodes', {
      description: 'Nationalities, as country codes (Algoreg accepts ISO 3166 alpha-2 or alpha-3).',
    }),
    domicileCodes: t.exposeStringList('domicileCodes', {
      description: 'Countries of domicile, as country codes.',
    }),
    registrationNumber: t.exposeString('registrationNumber', {
      description: 'Company registration number (firms).',
      nullable: true,
    }),
    phone: t.exposeString('phone', { description: 'Phone number.', nullable: true }),
    aliasIds: t.exposeStringList('aliasIds', { description: 'Other external ids of the same customer.' }),
    contacts: t.expose('contacts', {
      description: 'Contacts, as Algoreg holds them.',
      type: 'JSON',
      nullable: true,
    }),
    comment: t.exposeString('comment', { description: 'Free comment.', nullable: true }),
    customFields: t.expose('customFields', {
      type: [CustomField],
      description: 'Tenant-defined custom fields.',
    }),
    reviewGroups: t.exposeStringList('reviewGroups', {
      description: 'Review groups (teams) the customer is routed to.',
    }),
    kycLevel: t.exposeInt('kycLevel', { description: 'KYC level reached.', nullable: true }),
    kycLevelRequested: t.exposeInt('kycLevelRequested', {
      nullable: true,
      description: 'KYC level requested (as saved); null when Algoreg does not return it.',
    }),
    parentExternalId: t.exposeString('parentExternalId', {
      nullable: true,
      description: 'External id of the parent customer (as saved); null when none or not returned.',
    }),
    disabled: t.exposeBoolean('disabled', {
      description: 'True when the customer is disabled (no longer monitored).',
      nullable: true,
    }),
    createdAt: t.field({
      description: 'When the customer was created in Algoreg.',
      type: 'DateTime',
      nullable: true,
      resolve: (c) => toDateTime(c.createdAt),
    }),
    createdBy: t.exposeInt('createdBy', { nullable: true, description: 'Agent id of the creator.' }),
    updatedAt: t.field({
      description: 'When the customer was last changed in Algoreg; null when Algoreg does not return it.',
      type: 'DateTime',
      nullable: true,
      resolve: (c) => toDateTime(c.updatedAt),
    }),
    revisionNumber: t.exposeString('revisionNumber', {
      description: "Revision of the customer's record.",
      nullable: true,
    }),

    overallRisk: t.field({
      type: RiskLevel,
      nullable: true,
      description: 'Go!Risk overall risk level.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.overallRisk?.level ?? null,
    }),
    rawOverallRisk: t.string({
      nullable: true,
      description: 'The overall risk exactly as Algoreg labels it.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.overallRisk?.raw ?? null,
    }),
    eddStatus: t.field({
      type: EddRevision,
      nullable: true,
      description: 'The latest enhanced due diligence decision.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.edd ?? null,
    }),
    screening: t.field({
      type: ScreeningSummary,
      nullable: true,
      description: 'PEP, sanctions and adverse-media flags.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.screening ?? null,
    }),
    identityVerification: t.field({
      type: IdentityVerificationSummary,
      nullable: true,
      description: 'Go!Vid identity-verification flags.',
      resolve: async (c, _, ctx) => {
        const flags = (await detailOf(c, ctx))?.identityVerification;
        return flags ? { ...flags, externalId: c.externalId } : null;
      },
    }),
    openChatCategories: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Go!Chat categories with open threads, as Algoreg reports them.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.openChatCategories ?? null,
    }),
    closedChatCategories: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Go!Chat categories with closed threads, as Algoreg reports them.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.closedChatCategories ?? null,
    }),
    relations: t.field({
      type: [CustomerRelation],
      nullable: true,
      description:
        'Relations the customer is part of, as parent or child; null when Algoreg does not return them.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.relations ?? null,
    }),
    events: t.connection(
      {
        type: CustomerEvent,
        // Nullable: a failed timeline call must not take the rest of the customer with it.
        nullable: true,
        description:
          "The customer's timeline, newest first; null when Algoreg could not be read (see `errors`).",
        resolve: (c, args, ctx) => customerEvents(c.externalId, args, ctx),
      },
      { name: 'CustomerEventConnection' },
      { name: 'CustomerEventEdge' },
    ),
    stats: t.field({
      type: CustomerStats,
      nullable: true,
      description: "Counts of the customer's records.",
      resolve: (c, _, ctx) => customerStats(c.externalId, {}, ctx),
    }),
  }),
});

const CustomerFilter = builder.inputType('CustomerFilter', {
  description: 'Narrows `customers`. All given filters must match.',
  fields: (t) => ({
    query: t.string({ description: 'Free text matched against names, external id and registration number.' }),
    externalIds: t.stringList({ description: 'Only these external ids (at most 100).' }),
    accountType: t.field({ description: 'Only firms, or only individuals.', type: AccountType }),
    reviewGroups: t.stringList({ description: 'In any of these review groups.' }),
    nationalityCodes: t.stringList({ description: 'With any of these nationalities.' }),
    domicileCodes: t.stringList({ description: 'Domiciled in any of these countries.' }),
    disabled: t.boolean({ description: 'Only disabled, or only active customers.' }),
    createdFrom: t.field({ type: 'DateTime', description: 'Created at or after.' }),
    createdTo: t.field({ type: 'DateTime', description: 'Created at or before.' }),
    updatedFrom: t.field({ type: 'DateTime', description: 'Last changed at or after.' }),
    updatedTo: t.field({ type: 'DateTime', description: 'Last changed at or before.' }),
    kycLevels: t.intList({ description: 'At any of these KYC levels (reached).' }),
  }),
});

const CustomerOrderField = builder.enumType('CustomerOrderField', {
  description:
    'What customers are ordered by (an assumption until Algoreg documents the sort of Search customers).',
  values: {
    EXTERNAL_ID: { description: "The tenant's external id." },
    CREATED_AT: { description: 'When the customer was created.' },
    UPDATED_AT: { description: 'When the customer was last changed.' },
    LAST_NAME: { description: 'Last name (individuals).' },
  } as const satisfies Record<(typeof CUSTOMER_ORDER_FIELDS)[number], { description: string }>,
});

const CustomerOrder = builder.inputType('CustomerOrder', {
  description: 'How customers are ordered. Default: by external id, ascending.',
  fields: (t) => ({
    field: t.field({ type: CustomerOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({
      type: OrderDirection,
      required: true,
      defaultValue: 'ASC',
      description: 'Which way.',
    }),
  }),
});

type Filter = typeof CustomerFilter.$inferInput;

/** Checks the filter (naming each bad field) and turns it into Search customers' input. */
function searchInput(f: Filter): Omit<SearchCustomersInput, 'limit' | 'offset'> {
  const issues = new Issues();
  if (f.externalIds && f.externalIds.length > 100) issues.add('filter.externalIds', 'at most 100 ids');
  if (f.updatedFrom && f.updatedTo && f.updatedFrom > f.updatedTo)
    issues.add('filter.updatedTo', 'must not be before updatedFrom');
  f.kycLevels?.forEach((level, i) => {
    if (level < 0) issues.add(`filter.kycLevels[${i}]`, 'must not be negative');
  });
  issues.throwIfAny();
  return {
    query: f.query ?? undefined,
    externalIds: f.externalIds ?? undefined,
    accountType: f.accountType ?? undefined,
    reviewGroups: f.reviewGroups ?? undefined,
    nationalityCodes: f.nationalityCodes ?? undefined,
    domicileCodes: f.domicileCodes ?? undefined,
    disabled: f.disabled ?? undefined,
    createdFrom: f.createdFrom?.toISOString(),
    createdTo: f.createdTo?.toISOString(),
    updatedFrom: f.updatedFrom?.toISOString(),
    updatedTo: f.updatedTo?.toISOString(),
    kycLevels: f.kycLevels?.length ? [...new Set(f.kycLevels)] : undefined,
  };
}

builder.queryFields((t) => ({
  customer: t.field({
    type: Customer,
    authScopes: { scope: 'read:customers' },
    nullable: true,
    description: 'A customer by external id; null when Algoreg has none.',
    args: { externalId: t.arg.string({ required: true }) },
    resolve: (_, { externalId }, ctx, info) => {
      if (!externalId.trim()) badInput('externalId', 'must not be empty');
      prefetchChildren(info, 'Customer', externalId, ctx);
      return externalId;
    },
  }),
  customers: t.connection(
    {
      type: Customer,
      authScopes: { scope: 'read:customers' },
      // Nullable like every root list: a refusal or failure here keeps the query's other fields.
      nullable: true,
      description: 'Customers, filtered and paged (Search customers).',
      args: {
        filter: t.arg({ type: CustomerFilter }),
        orderBy: t.arg({
          type: CustomerOrder,
          description: 'Order; by external id, ascending, when omitted.',
        }),
      },
      resolve: async (_, args, ctx) => {
        const page = offsetPage(args);
        const input = searchInput(args.filter ?? {});
        const res = await ctx.algoreg.customer.search({
          ...input,
          orderBy: args.orderBy ?? undefined,
          ...page,
        });
        return offsetConnection(res.customers satisfies CustomerRecord[], page, res.total);
      },
    },
    { name: 'CustomerConnection' },
    { name: 'CustomerEdge' },
  ),
}));
