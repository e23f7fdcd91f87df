// @ts-nocheck
import { z } from 'zod';
import { flag, int, json, list, optId, optIdLike, strings, text } from './common.ts';

/**
 * Go!Chat JSON as Algoreg sends it (API.md §5.1), mapped once to camelCase DTOs. The `Thread`
 * object is documented only up to `message_count`; what follows it (subject, status, tags, comment,
 * reminder) is ASSUMED, named after the fields Update thread takes.
 */

/**
 * Thread status: the ONE table of `status` codes. Algoreg documents an integer and no values
 * (API.md §8); these codes are ASSUMED. A code not listed reads as UNKNOWN, with the raw code kept.
 */
export const THREAD_STATUSES = [
  { name: 'OPEN', code: 1, description: 'Being worked on by the compliance team.' },
  { name: 'WAITING_FOR_CUSTOMER', code: 2, description: 'A question was sent; the customer has to answer.' },
  { name: 'CLOSED', code: 3, description: 'Done.' },
] as const;

export type ThreadStatusName = (typeof THREAD_STATUSES)[number]['name'] | 'UNKNOWN';

const STATUS_BY_CODE = new Map<number, ThreadStatusName>(THREAD_STATUSES.map((s) => [s.code, s.name]));
const CODE_BY_STATUS = new Map<ThreadStatusName, number>(THREAD_STATUSES.map((s) => [s.name, s.code]));

/** The code Algoreg expects for a status. */
export function threadStatusCode(status: Exclude<ThreadStatusName, 'UNKNOWN'>): number {
  return CODE_BY_STATUS.get(status) ?? 1;
}

/**
 * A timestamp whose type Algoreg does not document: an ISO string or an epoch number, kept as sent
 * (absent, null and "" all read as no date where it is shown: `toDateTime`).
 */
const when = z.union([z.string(), z.number()]).nullish();

/**
 * `to`, `cc`, `bcc`: their type is not documented. Read as lists of addresses; a single string
 * (one address) is accepted too.
 */
const addresses = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .transform((v) => (v == null || v === '' ? [] : typeof v === 'string' ? [v] : v));

const movement = z
  .object({ agent_id: int, customer_id: optId, file_id: optId })
  .transform((m) => ({ agentId: m.agent_id, customerId: m.customer_id, fileId: m.file_id }));

/** `Attachment` (documented). `file_not_dangerous` null means "not verified". */
export const attachment = z
  .object({
    id: optIdLike.transform((v) => v ?? ''),
    file_name: text,
    file_mime: text,
    file_size: int,
    file_type: text,
    file_not_dangerous: flag,
    attachment_movements: z
      .object({ movements: list(movement), total: int })
      .nullish()
      .transform((v) => ({ movements: v?.movements ?? [], total: v?.total ?? v?.movements.length ?? 0 })),
  })
  .transform((a) => ({
    id: a.id,
    fileName: a.file_name,
    mimeType: a.file_mime,
    size: a.file_size,
    fileType: a.file_type,
    safe: a.file_not_dangerous,
    movements: a.attachment_movements.movements,
    movementCount: a.attachment_movements.total,
  }));

/**
 * `Message` (documented). ASSUMED: `thread_id` (not in the documented list) names the message's
 * thread; without it the client fills it in from the thread it read the message from.
 */
export const message = z
  .object({
    id: optIdLike.transform((v) => v ?? ''),
    thread_id: optId,
    agent_id: int,
    attachments: list(attachment),
    from: text,
    to: addresses,
    cc: addresses,
    bcc: addresses,
    subject: text,
    content: text,
    created_at: when,
    delivery: json,
    origin: json,
    priority: int,
    mailbox_id: optId,
    external_message_id: text,
    reply_to_external_message_id: text,
    raw_message: text,
    read_by_agents: z
      .array(z.number())
      .nullish()
      .transform((v) => v ?? []),
    error_when_trying_to_send: text,
  })
  .transform((m) => ({
    id: m.id,
    threadId: m.thread_id,
    agentId: m.agent_id,
    attachments: m.attachments,
    from: m.from,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    subject: m.subject,
    content: m.content,
    createdAt: m.created_at,
    delivery: m.delivery,
    origin: m.origin,
    priority: m.priority,
    mailboxId: m.mailbox_id,
    externalMessageId: m.external_message_id,
    replyToExternalMessageId: m.reply_to_external_message_id,
    rawMessage: m.raw_message,
    readByAgents: m.read_by_agents,
    deliveryError: m.error_when_trying_to_send,
  }));

/** The customers of a thread: only their external ids are kept (the Customer loader reads the rest). */
const threadCustomer = z.object({ external_id: optId });

const reminder = z
  .object({ delay: int, number_left: int })
  .nullish()
  .transform((r) => (r ? { delay: r.delay, remaining: r.number_left } : null));

/** `Thread`: documented up to `message_count`; `subject`, `status`, `tag_codes` (or `tags`), `comment`, `reminder` ASSUMED. */
export const thread = z
  .object({
    id: optIdLike.transform((v) => v ?? ''),
    client_id: optId,
    contacts: strings,
    created_at: when,
    customers: list(threadCustomer),
    attachments: list(attachment),
    external_message_ids: strings,
    last_message: message.nullish().transform((v) => v ?? null),
    message_count: int,
    subject: text,
    status: int,
    tag_codes: strings,
    tags: strings,
    comment: text,
    reminder,
  })
  .transform((t) => {
    const status = t.status == null ? null : (STATUS_BY_CODE.get(t.status) ?? 'UNKNOWN');
    return {
      id: t.id,
      clientId: t.client_id,
      contacts: t.contacts,
      createdAt: t.created_at,
      customerExternalIds: t.customers.map((c) => c.external_id).filter((id): id is string => id !== null),
      attachments: t.attachments,
      externalMessageIds: t.external_message_ids,
      lastMessage: t.last_message ? { ...t.last_message, threadId: t.last_message.threadId ?? t.id } : null,
      messageCount: t.message_count,
      subject: t.subject,
      status,
      rawStatus: t.status,
      tags: [...new Set([...t.tag_codes, ...t.tags])],
      comment: t.comment,
      reminder: t.reminder,
    };
  });

/** Get thread messages (documented `{messages, total}`). */
export const threadMessages = z
  .object({ messages: list(message), total: int })
  .transform((p) => ({ items: p.messages, total: p.total }));

/** Search threads (ASSUMED `{data, total}` like Search alerts). */
export const threadSearch = z
  .object({ data: list(thread), total: int })
  .transform((p) => ({ items: p.data, total: p.total }));

/** Create end user token (documented `{token, expires_at}`; `expires_at` ASSUMED epoch seconds). */
export const endUserToken = z
  .object({ token: z.string().min(1), expires_at: z.union([z.number(), z.string()]).nullish() })
  .transform((t) => ({ token: t.token, expiresAt: t.expires_at ?? null }));

export type Attachment = z.output<typeof attachment>;
export type Message = z.output<typeof message>;
export type Thread = z.output<typeof thread>;
export type ThreadMessagesPage = z.output<typeof threadMessages>;
export type ThreadSearchPage = z.output<typeof threadSearch>;
export type EndUserToken = z.output<typeof endUserToken>;

// ---------------------------------------------------------------------------------------------
// Typed inputs of the writes and searches (camelCase); the client writes the snake_case bodies.

/** A reminder: sent again after `delay` (unit not documented), `remaining` more times. */
export interface ReminderInput {
  delay: number;
  remaining: number;
}

/** Search threads filters (ASSUMED names, after Update thread's fields and Search alerts' style). */
export interface ThreadFilters {
  customerExternalId?: string;
  statuses?: Exclude<ThreadStatusName, 'UNKNOWN'>[];
  tags?: string[];
  /** Threads with at least one message from the customer that no agent has read. */
  unread?: boolean;
  subject?: string;
}

/** Update thread (documented body, `status` codes assumed). */
export interface UpdateThreadInput {
  status?: Exclude<ThreadStatusName, 'UNKNOWN'>;
  tags?: string[];
  comment?: string;
  reminder?: ReminderInput;
  customerExternalIds?: string[];
}

/** Create thread (ASSUMED: the Update thread body plus `subject`). */
export interface CreateThreadInput extends UpdateThreadInput {
  subject: string;
  customerExternalIds: string[];
}

/** Create thread message (documented body). */
export interface SendMessageInput {
  threadId: string;
  content?: string;
  subject?: string;
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  mailboxId?: string;
  priority?: number;
  read?: boolean;
  /** Sent as `ext_msg_id`; read back as the message's `external_message_id` (ASSUMED). */
  externalMessageId: string;
  replyToExternalMessageId?: string;
  reminder?: ReminderInput;
}

/** Update thread message (ASSUMED body `{read, priority}`). */
export interface UpdateMessageInput {
  read?: boolean;
  priority?: number;
}

/** Create end user token (documented body). */
export interface EndUserTokenInput {
  customerExternalId: string;
  emails?: string[];
  from?: string;
  mailboxId?: string;
  tags?: string[];
}
