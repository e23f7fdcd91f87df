// @ts-nocheck
import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  type Message as MessageDto,
  THREAD_STATUSES,
  type Thread as ThreadDto,
  type ThreadFilters,
  type ThreadStatusName,
} from '../../algoreg/wire/chat.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { Customer } from '../customer.ts';
import { badInput, Issues } from '../errors.ts';
import { type ConnectionArgs, offsetConnection, offsetPage } from '../pagination.ts';
import { keyedField, prefetchChildren } from '../prefetch.ts';
import { toDateTime } from '../scalars.ts';
import { Attachment, inThread, Message, nodeKey } from './message.ts';

export const Thread = builder.loadableNodeRef('Thread', {
  id: {
    description: "Global id; `thread(id:)` also takes Algoreg's thread id.",
    resolve: (t: ThreadDto) => t.id,
  },
  load: (threadIds: string[], ctx: Context) => ctx.algoreg.chat.getThreads(threadIds),
});

export const ThreadStatus = builder.enumType('ThreadStatus', {
  description:
    'Where a thread stands. Algoreg documents `status` as an integer without its values: the codes are assumed (1, 2, 3). A code the gateway does not know reads as UNKNOWN, with the code in `rawStatus`; UNKNOWN cannot be written.',
  values: {
    ...Object.fromEntries(
      THREAD_STATUSES.map((s) => [
        s.name,
        { value: s.name, description: `${s.description} (code ${s.code})` },
      ]),
    ),
    UNKNOWN: { value: 'UNKNOWN', description: 'A status this gateway does not know (see `rawStatus`).' },
  } as Record<ThreadStatusName, { value: ThreadStatusName; description: string }>,
});

const ThreadReminder = builder.simpleObject('ThreadReminder', {
  description: 'An automatic reminder sent to the customer while the thread waits for an answer.',
  fields: (t) => ({
    delay: t.int({
      nullable: true,
      description:
        'Time between reminders, as Algoreg counts it (the unit is not documented; the sandbox uses hours).',
    }),
    remaining: t.int({ nullable: true, description: 'Reminders still to send (Algoreg `number_left`).' }),
  }),
});

/** Algoreg's thread id from a Thread global id, or the id itself when it is not one. */
export function threadIdOf(value: string, field: string): string {
  const v = value.trim();
  if (!v) badInput(field, 'must not be empty');
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(v);
  } catch {
    // Not a global id: Algoreg's own id.
  }
  if (decoded?.typename === 'Thread') return decoded.id;
  if (decoded && CHAT_TYPES.has(decoded.typename)) {
    badInput(field, `is the id of a ${decoded.typename}, not of a Thread`);
  }
  return v;
}

const CHAT_TYPES = new Set(['Message', 'Attachment']);

const MessageConnection = builder.connectionObject(
  { type: Message, name: 'MessageConnection', description: "A page of a thread's messages, newest first." },
  { name: 'MessageEdge', description: 'A message in a page.' },
);

/** Starts together with Get thread when `thread(id:)` selects it (prefetch.ts). */
const threadMessages = keyedField('Thread', 'messages', async (threadId, args: ConnectionArgs, ctx) => {
  const page = offsetPage(args);
  const res = await ctx.algoreg.chat.messages(threadId, page);
  const loader = Message.getDataloader(ctx);
  for (const m of res.items) loader.prime(nodeKey(threadId, m.id), m);
  return offsetConnection(res.items, page, res.total);
});

builder.objectType(Thread, {
  description:
    'A Go!Chat conversation between the compliance team and one or more customers (e.g. a request for a missing document and the answers).',
  fields: (t) => ({
    threadId: t.exposeString('id', { description: "Algoreg's id of the thread." }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'Subject (assumed field of the Thread object).',
    }),
    status: t.field({
      type: ThreadStatus,
      nullable: true,
      description: 'Where the thread stands; null when Algoreg sent none.',
      resolve: (x) => x.status,
    }),
    rawStatus: t.exposeInt('rawStatus', {
      nullable: true,
      description: 'The status code exactly as Algoreg sent it.',
    }),
    tags: t.exposeStringList('tags', { description: 'Tag codes of the thread.' }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'Internal comment of the compliance team.',
    }),
    reminder: t.field({
      type: ThreadReminder,
      nullable: true,
      description: 'The automatic reminder, when one is set.',
      resolve: (x) => x.reminder,
    }),
    clientId: t.exposeString('clientId', { nullable: true, description: 'Algoreg tenant id.' }),
    contacts: t.exposeStringList('contacts', { description: 'Addresses of the people in the conversation.' }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the thread was opened.',
      resolve: (x) => toDateTime(x.createdAt),
    }),
    customerExternalIds: t.exposeStringList('customerExternalIds', {
      description: 'External ids of the customers the thread is about.',
    }),
    customers: t.field({
      type: [Customer],
      authScopes: { scope: 'read:customers' },
      // The list is nullable so that a caller without read:customers loses it, not the thread.
      nullable: { list: true, items: true },
      description:
        'The customers the thread is about, loaded in one batch for a whole page (null for one Algoreg no longer has); null without the read:customers scope.',
      resolve: (x) => x.customerExternalIds,
    }),
    attachments: t.field({
      type: [Attachment],
      description: 'Every file sent in the thread.',
      resolve: (x) => inThread(x.attachments, x.id),
    }),
    externalMessageIds: t.exposeStringList('externalMessageIds', {
      description: 'External ids (e.g. e-mail Message-IDs) of the messages of the thread.',
    }),
    lastMessage: t.field({
      type: Message,
      nullable: true,
      description: 'The latest message; null for a thread without messages.',
      resolve: (x) => x.lastMessage,
    }),
    messageCount: t.exposeInt('messageCount', {
      nullable: true,
      description: 'How many messages the thread holds.',
    }),
    messages: t.connection(
      {
        type: Message,
        // Nullable: a failed read of the messages must not take the rest of the thread with it.
        nullable: true,
        description:
          "The thread's messages, newest first (Get thread messages); null when Algoreg could not be read.",
        resolve: (x, args, ctx) => threadMessages(x.id, args, ctx),
      },
      MessageConnection,
    ),
  }),
});

builder.objectField(Message, 'thread', (t) =>
  t.field({
    type: Thread,
    nullable: true,
    description: 'The thread the message belongs to.',
    resolve: (m: MessageDto) => m.threadId,
  }),
);

// ---------------------------------------------------------------------------------------------
// Reads.

const ThreadConnection = builder.connectionObject(
  {
    type: Thread,
    name: 'ThreadConnection',
    description: 'A page of threads (Search threads), most recently active first.',
  },
  { name: 'ThreadEdge', description: 'A thread in a page.' },
);

const filterFields = {
  statuses: 'With any of these statuses.',
  tags: 'With any of these tag codes.',
  unread:
    'true: only threads with a message from the customer that no agent has read; false: only the others.',
  subject:
    "Subject contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented).",
};

const ThreadFilter = builder.inputType('ThreadFilter', {
  description: 'Narrows `threads`. All given filters must match (Search threads; filter names assumed).',
  fields: (t) => ({
    customerExternalId: t.string({ description: 'Threads about this customer only.' }),
    statuses: t.field({ type: [ThreadStatus], description: filterFields.statuses }),
    tags: t.stringList({ description: filterFields.tags }),
    unread: t.boolean({ description: filterFields.unread }),
    subject: t.string({ description: filterFields.subject }),
  }),
});

const CustomerThreadFilter = builder.inputType('CustomerThreadFilter', {
  description: "Narrows a customer's threads. All given filters must match.",
  fields: (t) => ({
    statuses: t.field({ type: [ThreadStatus], description: filterFields.statuses }),
    tags: t.stringList({ description: filterFields.tags }),
    unread: t.boolean({ description: filterFields.unread }),
    subject: t.string({ description: filterFields.subject }),
  }),
});

type FilterInput = typeof ThreadFilter.$inferInput;
const MAX_FILTER_VALUES = 50;

/** The filters of a search, checked before any call. */
function toFilters(f: FilterInput, at: string): ThreadFilters {
  const issues = new Issues();
  if (f.customerExternalId != null && !f.customerExternalId.trim()) {
    issues.add(`${at}.customerExternalId`, 'must not be empty');
  }
  f.statuses?.forEach((s, i) => {
    if (s === 'UNKNOWN') issues.add(`${at}.statuses[${i}]`, 'UNKNOWN cannot be searched for');
  });
  if (f.tags && f.tags.length > MAX_FILTER_VALUES)
    issues.add(`${at}.tags`, `at most ${MAX_FILTER_VALUES} values`);
  f.tags?.forEach((v, i) => {
    if (!v.trim()) issues.add(`${at}.tags[${i}]`, 'must not be empty');
  });
  issues.throwIfAny();
  const filters: ThreadFilters = {};
  if (f.customerExternalId) filters.customerExternalId = f.customerExternalId;
  if (f.statuses?.length) filters.statuses = f.statuses.filter((s) => s !== 'UNKNOWN');
  if (f.tags?.length) filters.tags = f.tags;
  if (f.unread != null) filters.unread = f.unread;
  if (f.subject) filters.subject = f.subject;
  return filters;
}

async function searchPage(ctx: Context, filter: FilterInput, at: string, args: ConnectionArgs) {
  const page = offsetPage(args);
  const filters = toFilters(filter, at);
  const res = await ctx.algoreg.chat.search(filters, page);
  const loader = Thread.getDataloader(ctx);
  for (const x of res.items) loader.prime(x.id, x);
  return offsetConnection(res.items, page, res.total);
}

builder.queryFields((t) => ({
  thread: t.field({
    type: Thread,
    authScopes: { scope: 'chat' },
    nullable: true,
    description: 'A Go!Chat thread by id (global or Algoreg id); null when Algoreg has none.',
    args: { id: t.arg.id({ required: true, description: "The thread's `id` or Algoreg's `threadId`." }) },
    resolve: (_, args, ctx, info) => {
      const threadId = threadIdOf(String(args.id), 'id');
      prefetchChildren(info, 'Thread', threadId, ctx);
      return threadId;
    },
  }),
  threads: t.connection(
    {
      type: Thread,
      authScopes: { scope: 'chat' },
      // Nullable like every root list: a refusal or failure here keeps the query's other fields.
      nullable: true,
      description: 'Go!Chat threads, filtered and paged (Search threads), most recently active first.',
      args: { filter: t.arg({ type: ThreadFilter, description: 'Which threads; all when omitted.' }) },
      resolve: (_, args, ctx) => searchPage(ctx, args.filter ?? {}, 'filter', args),
    },
    ThreadConnection,
  ),
}));

builder.objectField(Customer, 'threads', (t) =>
  t.connection(
    {
      type: Thread,
      authScopes: { scope: 'chat' },
      // Nullable: a failed search must not take the rest of the customer with it.
      nullable: true,
      description:
        "The customer's Go!Chat threads, most recently active first; null when Algoreg could not be read.",
      args: {
        filter: t.arg({ type: CustomerThreadFilter, description: "Which of the customer's threads." }),
      },
      resolve: (c, args, ctx) => customerThreads(c.externalId, args, ctx),
    },
    ThreadConnection,
  ),
);

/** Starts together with the customer's detail call when the query selects it (prefetch.ts). */
const customerThreads = keyedField(
  'Customer',
  'threads',
  (externalId, args: ConnectionArgs & { filter?: typeof CustomerThreadFilter.$inferInput | null }, ctx) =>
    searchPage(ctx, { ...(args.filter ?? {}), customerExternalId: externalId }, 'filter', args),
);
