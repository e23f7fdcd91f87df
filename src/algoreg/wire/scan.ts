import { z } from 'zod';
import { anyJson, idLike, optBool, optIdLike, optInt, optString, stringList } from './common.ts';

/** Go!Scan JSON as Algoreg sends it (API.md §5.5). */

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

/** Search alerts `categories` filter values (API.md §5.5, documented). */
export const ALERT_CATEGORIES = ['pep', 'rca', 'sip', 'sie', 'rca_pep', 'rca_sip', 'rca_sie'] as const;
export type AlertCategory = (typeof ALERT_CATEGORIES)[number];

/** `is_*` category flags of the alert detail. */
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
export type AlertFlag = (typeof ALERT_FLAGS)[number];

/** Search alerts `order_by` / `order_way`: the values are not published; these are ASSUMED. */
export const ALERT_ORDER_BY = ['created_at', 'score', 'last_update'] as const;
export const ALERT_ORDER_WAY = ['asc', 'desc'] as const;

/** A whole number Algoreg may render as a string (`"12"`); anything else reads as null. */
const looseInt = z.unknown().transform((v): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return null;
});

/** A string field Algoreg may render as a number. */
const looseString = z.unknown().transform((v): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
});

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => (v ?? []) as z.output<T>[]);

export const alertRevision = z.object({
  id: optIdLike,
  agent_id: optIdLike,
  comment: optString,
  created_at: optString,
  customer_revision_id: optIdLike,
  profile_date: z.union([z.number(), z.string()]).nullish(),
  revision_number: looseInt.optional(),
  score: looseInt.optional(),
  state: looseInt.optional(),
  top_category: optString,
});

/**
 * AlertWithLastRevision (Search alerts, Get alerts, Get customer alerts). `assigned_to_member_id`
 * is ASSUMED: Modify alert takes it, so the alert is taken to report it back.
 */
export const alertSummary = z.object({
  id: idLike,
  created_at: optString,
  customer_external_id: optString,
  profile_number: optIdLike,
  assigned_to_member_id: optInt,
  last_revision: alertRevision.nullish(),
});

const address = z.object({
  address_city: optString,
  address_country: optString,
  address_line: optString,
  url: optString,
});

const country = z.object({
  codes: stringList,
  country_type: optString,
  country_type_code: optInt,
  iso3_codes: stringList,
  names: stringList,
});

const dateValue = z.object({
  day: looseInt.optional(),
  dnote: optString,
  formated: optString,
  month: looseInt.optional(),
  year: looseInt.optional(),
});

const description = z.object({ id: looseString.optional(), text: optString });

const idNumber = z.object({
  id_type: optString,
  id_values: list(z.object({ id_notes: optString, value: optString })),
});

/** `list_profile`: the stored page is truncated, so fields not listed here are kept as they come. */
export const listProfile = z.looseObject({
  addresses: list(address),
  birth_place: stringList,
  company_details: list(address),
  countries: list(country),
  date: optString,
  date_formated: optString,
  dates: list(
    z.object({
      date_type: optString,
      date_type_code: optInt,
      date_values: list(dateValue),
    }),
  ),
  deceased: optBool,
  descriptions: z
    .object({
      descriptions1: list(description),
      descriptions2: list(description),
      descriptions3: list(description),
    })
    .nullish(),
  gender: optString,
  id_number_type: list(idNumber),
});

export const associate = z.object({
  association_type_code: optInt,
  association_type_label: optString,
  list_id: optIdLike,
});

/** FullAlertLastRevision: the revision plus what the alert matched. */
export const fullAlertRevision = alertRevision.extend({
  associates: list(associate),
  list_name: optString,
  list_profile: listProfile.nullish(),
  ...(Object.fromEntries(ALERT_FLAGS.map((f) => [f, optBool])) as Record<AlertFlag, typeof optBool>),
});

/** Get alert detail. */
export const alertDetail = alertSummary.extend({ last_revision: fullAlertRevision.nullish() });

/** Search alerts: `{data, total}` (documented). */
export const alertSearch = z.object({ data: list(alertSummary), total: optInt });

/** Get alerts: `{items, type}` documented; `total` assumed. */
export const alertList = z.object({ items: list(alertSummary), total: optInt, type: anyJson });

/** Get customer alerts: assumed `{data, total}` like Search alerts. */
export const customerAlerts = alertSearch;

/** Modify alert: assumed to answer the alert; only its id, customer and revision are read. */
export const modifiedAlert = z.object({
  id: optIdLike,
  customer_external_id: optString,
  last_revision: alertRevision.nullish(),
});

/**
 * One Name search result. The response is not documented: ASSUMED `{data: hits, next_page_token}`
 * with a hit carrying the matched profile's name(s), score, categories, countries, list and birth date.
 */
export const nameSearchHit = z.object({
  id: idLike,
  entity_type: optInt,
  name: optString,
  first_name: optString,
  last_name: optString,
  company_name: optString,
  score: looseInt.optional(),
  categories: stringList,
  countries: stringList,
  list_name: optString,
  dataset: optString,
  date_of_birth: optString,
});

export const nameSearchResponse = z.object({
  data: list(nameSearchHit),
  next_page_token: optString,
});

export type WireAlertRevision = z.output<typeof alertRevision>;
export type WireAlertSummary = z.output<typeof alertSummary>;
export type WireAlertDetail = z.output<typeof alertDetail>;
export type WireFullAlertRevision = z.output<typeof fullAlertRevision>;
export type WireListProfile = z.output<typeof listProfile>;
export type WireAssociate = z.output<typeof associate>;
export type WireNameSearchHit = z.output<typeof nameSearchHit>;

/** Body of Search alerts (API.md §5.5). */
export interface SearchAlertsBody {
  id?: string;
  external_id?: string;
  name?: string;
  states?: number[];
  categories?: AlertCategory[];
  score_from?: number;
  score_to?: number;
  creation_date_from?: string;
  creation_date_to?: string;
  last_update_from?: string;
  last_update_to?: string;
  review_groups?: string[];
  only_without_review_groups?: boolean;
  assigned_to_member_id?: number;
  only_without_assignment?: boolean;
  sanction_list_id?: number;
  sanction_list_str?: string;
  order_by?: (typeof ALERT_ORDER_BY)[number];
  order_way?: (typeof ALERT_ORDER_WAY)[number];
  limit: number;
  offset: number;
}

/** Body of Modify alert (assumed, API.md §10). */
export interface ModifyAlertBody {
  state?: number;
  comment?: string;
  assigned_to_member_id?: number;
}

/** Body of Name search (API.md §5.5). */
export interface NameSearchBody {
  entity_type: 1 | 2;
  exact_match?: boolean;
  query?: string;
  person_input_data?: {
    first_name?: string;
    last_name?: string;
    date_of_birth?: string;
    exact_date_of_birth?: boolean;
    countries?: string[];
    domicile_code?: string;
    nationality_code?: string;
    AllowNamesInversion?: boolean;
  };
  company_input_data?: { company_name?: string; countries?: string[] };
  post_filtering_alias?: string | null;
  keep_results_under_threshold?: boolean;
  page_size: number;
  page_token?: string;
}
