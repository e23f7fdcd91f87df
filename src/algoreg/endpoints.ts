/**
 * ONE table of every Algoreg operation (API.md §2, 42 operations plus the token call). Nothing else
 * in the code base spells an Algoreg path: the client builds URLs from here and the sandbox
 * registers its routes from here, so the two cannot drift apart.
 *
 * One object literal per operation, read as data: `documented: false` marks a path (and usually a
 * shape) assumed per API.md §10, with the assumption beside it; the README lists them. `safe: true`
 * marks operations that change nothing upstream (GETs and POST searches): only those are retried
 * after a failure, so a write is never sent twice.
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

export const endpoints = {
  token: {
    method: 'POST',
    path: '/api/v1/token',
    product: 'auth',
    title: 'Obtain token',
    documented: true,
    safe: false,
  },

  getCustomer: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}',
    product: 'customer',
    title: 'Get customer detail',
    documented: true,
    safe: true,
  },
  getCustomerEvents: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}/timeline',
    product: 'customer',
    title: 'Get customer events',
    documented: true,
    safe: true,
    assumption: 'query parameters `limit`/`offset`; response `{items: TimelineEvent[], total}`',
  },
  getCustomerStats: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}/stats',
    product: 'customer',
    title: 'Get stats for customer',
    documented: false,
    safe: true,
    assumption:
      'response: counts of alerts, open alerts, documents, transactions, threads, sessions and the last activity time',
  },
  saveCustomers: {
    method: 'POST',
    path: '/api/v1/customers/save',
    product: 'customer',
    title: 'Save customers',
    documented: true,
    safe: false,
  },
  searchCustomers: {
    method: 'POST',
    path: '/api/v1/customers/search',
    product: 'customer',
    title: 'Search customers',
    documented: false,
    safe: true,
    assumption: 'body filters + `limit`/`offset`, response `{data: Customer[], total}` like Search alerts',
  },

  deleteDocument: {
    method: 'DELETE',
    path: '/api/v1/documents/{document_id}',
    product: 'document',
    title: 'Delete document',
    documented: false,
    safe: false,
    assumption: 'empty 200 answer; 404 with `errors[]` when unknown',
  },
  downloadDocument: {
    method: 'GET',
    path: '/api/v1/documents/{document_id}/download',
    product: 'document',
    title: 'Download document',
    documented: false,
    safe: true,
    assumption: 'raw bytes, `Content-Type` = `file_mime`',
  },
  searchDocuments: {
    method: 'POST',
    path: '/api/v1/documents/search',
    product: 'document',
    title: 'Search documents',
    documented: false,
    safe: true,
    assumption: 'response `{documents, total}`',
  },
  updateDocument: {
    method: 'POST',
    path: '/api/v1/documents/{document_id}',
    product: 'document',
    title: 'Update document',
    documented: false,
    safe: false,
    assumption: 'body `{display_name, file_type, tag_codes, origin}`; response the CustomerDocument',
  },
  uploadDocument: {
    method: 'POST',
    path: '/api/v1/documents',
    product: 'document',
    title: 'Upload document',
    documented: false,
    safe: false,
    assumption: 'JSON body, `internal.file_data` = base64',
  },

  createChatToken: {
    method: 'POST',
    path: '/api/v1/chat/token',
    product: 'chat',
    title: 'Create end user token',
    documented: true,
    safe: false,
  },
  createThreadMessage: {
    method: 'POST',
    path: '/api/v1/message',
    product: 'chat',
    title: 'Create thread message',
    documented: true,
    safe: false,
  },
  createThread: {
    method: 'POST',
    path: '/api/v1/thread',
    product: 'chat',
    title: 'Create thread',
    documented: false,
    safe: false,
    assumption: 'body like Update thread plus `subject`; response the Thread',
  },
  downloadAttachment: {
    method: 'GET',
    path: '/api/v1/attachment/{attachment_id}',
    product: 'chat',
    title: 'Download attachment',
    documented: false,
    safe: true,
    assumption: 'raw bytes',
  },
  getThreadMessages: {
    method: 'GET',
    path: '/api/v1/thread/{id}/messages',
    product: 'chat',
    title: 'Get thread messages',
    documented: true,
    safe: true,
    assumption: 'query parameters `limit`/`offset`',
  },
  getThread: {
    method: 'GET',
    path: '/api/v1/thread/{id}',
    product: 'chat',
    title: 'Get thread',
    documented: true,
    safe: true,
  },
  searchThreads: {
    method: 'POST',
    path: '/api/v1/threads/search',
    product: 'chat',
    title: 'Search threads',
    documented: false,
    safe: true,
    assumption: 'body filters + `limit`/`offset`, response `{data, total}`',
  },
  updateThreadMessage: {
    method: 'POST',
    path: '/api/v1/message/{message_id}',
    product: 'chat',
    title: 'Update thread message',
    documented: false,
    safe: false,
    assumption: 'body `{read, priority}`; response the Message',
  },
  updateThread: {
    method: 'POST',
    path: '/api/v1/thread/{id}',
    product: 'chat',
    title: 'Update thread',
    documented: true,
    safe: false,
  },

  createTransaction: {
    method: 'POST',
    path: '/api/v1/kyt/transaction',
    product: 'kyt',
    title: 'Create transaction',
    documented: false,
    safe: false,
    assumption:
      'body as the guide lists it (`amount` a decimal string, `review_groups` `"A;B"`, `crypto.tx_hash`); response: the scored KYTTransaction; a known `external_id` is refused (400)',
  },
  getTransactionHistory: {
    method: 'GET',
    path: '/api/v1/kyt/transaction/{id}/full_history',
    product: 'kyt',
    title: 'Get transaction full history',
    documented: true,
    safe: true,
    assumption: '`state` (rendered `{}`) is a status string: `allowed`, `delayed` or `blocked`',
  },
  getTransaction: {
    method: 'GET',
    path: '/api/v1/kyt/transaction/{id}',
    product: 'kyt',
    title: 'Get transaction',
    documented: true,
    safe: true,
  },
  searchTransactions: {
    method: 'POST',
    path: '/api/v1/kyt/transactions',
    product: 'kyt',
    title: 'Search transactions',
    documented: true,
    safe: true,
    assumption:
      "response `{data, total}`; `score` filters a minimum score; `state` is a status string; `tags` matches transactions' `tags`; `order_by` `date`, `amount`, `converted_amount` or `score` and `order_way` `asc` or `desc` (default `date desc`)",
  },
  updateTransaction: {
    method: 'POST',
    path: '/api/v1/kyt/transaction/{id}',
    product: 'kyt',
    title: 'Update transaction',
    documented: true,
    safe: false,
    assumption: '`state` strings `allowed`, `delayed`, `blocked`; the change is a new history item',
  },

  forcePressReport: {
    method: 'POST',
    path: '/api/v1/press/customers/{customer_external_id}/generate',
    product: 'press',
    title: 'Force handle press report generation for customer',
    documented: false,
    safe: false,
    assumption: 'response `{report_id}`',
  },
  generatePressReport: {
    method: 'POST',
    path: '/api/v1/press/report',
    product: 'press',
    title: 'Generate instant report',
    documented: false,
    safe: false,
    assumption: 'body like Name search input; response `{report_id}`',
  },
  getPressReport: {
    method: 'GET',
    path: '/api/v1/press/report/{report_id}',
    product: 'press',
    title: 'Get report body',
    documented: false,
    safe: true,
    assumption: 'response `{id, created_at, status, articles[]}`',
  },

  getCustomerLastEdd: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}/edd',
    product: 'risk',
    title: 'Get customer last edd',
    documented: false,
    safe: true,
    assumption: 'response an `EDDRevisionDTO`',
  },
  getCustomerLastRisk: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}/risk',
    product: 'risk',
    title: 'Get customer last risk',
    documented: false,
    safe: true,
    assumption: 'response `{risk, computed_at, factors[]}`',
  },

  getAlert: {
    method: 'GET',
    path: '/api/v1/alerts/{alert_id}',
    product: 'scan',
    title: 'Get alert detail',
    documented: true,
    safe: true,
  },
  getAlerts: {
    method: 'POST',
    path: '/api/v1/alerts',
    product: 'scan',
    title: 'Get alerts',
    documented: false,
    safe: true,
    assumption: 'body `{limit, offset}`, response `{items, total}`',
  },
  getCustomerAlerts: {
    method: 'POST',
    path: '/api/v1/customers/{customer_external_id}/alerts',
    product: 'scan',
    title: 'Get customer alerts',
    documented: false,
    safe: true,
    assumption: 'body `{limit, offset}`, response `{data, total}` like Search alerts',
  },
  modifyAlert: {
    method: 'POST',
    path: '/api/v1/alerts/{alert_id}',
    product: 'scan',
    title: 'Modify alert',
    documented: false,
    safe: false,
    assumption:
      'body `{state, comment, assigned_to_member_id}`; response the alert with its new revision; state codes 4–7 (False positive, True hit, True hit accepted, True hit refused) assumed',
  },
  nameSearch: {
    method: 'POST',
    path: '/api/v1/scan/name',
    product: 'scan',
    title: 'Name search',
    documented: false,
    safe: true,
    assumption:
      'response `{data: [{id, entity_type, name, first_name, last_name, company_name, score, categories, countries, list_name, dataset, date_of_birth}], next_page_token}` (`""` on the last page)',
  },
  searchAlerts: {
    method: 'POST',
    path: '/api/v1/alerts/search',
    product: 'scan',
    title: 'Search alerts',
    documented: true,
    safe: true,
    assumption:
      '`order_by` values `created_at | score | last_update`, `order_way` `asc | desc` (default `created_at desc`); alerts carry `assigned_to_member_id`',
  },

  createSessionFull: {
    method: 'POST',
    path: '/api/v1/session/full',
    product: 'vid',
    title: 'Create session full',
    documented: false,
    safe: false,
    assumption: 'body like Generate a session; response like Get session details',
  },
  createSession: {
    method: 'POST',
    path: '/api/v1/session',
    product: 'vid',
    title: 'Generate a session',
    documented: true,
    safe: false,
  },
  getSession: {
    method: 'GET',
    path: '/api/v1/session/{session_id}',
    product: 'vid',
    title: 'Get session details',
    documented: true,
    safe: true,
  },
  transactionalIdCheck: {
    method: 'POST',
    path: '/api/v1/session/idcheck',
    product: 'vid',
    title: 'Transactional ID check',
    documented: false,
    safe: false,
  },

  messageDownloadAttachment: {
    method: 'GET',
    path: '/api/v1/attachment/{attachment_id}',
    product: 'message',
    title: 'Download attachment (Message)',
    documented: false,
    safe: true,
    assumption: 'same route as the Go!Chat one',
  },
  messageSearchThreads: {
    method: 'POST',
    path: '/api/v1/threads/search',
    product: 'message',
    title: 'Search threads (Message)',
    documented: false,
    safe: true,
    assumption: 'same route as the Go!Chat one',
  },
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
