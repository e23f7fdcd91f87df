import { decodeGlobalID } from '@pothos/plugin-relay';
import countries from 'i18n-iso-countries';
import {
  ALERT_FLAGS,
  ALERT_STATES,
  type AlertCategory as AlertCategoryCode,
  type AlertStateName,
  alertStateCode,
  type ModifyAlertBody,
  type NameSearchBody,
  readAlertState,
  type SearchAlertsBody,
  type WireAlertDetail,
  type WireAlertRevision,
  type WireAlertSummary,
  type WireAssociate,
  type WireFullAlertRevision,
  type WireListProfile,
  type WireNameSearchHit,
} from '../algoreg/wire/scan.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { isPartialDate } from '../shared/calendar.ts';
import { Customer, forgetCustomers } from './customer.ts';
import { badInput, type DomainError, ErrorInterface, Issues, NotFoundError, writeOutcome } from './errors.ts';
import { type ConnectionArgs, DEFAULT_PAGE, MAX_PAGE, offsetConnection, offsetPage } from './pagination.ts';
import { keyedField } from './prefetch.ts';
import { toDateTime } from './scalars.ts';

/**
 * What an Alert resolves from: the alert with its last revision (every list answer carries it),
 * plus Get alert detail once loaded. Detail fields go through the per-request loader, so asking
 * for them on 50 alerts costs at most 50 concurrent, deduplicated detail calls, and none when
 * no detail field is asked.
 */
export interface AlertRecord {
  alert: WireAlertSummary;
  detail?: WireAlertDetail;
}

// ---- Enums -------------------------------------------------------------------------------------

export const AlertState = builder.enumType('AlertState', {
  description:
    'Review state of an alert. Algoreg documents codes 1 (Unknown), 2 (New) and 3 (Pending information); the codes of the other statuses are assumed (see each value). A code this gateway does not know reads as UNKNOWN, with the code in `rawState`.',
  values: Object.fromEntries(
    ALERT_STATES.map((s) => [
      s.name,
      {
        description: `${s.label} (Algoreg state ${s.code}${s.documented ? '' : ', assumed code'}).${
          s.name === 'UNKNOWN' ? ' Also any state code this gateway does not know: see `rawState`.' : ''
        }`,
      },
    ]),
  ) as Record<AlertStateName, { description: string }>,
});

export const AlertCategory = builder.enumType('AlertCategory', {
  description: 'Screening category, as the `categories` filter of Search alerts takes it.',
  values: {
    PEP: { value: 'pep', description: 'Politically exposed person.' },
    RCA: { value: 'rca', description: 'Relative or close associate.' },
    SIP: { value: 'sip', description: 'Special interest person (adverse media, crime).' },
    SIE: { value: 'sie', description: 'Special interest entity.' },
    RCA_PEP: { value: 'rca_pep', description: 'Relative or close associate of a PEP.' },
    RCA_SIP: { value: 'rca_sip', description: 'Relative or close associate of a special interest person.' },
    RCA_SIE: { value: 'rca_sie', description: 'Relative or close associate of a special interest entity.' },
  } as const satisfies Record<string, { value: AlertCategoryCode; description: string }>,
});

const AlertOrderField = builder.enumType('AlertOrderField', {
  description: "What alerts are ordered by (Search alerts `order_by`; Algoreg's values are assumed).",
  values: {
    CREATED_AT: { value: 'created_at', description: 'When the alert was raised.' },
    SCORE: { value: 'score', description: 'Match score of the last revision.' },
    LAST_UPDATE: { value: 'last_update', description: 'When the last revision was written.' },
  } as const,
});

const AlertOrderDirection = builder.enumType('AlertOrderDirection', {
  description: "Sort direction (Search alerts `order_way`; Algoreg's values are assumed).",
  values: {
    ASC: { value: 'asc', description: 'Smallest or oldest first.' },
    DESC: { value: 'desc', description: 'Largest or newest first.' },
  } as const,
});

const NameSearchEntityType = builder.enumType('NameSearchEntityType', {
  description: 'What kind of name to screen (Name search `entity_type`).',
  values: {
    INDIVIDUAL: { value: 1, description: 'A person (Algoreg 1).' },
    FIRM: { value: 2, description: 'A company (Algoreg 2).' },
  } as const,
});

// ---- Alert -------------------------------------------------------------------------------------

const AlertRevision = builder.objectRef<WireAlertRevision>('AlertRevision').implement({
  description: 'One revision of an alert: its state, score and the decision that produced it.',
  fields: (t) => ({
    id: t.string({
      nullable: true,
      description: "Algoreg's revision id.",
      resolve: (r) => r.id ?? null,
    }),
    state: t.field({
      type: AlertState,
      description: 'Review state; UNKNOWN also for a code this gateway does not know (see `rawState`).',
      resolve: (r) => readAlertState(r.state),
    }),
    rawState: t.int({
      nullable: true,
      description: 'The state code exactly as Algoreg sent it.',
      resolve: (r) => r.state ?? null,
    }),
    score: t.int({
      nullable: true,
      description: 'Overall match score, 0–100.',
      resolve: (r) => r.score ?? null,
    }),
    topCategory: t.string({
      nullable: true,
      description: 'Main category of the match, as Algoreg labels it (`PEP`, `SAN`, `SIP`, `RCA_SIP`, …).',
      resolve: (r) => r.top_category ?? null,
    }),
    agentId: t.string({
      nullable: true,
      description: 'Back-office member who wrote the revision (`0`: the screening engine).',
      resolve: (r) => r.agent_id ?? null,
    }),
    comment: t.string({
      nullable: true,
      description: "The reviewer's comment.",
      resolve: (r) => r.comment || null,
    }),
    revisionNumber: t.int({
      nullable: true,
      description: 'Revision number, 1 for the revision that raised the alert.',
      resolve: (r) => r.revision_number ?? null,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the revision was written.',
      resolve: (r) => toDateTime(r.created_at),
    }),
    customerRevisionId: t.string({
      nullable: true,
      description: 'Revision of the customer record that was screened.',
      resolve: (r) => r.customer_revision_id ?? null,
    }),
    profileDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Date of the list profile that matched (Algoreg `profile_date`, read as a Unix time).',
      resolve: (r) => toDateTime(r.profile_date),
    }),
  }),
});

const ListAddress = builder.simpleObject('ListProfileAddress', {
  description: 'An address held by the list profile.',
  fields: (t) => ({
    line: t.string({ nullable: true, description: 'Street address.' }),
    city: t.string({ nullable: true, description: 'City.' }),
    country: t.string({ nullable: true, description: 'Country, as the list names it.' }),
    url: t.string({ nullable: true, description: 'A source link.' }),
  }),
});

const ListCountry = builder.simpleObject('ListProfileCountry', {
  description: 'A country tied to the profile, with how it is tied (citizenship, residence, …).',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'How the country is tied, e.g. "Citizenship".' }),
    typeCode: t.int({ nullable: true, description: "Algoreg's code of `type`." }),
    codes: t.stringList({ description: 'ISO 3166 alpha-2 codes.' }),
    iso3Codes: t.stringList({ description: 'ISO 3166 alpha-3 codes.' }),
    names: t.stringList({ description: 'Country names.' }),
  }),
});

const ListDateValue = builder.simpleObject('ListProfileDateValue', {
  description: 'A date as lists hold them: parts may be missing.',
  fields: (t) => ({
    year: t.int({ nullable: true, description: 'Year, when known.' }),
    month: t.int({ nullable: true, description: 'Month (1–12), when known.' }),
    day: t.int({ nullable: true, description: 'Day of the month, when known.' }),
    formatted: t.string({ nullable: true, description: 'The date as the list writes it.' }),
    note: t.string({ nullable: true, description: "The list's note on the date." }),
  }),
});

const ListDate = builder.simpleObject('ListProfileDate', {
  description: 'Dates of one kind (birth, death, inactive as PEP, …).',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'Kind of date, e.g. "Date of Birth".' }),
    typeCode: t.int({ nullable: true, description: "Algoreg's code of `type`." }),
    values: t.field({ type: [ListDateValue], description: 'The dates.' }),
  }),
});

const ListDescription = builder.simpleObject('ListProfileDescription', {
  description: 'A classification of the profile; level 1 is the broadest.',
  fields: (t) => ({
    level: t.int({ description: 'Level 1, 2 or 3 (Algoreg `descriptions1`…`descriptions3`).' }),
    id: t.string({ nullable: true, description: "The list's id of the description." }),
    text: t.string({ nullable: true, description: 'The description.' }),
  }),
});

const ListIdValue = builder.simpleObject('ListProfileIdValue', {
  description: 'One identification number.',
  fields: (t) => ({
    value: t.string({ nullable: true, description: 'The number.' }),
    notes: t.string({ nullable: true, description: "The list's notes." }),
  }),
});

const ListIdNumber = builder.simpleObject('ListProfileIdNumber', {
  description: 'Identification numbers of one kind (passport, national id, registration number, …).',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'Kind of number.' }),
    values: t.field({ type: [ListIdValue], description: 'The numbers.' }),
  }),
});

const ListProfile = builder.objectRef<WireListProfile>('ListProfile').implement({
  description:
    'The watchlist, sanctions or adverse-media profile the customer matched. Algoreg documents only part of it: `raw` has the profile exactly as sent.',
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: "The profile's name, when Algoreg sends a `name` field (not documented).",
      resolve: (p) => (typeof p.name === 'string' ? p.name : null),
    }),
    gender: t.string({ nullable: true, resolve: (p) => p.gender || null, description: 'Gender.' }),
    deceased: t.boolean({ nullable: true, resolve: (p) => p.deceased ?? null, description: 'Deceased.' }),
    date: t.string({
      nullable: true,
      description: 'Main date (usually of birth), as the list writes it: possibly a year only.',
      resolve: (p) => p.date || null,
    }),
    dateFormatted: t.string({
      nullable: true,
      description: 'Main date, formatted for display.',
      resolve: (p) => p.date_formated || null,
    }),
    birthPlaces: t.stringList({ description: 'Places of birth.', resolve: (p) => p.birth_place ?? [] }),
    addresses: t.field({
      type: [ListAddress],
      description: 'Addresses.',
      resolve: (p) => p.addresses.map(toAddress),
    }),
    companyDetails: t.field({
      type: [ListAddress],
      description: 'Company addresses (entities).',
      resolve: (p) => p.company_details.map(toAddress),
    }),
    countries: t.field({
      type: [ListCountry],
      description: 'Countries tied to the profile.',
      resolve: (p) =>
        p.countries.map((c) => ({
          type: c.country_type ?? null,
          typeCode: c.country_type_code ?? null,
          codes: c.codes ?? [],
          iso3Codes: c.iso3_codes ?? [],
          names: c.names ?? [],
        })),
    }),
    dates: t.field({
      type: [ListDate],
      description: 'Dates, by kind.',
      resolve: (p) =>
        p.dates.map((d) => ({
          type: d.date_type ?? null,
          typeCode: d.date_type_code ?? null,
          values: d.date_values.map((v) => ({
            year: v.year ?? null,
            month: v.month ?? null,
            day: v.day ?? null,
            formatted: v.formated ?? null,
            note: v.dnote || null,
          })),
        })),
    }),
    descriptions: t.field({
      type: [ListDescription],
      description: 'Classifications, broadest first.',
      resolve: (p) =>
        ([1, 2, 3] as const).flatMap((level) =>
          (p.descriptions?.[`descriptions${level}`] ?? []).map((d) => ({
            level,
            id: d.id ?? null,
            text: d.text ?? null,
          })),
        ),
    }),
    idNumbers: t.field({
      type: [ListIdNumber],
      description: 'Identification numbers.',
      resolve: (p) =>
        p.id_number_type.map((n) => ({
          type: n.id_type ?? null,
          values: n.id_values.map((v) => ({ value: v.value ?? null, notes: v.id_notes || null })),
        })),
    }),
    raw: t.field({
      type: 'JSON',
      description: 'The profile exactly as Algoreg sent it, including fields this schema does not model.',
      resolve: (p) => p,
    }),
  }),
});

function toAddress(a: WireListProfile['addresses'][number]) {
  return {
    line: a.address_line || null,
    city: a.address_city || null,
    country: a.address_country || null,
    url: a.url || null,
  };
}

const AlertAssociate = builder.objectRef<WireAssociate>('AlertAssociate').implement({
  description: 'A person or entity the list ties to the matched profile.',
  fields: (t) => ({
    associationType: t.string({
      nullable: true,
      description: 'How they are associated, e.g. "Spouse".',
      resolve: (a) => a.association_type_label ?? null,
    }),
    associationTypeCode: t.int({
      nullable: true,
      description: "Algoreg's code of `associationType`.",
      resolve: (a) => a.association_type_code ?? null,
    }),
    listId: t.string({
      nullable: true,
      description: "The associate's profile id in the list.",
      resolve: (a) => a.list_id ?? null,
    }),
  }),
});

const FLAG_FIELDS = Object.fromEntries(
  ALERT_FLAGS.map((f) => [f.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), f]),
) as Record<string, (typeof ALERT_FLAGS)[number]>;

const AlertCategoryFlags = builder.objectRef<WireFullAlertRevision>('AlertCategoryFlags').implement({
  description:
    'Categories the matched profile falls in (Algoreg `is_*` flags): PEP, SAN (sanctions), SIP/SIE (special interest person/entity), SOE/SOP (state-owned entity/person), RCA (relative or close associate) and RCA of each. Null when Algoreg did not send the flag.',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(FLAG_FIELDS).map(([field, flag]) => [
        field,
        t.boolean({
          nullable: true,
          description: `Algoreg \`${flag}\`.`,
          resolve: (r) => r[flag] ?? null,
        }),
      ]),
    ),
});

/** An alert id from an Algoreg id or an Alert global id. */
function alertKey(value: string, field: string): string {
  const v = value.trim();
  if (!v) badInput(field, 'must not be empty');
  try {
    const { typename, id } = decodeGlobalID(v);
    if (typename === 'Alert' && id) return id;
  } catch {
    // Not a global id: Algoreg's own id.
  }
  return v;
}

export const Alert = builder.loadableNodeRef('Alert', {
  id: {
    description: "Global id; `alert(id:)` also takes Algoreg's alert id.",
    resolve: (a: AlertRecord) => a.alert.id,
  },
  load: async (alertIds: string[], ctx: Context) => {
    const details = await ctx.algoreg.scan.getAlerts(alertIds);
    return details.map((d): AlertRecord | null | Error =>
      d instanceof Error || d === null ? d : { alert: d, detail: d },
    );
  },
});

/** Get alert detail's revision: on the record, or loaded once per request through the loader. */
async function detailOf(record: AlertRecord, ctx: Context) {
  const detail = record.detail ?? (await Alert.getDataloader(ctx).load(record.alert.id))?.detail;
  return detail?.last_revision ?? null;
}

builder.objectType(Alert, {
  description:
    'A Go!Scan screening alert: a customer matched a sanctions, PEP or adverse-media list profile. Reviewed with `modifyAlert`.',
  fields: (t) => ({
    alertId: t.string({ description: "Algoreg's alert id.", resolve: (a) => a.alert.id }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the alert was raised.',
      resolve: (a) => toDateTime(a.alert.created_at),
    }),
    customerExternalId: t.string({
      nullable: true,
      description: 'External id of the customer the alert is about.',
      resolve: (a) => a.alert.customer_external_id ?? null,
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer the alert is about (loaded in one batch with the other alerts’ customers).',
      resolve: (a) => a.alert.customer_external_id || null,
    }),
    profileNumber: t.string({
      nullable: true,
      description: 'Id of the matched list profile.',
      resolve: (a) => a.alert.profile_number ?? null,
    }),
    assigneeId: t.int({
      nullable: true,
      description:
        'Back-office member the alert is assigned to (Algoreg `assigned_to_member_id`; assumed field).',
      resolve: (a) => a.alert.assigned_to_member_id ?? null,
    }),
    lastRevision: t.field({
      type: AlertRevision,
      nullable: true,
      description: 'The current revision: state, score, category and the last decision.',
      resolve: (a) => a.alert.last_revision ?? null,
    }),
    listName: t.string({
      nullable: true,
      description: 'The list the profile comes from (from Get alert detail).',
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.list_name ?? null,
    }),
    listProfile: t.field({
      type: ListProfile,
      nullable: true,
      description: 'The matched profile (from Get alert detail).',
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.list_profile ?? null,
    }),
    associates: t.field({
      type: [AlertAssociate],
      description: "The matched profile's associates (from Get alert detail).",
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.associates ?? [],
    }),
    categoryFlags: t.field({
      type: AlertCategoryFlags,
      nullable: true,
      description: 'Categories of the matched profile (from Get alert detail).',
      resolve: (a, _, ctx) => detailOf(a, ctx),
    }),
  }),
});

const AlertConnection = builder.connectionObject(
  { type: Alert, name: 'AlertConnection', description: 'A page of alerts.' },
  { name: 'AlertEdge', description: 'An alert in a page.' },
);

// ---- Filters -----------------------------------------------------------------------------------

const AlertFilter = builder.inputType('AlertFilter', {
  description: 'Narrows alerts (Search alerts). All given filters must match.',
  fields: (t) => ({
    alertId: t.string({ description: 'Only the alert with this Algoreg id.' }),
    customerExternalId: t.string({ description: 'Only alerts about this customer.' }),
    name: t.string({ description: "Customer's or matched profile's name contains this." }),
    states: t.field({
      type: [AlertState],
      description: "In any of these states (UNKNOWN selects Algoreg's code 1 only).",
    }),
    categories: t.field({ type: [AlertCategory], description: 'In any of these categories.' }),
    scoreFrom: t.int({ description: 'Score at least (0–100).' }),
    scoreTo: t.int({ description: 'Score at most (0–100).' }),
    createdFrom: t.field({ type: 'DateTime', description: 'Raised at or after.' }),
    createdTo: t.field({ type: 'DateTime', description: 'Raised at or before.' }),
    updatedFrom: t.field({ type: 'DateTime', description: 'Last revision at or after.' }),
    updatedTo: t.field({ type: 'DateTime', description: 'Last revision at or before.' }),
    reviewGroups: t.stringList({ description: 'Routed to any of these review groups.' }),
    onlyWithoutReviewGroups: t.boolean({ description: 'Only alerts routed to no review group.' }),
    assigneeId: t.int({ description: 'Only alerts assigned to this back-office member.' }),
    onlyUnassigned: t.boolean({ description: 'Only alerts assigned to nobody.' }),
    sanctionListId: t.int({ description: "Only matches from this list (Algoreg's list id)." }),
    sanctionList: t.string({ description: 'Only matches from lists whose name contains this.' }),
  }),
});

const AlertOrder = builder.inputType('AlertOrder', {
  description: 'How alerts are ordered. Default: newest first.',
  fields: (t) => ({
    field: t.field({
      type: AlertOrderField,
      required: true,
      defaultValue: 'created_at',
      description: 'What to order by.',
    }),
    direction: t.field({
      type: AlertOrderDirection,
      required: true,
      defaultValue: 'desc',
      description: 'Which way.',
    }),
  }),
});

type AlertFilterInput = typeof AlertFilter.$inferInput;
type AlertOrderInput = typeof AlertOrder.$inferInput;

/** Checks a filter (naming each bad field) and turns it into Search alerts' body. */
function searchBody(
  filter: AlertFilterInput | null | undefined,
  order: AlertOrderInput | null | undefined,
  path: string,
): Omit<SearchAlertsBody, 'limit' | 'offset'> {
  const f = filter ?? {};
  const issues = new Issues();
  const at = (field: string) => `${path}.${field}`;
  for (const key of ['scoreFrom', 'scoreTo'] as const) {
    const v = f[key];
    if (v != null && (v < 0 || v > 100)) issues.add(at(key), 'must be between 0 and 100');
  }
  if (f.scoreFrom != null && f.scoreTo != null && f.scoreFrom > f.scoreTo)
    issues.add(at('scoreTo'), 'must not be below scoreFrom');
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo)
    issues.add(at('createdTo'), 'must not be before createdFrom');
  if (f.updatedFrom && f.updatedTo && f.updatedFrom > f.updatedTo)
    issues.add(at('updatedTo'), 'must not be before updatedFrom');
  if (f.assigneeId != null && f.onlyUnassigned) issues.add(at('onlyUnassigned'), 'contradicts assigneeId');
  if (f.reviewGroups?.length && f.onlyWithoutReviewGroups)
    issues.add(at('onlyWithoutReviewGroups'), 'contradicts reviewGroups');
  if (f.assigneeId != null && f.assigneeId <= 0) issues.add(at('assigneeId'), 'must be a positive member id');
  if (f.sanctionListId != null && f.sanctionListId <= 0)
    issues.add(at('sanctionListId'), 'must be a positive list id');
  for (const key of ['alertId', 'customerExternalId', 'name', 'sanctionList'] as const) {
    const v = f[key];
    if (v != null && !v.trim()) issues.add(at(key), 'must not be empty');
    if (v != null && v.length > 200) issues.add(at(key), 'must be at most 200 characters');
  }
  issues.throwIfAny();
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : undefined);
  const body: Omit<SearchAlertsBody, 'limit' | 'offset'> = {
    id: text(f.alertId),
    external_id: text(f.customerExternalId),
    name: text(f.name),
    states: f.states?.length ? [...new Set(f.states.map(alertStateCode))] : undefined,
    categories: f.categories?.length ? [...new Set(f.categories)] : undefined,
    score_from: f.scoreFrom ?? undefined,
    score_to: f.scoreTo ?? undefined,
    creation_date_from: f.createdFrom?.toISOString(),
    creation_date_to: f.createdTo?.toISOString(),
    last_update_from: f.updatedFrom?.toISOString(),
    last_update_to: f.updatedTo?.toISOString(),
    review_groups: f.reviewGroups?.length ? f.reviewGroups : undefined,
    only_without_review_groups: f.onlyWithoutReviewGroups ?? undefined,
    assigned_to_member_id: f.assigneeId ?? undefined,
    only_without_assignment: f.onlyUnassigned ?? undefined,
    sanction_list_id: f.sanctionListId ?? undefined,
    sanction_list_str: text(f.sanctionList),
    order_by: order?.field,
    order_way: order?.direction,
  };
  return body;
}

const toRecords = (alerts: WireAlertSummary[]) => alerts.map((alert): AlertRecord => ({ alert }));

builder.queryFields((t) => ({
  alert: t.field({
    type: Alert,
    nullable: true,
    description:
      "An alert by Algoreg's id (or its global `id`), with its detail; null when Algoreg has none.",
    args: { id: t.arg.id({ required: true, description: "Algoreg's alert id, or the Alert's global id." }) },
    resolve: (_, { id }) => alertKey(String(id), 'id'),
  }),
  alerts: t.connection(
    {
      type: Alert,
      description: 'Alerts, filtered, ordered and paged (Search alerts). The analyst queue.',
      args: {
        filter: t.arg({ type: AlertFilter, description: 'Which alerts; all when omitted.' }),
        orderBy: t.arg({ type: AlertOrder, description: 'Order; newest first when omitted.' }),
      },
      resolve: async (_, args, ctx) => {
        const page = offsetPage(args);
        const body = searchBody(args.filter, args.orderBy, 'filter');
        const res = await ctx.algoreg.scan.search({ ...body, ...page });
        return offsetConnection(toRecords(res.data), page, res.total);
      },
    },
    AlertConnection,
  ),
}));

builder.objectField(Customer, 'alerts', (t) =>
  t.connection(
    {
      type: Alert,
      // Nullable: a failed alert search must not take the rest of the customer with it.
      nullable: true,
      description:
        "The customer's screening alerts, newest first (Get customer alerts; with a filter, Search alerts on this customer).",
      args: {
        filter: t.arg({
          type: AlertFilter,
          description: "Which of the customer's alerts (`customerExternalId` is implied); all when omitted.",
        }),
      },
      resolve: (c, args, ctx) => customerAlerts(c.customer.external_id, args, ctx),
    },
    AlertConnection,
  ),
);

/** Starts together with the customer's detail call when the query selects it (prefetch.ts). */
const customerAlerts = keyedField(
  'Customer',
  'alerts',
  async (externalId, args: ConnectionArgs & { filter?: typeof AlertFilter.$inferInput | null }, ctx) => {
    const page = offsetPage(args);
    if (!args.filter) {
      const res = await ctx.algoreg.scan.customerAlerts(externalId, page);
      return offsetConnection(toRecords(res.data), page, res.total);
    }
    if (args.filter.customerExternalId != null)
      badInput('filter.customerExternalId', 'is given by the customer here');
    const body = searchBody(args.filter, null, 'filter');
    const res = await ctx.algoreg.scan.search({ ...body, external_id: externalId, ...page });
    return offsetConnection(toRecords(res.data), page, res.total);
  },
);

// ---- modifyAlert -------------------------------------------------------------------------------

const ModifyAlertInput = builder.inputType('ModifyAlertInput', {
  description: 'A review decision on an alert: a new state, a comment, an assignee (at least one).',
  fields: (t) => ({
    alertId: t.string({ required: true, description: "Algoreg's alert id (or the Alert's global `id`)." }),
    state: t.field({ type: AlertState, description: 'The new state (not UNKNOWN).' }),
    comment: t.string({ description: 'Why (at most 4,000 characters).' }),
    assigneeId: t.int({ description: 'Back-office member to assign the alert to.' }),
  }),
});

interface ModifyAlertResult {
  alertId: string | null;
  errors: DomainError[];
}

const ModifyAlertPayload = builder.objectRef<ModifyAlertResult>('ModifyAlertPayload').implement({
  description: 'The outcome of `modifyAlert`: the alert as Algoreg holds it now, or why not.',
  fields: (t) => ({
    alert: t.field({
      type: Alert,
      nullable: true,
      description:
        'The alert with its new revision, read fresh from Algoreg; null when `errors` is not empty.',
      resolve: (p) => p.alertId,
    }),
    errors: t.field({
      type: [ErrorInterface],
      description: 'NotFoundError when Algoreg has no such alert; RejectedError when it refused the change.',
      resolve: (p) => p.errors,
    }),
  }),
});

builder.mutationField('modifyAlert', (t) =>
  t.field({
    type: ModifyAlertPayload,
    description:
      'Review an alert (Modify alert): writes a new revision with the state, comment and agent. A write: never retried.',
    args: {
      input: t.arg({ type: ModifyAlertInput, required: true, description: 'The alert and the decision.' }),
    },
    resolve: async (_, { input }, ctx) => {
      const issues = new Issues();
      if (!input.alertId.trim()) issues.add('input.alertId', 'must not be empty');
      if (input.state === 'UNKNOWN')
        issues.add('input.state', 'UNKNOWN is not a state an alert can be set to');
      if (input.comment != null && input.comment.length > 4000)
        issues.add('input.comment', 'must be at most 4000 characters');
      if (input.assigneeId != null && input.assigneeId <= 0)
        issues.add('input.assigneeId', 'must be a positive member id');
      if (input.state == null && input.comment == null && input.assigneeId == null)
        issues.add('input', 'give at least one of state, comment or assigneeId');
      issues.throwIfAny();
      const alertId = alertKey(input.alertId, 'input.alertId');
      const body: ModifyAlertBody = {
        ...(input.state != null ? { state: alertStateCode(input.state) } : {}),
        ...(input.comment != null ? { comment: input.comment } : {}),
        ...(input.assigneeId != null ? { assigned_to_member_id: input.assigneeId } : {}),
      };
      let customerId: string | null | undefined;
      try {
        const res = await ctx.algoreg.scan.modify(alertId, body);
        customerId = res.customer_external_id;
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () => new NotFoundError('Algoreg has no such alert.', 'input.alertId'),
          refused: 'Algoreg refused the change.',
        });
        return { alertId: null, errors: [outcome] };
      }
      // Later reads in this request must see the new revision, not what was loaded before.
      Alert.getDataloader(ctx).clear(alertId);
      if (customerId) forgetCustomers(ctx, [customerId]);
      return { alertId, errors: [] };
    },
  }),
);

// ---- nameSearch --------------------------------------------------------------------------------

const NameSearchPersonInput = builder.inputType('NameSearchPersonInput', {
  description: 'The person to screen (Name search `person_input_data`).',
  fields: (t) => ({
    firstName: t.string({ description: 'First name(s).' }),
    lastName: t.string({ description: 'Last name.' }),
    dateOfBirth: t.string({
      description: 'Birth date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
    }),
    exactDateOfBirth: t.boolean({ description: 'Only profiles born on that date (at its precision).' }),
    countries: t.stringList({ description: 'ISO 3166 country codes (alpha-2 or alpha-3); sent as alpha-3.' }),
    nationalityCode: t.string({
      description: 'Nationality for post-filtering (needs `postFilteringAlias`).',
    }),
    domicileCode: t.string({ description: 'Domicile for post-filtering (needs `postFilteringAlias`).' }),
    allowNamesInversion: t.boolean({ description: 'Also match with first and last names swapped.' }),
  }),
});

const NameSearchCompanyInput = builder.inputType('NameSearchCompanyInput', {
  description: 'The company to screen (Name search `company_input_data`).',
  fields: (t) => ({
    companyName: t.string({ description: 'Company or trading name.' }),
    countries: t.stringList({ description: 'ISO 3166 country codes (alpha-2 or alpha-3); sent as alpha-3.' }),
  }),
});

const NameSearchInput = builder.inputType('NameSearchInput', {
  description:
    'A name to screen against the watchlist, state-owned and adverse-media datasets, customer or not. Give `person` for INDIVIDUAL, `company` for FIRM, or a free-text `query`.',
  fields: (t) => ({
    entityType: t.field({ type: NameSearchEntityType, required: true, description: 'Person or company.' }),
    query: t.string({ description: 'Free text instead of (or with) the structured input.' }),
    exactMatch: t.boolean({ description: 'Only exact name matches.' }),
    person: t.field({ type: NameSearchPersonInput, description: 'For INDIVIDUAL.' }),
    company: t.field({ type: NameSearchCompanyInput, description: 'For FIRM.' }),
    postFilteringAlias: t.string({
      description:
        'Post-filtering settings: omitted or null for none, "" for the default settings, or the name of an alias set up with Algoreg.',
    }),
    keepResultsUnderThreshold: t.boolean({
      description: 'Also return results under the alias threshold (50% by default).',
    }),
  }),
});

const NameSearchHit = builder.objectRef<WireNameSearchHit>('NameSearchHit').implement({
  description: 'A list profile that matches the screened name (the response shape is assumed).',
  fields: (t) => ({
    profileId: t.string({ description: 'Id of the profile in its list.', resolve: (h) => h.id }),
    entityType: t.field({
      type: NameSearchEntityType,
      nullable: true,
      description: 'Person or company.',
      resolve: (h) => (h.entity_type === 1 || h.entity_type === 2 ? h.entity_type : null),
    }),
    name: t.string({
      nullable: true,
      description: 'Full name as the list holds it.',
      resolve: (h) =>
        h.name || [h.first_name, h.last_name].filter(Boolean).join(' ') || h.company_name || null,
    }),
    firstName: t.string({ nullable: true, resolve: (h) => h.first_name || null, description: 'First name.' }),
    lastName: t.string({ nullable: true, resolve: (h) => h.last_name || null, description: 'Last name.' }),
    companyName: t.string({
      nullable: true,
      resolve: (h) => h.company_name || null,
      description: 'Company name.',
    }),
    score: t.int({ nullable: true, description: 'Match score, 0–100.', resolve: (h) => h.score ?? null }),
    categories: t.stringList({
      description: 'Categories, as Algoreg labels them (`PEP`, `SAN`, …).',
      resolve: (h) => h.categories ?? [],
    }),
    countries: t.stringList({
      description: 'Countries tied to the profile (ISO 3166 alpha-3).',
      resolve: (h) => h.countries ?? [],
    }),
    listName: t.string({ nullable: true, description: 'The list.', resolve: (h) => h.list_name ?? null }),
    dataset: t.string({
      nullable: true,
      description: 'Dataset: watchlist, adverse media or state-owned.',
      resolve: (h) => h.dataset ?? null,
    }),
    dateOfBirth: t.string({
      nullable: true,
      description: 'Birth date as the list holds it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
      resolve: (h) => h.date_of_birth || null,
    }),
  }),
});

type NameSearchInputShape = typeof NameSearchInput.$inferInput;

/** ISO 3166 alpha-3, upper-case, or undefined when not a country code. */
function alpha3(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(c) || !countries.isValid(c)) return undefined;
  return c.length === 3 ? c : countries.alpha2ToAlpha3(c);
}

/** Checks the input (naming each bad field) and turns it into Name search's body, without paging. */
function nameSearchBody(input: NameSearchInputShape): Omit<NameSearchBody, 'page_size' | 'page_token'> {
  const issues = new Issues();
  const individual = input.entityType === 1;
  const query = input.query?.trim() || undefined;
  const p = input.person;
  const c = input.company;
  if (individual && c) issues.add('input.company', 'only applies to entityType FIRM');
  if (!individual && p) issues.add('input.person', 'only applies to entityType INDIVIDUAL');
  if (individual && !query && !p?.firstName?.trim() && !p?.lastName?.trim())
    issues.add('input.person', 'give firstName or lastName, or a query');
  if (!individual && !query && !c?.companyName?.trim())
    issues.add('input.company.companyName', 'give a company name, or a query');
  const long = (field: string, v: string | null | undefined) => {
    if (v && v.length > 200) issues.add(field, 'must be at most 200 characters');
  };
  long('input.query', input.query);
  long('input.person.firstName', p?.firstName);
  long('input.person.lastName', p?.lastName);
  long('input.company.companyName', c?.companyName);
  const countryList = (field: string, list: readonly string[] | null | undefined) =>
    list?.map((code, i) => {
      const v = alpha3(code);
      if (!v) issues.add(`${field}[${i}]`, `${JSON.stringify(code)} is not an ISO 3166 country code`);
      return v ?? code;
    });
  const dob = p?.dateOfBirth?.trim();
  if (dob && !isPartialDate(dob))
    issues.add('input.person.dateOfBirth', 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
  if (p?.exactDateOfBirth && !dob) issues.add('input.person.exactDateOfBirth', 'needs dateOfBirth');
  const postFiltering = input.postFilteringAlias != null;
  const single = (field: 'nationalityCode' | 'domicileCode') => {
    const v = p?.[field];
    if (v == null) return undefined;
    if (!postFiltering) issues.add(`input.person.${field}`, 'only applies with postFilteringAlias');
    const code = alpha3(v);
    if (!code) issues.add(`input.person.${field}`, `${JSON.stringify(v)} is not an ISO 3166 country code`);
    return code;
  };
  const personCountries = countryList('input.person.countries', p?.countries);
  const companyCountries = countryList('input.company.countries', c?.countries);
  const nationality = single('nationalityCode');
  const domicile = single('domicileCode');
  issues.throwIfAny();
  return {
    entity_type: individual ? 1 : 2,
    ...(input.exactMatch != null ? { exact_match: input.exactMatch } : {}),
    ...(query ? { query } : {}),
    ...(individual && p
      ? {
          person_input_data: {
            first_name: p.firstName?.trim() || undefined,
            last_name: p.lastName?.trim() || undefined,
            date_of_birth: dob || undefined,
            exact_date_of_birth: p.exactDateOfBirth ?? undefined,
            countries: personCountries,
            nationality_code: nationality,
            domicile_code: domicile,
            AllowNamesInversion: p.allowNamesInversion ?? undefined,
          },
        }
      : {}),
    ...(!individual && c
      ? {
          company_input_data: {
            company_name: c.companyName?.trim() || undefined,
            countries: companyCountries,
          },
        }
      : {}),
    ...(postFiltering ? { post_filtering_alias: input.postFilteringAlias } : {}),
    ...(input.keepResultsUnderThreshold != null
      ? { keep_results_under_threshold: input.keepResultsUnderThreshold }
      : {}),
  };
}

/**
 * A name-search cursor: Algoreg's page token, how many results of that page come before the next
 * edge, and the page size the token was used with.
 */
interface NameCursor {
  t: string;
  k: number;
  n: number;
}

const CURSOR_PREFIX = 'ns1:';
const encodeCursor = (c: NameCursor) => Buffer.from(CURSOR_PREFIX + JSON.stringify(c)).toString('base64url');

function decodeCursor(cursor: string): NameCursor {
  try {
    const text = Buffer.from(cursor, 'base64url').toString();
    if (text.startsWith(CURSOR_PREFIX)) {
      const c = JSON.parse(text.slice(CURSOR_PREFIX.length)) as NameCursor;
      if (
        typeof c.t === 'string' &&
        Number.isInteger(c.k) &&
        c.k >= 0 &&
        Number.isInteger(c.n) &&
        c.n >= 1 &&
        c.n <= MAX_PAGE
      )
        return c;
    }
  } catch {
    // falls through
  }
  return badInput('after', 'is not a cursor this connection issued');
}

builder.queryField('nameSearch', (t) =>
  t.connection(
    {
      type: NameSearchHit,
      description:
        "Screen a person or a company that need not be a customer (Go!Scan Name search), best matches first. Pages forward with `first`/`after` over Algoreg's page tokens; no total.",
      args: { input: t.arg({ type: NameSearchInput, required: true, description: 'The name to screen.' }) },
      resolve: async (_, args, ctx) => {
        if (args.last != null || args.before != null) badInput('last', 'name search pages forward only');
        const size = args.first ?? DEFAULT_PAGE;
        if (size < 1 || size > MAX_PAGE) badInput('first', `must be between 1 and ${MAX_PAGE}`);
        const body = nameSearchBody(args.input);
        const from = args.after ? decodeCursor(args.after) : { t: '', k: 0, n: size };
        // Resuming inside a page re-reads that page at the size its token was used with.
        const pageSize = from.k > 0 ? from.n : size;
        const res = await ctx.algoreg.scan.nameSearch({
          ...body,
          page_size: pageSize,
          ...(from.t ? { page_token: from.t } : {}),
        });
        const next = res.next_page_token || '';
        const shown = res.data.slice(from.k, from.k + size);
        const edges = shown.map((node, i) => {
          const consumed = from.k + i + 1;
          const cursor =
            consumed >= res.data.length && next
              ? encodeCursor({ t: next, k: 0, n: pageSize })
              : encodeCursor({ t: from.t, k: consumed, n: pageSize });
          return { node, cursor };
        });
        return {
          edges,
          pageInfo: {
            hasNextPage: from.k + shown.length < res.data.length || next !== '',
            hasPreviousPage: !!args.after,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
          },
        };
      },
    },
    { name: 'NameSearchConnection', description: 'A page of name-search results.' },
    { name: 'NameSearchEdge', description: 'A name-search result in a page.' },
  ),
);
