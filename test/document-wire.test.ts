import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DocumentSearchDocument, UpdateDocumentDocument } from '../packages/client/src/generated/graphql.ts';
import { PREFLIGHT, pdfOf, uploadDocumentForm, useStack } from './harness.ts';

/**
 * What the document calls send to Algoreg (the sandbox's last body per route, under Algoreg's wire
 * names), what the answer then shows, how documents are found by id among their customer's pages,
 * and the streamed upload body's base64 pieces, checked byte for byte through a download.
 */

const SEARCH = 'POST /api/v1/documents/search';
const UPDATE = 'POST /api/v1/documents/{document_id}';
const UPLOAD = 'POST /api/v1/documents';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers and sandbox bodies, held with toEqual
type Json = any;

const stack = useStack();

/** The global id of a document: `Document:<customer>/<document>`, base64. */
const documentNodeId = (customerExternalId: string, documentId: string) =>
  Buffer.from(
    `Document:${encodeURIComponent(customerExternalId)}/${encodeURIComponent(documentId)}`,
  ).toString('base64');

const search = async (filter: Json) => {
  const res = await stack.gql(DocumentSearchDocument, { filter, first: 100 });
  expect(res.errors).toBeUndefined();
  return {
    total: Number(res.data?.documents?.totalCount),
    nodes: (res.data?.documents?.edges ?? []).map((e) => e.node) as Json[],
  };
};

describe('Search documents filters', () => {
  it('sends every filter under its wire name, creation times in epoch seconds, and the answer holds only matching documents', async () => {
    const all = await search({});
    expect(await stack.sent(SEARCH)).toEqual({ filters: {}, limit: 100, offset: 0 });
    const doc = all.nodes.find((n) => n.tags.length && n.fileType && n.createdAt);
    expect(doc).toBeDefined();
    const created = Date.parse(doc.createdAt);
    const filter = {
      customerExternalId: doc.customerExternalId,
      displayName: doc.displayName.toUpperCase(),
      fileName: doc.fileName,
      fileTypes: [doc.fileType],
      tags: [doc.tags[0]],
      createdFrom: new Date(created - 1500).toISOString(),
      createdTo: new Date(created + 1500).toISOString(),
    };
    const found = await search(filter);
    expect((await stack.sent(SEARCH)).filters).toEqual({
      customer_external_id: doc.customerExternalId,
      display_name: doc.displayName.toUpperCase(),
      file_name: doc.fileName,
      file_types: [doc.fileType],
      tags: [doc.tags[0]],
      min_created_at: Math.floor((created - 1500) / 1000),
      max_created_at: Math.floor((created + 1500) / 1000),
    });
    expect(found.nodes.map((n) => n.id)).toContain(doc.id);
    expect(found.total).toBeLessThan(all.total);
  });

  it.each([
    [
      'customerExternalId',
      (d: Json) => d.customerExternalId,
      (n: Json, v: Json) => n.customerExternalId === v,
    ],
    ['displayName', (d: Json) => d.displayName, (n: Json, v: Json) => n.displayName === v],
    ['fileName', (d: Json) => d.fileName, (n: Json, v: Json) => n.fileName === v],
    ['fileTypes', (d: Json) => [d.fileType], (n: Json, v: Json) => v.includes(n.fileType)],
    ['tags', (d: Json) => [d.tags[0]], (n: Json, v: Json) => n.tags.includes(v[0])],
    [
      'createdFrom',
      (d: Json) => d.createdAt,
      (n: Json, v: Json) => Date.parse(n.createdAt) >= Math.floor(Date.parse(v) / 1000) * 1000,
    ],
    [
      'createdTo',
      (d: Json) => d.createdAt,
      (n: Json, v: Json) => Date.parse(n.createdAt) <= Math.floor(Date.parse(v) / 1000) * 1000,
    ],
  ])('narrows the answer by %s alone', async (key, value, matches) => {
    const all = await search({});
    // A document in the middle of the creation times, so that each side leaves some out.
    const sorted = [...all.nodes]
      .filter((n) => n.tags.length)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const doc = sorted[Math.floor(sorted.length / 2)];
    const v = value(doc);
    const found = await search({ [key]: v });
    expect(found.nodes.length).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.total);
    for (const n of found.nodes) expect(matches(n, v)).toBe(true);
  });

  it('leaves empty text and empty lists out', async () => {
    await search({ displayName: '', fileName: '', fileTypes: [], tags: [] });
    expect(await stack.sent(SEARCH)).toEqual({ filters: {}, limit: 100, offset: 0 });
  });
});

describe('Update document', () => {
  const UPDATE_DOC = UpdateDocumentDocument;

  const uploaded = async () => {
    const res = await uploadDocumentForm(stack.url, pdfOf(1_000), 'C-0003');
    expect(res.errors).toBeUndefined();
    const all = await search({ customerExternalId: 'C-0003', displayName: 'Uploaded' });
    return String(all.nodes[0]?.id);
  };

  it('sends every field under its wire name, an origin with its value, and reads them back', async () => {
    const id = await uploaded();
    const res = await stack.gql(UPDATE_DOC, {
      input: {
        id,
        displayName: 'Proof of address',
        fileType: 'proof_of_address',
        tags: ['verified'],
        origin: { type: 'web', value: 'portal' },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(UPDATE)).toEqual({
      display_name: 'Proof of address',
      file_type: 'proof_of_address',
      tag_codes: ['verified'],
      origin: { type: 'web', value: 'portal' },
    });
    expect(res.data?.updateDocument.document).toMatchObject({
      displayName: 'Proof of address',
      fileType: 'proof_of_address',
      tags: ['verified'],
      origin: { type: 'web', value: 'portal' },
    });
  });

  it('sends only the fields given, and an origin without a value as its type alone', async () => {
    const id = await uploaded();
    const res = await stack.gql(UPDATE_DOC, { input: { id, origin: { type: 'email', value: null } } });
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(UPDATE)).toEqual({ origin: { type: 'email' } });
    const named = await stack.gql(UPDATE_DOC, { input: { id, displayName: 'Renamed' } });
    expect(named.data?.updateDocument.document).toMatchObject({ displayName: 'Renamed' });
    expect(await stack.sent(UPDATE)).toEqual({ display_name: 'Renamed' });
  });
});

describe('documents found by id among their customer’s pages', () => {
  const CUSTOMER = 'C-0001';
  /** A page of Search documents of `count` documents numbered from `from`, with `total` if given. */
  const page = (from: number, count: number, total?: number) => ({
    documents: Array.from({ length: count }, (_, i) => ({
      id: `doc-${from + i}`,
      customer_external_id: CUSTOMER,
      display_name: `document ${from + i}`,
    })),
    ...(total === undefined ? {} : { total }),
  });
  /** Algoreg answers these pages, in order, to the next Search documents calls. */
  const answerPages = async (...pages: unknown[]) => {
    for (const json of pages) await stack.fault({ route: SEARCH, kind: 'body', json, times: 1 });
  };
  const lookUp = (...documentIds: string[]) =>
    stack.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { documentId displayName } } }`, {
      ids: documentIds.map((id) => documentNodeId(CUSTOMER, id)),
    });
  const searchCalls = async () => (await stack.stats()).byRoute[SEARCH];

  it('reads the second page for a document not on the first, and stops there once every wanted one is found', async () => {
    await answerPages(page(0, 500, 1100), page(500, 500, 1100), page(1000, 100, 1100));
    const res = await lookUp('doc-650', 'doc-3');
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([
      { documentId: 'doc-650', displayName: 'document 650' },
      { documentId: 'doc-3', displayName: 'document 3' },
    ]);
    expect(await searchCalls()).toBe(2);
    // The last page asked for: the customer's documents, 500 from 500.
    expect(await stack.sent(SEARCH)).toEqual({
      filters: { customer_external_id: CUSTOMER },
      limit: 500,
      offset: 500,
    });
  });

  it('reads one page when every wanted document is on it', async () => {
    await answerPages(page(0, 500, 1100), page(500, 500, 1100));
    const res = await lookUp('doc-499', 'doc-0');
    expect(res.data.nodes).toEqual([
      { documentId: 'doc-499', displayName: 'document 499' },
      { documentId: 'doc-0', displayName: 'document 0' },
    ]);
    expect(await searchCalls()).toBe(1);
    expect(await stack.sent(SEARCH)).toEqual({
      filters: { customer_external_id: CUSTOMER },
      limit: 500,
      offset: 0,
    });
  });

  it('stops at a short last page for a missing document, with or without a total, and answers null', async () => {
    for (const total of [1100, undefined]) {
      await stack.reset();
      await answerPages(page(0, 500, total), page(500, 500, total), page(1000, 100, total), page(1100, 500));
      const res = await lookUp('doc-nope', 'doc-1050');
      expect(res.errors).toBeUndefined();
      expect(res.data.nodes).toEqual([null, { documentId: 'doc-1050', displayName: 'document 1050' }]);
      expect(await searchCalls()).toBe(3);
      expect((await stack.sent(SEARCH)).offset).toBe(1000);
    }
  });

  it('stops after a full page that reaches the total, and reads on past a full page when there is no total', async () => {
    await answerPages(page(0, 500, 1000), page(500, 500, 1000), page(1000, 500));
    const withTotal = await lookUp('doc-nope');
    expect(withTotal.data.nodes).toEqual([null]);
    expect(await searchCalls()).toBe(2);

    await stack.reset();
    await answerPages(page(0, 500, 1001), page(500, 500, 1001), page(1000, 0, 1001));
    const pastTotal = await lookUp('doc-nope');
    expect(pastTotal.data.nodes).toEqual([null]);
    expect(await searchCalls()).toBe(3);

    await stack.reset();
    await answerPages(page(0, 500), page(500, 500), page(1000, 0));
    const withoutTotal = await lookUp('doc-nope');
    expect(withoutTotal.errors).toBeUndefined();
    expect(withoutTotal.data.nodes).toEqual([null]);
    expect(await searchCalls()).toBe(3);
  });

  it('reports a failed search on its customer’s documents only', async () => {
    const all = await search({});
    const [a, b] = [...new Map(all.nodes.map((n) => [n.customerExternalId, n])).values()];
    await stack.reset();
    await stack.fault({ route: SEARCH, kind: 'malformed', times: 1 });
    const res = await stack.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { documentId } } }`,
      { ids: [a.id, b.id, documentNodeId(a.customerExternalId, 'doc-nope')] },
    );
    expect(await searchCalls()).toBe(2);
    // Which customer's search met the fault depends on which reached the sandbox first.
    const failed = res.data.nodes[1] === null ? 1 : 0;
    const ok = 1 - failed;
    expect(res.errors?.map((e: Json) => e.path).sort()).toEqual(
      (failed === 0
        ? [
            ['nodes', 0],
            ['nodes', 2],
          ]
        : [['nodes', 1]]
      ).sort(),
    );
    expect(res.data.nodes[ok]).toEqual({ documentId: [a, b][ok].documentId });
    expect(res.data.nodes[failed]).toBeNull();
    if (failed === 1) expect(res.data.nodes[2]).toBeNull();
  });
});

describe('the streamed upload body', () => {
  /** A PDF of `size` bytes, random after its header: any misplaced base64 group shows. */
  const pdf = (size: number) => {
    const bytes = pdfOf(size);
    randomBytes(size - 16).copy(bytes, 16);
    return bytes;
  };

  /** Uploads `bytes` through the gateway: the base64 text the sandbox received. */
  const roundTrip = async (bytes: Buffer) => {
    const res = await uploadDocumentForm(stack.url, bytes, 'C-0004');
    expect(res.errors).toBeUndefined();
    expect(res.data?.uploadDocument?.errors).toEqual([]);
    const body = await stack.sent(UPLOAD);
    expect(Object.keys(body)).toEqual(['customer_external_id', 'display_name', 'file_name', 'internal']);
    expect(Object.keys(body.internal)).toEqual(['file_data']);
    return String(body.internal.file_data);
  };

  const sendsExactly = async (bytes: Buffer) => {
    const size = bytes.length;
    const text = await roundTrip(bytes);
    expect(text.length).toBe(4 * Math.ceil(size / 3));
    expect(text === bytes.toString('base64')).toBe(true);
  };

  it.each([
    ['one byte over a multiple of 3', 1_000],
    ['two bytes over a multiple of 3', 1_001],
    ['a multiple of 3', 1_002],
    ['exactly one 48 KiB piece', 3 * 16 * 1024],
    ['one byte over one piece', 3 * 16 * 1024 + 1],
    ['several pieces and chunks', 200_001],
    ['several pieces and chunks, a multiple of 3', 200_001 + 2],
    ['a chunk boundary that splits a 3-byte group', 65_537],
    ['another', 65_538],
  ])('sends a file of %s (%i bytes) as one base64 text of exactly its bytes', async (_, size) => {
    await sendsExactly(pdf(size));
  });
  /**
   * Uploads a file whose multipart body is sent in HTTP chunks, `pieces` of the file each in its
   * own: Node's HTTP parser hands each chunk's data over as a buffer of its own, and so does the
   * multipart parser, whatever TCP joins. Answers once the gateway has.
   */
  const uploadInChunks = (bytes: Buffer, cuts: number[]) =>
    new Promise<unknown>((resolve, reject) => {
      const boundary = `b${randomBytes(8).toString('hex')}`;
      const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
      const operations = JSON.stringify({
        query: 'mutation($input: UploadDocumentInput!) { uploadDocument(input: $input) { errors { code } } }',
        variables: { input: { customerExternalId: 'C-0004', displayName: 'Chunked', file: null } },
      });
      const head =
        part('Content-Disposition: form-data; name="operations"', operations) +
        part('Content-Disposition: form-data; name="map"', JSON.stringify({ 0: ['variables.input.file'] })) +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="chunked.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      const req = request(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { ...PREFLIGHT, 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const body: Buffer[] = [];
        res.on('data', (c: Buffer) => body.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(body).toString())));
      });
      req.write(head);
      let from = 0;
      for (const to of [...cuts, bytes.length]) {
        req.write(bytes.subarray(from, to));
        from = to;
      }
      req.end(`\r\n--${boundary}--\r\n`);
    });

  it('sends exactly the bytes of a file handed over in chunks shorter than a 3-byte group', async () => {
    // 1,000 bytes leave one byte of a group open; the next chunk of one byte does not close it.
    const bytes = pdf(3_000);
    bytes.fill(0x41, 990, 1_010); // no byte that could start the multipart boundary around the cuts
    const res = await uploadInChunks(bytes, [1_000, 1_001, 1_002, 2_000, 2_001]);
    expect(res).toMatchObject({ data: { uploadDocument: { errors: [] } } });
    const body = await stack.sent(UPLOAD);
    expect(body.internal.file_data === bytes.toString('base64')).toBe(true);
  });
});
