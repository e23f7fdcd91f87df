// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, useStack } from './harness.ts';

/**
 * What a Go!Chat thread and its messages show when Algoreg's answer is sparse or odd: the sandbox
 * answers Get thread and Get thread messages verbatim (`body` fault), and the GraphQL answer is
 * held field by field. The seeds always carry every field, so these are the only tests of the wire
 * layer's tolerance.
 */

const THREAD = 'GET /api/v1/thread/{id}';
const MESSAGES = 'GET /api/v1/thread/{id}/messages';

const MESSAGE_FIELDS = `messageId threadId direction agentId from to cc bcc subject content createdAt priority
  readByAgents read deliveryError mailboxId externalMessageId replyToExternalMessageId delivery origin
  attachments { attachmentId fileName mimeType size fileType safe movementCount movements { agentId customerId fileId } }`;

const QUERY = `{
  thread(id: "thr-1") {
    threadId subject status rawStatus tags comment reminder { delay remaining } clientId contacts createdAt
    customerExternalIds externalMessageIds messageCount
    attachments { attachmentId movementCount }
    lastMessage { ${MESSAGE_FIELDS} }
  }
}`;

const stack = useStack();

// biome-ignore lint/suspicious/noExplicitAny: the GraphQL answer, held with toEqual
type Json = any;

/** The thread as the gateway shows it when Algoreg answers `json` to Get thread. */
async function threadFrom(json: unknown): Promise<Json> {
  const { thread } = await dataWhenAlgoregAnswers<{ thread: Json }>(stack, THREAD, json, QUERY);
  if (!thread) throw new Error('no thread');
  return thread;
}

/** An empty message, as shown. */
const noMessage = {
  agentId: null,
  direction: 'INBOUND',
  from: null,
  to: [],
  cc: [],
  bcc: [],
  subject: null,
  content: null,
  createdAt: null,
  priority: null,
  readByAgents: [],
  read: false,
  deliveryError: null,
  mailboxId: null,
  externalMessageId: null,
  replyToExternalMessageId: null,
  delivery: null,
  origin: null,
  attachments: [],
};

describe('contract: Go!Chat Get thread, sparse or odd', () => {
  it('reads a thread with only an id as nulls and empty lists, without a last message', async () => {
    expect(await threadFrom({ id: 'thr-1' })).toEqual({
      threadId: 'thr-1',
      subject: null,
      status: null,
      rawStatus: null,
      tags: [],
      comment: null,
      reminder: null,
      clientId: null,
      contacts: [],
      createdAt: null,
      customerExternalIds: [],
      externalMessageIds: [],
      messageCount: null,
      attachments: [],
      lastMessage: null,
    });
  });

  it('reads each status code, an unknown one as UNKNOWN with its code', async () => {
    const seen: [unknown, unknown][] = [];
    for (const status of [1, 2, 3, 9]) {
      await stack.reset();
      const t = await threadFrom({ id: 'thr-1', status });
      seen.push([t.status, t.rawStatus]);
    }
    expect(seen).toEqual([
      ['OPEN', 1],
      ['WAITING_FOR_CUSTOMER', 2],
      ['CLOSED', 3],
      ['UNKNOWN', 9],
    ]);
  });

  it('reads a numeric id as text, customers without an external id left out, tags merged, a reminder', async () => {
    const t = await threadFrom({
      id: 77,
      client_id: 12,
      contacts: ['ops@bank.example'],
      created_at: 1_700_000_000,
      customers: [{ external_id: 'C-0001' }, { external_id: null }, {}, { external_id: 4410 }],
      external_message_ids: ['<m1@x>'],
      message_count: 3,
      subject: 'Missing passport',
      tag_codes: ['kyc', 'docs'],
      tags: ['docs', 'urgent'],
      comment: 'asked twice',
      reminder: { delay: 24, number_left: 2 },
    });
    expect(t).toMatchObject({
      threadId: '77',
      clientId: '12',
      contacts: ['ops@bank.example'],
      createdAt: '2023-11-14T22:13:20.000Z',
      customerExternalIds: ['C-0001', '4410'],
      externalMessageIds: ['<m1@x>'],
      messageCount: 3,
      subject: 'Missing passport',
      tags: ['kyc', 'docs', 'urgent'],
      comment: 'asked twice',
      reminder: { delay: 24, remaining: 2 },
    });
  });

  it('reads a thread whose answer names no id as the thread asked for, and reads its messages by that id', async () => {
    await stack.fault({ route: THREAD, kind: 'body', json: { subject: 'No id', last_message: { id: 5 } } });
    const res = await stack.gql<Json>(
      '{ thread(id: "thr-seed-00001") { threadId subject lastMessage { threadId } messages(first: 1) { edges { node { threadId } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.thread).toEqual({
      threadId: 'thr-seed-00001',
      subject: 'No id',
      lastMessage: { threadId: 'thr-seed-00001' },
      messages: { edges: [{ node: { threadId: 'thr-seed-00001' } }] },
    });
  });

  it("gives the last message its thread's id when it names none, and keeps the one it names", async () => {
    const t = await threadFrom({ id: 'thr-1', last_message: { id: 5 } });
    expect(t.lastMessage).toEqual({ ...noMessage, messageId: '5', threadId: 'thr-1' });
    await stack.reset();
    const other = await threadFrom({ id: 'thr-1', last_message: { id: 'm-6', thread_id: 'thr-0' } });
    expect(other.lastMessage.threadId).toBe('thr-0');
  });

  it('reads addresses given as one string, "" or null, a blank date, agents who read it', async () => {
    const t = await threadFrom({
      id: 'thr-1',
      last_message: {
        id: 'm-1',
        agent_id: 7,
        from: 'ops@bank.example',
        to: 'ada@example.com',
        cc: '',
        bcc: null,
        created_at: '',
        read_by_agents: [7, 9],
        priority: 2,
        delivery: { channel: 'email' },
        origin: 'backoffice',
        error_when_trying_to_send: 'mailbox full',
      },
    });
    expect(t.lastMessage).toMatchObject({
      direction: 'OUTBOUND',
      agentId: 7,
      from: 'ops@bank.example',
      to: ['ada@example.com'],
      cc: [],
      bcc: [],
      createdAt: null,
      readByAgents: [7, 9],
      read: true,
      priority: 2,
      delivery: { channel: 'email' },
      origin: 'backoffice',
      deliveryError: 'mailbox full',
    });
    await stack.reset();
    const listed = await threadFrom({
      id: 'thr-1',
      last_message: { id: 'm-1', to: ['a@x.example', 'b@x.example'], created_at: '2024-03-01T08:00:00Z' },
    });
    expect([listed.lastMessage.to, listed.lastMessage.createdAt]).toEqual([
      ['a@x.example', 'b@x.example'],
      '2024-03-01T08:00:00.000Z',
    ]);
  });

  it('reads a message or an attachment without an id as the id ""', async () => {
    const t = await threadFrom({ id: 'thr-1', last_message: { attachments: [{ file_name: 'a.pdf' }] } });
    expect([
      t.lastMessage.messageId,
      t.lastMessage.attachments.map((a: Json) => [a.attachmentId, a.fileName]),
    ]).toEqual(['', [['', 'a.pdf']]]);
  });

  it("counts an attachment's movements by their total, else by the list; none without movements", async () => {
    const movement = { agent_id: 3, customer_id: 901, file_id: 'doc-1' };
    const t = await threadFrom({
      id: 'thr-1',
      last_message: {
        id: 'm-1',
        attachments: [
          {
            id: 'att-1',
            file_name: 'passport.pdf',
            file_mime: 'application/pdf',
            file_size: 2048,
            file_type: 'id_card',
            file_not_dangerous: true,
            attachment_movements: { movements: [movement], total: 4 },
          },
          { id: 'att-2', attachment_movements: { movements: [movement, {}] } },
          { id: 'att-3', attachment_movements: null },
        ],
      },
    });
    expect(t.lastMessage.attachments).toEqual([
      {
        attachmentId: 'att-1',
        fileName: 'passport.pdf',
        mimeType: 'application/pdf',
        size: 2048,
        fileType: 'id_card',
        safe: true,
        movementCount: 4,
        movements: [{ agentId: 3, customerId: '901', fileId: 'doc-1' }],
      },
      {
        attachmentId: 'att-2',
        fileName: null,
        mimeType: null,
        size: null,
        fileType: null,
        safe: null,
        movementCount: 2,
        movements: [
          { agentId: 3, customerId: '901', fileId: 'doc-1' },
          { agentId: null, customerId: null, fileId: null },
        ],
      },
      {
        attachmentId: 'att-3',
        fileName: null,
        mimeType: null,
        size: null,
        fileType: null,
        safe: null,
        movementCount: 0,
        movements: [],
      },
    ]);
  });
});

describe('contract: Go!Chat Get thread messages, sparse or odd', () => {
  it('reads the page and its total, and no total as null', async () => {
    const QUERY_MESSAGES = `{ thread(id: "thr-1") { messages(first: 5) { totalCount edges { node { messageId threadId } } } } }`;
    await stack.fault({ route: THREAD, kind: 'body', json: { id: 'thr-1' } });
    await stack.fault({
      route: MESSAGES,
      kind: 'body',
      json: { messages: [{ id: 1 }, { id: 2 }], total: 9 },
    });
    const res = await stack.gql<Json>(QUERY_MESSAGES);
    expect(res.errors).toBeUndefined();
    expect(res.data.thread.messages).toEqual({
      totalCount: 9,
      edges: [
        { node: { messageId: '1', threadId: 'thr-1' } },
        { node: { messageId: '2', threadId: 'thr-1' } },
      ],
    });
    await stack.reset();
    await stack.fault({ route: THREAD, kind: 'body', json: { id: 'thr-1' } });
    await stack.fault({ route: MESSAGES, kind: 'body', json: { messages: null } });
    const empty = await stack.gql<Json>(QUERY_MESSAGES);
    expect(empty.data.thread.messages).toEqual({ totalCount: null, edges: [] });
  });
});
