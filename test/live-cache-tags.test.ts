import { beforeAll, describe, expect, it } from 'vitest';
import { type OperationName, routeKey } from '../src/algoreg/endpoints.ts';
import { type GraphQLResponse, useStack } from './harness.ts';
import { until } from './live-helpers.ts';

/**
 * The shared read cache's table of tags (src/algoreg/cache.ts), row by row, through the front door:
 * every read it lists is served from the cache the second time, the reads it leaves out are not,
 * every write through the gateway evicts what it changed (no webhooks: only the write's own
 * eviction can make the change show), and two reads that send different things never share an entry.
 */

const ENV = { CACHE_TTL_S: '60' };

// biome-ignore lint/suspicious/noExplicitAny: answers of operations given as strings
type Answer = GraphQLResponse<any>;

const upstream = (res: Answer) => res.extensions?.upstream;
const callsTo = (res: Answer, op: OperationName) => upstream(res)?.byRoute[routeKey(op)] ?? 0;

function ok(res: Answer): Answer {
  expect(res.errors).toBeUndefined();
  return res;
}

describe('READ_TAGS: each read it lists is served from the cache when asked again', () => {
  const stack = useStack(ENV);

  // Each row reads its own records: a row never finds an entry another row left.
  const rows: { op: OperationName; query: string }[] = [
    { op: 'getCustomer', query: '{ customer(externalId: "C-0101") { externalId lastName } }' },
    {
      op: 'searchCustomers',
      query:
        '{ customers(first: 3, filter: { externalIds: ["C-0102", "C-0103"] }) { edges { node { externalId } } } }',
    },
    { op: 'getCustomerLastEdd', query: '{ customer(externalId: "C-0040") { lastEdd { state } } }' },
    { op: 'getCustomerLastRisk', query: '{ customer(externalId: "C-0104") { risk { level } } }' },
    {
      op: 'searchDocuments',
      query:
        '{ documents(first: 5, filter: { customerExternalId: "C-0185" }) { edges { node { documentId } } } }',
    },
    { op: 'getAlert', query: '{ alert(id: "ALR-00101") { alertId lastRevision { state } } }' },
    {
      op: 'searchAlerts',
      query: '{ alerts(first: 4, filter: { states: [NEW] }) { edges { node { alertId } } } }',
    },
    {
      op: 'getCustomerAlerts',
      query: '{ customer(externalId: "C-0105") { alerts(first: 5) { edges { node { alertId } } } } }',
    },
    { op: 'getTransaction', query: '{ transaction(id: "TX-000011") { transactionId status } }' },
    {
      op: 'getTransactionHistory',
      query: '{ transaction(id: "TX-000012") { transactionId history { __typename } } }',
    },
    {
      op: 'searchTransactions',
      query: '{ transactions(first: 3, filter: { status: BLOCKED }) { edges { node { transactionId } } } }',
    },
    { op: 'getThread', query: '{ thread(id: "thr-seed-00011") { threadId subject } }' },
    {
      op: 'getThreadMessages',
      query: '{ thread(id: "thr-seed-00012") { messages(first: 5) { edges { node { messageId } } } } }',
    },
    {
      op: 'searchThreads',
      query: '{ threads(first: 3, filter: { statuses: [CLOSED] }) { edges { node { threadId } } } }',
    },
    { op: 'getSession', query: '{ session(id: "ses-0006") { sessionId state } }' },
  ];

  it.each(rows)('$op', async ({ op, query }) => {
    const first = ok(await stack.gql(query));
    // The field makes this call, and nothing had cached it yet.
    expect(callsTo(first, op)).toBe(1);
    const calls = (await stack.stats()).calls;

    const second = ok(await stack.gql(query));
    expect(second.data).toEqual(first.data);
    expect(upstream(second)).toMatchObject({ calls: 0 });
    expect(upstream(second)?.byRoute).toEqual({});
    expect(upstream(second)?.cacheHits).toBeGreaterThanOrEqual(1);
    expect((await stack.stats()).calls).toBe(calls);
  });

  it('getSession is tagged with its session: a demo session moving on (its webhook) evicts it', async () => {
    const query = '{ session(id: "ses-0009") { state } }';
    const first = ok(await stack.gql(query));
    expect(callsTo(first, 'getSession')).toBe(1);
    // Read, the demo session moves on and Algoreg says so: a read that follows is fresh.
    let next = first;
    await until(async () => {
      next = ok(await stack.gql(query));
      return callsTo(next, 'getSession') === 1;
    });
    expect(next.data?.session.state).not.toBe(first.data?.session.state);
  });
});

describe('reads left out of READ_TAGS are asked of Algoreg every time', () => {
  const stack = useStack(ENV);

  const rows: { op: OperationName; query: string }[] = [
    {
      op: 'getCustomerEvents',
      query: '{ customer(externalId: "C-0001") { events(first: 3) { totalCount } } }',
    },
    { op: 'getCustomerStats', query: '{ customer(externalId: "C-0001") { stats { alerts threads } } }' },
    { op: 'getPressReport', query: '{ customer(externalId: "C-0012") { pressReport { status } } }' },
    {
      op: 'nameSearch',
      query:
        '{ nameSearch(first: 3, input: { entityType: INDIVIDUAL, person: { firstName: "Ivan", lastName: "Petrov" } }) { edges { node { name } } } }',
    },
  ];

  it.each(rows)('$op', async ({ op, query }) => {
    const first = ok(await stack.gql(query));
    expect(callsTo(first, op)).toBe(1);
    const second = ok(await stack.gql(query));
    expect(second.data).toEqual(first.data);
    expect(callsTo(second, op)).toBe(1);
  });

  it('a download, twice, is two downloads', async () => {
    const res = ok(
      await stack.gql(
        '{ documents(first: 1, filter: { customerExternalId: "C-0185" }) { edges { node { downloadUrl } } } }',
      ),
    );
    const url = String(res.data?.documents.edges[0]?.node.downloadUrl);
    const one = await fetch(url);
    const two = await fetch(url);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(Buffer.from(await two.arrayBuffer())).toEqual(Buffer.from(await one.arrayBuffer()));
    expect((await stack.stats()).byRoute[routeKey('downloadDocument')]).toBe(2);
  });
});

describe('WRITE_TAGS: a write through the gateway evicts what it changed (no webhooks)', () => {
  const stack = useStack(ENV);
  beforeAll(() => stack.sandbox.webhooks.configure(undefined));

  /** Reads `query` twice (the second from the cache), runs the write, and reads it once more. */
  async function aroundWrite(
    query: string,
    write: () => Promise<Answer>,
  ): Promise<{ before: Answer; written: Answer; after: Answer }> {
    const before = ok(await stack.gql(query));
    const cached = ok(await stack.gql(query));
    expect(upstream(cached)?.calls).toBe(0);
    expect(cached.data).toEqual(before.data);
    const written = ok(await write());
    const after = ok(await stack.gql(query));
    expect(upstream(after)?.calls).toBeGreaterThan(0);
    return { before, written, after };
  }

  const save = (input: Record<string, unknown>) =>
    stack.gql(
      'mutation($input: SaveCustomersInput!) { saveCustomers(input: $input) { status relationErrors { externalId } lines { status errors { code } } } }',
      { input },
    );

  it('saveCustomers, a line: the customer, its risk, and customer searches', async () => {
    const query = `{
      customer(externalId: "C-0114") { lastName risk { level } lastEdd { state } }
      customers(first: 1, filter: { externalIds: ["C-0114"] }) { edges { node { lastName } } }
    }`;
    const { before, written, after } = await aroundWrite(query, () =>
      // A domicile on the sandbox's high-risk list: its stand-in risk scan moves the risk.
      save({ customers: [{ externalId: 'C-0114', lastName: 'Evicted', domicileCodes: ['IR'] }] }),
    );
    expect(written.data?.saveCustomers.status).toBe('SUCCESS');
    expect(before.data?.customer).toEqual({
      lastName: 'Costa',
      risk: { level: 'LOW' },
      lastEdd: { state: 'PASSED' },
    });
    expect(after.data?.customer).toEqual({
      lastName: 'Evicted',
      risk: { level: 'HIGH' },
      lastEdd: { state: 'PASSED' },
    });
    expect(after.data?.customers.edges).toEqual([{ node: { lastName: 'Evicted' } }]);
  });

  it('saveCustomers: a customer whose external id is the name of a collection tag', async () => {
    // `customers` is also the tag of every customer search: the customer's own entry must go too.
    expect(
      (await save({ customers: [{ externalId: 'customers', accountType: 'FIRM', companyName: 'Before' }] }))
        .data,
    ).toMatchObject({ saveCustomers: { status: 'SUCCESS' } });
    const { after } = await aroundWrite('{ customer(externalId: "customers") { companyName } }', () =>
      save({ customers: [{ externalId: 'customers', companyName: 'After' }] }),
    );
    expect(after.data?.customer).toEqual({ companyName: 'After' });
  });

  it('saveCustomers, a relation: both the parent’s and the child’s entries', async () => {
    const query = `{
      parent: customer(externalId: "C-0113") { relations { relationExternalId } }
      child: customer(externalId: "C-0118") { relations { relationExternalId } }
    }`;
    const { before, written, after } = await aroundWrite(query, () =>
      save({
        // A line for a third customer: only the relation names the two read.
        customers: [{ externalId: 'C-0121', comment: 'Relations reviewed' }],
        relations: [
          { parentExternalId: 'C-0113', childExternalId: 'C-0118', relationExternalId: 'REL-EVICT' },
        ],
      }),
    );
    expect(written.data?.saveCustomers.relationErrors).toEqual([]);
    expect(before.data).toEqual({ parent: { relations: [] }, child: { relations: [] } });
    expect(after.data?.parent.relations).toContainEqual({ relationExternalId: 'REL-EVICT' });
    expect(after.data?.child.relations).toContainEqual({ relationExternalId: 'REL-EVICT' });
  });

  const UPLOAD =
    'mutation($input: UploadDocumentInput!) { uploadDocument(input: $input) { errors { code } } }';
  const UPDATE_DOCUMENT =
    'mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { errors { code } } }';
  const DELETE_DOCUMENT =
    'mutation($input: DeleteDocumentInput!) { deleteDocument(input: $input) { errors { code } } }';
  const documentsOf = (customer: string) =>
    `{ documents(first: 50, filter: { customerExternalId: "${customer}" }) { totalCount edges { node { documentId displayName } } } }`;
  const names = (a: Answer): string[] =>
    a.data?.documents.edges.map((e: { node: { displayName: string } }) => e.node.displayName);

  // One row per write: the read it must make fresh, the write, and the change the read must show.
  const rows: {
    op: OperationName;
    query: string;
    mutation: string;
    input: Record<string, unknown>;
    shows: (before: Answer, after: Answer) => void;
  }[] = [
    {
      op: 'modifyAlert',
      query: `{
        alert(id: "ALR-00310") { lastRevision { state comment } }
        alerts(first: 5, filter: { alertId: "ALR-00310" }) { edges { node { lastRevision { comment } } } }
        customer(externalId: "C-0081") { alerts(first: 50) { edges { node { alertId lastRevision { comment } } } } }
      }`,
      mutation: 'mutation($input: ModifyAlertInput!) { modifyAlert(input: $input) { errors { code } } }',
      input: { alertId: 'ALR-00310', state: 'TRUE_HIT_ACCEPTED', comment: 'Evicted by the write' },
      shows: (before, after) => {
        expect(before.data?.alert.lastRevision.state).toBe('FALSE_POSITIVE');
        expect(after.data?.alert.lastRevision).toEqual({
          state: 'TRUE_HIT_ACCEPTED',
          comment: 'Evicted by the write',
        });
        expect(after.data?.alerts.edges).toEqual([
          { node: { lastRevision: { comment: 'Evicted by the write' } } },
        ]);
        expect(after.data?.customer.alerts.edges).toContainEqual({
          node: { alertId: 'ALR-00310', lastRevision: { comment: 'Evicted by the write' } },
        });
      },
    },
    {
      op: 'uploadDocument',
      query: documentsOf('C-0002'),
      mutation: UPLOAD,
      input: {
        customerExternalId: 'C-0002',
        displayName: 'Uploaded past the cache',
        externalUrl: 'https://files.example.com/c-0002/evicted.pdf',
        fileSize: 4096,
        fileType: 'company_registration',
      },
      shows: (before, after) => {
        expect(names(before)).toEqual([]);
        expect(names(after)).toEqual(['Uploaded past the cache']);
      },
    },
    {
      op: 'updateDocument',
      query: documentsOf('C-0185'),
      mutation: UPDATE_DOCUMENT,
      input: { id: 'doc-seed-00150', displayName: 'Renamed past the cache' },
      shows: (before, after) => {
        expect(names(before)).not.toContain('Renamed past the cache');
        expect(names(after)).toContain('Renamed past the cache');
      },
    },
    {
      op: 'deleteDocument',
      query: documentsOf('C-0296'),
      mutation: DELETE_DOCUMENT,
      input: { id: 'RG9jdW1lbnQ6Qy0wMjk2L2RvYy1zZWVkLTAwMjM1' },
      shows: (before, after) => {
        expect(before.data?.documents.totalCount).toBe(2);
        expect(after.data?.documents).toMatchObject({
          totalCount: 1,
          edges: [{ node: { documentId: 'doc-seed-00234' } }],
        });
      },
    },
    {
      op: 'createThread',
      query:
        '{ threads(first: 50, filter: { customerExternalId: "C-0009" }) { edges { node { subject } } } }',
      mutation: 'mutation($input: CreateThreadInput!) { createThread(input: $input) { errors { code } } }',
      input: { customerExternalIds: ['C-0009'], subject: 'Opened past the cache' },
      shows: (before, after) => {
        expect(before.data?.threads.edges).toHaveLength(2);
        expect(after.data?.threads.edges).toHaveLength(3);
        expect(after.data?.threads.edges).toContainEqual({ node: { subject: 'Opened past the cache' } });
      },
    },
    {
      op: 'updateThread',
      query: `{
        thread(id: "thr-seed-00021") { status comment }
        threads(first: 50, filter: { customerExternalId: "C-0148" }) { edges { node { threadId status } } }
      }`,
      mutation: 'mutation($input: UpdateThreadInput!) { updateThread(input: $input) { errors { code } } }',
      input: { id: 'thr-seed-00021', status: 'WAITING_FOR_CUSTOMER', comment: 'Commented past the cache' },
      shows: (before, after) => {
        expect(before.data?.thread).toEqual({ status: 'OPEN', comment: null });
        expect(after.data?.thread).toEqual({
          status: 'WAITING_FOR_CUSTOMER',
          comment: 'Commented past the cache',
        });
        expect(after.data?.threads.edges).toContainEqual({
          node: { threadId: 'thr-seed-00021', status: 'WAITING_FOR_CUSTOMER' },
        });
      },
    },
    {
      op: 'createThreadMessage',
      query: `{
        thread(id: "thr-seed-00031") { messageCount lastMessage { content } }
        messages: thread(id: "thr-seed-00031") { messages(first: 100) { totalCount } }
        threads(first: 50, filter: { customerExternalId: "C-0218" }) { edges { node { threadId messageCount } } }
      }`,
      mutation:
        'mutation($input: SendThreadMessageInput!) { sendThreadMessage(input: $input) { errors { code } } }',
      input: { threadId: 'thr-seed-00031', content: 'Sent past the cache' },
      shows: (before, after) => {
        expect(before.data?.thread.messageCount).toBe(1);
        expect(after.data?.thread).toEqual({
          messageCount: 2,
          lastMessage: { content: 'Sent past the cache' },
        });
        expect(after.data?.messages.messages.totalCount).toBe(2);
        expect(after.data?.threads.edges).toContainEqual({
          node: { threadId: 'thr-seed-00031', messageCount: 2 },
        });
      },
    },
    {
      op: 'updateThreadMessage',
      // The thread and the thread list show the last message: they move with it.
      query: `{
        thread(id: "thr-seed-00041") { lastMessage { read } }
        messages: thread(id: "thr-seed-00041") { messages(first: 100) { edges { node { messageId read } } } }
        threads(first: 50, filter: { customerExternalId: "C-0288" }) { edges { node { threadId lastMessage { read } } } }
      }`,
      mutation:
        'mutation($input: MarkThreadMessageInput!) { markThreadMessage(input: $input) { errors { code } } }',
      input: { id: 'msg-seed-000156', read: false },
      shows: (before, after) => {
        expect(before.data?.messages.messages.edges).toEqual([
          { node: { messageId: 'msg-seed-000156', read: true } },
        ]);
        expect(after.data?.messages.messages.edges).toEqual([
          { node: { messageId: 'msg-seed-000156', read: false } },
        ]);
        expect(after.data?.thread.lastMessage).toEqual({ read: false });
        expect(after.data?.threads.edges).toContainEqual({
          node: { threadId: 'thr-seed-00041', lastMessage: { read: false } },
        });
      },
    },
    {
      op: 'createTransaction',
      query:
        '{ transactions(first: 5, filter: { externalId: "TX-CACHE-1" }) { edges { node { externalId amount } } } }',
      mutation:
        'mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { errors { code } } }',
      input: {
        externalId: 'TX-CACHE-1',
        date: '2026-11-20T14:05:00Z',
        amount: '125.00',
        currency: 'EUR',
        from: { externalId: 'C-0001', fullName: 'Account holder', accountType: 'INDIVIDUAL' },
        to: { externalId: 'M-ACME-77', fullName: 'Acme Import Ltd', accountType: 'FIRM' },
      },
      shows: (before, after) => {
        expect(before.data?.transactions.edges).toEqual([]);
        expect(after.data?.transactions.edges).toEqual([
          { node: { externalId: 'TX-CACHE-1', amount: '125.00' } },
        ]);
      },
    },
    {
      op: 'updateTransaction',
      query: `{
        transaction(id: "TX-000021") { status history { comment } }
        transactions(first: 5, filter: { externalId: "PAY-0100140" }) { edges { node { transactionId status } } }
      }`,
      mutation:
        'mutation($input: UpdateTransactionInput!) { updateTransaction(input: $input) { errors { code } } }',
      input: { transactionId: 'TX-000021', state: 'BLOCKED', comment: 'Blocked past the cache' },
      shows: (before, after) => {
        expect(before.data?.transaction.status).toBe('ALLOWED');
        expect(after.data?.transaction.status).toBe('BLOCKED');
        expect(after.data?.transaction.history).toHaveLength(before.data?.transaction.history.length + 1);
        expect(after.data?.transaction.history.at(-1)).toEqual({ comment: 'Blocked past the cache' });
        expect(after.data?.transactions.edges).toEqual([
          { node: { transactionId: 'TX-000021', status: 'BLOCKED' } },
        ]);
      },
    },
  ];

  it.each(rows)('$op', async ({ op, query, mutation, input, shows }) => {
    const { before, written, after } = await aroundWrite(query, async () => {
      const res = await stack.gql(mutation, { input });
      expect(Object.values(res.data ?? {})).toEqual([{ errors: [] }]);
      expect(callsTo(res, op)).toBe(1);
      return res;
    });
    expect(written.errors).toBeUndefined();
    shows(before, after);
  });
  // Found by these tests: a new session moves the customer's identity-verification flags (the
  // detail's `vid_*` fields), and Algoreg announces only the session, not the customer.
  it.each([
    { op: 'createSession' as const, customer: 'C-0141', person: undefined },
    { op: 'createSessionFull' as const, customer: 'C-0143', person: { firstName: 'Ana', lastName: 'Silva' } },
  ])('$op: the customer’s identity verification', async ({ op, customer, person }) => {
    const query = `{ customer(externalId: "${customer}") { identityVerification { inProgress } } }`;
    const { before, after } = await aroundWrite(query, async () => {
      const res = await stack.gql(
        'mutation($input: StartIdentitySessionInput!) { startIdentitySession(input: $input) { errors { code } } }',
        { input: { customerExternalId: customer, scenarioCode: 'KYC_STANDARD', language: 'fr-FR', person } },
      );
      expect(res.data?.startIdentitySession.errors).toEqual([]);
      expect(callsTo(res, op)).toBe(1);
      return res;
    });
    expect(before.data?.customer.identityVerification.inProgress).toBe(false);
    expect(after.data?.customer.identityVerification.inProgress).toBe(true);
  });
});

describe('cache keys: two reads that send different things never share an entry', () => {
  const stack = useStack(ENV);

  /** Reads `a` (twice: the second from the cache), then `b`, which must be asked of Algoreg. */
  async function apart(a: string, b: string, op: OperationName): Promise<[Answer, Answer]> {
    const first = ok(await stack.gql(a));
    expect(upstream(ok(await stack.gql(a)))?.calls).toBe(0);
    const other = ok(await stack.gql(b));
    expect(upstream(other)).toMatchObject({ calls: 1, byRoute: { [routeKey(op)]: 1 } });
    expect(other.data).not.toEqual(first.data);
    return [first, other];
  }

  it('customer A, then customer B (path parameters)', async () => {
    const [a, b] = await apart(
      '{ customer(externalId: "C-0131") { externalId } }',
      '{ customer(externalId: "C-0132") { externalId } }',
      'getCustomer',
    );
    expect([a.data?.customer.externalId, b.data?.customer.externalId]).toEqual(['C-0131', 'C-0132']);
  });

  it('two operations with the same parameters (the customer’s detail, then its risk)', async () => {
    await apart(
      '{ customer(externalId: "C-0133") { externalId } }',
      '{ customer(externalId: "C-0133") { externalId risk { level } } }',
      'getCustomerLastRisk',
    );
  });

  it('a search with another filter (the body)', async () => {
    await apart(
      '{ customers(first: 5, filter: { externalIds: ["C-0134"] }) { edges { node { externalId } } } }',
      '{ customers(first: 5, filter: { externalIds: ["C-0135"] }) { edges { node { externalId } } } }',
      'searchCustomers',
    );
  });

  it('another page of the same search (the body’s offset and limit)', async () => {
    const page = (first: number) =>
      `{ alerts(first: ${first}, filter: { states: [NEW] }) { edges { node { alertId } } } }`;
    const [two, three] = await apart(page(2), page(3), 'searchAlerts');
    expect([two.data?.alerts.edges.length, three.data?.alerts.edges.length]).toEqual([2, 3]);
  });

  it('another page of a thread’s messages (the query string)', async () => {
    const page = (first: number) =>
      `{ thread(id: "thr-seed-00001") { messages(first: ${first}) { edges { node { messageId } } } } }`;
    const [one, two] = await apart(page(1), page(2), 'getThreadMessages');
    expect(one.data?.thread.messages.edges).toHaveLength(1);
    expect(two.data?.thread.messages.edges).toHaveLength(2);
  });
});

describe('WRITE_TAGS: a write evicts only what it changed (no webhooks)', () => {
  const stack = useStack(ENV);
  beforeAll(() => stack.sandbox.webhooks.configure(undefined));

  // Reads of other records and other kinds, each held by its own tags.
  const other = {
    customer: 'otherCustomer: customer(externalId: "C-0152") { lastName risk { level } lastEdd { state } }',
    customers: 'otherCustomers: customers(first: 2) { edges { node { externalId } } }',
    alert: 'otherAlert: alert(id: "ALR-00312") { lastRevision { state comment } }',
    alerts: 'otherAlerts: alerts(first: 2) { edges { node { alertId } } }',
    documents: 'otherDocuments: documents(first: 2) { edges { node { documentId } } }',
    transaction: 'otherTransaction: transaction(id: "TX-000032") { status history { comment } }',
    transactions: 'otherTransactions: transactions(first: 2) { edges { node { transactionId } } }',
    thread: 'otherThread: thread(id: "thr-seed-00052") { subject status }',
    threads: 'otherThreads: threads(first: 2) { edges { node { threadId } } }',
  };
  const rows: { op: OperationName; mutation: string; input: Record<string, unknown>; keeps: string[] }[] = [
    {
      op: 'saveCustomers',
      mutation: 'mutation($input: SaveCustomersInput!) { saveCustomers(input: $input) { status } }',
      input: { customers: [{ externalId: 'C-0151', lastName: 'Alone', domicileCodes: ['IR'] }] },
      keeps: [other.customer, other.alerts, other.documents, other.transactions, other.threads, other.thread],
    },
    {
      op: 'modifyAlert',
      mutation: 'mutation($input: ModifyAlertInput!) { modifyAlert(input: $input) { errors { code } } }',
      input: { alertId: 'ALR-00311', comment: 'Only this one' },
      keeps: [
        other.alert,
        other.customer,
        other.customers,
        other.documents,
        other.transactions,
        other.threads,
      ],
    },
    {
      op: 'uploadDocument',
      mutation:
        'mutation($input: UploadDocumentInput!) { uploadDocument(input: $input) { errors { code } } }',
      input: {
        customerExternalId: 'C-0153',
        externalUrl: 'https://files.example.com/c-0153/only.pdf',
        fileSize: 1024,
        fileType: 'company_registration',
      },
      keeps: [other.customer, other.customers, other.alerts, other.transactions, other.threads],
    },
    {
      op: 'updateThread',
      mutation: 'mutation($input: UpdateThreadInput!) { updateThread(input: $input) { errors { code } } }',
      input: { id: 'thr-seed-00051', comment: 'Only this one' },
      keeps: [
        other.thread,
        other.customer,
        other.customers,
        other.alerts,
        other.documents,
        other.transactions,
      ],
    },
    {
      op: 'createThreadMessage',
      mutation:
        'mutation($input: SendThreadMessageInput!) { sendThreadMessage(input: $input) { errors { code } } }',
      input: { threadId: 'thr-seed-00051', content: 'Only this thread' },
      keeps: [other.customer, other.customers, other.alerts, other.documents, other.transactions],
    },
    {
      op: 'updateTransaction',
      mutation:
        'mutation($input: UpdateTransactionInput!) { updateTransaction(input: $input) { errors { code } } }',
      input: { transactionId: 'TX-000031', comment: 'Only this one' },
      keeps: [
        other.transaction,
        other.customer,
        other.customers,
        other.alerts,
        other.documents,
        other.threads,
      ],
    },
  ];

  it.each(rows)('$op', async ({ op, mutation, input, keeps }) => {
    const query = `{ ${keeps.join('\n')} }`;
    const before = ok(await stack.gql(query));
    expect(upstream(ok(await stack.gql(query)))?.calls).toBe(0);
    const written = ok(await stack.gql(mutation, { input }));
    expect(callsTo(written, op)).toBe(1);
    const after = ok(await stack.gql(query));
    expect(after.data).toEqual(before.data);
    expect(upstream(after)).toMatchObject({ calls: 0 });
    expect(upstream(after)?.byRoute).toEqual({});
  });
});
