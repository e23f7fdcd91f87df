// @ts-nocheck
import type { Thread as ThreadDto } from '../../algoreg/wire/chat.ts';
import { builder } from '../../builder.ts';
import { type DomainError, ErrorInterface, Issues, NotFoundError, writeOutcome } from '../errors.ts';
import { toDateTime } from '../scalars.ts';
import {
  checkList,
  checkReminder,
  checkStatus,
  checkText,
  EMAIL,
  MAX_CONTENT,
  MAX_SUBJECT,
  ThreadReminderInput,
  threadNotFound,
  unknownCustomers,
} from './inputs.ts';
import { Thread, ThreadStatus, threadIdOf } from './thread.ts';

/** Go!Chat thread writes and the end-user token. */

interface ThreadPayload {
  thread: ThreadDto | null;
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

const CreateThreadPayload = threadPayload('CreateThreadPayload', 'The outcome of opening a thread.');
const UpdateThreadPayload = threadPayload('UpdateThreadPayload', 'The outcome of a thread update.');

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

builder.mutationFields((t) => ({
  createThread: t.field({
    type: CreateThreadPayload,
    authScopes: { scope: 'chat' },
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
      // Named one by one here; Algoreg's 404 would not say which customer it does not know.
      const unknown = await unknownCustomers(ctx, customerExternalIds);
      if (unknown.length) return { thread: null, errors: unknown };
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
    authScopes: { scope: 'chat' },
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

  createChatEndUserToken: t.field({
    type: CreateChatEndUserTokenPayload,
    authScopes: { scope: 'chat' },
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
