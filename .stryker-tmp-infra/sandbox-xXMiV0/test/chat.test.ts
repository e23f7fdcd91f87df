// @ts-nocheck
import { createHash, randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, fetchExchange } from '@urql/core';
import { getOperationAST } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChatInboxDocument,
  ChatThreadDocument,
  CreateChatEndUserTokenDocument,
  CreateThreadDocument,
  CustomerThreadsDocument,
  MarkThreadMessageDocument,
  SendThreadMessageDocument,
  type SendThreadMessageMutationVariables,
  UpdateThreadDocument,
} from '../packages/client/src/generated/graphql.ts';
import { exampleVariables, PREFLIGHT, type Stack, startStack, useStack } from './harness.ts';

const SEARCH = 'POST /api/v1/threads/search';
const GET_THREAD = 'GET /api/v1/thread/{id}';
const MESSAGES = 'GET /api/v1/thread/{id}/messages';
const CREATE_MESSAGE = 'POST /api/v1/message';
const UPDATE_MESSAGE = 'POST /api/v1/message/{message_id}';
const UPDATE_THREAD = 'POST /api/v1/thread/{id}';
const DOWNLOAD = 'GET /api/v1/attachment/{attachment_id}';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pdfBytes = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size)]);
const pngBytes = (size: number) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]);

/** A client that speaks the GraphQL multipart request spec, as browsers' upload links do. */
const urql = (stack: Stack, token?: string) =>
  new Client({
    url: `${stack.url}/graphql`,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    // Multipart requests carry the CSRF-prevention header, as the README's examples do.
    fetchOptions: { headers: { ...PREFLIGHT, ...(token ? { authorization: `Bearer ${token}` } : {}) } },
  });

const send = (stack: Stack, input: SendThreadMessageMutationVariables['input'], token?: string) =>
  urql(stack, token).mutation(SendThreadMessageDocument, { input }).toPromise();

const THREAD = 'thr-seed-00001';

describe('Go!Chat', () => {
  const stack = useStack();

  it('serves at least 400 seeded threads with messages in and out, attachments, read flags, statuses, tags and reminders', async () => {
    const seen = { directions: new Set(), statuses: new Set(), safe: new Set(), read: new Set() };
    let tags = 0;
    let reminders = 0;
    let attachments = 0;
    let total = 0;
    for (let after: string | null | undefined, page = 0; page < 5; page++) {
      const res = await stack.gql(ChatInboxDocument, { first: 100, after, filter: {} });
      expect(res.errors).toBeUndefined();
      total = res.data?.threads?.totalCount ?? 0;
      for (const { node } of res.data?.threads?.edges ?? []) {
        seen.statuses.add(node.status);
        if (node.tags.length) tags++;
        if (node.reminder) reminders++;
        const m = node.lastMessage;
        seen.directions.add(m?.direction);
        seen.read.add(m?.read);
        for (const a of m?.attachments ?? []) {
          attachments++;
          seen.safe.add(a.safe);
        }
      }
      after = res.data?.threads?.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(400);
    expect(seen.directions).toEqual(new Set(['INBOUND', 'OUTBOUND']));
    expect(seen.statuses).toEqual(new Set(['OPEN', 'WAITING_FOR_CUSTOMER', 'CLOSED']));
    expect(seen.read).toEqual(new Set([true, false]));
    expect(seen.safe).toEqual(new Set([true, false, null]));
    expect(Math.min(tags, reminders, attachments)).toBeGreaterThan(10);
  });

  it('runs every Go!Chat example operation with its example variables', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: documents of different variables, each run with its examples
    const docs: TypedDocumentNode<Record<string, unknown>, any>[] = [
      ChatInboxDocument,
      ChatThreadDocument,
      CustomerThreadsDocument,
      CreateThreadDocument,
      SendThreadMessageDocument,
      UpdateThreadDocument,
      MarkThreadMessageDocument,
      CreateChatEndUserTokenDocument,
    ];
    for (const doc of docs) {
      const name = getOperationAST(doc)?.name?.value ?? '';
      const res = await stack.gql(doc, exampleVariables(name));
      expect(res.errors).toBeUndefined();
      const [payload] = Object.values(res.data ?? {}) as ({ errors?: unknown[] } | null)[];
      expect(payload).toBeTruthy();
      expect(payload?.errors ?? []).toEqual([]);
    }
  });

  it('lists 50 threads with their customers and last message in one search plus one detail call per distinct customer', async () => {
    const res = await stack.gql(
      `{ threads(first: 50) { totalCount edges { node { id threadId messageCount lastMessage { content } customers { externalId } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.threads?.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(50);
    const customers = new Set(
      nodes.flatMap((n: { customers: { externalId: string }[] }) => n.customers.map((c) => c.externalId)),
    );
    for (const n of nodes) {
      expect(n.lastMessage.content).toBeTruthy();
      expect(n.messageCount).toBeGreaterThan(0);
    }
    expect(res.extensions?.upstream).toEqual({
      calls: 1 + customers.size,
      roundTrips: 2,
      byRoute: { [SEARCH]: 1, [DETAIL]: customers.size },
    });
  });

  it('filters the inbox to unread threads, which with the read ones make up the whole list', async () => {
    const unread = await stack.gql(ChatInboxDocument, {});
    const read = await stack.gql(ChatInboxDocument, { filter: { unread: false }, first: 1 });
    const all = await stack.gql(ChatInboxDocument, { filter: {}, first: 1 });
    const u = unread.data?.threads?.totalCount ?? 0;
    expect(u).toBeGreaterThan(10);
    expect(u + (read.data?.threads?.totalCount ?? 0)).toBe(all.data?.threads?.totalCount);
    const closed = await stack.gql(ChatInboxDocument, { filter: { statuses: ['CLOSED'], tags: ['kyc'] } });
    expect(closed.data?.threads?.edges.length).toBeGreaterThan(0);
    for (const { node } of closed.data?.threads?.edges ?? []) {
      expect(node.status).toBe('CLOSED');
      expect(node.tags).toContain('kyc');
    }
  });

  it('reads one thread and its messages, newest first, in one round trip', async () => {
    const res = await stack.gql(ChatThreadDocument, { id: THREAD });
    expect(res.errors).toBeUndefined();
    const t = res.data?.thread;
    const messages = t?.messages?.edges.map((e) => e.node) ?? [];
    expect(t?.threadId).toBe(THREAD);
    expect(messages).toHaveLength(t?.messageCount ?? -1);
    expect(t?.messages?.totalCount).toBe(t?.messageCount);
    expect(messages[0]?.id).toBe(t?.lastMessage?.id);
    const times = messages.map((m) => Date.parse(String(m.createdAt)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(res.extensions?.upstream).toEqual({
      calls: 2,
      roundTrips: 1,
      byRoute: { [GET_THREAD]: 1, [MESSAGES]: 1 },
    });

    const byGlobalId = await stack.gql(ChatThreadDocument, { id: String(t?.id), first: 1 });
    expect(byGlobalId.data?.thread?.threadId).toBe(THREAD);
    const missing = await stack.gql(ChatThreadDocument, { id: 'thr-nope' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.thread).toBeNull();
  });

  it('refetches messages and attachments by node id through their thread', async () => {
    const page = await stack.gql(ChatInboxDocument, { filter: {}, first: 100 });
    const withFile = page.data?.threads?.edges.find((e) => e.node.lastMessage?.attachments.length)?.node;
    const message = withFile?.lastMessage;
    const attachment = message?.attachments[0];
    expect(attachment).toBeTruthy();
    await stack.reset();
    const res = await stack.gql(
      `query($m: ID!, $a: ID!) {
        m: node(id: $m) { ... on Message { messageId thread { threadId } } }
        a: node(id: $a) { ... on Attachment { attachmentId fileName } }
      }`,
      { m: message?.id, a: attachment?.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      m: { messageId: message?.messageId, thread: { threadId: withFile?.threadId } },
      a: { attachmentId: attachment?.attachmentId, fileName: attachment?.fileName },
    });
  });

  it('shows a customer its threads, counted in its stats', async () => {
    const res = await stack.gql(CustomerThreadsDocument, { externalId: 'C-0008' });
    expect(res.errors).toBeUndefined();
    const threads = res.data?.customer?.threads;
    expect(threads?.totalCount).toBeGreaterThan(0);
    expect(threads?.edges.map((e) => e.node.threadId)).toContain(THREAD);
    const stats = await stack.gql('{ customer(externalId: "C-0008") { stats { threads } } }');
    expect(stats.data.customer.stats.threads).toBe(threads?.totalCount);
  });

  it('sends a message with multipart attachments, appends it to its thread, and downloads the files byte for byte', async () => {
    const before = (await stack.gql(ChatThreadDocument, { id: THREAD, first: 1 })).data?.thread;
    const pdf = pdfBytes(150_000);
    const png = pngBytes(2_000);
    const res = await send(stack, {
      threadId: THREAD,
      content: 'Here is the signed form, and a photo of the page.',
      attachments: [new File([pdf], 'signed form.pdf'), new File([png], '../photo')],
    });
    expect(res.error).toBeUndefined();
    expect(res.data?.sendThreadMessage.errors).toEqual([]);
    const message = res.data?.sendThreadMessage.message;
    expect(message).toMatchObject({
      direction: 'OUTBOUND',
      content: 'Here is the signed form, and a photo of the page.',
      thread: { messageCount: (before?.messageCount ?? 0) + 1 },
    });
    expect(message?.attachments).toMatchObject([
      { fileName: 'signed form.pdf', mimeType: 'application/pdf', size: pdf.length, safe: null },
      { fileName: 'photo.png', mimeType: 'image/png', size: png.length, safe: null },
    ]);
    expect((await stack.stats()).byRoute[CREATE_MESSAGE]).toBe(1);

    const after = (await stack.gql(ChatThreadDocument, { id: THREAD, first: 1 })).data?.thread;
    expect(after?.lastMessage?.id).toBe(message?.id);
    expect(after?.messages?.edges[0]?.node.id).toBe(message?.id);

    for (const [i, bytes] of [pdf, png].entries()) {
      const a = message?.attachments[i];
      expect(a?.downloadUrl).toMatch(`${stack.url}/attachments/${a?.attachmentId}/download?expires=`);
      const download = await fetch(String(a?.downloadUrl));
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(a?.mimeType);
      expect(download.headers.get('content-length')).toBe(String(bytes.length));
      expect(download.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent(String(a?.fileName))}`,
      );
      expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
    }
  });

  it('refuses attachments of a type documents refuse, with the file named and nothing sent', async () => {
    const res = await send(stack, {
      threadId: THREAD,
      content: 'x',
      attachments: [
        new File([pdfBytes(100)], 'ok.pdf'),
        new File([Buffer.from('MZ\x90\x00 not a pdf')], 'x.pdf'),
      ],
    });
    expect(res.error?.graphQLErrors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'input.attachments[1]' }],
    });
    const empty = await send(stack, { threadId: THREAD });
    expect(empty.error?.graphQLErrors[0]?.message).toBe(
      'Invalid input. input.content: give content, attachments or both',
    );
    expect((await stack.stats()).calls).toBe(0);
  });

  it('answers an unknown thread with a NotFoundError, without sending the files', async () => {
    const res = await send(stack, {
      threadId: 'thr-nope',
      attachments: [new File([pdfBytes(10_000)], 'a.pdf')],
    });
    expect(res.data?.sendThreadMessage).toMatchObject({
      message: null,
      errors: [{ __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.threadId' }],
    });
    const plain = await stack.gql(SendThreadMessageDocument, {
      input: { threadId: 'thr-nope', content: 'hello' },
    });
    expect(plain.data?.sendThreadMessage.errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await stack.stats()).byRoute[CREATE_MESSAGE]).toBe(1); // the plain one only
  });

  it('sends a message once, never again, when Algoreg answers 503 or drops the connection', async () => {
    for (const fault of [{ kind: 'status', status: 503 }, { kind: 'reset' }]) {
      await stack.reset();
      await stack.fault({ route: CREATE_MESSAGE, ...fault });
      const res = await send(stack, {
        threadId: THREAD,
        content: 'x',
        attachments: [new File([pdfBytes(20_000)], 'a.pdf')],
      });
      expect(res.error?.graphQLErrors[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect((await stack.stats()).byRoute[CREATE_MESSAGE]).toBe(1);
    }
  });

  it('updates a thread and reads the change back; refuses UNKNOWN and empty changes before any call', async () => {
    const res = await stack.gql(UpdateThreadDocument, {
      input: {
        id: THREAD,
        status: 'CLOSED',
        tags: ['edd', 'urgent'],
        comment: 'Done after the call.',
        reminder: { delay: 24, remaining: 1 },
        customerExternalIds: ['C-0008', 'C-0010'],
      },
    });
    expect(res.data?.updateThread.errors).toEqual([]);
    expect(res.data?.updateThread.thread).toMatchObject({
      status: 'CLOSED',
      tags: ['edd', 'urgent'],
      comment: 'Done after the call.',
      reminder: { delay: 24, remaining: 1 },
      customerExternalIds: ['C-0008', 'C-0010'],
    });
    const again = await stack.gql(ChatThreadDocument, { id: THREAD, first: 1 });
    expect(again.data?.thread?.status).toBe('CLOSED');

    const unknownCustomer = await stack.gql(UpdateThreadDocument, {
      input: { id: THREAD, customerExternalIds: ['C-0008', 'NOPE'] },
    });
    expect(unknownCustomer.data?.updateThread.errors).toMatchObject([
      { __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.customerExternalIds[1]' },
    ]);
    // The customers are checked first: the update with an unknown one was not sent.
    expect((await stack.stats()).byRoute[UPDATE_THREAD]).toBe(1);
    const unknownThread = await stack.gql(UpdateThreadDocument, { input: { id: 'thr-nope', comment: 'x' } });
    expect(unknownThread.data?.updateThread.errors).toMatchObject([{ code: 'NOT_FOUND', field: 'input.id' }]);

    await stack.reset();
    const bad = await stack.gql(UpdateThreadDocument, { input: { id: THREAD, status: 'UNKNOWN' } });
    expect(bad.errors?.[0]?.message).toBe('Invalid input. input.status: UNKNOWN cannot be written');
    const nothing = await stack.gql(UpdateThreadDocument, { input: { id: THREAD } });
    expect(nothing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.stats()).calls).toBe(0);
  });

  it('opens a thread on a customer, which then lists it', async () => {
    const res = await stack.gql(CreateThreadDocument, {
      input: { customerExternalIds: ['C-0042'], subject: 'Source of funds', tags: ['edd'] },
    });
    expect(res.data?.createThread.errors).toEqual([]);
    const thread = res.data?.createThread.thread;
    expect(thread).toMatchObject({
      subject: 'Source of funds',
      status: 'OPEN',
      tags: ['edd'],
      messageCount: 0,
      lastMessage: null,
    });
    const listed = await stack.gql(CustomerThreadsDocument, { externalId: 'C-0042' });
    expect(listed.data?.customer?.threads?.edges.map((e) => e.node.id)).toContain(thread?.id);
    const unknown = await stack.gql(CreateThreadDocument, {
      input: { customerExternalIds: ['NOPE'], subject: 'x' },
    });
    expect(unknown.data?.createThread.errors).toMatchObject([
      { __typename: 'NotFoundError', field: 'input.customerExternalIds[0]' },
    ]);
  });

  it('marks a message unread, then read with a priority, as every later read shows', async () => {
    const t = (await stack.gql(ChatThreadDocument, { id: THREAD, first: 1 })).data?.thread;
    const id = String(t?.lastMessage?.id);
    const unread = await stack.gql(MarkThreadMessageDocument, { input: { id, read: false } });
    expect(unread.data?.markThreadMessage.message).toMatchObject({ id, read: false, readByAgents: [] });
    const read = await stack.gql(MarkThreadMessageDocument, { input: { id, read: true, priority: 2 } });
    expect(read.data?.markThreadMessage.message).toMatchObject({ id, read: true, priority: 2 });
    const later = await stack.gql(ChatThreadDocument, { id: THREAD, first: 1 });
    expect(later.data?.thread?.lastMessage).toMatchObject({ read: true, priority: 2 });
    const raw = await stack.gql(MarkThreadMessageDocument, { input: { id: 'msg-nope', read: true } });
    expect(raw.data?.markThreadMessage.errors).toMatchObject([{ code: 'NOT_FOUND', field: 'input.id' }]);
    expect((await stack.stats()).byRoute[UPDATE_MESSAGE]).toBe(3);
  });

  it('makes a fresh end-user token with an expiry for each call, and never logs it', async () => {
    const one = await stack.gql(CreateChatEndUserTokenDocument, { input: { customerExternalId: 'C-0007' } });
    const two = await stack.gql(CreateChatEndUserTokenDocument, { input: { customerExternalId: 'C-0007' } });
    const a = one.data?.createChatEndUserToken;
    expect(a?.errors).toEqual([]);
    expect(a?.token?.length).toBeGreaterThanOrEqual(32);
    expect(two.data?.createChatEndUserToken.token).not.toBe(a?.token);
    const expires = Date.parse(String(a?.expiresAt));
    expect(expires).toBeGreaterThan(Date.now() + 3_600_000);
    expect(expires).toBeLessThan(Date.now() + 8 * 86_400_000);
    expect(stack.rawLogs()).not.toContain(String(a?.token));

    const unknown = await stack.gql(CreateChatEndUserTokenDocument, {
      input: { customerExternalId: 'NOPE' },
    });
    expect(unknown.data?.createChatEndUserToken).toMatchObject({
      token: null,
      errors: [{ code: 'NOT_FOUND', field: 'input.customerExternalId' }],
    });
    const bad = await stack.gql(CreateChatEndUserTokenDocument, {
      input: { customerExternalId: 'C-0007', emails: ['not-an-address'] },
    });
    expect(bad.errors?.[0]?.message).toBe('Invalid input. input.emails[0]: is not an e-mail address');
  });

  it('answers 404 for an unknown attachment and 502 with a generic body when Algoreg fails', async () => {
    expect((await fetch(`${stack.url}/attachments/att-nope/download`)).status).toBe(404);
    await stack.fault({ route: DOWNLOAD, kind: 'status', status: 500 });
    const res = await fetch(`${stack.url}/attachments/att-seed-00001/download`);
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The attachment could not be read from Algoreg; retry later.',
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ],
    });
  });
});

describe('Go!Chat with client authentication and every log line kept', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ GATEWAY_API_TOKENS: 'chat-token', LOG_LEVEL: 'trace' });
  });
  afterAll(() => stack.close());
  const auth = { authorization: 'Bearer chat-token' };

  it('serves attachment downloads only with the same token as GraphQL', async () => {
    const url = `${stack.url}/attachments/att-seed-00001/download`;
    await stack.reset();
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await stack.stats()).byRoute[DOWNLOAD]).toBeUndefined();
    const ok = await fetch(url, { headers: auth });
    expect(ok.status).toBe(200);
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('never puts message content in a log line or an error message', async () => {
    const canary = `CANARY-${randomBytes(8).toString('hex')}`;
    const content = `My passport number is ${canary}.`;
    const messages: string[] = [];
    const sent = await send(
      stack,
      { threadId: THREAD, content, attachments: [new File([pdfBytes(500)], `${canary}.pdf`)] },
      'chat-token',
    );
    expect(sent.data?.sendThreadMessage.message?.content).toBe(content);
    const read = await stack.gql(ChatThreadDocument, { id: THREAD }, auth);
    expect(JSON.stringify(read.data)).toContain(canary);

    // Failures around the same content: bad input, Algoreg refusing or failing, a malformed answer.
    const tooLong = await stack.gql(
      SendThreadMessageDocument,
      { input: { threadId: THREAD, content: `${content}${'x'.repeat(100_001)}` } },
      auth,
    );
    const badTo = await stack.gql(
      SendThreadMessageDocument,
      { input: { threadId: THREAD, content, to: [canary] } },
      auth,
    );
    await stack.fault({ route: CREATE_MESSAGE, kind: 'status', status: 500 });
    const failed = await stack.gql(SendThreadMessageDocument, { input: { threadId: THREAD, content } }, auth);
    await stack.fault({ route: MESSAGES, kind: 'malformed' });
    const malformed = await stack.gql(ChatThreadDocument, { id: THREAD }, auth);
    for (const r of [tooLong, badTo, failed, malformed]) {
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const e of r.errors ?? []) messages.push(JSON.stringify(e));
    }
    expect(messages.join('\n')).not.toContain(canary);
    expect(stack.rawLogs().length).toBeGreaterThan(1_000);
    expect(stack.rawLogs()).not.toContain(canary);
  });
});

describe('Go!Chat upload limits', () => {
  let small: Stack;
  beforeAll(async () => {
    small = await startStack({ MAX_UPLOAD_BYTES: '1000' });
  });
  afterAll(() => small.close());

  it('refuses an attachment over MAX_UPLOAD_BYTES, and files over it together, before any call', async () => {
    const one = await send(small, {
      threadId: THREAD,
      attachments: [new File([pdfBytes(2_000)], 'big.pdf')],
    });
    expect(one.error?.graphQLErrors[0]?.message).toMatch(
      /^Invalid input\. input\.attachments\[0\]: is \d+ bytes; the largest file accepted is 1000 bytes \(MAX_UPLOAD_BYTES\)$/,
    );
    const two = await send(small, {
      threadId: THREAD,
      attachments: [new File([pdfBytes(600)], 'a.pdf'), new File([pdfBytes(600)], 'b.pdf')],
    });
    expect(two.error?.graphQLErrors[0]?.extensions?.issues).toMatchObject([{ field: 'input.attachments' }]);
    expect((await small.stats()).calls).toBe(0);
  });
});
