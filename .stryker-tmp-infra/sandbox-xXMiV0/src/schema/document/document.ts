// @ts-nocheck
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { DocumentKey, DocumentFilter as DocumentSearchFilter } from '../../algoreg/document.ts';
import type { Document as DocumentDto } from '../../algoreg/wire/document.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { downloadPath } from '../../files.ts';
import { Customer, type CustomerRecord } from '../customer.ts';
import { badInput, Issues } from '../errors.ts';
import { type ConnectionArgs, offsetConnection, offsetPage } from '../pagination.ts';
import { keyedField } from '../prefetch.ts';

/**
 * The node key of a document: its customer and its id. Algoreg has no GET of one document, and
 * Search documents filters by customer, not by id; keeping the customer in the key lets
 * `node(id:)` load a document with one search of that customer's documents.
 */
export const documentKey = (customerExternalId: string, documentId: string) =>
  `${encodeURIComponent(customerExternalId)}/${encodeURIComponent(documentId)}`;

const keyOf = (d: DocumentDto) => documentKey(d.customerExternalId ?? '', d.id);

function parseKey(key: string): DocumentKey | null {
  const slash = key.indexOf('/');
  if (slash <= 0) return null;
  try {
    const customerExternalId = decodeURIComponent(key.slice(0, slash));
    const documentId = decodeURIComponent(key.slice(slash + 1));
    return documentId ? { customerExternalId, documentId } : null;
  } catch {
    return null;
  }
}

/** Algoreg's document id from a Document global id, or the id itself when it is not one. */
export function documentIdOf(id: string, field: string): string {
  if (!id.trim()) badInput(field, 'must not be empty');
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(id);
  } catch {
    return id;
  }
  if (decoded.typename !== 'Document')
    badInput(field, `is the id of a ${decoded.typename}, not of a Document`);
  return parseKey(decoded.id)?.documentId ?? id;
}

export const Document = builder.loadableNodeRef('Document', {
  id: { resolve: (d: DocumentDto) => keyOf(d) },
  load: async (keys: string[], ctx: Context) => {
    const parsed = keys.map(parseKey);
    const valid = parsed.filter((k): k is DocumentKey => k !== null);
    const loaded = await ctx.algoreg.document.getMany(valid);
    let next = 0;
    return parsed.map((k) => (k === null ? null : (loaded[next++] ?? null)));
  },
});

const DocumentOrigin = builder.simpleObject('DocumentOrigin', {
  description:
    'Where a document came from (Algoreg `DocumentOrigin`). Algoreg does not publish the origin types; they are passed through as text.',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'Origin type, as Algoreg codes it.' }),
    value: t.string({ nullable: true, description: 'Detail of the origin (e.g. a session id).' }),
  }),
});

const DocumentRevision = builder.simpleObject('DocumentRevision', {
  description: 'The latest change to a document in Algoreg.',
  fields: (t) => ({
    id: t.string({ nullable: true, description: "Algoreg's revision id." }),
    agentId: t.int({
      nullable: true,
      description: 'Backoffice agent who made the change; 0 or null for API changes.',
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the change was made.' }),
  }),
});

builder.objectType(Document, {
  description:
    'A file attached to a customer in Algoreg: an ID scan, a proof of address, a company registry extract…. `node(id:)` loads it with one Search documents call for its customer, since Algoreg has no read of a single document.',
  fields: (t) => ({
    documentId: t.exposeString('id', {
      description: "Algoreg's id of the document (the `id` field is the gateway's global id).",
    }),
    customerExternalId: t.exposeString('customerExternalId', {
      nullable: true,
      description: 'External id of the customer the document belongs to.',
    }),
    customer: t.field({
      type: Customer,
      authScopes: { scope: 'read:customers' },
      nullable: true,
      description: 'The customer the document belongs to (loaded in one batch for a whole page).',
      resolve: (d) => d.customerExternalId,
    }),
    displayName: t.exposeString('displayName', { nullable: true, description: 'Title shown to analysts.' }),
    fileName: t.exposeString('fileName', { nullable: true, description: 'Name of the file.' }),
    mimeType: t.exposeString('mimeType', {
      nullable: true,
      description: 'MIME type of the file (Algoreg `file_mime`).',
    }),
    size: t.exposeInt('size', { nullable: true, description: 'Size of the file in bytes.' }),
    source: t.exposeString('source', {
      nullable: true,
      description:
        'How Algoreg holds the file (Algoreg `file_source`, e.g. `internal` for uploaded bytes, `external` for a URL reference).',
    }),
    fileType: t.exposeString('fileType', {
      nullable: true,
      description:
        'Kind of document as the tenant codes it (Algoreg `file_type`, e.g. `id_card`, `proof_of_address`).',
    }),
    fileUrl: t.exposeString('fileUrl', {
      nullable: true,
      description: 'For a document uploaded by reference, the URL it was given with (Algoreg `file_url`).',
    }),
    tags: t.exposeStringList('tags', { description: 'Tag codes of the document.' }),
    origin: t.expose('origin', {
      type: DocumentOrigin,
      nullable: true,
      description: 'Where the document came from.',
    }),
    lastRevision: t.expose('lastRevision', {
      type: DocumentRevision,
      nullable: true,
      description: 'The latest change to the document.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the document was added. Algoreg sends an epoch number of undocumented unit; seconds and milliseconds are told apart by magnitude.',
    }),
    downloadUrl: t.string({
      description:
        'A signed gateway URL that streams the file (`GET`) with its content type, length and a safe file name. It needs no `Authorization` header, so a plain link works, and it expires after `DOWNLOAD_URL_TTL_S` (10 minutes by default): then it answers 403 `DOWNLOAD_LINK_EXPIRED` and the field is queried again.',
      resolve: (d, _, ctx) => `${ctx.publicUrl}${downloadPath('document', d.id, ctx.config.downloads)}`,
    }),
  }),
});

const DocumentConnection = builder.connectionObject(
  {
    type: Document,
    name: 'DocumentConnection',
    description: 'A page of documents (Search documents), newest first as Algoreg orders them.',
  },
  { name: 'DocumentEdge', description: 'A document in a page.' },
);

// ---------------------------------------------------------------------------------------------
// Search.

interface FilterInput {
  customerExternalId?: string | null;
  displayName?: string | null;
  fileName?: string | null;
  fileTypes?: string[] | null;
  tags?: string[] | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

/** Most values a list filter or a document's tags may hold. */
export const MAX_LIST_VALUES = 50;

/** The filters of a search, checked. */
function toFilter(f: FilterInput, at: string): DocumentSearchFilter {
  const issues = new Issues();
  for (const key of ['fileTypes', 'tags'] as const) {
    const list = f[key];
    if (list && list.length > MAX_LIST_VALUES)
      issues.add(`${at}.${key}`, `at most ${MAX_LIST_VALUES} values`);
    list?.forEach((v, i) => {
      if (!v.trim()) issues.add(`${at}.${key}[${i}]`, 'must not be empty');
    });
  }
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo) {
    issues.add(`${at}.createdTo`, 'is before createdFrom');
  }
  issues.throwIfAny();
  return {
    customerExternalId: f.customerExternalId ?? undefined,
    displayName: f.displayName ?? undefined,
    fileName: f.fileName ?? undefined,
    fileTypes: f.fileTypes ?? undefined,
    tags: f.tags ?? undefined,
    createdFrom: f.createdFrom ?? undefined,
    createdTo: f.createdTo ?? undefined,
  };
}

type InputFields = PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>;

/** The filters both document searches take. */
const filterFields = (t: InputFields) => ({
  displayName: t.string({
    description:
      "Display name contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented).",
  }),
  fileName: t.string({ description: 'File name contains this text.' }),
  fileTypes: t.stringList({ description: 'Of any of these kinds (`fileType`).' }),
  tags: t.stringList({ description: 'With any of these tag codes.' }),
  createdFrom: t.field({ type: 'DateTime', description: 'Added at or after.' }),
  createdTo: t.field({ type: 'DateTime', description: 'Added at or before.' }),
});

const CustomerDocumentFilter = builder.inputType('CustomerDocumentFilter', {
  description: "Narrows a customer's documents. All given filters must match.",
  fields: filterFields,
});

const DocumentFilter = builder.inputType('DocumentFilter', {
  description: 'Narrows `documents`. All given filters must match.',
  fields: (t) => ({
    customerExternalId: t.string({ description: 'Documents of this customer only.' }),
    ...filterFields(t),
  }),
});

async function searchPage(ctx: Context, filter: FilterInput, at: string, args: ConnectionArgs) {
  const page = offsetPage(args);
  const res = await ctx.algoreg.document.search({ filter: toFilter(filter, at), ...page });
  return offsetConnection(res.documents, page, res.total);
}

builder.queryFields((t) => ({
  documents: t.connection(
    {
      type: Document,
      authScopes: { scope: 'read:documents' },
      // Nullable like every root list: a refusal or failure here keeps the query's other fields.
      nullable: true,
      description: 'Customer documents, filtered and paged (Search documents).',
      args: { filter: t.arg({ type: DocumentFilter }) },
      resolve: (_, args, ctx) => {
        if (args.filter?.customerExternalId?.trim() === '') {
          badInput('filter.customerExternalId', 'must not be empty');
        }
        return searchPage(ctx, args.filter ?? {}, 'filter', args);
      },
    },
    DocumentConnection,
  ),
}));

/** Starts together with the customer's detail call when the query selects it (prefetch.ts). */
const customerDocuments = keyedField(
  'Customer',
  'documents',
  (externalId, args: ConnectionArgs & { filter?: typeof CustomerDocumentFilter.$inferInput | null }, ctx) =>
    searchPage(ctx, { ...(args.filter ?? {}), customerExternalId: externalId }, 'filter', args),
);

builder.objectField(Customer, 'documents', (t) =>
  t.connection(
    {
      type: Document,
      authScopes: { scope: 'read:documents' },
      // Nullable: a failed search must not take the rest of the customer with it.
      nullable: true,
      description: "The customer's documents, filtered and paged; null when Algoreg could not be read.",
      args: { filter: t.arg({ type: CustomerDocumentFilter }) },
      resolve: (c: CustomerRecord, args, ctx) => customerDocuments(c.externalId, args, ctx),
    },
    DocumentConnection,
  ),
);
