// @ts-nocheck
import { z } from 'zod';
import { cacheTag } from '../algoreg/cache.ts';

/**
 * Algoreg's webhook envelope (API.md §6) and what each event means to the gateway: which cache
 * tags it evicts and which live events it publishes. Payloads API.md marks UNKNOWN are read
 * leniently (assumed shapes below, modelled on the documented ones); an event whose entity cannot
 * be told evicts its whole collection and publishes nothing.
 */

export const envelope = z.object({
  // Documented as a string ("29"); a number is taken too.
  event_id: z.union([z.string().min(1).max(200), z.number().int()]).transform(String),
  event_code: z.string().min(1).max(100),
  event_date: z.string().max(100),
  event_source: z.string().max(100),
  data: z.record(z.string(), z.unknown()),
});

export type Envelope = z.output<typeof envelope>;

/** What subscriptions listen to: one topic per kind of entity, payloads of ids only. */
export interface LiveTopics {
  customer: { externalId: string };
  alert: { alertId: string; customerExternalId: string | null };
  document: { documentId: string | null; customerExternalId: string };
  transaction: { transactionId: string; externalId: string | null };
  thread: { threadId: string };
  session: { sessionId: string };
}

export type LiveEvent = { [T in keyof LiveTopics]: { topic: T; payload: LiveTopics[T] } }[keyof LiveTopics];

export interface Decoded {
  /** Cache tags to evict before anything is published. */
  evict: string[];
  publish: LiveEvent[];
}

type Data = Record<string, unknown>;

/** A string id from a field that may be a string or a number; null when absent or empty. */
function idOf(data: Data, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return null;
}

/** Items of a list field (e.g. `customers: [...]`), or the data itself when it names one entity. */
function items(data: Data, listKey: string): Data[] {
  const list = data[listKey];
  if (Array.isArray(list)) return list.filter((x): x is Data => typeof x === 'object' && x !== null);
  return [data];
}

const present = <T>(v: T | null): v is T => v !== null;

function customers(data: Data): string[] {
  return [
    ...new Set(items(data, 'customers').map((c) => idOf(c, 'external_id', 'customer_external_id'))),
  ].filter(present);
}

const decoders: Record<string, (data: Data) => Decoded> = {
  // Documented: {client_id, customers: [{customer_id, external_id}]}.
  customers_updated: (data) => {
    const ids = customers(data);
    return {
      evict: [cacheTag.customers, ...ids.flatMap((id) => [cacheTag.customer(id), cacheTag.edd(id)])],
      publish: ids.map((externalId) => ({ topic: 'customer', payload: { externalId } })),
    };
  },
  // Payload UNKNOWN; assumed to name the customer like customer_document_updated does.
  customer_event_updated: (data) => {
    const ids = customers(data);
    return {
      evict: ids.map(cacheTag.customer),
      publish: ids.map((externalId) => ({ topic: 'customer', payload: { externalId } })),
    };
  },
  // Payload UNKNOWN; assumed {client_id, customer_id, customer_external_id} (or a `customers`
  // list). Evicts the EDD and the risk it feeds; the customer's `eddStatus` changes too.
  edds_updated: (data) => {
    const ids = customers(data);
    return {
      evict: [cacheTag.customers, ...ids.flatMap((id) => [cacheTag.customer(id), cacheTag.edd(id)])],
      publish: ids.map((externalId) => ({ topic: 'customer', payload: { externalId } })),
    };
  },
  // Documented: {client_id, customer_id, customer_external_id, customer_document_id}.
  customer_document_updated: (data) => {
    const customerExternalId = idOf(data, 'customer_external_id');
    const documentId = idOf(data, 'customer_document_id', 'document_id');
    return {
      evict: [cacheTag.documents],
      publish: customerExternalId ? [{ topic: 'document', payload: { documentId, customerExternalId } }] : [],
    };
  },
  // Payload UNKNOWN; assumed {client_id, alert_id, customer_external_id, state} or an `alerts`
  // list of those (as customers_updated lists customers).
  alerts_updated: (data) => {
    const alerts = items(data, 'alerts')
      .map((a) => ({
        alertId: idOf(a, 'alert_id', 'id'),
        customerExternalId: idOf(a, 'customer_external_id'),
      }))
      .filter((a): a is LiveTopics['alert'] => a.alertId !== null);
    return {
      evict: [cacheTag.alerts, ...alerts.map((a) => cacheTag.alert(a.alertId))],
      publish: alerts.map((payload) => ({ topic: 'alert', payload })),
    };
  },
  // Documented: {transaction_id, external_id, client_id, status}.
  transaction_updated: (data) => {
    const transactionId = idOf(data, 'transaction_id');
    return {
      evict: [cacheTag.transactions, ...(transactionId ? [cacheTag.transaction(transactionId)] : [])],
      publish: transactionId
        ? [{ topic: 'transaction', payload: { transactionId, externalId: idOf(data, 'external_id') } }]
        : [],
    };
  },
  // Payload UNKNOWN; assumed {client_id, thread_id}.
  thread_updated: (data) => threadDecoded(idOf(data, 'thread_id', 'id'), [cacheTag.threads]),
  // Payload UNKNOWN; assumed {client_id, thread_id, message_id}.
  thread_message_updated: (data) =>
    threadDecoded(idOf(data, 'thread_id'), [cacheTag.threads, cacheTag.messages]),
  // Documented: {session_id, session_state, language_code, scenario_code}.
  session_status_updated: (data) => sessionDecoded(idOf(data, 'session_id')),
  // Documented: {session_id, status_id, status_label, status_type}.
  session_decision_updated: (data) => sessionDecoded(idOf(data, 'session_id')),
};

function threadDecoded(threadId: string | null, collections: string[]): Decoded {
  return {
    evict: [...collections, ...(threadId ? [cacheTag.thread(threadId)] : [])],
    publish: threadId ? [{ topic: 'thread', payload: { threadId } }] : [],
  };
}

function sessionDecoded(sessionId: string | null): Decoded {
  return {
    evict: sessionId ? [cacheTag.session(sessionId)] : [],
    publish: sessionId ? [{ topic: 'session', payload: { sessionId } }] : [],
  };
}

/** What an event means; undefined for an event code the gateway does not know (ignored). */
export function decode(event: Envelope): Decoded | undefined {
  return decoders[event.event_code]?.(event.data);
}
