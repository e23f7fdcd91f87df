// @ts-nocheck
import type { MessageKey } from '../../algoreg/chat.ts';
import type { Attachment as AttachmentDto, Message as MessageDto } from '../../algoreg/wire/chat.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { downloadPath } from '../../files.ts';
import { toDateTime } from '../scalars.ts';

/**
 * Go!Chat messages and their attachments. Algoreg has no read of one message or one attachment:
 * a message is found among its thread's messages, an attachment among its thread's attachments,
 * so both node keys carry the thread id (`<thread>/<id>`).
 */

/** An attachment with the thread it came in, so its node id can be resolved again. */
export type AttachmentRecord = AttachmentDto & { threadId: string | null };

/** `<thread>/<id>`: the node key of a message or an attachment. */
export const nodeKey = (threadId: string | null, id: string) =>
  `${encodeURIComponent(threadId ?? '')}/${encodeURIComponent(id)}`;

/** `<thread>/<id>` back into its parts; null when it is not one. */
export function splitKey(key: string): { threadId: string; id: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0) return null;
  try {
    const threadId = decodeURIComponent(key.slice(0, slash));
    const id = decodeURIComponent(key.slice(slash + 1));
    return id ? { threadId, id } : null;
  } catch {
    return null;
  }
}

/** The attachments of a message or thread, each knowing its thread. */
export const inThread = (
  attachments: readonly AttachmentDto[],
  threadId: string | null,
): AttachmentRecord[] => attachments.map((a) => ({ ...a, threadId }));

/** The gateway URL that streams an attachment's bytes (the download route of src/download.ts). */
export const attachmentDownloadUrl = (ctx: Context, attachmentId: string) =>
  `${ctx.publicUrl}${downloadPath('attachment', attachmentId, ctx.config.downloads)}`;

export const Message = builder.loadableNodeRef('Message', {
  id: {
    description: 'Global id (it carries the thread id: Algoreg reads messages only through their thread).',
    resolve: (m: MessageDto) => nodeKey(m.threadId, m.id),
  },
  load: async (keys: string[], ctx: Context) => {
    const parsed = keys.map(splitKey);
    const valid = parsed
      .filter((k) => k !== null)
      .map((k): MessageKey => ({ threadId: k.threadId, messageId: k.id }));
    const loaded = await ctx.algoreg.chat.getMessages(valid);
    let next = 0;
    return parsed.map((k) => (k === null ? null : (loaded[next++] ?? null)));
  },
});

export const Attachment = builder.loadableNodeRef('Attachment', {
  id: {
    description: 'Global id (it carries the thread id: Algoreg lists attachments on their thread).',
    resolve: (a: AttachmentRecord) => nodeKey(a.threadId, a.id),
  },
  // Get thread lists every attachment of the thread: one call per distinct thread.
  load: async (keys: string[], ctx: Context) => {
    const parsed = keys.map(splitKey);
    const threadIds = [...new Set(parsed.filter((k) => k !== null).map((k) => k.threadId))];
    const threads = await ctx.algoreg.chat.getThreads(threadIds);
    const byId = new Map(threadIds.map((id, i) => [id, threads[i]]));
    return parsed.map((k): AttachmentRecord | null | Error => {
      if (k === null) return null;
      const t = byId.get(k.threadId);
      if (!t || t instanceof Error) return t ?? null;
      const found = t.attachments.find((a) => a.id === k.id);
      return found ? { ...found, threadId: k.threadId } : null;
    });
  },
});

const AttachmentMovement = builder.simpleObject('AttachmentMovement', {
  description:
    "A copy of an attachment filed elsewhere in Algoreg, e.g. into the customer's documents (Algoreg `attachment_movements`).",
  fields: (t) => ({
    agentId: t.int({ nullable: true, description: 'Backoffice agent who filed it.' }),
    customerId: t.string({
      nullable: true,
      description: "Algoreg's internal id of the customer it was filed on.",
    }),
    fileId: t.string({ nullable: true, description: 'Id of the filed copy (e.g. a document id).' }),
  }),
});

builder.objectType(Attachment, {
  description:
    'A file sent with a Go!Chat message. Download it from `downloadUrl` (a signed, short-lived link streamed through the gateway).',
  fields: (t) => ({
    attachmentId: t.exposeString('id', { description: "Algoreg's id of the attachment." }),
    fileName: t.exposeString('fileName', { nullable: true, description: 'Name of the file.' }),
    mimeType: t.exposeString('mimeType', { nullable: true, description: 'MIME type (Algoreg `file_mime`).' }),
    size: t.exposeInt('size', { nullable: true, description: 'Size in bytes.' }),
    fileType: t.exposeString('fileType', {
      nullable: true,
      description: 'Kind of file as Algoreg classifies it (Algoreg `file_type`).',
    }),
    safe: t.exposeBoolean('safe', {
      nullable: true,
      description:
        "Algoreg's malware verdict (`file_not_dangerous`): true when checked and clean, false when found dangerous, null when not verified (yet). Do not open a file whose verdict is not true.",
    }),
    movements: t.field({
      type: [AttachmentMovement],
      description: 'Where copies of the file were filed.',
      resolve: (a) => a.movements,
    }),
    movementCount: t.exposeInt('movementCount', {
      description: 'How many copies were filed (Algoreg `total`).',
    }),
    downloadUrl: t.string({
      description:
        'A signed gateway URL that streams the file (`GET`) with its content type, length and a safe file name. It needs no `Authorization` header, so a plain link works, and it expires after `DOWNLOAD_URL_TTL_S` (10 minutes by default): then it answers 403 `DOWNLOAD_LINK_EXPIRED` and the field is queried again.',
      resolve: (a, _, ctx) => attachmentDownloadUrl(ctx, a.id),
    }),
  }),
});

export const MessageDirection = builder.enumType('MessageDirection', {
  description:
    'Who wrote a message. Algoreg does not say it in one field; the gateway reads `agent_id`: set for a message an agent (or this API) sent, 0 or absent for one from the customer (assumption).',
  values: {
    INBOUND: { description: 'From the customer.' },
    OUTBOUND: { description: 'From the compliance team (an agent, or this API).' },
  } as const,
});

builder.objectType(Message, {
  description:
    'A message of a Go!Chat thread. Its content is customer data: the gateway never logs it nor puts it in error messages.',
  fields: (t) => ({
    messageId: t.exposeString('id', { description: "Algoreg's id of the message." }),
    threadId: t.exposeString('threadId', {
      nullable: true,
      description: "Algoreg's id of the message's thread.",
    }),
    direction: t.field({
      type: MessageDirection,
      description: 'From the customer (INBOUND) or from the compliance team (OUTBOUND).',
      resolve: (m) => (m.agentId ? 'OUTBOUND' : 'INBOUND'),
    }),
    agentId: t.exposeInt('agentId', {
      nullable: true,
      description: 'Backoffice agent who sent it; 0 or null for a message from the customer.',
    }),
    from: t.exposeString('from', { nullable: true, description: 'Sender address.' }),
    to: t.exposeStringList('to', { description: 'Recipients.' }),
    cc: t.exposeStringList('cc', { description: 'Copy recipients.' }),
    bcc: t.exposeStringList('bcc', { description: 'Blind copy recipients.' }),
    subject: t.exposeString('subject', { nullable: true, description: 'Subject line.' }),
    content: t.exposeString('content', {
      nullable: true,
      description: 'Body of the message (customer data).',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was written.',
      resolve: (m) => toDateTime(m.createdAt),
    }),
    priority: t.exposeInt('priority', {
      nullable: true,
      description:
        "Priority as Algoreg codes it: 0 normal, higher is more urgent (Algoreg's scale is not documented).",
    }),
    readByAgents: t.field({
      type: ['Int'],
      description: 'Backoffice agents who have read it.',
      resolve: (m) => m.readByAgents,
    }),
    read: t.boolean({
      description: 'Read by at least one agent.',
      resolve: (m) => m.readByAgents.length > 0,
    }),
    deliveryError: t.exposeString('deliveryError', {
      nullable: true,
      description:
        'Why Algoreg could not deliver it (Algoreg `error_when_trying_to_send`); null when delivered.',
    }),
    attachments: t.field({
      type: [Attachment],
      description: 'Files sent with the message.',
      resolve: (m) => inThread(m.attachments, m.threadId),
    }),
    mailboxId: t.exposeString('mailboxId', {
      nullable: true,
      description: 'Algoreg mailbox the message went through.',
    }),
    externalMessageId: t.exposeString('externalMessageId', {
      nullable: true,
      description: 'Id of the message outside Algoreg (e.g. its e-mail Message-ID).',
    }),
    replyToExternalMessageId: t.exposeString('replyToExternalMessageId', {
      nullable: true,
      description: 'External id of the message this one answers.',
    }),
    delivery: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Delivery details as Algoreg gives them (`MessageDelivery`, shape not documented).',
      resolve: (m) => m.delivery,
    }),
    origin: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Where the message came from as Algoreg gives it (`MessageOrigin`, shape not documented).',
      resolve: (m) => m.origin,
    }),
  }),
});
