// @ts-nocheck
import { randomBytes } from 'node:crypto';
import type { Json, Store, ThreadState } from '../store.ts';
import { mimeOf } from './document.ts';
import { apiError, paging, type RouteHandlers, type SandboxReply } from './types.ts';

/** The agent id of the programmatic (API) user, as the sandbox records it on messages it sends. */
export const API_AGENT_ID = 900;
/** How long an end-user token lives. Not documented; the sandbox says a day. */
const END_USER_TOKEN_TTL_S = 86_400;
/** Thread status codes the sandbox accepts (assumed, see `THREAD_STATUSES` in algoreg/wire/chat.ts). */
const STATUSES = new Set([1, 2, 3]);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Go!Chat and the Message group (API.md §5.1; several paths and shapes assumed, see endpoints.ts). */
export function chatRoutes(): RouteHandlers {
  const searchThreads: RouteHandlers['searchThreads'] = ({ body }, store) => {
    const b = obj(body);
    const filters = obj(b.filters);
    const { limit, offset } = paging(b, 20, 500);
    const matches = [...store.threads.values()]
      .filter((t) => threadMatches(t, filters))
      .sort((a, c) => lastActivity(c).localeCompare(lastActivity(a)) || idOf(a).localeCompare(idOf(c)));
    return {
      json: {
        data: matches.slice(offset, offset + limit).map((t) => threadJson(store, t)),
        total: matches.length,
      },
    };
  };

  const downloadAttachment: RouteHandlers['downloadAttachment'] = ({ params }, store) => {
    const stored = store.attachments.get(params.attachment_id ?? '');
    if (!stored) return apiError(404, 'attachment_not_found', 'Attachment not found');
    const name = String(stored.attachment.file_name || 'attachment');
    return {
      raw: stored.bytes,
      contentType: String(stored.attachment.file_mime || 'application/octet-stream'),
      headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` },
    };
  };

  return {
    getThread: ({ params }, store) => {
      const t = store.threads.get(params.id ?? '');
      return t ? { json: threadJson(store, t) } : threadNotFound();
    },

    getThreadMessages: ({ params, query }, store) => {
      const t = store.threads.get(params.id ?? '');
      if (!t) return threadNotFound();
      const { limit, offset } = paging(query, 20, 500);
      const newestFirst = [...t.messages].reverse();
      return { json: { messages: newestFirst.slice(offset, offset + limit), total: t.messages.length } };
    },

    searchThreads,
    messageSearchThreads: searchThreads,

    createThread: ({ body }, store) => {
      const b = obj(body);
      if (typeof b.subject !== 'string' || !b.subject.trim()) {
        return apiError(400, 'invalid_body', 'subject is mandatory');
      }
      const ids = b.customer_external_ids;
      if (!Array.isArray(ids) || ids.length === 0) {
        return apiError(400, 'invalid_body', 'customer_external_ids is mandatory');
      }
      const id = store.nextId('thr');
      const state: ThreadState = {
        thread: {
          id,
          client_id: 1,
          contacts: [],
          created_at: nowIso(),
          subject: b.subject,
          status: 1,
          tag_codes: [],
          comment: '',
          reminder: null,
        },
        customerExternalIds: [],
        messages: [],
      };
      const problem = applyUpdate(store, state, b);
      if (problem) return problem;
      store.threads.set(id, state);
      return { json: threadJson(store, state) };
    },

    updateThread: ({ params, body }, store) => {
      const t = store.threads.get(params.id ?? '');
      if (!t) return threadNotFound();
      // Checked on a copy, so a refused update changes nothing.
      const draft: ThreadState = { ...t, thread: { ...t.thread } };
      const problem = applyUpdate(store, draft, obj(body));
      if (problem) return problem;
      t.thread = draft.thread;
      t.customerExternalIds = draft.customerExternalIds;
      return { json: threadJson(store, t) };
    },

    createThreadMessage: ({ body }, store) => createMessage(store, obj(body)),

    updateThreadMessage: ({ params, body }, store) => {
      const found = findMessage(store, params.message_id ?? '');
      if (!found) return apiError(404, 'message_not_found', 'Message not found');
      const b = obj(body);
      if (b.read !== undefined && typeof b.read !== 'boolean') {
        return apiError(400, 'invalid_body', 'read must be a boolean');
      }
      if (b.priority !== undefined && !Number.isInteger(b.priority)) {
        return apiError(400, 'invalid_body', 'priority must be an integer');
      }
      if (b.read === true && !list(found.read_by_agents).includes(API_AGENT_ID)) {
        found.read_by_agents = [...list(found.read_by_agents), API_AGENT_ID];
      }
      // Marking unread is for everyone: the message shows as new again in every agent's inbox.
      if (b.read === false) found.read_by_agents = [];
      if (b.priority !== undefined) found.priority = b.priority;
      return { json: found };
    },

    createChatToken: ({ body }, store) => {
      const b = obj(body);
      if (typeof b.external_id !== 'string' || !b.external_id) {
        return apiError(400, 'invalid_body', 'external_id is mandatory');
      }
      if (!store.customers.has(b.external_id))
        return apiError(404, 'customer_not_found', 'Customer not found');
      for (const key of ['emails', 'tags'] as const) {
        if (b[key] !== undefined && !isStringList(b[key])) {
          return apiError(400, 'invalid_body', `${key} must be a list of strings`);
        }
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = Math.floor(Date.now() / 1000) + END_USER_TOKEN_TTL_S;
      store.chatTokens.set(token, { externalId: b.external_id, expiresAt: expiresAt * 1000 });
      return { json: { token, expires_at: expiresAt } };
    },

    downloadAttachment,
    messageDownloadAttachment: downloadAttachment,
  };
}

/** A thread as Get thread answers it: its own fields plus its customers, attachments and last message. */
export function threadJson(store: Store, t: ThreadState): Json {
  const last = t.messages[t.messages.length - 1] ?? null;
  return {
    ...t.thread,
    customers: t.customerExternalIds.map((id) => store.customers.get(id)?.customer).filter(Boolean),
    attachments: t.messages.flatMap((m) => list(m.attachments)),
    external_message_ids: t.messages.map((m) => m.external_message_id).filter(Boolean),
    last_message: last,
    message_count: t.messages.length,
  };
}

function createMessage(store: Store, b: Json): SandboxReply {
  if (typeof b.thread_id !== 'string' || !b.thread_id) {
    return apiError(400, 'invalid_body', 'thread_id is mandatory');
  }
  const t = store.threads.get(b.thread_id);
  if (!t) return threadNotFound();
  for (const key of ['content', 'subject', 'from', 'from_customer_id', 'mailbox_id', 'ext_msg_id'] as const) {
    if (b[key] !== undefined && typeof b[key] !== 'string') {
      return apiError(400, 'invalid_body', `${key} must be a string`);
    }
  }
  for (const key of ['to', 'cc', 'bcc'] as const) {
    if (b[key] !== undefined && typeof b[key] !== 'string' && !isStringList(b[key])) {
      return apiError(400, 'invalid_body', `${key} must be a list of addresses`);
    }
  }
  if (b.priority !== undefined && !Number.isInteger(b.priority)) {
    return apiError(400, 'invalid_body', 'priority must be an integer');
  }
  const given = b.attachments ?? [];
  if (!Array.isArray(given)) return apiError(400, 'invalid_body', 'attachments must be a list');
  if (!b.content && given.length === 0) {
    return apiError(400, 'empty_message', 'A message needs content or attachments');
  }
  const files: { name: string; bytes: Buffer }[] = [];
  for (const a of given as unknown[]) {
    const { file, name } = obj(a);
    if (typeof name !== 'string' || !name)
      return apiError(400, 'invalid_attachment', 'attachments[].name is mandatory');
    if (typeof file !== 'string' || file.length % 4 !== 0 || !BASE64.test(file)) {
      return apiError(400, 'invalid_attachment', 'attachments[].file must be base64');
    }
    const bytes = Buffer.from(file, 'base64');
    if (bytes.length === 0) return apiError(400, 'empty_file', 'The file is empty');
    files.push({ name, bytes });
  }
  const fromCustomer =
    typeof b.from_customer_id === 'string' && b.from_customer_id ? b.from_customer_id : null;
  const id = store.nextId('msg');
  const attachments = files.map(({ name, bytes }) => {
    const attachment: Json = {
      id: store.nextId('att'),
      file_name: name,
      file_mime: mimeOf(name),
      file_size: bytes.length,
      file_type: '',
      // Not scanned yet: Algoreg documents null as "not verified".
      file_not_dangerous: null,
      attachment_movements: { movements: [], total: 0 },
    };
    store.attachments.set(String(attachment.id), { attachment, bytes, threadId: b.thread_id as string });
    return attachment;
  });
  t.messages.push({
    id,
    thread_id: b.thread_id,
    agent_id: fromCustomer ? 0 : API_AGENT_ID,
    attachments,
    from: typeof b.from === 'string' ? b.from : fromCustomer ? '' : 'compliance@sandbox.algoreg.local',
    to: addressList(b.to),
    cc: addressList(b.cc),
    bcc: addressList(b.bcc),
    subject: typeof b.subject === 'string' ? b.subject : String(t.thread.subject ?? ''),
    content: typeof b.content === 'string' ? b.content : '',
    created_at: nowIso(),
    delivery: b.delivery && typeof b.delivery === 'object' ? b.delivery : {},
    origin: { type: 'api' },
    priority: typeof b.priority === 'number' ? b.priority : 0,
    mailbox_id: typeof b.mailbox_id === 'string' ? b.mailbox_id : 'mbx-compliance',
    external_message_id: typeof b.ext_msg_id === 'string' ? b.ext_msg_id : '',
    reply_to_external_message_id: typeof b.reply_to_ext_msg_id === 'string' ? b.reply_to_ext_msg_id : '',
    raw_message: '',
    read_by_agents: b.read === true || !fromCustomer ? [API_AGENT_ID] : [],
    error_when_trying_to_send: '',
  });
  const reminder = obj(b.set_reminder);
  if (Number.isInteger(reminder.delay) && Number.isInteger(reminder.number_left)) {
    t.thread.reminder = { delay: reminder.delay, number_left: reminder.number_left };
  }
  // Documented: 200 with no content.
  return {};
}

/** Applies an Update thread body to a thread; an Algoreg-like error for the first bad field. */
function applyUpdate(store: Store, t: ThreadState, b: Json): SandboxReply | undefined {
  if (b.comment !== undefined) {
    if (typeof b.comment !== 'string') return apiError(400, 'invalid_body', 'comment must be a string');
    t.thread.comment = b.comment;
  }
  if (b.status !== undefined) {
    if (!Number.isInteger(b.status) || !STATUSES.has(b.status as number)) {
      return apiError(400, 'invalid_status', 'status is not a thread status');
    }
    t.thread.status = b.status;
  }
  if (b.tag_codes !== undefined) {
    if (!isStringList(b.tag_codes)) return apiError(400, 'invalid_body', 'tag_codes must be a list of codes');
    t.thread.tag_codes = [...new Set(b.tag_codes)];
  }
  if (b.reminder !== undefined && b.reminder !== null) {
    const r = obj(b.reminder);
    const valid = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
    if (!valid(r.delay) || !valid(r.number_left)) {
      return apiError(400, 'invalid_body', 'reminder needs a delay and a number_left');
    }
    t.thread.reminder = { delay: r.delay, number_left: r.number_left };
  }
  if (b.customer_external_ids !== undefined || b.customer_ids !== undefined) {
    const external = b.customer_external_ids ?? [];
    const internal = b.customer_ids ?? [];
    if (!isStringList(external) || !isStringList(internal)) {
      return apiError(400, 'invalid_body', 'customer ids must be lists of strings');
    }
    const byInternalId = new Map(
      [...store.customers.values()].map((c) => [String(c.customer.id), String(c.customer.external_id)]),
    );
    const ids: string[] = [];
    for (const id of external) {
      if (!store.customers.has(id)) return apiError(404, 'customer_not_found', 'Customer not found');
      ids.push(id);
    }
    for (const id of internal) {
      const ext = byInternalId.get(id);
      if (!ext) return apiError(404, 'customer_not_found', 'Customer not found');
      ids.push(ext);
    }
    t.customerExternalIds = [...new Set(ids)];
    t.thread.contacts = [
      ...new Set(
        t.customerExternalIds.map((id) => store.customers.get(id)?.customer.contacts).filter(isText),
      ),
    ];
  }
  return undefined;
}

function findMessage(store: Store, messageId: string): Json | undefined {
  for (const t of store.threads.values()) {
    const m = t.messages.find((x) => x.id === messageId);
    if (m) return m;
  }
  return undefined;
}

/** Unread: a message from the customer (no agent) that no agent has read. */
const isUnread = (m: Json) => !m.agent_id && list(m.read_by_agents).length === 0;

function threadMatches(t: ThreadState, f: Json): boolean {
  if (typeof f.customer_external_id === 'string' && f.customer_external_id) {
    if (!t.customerExternalIds.includes(f.customer_external_id)) return false;
  }
  if (Array.isArray(f.statuses) && f.statuses.length && !f.statuses.includes(t.thread.status)) return false;
  if (isStringList(f.tag_codes) && f.tag_codes.length) {
    const tags = list(t.thread.tag_codes);
    if (!f.tag_codes.some((x) => tags.includes(x))) return false;
  }
  if (typeof f.unread === 'boolean' && t.messages.some(isUnread) !== f.unread) return false;
  if (typeof f.subject === 'string' && f.subject) {
    if (
      !String(t.thread.subject ?? '')
        .toLowerCase()
        .includes(f.subject.toLowerCase())
    )
      return false;
  }
  return true;
}

const threadNotFound = () => apiError(404, 'thread_not_found', 'Thread not found');
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const addressList = (v: unknown): string[] =>
  typeof v === 'string' ? (v ? [v] : []) : isStringList(v) ? v : [];
const idOf = (t: ThreadState) => String(t.thread.id);
const lastActivity = (t: ThreadState) =>
  String(t.messages[t.messages.length - 1]?.created_at ?? t.thread.created_at ?? '');
