import { describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

/**
 * What the Go!Chat calls send to Algoreg (the sandbox's last body per route, under Algoreg's wire
 * names), what the answer then shows, and how messages are found by id among a thread's pages.
 */

const SEARCH = 'POST /api/v1/threads/search';
const MESSAGES = 'GET /api/v1/thread/{id}/messages';
const CREATE_MESSAGE = 'POST /api/v1/message';
const CREATE_THREAD = 'POST /api/v1/thread';
const UPDATE_THREAD = 'POST /api/v1/thread/{id}';
const TOKEN = 'POST /api/v1/chat/token';

const THREAD = 'thr-seed-00001';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers and sandbox bodies, held with toEqual
type Json = any;

const stack = useStack();

/** The global id of a message: `Message:<thread>/<message>`, base64. */
const messageNodeId = (threadId: string, messageId: string) =>
  Buffer.from(`Message:${encodeURIComponent(threadId)}/${encodeURIComponent(messageId)}`).toString('base64');

const SEND = `mutation($input: SendThreadMessageInput!) {
  sendThreadMessage(input: $input) {
    errors { code }
    message { subject from to cc bcc mailboxId priority read externalMessageId replyToExternalMessageId
      thread { reminder { delay remaining } } }
  }
}`;

const UPDATE = `mutation($input: UpdateThreadInput!) {
  updateThread(input: $input) { errors { code } thread { status tags comment reminder { delay remaining } customerExternalIds } }
}`;

describe('Go!Chat bodies sent to Algoreg', () => {
  it('sends every optional field of a message under its wire name, and reads it back', async () => {
    const input = {
      threadId: THREAD,
      content: 'Please send the missing page.',
      subject: 'Missing page',
      from: 'kyc@bank.example',
      to: ['ann@example.com'],
      cc: ['cc@example.com'],
      bcc: ['audit@bank.example'],
      mailboxId: 'mbx-kyc',
      priority: 2,
      read: true,
      externalMessageId: '<m-1@bank.example>',
      replyToExternalMessageId: '<m-0@bank.example>',
      reminder: { delay: 48, remaining: 3 },
    };
    const res = await stack.gql(SEND, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.sendThreadMessage.errors).toEqual([]);
    expect(await stack.sent(CREATE_MESSAGE)).toEqual({
      thread_id: THREAD,
      ext_msg_id: '<m-1@bank.example>',
      content: 'Please send the missing page.',
      subject: 'Missing page',
      from: 'kyc@bank.example',
      to: ['ann@example.com'],
      cc: ['cc@example.com'],
      bcc: ['audit@bank.example'],
      mailbox_id: 'mbx-kyc',
      priority: 2,
      read: true,
      reply_to_ext_msg_id: '<m-0@bank.example>',
      set_reminder: { delay: 48, number_left: 3 },
    });
    expect(res.data.sendThreadMessage.message).toEqual({
      subject: 'Missing page',
      from: 'kyc@bank.example',
      to: ['ann@example.com'],
      cc: ['cc@example.com'],
      bcc: ['audit@bank.example'],
      mailboxId: 'mbx-kyc',
      priority: 2,
      read: true,
      externalMessageId: '<m-1@bank.example>',
      replyToExternalMessageId: '<m-0@bank.example>',
      thread: { reminder: { delay: 48, remaining: 3 } },
    });
  });

  it('sends only the given fields of a message', async () => {
    const res = await stack.gql(SEND, { input: { threadId: THREAD, content: 'Thanks.' } });
    expect(res.data.sendThreadMessage.errors).toEqual([]);
    const body = await stack.sent(CREATE_MESSAGE);
    expect(Object.keys(body)).toEqual(['thread_id', 'ext_msg_id', 'content']);
    expect(body.ext_msg_id).toMatch(/^<[0-9a-f-]{36}@gateway\.algoreg>$/);
  });

  it('sends every field of a new thread under its wire name', async () => {
    const res = await stack.gql(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { errors { code } thread { status comment } } }`,
      {
        input: {
          customerExternalIds: ['C-0042'],
          subject: 'Source of funds',
          status: 'WAITING_FOR_CUSTOMER',
          tags: ['edd'],
          comment: 'Asked by phone first.',
          reminder: { delay: 24, remaining: 2 },
        },
      },
    );
    expect(res.data.createThread).toEqual({
      errors: [],
      thread: { status: 'WAITING_FOR_CUSTOMER', comment: 'Asked by phone first.' },
    });
    expect(await stack.sent(CREATE_THREAD)).toEqual({
      status: 2,
      tag_codes: ['edd'],
      comment: 'Asked by phone first.',
      reminder: { delay: 24, number_left: 2 },
      customer_external_ids: ['C-0042'],
      subject: 'Source of funds',
    });
  });

  it('sends every field of a thread update under its wire name, and only those given', async () => {
    const full = await stack.gql(UPDATE, {
      input: {
        id: THREAD,
        status: 'CLOSED',
        tags: ['edd'],
        comment: 'Closed after the call.',
        reminder: { delay: 12, remaining: 1 },
        customerExternalIds: ['C-0008'],
      },
    });
    expect(full.data.updateThread.errors).toEqual([]);
    expect(await stack.sent(UPDATE_THREAD)).toEqual({
      status: 3,
      tag_codes: ['edd'],
      comment: 'Closed after the call.',
      reminder: { delay: 12, number_left: 1 },
      customer_external_ids: ['C-0008'],
    });

    // A comment alone changes nothing else: the status stays CLOSED.
    const comment = await stack.gql(UPDATE, { input: { id: THREAD, comment: 'Filed.' } });
    expect(await stack.sent(UPDATE_THREAD)).toEqual({ comment: 'Filed.' });
    expect(comment.data.updateThread.thread).toEqual({
      status: 'CLOSED',
      tags: ['edd'],
      comment: 'Filed.',
      reminder: { delay: 12, remaining: 1 },
      customerExternalIds: ['C-0008'],
    });
  });

  it("sends every field of an end-user token's request under its wire name", async () => {
    const input = {
      customerExternalId: 'C-0007',
      emails: ['ann@example.com'],
      from: 'kyc@bank.example',
      mailboxId: 'mbx-kyc',
      tags: ['onboarding'],
    };
    const res = await stack.gql(
      `mutation($input: CreateChatEndUserTokenInput!) { createChatEndUserToken(input: $input) { errors { code } } }`,
      { input },
    );
    expect(res.data.createChatEndUserToken.errors).toEqual([]);
    expect(await stack.sent(TOKEN)).toEqual({
      external_id: 'C-0007',
      emails: ['ann@example.com'],
      from: 'kyc@bank.example',
      mailbox_id: 'mbx-kyc',
      tags: ['onboarding'],
    });
  });

  it('sends every thread filter under its wire name, and the answer holds only matching threads', async () => {
    const THREADS = `query($filter: ThreadFilter) {
      threads(first: 100, filter: $filter) { totalCount edges { node { subject status tags customerExternalIds } } }
    }`;
    const all = await stack.gql(THREADS, { filter: {} });
    expect(await stack.sent(SEARCH)).toEqual({ filters: {}, limit: 100, offset: 0 });
    const nodes: Json[] = all.data.threads.edges.map((e: Json) => e.node);
    // A word of some subject, to search for in other case.
    const word = String(nodes.find((n) => n.subject)?.subject).split(' ')[0] as string;
    const bySubject = await stack.gql(THREADS, { filter: { subject: word.toUpperCase() } });
    expect(await stack.sent(SEARCH)).toMatchObject({ filters: { subject: word.toUpperCase() } });
    const found: Json[] = bySubject.data.threads.edges.map((e: Json) => e.node);
    expect(found.length).toBeGreaterThan(0);
    expect(bySubject.data.threads.totalCount).toBeLessThan(all.data.threads.totalCount);
    for (const n of found) expect(n.subject.toLowerCase()).toContain(word.toLowerCase());

    const filter = {
      customerExternalId: 'C-0008',
      statuses: ['OPEN', 'CLOSED'],
      tags: ['kyc', 'edd'],
      unread: false,
      subject: 'a',
    };
    const narrow = await stack.gql(THREADS, { filter });
    expect(narrow.errors).toBeUndefined();
    expect((await stack.sent(SEARCH)).filters).toEqual({
      customer_external_id: 'C-0008',
      statuses: [1, 3],
      tag_codes: ['kyc', 'edd'],
      unread: false,
      subject: 'a',
    });
    for (const { node } of narrow.data.threads.edges) {
      expect(node.customerExternalIds).toContain('C-0008');
      expect(['OPEN', 'CLOSED']).toContain(node.status);
      expect(node.tags.some((t: string) => ['kyc', 'edd'].includes(t))).toBe(true);
    }
  });
});

describe('Go!Chat messages found by id among their thread’s pages', () => {
  const LONG = 'thr-long';
  /** A page of Get thread messages of `count` messages numbered from `from`, with `total` if given. */
  const page = (from: number, count: number, total?: number) => ({
    messages: Array.from({ length: count }, (_, i) => ({
      id: `msg-${from + i}`,
      thread_id: LONG,
      content: `message ${from + i}`,
    })),
    ...(total === undefined ? {} : { total }),
  });
  /** Algoreg answers these pages, in order, to the next Get thread messages calls. */
  const answerPages = async (...pages: unknown[]) => {
    for (const json of pages) await stack.fault({ route: MESSAGES, kind: 'body', json, times: 1 });
  };
  const lookUp = (...messageIds: string[]) =>
    stack.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { messageId content } } }`, {
      ids: messageIds.map((id) => messageNodeId(LONG, id)),
    });
  const messageCalls = async () => (await stack.stats()).byRoute[MESSAGES];

  it('reads the second page for a message not on the first, and stops there once every wanted one is found', async () => {
    await answerPages(page(0, 200, 450), page(200, 200, 450), page(400, 50, 450));
    const res = await lookUp('msg-250', 'msg-3');
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([
      { messageId: 'msg-250', content: 'message 250' },
      { messageId: 'msg-3', content: 'message 3' },
    ]);
    expect(await messageCalls()).toBe(2);
  });

  it('reads one page when every wanted message is on it', async () => {
    await answerPages(page(0, 200, 450), page(200, 200, 450));
    const res = await lookUp('msg-199');
    expect(res.data.nodes).toEqual([{ messageId: 'msg-199', content: 'message 199' }]);
    expect(await messageCalls()).toBe(1);
  });

  it('stops at a short last page for a missing message, with or without a total, and answers null', async () => {
    for (const total of [450, undefined]) {
      await stack.reset();
      await answerPages(page(0, 200, total), page(200, 200, total), page(400, 50, total));
      const res = await lookUp('msg-nope', 'msg-420');
      expect(res.errors).toBeUndefined();
      expect(res.data.nodes).toEqual([null, { messageId: 'msg-420', content: 'message 420' }]);
      expect(await messageCalls()).toBe(3);
    }
  });

  it('stops after a full page that reaches the total, and reads on past a full page when there is no total', async () => {
    await answerPages(page(0, 200, 400), page(200, 200, 400));
    const withTotal = await lookUp('msg-nope');
    expect(withTotal.data.nodes).toEqual([null]);
    expect(await messageCalls()).toBe(2);

    await stack.reset();
    await answerPages(page(0, 200), page(200, 200), page(400, 0));
    const withoutTotal = await lookUp('msg-nope');
    expect(withoutTotal.errors).toBeUndefined();
    expect(withoutTotal.data.nodes).toEqual([null]);
    expect(await messageCalls()).toBe(3);
  });

  it("finds a thread's oldest message past the first 200, paging the sandbox's real thread", async () => {
    const created = await stack.gql(
      `mutation { createThread(input: { customerExternalIds: ["C-0042"], subject: "Long" }) { thread { threadId } } }`,
    );
    const threadId = created.data.createThread.thread.threadId as string;
    const sends = Array.from(
      { length: 20 },
      (_, i) => `m${i}: sendThreadMessage(input: { threadId: $t, content: "n" }) { message { messageId } }`,
    ).join('\n');
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await stack.gql(`mutation($t: ID!) { ${sends} }`, { t: threadId });
      expect(res.errors).toBeUndefined();
      ids.push(...Object.values(res.data as Record<string, Json>).map((p) => p.message.messageId));
    }
    const [oldest, second] = ids;
    const before = (await messageCalls()) ?? 0;
    const res = await stack.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { messageId } } }`, {
      ids: [messageNodeId(threadId, String(oldest)), messageNodeId(threadId, String(second))],
    });
    expect(res.data.nodes).toEqual([{ messageId: oldest }, { messageId: second }]);
    // Newest first: 200 on the first page, the 20 oldest on the second.
    expect(((await messageCalls()) ?? 0) - before).toBe(2);
  });
});

describe('Go!Chat message reads that fail for one thread', () => {
  const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { messageId } } }`;

  it('reports a failed thread read on its messages only, and null for a message of an unknown thread', async () => {
    const [a, b] = await Promise.all(
      ['thr-seed-00001', 'thr-seed-00002'].map(async (t) => {
        const res = await stack.gql(
          `query($t: ID!) { thread(id: $t) { threadId lastMessage { messageId } } }`,
          { t },
        );
        return res.data.thread as { threadId: string; lastMessage: { messageId: string } };
      }),
    );
    await stack.reset();
    await stack.fault({ route: MESSAGES, kind: 'malformed', times: 1 });
    const ids = [
      messageNodeId(String(a?.threadId), String(a?.lastMessage.messageId)),
      messageNodeId(String(b?.threadId), String(b?.lastMessage.messageId)),
      messageNodeId('thr-nope', 'msg-1'),
    ];
    const res = await stack.gql(NODES, { ids });
    expect(await stack.stats()).toMatchObject({ byRoute: { [MESSAGES]: 3 } });
    // Which of the two threads' calls met the fault depends on which reached the sandbox first.
    const failed = res.data.nodes[0] === null ? 0 : 1;
    const ok = 1 - failed;
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.path).toEqual(['nodes', failed]);
    expect(res.data.nodes[ok]).toEqual({ messageId: [a, b][ok]?.lastMessage.messageId });
    expect(res.data.nodes[2]).toBeNull();
  });
});
