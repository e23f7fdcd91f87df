import { createHash } from 'node:crypto';
import type { OperationName } from './endpoints.ts';

/**
 * A read cache shared across requests (and replicas, when it lives in Redis), consulted by the
 * HTTP layer for the reads listed in `READ_TAGS`. It holds Algoreg's answers as JSON text, keyed
 * by the credential identity, the operation and its parameters, so every hit is parsed by the same
 * wire schema as a fresh answer. Each entry carries tags (`customer:C-0001`, `alerts`): a write
 * through the gateway or one of Algoreg's webhooks evicts a tag, and every entry holding it.
 * Implementations live in `src/live/cache.ts`.
 */
export interface ReadCache {
  /**
   * The cached answer of `key`, or undefined. `stamp` is what `set` needs to store a fresh answer
   * only if none of `tags` was evicted between this read and the store (a webhook that lands while
   * the call is in flight wins).
   */
  get(key: string, tags: readonly string[]): Promise<{ text?: string; stamp: unknown }>;
  set(key: string, text: string, stamp: unknown): Promise<void>;
  /** Evicts every entry holding one of these tags, on every replica. */
  evict(tags: readonly string[]): Promise<void>;
}

/** Tags of entities and of whole collections (a search's answer may change with any of them). */
export const cacheTag = {
  customer: (externalId: string) => `customer:${externalId}`,
  edd: (externalId: string) => `edd:${externalId}`,
  alert: (alertId: string) => `alert:${alertId}`,
  transaction: (id: string) => `transaction:${id}`,
  thread: (id: string) => `thread:${id}`,
  session: (id: string) => `session:${id}`,
  customers: 'customers',
  alerts: 'alerts',
  documents: 'documents',
  transactions: 'transactions',
  threads: 'threads',
  messages: 'messages',
} as const;

/** What a call sends: enough to key it and to name its tags. */
export interface CallShape {
  params?: Record<string, string> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

type Tags = (call: CallShape) => string[];
const param = (call: CallShape, name: string) => call.params?.[name] ?? '';

/**
 * The reads that may be served from the cache, and the tags each answer holds. Left out on
 * purpose: customer timeline and stats (many kinds of change move them, some with no webhook),
 * press reports (they turn ready by themselves, and Algoreg documents no Go!Press webhook),
 * downloads, name search and the ID check (not reads of stored records).
 */
const READ_TAGS: Partial<Record<OperationName, Tags>> = {
  getCustomer: (c) => [cacheTag.customer(param(c, 'customer_external_id'))],
  searchCustomers: () => [cacheTag.customers],
  // `edds_updated` evicts the EDD and the risk it feeds; whatever changes a customer (a save, a
  // `customers_updated`) evicts their `edd` tag with their `customer` tag.
  getCustomerLastEdd: (c) => [cacheTag.edd(param(c, 'customer_external_id'))],
  getCustomerLastRisk: (c) => [cacheTag.edd(param(c, 'customer_external_id'))],
  searchDocuments: () => [cacheTag.documents],
  getAlert: (c) => [cacheTag.alert(param(c, 'alert_id'))],
  searchAlerts: () => [cacheTag.alerts],
  getCustomerAlerts: () => [cacheTag.alerts],
  getTransaction: (c) => [cacheTag.transaction(param(c, 'id'))],
  getTransactionHistory: (c) => [cacheTag.transaction(param(c, 'id'))],
  searchTransactions: () => [cacheTag.transactions],
  // A thread's unread count and last message move with its messages.
  getThread: (c) => [cacheTag.thread(param(c, 'id')), cacheTag.messages],
  getThreadMessages: (c) => [cacheTag.thread(param(c, 'id')), cacheTag.messages],
  searchThreads: () => [cacheTag.threads, cacheTag.messages],
  getSession: (c) => [cacheTag.session(param(c, 'session_id'))],
};

/** The Save customers body this gateway builds (customer.ts), as far as tags go. */
interface SaveBody {
  customers: { external_id: string }[];
  relations?: { parent_customer_external_id: string; child_customer_external_id: string }[];
}

/** The tags a write through the gateway evicts, whatever its outcome (a timeout may have landed). */
const WRITE_TAGS: Partial<Record<OperationName, Tags>> = {
  saveCustomers: (c) => {
    const b = c.body as SaveBody;
    const ids = b.customers.map((l) => l.external_id);
    for (const r of b.relations ?? []) ids.push(r.parent_customer_external_id, r.child_customer_external_id);
    // Each id its own tags, whatever it is (a customer may be called `customers`).
    return [
      cacheTag.customers,
      ...[...new Set(ids)].flatMap((id) => [cacheTag.customer(id), cacheTag.edd(id)]),
    ];
  },
  modifyAlert: (c) => [cacheTag.alert(param(c, 'alert_id')), cacheTag.alerts],
  uploadDocument: () => [cacheTag.documents],
  updateDocument: () => [cacheTag.documents],
  deleteDocument: () => [cacheTag.documents],
  createThread: () => [cacheTag.threads],
  updateThread: (c) => [cacheTag.thread(param(c, 'id')), cacheTag.threads],
  createThreadMessage: (c) => [
    cacheTag.thread((c.body as { thread_id: string }).thread_id),
    cacheTag.threads,
    cacheTag.messages,
  ],
  updateThreadMessage: () => [cacheTag.messages],
  // A new session moves its customer's identity-verification flags (the detail's `vid_*` fields);
  // Algoreg's session webhooks name the session only.
  createSession: (c) => [cacheTag.customer((c.body as { external_id: string }).external_id)],
  createSessionFull: (c) => [cacheTag.customer((c.body as { external_id: string }).external_id)],
  createTransaction: () => [cacheTag.transactions],
  updateTransaction: (c) => [cacheTag.transaction(param(c, 'id')), cacheTag.transactions],
};

export const readTags = (name: OperationName, call: CallShape): string[] | undefined =>
  READ_TAGS[name]?.(call);

export const writeTags = (name: OperationName, call: CallShape): string[] | undefined =>
  WRITE_TAGS[name]?.(call);

/**
 * Who is asking, as far as Algoreg's answers go: the tenant and the programmatic user. Two
 * gateways with different credentials never share an entry; the key itself is not in it.
 */
export function credentialIdentity(baseUrl: string, user: string): string {
  return createHash('sha256').update(`${baseUrl}\n${user}`).digest('base64url').slice(0, 16);
}

/** The cache key of one read: identity, operation, and a digest of what it sends. */
export function cacheKey(identity: string, name: OperationName, call: CallShape): string {
  const what = JSON.stringify([call.params ?? {}, call.query ?? {}, call.body ?? null]);
  return `${identity}:${name}:${createHash('sha256').update(what).digest('base64url').slice(0, 22)}`;
}
