import { randomUUID } from 'node:crypto';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { AttachmentUpload } from '../../algoreg/chat.ts';
import type { Message as MessageDto, ReminderInput, Thread as ThreadDto } from '../../algoreg/wire/chat.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { Customer } from '../customer.ts';
import { sanitizeFileName, sniffMime } from '../document.ts';
import {
  badInput,
  type DomainError,
  ErrorInterface,
  Issues,
  NotFoundError,
  writeOutcome,
} from '../errors.ts';
import { toDateTime } from '../scalars.ts';
import { Message, nodeKey, splitKey } from './message.ts';
import { Thread, ThreadStatus, threadIdOf } from './thread.ts';

// ---------------------------------------------------------------------------------------------
// Attachment checks. The same checks as a document upload (size, type recognised from the first
// bytes, sanitised name), kept in this one function so that it can be swapped for src/files.ts
// once the document checks move there.

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/heic': 'heic',
  'image/tiff': 'tiff',
};
const EXTENSIONS_OF: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/heic': ['heic', 'heif'],
  'image/tiff': ['tif', 'tiff'],
};

/** The first bytes of a file (the multipart parser's File has no `slice`). */
async function firstBytes(file: File, n: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let got = 0;
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    parts.push(Buffer.from(chunk.subarray(0, n - got)));
    got += parts[parts.length - 1]?.length ?? 0;
    if (got >= n) break;
  }
  return Buffer.concat(parts);
}

/** One attached file, checked: its safe name and its bytes; null (with issues added) when refused. */
async function checkAttachmentFile(
  file: File,
  at: string,
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
  issues: Issues,
): Promise<AttachmentUpload | null> {
  const limitText = `${limits.maxBytes} bytes (MAX_UPLOAD_BYTES)`;
  if (file.size === 0 || file.size > limits.maxBytes) {
    issues.add(
      at,
      file.size === 0 ? 'is empty' : `is ${file.size} bytes; the largest file accepted is ${limitText}`,
    );
    return null;
  }
  const mime = sniffMime(await firstBytes(file, 64));
  if (!mime || !limits.mimeAllowlist.includes(mime)) {
    issues.add(
      at,
      `${mime ? `is ${mime}, which` : 'is of a type that'} is not accepted; accepted: ${limits.mimeAllowlist.join(', ')} (recognised from the content, not the name)`,
    );
    return null;
  }
  // The name's extension must tell the truth about the content (Algoreg types files by name).
  const clean = sanitizeFileName(file.name);
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(clean)?.[1]?.toLowerCase();
  const fits = ext !== undefined && (EXTENSIONS_OF[mime] ?? [EXTENSION[mime]]).includes(ext);
  const name = fits ? clean : `${clean || 'attachment'}.${EXTENSION[mime] ?? 'bin'}`;
  return {
    name,
    bytes: { size: file.size, open: () => file.stream() as unknown as AsyncIterable<Uint8Array> },
  };
}

/** Files of one message (the GraphQL multipart spec allows 5 per request). */
const MAX_ATTACHMENTS = 5;

async function checkAttachments(
  files: readonly File[],
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
  issues: Issues,
): Promise<AttachmentUpload[]> {
  if (files.length > MAX_ATTACHMENTS) issues.add('input.attachments', `at most ${MAX_ATTACHMENTS} files`);
  const total = files.reduce((n, f) => n + f.size, 0);
  // Sent base64-encoded in one JSON body: the whole message is held to the limit of one file.
  if (files.length > 1 && total > limits.maxBytes) {
    issues.add(
      'input.attachments',
      `are ${total} bytes together; at most ${limits.maxBytes} bytes (MAX_UPLOAD_BYTES)`,
    );
  }
  const checked = await Promise.all(
    files.map((f, i) => checkAttachmentFile(f, `input.attachments[${i}]`, limits, issues)),
  );
  return checked.filter((a) => a !== null);
}

// ---------------------------------------------------------------------------------------------
// Shared input checks.

const MAX_SUBJECT = 255;
const MAX_CONTENT = 100_000;
const MAX_LIST = 50;
const MAX_PRIORITY = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const ThreadReminderInput = builder.inputType('ThreadReminderInput', {
  description: 'An automatic reminder sent to the customer while the thread waits for an answer.',
  fields: (t) => ({
    delay: t.int({
      required: true,
      description:
        'Time between reminders, as Algoreg counts it (unit not documented; the sandbox uses hours). At least 1.',
    }),
    remaining: t.int({ required: true, description: 'How many reminders to send (0–20).' }),
  }),
});

function checkReminder(
  issues: Issues,
  r: { delay: number; remaining: number } | null | undefined,
): ReminderInput | undefined {
  if (!r) return undefined;
  if (r.delay < 1) issues.add('input.reminder.delay', 'must be at least 1');
  if (r.remaining < 0 || r.remaining > 20) issues.add('input.reminder.remaining', 'must be between 0 and 20');
  return { delay: r.delay, remaining: r.remaining };
}

function checkList(issues: Issues, field: string, list: readonly string[] | null | undefined, email = false) {
  if (!list) return undefined;
  if (list.length > MAX_LIST) issues.add(field, `at most ${MAX_LIST} values`);
  list.forEach((v, i) => {
    if (!v.trim()) issues.add(`${field}[${i}]`, 'must not be empty');
    else if (email && !EMAIL.test(v.trim())) issues.add(`${field}[${i}]`, 'is not an e-mail address');
  });
  return [...new Set(list.map((v) => v.trim()))];
}

function checkText(issues: Issues, field: string, value: string | null | undefined, max: number) {
  if (value == null) return undefined;
  // Only lengths are reported: message text is customer data and never goes into an error.
  if (value.length > max) issues.add(field, `at most ${max} characters`);
  return value;
}

function checkStatus(issues: Issues, status: string | null | undefined) {
  if (status == null) return undefined;
  if (status === 'UNKNOWN') issues.add('input.status', 'UNKNOWN cannot be written');
  return status === 'UNKNOWN' ? undefined : (status as 'OPEN' | 'WAITING_FOR_CUSTOMER' | 'CLOSED');
}

const threadNotFound = (field = 'input.id') => new NotFoundError('No thread with this id.', field);

// ---------------------------------------------------------------------------------------------
// Payloads.

interface ThreadPayload {
  thread: ThreadDto | null;
  errors: DomainError[];
}
interface MessagePayload {
  message: MessageDto | null;
  errors: DomainError[];
}
interface TokenPayload {
  token: string | null;
  expiresAt: Date | null;
  errors: DomainError[];
}

const threadPayload = (name: string, description: string) =>
  builder.objectRef<ThreadPayload>(name).implement({
    description,
    fields: (t) => ({
      thread: t.field({
        type: Thread,
        nullable: true,
        description: 'The thread as Algoreg holds it now; null when `errors` is not empty.',
        resolve: (p) => p.thread,
      }),
      errors: t.field({
        type: [ErrorInterface],
        description: 'Why nothing was done: NotFoundError, RejectedError.',
        resolve: (p) => p.errors,
      }),
    }),
  });

const messagePayload = (name: string, description: string, message: string) =>
  builder.objectRef<MessagePayload>(name).implement({
    description,
    fields: (t) => ({
      message: t.field({ type: Message, nullable: true, description: message, resolve: (p) => p.message }),
      errors: t.field({
        type: [ErrorInterface],
        description: 'Why nothing was done: NotFoundError, RejectedError.',
        resolve: (p) => p.errors,
      }),
    }),
  });

const CreateThreadPayload = threadPayload('CreateThreadPayload', 'The outcome of opening a thread.');
const UpdateThreadPayload = threadPayload('UpdateThreadPayload', 'The outcome of a thread update.');
const SendThreadMessagePayload = messagePayload(
  'SendThreadMessagePayload',
  'The outcome of sending a message.',
  'The message as Algoreg holds it; null when `errors` is not empty, or (rarely) when the message was sent but could not be read back.',
);
const MarkThreadMessagePayload = messagePayload(
  'MarkThreadMessagePayload',
  'The outcome of marking a message.',
  'The message as Algoreg holds it now; null when `errors` is not empty.',
);

const CreateChatEndUserTokenPayload = builder
  .objectRef<TokenPayload>('CreateChatEndUserTokenPayload')
  .implement({
    description:
      'A token for the customer-facing chat. It is returned once: the gateway neither stores nor logs it.',
    fields: (t) => ({
      token: t.string({
        nullable: true,
        description: 'The token to hand to the embedded chat; null when `errors` is not empty.',
        resolve: (p) => p.token,
      }),
      expiresAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the token stops working.',
        resolve: (p) => p.expiresAt,
      }),
      errors: t.field({
        type: [ErrorInterface],
        description: 'Why no token was made: NotFoundError (unknown customer), RejectedError.',
        resolve: (p) => p.errors,
      }),
    }),
  });

// ---------------------------------------------------------------------------------------------
// Inputs.

const threadFields = {
  status: 'New status.',
  tags: 'Replaces the tag codes.',
  comment: 'Internal comment of the compliance team.',
  reminder: 'Sets the automatic reminder.',
};

const CreateThreadInput = builder.inputType('CreateThreadInput', {
  description: 'A new Go!Chat thread about one or more customers.',
  fields: (t) => ({
    customerExternalIds: t.stringList({
      required: true,
      description: 'External ids of the customers (1–50).',
    }),
    subject: t.string({ required: true, description: `Subject (at most ${MAX_SUBJECT} characters).` }),
    status: t.field({ type: ThreadStatus, description: `${threadFields.status} OPEN when omitted.` }),
    tags: t.stringList({ description: 'Tag codes.' }),
    comment: t.string({ description: threadFields.comment }),
    reminder: t.field({ type: ThreadReminderInput, description: threadFields.reminder }),
  }),
});

const UpdateThreadInput = builder.inputType('UpdateThreadInput', {
  description: 'Changes to a thread. Omitted fields keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The thread's `id` (or Algoreg's `threadId`)." }),
    status: t.field({ type: ThreadStatus, description: threadFields.status }),
    tags: t.stringList({ description: threadFields.tags }),
    comment: t.string({ description: threadFields.comment }),
    reminder: t.field({ type: ThreadReminderInput, description: threadFields.reminder }),
    customerExternalIds: t.stringList({ description: 'Replaces the customers the thread is about.' }),
  }),
});

const SendThreadMessageInput = builder.inputType('SendThreadMessageInput', {
  description: 'A message to add to a thread: content, files, or both.',
  fields: (t) => ({
    threadId: t.id({ required: true, description: "The thread's `id` (or Algoreg's `threadId`)." }),
    content: t.string({ description: `Body of the message (at most ${MAX_CONTENT} characters).` }),
    subject: t.string({ description: "Subject; the thread's when omitted." }),
    attachments: t.field({
      type: ['File'],
      description: `Files sent with the GraphQL multipart request spec (at most ${MAX_ATTACHMENTS}, together at most \`MAX_UPLOAD_BYTES\`; the same types as document uploads, recognised from their first bytes).`,
    }),
    to: t.stringList({ description: 'Recipient addresses; Algoreg picks the customer when omitted.' }),
    cc: t.stringList({ description: 'Copy recipient addresses.' }),
    bcc: t.stringList({ description: 'Blind copy recipient addresses.' }),
    from: t.string({ description: 'Sender address; the mailbox default when omitted.' }),
    mailboxId: t.string({ description: 'Algoreg mailbox to send through.' }),
    priority: t.int({ description: `Priority, 0 (normal) to ${MAX_PRIORITY}.` }),
    read: t.boolean({ description: 'Record the message as already read.' }),
    externalMessageId: t.string({
      description: 'Your own id for the message; the gateway makes one when omitted.',
    }),
    replyToExternalMessageId: t.string({ description: 'External id of the message this one answers.' }),
    reminder: t.field({
      type: ThreadReminderInput,
      description: 'Remind the customer if they do not answer.',
    }),
  }),
});

const MarkThreadMessageInput = builder.inputType('MarkThreadMessageInput', {
  description: 'Marks a message read or unread, or changes its priority.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The message's `id` (or Algoreg's `messageId`)." }),
    read: t.boolean({ description: 'true: read by this API user; false: unread again for every agent.' }),
    priority: t.int({ description: `New priority, 0 (normal) to ${MAX_PRIORITY}.` }),
  }),
});

const CreateChatEndUserTokenInput = builder.inputType('CreateChatEndUserTokenInput', {
  description: 'Who the customer-facing chat is for.',
  fields: (t) => ({
    customerExternalId: t.string({ required: true, description: 'External id of the customer.' }),
    emails: t.stringList({ description: "The customer's e-mail addresses." }),
    from: t.string({ description: 'Sender address the customer sees.' }),
    mailboxId: t.string({ description: 'Algoreg mailbox of the conversation.' }),
    tags: t.stringList({ description: 'Tag codes for threads the customer opens.' }),
  }),
});

/** A message key from a Message global id, or Algoreg's message id alone. */
function messageIdOf(value: string, field: string): { messageId: string; threadId: string | null } {
  const v = value.trim();
  if (!v) badInput(field, 'must not be empty');
  try {
    const { typename, id } = decodeGlobalID(v);
    if (typename === 'Message') {
      const key = splitKey(id);
      if (key) return { messageId: key.id, threadId: key.threadId || null };
    }
  } catch {
    // Not a global id: Algoreg's own id.
  }
  return { messageId: v, threadId: null };
}

const priorityOf = (issues: Issues, field: string, p: number | null | undefined) => {
  if (p == null) return undefined;
  if (p < 0 || p > MAX_PRIORITY) issues.add(field, `must be between 0 and ${MAX_PRIORITY}`);
  return p;
};

// ---------------------------------------------------------------------------------------------
// Mutations.

builder.mutationFields((t) => ({
  createThread: t.field({
    type: CreateThreadPayload,
    description: 'Open a Go!Chat thread about customers (Algoreg Create thread). Never retried.',
    args: { input: t.arg({ type: CreateThreadInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<ThreadPayload> => {
      const issues = new Issues();
      const customerExternalIds =
        checkList(issues, 'input.customerExternalIds', input.customerExternalIds) ?? [];
      if (customerExternalIds.length === 0)
        issues.add('input.customerExternalIds', 'give at least one customer');
      if (!input.subject.trim()) issues.add('input.subject', 'must not be empty');
      const subject = checkText(issues, 'input.subject', input.subject.trim(), MAX_SUBJECT) ?? '';
      const status = checkStatus(issues, input.status);
      const tags = checkList(issues, 'input.tags', input.tags);
      const comment = checkText(issues, 'input.comment', input.comment, MAX_CONTENT);
      const reminder = checkReminder(issues, input.reminder);
      issues.throwIfAny();
      try {
        const thread = await ctx.algoreg.chat.createThread({
          subject,
          customerExternalIds,
          ...(status ? { status } : {}),
          ...(tags ? { tags } : {}),
          ...(comment != null ? { comment } : {}),
          ...(reminder ? { reminder } : {}),
        });
        return { thread, errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () =>
            new NotFoundError('A customer of the thread does not exist.', 'input.customerExternalIds'),
          refused: 'Algoreg refused the thread.',
          field: 'input',
        });
        return { thread: null, errors: [outcome] };
      }
    },
  }),

  updateThread: t.field({
    type: UpdateThreadPayload,
    description:
      "Change a thread's status, tags, comment, reminder or customers (Algoreg Update thread). Never retried.",
    args: { input: t.arg({ type: UpdateThreadInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<ThreadPayload> => {
      const threadId = threadIdOf(String(input.id), 'input.id');
      const issues = new Issues();
      const status = checkStatus(issues, input.status);
      const tags = checkList(issues, 'input.tags', input.tags);
      const comment = checkText(issues, 'input.comment', input.comment, MAX_CONTENT);
      const reminder = checkReminder(issues, input.reminder);
      const customerExternalIds = checkList(issues, 'input.customerExternalIds', input.customerExternalIds);
      if (customerExternalIds?.length === 0)
        issues.add('input.customerExternalIds', 'give at least one customer');
      const change = {
        ...(status ? { status } : {}),
        ...(tags ? { tags } : {}),
        ...(comment != null ? { comment } : {}),
        ...(reminder ? { reminder } : {}),
        ...(customerExternalIds ? { customerExternalIds } : {}),
      };
      if (Object.keys(change).length === 0 && issues.list.length === 0) {
        issues.add('input', 'give at least one of status, tags, comment, reminder, customerExternalIds');
      }
      issues.throwIfAny();
      // Update thread answers 404 for an unknown thread and for an unknown customer alike: the
      // customers are looked up first, so that a 404 can only mean the thread.
      const unknown = customerExternalIds ? await unknownCustomers(ctx, customerExternalIds) : [];
      if (unknown.length) return { thread: null, errors: unknown };
      try {
        const thread = await ctx.algoreg.chat.updateThread(threadId, change);
        Thread.getDataloader(ctx).clear(threadId);
        return thread ? { thread, errors: [] } : { thread: null, errors: [threadNotFound()] };
      } catch (error) {
        return {
          thread: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the change.', field: 'input' })],
        };
      }
    },
  }),

  sendThreadMessage: t.field({
    type: SendThreadMessagePayload,
    description:
      'Add a message to a thread (Algoreg Create thread message), with files sent by the GraphQL multipart request spec. Everything is checked before anything is sent; the message is sent once, never retried.',
    args: { input: t.arg({ type: SendThreadMessageInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<MessagePayload> => {
      const threadId = threadIdOf(String(input.threadId), 'input.threadId');
      const issues = new Issues();
      const content = checkText(issues, 'input.content', input.content, MAX_CONTENT);
      const subject = checkText(issues, 'input.subject', input.subject, MAX_SUBJECT);
      const files = input.attachments ?? [];
      if (!content?.trim() && files.length === 0)
        issues.add('input.content', 'give content, attachments or both');
      const to = checkList(issues, 'input.to', input.to, true);
      const cc = checkList(issues, 'input.cc', input.cc, true);
      const bcc = checkList(issues, 'input.bcc', input.bcc, true);
      if (input.from != null && !EMAIL.test(input.from.trim()))
        issues.add('input.from', 'is not an e-mail address');
      const priority = priorityOf(issues, 'input.priority', input.priority);
      const reminder = checkReminder(issues, input.reminder);
      const attachments = await checkAttachments(files, ctx.config.uploads, issues);
      issues.throwIfAny();

      // Algoreg would refuse an unknown thread, but only after receiving every file.
      if (attachments.length && !(await Thread.getDataloader(ctx).load(threadId))) {
        return { message: null, errors: [threadNotFound('input.threadId')] };
      }
      const externalMessageId = input.externalMessageId?.trim() || `<${randomUUID()}@gateway.algoreg>`;
      try {
        await ctx.algoreg.chat.sendMessage(
          {
            threadId,
            externalMessageId,
            ...(content != null ? { content } : {}),
            ...(subject != null ? { subject } : {}),
            ...(to ? { to } : {}),
            ...(cc ? { cc } : {}),
            ...(bcc ? { bcc } : {}),
            ...(input.from != null ? { from: input.from.trim() } : {}),
            ...(input.mailboxId != null ? { mailboxId: input.mailboxId } : {}),
            ...(priority != null ? { priority } : {}),
            ...(input.read != null ? { read: input.read } : {}),
            ...(input.replyToExternalMessageId != null
              ? { replyToExternalMessageId: input.replyToExternalMessageId }
              : {}),
            ...(reminder ? { reminder } : {}),
          },
          attachments,
        );
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () => threadNotFound('input.threadId'),
          refused: 'Algoreg refused the message.',
          field: 'input',
        });
        return { message: null, errors: [outcome] };
      }
      Thread.getDataloader(ctx).clear(threadId);
      return { message: await readBack(ctx, threadId, externalMessageId), errors: [] };
    },
  }),

  markThreadMessage: t.field({
    type: MarkThreadMessagePayload,
    description:
      'Mark a message read or unread, or change its priority (Algoreg Update thread message). Never retried.',
    args: { input: t.arg({ type: MarkThreadMessageInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<MessagePayload> => {
      const { messageId, threadId } = messageIdOf(String(input.id), 'input.id');
      const issues = new Issues();
      const priority = priorityOf(issues, 'input.priority', input.priority);
      if (input.read == null && priority == null) issues.add('input', 'give read, priority or both');
      issues.throwIfAny();
      const change = {
        ...(input.read != null ? { read: input.read } : {}),
        ...(priority != null ? { priority } : {}),
      };
      try {
        const found = await ctx.algoreg.chat.updateMessage(messageId, change);
        if (!found)
          return { message: null, errors: [new NotFoundError('No message with this id.', 'input.id')] };
        const message = { ...found, threadId: found.threadId ?? threadId };
        if (message.threadId) {
          Thread.getDataloader(ctx).clear(message.threadId);
          Message.getDataloader(ctx)
            .clear(nodeKey(message.threadId, message.id))
            .prime(nodeKey(message.threadId, message.id), message);
        }
        return { message, errors: [] };
      } catch (error) {
        return {
          message: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the change.', field: 'input' })],
        };
      }
    },
  }),

  createChatEndUserToken: t.field({
    type: CreateChatEndUserTokenPayload,
    description:
      "Make a token for the customer-facing chat of a customer (Algoreg Create end user token), to embed Go!Chat in the tenant's own app. The token is returned once and never logged. Never retried.",
    args: { input: t.arg({ type: CreateChatEndUserTokenInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<TokenPayload> => {
      const issues = new Issues();
      if (!input.customerExternalId.trim()) issues.add('input.customerExternalId', 'must not be empty');
      const emails = checkList(issues, 'input.emails', input.emails, true);
      const tags = checkList(issues, 'input.tags', input.tags);
      if (input.from != null && !EMAIL.test(input.from.trim()))
        issues.add('input.from', 'is not an e-mail address');
      issues.throwIfAny();
      try {
        const made = await ctx.algoreg.chat.createEndUserToken({
          customerExternalId: input.customerExternalId.trim(),
          ...(emails ? { emails } : {}),
          ...(tags ? { tags } : {}),
          ...(input.from != null ? { from: input.from.trim() } : {}),
          ...(input.mailboxId != null ? { mailboxId: input.mailboxId } : {}),
        });
        const expiresAt = toDateTime(made.expiresAt);
        return { token: made.token, expiresAt, errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () =>
            new NotFoundError(
              `No customer with external id "${input.customerExternalId}".`,
              'input.customerExternalId',
            ),
          refused: 'Algoreg refused to make a token.',
          field: 'input',
        });
        return { token: null, expiresAt: null, errors: [outcome] };
      }
    },
  }),
}));

/** A NotFoundError for each external id Algoreg has no customer for (one batch of detail calls). */
async function unknownCustomers(ctx: Context, externalIds: readonly string[]): Promise<DomainError[]> {
  const found = await Customer.getDataloader(ctx).loadMany(externalIds);
  return externalIds.flatMap((id, i) => {
    const c = found[i];
    if (c instanceof Error) throw c;
    return c
      ? []
      : [new NotFoundError(`No customer with external id "${id}".`, `input.customerExternalIds[${i}]`)];
  });
}

/**
 * Create thread message answers with no content: the new message is found among the thread's
 * latest by the external id the gateway sent with it. A failed read-back does not undo the send,
 * so it answers null rather than an error that would invite a second send.
 */
async function readBack(
  ctx: Context,
  threadId: string,
  externalMessageId: string,
): Promise<MessageDto | null> {
  try {
    const page = await ctx.algoreg.chat.messages(threadId, { limit: 20, offset: 0 });
    return page.items.find((m) => m.externalMessageId === externalMessageId) ?? null;
  } catch (error) {
    ctx.logger.warn({ code: (error as { code?: string }).code }, 'sent message could not be read back');
    return null;
  }
}
