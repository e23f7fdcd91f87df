// @ts-nocheck
import { FLAG_NAMES, flagField } from '../seed/customer.ts';
import type { CustomerState, Json, Store } from '../store.ts';
import { saveCustomers } from './customer-save.ts';
import { transactionCount } from './kyt.ts';
import { alertCounts } from './scan.ts';
import { apiError, paging, type RouteHandlers } from './types.ts';

/** The Customer group (API.md §3). */
export function customerRoutes(): RouteHandlers {
  return {
    getCustomer: ({ params }, store) => {
      const state = store.customers.get(params.customer_external_id ?? '');
      if (!state) return notFound();
      return { json: detailJson(state, store) };
    },

    getCustomerEvents: ({ params, query }, store) => {
      const state = store.customers.get(params.customer_external_id ?? '');
      if (!state) return notFound();
      const { limit, offset } = paging(query, 20, 200);
      const newestFirst = [...state.events].reverse();
      return {
        json: {
          items: newestFirst.slice(offset, offset + limit),
          type: 'timeline',
          total: newestFirst.length,
        },
      };
    },

    getCustomerStats: ({ params }, store) => {
      const state = store.customers.get(params.customer_external_id ?? '');
      if (!state) return notFound();
      return { json: statsJson(store, state) };
    },

    searchCustomers: ({ body }, store) => {
      const b = (body ?? {}) as Json;
      const { limit, offset } = paging(b, 20, 500);
      const matches = [...store.customers.values()]
        .filter((s) => matchesFilter(s.customer, b))
        .map((s) => s.customer);
      const order = ORDER_KEYS.includes(b.order_by as string) ? String(b.order_by) : 'external_id';
      const way = b.order_way === 'desc' ? -1 : 1;
      // Ties (and the default) fall back to the external id, ascending, so pages never overlap.
      matches.sort(
        (a, c) =>
          way * String(a[order] ?? '').localeCompare(String(c[order] ?? '')) ||
          String(a.external_id).localeCompare(String(c.external_id)),
      );
      return { json: { data: matches.slice(offset, offset + limit), total: matches.length } };
    },

    saveCustomers: ({ body }, store) => saveCustomers(store, (body ?? {}) as Json),
  };
}

const notFound = () => apiError(404, 'customer_not_found', 'Customer not found');

function detailJson(state: CustomerState, store: Store): Json {
  const id = state.customer.external_id;
  const detail: Json = {
    customer: state.customer,
    custom_fields: state.customFields,
    overall_risk: state.overallRisk,
    edd_status: state.edd,
    // Assumed: the relations the customer is part of, in Save customers' shape.
    relations: store.relations.filter(
      (r) => r.parent_customer_external_id === id || r.child_customer_external_id === id,
    ),
  };
  FLAG_NAMES.forEach((name, i) => {
    detail[name] = flagField(name, state.flags[name] ?? false, i);
  });
  detail.open_chat_categories = flagField('open_chat_categories', state.flags.open_chat_categories ?? '', 50);
  detail.closed_chat_categories = flagField(
    'closed_chat_categories',
    state.flags.closed_chat_categories ?? '',
    51,
  );
  return detail;
}

/** Stats (shape assumed): counts of what the sandbox holds for the customer. */
function statsJson(store: Store, state: CustomerState): Json {
  const lastEvent = state.events[state.events.length - 1];
  return {
    ...alertCounts(store, String(state.customer.external_id)),
    documents: [...store.documents.values()].filter(
      (d) => d.document.customer_external_id === state.customer.external_id,
    ).length,
    transactions: transactionCount(store, String(state.customer.external_id)),
    threads: [...store.threads.values()].filter((t) =>
      t.customerExternalIds.includes(String(state.customer.external_id)),
    ).length,
    sessions: [...store.sessions.values()].filter((s) => s.session.external_id === state.customer.external_id)
      .length,
    last_activity_at: lastEvent?.CreatedAt ?? state.customer.created_at,
  };
}

/** Assumed `order_by` values of Search customers; `order_way` is `asc` (default) or `desc`. */
const ORDER_KEYS = ['external_id', 'created_at', 'updated_at', 'last_name'];

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : '');
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const overlaps = (a: unknown, b: string[]) => list(a).some((x) => b.includes(x));

function matchesFilter(c: Json, f: Json): boolean {
  if (typeof f.query === 'string' && f.query.trim()) {
    const q = f.query.trim().toLowerCase();
    const hay = [
      c.external_id,
      c.first_name,
      c.middle_name,
      c.last_name,
      c.company_name,
      c.trading_name,
      c.registration_number,
    ]
      .map(lower)
      .join(' ');
    if (!hay.includes(q)) return false;
  }
  const ids = list(f.external_ids);
  if (ids.length && !ids.includes(String(c.external_id))) return false;
  if ((f.account_type === 'F' || f.account_type === 'N') && c.account_type !== f.account_type) return false;
  const groups = list(f.review_groups);
  if (groups.length && !overlaps(c.review_groups, groups)) return false;
  const nat = list(f.nationality_codes);
  if (nat.length && !overlaps(c.nationality_codes, nat)) return false;
  const dom = list(f.domicile_codes);
  if (dom.length && !overlaps(c.domicile_codes, dom)) return false;
  if (typeof f.disabled === 'boolean' && Boolean(c.disabled) !== f.disabled) return false;
  if (typeof f.created_from === 'string' && String(c.created_at) < f.created_from) return false;
  if (typeof f.created_to === 'string' && String(c.created_at) > f.created_to) return false;
  if (typeof f.updated_from === 'string' && String(c.updated_at) < f.updated_from) return false;
  if (typeof f.updated_to === 'string' && String(c.updated_at) > f.updated_to) return false;
  const levels = Array.isArray(f.kyc_levels) ? f.kyc_levels : [];
  if (levels.length && !levels.includes(c.kyc_level)) return false;
  return true;
}
