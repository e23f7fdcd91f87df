/**
 * What a caller may do. One scope per kind of data and per kind of write; roles are bundles of
 * these given to a token (`GATEWAY_API_TOKENS`) or by the identity provider (the JWT's `scope`).
 * The README's scopes table is this list.
 */
// @ts-nocheck

export const SCOPES = {
  'read:customers':
    'Customers and what their detail holds: identity, screening flags, risk assessment, last EDD, events, stats.',
  'write:customers': 'saveCustomers.',
  'read:alerts': 'Screening alerts (Go!Scan) and nameSearch.',
  'decide:alerts': 'modifyAlert: record a decision on an alert.',
  'read:documents': 'Customer documents and their downloads.',
  'write:documents': 'uploadDocument, updateDocument, deleteDocument.',
  'read:transactions': 'Go!KYT transactions and their history.',
  'write:transactions': 'createTransaction.',
  'decide:transactions': 'updateTransaction: record a decision on a transaction.',
  'read:press': 'Go!Press reports, and asking for one (requestPressReport, screenPress).',
  chat: 'Go!Chat: threads, messages, attachments and their downloads, and every chat mutation.',
  vid: 'Go!Vid: identity sessions, startIdentitySession, checkIdentityDocument.',
  bulk: 'More than one decision mutation of a kind (modifyAlert, updateTransaction) in one request.',
  admin: 'Introspection and GraphiQL where production turns them off (INTROSPECTION=on, GRAPHIQL=true).',
} as const;

export type Scope = keyof typeof SCOPES;

export const ALL_SCOPES: readonly Scope[] = Object.keys(SCOPES) as Scope[];

export function isScope(value: string): value is Scope {
  return Object.hasOwn(SCOPES, value);
}

/**
 * Mutations that record a review decision: rate-limited more strictly, at most one of a kind per
 * request without `bulk`, and attributed to the caller in Algoreg's comment.
 */
export const DECISION_MUTATIONS: ReadonlySet<string> = new Set(['modifyAlert', 'updateTransaction']);

/** The scope that reads each Node type, for `node(id:)` and `nodes(ids:)`. */
export const NODE_SCOPES: Readonly<Record<string, Scope>> = {
  Customer: 'read:customers',
  Alert: 'read:alerts',
  Document: 'read:documents',
  Transaction: 'read:transactions',
  Thread: 'chat',
  Message: 'chat',
  Attachment: 'chat',
  Session: 'vid',
  PressReport: 'read:press',
};

/**
 * The scope to check before resolving nodes of these types: the first one the caller lacks, so
 * the refusal names it, or else one they hold. A type with no entry needs `admin`.
 */
export function nodeScope(typenames: readonly string[], held: ReadonlySet<Scope>): Scope {
  const needed = typenames.map((t) => NODE_SCOPES[t] ?? 'admin');
  return needed.find((s) => !held.has(s)) ?? needed[0] ?? 'read:customers';
}
