// @ts-nocheck
import { createHash, randomBytes } from 'node:crypto';
import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CustomerDocumentsDocument,
  DeleteDocumentDocument,
  DocumentDownloadDocument,
  DocumentSearchDocument,
  UpdateDocumentDocument,
  UploadDocumentDocument,
  type UploadDocumentMutationVariables,
} from '../packages/client/src/generated/graphql.ts';
import { PREFLIGHT, type Stack, startStack } from './harness.ts';

const UPLOAD = 'POST /api/v1/documents';
const SEARCH = 'POST /api/v1/documents/search';
const DOWNLOAD = 'GET /api/v1/documents/{document_id}/download';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A PDF header followed by random bytes: recognised as PDF, unique per call. */
const pdfBytes = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size)]);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A client that speaks the GraphQL multipart request spec, as browsers' upload links do. */
function urql(stack: Stack, token?: string) {
  return new Client({
    url: `${stack.url}/graphql`,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    // Multipart requests carry the CSRF-prevention header, as the README's examples do.
    fetchOptions: { headers: { ...PREFLIGHT, ...(token ? { authorization: `Bearer ${token}` } : {}) } },
  });
}

const upload = (client: Client, input: UploadDocumentMutationVariables['input']) =>
  client.mutation(UploadDocumentDocument, { input }).toPromise();

let stack: Stack;
let client: Client;
beforeAll(async () => {
  stack = await startStack();
  client = urql(stack);
});
afterAll(() => stack.close());
beforeEach(() => stack.reset());

const documentCount = async (externalId: string) =>
  (await stack.gql(CustomerDocumentsDocument, { externalId, first: 1 })).data?.customer?.documents
    ?.totalCount ?? null;

describe('customer documents', () => {
  it('uploads a multipart file, finds it by search and on its customer, and downloads it byte for byte', async () => {
    const bytes = pdfBytes(200_000);
    const res = await upload(client, {
      customerExternalId: 'C-0002',
      displayName: 'Passport scan',
      file: new File([bytes], 'passport.pdf', { type: 'application/pdf' }),
      fileType: 'passport',
      tags: ['kyc', 'onboarding'],
      origin: { type: 'web', value: 'analyst-portal' },
    });
    expect(res.error).toBeUndefined();
    const doc = res.data?.uploadDocument.document;
    expect(res.data?.uploadDocument.errors).toEqual([]);
    expect(doc).toMatchObject({
      customerExternalId: 'C-0002',
      displayName: 'Passport scan',
      fileName: 'passport.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      source: 'internal',
      fileType: 'passport',
      tags: ['kyc', 'onboarding'],
      origin: { type: 'web', value: 'analyst-portal' },
    });
    expect(Math.abs(Date.parse(String(doc?.createdAt)) - Date.now())).toBeLessThan(60_000);
    expect(doc?.downloadUrl).toMatch(
      `${stack.url}/documents/${encodeURIComponent(String(doc?.documentId))}/download?expires=`,
    );
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(1);

    const found = await stack.gql(DocumentSearchDocument, {
      filter: { customerExternalId: 'C-0002', displayName: 'passport scan', tags: ['kyc'] },
    });
    expect(found.errors).toBeUndefined();
    expect(found.data?.documents?.edges.map((e) => e.node.id)).toEqual([doc?.id]);
    expect(found.data?.documents?.edges[0]?.node.customer).toMatchObject({ externalId: 'C-0002' });

    const onCustomer = await stack.gql(CustomerDocumentsDocument, { externalId: 'C-0002', first: 50 });
    expect(onCustomer.errors).toBeUndefined();
    expect(onCustomer.data?.customer?.documents?.edges.map((e) => e.node.id)).toContain(doc?.id);

    const download = await fetch(String(doc?.downloadUrl));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="passport.pdf"; filename*=UTF-8''passport.pdf`,
    );
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('updates a document, then deletes it, after which it is not found anywhere', async () => {
    const created = await upload(client, {
      customerExternalId: 'C-0003',
      displayName: 'Utility bill',
      file: new File([pdfBytes(1_000)], 'bill.pdf'),
    });
    const doc = created.data?.uploadDocument.document;
    expect(doc?.id).toBeTruthy();
    const id = String(doc?.id);

    const updated = await stack.gql(UpdateDocumentDocument, {
      input: { id, displayName: 'Proof of address', fileType: 'proof_of_address', tags: ['verified'] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateDocument.document).toMatchObject({
      id,
      displayName: 'Proof of address',
      fileType: 'proof_of_address',
      tags: ['verified'],
    });
    expect(updated.data?.updateDocument.document?.lastRevision?.id).not.toBe(doc?.lastRevision?.id);

    const deleted = await stack.gql(DeleteDocumentDocument, { input: { id } });
    expect(deleted.data?.deleteDocument).toEqual({ deletedId: id, errors: [] });

    const again = await stack.gql(DeleteDocumentDocument, { input: { id } });
    expect(again.data?.deleteDocument.errors).toMatchObject([
      { __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.id' },
    ]);
    const node = await stack.gql(DocumentDownloadDocument, { id });
    expect(node.data?.node).toBeNull();
    expect((await fetch(String(doc?.downloadUrl))).status).toBe(404);
    const search = await stack.gql(DocumentSearchDocument, { filter: { customerExternalId: 'C-0003' } });
    expect(search.data?.documents?.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('answers an unknown document with typed NotFoundErrors on update and delete, and 404 on download', async () => {
    const update = await stack.gql(UpdateDocumentDocument, { input: { id: 'doc-nope', displayName: 'x' } });
    expect(update.errors).toBeUndefined();
    expect(update.data?.updateDocument).toMatchObject({
      document: null,
      errors: [{ __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.id' }],
    });
    const del = await stack.gql(DeleteDocumentDocument, { input: { id: 'doc-nope' } });
    expect(del.data?.deleteDocument).toMatchObject({
      deletedId: null,
      errors: [{ __typename: 'NotFoundError' }],
    });
    const res = await fetch(`${stack.url}/documents/doc-nope/download`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errors: [{ message: 'No document with this id.', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('refuses an upload for an unknown customer without sending the file', async () => {
    const res = await upload(client, {
      customerExternalId: 'NOPE-404',
      displayName: 'Passport',
      file: new File([pdfBytes(5_000)], 'passport.pdf'),
    });
    expect(res.data?.uploadDocument).toMatchObject({
      document: null,
      errors: [{ __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.customerExternalId' }],
    });
    expect((await stack.stats()).byRoute[UPLOAD]).toBeUndefined();
  });

  it('refuses a file whose first bytes are not an accepted type, whatever its name and declared type say', async () => {
    const before = await documentCount('C-0005');
    await stack.reset();
    for (const [bytes, name] of [
      [Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(500)]), 'contract.pdf'],
      [Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(500)]), 'scan.png'],
    ] as const) {
      const res = await upload(client, {
        customerExternalId: 'C-0005',
        displayName: 'Contract',
        file: new File([bytes], name, { type: 'application/pdf' }),
      });
      expect(res.data?.uploadDocument).toBeUndefined();
      expect(res.error?.graphQLErrors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ field: 'input.file' }],
      });
      expect(res.error?.graphQLErrors[0]?.message).toContain('input.file: is of a type that is not accepted');
    }
    const stats = await stack.stats();
    expect(stats.byRoute[UPLOAD]).toBeUndefined();
    expect(stats.byRoute[DETAIL]).toBeUndefined();
    expect(await documentCount('C-0005')).toBe(before);
  });

  it('accepts JPEG, HEIC and TIFF files recognised by their first bytes', async () => {
    const kinds = [
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'photo.jpeg', 'image/jpeg'],
      [Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), 'IMG_0001.HEIC', 'image/heic'],
      [Buffer.from('\0\0\0\x18ftypmif1\0\0\0\0mif1heic', 'latin1'), 'IMG_0002.heic', 'image/heic'],
      [Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'fax.tif', 'image/tiff'],
    ] as const;
    for (const [magic, name, mime] of kinds) {
      const res = await upload(client, {
        customerExternalId: 'C-0009',
        file: new File([Buffer.concat([magic, randomBytes(200)])], name),
      });
      expect(res.error).toBeUndefined();
      expect(res.data?.uploadDocument.document).toMatchObject({ fileName: name, mimeType: mime });
    }
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(kinds.length);
  });

  it('sanitises the file name and gives it the extension of its real content', async () => {
    const bytes = Buffer.concat([PNG_MAGIC, randomBytes(300)]);
    const res = await upload(client, {
      customerExternalId: 'C-0006',
      file: new File([bytes], '../../etc/"id"\u202egnp.card\u0007.pdf'),
    });
    const doc = res.data?.uploadDocument.document;
    expect(doc?.fileName).toBe('idgnp.card.png');
    expect(doc?.displayName).toBe('idgnp.card.png');
    expect(doc?.mimeType).toBe('image/png');
    const download = await fetch(String(doc?.downloadUrl));
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="idgnp.card.png"; filename*=UTF-8''idgnp.card.png`,
    );
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('sends an upload to Algoreg once, never again, when Algoreg answers 503 or drops the connection', async () => {
    await stack.fault({ route: UPLOAD, kind: 'status', status: 503 });
    const res = await upload(client, {
      customerExternalId: 'C-0007',
      displayName: 'ID',
      file: new File([pdfBytes(50_000)], 'id.pdf'),
    });
    expect(res.error?.graphQLErrors[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(1);

    await stack.reset();
    await stack.fault({ route: UPLOAD, kind: 'reset' });
    const dropped = await upload(client, {
      customerExternalId: 'C-0007',
      displayName: 'ID',
      file: new File([pdfBytes(50_000)], 'id.pdf'),
    });
    expect(dropped.error?.graphQLErrors[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[UPLOAD]).toBe(1);
  });

  it('attaches a document by external URL without bytes passing through the gateway', async () => {
    const res = await upload(client, {
      customerExternalId: 'C-0008',
      externalUrl: 'https://files.example.com/kyc/registry%20extract.pdf?sig=abc',
      fileSize: 123_456,
      fileType: 'company_registry',
    });
    expect(res.error).toBeUndefined();
    expect(res.data?.uploadDocument.document).toMatchObject({
      fileName: 'registry extract.pdf',
      source: 'external',
      fileUrl: 'https://files.example.com/kyc/registry%20extract.pdf?sig=abc',
      size: 123_456,
    });
  });

  it('reads a field Algoreg sends as "" as null, as Algoreg does for a value it has none of', async () => {
    const uploaded = await upload(client, {
      customerExternalId: 'C-0004',
      file: new File([pdfBytes(100)], 'note.pdf'),
    });
    // No kind, URL or origin detail given: the sandbox, like Algoreg, answers "" for each.
    expect(uploaded.data?.uploadDocument.document).toMatchObject({
      fileType: null,
      fileUrl: null,
      origin: { type: 'api', value: null },
    });

    stack.sandbox.store().documents.set('doc-blank', {
      document: {
        id: 'doc-blank',
        customer_external_id: 'C-0004',
        display_name: '',
        file_name: '',
        file_mime: '',
        file_size: 10,
        file_source: '',
        file_type: '',
        file_url: '',
        created_at: 1_700_000_000,
        last_revision_id: '',
        origin: { type: '', value: '' },
        tag_codes: [],
      },
      bytes: null,
    });
    const found = await stack.gql(DocumentSearchDocument, { filter: { customerExternalId: 'C-0004' } });
    expect(found.errors).toBeUndefined();
    const blank = found.data?.documents?.edges.find((e) => e.node.documentId === 'doc-blank')?.node;
    expect(blank).toMatchObject({
      displayName: null,
      fileName: null,
      mimeType: null,
      source: null,
      fileType: null,
      fileUrl: null,
      origin: { type: null, value: null },
      lastRevision: null,
      createdAt: '2023-11-14T22:13:20.000Z',
    });
  });

  it('loads a document by node id with one search of its customer, and its customer through the loader', async () => {
    const page = await stack.gql(DocumentSearchDocument, { first: 1 });
    const first = page.data?.documents?.edges[0]?.node;
    expect(first?.id).toBeTruthy();
    await stack.reset();
    const res = await stack.gql(
      `query($id: ID!) { node(id: $id) { ... on Document { documentId customer { externalId } } } }`,
      { id: first?.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toEqual({
      documentId: first?.documentId,
      customer: { externalId: first?.customerExternalId },
    });
    expect(res.extensions?.upstream?.byRoute).toEqual({ [SEARCH]: 1, [DETAIL]: 1 });
  });

  it('searches seeded documents by kind and creation time, loading each customer once per page', async () => {
    const all = await stack.gql(DocumentSearchDocument, { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(all.data?.documents?.totalCount).toBeGreaterThan(100);
    const customers = new Set(all.data?.documents?.edges.map((e) => e.node.customerExternalId));
    expect(all.extensions?.upstream).toMatchObject({
      calls: 1 + customers.size,
      roundTrips: 2,
      byRoute: { [SEARCH]: 1, [DETAIL]: customers.size },
    });

    const pdfs = await stack.gql(DocumentSearchDocument, {
      first: 100,
      filter: { fileTypes: ['company_registry'], createdFrom: '2024-01-01T00:00:00Z' },
    });
    const nodes = pdfs.data?.documents?.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.fileType).toBe('company_registry');
      expect(n.mimeType).toBe('application/pdf');
      expect(Date.parse(String(n.createdAt))).toBeGreaterThanOrEqual(Date.parse('2024-01-01T00:00:00Z'));
    }
    const seeded = await fetch(String(nodes[0]?.downloadUrl));
    const body = Buffer.from(await seeded.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.length).toBe(nodes[0]?.size);
  });

  it('answers 502 with a generic body when Algoreg fails a download', async () => {
    const page = await stack.gql(DocumentSearchDocument, { first: 1 });
    await stack.fault({ route: DOWNLOAD, kind: 'status', status: 500 });
    const res = await fetch(String(page.data?.documents?.edges[0]?.node.downloadUrl));
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'The document could not be read from Algoreg; retry later.',
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ],
    });
    expect(text).not.toMatch(/sandbox_fault|Injected|stack/i);
  });
});

describe('upload limits and download authentication', () => {
  let small: Stack;
  beforeAll(async () => {
    small = await startStack({ MAX_UPLOAD_BYTES: '1000', GATEWAY_API_TOKENS: 'secret-token' });
  });
  afterAll(() => small.close());

  it('refuses a file over MAX_UPLOAD_BYTES with an error naming input.file, and stores nothing', async () => {
    const bytes = pdfBytes(2_000);
    const res = await upload(urql(small, 'secret-token'), {
      customerExternalId: 'C-0002',
      displayName: 'Too big',
      file: new File([bytes], 'big.pdf'),
    });
    expect(res.data?.uploadDocument).toBeUndefined();
    expect(res.error?.graphQLErrors[0]?.message).toBe(
      `Invalid input. input.file: is ${bytes.length} bytes; the largest file accepted is 1000 bytes (MAX_UPLOAD_BYTES)`,
    );
    const stats = await small.stats();
    expect(stats.byRoute[UPLOAD]).toBeUndefined();
    expect(small.sandbox.store().documents.size).toBe(stack.sandbox.store().documents.size);
  });

  it('serves the bare download path (no signature) only with the same token as GraphQL', async () => {
    const auth = { authorization: 'Bearer secret-token' };
    const page = await small.gql(DocumentSearchDocument, { first: 1 }, auth);
    const url = String(page.data?.documents?.edges[0]?.node.downloadUrl).split('?')[0] ?? '';
    const refused = await fetch(url);
    expect(refused.status).toBe(401);
    expect((await small.stats()).byRoute[DOWNLOAD]).toBeUndefined();
    const wrong = await fetch(url, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const ok = await fetch(url, { headers: auth });
    expect(ok.status).toBe(200);
    expect((await ok.arrayBuffer()).byteLength).toBe(page.data?.documents?.edges[0]?.node.size);
  });
});
