import { type Caller, nullIfNotFound } from './caller.ts';
import type { StreamResponse } from './http.ts';
import {
  type BodyPiece,
  base64JsonBody,
  type StreamedBody,
  type UploadBytes,
  withStreamedKey,
} from './json-body.ts';
import { findByIds } from './paging.ts';
import {
  type CreateThreadInput,
  type EndUserTokenInput,
  endUserToken,
  type Message,
  message,
  type ReminderInput,
  type SendMessageInput,
  type Thread,
  type ThreadFilters,
  threadMessages,
  thread as threadSchema,
  threadSearch,
  threadStatusCode,
  type UpdateMessageInput,
  type UpdateThreadInput,
} from './wire/chat.ts';

/** A message in its thread: Algoreg has no read of one message, only of a thread's messages. */
export interface MessageKey {
  threadId: string;
  messageId: string;
}

/** A file to attach to a message: its name and its bytes. */
export interface AttachmentUpload {
  name: string;
  bytes: UploadBytes;
}

/** Page size when reading a thread's messages to find some by id. */
const LOOKUP_PAGE = 200;

const reminderBody = (r: ReminderInput) => ({ delay: r.delay, number_left: r.remaining });

/*
 * Bodies are built as one object literal with every optional key, undefined when not given: they
 * are sent (and cache-keyed) as JSON.stringify'd text, which leaves undefined keys out, so the
 * wire bytes are those of a body holding only the given keys, in this order.
 */

function updateBody(input: UpdateThreadInput): Record<string, unknown> {
  return {
    status: input.status && threadStatusCode(input.status),
    tag_codes: input.tags,
    comment: input.comment,
    reminder: input.reminder && reminderBody(input.reminder),
    customer_external_ids: input.customerExternalIds,
  };
}

function messageBody(m: SendMessageInput): Record<string, unknown> {
  return {
    thread_id: m.threadId,
    ext_msg_id: m.externalMessageId,
    content: m.content,
    subject: m.subject,
    from: m.from,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    mailbox_id: m.mailboxId,
    priority: m.priority,
    read: m.read,
    reply_to_ext_msg_id: m.replyToExternalMessageId,
    set_reminder: m.reminder && reminderBody(m.reminder),
  };
}

/** Typed calls of Go!Chat and the Message group (API.md §5.1). */
export function chatCalls(c: Caller) {
  const getThread = async (threadId: string): Promise<Thread | null> => {
    const t = await nullIfNotFound(
      c.http.json('getThread', threadSchema, { params: { id: threadId }, trace: c.trace }),
    );
    if (!t || t.id) return t;
    // An answer that does not say its id is the thread asked for (its messages are read by it).
    const lastMessage = t.lastMessage && { ...t.lastMessage, threadId: t.lastMessage.threadId || threadId };
    return { ...t, id: threadId, lastMessage };
  };

  /** A page of a thread's messages, newest first (order assumed), each knowing its thread. */
  const messages = async (threadId: string, page: { limit: number; offset: number }) => {
    const res = await c.http.json('getThreadMessages', threadMessages, {
      params: { id: threadId },
      query: page,
      trace: c.trace,
    });
    return { ...res, items: res.items.map((m) => ({ ...m, threadId: m.threadId ?? threadId })) };
  };

  /** Every wanted message of one thread: its messages, page after page. */
  const findInThread = (threadId: string, wanted: ReadonlySet<string>) =>
    findByIds(LOOKUP_PAGE, wanted, (page) => messages(threadId, page));

  return {
    /** Get thread; null when Algoreg has no such thread. */
    getThread,

    /** Get thread for many threads: concurrent GETs under the configured cap. */
    getThreads: (threadIds: readonly string[]) => c.batch('getThread', threadIds, getThread),

    /** Get thread messages: one page. */
    messages,

    /**
     * Messages by key, in order; null for those Algoreg does not have. One Get thread messages
     * call per distinct thread (more only for threads of over 200 messages), under the cap.
     */
    getMessages: async (keys: readonly MessageKey[]): Promise<(Message | null | Error)[]> => {
      const byThread = new Map<string, Set<string>>();
      for (const k of keys)
        byThread.set(k.threadId, (byThread.get(k.threadId) ?? new Set()).add(k.messageId));
      const threads = [...byThread.keys()];
      const results = await c.batch('getThreadMessages', threads, (id) =>
        nullIfNotFound(findInThread(id, byThread.get(id) ?? new Set())),
      );
      const found = new Map(threads.map((id, i) => [id, results[i]]));
      return keys.map((k) => {
        const r = found.get(k.threadId);
        if (r instanceof Error) return r;
        return r?.get(k.messageId) ?? null;
      });
    },

    /** Search threads: filtered, paged, with a total; most recently active first. */
    search: (filters: ThreadFilters, page: { limit: number; offset: number }) => {
      // Lists come non-empty or not at all (the schema's `toFilters` drops empty ones).
      const f = {
        customer_external_id: filters.customerExternalId,
        statuses: filters.statuses?.map(threadStatusCode),
        tag_codes: filters.tags,
        unread: filters.unread,
        subject: filters.subject,
      };
      return c.http.json('searchThreads', threadSearch, { body: { filters: f, ...page }, trace: c.trace });
    },

    /** Create thread. A write: never retried. Throws AlgoregNotFoundError for an unknown customer. */
    createThread: (input: CreateThreadInput) =>
      c.http.json('createThread', threadSchema, {
        body: {
          ...updateBody(input),
          subject: input.subject,
          customer_external_ids: input.customerExternalIds,
        },
        trace: c.trace,
      }),

    /** Update thread; null when Algoreg has no such thread. A write: never retried. */
    updateThread: (threadId: string, input: UpdateThreadInput): Promise<Thread | null> =>
      nullIfNotFound(
        c.http.json('updateThread', threadSchema, {
          params: { id: threadId },
          body: updateBody(input),
          trace: c.trace,
        }),
      ),

    /**
     * Create thread message. Attachments go as `attachments: [{name, file}]` with `file` the
     * base64 of the bytes (encoding ASSUMED, as for document uploads): the JSON body is streamed
     * and each file encoded on the way out, never held whole. Algoreg answers with no content.
     * A write: sent once, never retried.
     */
    sendMessage: (input: SendMessageInput, attachments: readonly AttachmentUpload[]) =>
      c.http.empty(
        'createThreadMessage',
        attachments.length
          ? { jsonStream: messageUploadBody(messageBody(input), attachments), trace: c.trace }
          : { body: messageBody(input), trace: c.trace },
      ),

    /** Update thread message (`read`, `priority`); null when Algoreg has no such message. Never retried. */
    updateMessage: (messageId: string, input: UpdateMessageInput): Promise<Message | null> =>
      nullIfNotFound(
        c.http.json('updateThreadMessage', message, {
          params: { message_id: messageId },
          body: input,
          trace: c.trace,
        }),
      ),

    /** Create end user token: a token for the customer-facing chat. Never retried, never logged. */
    createEndUserToken: (input: EndUserTokenInput) => {
      const body = {
        external_id: input.customerExternalId,
        emails: input.emails,
        from: input.from,
        mailbox_id: input.mailboxId,
        tags: input.tags,
      };
      return c.http.json('createChatToken', endUserToken, { body, trace: c.trace });
    },

    /** Download attachment as a stream of bytes; null when Algoreg has no such attachment. */
    downloadAttachment: (attachmentId: string): Promise<StreamResponse | null> =>
      nullIfNotFound(
        c.http.stream('downloadAttachment', { params: { attachment_id: attachmentId }, trace: c.trace }),
      ),
  };
}

export type ChatCalls = ReturnType<typeof chatCalls>;

/** `{...body, "attachments": [{"name": …, "file": "<base64>"}, …]}`, streamed. */
function messageUploadBody(
  body: Record<string, unknown>,
  attachments: readonly AttachmentUpload[],
): StreamedBody {
  const files: BodyPiece[] = ['['];
  attachments.forEach((a, i) => {
    files.push(`${i ? ',' : ''}{"name":${JSON.stringify(a.name)},"file":`, a.bytes, '}');
  });
  files.push(']');
  return base64JsonBody(withStreamedKey(body, 'attachments', files));
}
