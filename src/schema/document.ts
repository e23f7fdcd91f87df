import { decodeGlobalID } from '@pothos/plugin-relay';
import type { DocumentKey, UploadBytes } from '../algoreg/document.ts';
import type {
  DocumentFilters,
  DocumentOriginBody,
  UploadDocumentMeta,
  WireDocument,
} from '../algoreg/wire/document.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { Customer, type CustomerRecord } from './customer.ts';
import { badInput, type DomainError, ErrorInterface, Issues, NotFoundError, writeOutcome } from './errors.ts';
import { type ConnectionArgs, offsetConnection, offsetPage } from './pagination.ts';
import { keyedField } from './prefetch.ts';
import { toDateTime } from './scalars.ts';

// ---------------------------------------------------------------------------------------------
// File checks: what an upload must pass before anything is sent to Algoreg.

/** Extensions per MIME type the gateway can recognise from a file's first bytes. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/heic': ['heic', 'heif'],
  'image/tiff': ['tif', 'tiff'],
};

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_GENERIC = new Set(['mif1', 'msf1']);

/** Bytes read from the start of a file to recognise it. */
const SNIFF_BYTES = 64;

/**
 * The type of a file from its first bytes (magic numbers), or null when it is none of the types
 * the gateway knows. The declared type and the name are never trusted.
 */
export function sniffMime(b: Uint8Array): string | null {
  const at = (offset: number, ...sig: number[]) => sig.every((x, i) => b[offset + i] === x);
  if (at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  if (at(4, 0x66, 0x74, 0x79, 0x70)) {
    // ISO BMFF `ftyp` box: a HEIC major brand, or a generic HEIF one with a HEIC compatible brand.
    const text = (from: number) => String.fromCharCode(...b.subarray(from, from + 4));
    const boxEnd = Math.min(
      b.length,
      ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0),
    );
    const major = text(8);
    if (HEIC_BRANDS.has(major)) return 'image/heic';
    if (HEIF_GENERIC.has(major)) {
      for (let i = 16; i + 4 <= boxEnd; i += 4) if (HEIC_BRANDS.has(text(i))) return 'image/heic';
    }
  }
  return null;
}

// Control characters (C0, DEL, C1), invisible format characters such as the bidirectional
// overrides that disguise an extension, and characters that break headers, shells or paths.
const UNSAFE = /[\p{Cc}\p{Cf}"'`<>:*?|\\/;]/gu;
const MAX_NAME = 200;

/**
 * A file name safe to store and to send back in a header: the last path segment only, without
 * control characters, quotes or separators, not hidden, at most 200 characters, extension kept.
 */
export function sanitizeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let clean = base
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (clean.length > MAX_NAME) {
    const ext = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
    clean = clean.slice(0, MAX_NAME - ext.length).trimEnd() + ext;
  }
  return clean;
}

/** The name with an extension that tells the truth about the content (`scan.pdf` of PNG bytes → `scan.png`). */
function withExtension(name: string, mime: string): string {
  const wanted = EXTENSIONS[mime] ?? [];
  const m = /^(.*)\.([A-Za-z0-9]{1,10})$/.exec(name);
  const stem = m?.[1] || (m ? '' : name) || 'document';
  const ext = m?.[2]?.toLowerCase();
  if (ext && wanted.includes(ext)) return name;
  const known = ext && Object.values(EXTENSIONS).some((list) => list.includes(ext));
  return `${known ? stem : name || 'document'}.${wanted[0] ?? 'bin'}`;
}

/**
 * A multipart file name as sent: browsers and fetch percent-encode `"`, CR and LF in it (HTML's
 * multipart/form-data encoding), and the parser leaves them encoded.
 */
const multipartName = (name: string) =>
  name.replace(/%(22|0d|0a)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

async function firstBytes(file: File, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    const piece = Buffer.from(chunk.subarray(0, n - got));
    parts.push(piece);
    got += piece.length;
    if (got >= n) break;
  }
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------
// The Document node.

/**
 * The node key of a document: its customer and its id. Algoreg has no GET of one document, and
 * Search documents filters by customer, not by id; keeping the customer in the key lets
 * `node(id:)` load a document with one search of that customer's documents.
 */
const keyOf = (d: WireDocument) =>
  `${encodeURIComponent(d.customer_external_id ?? '')}/${encodeURIComponent(d.id)}`;

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

export const Document = builder.loadableNodeRef('Document', {
  id: { resolve: (d: WireDocument) => keyOf(d) },
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

/** The gateway URL that streams a document's bytes (see src/download.ts). */
export const downloadUrl = (publicUrl: string, documentId: string) =>
  `${publicUrl}/documents/${encodeURIComponent(documentId)}/download`;

builder.objectType(Document, {
  description:
    'A file attached to a customer in Algoreg: an ID scan, a proof of address, a company registry extract…. `node(id:)` loads it with one Search documents call for its customer, since Algoreg has no read of a single document.',
  fields: (t) => ({
    documentId: t.string({
      description: "Algoreg's id of the document (the `id` field is the gateway's global id).",
      resolve: (d) => d.id,
    }),
    customerExternalId: t.string({
      nullable: true,
      description: 'External id of the customer the document belongs to.',
      resolve: (d) => d.customer_external_id ?? null,
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer the document belongs to (loaded in one batch for a whole page).',
      resolve: (d) => d.customer_external_id ?? null,
    }),
    displayName: t.string({
      nullable: true,
      description: 'Title shown to analysts.',
      resolve: (d) => d.display_name ?? null,
    }),
    fileName: t.string({
      nullable: true,
      description: 'Name of the file.',
      resolve: (d) => d.file_name ?? null,
    }),
    mimeType: t.string({
      nullable: true,
      description: 'MIME type of the file (Algoreg `file_mime`).',
      resolve: (d) => d.file_mime ?? null,
    }),
    size: t.int({
      nullable: true,
      description: 'Size of the file in bytes.',
      resolve: (d) => d.file_size ?? null,
    }),
    source: t.string({
      nullable: true,
      description:
        'How Algoreg holds the file (Algoreg `file_source`, e.g. `internal` for uploaded bytes, `external` for a URL reference).',
      resolve: (d) => d.file_source || null,
    }),
    fileType: t.string({
      nullable: true,
      description:
        'Kind of document as the tenant codes it (Algoreg `file_type`, e.g. `id_card`, `proof_of_address`).',
      resolve: (d) => d.file_type || null,
    }),
    fileUrl: t.string({
      nullable: true,
      description: 'For a document uploaded by reference, the URL it was given with (Algoreg `file_url`).',
      resolve: (d) => d.file_url || null,
    }),
    tags: t.stringList({ description: 'Tag codes of the document.', resolve: (d) => d.tag_codes }),
    origin: t.field({
      type: DocumentOrigin,
      nullable: true,
      description: 'Where the document came from.',
      resolve: (d) => (d.origin ? { type: d.origin.type ?? null, value: d.origin.value ?? null } : null),
    }),
    lastRevision: t.field({
      type: DocumentRevision,
      nullable: true,
      description: 'The latest change to the document.',
      resolve: (d) =>
        d.last_revision_id == null && d.last_revision_created_at == null
          ? null
          : {
              id: d.last_revision_id ?? null,
              agentId: d.last_revision_agent_id ?? null,
              createdAt: toDateTime(d.last_revision_created_at),
            },
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When the document was added. Algoreg sends an epoch number of undocumented unit; seconds and milliseconds are told apart by magnitude.',
      resolve: (d) => toDateTime(d.created_at),
    }),
    downloadUrl: t.string({
      description:
        'A gateway URL that streams the file (`GET`, same `Authorization` header as GraphQL), with its content type, length and a safe file name.',
      resolve: (d, _, ctx) => downloadUrl(ctx.publicUrl, d.id),
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

const MAX_FILTER_VALUES = 50;

/** The filters of a search, checked; times as epoch seconds (the unit Algoreg is assumed to use). */
function toFilters(f: FilterInput, at: string): DocumentFilters {
  const issues = new Issues();
  for (const key of ['fileTypes', 'tags'] as const) {
    const list = f[key];
    if (list && list.length > MAX_FILTER_VALUES)
      issues.add(`${at}.${key}`, `at most ${MAX_FILTER_VALUES} values`);
    list?.forEach((v, i) => {
      if (!v.trim()) issues.add(`${at}.${key}[${i}]`, 'must not be empty');
    });
  }
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo) {
    issues.add(`${at}.createdTo`, 'is before createdFrom');
  }
  issues.throwIfAny();
  const filters: DocumentFilters = {};
  if (f.customerExternalId) filters.customer_external_id = f.customerExternalId;
  if (f.displayName) filters.display_name = f.displayName;
  if (f.fileName) filters.file_name = f.fileName;
  if (f.fileTypes?.length) filters.file_types = f.fileTypes;
  if (f.tags?.length) filters.tags = f.tags;
  if (f.createdFrom) filters.min_created_at = Math.floor(f.createdFrom.getTime() / 1000);
  if (f.createdTo) filters.max_created_at = Math.floor(f.createdTo.getTime() / 1000);
  return filters;
}

const filterFields = {
  displayName:
    "Display name contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented).",
  fileName: 'File name contains this text.',
  fileTypes: 'Of any of these kinds (`fileType`).',
  tags: 'With any of these tag codes.',
  createdFrom: 'Added at or after.',
  createdTo: 'Added at or before.',
};

const CustomerDocumentFilter = builder.inputType('CustomerDocumentFilter', {
  description: "Narrows a customer's documents. All given filters must match.",
  fields: (t) => ({
    displayName: t.string({ description: filterFields.displayName }),
    fileName: t.string({ description: filterFields.fileName }),
    fileTypes: t.stringList({ description: filterFields.fileTypes }),
    tags: t.stringList({ description: filterFields.tags }),
    createdFrom: t.field({ type: 'DateTime', description: filterFields.createdFrom }),
    createdTo: t.field({ type: 'DateTime', description: filterFields.createdTo }),
  }),
});

const DocumentFilter = builder.inputType('DocumentFilter', {
  description: 'Narrows `documents`. All given filters must match.',
  fields: (t) => ({
    customerExternalId: t.string({ description: 'Documents of this customer only.' }),
    displayName: t.string({ description: filterFields.displayName }),
    fileName: t.string({ description: filterFields.fileName }),
    fileTypes: t.stringList({ description: filterFields.fileTypes }),
    tags: t.stringList({ description: filterFields.tags }),
    createdFrom: t.field({ type: 'DateTime', description: filterFields.createdFrom }),
    createdTo: t.field({ type: 'DateTime', description: filterFields.createdTo }),
  }),
});

async function searchPage(
  ctx: Context,
  filter: FilterInput,
  at: string,
  args: Parameters<typeof offsetPage>[0],
) {
  const page = offsetPage(args);
  const filters = toFilters(filter, at);
  const res = await ctx.algoreg.document.search({ filters, ...page });
  return offsetConnection(res.documents, page, res.total);
}

builder.queryFields((t) => ({
  documents: t.connection(
    {
      type: Document,
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

builder.objectField(Customer, 'documents', (t) =>
  t.connection(
    {
      type: Document,
      // Nullable: a failed search must not take the rest of the customer with it.
      nullable: true,
      description: "The customer's documents, filtered and paged; null when Algoreg could not be read.",
      args: { filter: t.arg({ type: CustomerDocumentFilter }) },
      resolve: (c: CustomerRecord, args, ctx) => customerDocuments(c.customer.external_id, args, ctx),
    },
    DocumentConnection,
  ),
);

/** Starts together with the customer's detail call when the query selects it (prefetch.ts). */
const customerDocuments = keyedField(
  'Customer',
  'documents',
  (externalId, args: ConnectionArgs & { filter?: typeof CustomerDocumentFilter.$inferInput | null }, ctx) =>
    searchPage(ctx, { ...(args.filter ?? {}), customerExternalId: externalId }, 'filter', args),
);

// ---------------------------------------------------------------------------------------------
// Mutations.

const DocumentOriginInput = builder.inputType('DocumentOriginInput', {
  description: 'Where a document came from (Algoreg `DocumentOrigin`).',
  fields: (t) => ({
    type: t.string({ required: true, description: 'Origin type, as your tenant codes it.' }),
    value: t.string({ description: 'Detail of the origin.' }),
  }),
});

const UploadDocumentInput = builder.inputType('UploadDocumentInput', {
  description:
    'A document to attach to a customer: a `file` sent with the GraphQL multipart request spec, or an `externalUrl` (with `fileSize`) where Algoreg can fetch it.',
  fields: (t) => ({
    customerExternalId: t.string({ required: true, description: 'External id of the customer.' }),
    displayName: t.string({ description: 'Title shown to analysts; the file name when omitted.' }),
    file: t.field({
      type: 'File',
      description:
        'The file (at most `MAX_UPLOAD_BYTES`, 20 MB by default; PDF, PNG, JPEG, HEIC or TIFF by default, recognised from its first bytes).',
    }),
    fileName: t.string({
      description:
        "Name to store; the upload's own name (or the URL's last segment) when omitted. Sanitised.",
    }),
    externalUrl: t.string({ description: 'Instead of `file`: an http(s) URL of the file.' }),
    fileSize: t.int({ description: 'With `externalUrl`: the size of the file in bytes.' }),
    fileType: t.string({ description: 'Kind of document, e.g. `id_card`, `proof_of_address`.' }),
    tags: t.stringList({ description: 'Tag codes.' }),
    origin: t.field({ type: DocumentOriginInput, description: 'Where the document came from.' }),
  }),
});

const UpdateDocumentInput = builder.inputType('UpdateDocumentInput', {
  description:
    "Changes to a document's description. Omitted fields keep their value; the file cannot change.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The document's `id` (or Algoreg's `documentId`)." }),
    displayName: t.string({ description: 'New title.' }),
    fileType: t.string({ description: 'New kind of document.' }),
    tags: t.stringList({ description: 'Replaces the tag codes.' }),
    origin: t.field({ type: DocumentOriginInput, description: 'New origin.' }),
  }),
});

const DeleteDocumentInput = builder.inputType('DeleteDocumentInput', {
  description: 'The document to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The document's `id` (or Algoreg's `documentId`)." }),
  }),
});

interface DocumentPayload {
  document: WireDocument | null;
  errors: DomainError[];
}

const payload = (name: string, description: string) =>
  builder.objectRef<DocumentPayload>(name).implement({
    description,
    fields: (t) => ({
      document: t.field({
        type: Document,
        nullable: true,
        description: 'The document as Algoreg holds it now; null when `errors` is not empty.',
        resolve: (p) => p.document,
      }),
      errors: t.field({
        type: [ErrorInterface],
        description: 'Why nothing was done: NotFoundError, RejectedError.',
        resolve: (p) => p.errors,
      }),
    }),
  });

const UploadDocumentPayload = payload('UploadDocumentPayload', 'The outcome of an upload.');
const UpdateDocumentPayload = payload('UpdateDocumentPayload', 'The outcome of an update.');

interface DeletePayload {
  deletedId: string | null;
  errors: DomainError[];
}

const DeleteDocumentPayload = builder.objectRef<DeletePayload>('DeleteDocumentPayload').implement({
  description: 'The outcome of a deletion.',
  fields: (t) => ({
    deletedId: t.id({
      nullable: true,
      description: 'The id given, when the document was deleted.',
      resolve: (p) => p.deletedId,
    }),
    errors: t.field({
      type: [ErrorInterface],
      description: 'Why nothing was done: NotFoundError.',
      resolve: (p) => p.errors,
    }),
  }),
});

/** Algoreg's document id from a Document global id, or the id itself when it is not one. */
function documentIdOf(id: string, field: string): string {
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

function checkTagsAndOrigin(
  issues: Issues,
  tags: string[] | null | undefined,
  origin: { type: string; value?: string | null } | null | undefined,
): { tag_codes?: string[]; origin?: DocumentOriginBody } {
  const out: { tag_codes?: string[]; origin?: DocumentOriginBody } = {};
  if (tags) {
    if (tags.length > MAX_FILTER_VALUES) issues.add('input.tags', `at most ${MAX_FILTER_VALUES} tags`);
    tags.forEach((tag, i) => {
      if (!tag.trim()) issues.add(`input.tags[${i}]`, 'must not be empty');
    });
    out.tag_codes = [...new Set(tags.map((x) => x.trim()))];
  }
  if (origin) {
    if (!origin.type.trim()) issues.add('input.origin.type', 'must not be empty');
    out.origin = origin.value == null ? { type: origin.type } : { type: origin.type, value: origin.value };
  }
  return out;
}

const MAX_DISPLAY_NAME = 255;

type UploadInput = typeof UploadDocumentInput.$inferInput;

/** Every check of an upload, before any upstream call. Reads only the file's first bytes. */
async function prepareUpload(
  input: UploadInput,
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
): Promise<{ meta: UploadDocumentMeta; bytes?: UploadBytes }> {
  const issues = new Issues();
  if (!input.customerExternalId.trim()) issues.add('input.customerExternalId', 'must not be empty');
  if (input.displayName != null && input.displayName.length > MAX_DISPLAY_NAME) {
    issues.add('input.displayName', `at most ${MAX_DISPLAY_NAME} characters`);
  }
  const extra = checkTagsAndOrigin(issues, input.tags, input.origin);
  const { file, externalUrl } = input;
  if (!file && externalUrl == null)
    issues.add('input.file', 'give a file, or an externalUrl with its fileSize');
  if (file && externalUrl != null)
    issues.add('input.externalUrl', 'give either a file or an externalUrl, not both');
  const limitText = `${limits.maxBytes} bytes (MAX_UPLOAD_BYTES)`;

  let fileName = '';
  let bytes: UploadBytes | undefined;
  let external: UploadDocumentMeta['external'];
  if (file && externalUrl == null) {
    if (file.size === 0) issues.add('input.file', 'is empty');
    else if (file.size > limits.maxBytes) {
      issues.add('input.file', `is ${file.size} bytes; the largest file accepted is ${limitText}`);
    } else {
      const mime = sniffMime(await firstBytes(file, SNIFF_BYTES));
      if (!mime || !limits.mimeAllowlist.includes(mime)) {
        issues.add(
          'input.file',
          `${mime ? `is ${mime}, which` : 'is of a type that'} is not accepted; accepted: ${limits.mimeAllowlist.join(', ')} (recognised from the content, not the name)`,
        );
      } else {
        fileName = withExtension(sanitizeFileName(input.fileName ?? multipartName(file.name)), mime);
        bytes = { size: file.size, open: () => file.stream() as unknown as AsyncIterable<Uint8Array> };
      }
    }
  } else if (externalUrl != null && !file) {
    let url: URL | undefined;
    try {
      url = new URL(externalUrl);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      issues.add('input.externalUrl', 'must be an absolute http(s) URL');
    }
    if (input.fileSize == null) issues.add('input.fileSize', 'is required with externalUrl');
    else if (input.fileSize < 0) issues.add('input.fileSize', 'must not be negative');
    else if (input.fileSize > limits.maxBytes) {
      issues.add('input.fileSize', `is ${input.fileSize} bytes; the largest file accepted is ${limitText}`);
    }
    if (url) {
      let last = url.pathname.split('/').pop() ?? '';
      try {
        last = decodeURIComponent(last);
      } catch {
        // keep it encoded
      }
      fileName = sanitizeFileName(input.fileName ?? last) || 'document';
      external = { file_url: url.href, file_size: input.fileSize ?? 0 };
    }
  }
  issues.throwIfAny();

  const meta: UploadDocumentMeta = {
    customer_external_id: input.customerExternalId,
    display_name: input.displayName?.trim() || fileName,
    file_name: fileName,
    ...(input.fileType != null ? { file_type: input.fileType } : {}),
    ...extra,
    ...(external ? { external } : {}),
  };
  return bytes ? { meta, bytes } : { meta };
}

const customerNotFound = (externalId: string) =>
  new NotFoundError(`No customer with external id "${externalId}".`, 'input.customerExternalId');

builder.mutationFields((t) => ({
  uploadDocument: t.field({
    type: UploadDocumentPayload,
    description:
      'Attach a document to a customer (Algoreg Upload document). Send `input.file` with the GraphQL multipart request spec. Size, type (from the first bytes) and name are checked before anything is sent; the file is sent to Algoreg once, never retried.',
    args: { input: t.arg({ type: UploadDocumentInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<DocumentPayload> => {
      const { meta, bytes } = await prepareUpload(input, ctx.config.uploads);
      // Algoreg would refuse an unknown customer, but only after receiving the whole file.
      const customer = await Customer.getDataloader(ctx).load(input.customerExternalId);
      if (!customer) return { document: null, errors: [customerNotFound(input.customerExternalId)] };
      try {
        return { document: await ctx.algoreg.document.upload(meta, bytes), errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () => customerNotFound(input.customerExternalId),
          refused: 'Algoreg refused the document.',
          field: 'input',
        });
        return { document: null, errors: [outcome] };
      }
    },
  }),

  updateDocument: t.field({
    type: UpdateDocumentPayload,
    description: "Change a document's title, kind, tags or origin (Algoreg Update document). Never retried.",
    args: { input: t.arg({ type: UpdateDocumentInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<DocumentPayload> => {
      const documentId = documentIdOf(String(input.id), 'input.id');
      const issues = new Issues();
      if (input.displayName != null) {
        if (!input.displayName.trim()) issues.add('input.displayName', 'must not be empty');
        if (input.displayName.length > MAX_DISPLAY_NAME) {
          issues.add('input.displayName', `at most ${MAX_DISPLAY_NAME} characters`);
        }
      }
      const extra = checkTagsAndOrigin(issues, input.tags, input.origin);
      const body = {
        ...(input.displayName != null ? { display_name: input.displayName.trim() } : {}),
        ...(input.fileType != null ? { file_type: input.fileType } : {}),
        ...extra,
      };
      if (Object.keys(body).length === 0) {
        issues.add('input', 'give at least one of displayName, fileType, tags, origin');
      }
      issues.throwIfAny();
      try {
        const document = await ctx.algoreg.document.update(documentId, body);
        if (!document) {
          return { document: null, errors: [new NotFoundError('No document with this id.', 'input.id')] };
        }
        return { document, errors: [] };
      } catch (error) {
        return {
          document: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the change.', field: 'input' })],
        };
      }
    },
  }),

  deleteDocument: t.field({
    type: DeleteDocumentPayload,
    description: 'Delete a document (Algoreg Delete document). Never retried.',
    args: { input: t.arg({ type: DeleteDocumentInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<DeletePayload> => {
      const documentId = documentIdOf(String(input.id), 'input.id');
      const deleted = await ctx.algoreg.document.delete(documentId);
      return deleted
        ? { deletedId: String(input.id), errors: [] }
        : { deletedId: null, errors: [new NotFoundError('No document with this id.', 'input.id')] };
    },
  }),
}));
