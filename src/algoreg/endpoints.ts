/**
 * ONE table of every Algoreg operation (API.md §2, 42 operations plus the token call). Nothing else
 * in the code base spells an Algoreg path: the client builds URLs from here and the sandbox
 * registers its routes from here, so the two cannot drift apart.
 *
 * `documented: false` marks a path (and usually a shape) assumed per API.md §10; the README lists
 * them. `safe: true` marks operations that change nothing upstream (GETs and POST searches): only
 * those are retried after a failure, so a write is never sent twice.
 */

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export type Product =
  | 'auth'
  | 'customer'
  | 'document'
  | 'chat'
  | 'kyt'
  | 'press'
  | 'risk'
  | 'scan'
  | 'vid'
  | 'message';

export interface Endpoint {
  readonly method: HttpMethod;
  /** Path template; `{name}` segments are filled from path params, URL-encoded. */
  readonly path: string;
  readonly product: Product;
  /** Operation name as Algoreg's documentation titles it. */
  readonly title: string;
  /** True when the path is stated by Algoreg's documentation; false when assumed (API.md §10). */
  readonly documented: boolean;
  /** True when calling it twice has no further effect upstream (reads and searches). */
  readonly safe: boolean;
  /** What we assumed, for operations whose shape is not documented. */
  readonly assumption?: string;
}

const op = (
  method: HttpMethod,
  path: string,
  product: Product,
  title: string,
  documented: boolean,
  safe: boolean,
  assumption?: string,
): Endpoint =>
  assumption
    ? { method, path, product, title, documented, safe, assumption }
    : { method, path, product, title, documented, safe };

export const endpoints = {
  token: op('POST', '/api/v1/token', 'auth', 'Obtain token', true, false),

  getCustomer: op(
    'GET',
    '/api/v1/customers/{customer_external_id}',
    'customer',
    'Get customer detail',
    true,
    true,
  ),
  getCustomerEvents: op(
    'GET',
    '/api/v1/customers/{customer_external_id}/timeline',
    'customer',
    'Get customer events',
    true,
    true,
    'query parameters `limit`/`offset`; response `{items: TimelineEvent[], total}`',
  ),
  getCustomerStats: op(
    'GET',
    '/api/v1/customers/{customer_external_id}/stats',
    'customer',
    'Get stats for customer',
    false,
    true,
    'response: counts of alerts, open alerts, documents, transactions, threads, sessions and the last activity time',
  ),
  saveCustomers: op('POST', '/api/v1/customers/save', 'customer', 'Save customers', true, false),
  searchCustomers: op(
    'POST',
    '/api/v1/customers/search',
    'customer',
    'Search customers',
    false,
    true,
    'body filters + `limit`/`offset`, response `{data: Customer[], total}` like Search alerts',
  ),

  deleteDocument: op(
    'DELETE',
    '/api/v1/documents/{document_id}',
    'document',
    'Delete document',
    false,
    false,
    'empty 200 answer; 404 with `errors[]` when unknown',
  ),
  downloadDocument: op(
    'GET',
    '/api/v1/documents/{document_id}/download',
    'document',
    'Download document',
    false,
    true,
    'raw bytes, `Content-Type` = `file_mime`',
  ),
  searchDocuments: op(
    'POST',
    '/api/v1/documents/search',
    'document',
    'Search documents',
    false,
    true,
    'response `{documents, total}`',
  ),
  updateDocument: op(
    'POST',
    '/api/v1/documents/{document_id}',
    'document',
    'Update document',
    false,
    false,
    'body `{display_name, file_type, tag_codes, origin}`; response the CustomerDocument',
  ),
  uploadDocument: op(
    'POST',
    '/api/v1/documents',
    'document',
    'Upload document',
    false,
    false,
    'JSON body, `internal.file_data` = base64',
  ),

  createChatToken: op('POST', '/api/v1/chat/token', 'chat', 'Create end user token', true, false),
  createThreadMessage: op('POST', '/api/v1/message', 'chat', 'Create thread message', true, false),
  createThread: op(
    'POST',
    '/api/v1/thread',
    'chat',
    'Create thread',
    false,
    false,
    'body like Update thread plus `subject`; response the Thread',
  ),
  downloadAttachment: op(
    'GET',
    '/api/v1/attachment/{attachment_id}',
    'chat',
    'Download attachment',
    false,
    true,
    'raw bytes',
  ),
  getThreadMessages: op(
    'GET',
    '/api/v1/thread/{id}/messages',
    'chat',
    'Get thread messages',
    true,
    true,
    'query parameters `limit`/`offset`',
  ),
  getThread: op('GET', '/api/v1/thread/{id}', 'chat', 'Get thread', true, true),
  searchThreads: op(
    'POST',
    '/api/v1/threads/search',
    'chat',
    'Search threads',
    false,
    true,
    'body filters + `limit`/`offset`, response `{data, total}`',
  ),
  updateThreadMessage: op(
    'POST',
    '/api/v1/message/{message_id}',
    'chat',
    'Update thread message',
    false,
    false,
    'body `{read, priority}`; response the Message',
  ),
  updateThread: op('POST', '/api/v1/thread/{id}', 'chat', 'Update thread', true, false),

  createTransaction: op(
    'POST',
    '/api/v1/kyt/transaction',
    'kyt',
    'Create transaction',
    false,
    false,
    'response: the scored KYTTransaction',
  ),
  getTransactionHistory: op(
    'GET',
    '/api/v1/kyt/transaction/{id}/full_history',
    'kyt',
    'Get transaction full history',
    true,
    true,
  ),
  getTransaction: op('GET', '/api/v1/kyt/transaction/{id}', 'kyt', 'Get transaction', true, true),
  searchTransactions: op(
    'POST',
    '/api/v1/kyt/transactions',
    'kyt',
    'Search transactions',
    true,
    true,
    'response `{data, total}`',
  ),
  updateTransaction: op('POST', '/api/v1/kyt/transaction/{id}', 'kyt', 'Update transaction', true, false),

  forcePressReport: op(
    'POST',
    '/api/v1/press/customers/{customer_external_id}/generate',
    'press',
    'Force handle press report generation for customer',
    false,
    false,
    'response `{report_id}`',
  ),
  generatePressReport: op(
    'POST',
    '/api/v1/press/report',
    'press',
    'Generate instant report',
    false,
    false,
    'body like Name search input; response `{report_id}`',
  ),
  getPressReport: op(
    'GET',
    '/api/v1/press/report/{report_id}',
    'press',
    'Get report body',
    false,
    true,
    'response `{id, created_at, status, articles[]}`',
  ),

  getCustomerLastEdd: op(
    'GET',
    '/api/v1/customers/{customer_external_id}/edd',
    'risk',
    'Get customer last edd',
    false,
    true,
    'response an `EDDRevisionDTO`',
  ),
  getCustomerLastRisk: op(
    'GET',
    '/api/v1/customers/{customer_external_id}/risk',
    'risk',
    'Get customer last risk',
    false,
    true,
    'response `{risk, computed_at, factors[]}`',
  ),

  getAlert: op('GET', '/api/v1/alerts/{alert_id}', 'scan', 'Get alert detail', true, true),
  getAlerts: op(
    'POST',
    '/api/v1/alerts',
    'scan',
    'Get alerts',
    false,
    true,
    'body `{limit, offset}`, response `{items, total}`',
  ),
  getCustomerAlerts: op(
    'POST',
    '/api/v1/customers/{customer_external_id}/alerts',
    'scan',
    'Get customer alerts',
    false,
    true,
    'body `{limit, offset}`, response `{data, total}` like Search alerts',
  ),
  modifyAlert: op(
    'POST',
    '/api/v1/alerts/{alert_id}',
    'scan',
    'Modify alert',
    false,
    false,
    'body `{state, comment, assigned_to_member_id}`; response the alert with its new revision; state codes 4–7 (False positive, True hit, True hit accepted, True hit refused) assumed',
  ),
  nameSearch: op(
    'POST',
    '/api/v1/scan/name',
    'scan',
    'Name search',
    false,
    true,
    'response `{data: [{id, entity_type, name, first_name, last_name, company_name, score, categories, countries, list_name, dataset, date_of_birth}], next_page_token}` (`""` on the last page)',
  ),
  searchAlerts: op(
    'POST',
    '/api/v1/alerts/search',
    'scan',
    'Search alerts',
    true,
    true,
    '`order_by` values `created_at | score | last_update`, `order_way` `asc | desc` (default `created_at desc`); alerts carry `assigned_to_member_id`',
  ),

  createSessionFull: op(
    'POST',
    '/api/v1/session/full',
    'vid',
    'Create session full',
    false,
    false,
    'body like Generate a session; response like Get session details',
  ),
  createSession: op('POST', '/api/v1/session', 'vid', 'Generate a session', true, false),
  getSession: op('GET', '/api/v1/session/{session_id}', 'vid', 'Get session details', true, true),
  transactionalIdCheck: op('POST', '/api/v1/session/idcheck', 'vid', 'Transactional ID check', false, false),

  messageDownloadAttachment: op(
    'GET',
    '/api/v1/attachment/{attachment_id}',
    'message',
    'Download attachment (Message)',
    false,
    true,
    'same route as the Go!Chat one',
  ),
  messageSearchThreads: op(
    'POST',
    '/api/v1/threads/search',
    'message',
    'Search threads (Message)',
    false,
    true,
    'same route as the Go!Chat one',
  ),
} as const satisfies Record<string, Endpoint>;

export type OperationName = keyof typeof endpoints;

/** The stats key of an operation: `"METHOD /path/{template}"`, as the sandbox counts calls. */
export function routeKey(name: OperationName): string {
  const e = endpoints[name];
  return `${e.method} ${e.path}`;
}

/** Fills a path template; every `{name}` must be given, and is URL-encoded. */
export function buildPath(name: OperationName, params: Record<string, string> = {}): string {
  return endpoints[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}
