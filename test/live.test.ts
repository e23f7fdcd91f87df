import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { useStack } from './harness.ts';
import { backOffice, postWebhook, sseSubscribe, subscribers, until } from './live-helpers.ts';
import { metric } from './metrics.ts';

const TOKEN = 'webhook-token-for-the-live-tests';

const envelope = (id: string, code: string, data: Record<string, unknown>) => ({
  event_id: id,
  event_code: code,
  event_date: '2026-05-01T10:00:00Z',
  event_source: 'web',
  data,
});

/** Webhooks counted by outcome on the gateway's /metrics. */
const webhooks = async (url: string, outcome: string) =>
  (await metric(url, `gateway_webhooks_total{outcome="${outcome}"}`)) ?? 0;

describe('POST /webhooks/algoreg', () => {
  const stack = useStack({ ALGOREG_WEBHOOK_TOKEN: TOKEN, WEBHOOK_MAX_BYTES: '2048' });

  it('refuses a missing or wrong token, a body over the limit and a body that is not an envelope, and publishes none of them', async () => {
    const sub = await sseSubscribe(stack.url, 'subscription { customerUpdated { externalId } }');
    await until(async () => (await subscribers(stack.url, 'customer')) >= 1);
    const good = envelope('refusals-1', 'customers_updated', {
      client_id: 1,
      customers: [{ external_id: 'C-0003' }],
    });
    const refusedBefore = await webhooks(stack.url, 'refused');

    expect((await postWebhook(stack.url, undefined, good)).status).toBe(401);
    expect((await postWebhook(stack.url, 'not-the-token', good)).status).toBe(401);
    expect((await postWebhook(stack.url, `${TOKEN}x`, good)).status).toBe(401);
    const big = envelope('refusals-2', 'customers_updated', {
      customers: [{ external_id: 'C-0003', pad: 'x'.repeat(4096) }],
    });
    expect((await postWebhook(stack.url, TOKEN, big)).status).toBe(413);
    expect((await postWebhook(stack.url, TOKEN, '{"event_id": "refusals-3"')).status).toBe(400);
    const noCode = { ...good, event_id: 'refusals-4', event_code: undefined };
    expect((await postWebhook(stack.url, TOKEN, noCode)).status).toBe(400);
    expect(
      (await postWebhook(stack.url, TOKEN, { ...good, event_id: 'refusals-5', data: 'C-0003' })).status,
    ).toBe(400);
    expect(await webhooks(stack.url, 'refused')).toBe(refusedBefore + 7);

    // The first event the subscriber sees is the one good delivery, sent last.
    const accepted = await postWebhook(stack.url, TOKEN, {
      ...good,
      data: { customers: [{ external_id: 'C-0004' }] },
    });
    expect(accepted.status).toBe(202);
    expect((await sub.next()).data).toEqual({ customerUpdated: { externalId: 'C-0004' } });
    sub.close();
  });

  it('takes `Bearer <token>` too, answers 202 at once, and drops a repeated event id', async () => {
    const sub = await sseSubscribe(stack.url, 'subscription { customerUpdated { externalId } }');
    await until(async () => (await subscribers(stack.url, 'customer')) >= 1);
    const first = envelope('dup-1', 'customers_updated', {
      client_id: 1,
      customers: [{ external_id: 'C-0005' }],
    });
    expect((await postWebhook(stack.url, `Bearer ${TOKEN}`, first)).status).toBe(202);
    expect((await postWebhook(stack.url, TOKEN, first)).status).toBe(202);
    const second = envelope('dup-2', 'customers_updated', {
      client_id: 1,
      customers: [{ external_id: 'C-0006' }],
    });
    expect((await postWebhook(stack.url, TOKEN, second)).status).toBe(202);
    expect((await sub.next()).data).toEqual({ customerUpdated: { externalId: 'C-0005' } });
    expect((await sub.next()).data).toEqual({ customerUpdated: { externalId: 'C-0006' } });
    expect(await webhooks(stack.url, 'duplicate')).toBeGreaterThanOrEqual(1);
    sub.close();
  });

  it('never logs the values of `data`', async () => {
    const canary = 'CANARY-Jane-Doe-1987';
    const res = await postWebhook(
      stack.url,
      TOKEN,
      envelope('canary-1', 'customers_updated', { customers: [{ external_id: canary, name: canary }] }),
    );
    expect(res.status).toBe(202);
    await postWebhook(
      stack.url,
      TOKEN,
      envelope('canary-2', 'customers_updated', { customers: [{ name: canary }], x: 1 }),
    );
    await postWebhook(stack.url, TOKEN, { ...envelope('canary-3', 'x', {}), data: canary });
    await until(() => stack.rawLogs().includes('canary-2'));
    expect(stack.rawLogs()).not.toContain(canary);
  });
});

describe('subscriptions', () => {
  const stack = useStack({ ALGOREG_WEBHOOK_TOKEN: TOKEN });

  it('over SSE: a back-office decision on an alert reaches `alertUpdated` with the alert as it is now', async () => {
    const sub = await sseSubscribe(stack.url, 'subscription { alertUpdated { id lastRevision { state } } }');
    expect(sub.status).toBe(200);
    await until(async () => (await subscribers(stack.url, 'alert')) >= 1);
    await backOffice(stack.sandbox.url, 'alerts/ALR-00010/decision', {
      state: 5,
      comment: 'Confirmed match',
    });
    const event = await sub.next();
    expect(event.data).toEqual({
      alertUpdated: { id: expect.any(String), lastRevision: { state: 'TRUE_HIT' } },
    });
    // Each event reads the alert again: the second decision is not hidden by the first read.
    await backOffice(stack.sandbox.url, 'alerts/ALR-00010/decision', { state: 6, comment: 'Accepted' });
    expect((await sub.next()).data).toEqual({
      alertUpdated: { id: expect.any(String), lastRevision: { state: 'TRUE_HIT_ACCEPTED' } },
    });
    sub.close();
    await until(async () => (await subscribers(stack.url, 'alert')) === 0);
  });

  it('over WebSocket (graphql-ws): a transaction reviewed in the back office reaches `transactionUpdated`', async () => {
    const client = createClient({
      url: `${stack.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const events = client.iterate({
      query: 'subscription($ids: [ID!]) { transactionUpdated(filter: { ids: $ids }) { id status comment } }',
      variables: { ids: ['TX-000007'] },
    });
    const received = events.next();
    await until(async () => (await subscribers(stack.url, 'transaction')) >= 1);
    // Another transaction's change is filtered out; this one's arrives.
    await backOffice(stack.sandbox.url, 'transactions/TX-000008/review', { state: 'blocked', comment: 'no' });
    await backOffice(stack.sandbox.url, 'transactions/TX-000007/review', {
      state: 'blocked',
      comment: 'Mule account',
    });
    const { value } = await received;
    expect(value?.data).toEqual({
      transactionUpdated: { id: expect.any(String), status: 'BLOCKED', comment: 'Mule account' },
    });
    await events.return?.();
    await client.dispose();
  });

  it('`customerUpdated` follows an EDD decision (edds_updated) with the fresh lastEdd', async () => {
    const query =
      'subscription { customerUpdated(externalId: "C-0020") { externalId lastEdd { state comment } eddStatus { state } } }';
    const sub = await sseSubscribe(stack.url, query);
    await until(async () => (await subscribers(stack.url, 'customer')) >= 1);
    await backOffice(stack.sandbox.url, 'customers/C-0021/edd', {
      edd_state: 'Refused',
      comment: 'other customer',
    });
    await backOffice(stack.sandbox.url, 'customers/C-0020/edd', {
      edd_state: 'Refused',
      comment: 'Source of funds unclear',
    });
    expect((await sub.next()).data).toEqual({
      customerUpdated: {
        externalId: 'C-0020',
        lastEdd: { state: 'REFUSED', comment: 'Source of funds unclear' },
        eddStatus: { state: 'REFUSED' },
      },
    });
    sub.close();
  });

  it('`documentUpdated` follows a document changed through the gateway (the sandbox sends the webhook)', async () => {
    const sub = await sseSubscribe(
      stack.url,
      'subscription { documentUpdated(customerExternalId: "C-0185") { documentId displayName } }',
    );
    await until(async () => (await subscribers(stack.url, 'document')) >= 1);
    const res = await stack.gql(
      'mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { errors { code } } }',
      { input: { id: 'doc-seed-00150', displayName: 'Passport (live)' } },
    );
    expect(res.data?.updateDocument.errors).toEqual([]);
    expect((await sub.next()).data).toEqual({
      documentUpdated: { documentId: 'doc-seed-00150', displayName: 'Passport (live)' },
    });
    sub.close();
  });

  it('`threadUpdated` follows a message the customer writes, with the thread as it is now', async () => {
    const thread = await stack.gql(
      '{ thread(id: "thr-seed-00001") { messageCount customers { externalId } } }',
    );
    const before = thread.data?.thread.messageCount as number;
    const customer = thread.data?.thread.customers[0]?.externalId as string;
    const sub = await sseSubscribe(
      stack.url,
      'subscription($id: ID) { threadUpdated(id: $id) { id messageCount lastMessage { direction } } }',
      { id: 'thr-seed-00001' },
    );
    await until(async () => (await subscribers(stack.url, 'thread')) >= 1);
    await backOffice(stack.sandbox.url, 'threads/thr-seed-00001/messages', {
      content: 'Here is my proof of address.',
      from_customer_id: customer,
    });
    const event = await sub.next();
    expect(event.data?.threadUpdated).toMatchObject({
      messageCount: before + 1,
      lastMessage: { direction: 'INBOUND' },
    });
    sub.close();
  });

  it('`customerUpdated` follows a press report that turns ready by itself (customers_updated from Algoreg)', async () => {
    const requested = await stack.gql(
      'mutation { requestPressReport(input: { customerExternalId: "C-0030" }) { report { id status } } }',
    );
    const report = requested.data?.requestPressReport.report;
    expect(report.status).toBe('PENDING');
    const sub = await sseSubscribe(
      stack.url,
      'subscription { customerUpdated(externalId: "C-0030") { externalId pressReport { status } } }',
    );
    await until(async () => (await subscribers(stack.url, 'customer')) >= 1);
    // Polled as a screen would until ready; the sandbox then announces the customer's change.
    await until(async () => {
      const res = await stack.gql('query($id: ID!) { pressReport(id: $id) { status } }', { id: report.id });
      return res.data?.pressReport.status === 'READY';
    });
    expect((await sub.next()).data).toEqual({
      customerUpdated: { externalId: 'C-0030', pressReport: { status: 'READY' } },
    });
    sub.close();
  });

  it('`sessionUpdated` follows a demo session moving on by itself (read by a poller) and an agent’s decision', async () => {
    const moving = await sseSubscribe(
      stack.url,
      'subscription { sessionUpdated(id: "ses-0009") { sessionId state } }',
    );
    await until(async () => (await subscribers(stack.url, 'session')) >= 1);
    const read = await stack.gql('{ session(id: "ses-0009") { state } }');
    const next = (await moving.next()).data as { sessionUpdated: { state: string } };
    expect(next.sessionUpdated.state).not.toBe(read.data?.session.state);
    moving.close();
    await until(async () => (await subscribers(stack.url, 'session')) === 0);

    const sub = await sseSubscribe(
      stack.url,
      'subscription { sessionUpdated(id: "ses-0006") { sessionId decision { type comment } } }',
    );
    await until(async () => (await subscribers(stack.url, 'session')) >= 1);
    await backOffice(stack.sandbox.url, 'sessions/ses-0006/decision', {
      type: 'POSITIVE',
      comment: 'Checked by hand',
    });
    expect((await sub.next()).data).toEqual({
      sessionUpdated: { sessionId: 'ses-0006', decision: { type: 'POSITIVE', comment: 'Checked by hand' } },
    });
    sub.close();
  });
});

describe('subscriptions with GATEWAY_API_TOKENS', () => {
  const stack = useStack({ ALGOREG_WEBHOOK_TOKEN: TOKEN, GATEWAY_API_TOKENS: 'client-token-1' });
  const query = 'subscription { alertUpdated { alertId } }';

  it('refuses SSE without a token and serves it with one', async () => {
    const refused = await sseSubscribe(stack.url, query);
    expect(refused.status).toBe(401);
    refused.close();
    const sub = await sseSubscribe(stack.url, query, {}, { authorization: 'Bearer client-token-1' });
    expect(sub.status).toBe(200);
    await until(async () => (await subscribers(stack.url, 'alert')) >= 1);
    await backOffice(stack.sandbox.url, 'alerts/ALR-00011/decision', { state: 4 });
    expect((await sub.next()).data).toEqual({ alertUpdated: { alertId: 'ALR-00011' } });
    sub.close();
  });

  it('closes a WebSocket without a token, and serves one with the token in connectionParams', async () => {
    const url = `${stack.url.replace('http', 'ws')}/graphql`;
    const refused = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const closed = await refused
      .iterate({ query })
      .next()
      .then(
        () => 'served',
        (e: { code?: number }) => e?.code,
      );
    expect(closed).toBe(4403);
    await refused.dispose();

    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: 'Bearer client-token-1' },
    });
    const events = client.iterate({ query });
    const received = events.next();
    await until(async () => (await subscribers(stack.url, 'alert')) >= 1);
    await backOffice(stack.sandbox.url, 'alerts/ALR-00012/decision', { state: 4 });
    expect((await received).value?.data).toEqual({ alertUpdated: { alertId: 'ALR-00012' } });
    await events.return?.();
    await client.dispose();
  });
});
