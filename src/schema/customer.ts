import {
  EDD_STATES,
  RISK_LEVELS,
  readEddState,
  readFlag,
  readRisk,
  type WireCustomer,
  type WireCustomerDetail,
  type WireEddRevision,
  type WireTimelineEvent,
} from '../algoreg/wire/customer.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { badInput } from './errors.ts';
import { type ConnectionArgs, offsetConnection, offsetPage } from './pagination.ts';
import { keyedField, prefetchChildren } from './prefetch.ts';
import { toDate, toDateTime } from './scalars.ts';

/**
 * What a Customer resolves from: the customer object, plus the detail answer (risk, EDD,
 * screening) when it has been loaded. Search results carry only the former; summary fields then
 * load the detail through the per-request loader, batched and deduplicated.
 */
export interface CustomerRecord {
  customer: WireCustomer;
  detail?: WireCustomerDetail;
}

export const AccountType = builder.enumType('AccountType', {
  description: 'Whether a customer is a company or a person (Algoreg `F` / `N`).',
  values: {
    FIRM: { value: 'F', description: 'A company (Algoreg `F`).' },
    INDIVIDUAL: { value: 'N', description: 'A natural person (Algoreg `N`).' },
  } as const,
});

export const RiskLevel = builder.enumType('RiskLevel', {
  description:
    'Go!Risk overall risk level. UNDEFINED: data missing or not covered by a risk factor, or a level this gateway does not know.',
  values: RISK_LEVELS,
});

export const EddState = builder.enumType('EddState', {
  description:
    'Enhanced due diligence status. The list Algoreg publishes is incomplete: a status not listed here reads as null in `state`, with the raw label in `rawState`.',
  values: EDD_STATES,
});

const NameVariation = builder.simpleObject('NameVariation', {
  description: 'Another name the customer is known by, screened like the main name.',
  fields: (t) => ({
    firstName: t.string({ description: 'First name.', nullable: true }),
    middleName: t.string({ description: 'Middle name.', nullable: true }),
    lastName: t.string({ description: 'Last name.', nullable: true }),
    companyName: t.string({ description: 'Company name.', nullable: true }),
    tradingName: t.string({ description: 'Trading name.', nullable: true }),
  }),
});

const CustomField = builder.simpleObject('CustomField', {
  description: 'A tenant-defined custom field (set up with Algoreg, visible in the backoffice import setup).',
  fields: (t) => ({
    name: t.string({ description: 'Field name.' }),
    value: t.field({ type: 'JSON', nullable: true, description: 'Field value, as Algoreg holds it.' }),
  }),
});

const EddRevision = builder.objectRef<WireEddRevision>('EddRevision').implement({
  description: 'The latest enhanced due diligence (EDD) decision on a customer.',
  fields: (t) => ({
    state: t.field({
      type: EddState,
      nullable: true,
      description: 'The EDD status; null when Algoreg sent one this gateway does not know (see `rawState`).',
      resolve: (r) => readEddState(r.edd_state).state,
    }),
    rawState: t.string({
      nullable: true,
      description: 'The status exactly as Algoreg labels it.',
      resolve: (r) => readEddState(r.edd_state).raw,
    }),
    comment: t.string({
      description: "The analyst's comment.",
      nullable: true,
      resolve: (r) => r.comment ?? null,
    }),
    agentId: t.int({
      nullable: true,
      description: 'Backoffice agent who decided.',
      resolve: (r) => r.agent_id ?? null,
    }),
    agentName: t.string({
      description: 'Name of the agent who decided.',
      nullable: true,
      resolve: (r) => r.agent_name ?? null,
    }),
    createdAt: t.field({
      description: 'When the decision was made.',
      type: 'DateTime',
      nullable: true,
      resolve: (r) => toDateTime(r.created_at),
    }),
    nextReviewDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the customer is due for review again.',
      resolve: (r) => toDate(r.next_review_date),
    }),
    revisionNumber: t.int({
      description: 'Revision of the EDD record.',
      nullable: true,
      resolve: (r) => r.revision_number ?? null,
    }),
    disabled: t.boolean({
      description: 'True when this EDD record is disabled.',
      nullable: true,
      resolve: (r) => r.disabled ?? null,
    }),
  }),
});

const Screening = builder.objectRef<WireCustomerDetail>('ScreeningSummary').implement({
  description:
    'Go!Scan and Go!Press flags computed by Algoreg for the customer. Null means Algoreg did not report the flag.',
  fields: (t) => ({
    pep: t.boolean({
      nullable: true,
      description: 'A confirmed politically exposed person.',
      resolve: (d) => readFlag(d.pep),
    }),
    mayBePep: t.boolean({
      nullable: true,
      description: 'Possibly a PEP: open alerts.',
      resolve: (d) => readFlag(d.may_be_pep),
    }),
    mayBeSanctioned: t.boolean({
      nullable: true,
      description: 'Possibly on a sanctions list: open alerts.',
      resolve: (d) => readFlag(d.may_be_san),
    }),
    pressRisk: t.boolean({
      nullable: true,
      description: 'Confirmed adverse media.',
      resolve: (d) => readFlag(d.press_risk),
    }),
    mayBePressRisk: t.boolean({
      nullable: true,
      description: 'Possible adverse media.',
      resolve: (d) => readFlag(d.may_be_press_risk),
    }),
    se: t.boolean({
      nullable: true,
      description: 'Algoreg flag `se` (undocumented; likely state-owned entity).',
      resolve: (d) => readFlag(d.se),
    }),
    str: t.boolean({
      nullable: true,
      description: 'Algoreg flag `str` (undocumented; likely suspicious transaction report).',
      resolve: (d) => readFlag(d.str),
    }),
    tm: t.boolean({
      nullable: true,
      description: 'Algoreg flag `tm` (undocumented; likely transaction monitoring).',
      resolve: (d) => readFlag(d.tm),
    }),
  }),
});

const IdentityVerification = builder.objectRef<WireCustomerDetail>('IdentityVerificationSummary').implement({
  description: 'Go!Vid identity-verification flags for the customer.',
  fields: (t) => ({
    succeeded: t.boolean({
      description: 'A verification succeeded.',
      nullable: true,
      resolve: (d) => readFlag(d.vid_success),
    }),
    failed: t.boolean({
      description: 'A verification failed.',
      nullable: true,
      resolve: (d) => readFlag(d.vid_failed),
    }),
    inProgress: t.boolean({
      description: 'A verification is in progress.',
      nullable: true,
      resolve: (d) => readFlag(d.vid_in_progress),
    }),
    outdated: t.boolean({
      nullable: true,
      description: 'A past verification has expired.',
      resolve: (d) => readFlag(d.vid_outdated),
    }),
  }),
});

const CustomerEvent = builder.objectRef<WireTimelineEvent>('CustomerEvent').implement({
  description: "An entry of the customer's timeline in Algoreg.",
  fields: (t) => ({
    id: t.exposeID('ID', { description: "Algoreg's event id." }),
    type: t.string({
      nullable: true,
      description: 'Event type, as Algoreg names it.',
      resolve: (e) => e.EventType ?? null,
    }),
    title: t.string({ description: 'Short title.', nullable: true, resolve: (e) => e.Title ?? null }),
    description: t.string({
      description: 'What happened.',
      nullable: true,
      resolve: (e) => e.Description ?? null,
    }),
    createdAt: t.field({
      description: 'When it happened.',
      type: 'DateTime',
      nullable: true,
      resolve: (e) => toDateTime(e.CreatedAt),
    }),
    agentId: t.int({
      description: 'Agent who acted; 0 for the system.',
      nullable: true,
      resolve: (e) => e.AgentID ?? null,
    }),
    parentId: t.string({
      description: 'Parent event id, for events grouped under another.',
      nullable: true,
      resolve: (e) => e.ParentID || null,
    }),
    url: t.string({ nullable: true, description: 'Backoffice link.', resolve: (e) => e.Url || null }),
  }),
});

const CustomerStats = builder.simpleObject('CustomerStats', {
  description: "Counts of a customer's records in Algoreg (Get stats for customer; its shape is assumed).",
  fields: (t) => ({
    alerts: t.int({ description: 'Screening alerts, all states.', nullable: true }),
    openAlerts: t.int({ description: 'Alerts still to decide.', nullable: true }),
    documents: t.int({ description: 'Documents on file.', nullable: true }),
    transactions: t.int({ description: 'Go!KYT transactions.', nullable: true }),
    threads: t.int({ description: 'Go!Chat threads.', nullable: true }),
    sessions: t.int({ description: 'Go!Vid sessions.', nullable: true }),
    lastActivityAt: t.field({
      description: 'Most recent activity on the customer.',
      type: 'DateTime',
      nullable: true,
    }),
  }),
});

export const Customer = builder.loadableNodeRef('Customer', {
  id: { resolve: (c: CustomerRecord) => c.customer.external_id },
  load: async (externalIds: string[], ctx: Context) => {
    const details = await ctx.algoreg.customer.getDetails(externalIds);
    return details.map((d): CustomerRecord | null | Error =>
      d instanceof Error || d === null ? d : { customer: d.customer, detail: d },
    );
  },
});

/** Fields that need only the external id start together with the detail call (prefetch.ts). */
const customerEvents = keyedField('Customer', 'events', async (externalId, args: ConnectionArgs, ctx) => {
  const page = offsetPage(args);
  const res = await ctx.algoreg.customer.events(externalId, page);
  return offsetConnection(res.items, page, res.total);
});

const customerStats = keyedField('Customer', 'stats', async (externalId, _args: object, ctx) => {
  const s = await ctx.algoreg.customer.stats(externalId);
  return {
    alerts: s.alerts ?? null,
    openAlerts: s.open_alerts ?? null,
    documents: s.documents ?? null,
    transactions: s.transactions ?? null,
    threads: s.threads ?? null,
    sessions: s.sessions ?? null,
    lastActivityAt: toDateTime(s.last_activity_at),
  };
});

/** The detail answer of a customer: already on the record, or loaded once per request. */
async function detailOf(record: CustomerRecord, ctx: Context): Promise<WireCustomerDetail | null> {
  if (record.detail) return record.detail;
  const loaded = await Customer.getDataloader(ctx).load(record.customer.external_id);
  return loaded?.detail ?? null;
}

/** Forget what this request loaded of these customers, so the next read goes to Algoreg. */
export function forgetCustomers(ctx: Context, externalIds: readonly string[]): void {
  const loader = Customer.getDataloader(ctx);
  for (const id of externalIds) loader.clear(id);
}

const merged = (one: string | null | undefined, many: readonly string[] | null | undefined) => {
  const all = [...(many ?? []), ...(one ? [one] : [])];
  return [...new Set(all)];
};

builder.objectType(Customer, {
  description: 'A customer of the tenant: a person or a company under AML/KYC monitoring.',
  fields: (t) => ({
    externalId: t.string({
      description: "The tenant's own id of the customer.",
      resolve: (c) => c.customer.external_id,
    }),
    algoregId: t.string({
      nullable: true,
      description: "Algoreg's internal id.",
      resolve: (c) => c.customer.id ?? null,
    }),
    clientId: t.string({
      nullable: true,
      description: 'Algoreg tenant id.',
      resolve: (c) => c.customer.client_id ?? null,
    }),
    accountNumber: t.string({
      description: 'Account number at the tenant.',
      nullable: true,
      resolve: (c) => c.customer.account_number ?? null,
    }),
    accountType: t.field({
      description: 'Firm or individual.',
      type: AccountType,
      nullable: true,
      resolve: (c) => c.customer.account_type ?? null,
    }),
    customerType: t.string({
      description: 'Customer type, as Algoreg names it.',
      nullable: true,
      resolve: (c) => c.customer.customer_type ?? null,
    }),
    displayName: t.string({
      description:
        'Company name for firms, "first middle last" for people; the external id when neither is known.',
      resolve: ({ customer: c }) =>
        (c.account_type === 'F' ? c.company_name : null) ??
        ([c.first_name, c.middle_name, c.last_name].filter(Boolean).join(' ') ||
          c.company_name ||
          c.external_id),
    }),
    firstName: t.string({
      description: 'First name (individuals).',
      nullable: true,
      resolve: (c) => c.customer.first_name ?? null,
    }),
    middleName: t.string({
      description: 'Middle name (individuals).',
      nullable: true,
      resolve: (c) => c.customer.middle_name ?? null,
    }),
    lastName: t.string({
      description: 'Last name (individuals).',
      nullable: true,
      resolve: (c) => c.customer.last_name ?? null,
    }),
    companyName: t.string({
      description: 'Company name (firms).',
      nullable: true,
      resolve: (c) => c.customer.company_name ?? null,
    }),
    tradingName: t.string({
      description: 'Trading name (firms).',
      nullable: true,
      resolve: (c) => c.customer.trading_name ?? null,
    }),
    nameVariations: t.field({
      type: [NameVariation],
      description: 'Other names the customer is screened under.',
      resolve: (c) =>
        (c.customer.name_variations ?? []).map((v) => ({
          firstName: v.first_name ?? null,
          middleName: v.middle_name ?? null,
          lastName: v.last_name ?? null,
          companyName: v.company_name ?? null,
          tradingName: v.trading_name ?? null,
        })),
    }),
    dateOfBirth: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of birth, `YYYY-MM-DD`; null when Algoreg holds none or an incomplete one.',
      resolve: (c) => toDate(c.customer.date_of_birth),
    }),
    nationalityCodes: t.stringList({
      description: 'Nationalities, as country codes (Algoreg accepts ISO 3166 alpha-2 or alpha-3).',
      resolve: (c) => merged(c.customer.nationality_code, c.customer.nationality_codes),
    }),
    domicileCodes: t.stringList({
      description: 'Countries of domicile, as country codes.',
      resolve: (c) => merged(c.customer.domicile_code, c.customer.domicile_codes),
    }),
    registrationNumber: t.string({
      description: 'Company registration number (firms).',
      nullable: true,
      resolve: (c) => c.customer.registration_number ?? null,
    }),
    phone: t.string({
      description: 'Phone number.',
      nullable: true,
      resolve: (c) => c.customer.phone ?? null,
    }),
    aliasIds: t.stringList({
      description: 'Other external ids of the same customer.',
      resolve: (c) => c.customer.alias_ids ?? [],
    }),
    contacts: t.field({
      description: 'Contacts, as Algoreg holds them.',
      type: 'JSON',
      nullable: true,
      resolve: (c) => c.customer.contacts ?? null,
    }),
    comment: t.string({
      description: 'Free comment.',
      nullable: true,
      resolve: (c) => c.customer.comment ?? null,
    }),
    customFields: t.field({
      type: [CustomField],
      description: 'Tenant-defined custom fields.',
      resolve: (c) => {
        if (c.detail?.custom_fields?.length) {
          return c.detail.custom_fields.map((f) => ({
            name: f.name ?? String(f.id ?? ''),
            value: f.value ?? null,
          }));
        }
        return Object.entries(c.customer.custom_fields ?? {}).map(([name, value]) => ({
          name,
          value: value ?? null,
        }));
      },
    }),
    reviewGroups: t.stringList({
      description: 'Review groups (teams) the customer is routed to.',
      resolve: (c) => c.customer.review_groups ?? [],
    }),
    kycLevel: t.int({
      description: 'KYC level reached.',
      nullable: true,
      resolve: (c) => c.customer.kyc_level ?? null,
    }),
    disabled: t.boolean({
      description: 'True when the customer is disabled (no longer monitored).',
      nullable: true,
      resolve: (c) => c.customer.disabled ?? null,
    }),
    createdAt: t.field({
      description: 'When the customer was created in Algoreg.',
      type: 'DateTime',
      nullable: true,
      resolve: (c) => toDateTime(c.customer.created_at),
    }),
    createdBy: t.int({
      nullable: true,
      description: 'Agent id of the creator.',
      resolve: (c) => c.customer.created_by ?? null,
    }),
    revisionNumber: t.string({
      description: "Revision of the customer's record.",
      nullable: true,
      resolve: (c) => c.customer.revision_number ?? null,
    }),

    overallRisk: t.field({
      type: RiskLevel,
      nullable: true,
      description: 'Go!Risk overall risk level.',
      resolve: async (c, _, ctx) => readRisk((await detailOf(c, ctx))?.overall_risk)?.level ?? null,
    }),
    rawOverallRisk: t.string({
      nullable: true,
      description: 'The overall risk exactly as Algoreg labels it.',
      resolve: async (c, _, ctx) => readRisk((await detailOf(c, ctx))?.overall_risk)?.raw ?? null,
    }),
    eddStatus: t.field({
      type: EddRevision,
      nullable: true,
      description: 'The latest enhanced due diligence decision.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.edd_status ?? null,
    }),
    screening: t.field({
      type: Screening,
      nullable: true,
      description: 'PEP, sanctions and adverse-media flags.',
      resolve: (c, _, ctx) => detailOf(c, ctx),
    }),
    identityVerification: t.field({
      type: IdentityVerification,
      nullable: true,
      description: 'Go!Vid identity-verification flags.',
      resolve: (c, _, ctx) => detailOf(c, ctx),
    }),
    openChatCategories: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Go!Chat categories with open threads, as Algoreg reports them.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.open_chat_categories?.value ?? null,
    }),
    closedChatCategories: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Go!Chat categories with closed threads, as Algoreg reports them.',
      resolve: async (c, _, ctx) => (await detailOf(c, ctx))?.closed_chat_categories?.value ?? null,
    }),
    events: t.connection(
      {
        type: CustomerEvent,
        // Nullable: a failed timeline call must not take the rest of the customer with it.
        nullable: true,
        description:
          "The customer's timeline, newest first; null when Algoreg could not be read (see `errors`).",
        resolve: (c, args, ctx) => customerEvents(c.customer.external_id, args, ctx),
      },
      { name: 'CustomerEventConnection' },
      { name: 'CustomerEventEdge' },
    ),
    stats: t.field({
      type: CustomerStats,
      nullable: true,
      description: "Counts of the customer's records.",
      resolve: (c, _, ctx) => customerStats(c.customer.external_id, {}, ctx),
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
  }),
});

builder.queryFields((t) => ({
  customer: t.field({
    type: Customer,
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
      description: 'Customers, filtered and paged (Search customers).',
      args: { filter: t.arg({ type: CustomerFilter }) },
      resolve: async (_, args, ctx) => {
        const page = offsetPage(args);
        const f = args.filter ?? {};
        if (f.externalIds && f.externalIds.length > 100) badInput('filter.externalIds', 'at most 100 ids');
        const res = await ctx.algoreg.customer.search({
          query: f.query ?? undefined,
          external_ids: f.externalIds ?? undefined,
          account_type: f.accountType ?? undefined,
          review_groups: f.reviewGroups ?? undefined,
          nationality_codes: f.nationalityCodes ?? undefined,
          domicile_codes: f.domicileCodes ?? undefined,
          disabled: f.disabled ?? undefined,
          created_from: f.createdFrom?.toISOString(),
          created_to: f.createdTo?.toISOString(),
          ...page,
        });
        return offsetConnection(
          res.data.map((customer): CustomerRecord => ({ customer })),
          page,
          res.total,
        );
      },
    },
    { name: 'CustomerConnection' },
    { name: 'CustomerEdge' },
  ),
}));
