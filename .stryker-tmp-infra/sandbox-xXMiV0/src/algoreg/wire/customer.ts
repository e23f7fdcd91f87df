// @ts-nocheck
import { z } from 'zod';
import { anyJson, flag, idLike, int, json, list, optId, strings, text } from './common.ts';

/**
 * Customer JSON as Algoreg sends it (API.md §3, §7.1), each schema mapped once to a camelCase DTO.
 * Absent, null and `""` strings all read as null (the sandbox, like Algoreg, sends `""` for a
 * field it has no value for).
 */

export type AccountType = 'FIRM' | 'INDIVIDUAL';

/**
 * `account_type` is documented as `CustomerAccountType`, rendered `{}`; input uses `F`/`N`.
 * Assumed: the same letters come back, possibly wrapped in an object. Anything else reads as null.
 */
export const accountType = z.unknown().transform((v) => readAccountType(v));

/** Reads an `account_type` value (see `accountType`). */
export function readAccountType(v: unknown): AccountType | null {
  const raw =
    typeof v === 'string'
      ? v
      : v && typeof v === 'object'
        ? ((v as Record<string, unknown>).code ?? (v as Record<string, unknown>).value)
        : undefined;
  if (typeof raw !== 'string') return null;
  const letter = raw.trim().toUpperCase();
  if (letter === 'F' || letter === 'FIRM') return 'FIRM';
  if (letter === 'N' || letter === 'INDIVIDUAL') return 'INDIVIDUAL';
  return null;
}

const names = {
  company_name: text,
  first_name: text,
  last_name: text,
  middle_name: text,
  trading_name: text,
};

const nameVariation = z.object(names).transform((v) => ({
  firstName: v.first_name,
  middleName: v.middle_name,
  lastName: v.last_name,
  companyName: v.company_name,
  tradingName: v.trading_name,
}));

/** Both the deprecated single code and the list, merged without repeats. */
export const codes = (one: string | null, many: readonly string[]) => [
  ...new Set([...many, ...(one ? [one] : [])]),
];

/** A tenant-defined custom field: its name and value as Algoreg holds it. */
export interface CustomField {
  name: string;
  value: unknown;
}

const customer = z
  .object({
    id: optId,
    external_id: idLike,
    client_id: optId,
    account_number: text,
    account_type: accountType.optional(),
    customer_type: text,
    ...names,
    name_variations: list(nameVariation),
    date_of_birth: text,
    nationality_code: text,
    nationality_codes: strings,
    domicile_code: text,
    domicile_codes: strings,
    registration_number: text,
    phone: text,
    alias_ids: strings,
    // Documented `string` here, `any` ("same rules as review groups") in Save customers.
    contacts: json.transform((v) => (v === '' ? null : v)),
    comment: text,
    custom_fields: z.record(z.string(), z.unknown()).nullish(),
    review_groups: strings,
    kyc_level: int,
    // Not in the documented Customer; read when Algoreg returns them (the sandbox does).
    kyc_level_requested: int,
    parent_external_id: text,
    updated_at: text,
    disabled: flag,
    created_at: text,
    created_by: int,
    revision_number: optId,
  })
  .transform((c) => ({
    algoregId: c.id,
    externalId: c.external_id,
    clientId: c.client_id,
    accountNumber: c.account_number,
    accountType: c.account_type ?? null,
    customerType: c.customer_type,
    displayName:
      (c.account_type === 'FIRM' ? c.company_name : null) ??
      ([c.first_name, c.middle_name, c.last_name].filter(Boolean).join(' ') ||
        c.company_name ||
        c.external_id),
    firstName: c.first_name,
    middleName: c.middle_name,
    lastName: c.last_name,
    companyName: c.company_name,
    tradingName: c.trading_name,
    nameVariations: c.name_variations,
    dateOfBirth: c.date_of_birth,
    nationalityCodes: codes(c.nationality_code, c.nationality_codes),
    domicileCodes: codes(c.domicile_code, c.domicile_codes),
    registrationNumber: c.registration_number,
    phone: c.phone,
    aliasIds: c.alias_ids,
    contacts: c.contacts,
    comment: c.comment,
    customFields: Object.entries(c.custom_fields ?? {}).map(
      ([name, value]): CustomField => ({ name, value: value ?? null }),
    ),
    reviewGroups: c.review_groups,
    kycLevel: c.kyc_level,
    kycLevelRequested: c.kyc_level_requested,
    parentExternalId: c.parent_external_id,
    disabled: c.disabled,
    createdAt: c.created_at,
    createdBy: c.created_by,
    updatedAt: c.updated_at,
    revisionNumber: c.revision_number,
  }));

/** `Field` (§7.2): a computed flag or custom field; `fieldtype` values are unknown. */
const field = z.object({ fieldtype: anyJson, id: int, name: text, value: anyJson });

/** An `EDDRevisionDTO`: the detail's `edd_status`, and the answer of Get customer last EDD. */
export const eddRevision = z
  .object({
    agent_id: int,
    agent_name: text,
    client_id: optId,
    comment: text,
    created_at: text,
    customer_id: optId,
    disabled: flag,
    edd_state: anyJson,
    id: optId,
    next_review_date: text,
    revision_number: int,
  })
  .transform((r) => {
    const { state, raw } = readEddState(r.edd_state);
    return {
      id: r.id,
      state,
      rawState: raw,
      comment: r.comment,
      agentId: r.agent_id,
      agentName: r.agent_name,
      createdAt: r.created_at,
      nextReviewDate: r.next_review_date,
      revisionNumber: r.revision_number,
      disabled: r.disabled,
    };
  });

/**
 * A relation between two customers, as Save customers takes it. Assumed: Get customer detail
 * answers a customer's relations (as parent or child) in the same shape, under `relations`.
 */
const relation = z
  .object({
    parent_customer_external_id: idLike,
    child_customer_external_id: idLike,
    relation_external_id: text,
    relation_type: int,
    fields: json,
    disabled: flag,
  })
  .transform((r) => ({
    parentExternalId: r.parent_customer_external_id,
    childExternalId: r.child_customer_external_id,
    relationExternalId: r.relation_external_id,
    relationType: r.relation_type,
    fields: r.fields,
    disabled: r.disabled,
  }));

const flagField = field.nullish().transform(readFlag);
/** A flag whose value is kept as Algoreg sends it; `""` reads as null. */
const fieldValue = field.nullish().transform((f) => (f?.value === '' ? null : (f?.value ?? null)));

/** Get customer detail: the customer with its risk, EDD and screening summary in one answer. */
export const customerDetail = z
  .object({
    customer,
    custom_fields: list(field),
    overall_risk: anyJson,
    edd_status: eddRevision.nullish(),
    pep: flagField,
    may_be_pep: flagField,
    may_be_san: flagField,
    press_risk: flagField,
    may_be_press_risk: flagField,
    se: flagField,
    str: flagField,
    tm: flagField,
    vid_success: flagField,
    vid_failed: flagField,
    vid_in_progress: flagField,
    vid_outdated: flagField,
    open_chat_categories: fieldValue,
    closed_chat_categories: fieldValue,
    relations: z.array(relation).nullish(),
  })
  .transform((d) => ({
    customer: {
      ...d.customer,
      // The detail's own list (with the tenant's field definitions) wins over the customer's map.
      customFields: d.custom_fields.length
        ? d.custom_fields.map(
            (f): CustomField => ({ name: f.name ?? String(f.id ?? ''), value: f.value ?? null }),
          )
        : d.customer.customFields,
    },
    overallRisk: readRisk(d.overall_risk),
    edd: d.edd_status ?? null,
    screening: {
      pep: d.pep,
      mayBePep: d.may_be_pep,
      mayBeSanctioned: d.may_be_san,
      pressRisk: d.press_risk,
      mayBePressRisk: d.may_be_press_risk,
      se: d.se,
      str: d.str,
      tm: d.tm,
    },
    identityVerification: {
      succeeded: d.vid_success,
      failed: d.vid_failed,
      inProgress: d.vid_in_progress,
      outdated: d.vid_outdated,
    },
    openChatCategories: d.open_chat_categories,
    closedChatCategories: d.closed_chat_categories,
    /** Null when the answer carries no relations at all (Algoreg does not document them here). */
    relations: d.relations ?? null,
  }));

/** TimelineEvent: note the PascalCase keys, unlike the rest of the API. */
const timelineEvent = z
  .object({
    ID: idLike,
    AgentID: int,
    ClientID: optId,
    CreatedAt: text,
    CustomerExternalID: text,
    Description: text,
    EventType: text,
    ParentID: text,
    Title: text,
    Url: text,
  })
  .transform((e) => ({
    id: e.ID,
    type: e.EventType,
    title: e.Title,
    description: e.Description,
    createdAt: e.CreatedAt,
    agentId: e.AgentID,
    parentId: e.ParentID,
    url: e.Url,
  }));

/**
 * Get customer events. Documented `items: TimelineEvent` (a single object in the rendering, a list
 * in practice); `total` is assumed.
 */
export const customerEvents = z
  .object({
    items: z
      .union([z.array(timelineEvent), timelineEvent.transform((e) => [e])])
      .nullish()
      .transform((v) => v ?? []),
    total: int,
  })
  .transform((v) => ({ events: v.items, total: v.total }));

/** Get stats for customer: shape assumed (API.md §3.3 is unknown). */
export const customerStats = z
  .object({
    alerts: int,
    open_alerts: int,
    documents: int,
    transactions: int,
    threads: int,
    sessions: int,
    last_activity_at: text,
  })
  .transform((s) => ({
    alerts: s.alerts,
    openAlerts: s.open_alerts,
    documents: s.documents,
    transactions: s.transactions,
    threads: s.threads,
    sessions: s.sessions,
    lastActivityAt: s.last_activity_at,
  }));

/** Search customers: assumed `{data, total}` like Search alerts. */
export const customerSearch = z
  .object({ data: list(customer), total: int })
  .transform((v) => ({ customers: v.data, total: v.total }));

const lineMessage = z
  .object({ detail: text, error: text })
  .transform((m) => ({ code: m.error ?? 'unknown', detail: m.detail ?? '' }));

export const saveCustomersResponse = z
  .object({
    added: list(z.object({ customer_id: optId, external_id: idLike })),
    detail: list(z.object({ external_id: text, errors: list(lineMessage), warnings: list(lineMessage) })),
    status: text,
    verify_input: flag,
  })
  .transform((r) => ({
    added: r.added.map((a) => ({ algoregId: a.customer_id, externalId: a.external_id })),
    lines: r.detail.map((d) => ({ externalId: d.external_id, errors: d.errors, warnings: d.warnings })),
    status: r.status,
    verifyInput: r.verify_input,
  }));

export type Customer = z.output<typeof customer>;
export type CustomerDetail = z.output<typeof customerDetail>;
export type CustomerRelation = z.output<typeof relation>;
export type EddRevision = z.output<typeof eddRevision>;
export type CustomerEvent = z.output<typeof timelineEvent>;
export type CustomerStats = z.output<typeof customerStats>;
export type SaveCustomersResponse = z.output<typeof saveCustomersResponse>;
export type SaveLineMessage = SaveCustomersResponse['lines'][number]['errors'][number];

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
export function readFlag(f: { value?: unknown } | null | undefined): boolean | null {
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
