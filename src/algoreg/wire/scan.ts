import { z } from 'zod';
import { flag, idLike, int, list, optId, strings, text } from './common.ts';

/**
 * Go!Scan JSON as Algoreg sends it (API.md §5.5), each shape mapped once to a camelCase DTO, and
 * the tables of Algoreg's codes. The calls' camelCase inputs sit in `../scan.ts`, beside the
 * request bodies they are written into.
 */

/**
 * Alert states: the ONE table of `state` codes. Algoreg documents 1–3 (the rest of its table is
 * truncated, API.md §8); the product's other statuses (Go!Scan guide) are mapped to ASSUMED codes
 * 4–7. A code not listed here reads as UNKNOWN, with the raw code kept.
 */
export const ALERT_STATES = [
  { name: 'UNKNOWN', code: 1, documented: true, label: 'Unknown' },
  { name: 'NEW', code: 2, documented: true, label: 'New' },
  { name: 'PENDING_INFORMATION', code: 3, documented: true, label: 'Pending information' },
  { name: 'FALSE_POSITIVE', code: 4, documented: false, label: 'False positive' },
  { name: 'TRUE_HIT', code: 5, documented: false, label: 'True hit' },
  { name: 'TRUE_HIT_ACCEPTED', code: 6, documented: false, label: 'True hit accepted' },
  { name: 'TRUE_HIT_REFUSED', code: 7, documented: false, label: 'True hit refused' },
] as const;

export type AlertStateName = (typeof ALERT_STATES)[number]['name'];

const STATE_BY_CODE = new Map<number, AlertStateName>(ALERT_STATES.map((s) => [s.code, s.name]));
const CODE_BY_STATE = new Map<AlertStateName, number>(ALERT_STATES.map((s) => [s.name, s.code]));

/** Reads a `state` code: the known state, or UNKNOWN for a code this gateway does not know. */
export function readAlertState(code: number | null | undefined): AlertStateName {
  return (code != null && STATE_BY_CODE.get(code)) || 'UNKNOWN';
}

/** The code Algoreg expects for a state. */
export function alertStateCode(state: AlertStateName): number {
  return CODE_BY_STATE.get(state) ?? 1;
}

/** Search alerts `categories` filter values (API.md §5.5, documented), by the name the gateway uses. */
export const ALERT_CATEGORY_CODES = {
  PEP: 'pep',
  RCA: 'rca',
  SIP: 'sip',
  SIE: 'sie',
  RCA_PEP: 'rca_pep',
  RCA_SIP: 'rca_sip',
  RCA_SIE: 'rca_sie',
} as const;
export type AlertCategoryName = keyof typeof ALERT_CATEGORY_CODES;

/** Search alerts `order_by` / `order_way`: the values are not published; these are ASSUMED. */
export const ALERT_ORDER_FIELDS = {
  CREATED_AT: 'created_at',
  SCORE: 'score',
  LAST_UPDATE: 'last_update',
} as const;
export const ALERT_ORDER_DIRECTIONS = { ASC: 'asc', DESC: 'desc' } as const;
export type AlertOrderFieldName = keyof typeof ALERT_ORDER_FIELDS;
export type AlertOrderDirectionName = keyof typeof ALERT_ORDER_DIRECTIONS;

/** Name search `entity_type` codes. */
export const NAME_SEARCH_ENTITY_TYPES = { INDIVIDUAL: 1, FIRM: 2 } as const;
type NameSearchEntityTypeName = keyof typeof NAME_SEARCH_ENTITY_TYPES;

const entityTypeName = (code: number | null): NameSearchEntityTypeName | null =>
  code === 1 ? 'INDIVIDUAL' : code === 2 ? 'FIRM' : null;

/** `is_*` category flags of the alert detail, as Algoreg names them (the sandbox's seed writes them). */
export const ALERT_FLAGS = [
  'is_pep',
  'is_rca',
  'is_rca_pep',
  'is_rca_san',
  'is_rca_sie',
  'is_rca_sip',
  'is_rca_soe',
  'is_rca_sop',
  'is_san',
  'is_sie',
  'is_sip',
  'is_soe',
  'is_sop',
] as const;
type AlertFlag = (typeof ALERT_FLAGS)[number];
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type AlertFlagField = Camel<AlertFlag>;

/** Each flag with its DTO field (`is_rca_pep` → `isRcaPep`). */
export const ALERT_FLAG_FIELDS = ALERT_FLAGS.map((key) => ({
  key,
  field: key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as AlertFlagField,
}));

/** A whole number Algoreg may render as a string (`"12"`); anything else reads as null. */
export function readLooseInt(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return null;
}
const looseInt = z.unknown().optional().transform(readLooseInt);

/** A string field Algoreg may render as a number; `""` and anything else read as null. */
const looseText = z
  .unknown()
  .optional()
  .transform((v): string | null => {
    if (typeof v === 'string') return v || null;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return null;
  });

// ---- Alert revision ----------------------------------------------------------------------------

const revisionFields = {
  id: optId,
  agent_id: optId,
  comment: text,
  created_at: text,
  customer_revision_id: optId,
  /** A Unix time or a date string; `""` reads as none where it becomes a DateTime. */
  profile_date: z.union([z.number(), z.string()]).nullish(),
  revision_number: looseInt,
  score: looseInt,
  state: looseInt,
  top_category: text,
};

function toRevision(r: z.output<z.ZodObject<typeof revisionFields>>) {
  return {
    id: r.id,
    /** Back-office member who wrote it (`"0"`: the screening engine). */
    agentId: r.agent_id,
    comment: r.comment,
    /** ISO date-time as Algoreg sent it. */
    createdAt: r.created_at,
    customerRevisionId: r.customer_revision_id,
    /** Date of the matched list profile: a Unix time, or a string, as Algoreg sent it. */
    profileDate: r.profile_date,
    revisionNumber: r.revision_number,
    score: r.score,
    /** The state code read through ALERT_STATES: UNKNOWN also for a code not in the table. */
    state: readAlertState(r.state),
    /** The state code exactly as sent. */
    rawState: r.state,
    topCategory: r.top_category,
  };
}

const alertRevision = z.object(revisionFields).transform(toRevision);

// ---- List profile (the matched watchlist profile) ----------------------------------------------

const address = z
  .object({ address_city: text, address_country: text, address_line: text, url: text })
  .transform((a) => ({ line: a.address_line, city: a.address_city, country: a.address_country, url: a.url }));

const country = z
  .object({
    codes: strings,
    country_type: text,
    country_type_code: int,
    iso3_codes: strings,
    names: strings,
  })
  .transform((c) => ({
    type: c.country_type,
    typeCode: c.country_type_code,
    codes: c.codes,
    iso3Codes: c.iso3_codes,
    names: c.names,
  }));

const dateValue = z
  .object({ day: looseInt, dnote: text, formated: text, month: looseInt, year: looseInt })
  .transform((v) => ({ year: v.year, month: v.month, day: v.day, formatted: v.formated, note: v.dnote }));

const datesOfOneKind = z
  .object({ date_type: text, date_type_code: int, date_values: list(dateValue) })
  .transform((d) => ({ type: d.date_type, typeCode: d.date_type_code, values: d.date_values }));

const description = z.object({ id: looseText, text });

const idNumber = z
  .object({
    id_type: text,
    id_values: list(z.object({ id_notes: text, value: text })),
  })
  .transform((n) => ({
    type: n.id_type,
    values: n.id_values.map((v) => ({ value: v.value, notes: v.id_notes })),
  }));

const listProfileFields = z
  .object({
    /** Not documented: read when Algoreg sends it. */
    name: looseText,
    addresses: list(address),
    birth_place: strings,
    company_details: list(address),
    countries: list(country),
    date: text,
    date_formated: text,
    dates: list(datesOfOneKind),
    deceased: flag,
    descriptions: z
      .object({
        descriptions1: list(description),
        descriptions2: list(description),
        descriptions3: list(description),
      })
      .nullish(),
    gender: text,
    id_number_type: list(idNumber),
  })
  .transform((p) => ({
    name: p.name,
    gender: p.gender,
    deceased: p.deceased,
    /** Main date (usually of birth) as the list writes it: possibly a year only. */
    date: p.date,
    dateFormatted: p.date_formated,
    birthPlaces: p.birth_place,
    addresses: p.addresses,
    companyDetails: p.company_details,
    countries: p.countries,
    dates: p.dates,
    /** Classifications of levels 1 (broadest) to 3, in that order. */
    descriptions: ([1, 2, 3] as const).flatMap((level) =>
      (p.descriptions?.[`descriptions${level}`] ?? []).map((d) => ({ level, id: d.id, text: d.text })),
    ),
    idNumbers: p.id_number_type,
  }));

/**
 * `list_profile`: the stored page of the documentation is truncated, so besides the modelled
 * fields the DTO keeps the profile exactly as sent in `raw`.
 */
const listProfile = z.looseObject({}).transform((raw, ctx) => {
  const parsed = listProfileFields.safeParse(raw);
  if (parsed.success) return { ...parsed.data, raw: raw as Record<string, unknown> };
  // Issues keep their paths (below `list_profile`): the log names where the shape differs.
  for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: raw } as never);
  return z.NEVER;
});

const associate = z
  .object({ association_type_code: int, association_type_label: text, list_id: optId })
  .transform((a) => ({
    associationType: a.association_type_label,
    associationTypeCode: a.association_type_code,
    listId: a.list_id,
  }));

/** FullAlertLastRevision: the revision plus what the alert matched. */
const fullAlertRevision = z
  .object({
    ...revisionFields,
    associates: list(associate),
    list_name: text,
    list_profile: listProfile.nullish(),
    ...(Object.fromEntries(ALERT_FLAGS.map((f) => [f, flag])) as Record<AlertFlag, typeof flag>),
  })
  .transform((r) => ({
    ...toRevision(r),
    associates: r.associates,
    listName: r.list_name,
    listProfile: r.list_profile ?? null,
    /** Algoreg's `is_*` flags; null where it sent none. */
    categoryFlags: Object.fromEntries(ALERT_FLAG_FIELDS.map((f) => [f.field, r[f.key]])) as Record<
      AlertFlagField,
      boolean | null
    >,
  }));

// ---- Alerts ------------------------------------------------------------------------------------

/**
 * AlertWithLastRevision (Search alerts, Get alerts, Get customer alerts). `assigned_to_member_id`
 * is ASSUMED: Modify alert takes it, so the alert is taken to report it back.
 */
const alertFields = {
  id: idLike,
  created_at: text,
  customer_external_id: text,
  profile_number: optId,
  assigned_to_member_id: int,
};

const alertHead = (a: z.output<z.ZodObject<typeof alertFields>>) => ({
  id: a.id,
  createdAt: a.created_at,
  customerExternalId: a.customer_external_id,
  profileNumber: a.profile_number,
  assigneeId: a.assigned_to_member_id,
});

const alertSummary = z
  .object({ ...alertFields, last_revision: alertRevision.nullish() })
  .transform((a) => ({ ...alertHead(a), lastRevision: a.last_revision ?? null }));

/** Get alert detail: the alert with its full last revision. */
export const alertDetail = z
  .object({ ...alertFields, last_revision: fullAlertRevision.nullish() })
  .transform((a) => ({ ...alertHead(a), lastRevision: a.last_revision ?? null }));

/** Search alerts: `{data, total}` (documented). Get customer alerts: assumed the same. */
export const alertSearch = z
  .object({ data: list(alertSummary), total: int })
  .transform((p) => ({ alerts: p.data, total: p.total }));

/**
 * Modify alert: assumed to answer the alert. Only its customer is read (whose detail the request
 * then reads afresh: a decision may move its screening flags); the alert itself is read fresh
 * with Get alert detail.
 */
export const modifiedAlert = z
  .object({ customer_external_id: text })
  .transform((a) => ({ customerExternalId: a.customer_external_id }));

// ---- Name search -------------------------------------------------------------------------------

/**
 * One Name search result. The response is not documented: ASSUMED `{data: hits, next_page_token}`
 * with a hit carrying the matched profile's name(s), score, categories, countries, list and birth date.
 */
const nameSearchHit = z
  .object({
    id: idLike,
    entity_type: int,
    name: text,
    first_name: text,
    last_name: text,
    company_name: text,
    score: looseInt,
    categories: strings,
    countries: strings,
    list_name: text,
    dataset: text,
    date_of_birth: text,
  })
  .transform((h) => ({
    profileId: h.id,
    entityType: entityTypeName(h.entity_type),
    /** The full name as sent, else built from the parts. */
    name: h.name || [h.first_name, h.last_name].filter(Boolean).join(' ') || h.company_name || null,
    firstName: h.first_name,
    lastName: h.last_name,
    companyName: h.company_name,
    score: h.score,
    categories: h.categories,
    /** ISO 3166 alpha-3. */
    countries: h.countries,
    listName: h.list_name,
    dataset: h.dataset,
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    dateOfBirth: h.date_of_birth,
  }));

/** A page of hits; `nextPageToken` null on the last page (Algoreg sends `""`). */
export const nameSearchPage = z
  .object({ data: list(nameSearchHit), next_page_token: text })
  .transform((p) => ({ hits: p.data, nextPageToken: p.next_page_token }));

// ---- DTOs --------------------------------------------------------------------------------------

export type AlertRevision = z.output<typeof alertRevision>;
export type AlertSummary = z.output<typeof alertSummary>;
export type AlertDetail = z.output<typeof alertDetail>;
export type ListProfile = z.output<typeof listProfile>;
export type AlertAssociate = z.output<typeof associate>;
export type AlertCategoryFlags = AlertDetailRevision['categoryFlags'];
export type NameSearchHit = z.output<typeof nameSearchHit>;
type AlertDetailRevision = z.output<typeof fullAlertRevision>;
