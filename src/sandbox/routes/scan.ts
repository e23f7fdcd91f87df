import countries from 'i18n-iso-countries/index.js';
import {
  API_MEMBER_ID,
  MEMBERS,
  OPEN_STATES,
  SANCTION_LISTS,
  SETTABLE_STATES,
  WATCHLIST,
} from '../seed/scan.ts';
import type { AlertState, Json, Store } from '../store.ts';
import { apiError, paging, type RouteHandlers, type SandboxReply } from './types.ts';

/**
 * Go!Scan (API.md §5.5). Assumed shapes (see endpoints.ts): Search alerts `order_by` is
 * `created_at | score | last_update` and `order_way` is `asc | desc` (default `created_at desc`);
 * Modify alert answers the alert detail; Name search answers `{data, next_page_token}` with `""`
 * as the token of the last page.
 */
export function scanRoutes(): RouteHandlers {
  return {
    getAlert: ({ params }, store) => {
      const a = store.alerts.get(params.alert_id ?? '');
      return a ? { json: detailJson(a) } : alertNotFound();
    },

    getAlerts: ({ body }, store) => {
      const { limit, offset } = paging(body, 20, 500);
      const all = sorted([...store.alerts.values()], 'created_at', 'desc');
      return {
        json: {
          items: all.slice(offset, offset + limit).map(summaryJson),
          total: all.length,
          type: 'alerts',
        },
      };
    },

    getCustomerAlerts: ({ params, body }, store) => {
      const externalId = params.customer_external_id ?? '';
      if (!store.customers.has(externalId)) return apiError(404, 'customer_not_found', 'Customer not found');
      const { limit, offset } = paging(body, 20, 500);
      const mine = sorted(
        [...store.alerts.values()].filter((a) => a.alert.customer_external_id === externalId),
        'created_at',
        'desc',
      );
      return { json: { data: mine.slice(offset, offset + limit).map(summaryJson), total: mine.length } };
    },

    searchAlerts: ({ body }, store) => searchAlerts(store, (body ?? {}) as Json),

    modifyAlert: ({ params, body }, store) => modifyAlert(store, params.alert_id ?? '', (body ?? {}) as Json),

    nameSearch: ({ body }, store) => nameSearch(store, (body ?? {}) as Json),
  };
}

const alertNotFound = () => apiError(404, 'alert_not_found', 'Alert not found');

const lastRevision = (a: AlertState): Json => a.revisions[a.revisions.length - 1] ?? {};

/** AlertWithLastRevision. */
function summaryJson(a: AlertState): Json {
  return { ...a.alert, last_revision: lastRevision(a) };
}

/** Get alert detail: the alert with a FullAlertLastRevision. */
function detailJson(a: AlertState): Json {
  return { ...a.alert, last_revision: { ...lastRevision(a), ...a.match } };
}

/** How many alerts, and open alerts, a customer has (Get stats for customer). */
export function alertCounts(store: Store, externalId: string): { alerts: number; open_alerts: number } {
  let alerts = 0;
  let open = 0;
  for (const a of store.alerts.values()) {
    if (a.alert.customer_external_id !== externalId) continue;
    alerts += 1;
    if (OPEN_STATES.has(Number(lastRevision(a).state))) open += 1;
  }
  return { alerts, open_alerts: open };
}

const ORDER_BY = ['created_at', 'score', 'last_update'];
const ORDER_WAY = ['asc', 'desc'];

function sorted(alerts: AlertState[], by: string, way: string): AlertState[] {
  const key = (a: AlertState): number | string =>
    by === 'score'
      ? Number(lastRevision(a).score ?? 0)
      : by === 'last_update'
        ? String(lastRevision(a).created_at ?? '')
        : String(a.alert.created_at ?? '');
  const sign = way === 'asc' ? 1 : -1;
  return alerts.sort((x, y) => {
    const [kx, ky] = [key(x), key(y)];
    if (kx < ky) return -sign;
    if (kx > ky) return sign;
    return String(x.alert.id).localeCompare(String(y.alert.id));
  });
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const time = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);

function customerName(store: Store, externalId: string): string {
  const c = store.customers.get(externalId)?.customer;
  if (!c) return '';
  return [c.first_name, c.middle_name, c.last_name, c.company_name, c.trading_name].filter(Boolean).join(' ');
}

/** Search alerts: every documented filter, ANDed. */
function searchAlerts(store: Store, b: Json): SandboxReply {
  const bad = (field: string, what: string) => apiError(400, 'invalid_parameter', `${field} ${what}`);
  for (const f of ['states'] as const) {
    if (b[f] !== undefined && !(Array.isArray(b[f]) && (b[f] as unknown[]).every(isInt)))
      return bad(f, 'must be a list of integers');
  }
  for (const f of ['categories', 'review_groups'] as const) {
    if (b[f] !== undefined && !strings(b[f])) return bad(f, 'must be a list of strings');
  }
  for (const f of ['score_from', 'score_to', 'assigned_to_member_id', 'sanction_list_id'] as const) {
    if (b[f] !== undefined && !isInt(b[f])) return bad(f, 'must be an integer');
  }
  for (const f of ['creation_date_from', 'creation_date_to', 'last_update_from', 'last_update_to'] as const) {
    if (b[f] !== undefined && Number.isNaN(time(b[f]))) return bad(f, 'must be a date-time');
  }
  const orderBy = b.order_by ?? 'created_at';
  const orderWay = b.order_way ?? 'desc';
  if (typeof orderBy !== 'string' || !ORDER_BY.includes(orderBy)) return bad('order_by', 'is not supported');
  if (typeof orderWay !== 'string' || !ORDER_WAY.includes(orderWay))
    return bad('order_way', 'is not supported');
  const { limit, offset } = paging(b, 20, 500);

  const states = b.states as number[] | undefined;
  const categories = strings(b.categories)?.map((c) => `is_${c.toLowerCase()}`);
  const groups = strings(b.review_groups);
  const name = typeof b.name === 'string' ? b.name.trim().toLowerCase() : '';
  const listStr = typeof b.sanction_list_str === 'string' ? b.sanction_list_str.trim().toLowerCase() : '';
  const range = (v: number, from: unknown, to: unknown) =>
    !(from !== undefined && v < time(from)) && !(to !== undefined && v > time(to));

  const matches = [...store.alerts.values()].filter((a) => {
    const rev = lastRevision(a);
    const externalId = String(a.alert.customer_external_id);
    const customer = store.customers.get(externalId)?.customer;
    const customerGroups = (customer?.review_groups as string[] | undefined) ?? [];
    if (typeof b.id === 'string' && b.id && a.alert.id !== b.id) return false;
    if (typeof b.external_id === 'string' && b.external_id && externalId !== b.external_id) return false;
    if (states?.length && !states.includes(Number(rev.state))) return false;
    if (categories?.length && !categories.some((f) => a.match[f] === true)) return false;
    if (isInt(b.score_from) && Number(rev.score) < b.score_from) return false;
    if (isInt(b.score_to) && Number(rev.score) > b.score_to) return false;
    if (!range(time(a.alert.created_at), b.creation_date_from, b.creation_date_to)) return false;
    if (!range(time(rev.created_at), b.last_update_from, b.last_update_to)) return false;
    if (groups?.length && !groups.some((g) => customerGroups.includes(g))) return false;
    if (b.only_without_review_groups === true && customerGroups.length > 0) return false;
    if (isInt(b.assigned_to_member_id) && a.alert.assigned_to_member_id !== b.assigned_to_member_id)
      return false;
    if (b.only_without_assignment === true && a.alert.assigned_to_member_id != null) return false;
    if (isInt(b.sanction_list_id) && a.listId !== b.sanction_list_id) return false;
    if (listStr && !String(a.match.list_name).toLowerCase().includes(listStr)) return false;
    if (name) {
      const profileName = String((a.match.list_profile as Json | undefined)?.name ?? '');
      const hay = `${customerName(store, externalId)} ${profileName}`.toLowerCase();
      if (!hay.includes(name)) return false;
    }
    return true;
  });
  const page = sorted(matches, orderBy, orderWay).slice(offset, offset + limit);
  return { json: { data: page.map(summaryJson), total: matches.length } };
}

/** Modify alert: validates, then appends a revision (state, comment, agent, time). */
function modifyAlert(store: Store, alertId: string, b: Json): SandboxReply {
  const a = store.alerts.get(alertId);
  if (!a) return alertNotFound();
  if (b.state !== undefined && !(isInt(b.state) && SETTABLE_STATES.has(b.state))) {
    return apiError(400, 'invalid_state', 'state is not a state an alert can be moved to');
  }
  if (b.comment !== undefined && (typeof b.comment !== 'string' || b.comment.length > 4000)) {
    return apiError(400, 'invalid_comment', 'comment must be a string of at most 4000 characters');
  }
  if (b.assigned_to_member_id !== undefined && b.assigned_to_member_id !== null) {
    if (!MEMBERS.some((m) => m.id === b.assigned_to_member_id)) {
      return apiError(400, 'unknown_member', 'assigned_to_member_id is not a member of this tenant');
    }
  }
  if (b.state === undefined && b.comment === undefined && b.assigned_to_member_id === undefined) {
    return apiError(400, 'empty_modification', 'nothing to change');
  }
  const last = lastRevision(a);
  if (b.assigned_to_member_id === null) delete a.alert.assigned_to_member_id;
  else if (b.assigned_to_member_id !== undefined) a.alert.assigned_to_member_id = b.assigned_to_member_id;
  a.revisions.push({
    ...last,
    id: `${alertId}-R${a.revisions.length + 1}`,
    agent_id: String(API_MEMBER_ID),
    comment: typeof b.comment === 'string' ? b.comment : '',
    created_at: new Date().toISOString(),
    revision_number: Number(last.revision_number ?? a.revisions.length) + 1,
    state: isInt(b.state) ? b.state : last.state,
  });
  return { json: detailJson(a) };
}

// ---- Name search -------------------------------------------------------------------------------

interface Candidate {
  id: string;
  entityType: 1 | 2;
  first: string;
  last: string;
  company: string;
  dob: string;
  /** ISO 3166 alpha-2. */
  countries: string[];
  categories: string[];
  list: string;
  dataset: string;
}

/** The screening data set: the curated watchlist plus every list profile an alert matched. */
function candidates(store: Store): Candidate[] {
  const out: Candidate[] = WATCHLIST.map((w) => {
    const list = SANCTION_LISTS.find((l) => l.id === w.list);
    return {
      id: w.id,
      entityType: w.entity_type,
      first: w.first_name ?? '',
      last: w.last_name ?? '',
      company: w.company_name ?? '',
      dob: w.date_of_birth ?? '',
      countries: w.countries,
      categories: w.categories,
      list: list?.name ?? '',
      dataset: list?.dataset ?? 'watchlist',
    };
  });
  for (const a of store.alerts.values()) {
    const p = (a.match.list_profile ?? {}) as Json;
    const list = SANCTION_LISTS.find((l) => l.id === a.listId);
    const codes = ((p.countries as Json[] | undefined) ?? []).flatMap((c) => (c.codes as string[]) ?? []);
    out.push({
      id: String(a.alert.profile_number),
      entityType: p.company_name ? 2 : 1,
      first: String(p.first_name ?? ''),
      last: String(p.last_name ?? ''),
      company: String(p.company_name ?? ''),
      dob: String(p.date ?? ''),
      countries: [...new Set(codes)],
      categories: [String(lastRevision(a).top_category ?? '')],
      list: list?.name ?? String(a.match.list_name ?? ''),
      dataset: list?.dataset ?? 'watchlist',
    });
  }
  return out;
}

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const tokens = (s: string) => normalize(s).split(' ').filter(Boolean);

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

const tokenSimilarity = (a: string, b: string) => 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);

/** 0–1: how well the query tokens are found in the candidate's, and the other way round. */
function nameSimilarity(query: string, candidate: string): number {
  const q = tokens(query);
  const c = tokens(candidate);
  if (!q.length || !c.length) return 0;
  const best = (from: string[], to: string[]) =>
    from.reduce((s, t) => s + Math.max(...to.map((u) => tokenSimilarity(t, u))), 0) / from.length;
  return 0.7 * best(q, c) + 0.3 * best(c, q);
}

/** Compares a birth date given at year, month or day precision (`00` parts are unknown). */
function birthDateMatches(given: string, candidate: string): boolean | undefined {
  if (!given || !candidate) return undefined;
  const g = given.split('-').map(Number);
  const c = candidate.split('-').map(Number);
  for (let i = 0; i < g.length; i++) {
    if (!g[i] || c[i] === undefined || !c[i]) continue;
    if (g[i] !== c[i]) return false;
  }
  return true;
}

const alpha2 = (code: string) =>
  code.length === 3 ? (countries.alpha3ToAlpha2(code.toUpperCase()) ?? code) : code.toUpperCase();

const THRESHOLDS: Record<string, number> = { '': 50, default: 50, strict: 75, loose: 35 };
/** Below this the engine reports nothing, post-filtering or not. */
const ENGINE_FLOOR = 30;

function nameSearch(store: Store, b: Json): SandboxReply {
  if (b.entity_type !== 1 && b.entity_type !== 2) {
    return apiError(400, 'invalid_entity_type', 'entity_type is mandatory: 1 (individual) or 2 (firm)');
  }
  const person = (b.person_input_data ?? {}) as Json;
  const firm = (b.company_input_data ?? {}) as Json;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const query = str(b.query);
  const first = str(person.first_name);
  const last = str(person.last_name);
  const companyName = str(firm.company_name);
  if (b.entity_type === 1 && !query && !first && !last) {
    return apiError(400, 'missing_name', 'person_input_data needs a first or last name, or give query');
  }
  if (b.entity_type === 2 && !query && !companyName) {
    return apiError(400, 'missing_name', 'company_input_data needs company_name, or give query');
  }
  const dob = str(person.date_of_birth);
  if (dob && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(dob)) {
    return apiError(400, 'invalid_date_of_birth', 'date_of_birth must be YYYY, YYYY-MM or YYYY-MM-DD');
  }
  const alias = b.post_filtering_alias;
  if (alias !== undefined && alias !== null && (typeof alias !== 'string' || !(alias in THRESHOLDS))) {
    return apiError(400, 'unknown_alias', 'post_filtering_alias is not a configured alias');
  }
  const pageSize = b.page_size === undefined ? 20 : Number(b.page_size);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    return apiError(400, 'invalid_page_size', 'page_size must be between 1 and 100');
  }
  let offset = 0;
  if (typeof b.page_token === 'string' && b.page_token) {
    const m = /^o:(\d+)$/.exec(Buffer.from(b.page_token, 'base64url').toString());
    if (!m) return apiError(400, 'invalid_page_token', 'page_token is not a token this API issued');
    offset = Number(m[1]);
  }

  const postFiltering = typeof alias === 'string';
  const threshold =
    postFiltering && b.keep_results_under_threshold !== true ? THRESHOLDS[alias]! : ENGINE_FLOOR;
  const wantedCountries = (strings(b.entity_type === 1 ? person.countries : firm.countries) ?? []).map(
    alpha2,
  );
  const extra = postFiltering
    ? [str(person.domicile_code), str(person.nationality_code)].filter(Boolean)
    : [];
  const inversion = person.AllowNamesInversion === true;
  const exact = b.exact_match === true;

  const hits: Json[] = [];
  for (const c of candidates(store)) {
    if (c.entityType !== b.entity_type) continue;
    const full = c.entityType === 2 ? c.company : `${c.first} ${c.last}`;
    let score: number;
    if (query) {
      score = nameSimilarity(query, full);
      if (exact) score = normalize(query) === normalize(full) ? 1 : 0;
    } else if (c.entityType === 2) {
      score = exact
        ? normalize(companyName) === normalize(c.company)
          ? 1
          : 0
        : nameSimilarity(companyName, c.company);
    } else {
      const straight = (f: string, l: string) =>
        exact
          ? normalize(f) === normalize(c.first) && normalize(l) === normalize(c.last)
            ? 1
            : 0
          : f && l
            ? 0.4 * nameSimilarity(f, c.first) + 0.6 * nameSimilarity(l, c.last)
            : nameSimilarity(f || l, f ? c.first : c.last) * 0.8;
      score = Math.max(straight(first, last), inversion ? straight(last, first) : 0);
    }
    let points = Math.round(score * 100);
    const born = birthDateMatches(dob, c.dob);
    if (born === false) {
      if (person.exact_date_of_birth === true) continue;
      points -= 25;
    }
    if (wantedCountries.length && c.countries.length && !wantedCountries.some((w) => c.countries.includes(w)))
      continue;
    if (extra.length && c.countries.length && !extra.map(alpha2).some((w) => c.countries.includes(w)))
      continue;
    if (points < threshold) continue;
    hits.push({
      id: c.id,
      entity_type: c.entityType,
      name: full,
      first_name: c.first,
      last_name: c.last,
      company_name: c.company,
      score: points,
      categories: c.categories,
      countries: c.countries.map((x) => countries.alpha2ToAlpha3(x) ?? x),
      list_name: c.list,
      dataset: c.dataset,
      date_of_birth: c.dob,
    });
  }
  hits.sort((x, y) => Number(y.score) - Number(x.score) || String(x.id).localeCompare(String(y.id)));
  const page = hits.slice(offset, offset + pageSize);
  const next =
    offset + pageSize < hits.length ? Buffer.from(`o:${offset + pageSize}`).toString('base64url') : '';
  return { json: { data: page, next_page_token: next } };
}
