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
    assumption:
      "also answers, where Algoreg has them, `customer.kyc_level_requested`, `customer.parent_external_id`, `customer.updated_at` and `relations` (Save customers' relation shape, the customer as parent or child)",
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
    assumption:
      'body filters + `limit`/`offset`, response `{data: Customer[], total}` like Search alerts; filters `updated_from`/`updated_to` (ISO 8601, on a customer `updated_at`) and `kyc_levels` (any of); order `order_by` (`external_id`, `created_at`, `updated_at` or `last_name`) and `order_way` (`asc` or `desc`), as Search alerts names them, default `external_id` ascending',
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
    assumption: '`expires_at` in epoch seconds',
  },
  createThreadMessage: {
    method: 'POST',
    path: '/api/v1/message',
    product: 'chat',
    title: 'Create thread message',
    documented: true,
    safe: false,
    assumption:
      "`attachments[].file` = base64 of the bytes; `to`/`cc`/`bcc` lists of addresses; `ext_msg_id` comes back as the message's `external_message_id` (the gateway finds the new message by it, since the answer has no content)",
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
    assumption: 'raw bytes, `Content-Type` = `file_mime`',
  },
  getThreadMessages: {
    method: 'GET',
    path: '/api/v1/thread/{id}/messages',
    product: 'chat',
    title: 'Get thread messages',
    documented: true,
    safe: true,
    assumption: 'query parameters `limit`/`offset`; newest first; messages carry `thread_id`',
  },
  getThread: {
    method: 'GET',
    path: '/api/v1/thread/{id}',
    product: 'chat',
    title: 'Get thread',
    documented: true,
    safe: true,
    assumption:
      'fields after `message_count`: `subject`, `status` (1 open, 2 waiting for the customer, 3 closed), `tag_codes`, `comment`, `reminder {delay, number_left}`',
  },
  searchThreads: {
    method: 'POST',
    path: '/api/v1/threads/search',
    product: 'chat',
    title: 'Search threads',
    documented: false,
    safe: true,
    assumption:
      'body `{filters: {customer_external_id, statuses, tag_codes, unread, subject}, limit, offset}`, response `{data: Thread[], total}`, most recently active first',
  },
  updateThreadMessage: {
    method: 'POST',
    path: '/api/v1/message/{message_id}',
    product: 'chat',
    title: 'Update thread message',
    documented: false,
    safe: false,
    assumption: 'body `{read, priority}` (`read: false` unread for every agent); response the Message',
  },
  updateThread: {
    method: 'POST',
    path: '/api/v1/thread/{id}',
    product: 'chat',
    title: 'Update thread',
    documented: true,
    safe: false,
    assumption: '`status` codes as Get thread; 404 for an unknown thread or customer',
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
    assumption:
      "no body; refreshes the customer's standing report, whose id is `customer:{customer_external_id}`; response: that report as Get report body answers it (`status` `pending` until done); 404 for an unknown customer",
  },
  generatePressReport: {
    method: 'POST',
    path: '/api/v1/press/report',
    product: 'press',
    title: 'Generate instant report',
    documented: false,
    safe: false,
    assumption:
      'body `{name, entity_type, countries}` like Name search (`entity_type` 1 person, 2 company; ISO alpha-2 countries); response: the new report as Get report body answers it (`status` `pending`)',
  },
  getPressReport: {
    method: 'GET',
    path: '/api/v1/press/report/{id}',
    product: 'press',
    title: 'Get report body',
    documented: false,
    safe: true,
    assumption:
      "path assumed; path parameter `id` and the fields `created_at`, `general_summary`, `general_sources[].website{title, url, snippet, summary}`, `metadata.input{name, additional_info{CountryCodes, Entity}}` are from a stored copy of docs.algoreg.com (rest of the page truncated); assumed: `id`, `customer_external_id`, `status` (`pending | ready | failed`), `completed_at`, and per source `published_at`, `categories`, `relevance` (0–1); a customer's report has the id `customer:{customer_external_id}`",
  },

  getCustomerLastEdd: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}/edd',
    product: 'risk',
    title: 'Get customer last edd',
    documented: false,
    safe: true,
    assumption:
      "response an `EDDRevisionDTO` (as the detail's `edd_status`); 404 `edd_not_found` when the customer has no EDD decision yet",
  },
  getCustomerLastRisk: {
    method: 'GET',
    path: '/api/v1/customers/{customer_external_id}/risk',
    product: 'risk',
    title: 'Get customer last risk',
    documented: false,
    safe: true,
    assumption:
      "response `{risk, score, computed_at, factors: [{name, value, level, contribution}]}`; `risk` and `level` encoded like the detail's `overall_risk`; `contribution` = points the factor adds to the 0–100 `score`; `computed_at` null when never computed",
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
    assumption:
      'body like Generate a session with `input_data` (the onboarding data) given; response like Generate a session `{session_id, customer_reference, start_date}`; an unknown scenario or a language it does not enable answers 400 `errors[]`',
  },
  createSession: {
    method: 'POST',
    path: '/api/v1/session',
    product: 'vid',
    title: 'Generate a session',
    documented: true,
    safe: false,
    assumption:
      'an unknown `scenario_code` (`scenario_not_found`) or a language the scenario does not enable (`language_not_enabled`) answers 400 `errors[]`',
  },
  getSession: {
    method: 'GET',
    path: '/api/v1/session/{session_id}',
    product: 'vid',
    title: 'Get session details',
    documented: true,
    safe: true,
    assumption:
      "`state` strings `created`, `consented`, `started`, `completed`, `expired` (only `completed` is documented); dates ISO 8601 or unix seconds; decision `type` `POSITIVE`, `NEGATIVE` or `MANUAL_REVIEW`; a customer's sessions show in its timeline as events whose `Url` carries `session_id=`",
  },
  transactionalIdCheck: {
    method: 'POST',
    path: '/api/v1/session/idcheck',
    product: 'vid',
    title: 'Transactional ID check',
    documented: false,
    safe: false,
    assumption:
      'limits count decoded bytes, 1 MB = 1 MiB; refusals answer 400 `errors[]`; the watchlist flag is `watchlist_check`; response adds `controls[]` `{code, label, result}` and `watchlist_matches[]` `{name, score, list_name}`; `extracted_info` keys `document_type, document_number, first_name, last_name, birth_date, sex, nationality, issuing_country, expiry_date`',
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

/** Each template split once: literal text at even indexes, parameter names at odd ones. */
const templates = new Map<OperationName, string[]>();

/** Fills a path template; every `{name}` must be given, and is URL-encoded. */
export function buildPath(name: OperationName, params: Record<string, string> = {}): string {
  let parts = templates.get(name);
  if (!parts) {
    parts = endpoints[name].path.split(/\{(\w+)\}/);
    templates.set(name, parts);
  }
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${name}`);
    path += encodeURIComponent(value) + parts[i + 1];
  }
  return path;
}
