// @ts-nocheck
import { gql } from '@urql/core';
import type {
  Cache,
  CacheExchangeOpts,
  DataField,
  Entity,
  FieldArgs,
  KeyingConfig,
  UpdatesConfig,
} from '@urql/exchange-graphcache';
import type {
  AlertState,
  DeleteDocumentMutationVariables,
  ModifyAlertMutation,
  UploadDocumentMutation,
} from './generated/graphql.ts';
import introspection from './generated/introspection.ts';

/**
 * The gateway's schema as graphcache reads it (types, fields, interfaces and unions). With it,
 * graphcache matches fragments on interfaces and unions exactly (`errors { ...on NotFoundError }`
 * keeps its fields), knows which fields may be null, and can answer partly from the cache.
 */
export const schema = introspection;

const roots = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * A key for every object type of the schema: a `Node` is normalised by its `id` (select `id` to
 * have it shared between queries); every other type (connections, edges, payloads, errors, value
 * objects) has no identity of its own and is embedded in the entity that holds it.
 */
export function keys(): KeyingConfig {
  const config: KeyingConfig = {};
  for (const type of introspection.__schema.types) {
    if (type.kind !== 'OBJECT' || roots.has(type.name)) continue;
    const isNode = type.interfaces?.some((i) => i.name === 'Node') ?? false;
    config[type.name] = isNode ? (data) => (typeof data.id === 'string' ? data.id : null) : () => null;
  }
  return config;
}

/** Alert states still to decide, as the gateway's `CustomerStats.openAlerts` counts them. */
export const openAlertStates: readonly AlertState[] = ['UNKNOWN', 'NEW', 'PENDING_INFORMATION'];

// Field arguments pass through as variables; absent ones drop out of the field's cache key.
const queryAlertsTotal = gql`
  fragment _QueryAlertsTotal on Query {
    alerts(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
    }
  }
`;
const customerAlertsTotal = gql`
  fragment _CustomerAlertsTotal on Customer {
    id
    alerts(first: $first, last: $last, after: $after, before: $before, filter: $filter) {
      totalCount
    }
  }
`;

interface AlertList {
  entity: string;
  fieldKey: string;
  args: FieldArgs;
}

/** Every cached alert list: the queue's `Query.alerts(…)` and the customer's `Customer.alerts(…)`. */
function alertLists(cache: Cache, customerKey: string | null): AlertList[] {
  const lists: AlertList[] = [];
  for (const entity of customerKey ? ['Query', customerKey] : ['Query']) {
    for (const field of cache.inspectFields(entity)) {
      if (field.fieldName === 'alerts')
        lists.push({ entity, fieldKey: field.fieldKey, args: field.arguments });
    }
  }
  return lists;
}

function writeTotal(cache: Cache, list: AlertList, totalCount: number): void {
  const connection = { __typename: 'AlertConnection', totalCount };
  if (list.entity === 'Query') {
    cache.writeFragment(queryAlertsTotal, { __typename: 'Query', alerts: connection }, list.args ?? {});
  } else {
    const id = cache.resolve(list.entity, 'id');
    cache.writeFragment(
      customerAlertsTotal,
      { __typename: 'Customer', id, alerts: connection },
      list.args ?? {},
    );
  }
}

/**
 * After a decision: in every cached alert list whose `filter.states` no longer admits the alert,
 * the alert leaves the page and `totalCount` drops by one; a filtered list it now belongs to is
 * refetched when next read; the customer's `stats` (open alerts) are refetched.
 */
function afterModifyAlert(result: ModifyAlertMutation, cache: Cache): void {
  // A team's own ModifyAlert may select less than ours: every part is optional here.
  const payload = result.modifyAlert as Partial<ModifyAlertMutation['modifyAlert']> | undefined;
  const alert = payload?.alert;
  const state = alert?.lastRevision?.state;
  if (!alert?.id || !state || (payload?.errors?.length ?? 0) > 0) return;
  const alertKey = cache.keyOfEntity({ __typename: 'Alert', id: alert.id });
  const customerKey = alertKey ? (cache.resolve(alertKey, 'customer') as string | null) : null;
  for (const list of alertLists(cache, customerKey)) {
    const connection = cache.resolve(list.entity, list.fieldKey) as string | null;
    if (!connection) continue;
    const states = (list.args?.filter as { states?: AlertState[] } | undefined)?.states;
    const admits = !states || states.includes(state);
    const edges = (cache.resolve(connection, 'edges') as string[] | null) ?? [];
    const kept = edges.filter((edge) => cache.resolve(edge, 'node') !== alertKey);
    if (kept.length < edges.length && !admits) {
      cache.link(connection, 'edges', kept);
      const total = cache.resolve(connection, 'totalCount');
      if (typeof total === 'number') writeTotal(cache, list, Math.max(0, total - 1));
    } else if (kept.length === edges.length && admits && states) {
      cache.invalidate(list.entity, list.fieldKey);
    }
  }
  if (customerKey) cache.invalidate(customerKey, 'stats');
}

/** The cached `customer(externalId:)` entity, when one was read. */
function customerByExternalId(cache: Cache, externalId: string): string | null {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'customer' && field.arguments?.externalId === externalId) {
      return cache.resolve('Query', field.fieldKey) as string | null;
    }
  }
  return null;
}

/** After an upload: the customer's document lists and counts, and document searches, are refetched. */
function afterUploadDocument(result: UploadDocumentMutation, cache: Cache): void {
  const document = result.uploadDocument?.document;
  if (!document?.customerExternalId) return;
  const customerKey = customerByExternalId(cache, document.customerExternalId);
  if (customerKey) {
    for (const field of cache.inspectFields(customerKey)) {
      if (field.fieldName === 'documents' || field.fieldName === 'stats') {
        cache.invalidate(customerKey, field.fieldKey);
      }
    }
  }
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'documents') cache.invalidate('Query', field.fieldKey);
  }
}

const asData = <T>(parent: Record<string, DataField>) => parent as unknown as T;

/** Cache updates after the gateway's mutations (see each function). */
export const updates: UpdatesConfig = {
  Mutation: {
    modifyAlert: (parent, _args, cache) => afterModifyAlert(asData<ModifyAlertMutation>(parent), cache),
    uploadDocument: (parent, _args, cache) =>
      afterUploadDocument(asData<UploadDocumentMutation>(parent), cache),
    deleteDocument: (_parent, args, cache) => {
      const { input } = args as DeleteDocumentMutationVariables;
      cache.invalidate({ __typename: 'Document', id: input.id } as Entity);
    },
  },
};

/**
 * Options for `cacheExchange()` of `@urql/exchange-graphcache`:
 * `cacheExchange(graphcacheOptions())`, or spread them and add your own `updates` or `resolvers`.
 */
export function graphcacheOptions(): Pick<CacheExchangeOpts, 'schema' | 'keys' | 'updates'> {
  return { schema, keys: keys(), updates };
}
