// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Message as MessageDto } from '../../algoreg/wire/chat.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import {
  badInput,
  type DomainError,
  ErrorInterface,
  Issues,
  NotFoundError,
  writeOutcome,
} from '../errors.ts';
import { checkAttachments, MAX_ATTACHMENTS } from './attachment-files.ts';
import {
  checkList,
  checkReminder,
  checkText,
  EMAIL,
  MAX_CONTENT,
  MAX_PRIORITY,
  MAX_SUBJECT,
  priorityOf,
  ThreadReminderInput,
  threadNotFound,
} from './inputs.ts';
import { Message, nodeKey, splitKey } from './message.ts';
import { Thread, threadIdOf } from './thread.ts';

/** Go!Chat message writes: send (with multipart attachments) and mark. */

interface MessagePayload {
  message: MessageDto | null;
  errors: DomainError[];
}

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

builder.mutationFields((t) => ({
  sendThreadMessage: t.field({
    type: SendThreadMessagePayload,
    authScopes: { scope: 'chat' },
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
    authScopes: { scope: 'chat' },
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
}));

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
