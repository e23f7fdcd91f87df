import { z } from 'zod';
import { anyJson, idLike, optBool, optIdLike, optInt, optString, stringList } from './common.ts';

/** Customer JSON as Algoreg sends it (API.md §3, §7.1). */

/**
 * `account_type` is documented as `CustomerAccountType`, rendered `{}`; input uses `F`/`N`.
 * Assumed: the same letters come back, possibly wrapped in an object. Anything else reads as null.
 */
export const accountType = z.unknown().transform((v): 'F' | 'N' | null => {
  const raw =
    typeof v === 'string'
      ? v
      : v && typeof v === 'object'
        ? ((v as Record<string, unknown>).code ?? (v as Record<string, unknown>).value)
        : undefined;
  if (typeof raw !== 'string') return null;
  const letter = raw.trim().toUpperCase();
  if (letter === 'F' || letter === 'FIRM') return 'F';
  if (letter === 'N' || letter === 'INDIVIDUAL') return 'N';
  return null;
});

export const nameVariation = z.object({
  company_name: optString,
  first_name: optString,
  last_name: optString,
  middle_name: optString,
  trading_name: optString,
});

export const customer = z.object({
  id: optIdLike,
  external_id: idLike,
  client_id: optIdLike,
  account_number: optString,
  account_type: accountType.optional(),
  customer_type: optString,
  first_name: optString,
  middle_name: optString,
  last_name: optString,
  company_name: optString,
  trading_name: optString,
  name_variations: z.array(nameVariation).nullish(),
  date_of_birth: optString,
  nationality_code: optString,
  nationality_codes: stringList,
  domicile_code: optString,
  domicile_codes: stringList,
  registration_number: optString,
  phone: optString,
  alias_ids: stringList,
  contacts: anyJson,
  comment: optString,
  custom_fields: z.record(z.string(), z.unknown()).nullish(),
  review_groups: stringList,
  kyc_level: optInt,
  disabled: optBool,
  created_at: optString,
  created_by: optInt,
  revision_number: optIdLike,
});

/** `Field` (§7.2): a computed flag or custom field; `fieldtype` values are unknown. */
export const field = z.object({
  fieldtype: anyJson,
  id: optInt,
  name: optString,
  value: anyJson,
});

export const eddRevision = z.object({
  agent_id: optInt,
  agent_name: optString,
  client_id: optIdLike,
  comment: optString,
  created_at: optString,
  customer_id: optIdLike,
  disabled: optBool,
  edd_state: anyJson,
  id: optInt,
  next_review_date: optString,
  revision_number: optInt,
});

/** Get customer detail: the customer with its risk, EDD and screening summary in one answer. */
export const customerDetail = z.object({
  customer,
  custom_fields: z.array(field).nullish(),
  overall_risk: anyJson,
  edd_status: eddRevision.nullish(),
  pep: field.nullish(),
  may_be_pep: field.nullish(),
  may_be_san: field.nullish(),
  press_risk: field.nullish(),
  may_be_press_risk: field.nullish(),
  se: field.nullish(),
  str: field.nullish(),
  tm: field.nullish(),
  vid_success: field.nullish(),
  vid_failed: field.nullish(),
  vid_in_progress: field.nullish(),
  vid_outdated: field.nullish(),
  open_chat_categories: field.nullish(),
  closed_chat_categories: field.nullish(),
});

/** TimelineEvent: note the PascalCase keys, unlike the rest of the API. */
export const timelineEvent = z.object({
  ID: idLike,
  AgentID: optInt,
  ClientID: optIdLike,
  CreatedAt: optString,
  CustomerExternalID: optString,
  Description: optString,
  EventType: optString,
  ParentID: optString,
  Title: optString,
  Url: optString,
});

/**
 * Get customer events. Documented `items: TimelineEvent` (a single object in the rendering, a list
 * in practice); `total` is assumed.
 */
export const customerEvents = z.object({
  items: z
    .union([z.array(timelineEvent), timelineEvent.transform((e) => [e])])
    .nullish()
    .transform((v) => v ?? []),
  total: optInt,
});

/** Get stats for customer: shape assumed (API.md §3.3 is unknown). */
export const customerStats = z.object({
  alerts: optInt,
  open_alerts: optInt,
  documents: optInt,
  transactions: optInt,
  threads: optInt,
  sessions: optInt,
  last_activity_at: optString,
});

/** Search customers: assumed `{data, total}` like Search alerts. */
export const customerSearch = z.object({
  data: z
    .array(customer)
    .nullish()
    .transform((v) => v ?? []),
  total: optInt,
});

const lineMessage = z.object({ detail: optString, error: optString });

export const saveCustomersResponse = z.object({
  added: z
    .array(z.object({ customer_id: optIdLike, external_id: idLike }))
    .nullish()
    .transform((v) => v ?? []),
  detail: z
    .array(
      z.object({
        external_id: optString,
        errors: z
          .array(lineMessage)
          .nullish()
          .transform((v) => v ?? []),
        warnings: z
          .array(lineMessage)
          .nullish()
          .transform((v) => v ?? []),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  status: optString,
  verify_input: optBool,
});

export type WireCustomer = z.output<typeof customer>;
export type WireCustomerDetail = z.output<typeof customerDetail>;
export type WireField = z.output<typeof field>;
export type WireEddRevision = z.output<typeof eddRevision>;
export type WireTimelineEvent = z.output<typeof timelineEvent>;
export type WireCustomerStats = z.output<typeof customerStats>;
export type WireSaveCustomersResponse = z.output<typeof saveCustomersResponse>;

/** Body of Save customers, as sent (API.md §3.4). */
export interface SaveCustomerLine {
  external_id: string;
  account_type?: 'F' | 'N';
  first_name?: string;
  middle_name?: string;
  last_name?: string;
  company_name?: string;
  trading_name?: string;
  date_of_birth?: string;
  nationality_codes?: string[];
  domicile_code?: string;
  domicile_codes?: string[];
  registration_number?: string;
  phone?: string;
  alias_ids?: string[];
  parent_external_id?: string;
  comment?: string;
  disabled?: boolean;
  kyc_level?: number;
  kyc_level_requested?: number;
  fields?: Record<string, unknown>;
  review_groups?: string[];
  contacts?: string[];
  variations?: {
    _op: 'add' | 'delete';
    company_name?: string;
    first_name?: string;
    last_name?: string;
    middle_name?: string;
    trading_name?: string;
  }[];
}

export interface SaveCustomerRelation {
  parent_customer_external_id: string;
  child_customer_external_id: string;
  relation_external_id?: string;
  relation_type?: number;
  fields?: Record<string, unknown>;
  disabled?: boolean;
}

export interface SaveCustomersBody {
  customers: SaveCustomerLine[];
  relations?: SaveCustomerRelation[];
  disable_risk_scan?: boolean;
  verify_input?: boolean;
}

export interface SearchCustomersBody {
  query?: string;
  external_ids?: string[];
  account_type?: 'F' | 'N';
  review_groups?: string[];
  nationality_codes?: string[];
  domicile_codes?: string[];
  disabled?: boolean;
  created_from?: string;
  created_to?: string;
  limit: number;
  offset: number;
}

/** Go!Risk levels (API.md §8). The API's encoding is unknown: labels, codes or objects are read. */
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'UNDEFINED'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** EDD statuses known from the Go!Risk guide (the list there is truncated). */
export const EDD_STATES = [
  'PASSED',
  'PENDING',
  'REFUSED',
  'ACTION_REQUIRED',
  'PASSED_1_MONTH',
  'PASSED_3_MONTHS',
] as const;
export type EddState = (typeof EDD_STATES)[number];

function label(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const key of ['label', 'level', 'name', 'value', 'code', 'state']) {
      const inner = o[key];
      if (typeof inner === 'string' || typeof inner === 'number') return String(inner);
    }
  }
  return null;
}

const constant = (s: string) =>
  s
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Assumed numeric encoding, if Algoreg sends numbers: 1 Low, 2 Medium, 3 High, 0 Undefined. */
const RISK_BY_CODE: Record<string, RiskLevel> = { '0': 'UNDEFINED', '1': 'LOW', '2': 'MEDIUM', '3': 'HIGH' };

/** Reads an `overall_risk` value: `{level, raw}`; a value we do not know reads as UNDEFINED. */
export function readRisk(v: unknown): { level: RiskLevel; raw: string | null } | null {
  const raw = label(v);
  if (raw === null) return null;
  const c = constant(raw);
  const level =
    RISK_BY_CODE[c] ?? ((RISK_LEVELS as readonly string[]).includes(c) ? (c as RiskLevel) : 'UNDEFINED');
  return { level, raw };
}

/** Reads an `edd_state` value: `{state, raw}`; a state we do not know reads as null with its raw label. */
export function readEddState(v: unknown): { state: EddState | null; raw: string | null } {
  const raw = label(v);
  if (raw === null) return { state: null, raw: null };
  const c = constant(raw);
  return { state: (EDD_STATES as readonly string[]).includes(c) ? (c as EddState) : null, raw };
}

/** Reads a computed flag (`Field.value`, typed `any`) as a boolean, or null when absent. */
export function readFlag(f: WireField | null | undefined): boolean | null {
  if (!f) return null;
  const v = f.value;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['true', 'yes', '1', 'y'].includes(s)) return true;
    if (['false', 'no', '0', 'n', ''].includes(s)) return false;
  }
  return null;
}
