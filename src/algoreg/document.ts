import { type Caller, nullIfNotFound } from './caller.ts';
import type { StreamResponse } from './http.ts';
import { base64JsonBody, type StreamedBody, type UploadBytes, withStreamedKey } from './json-body.ts';
import { findByIds } from './paging.ts';
import { customerDocument, type Document, documentSearch } from './wire/document.ts';
import './wire/document-fast.ts';

/** A document named by its customer and its id: Search documents filters by customer, not by id. */
export interface DocumentKey {
  customerExternalId: string;
  documentId: string;
}

/** What Search documents filters on (API.md §4.3). All given filters must match. */
export interface DocumentFilter {
  customerExternalId?: string;
  displayName?: string;
  fileName?: string;
  fileTypes?: readonly string[];
  tags?: readonly string[];
  createdFrom?: Date;
  createdTo?: Date;
}

export interface SearchDocumentsInput {
  filter: DocumentFilter;
  limit: number;
  offset: number;
}

/** `DocumentOrigin`: where a document came from. */
export interface DocumentOriginInput {
  type: string;
  value?: string | null;
}

/** The bytes of an upload: their size, and a fresh stream of them on each call. */

/**
 * Upload document (API.md §4.5): the description, and either the `bytes` (sent inline) or an
 * `external` reference Algoreg fetches itself. `fileType` is not among the documented upload
 * fields; it is assumed to be accepted like on Update document.
 */
export type UploadDocumentInput = {
  customerExternalId: string;
  displayName: string;
  fileName: string;
  fileType?: string;
  tags?: readonly string[];
  origin?: DocumentOriginInput;
} & ({ bytes: UploadBytes; external?: never } | { external: { url: string; size: number }; bytes?: never });

/** Update document (body assumed: `{display_name, file_type, tag_codes, origin}`). Omitted fields keep their value. */
export interface UpdateDocumentInput {
  displayName?: string;
  fileType?: string;
  tags?: readonly string[];
  origin?: DocumentOriginInput;
}

/** Page size when reading a customer's documents to find some by id. */
const LOOKUP_PAGE = 500;

/** Typed calls of the Customer Document group (API.md §4). */
export function documentCalls(c: Caller) {
  /** Search documents (API.md §4.3). */
  const search = (input: SearchDocumentsInput) =>
    c.http.json('searchDocuments', documentSearch, { body: searchBody(input), trace: c.trace });

  /** Every wanted document of one customer: that customer's documents, page after page. */
  const findForCustomer = (customerExternalId: string, wanted: ReadonlySet<string>) =>
    findByIds(LOOKUP_PAGE, wanted, async (page) => {
      const { documents, total } = await search({ filter: { customerExternalId }, ...page });
      return { items: documents, total };
    });

  return {
    search,

    /**
     * Documents by key, in order; null for those Algoreg does not have. Algoreg has no GET of one
     * document, so this is one Search documents call per distinct customer (more only when a
     * customer has over 500 documents), under the concurrency cap.
     */
    getMany: async (keys: readonly DocumentKey[]): Promise<(Document | null | Error)[]> => {
      const byCustomer = new Map<string, Set<string>>();
      for (const k of keys) {
        const ids = byCustomer.get(k.customerExternalId) ?? new Set<string>();
        ids.add(k.documentId);
        byCustomer.set(k.customerExternalId, ids);
      }
      const customers = [...byCustomer.keys()];
      const results = await c.batch('searchDocuments', customers, (id) =>
        findForCustomer(id, byCustomer.get(id) ?? new Set()),
      );
      const found = new Map(customers.map((id, i) => [id, results[i]]));
      return keys.map((k) => {
        const r = found.get(k.customerExternalId);
        if (r instanceof Error) return r;
        // Stryker disable next-line OptionalChaining: every key's customer is among \`customers\`, so \`r\` is never undefined; \`?.\` only satisfies Map.get's type
        return r?.get(k.documentId) ?? null;
      });
    },

    /**
     * Upload document. With `bytes`, the JSON body is streamed and the file is base64-encoded on
     * the way out (`internal.file_data`), so neither the encoded file nor the body is ever held
     * whole; with `external`, Algoreg fetches the file itself. A write: sent once, never retried.
     * Throws AlgoregNotFoundError when Algoreg does not know the customer.
     */
    upload: (input: UploadDocumentInput): Promise<Document> => {
      const meta = uploadMeta(input);
      return c.http.json(
        'uploadDocument',
        customerDocument,
        input.bytes
          ? { jsonStream: inlineUploadBody(meta, input.bytes), trace: c.trace }
          : { body: meta, trace: c.trace },
      );
    },

    /** Update document; null when Algoreg has no such document. A write: never retried. */
    update: (documentId: string, input: UpdateDocumentInput): Promise<Document | null> =>
      nullIfNotFound(
        c.http.json('updateDocument', customerDocument, {
          params: { document_id: documentId },
          body: describe(input),
          trace: c.trace,
        }),
      ),

    /** Delete document; false when Algoreg had no such document. */
    delete: async (documentId: string): Promise<boolean> => {
      const deleted = await nullIfNotFound(
        c.http
          .empty('deleteDocument', { params: { document_id: documentId }, trace: c.trace })
          .then(() => true),
      );
      return deleted ?? false;
    },

    /** Download document as a stream of bytes; null when Algoreg has no such document. */
    download: (documentId: string): Promise<StreamResponse | null> =>
      nullIfNotFound(
        c.http.stream('downloadDocument', { params: { document_id: documentId }, trace: c.trace }),
      ),
  };
}

/** Epoch seconds: the unit Algoreg's `min_created_at`/`max_created_at` are assumed to take. */
const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * The body of Search documents, one object literal: filters not given are undefined, which JSON
 * leaves out (of the body and of the cache key alike); empty text and empty lists are left out too.
 */
function searchBody({ filter: f, limit, offset }: SearchDocumentsInput) {
  const filters = {
    customer_external_id: f.customerExternalId,
    display_name: f.displayName || undefined,
    file_name: f.fileName || undefined,
    file_types: f.fileTypes?.length ? f.fileTypes : undefined,
    tags: f.tags?.length ? f.tags : undefined,
    min_created_at: f.createdFrom && epochSeconds(f.createdFrom),
    max_created_at: f.createdTo && epochSeconds(f.createdTo),
  };
  return { filters, limit, offset };
}

/**
 * The fields Upload and Update document share: `{display_name, file_type, tag_codes, origin}`.
 * Fields not given are undefined, which JSON leaves out; so is an origin's missing value.
 */
function describe(input: UpdateDocumentInput) {
  const { origin } = input;
  return {
    display_name: input.displayName,
    file_type: input.fileType,
    tag_codes: input.tags,
    origin: origin && { type: origin.type, value: origin.value ?? undefined },
  };
}

/** The Upload document body without its `internal` part, which is streamed. */
function uploadMeta(input: UploadDocumentInput) {
  return {
    customer_external_id: input.customerExternalId,
    ...describe(input),
    file_name: input.fileName,
    ...(input.external ? { external: { file_url: input.external.url, file_size: input.external.size } } : {}),
  };
}

/** The Upload document body `{...meta, "internal": {"file_data": "<base64>"}}`, streamed. */
function inlineUploadBody(meta: object, bytes: UploadBytes): StreamedBody {
  return base64JsonBody(withStreamedKey(meta, 'internal', ['{"file_data":', bytes, '}']));
}
