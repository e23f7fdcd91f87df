// @ts-nocheck
// The JSON the GraphQL operations answer, built by hand from Algoreg's JSON: what a frontend team
// without the gateway would write. Shared by the direct and the naive ways (only their calls differ).
import { encodeGlobalID, offsetToCursor } from '@pothos/plugin-relay';
import { readEddState, readFlag, readRisk } from '../../src/algoreg/wire/customer.ts';

// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by hand
export type Json = any;

export const globalId = (type: string, id: string) => encodeGlobalID(type, id);

export const dateOnly = (v: unknown): string | null => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const head = v.slice(0, 10);
  const d = new Date(`${head}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== head ? null : head;
};

export const dateTime = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const d = typeof v === 'number' ? new Date(v < 1e11 ? v * 1000 : v) : new Date(String(v));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

export const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export const accountType = (v: unknown) => (v === 'F' ? 'FIRM' : v === 'N' ? 'INDIVIDUAL' : null);

export const displayName = (c: Json): string =>
  (c.account_type === 'F' ? c.company_name : null) ??
  ([c.first_name, c.middle_name, c.last_name].filter(Boolean).join(' ') || c.company_name || c.external_id);

export const codes = (one: string | null | undefined, many: readonly string[] | null | undefined) => [
  ...new Set([...(many ?? []), ...(one ? [one] : [])]),
];

export const riskLevel = (detail: Json) => readRisk(detail?.overall_risk)?.level ?? null;

export const flag = (detail: Json, name: string) => readFlag(detail?.[name]);

export function eddStatus(edd: Json) {
  if (!edd) return null;
  const state = readEddState(edd.edd_state);
  return {
    state: state.state,
    rawState: state.raw,
    nextReviewDate: dateOnly(edd.next_review_date),
    agentName: orNull(edd.agent_name),
  };
}

/** `pageInfo { hasNextPage endCursor }` of a page fetched at `offset`, as the gateway's offsetConnection. */
export function pageInfo(offset: number, shown: number, limit: number, total: number | undefined) {
  return {
    hasNextPage: typeof total === 'number' ? offset + shown < total : shown >= limit && limit > 0,
    endCursor: shown ? offsetToCursor(offset + shown - 1) : null,
  };
}

/** An integer Algoreg may send as a number or a numeric string. */
export const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? Math.trunc(v)
    : typeof v === 'string' && /^-?\d+$/.test(v.trim())
      ? Number(v.trim())
      : null;

export const idOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The fields every alert row of the benchmark's screens starts with. */
export const alertHead = (a: Json) => ({
  id: globalId('Alert', String(a.id)),
  alertId: String(a.id),
  createdAt: dateTime(a.created_at),
  profileNumber: idOrNull(a.profile_number),
});
