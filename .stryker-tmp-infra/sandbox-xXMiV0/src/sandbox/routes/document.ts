// @ts-nocheck
import type { Json, Store } from '../store.ts';
import { apiError, paging, type RouteHandlers, type SandboxReply } from './types.ts';

/** A stored document: its `CustomerDocument` JSON, and its bytes (null for an external reference). */
/** How the sandbox names a file's content type: from its extension, as a file store would. */
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  heic: 'image/heic',
  heif: 'image/heif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

export function mimeOf(fileName: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** Epoch seconds now. The API's unit is not documented; the sandbox answers in seconds. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The Customer Document group (API.md §4; paths and some shapes assumed, see endpoints.ts). */
export function documentRoutes(): RouteHandlers {
  return {
    uploadDocument: ({ body }, store) => upload(store, (body ?? {}) as Json),

    searchDocuments: ({ body }, store) => {
      const b = (body ?? {}) as Json;
      const filters = (b.filters && typeof b.filters === 'object' ? b.filters : {}) as Json;
      const { limit, offset } = paging(b, 20, 500);
      const matches = [...store.documents.values()]
        .map((d) => d.document)
        .filter((d) => documentMatches(d, filters))
        .sort(
          (a, c) => Number(c.created_at) - Number(a.created_at) || String(a.id).localeCompare(String(c.id)),
        );
      return { json: { documents: matches.slice(offset, offset + limit), total: matches.length } };
    },

    updateDocument: ({ params, body }, store) => {
      const stored = store.documents.get(params.document_id ?? '');
      if (!stored) return notFound();
      const b = (body ?? {}) as Json;
      const problem = checkMeta(b);
      if (problem) return problem;
      const d = stored.document;
      if (typeof b.display_name === 'string') d.display_name = b.display_name;
      if (typeof b.file_type === 'string') d.file_type = b.file_type;
      if (Array.isArray(b.tag_codes)) d.tag_codes = [...new Set(b.tag_codes as string[])];
      if (b.origin !== undefined) d.origin = origin(b.origin);
      d.last_revision_id = store.nextId('rev');
      d.last_revision_agent_id = 0;
      d.last_revision_created_at = nowSeconds();
      store.addEvent(String(d.customer_external_id), 'document_updated', 'document updated');
      return { json: d };
    },

    downloadDocument: ({ params }, store) => {
      const stored = store.documents.get(params.document_id ?? '');
      if (!stored) return notFound();
      if (!stored.bytes) {
        return apiError(404, 'document_content_external', 'The document is a reference to its file_url');
      }
      const name = String(stored.document.file_name ?? 'document');
      return {
        raw: stored.bytes,
        contentType: String(stored.document.file_mime ?? 'application/octet-stream'),
        headers: { 'content-disposition': contentDisposition(name) },
      };
    },

    deleteDocument: ({ params }, store) => {
      const id = params.document_id ?? '';
      const stored = store.documents.get(id);
      if (!stored) return notFound();
      store.documents.delete(id);
      store.addEvent(String(stored.document.customer_external_id), 'document_deleted', 'document deleted');
      return {};
    },
  };
}

const notFound = () => apiError(404, 'document_not_found', 'Document not found');

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function upload(store: Store, b: Json): SandboxReply {
  const customerId = b.customer_external_id;
  if (typeof customerId !== 'string' || !customerId) {
    return apiError(400, 'invalid_body', 'customer_external_id is mandatory');
  }
  if (!store.customers.has(customerId)) return apiError(404, 'customer_not_found', 'Customer not found');
  const problem = checkMeta(b);
  if (problem) return problem;
  const internal = (b.internal ?? null) as Json | null;
  const external = (b.external ?? null) as Json | null;
  if (Boolean(internal) === Boolean(external)) {
    return apiError(400, 'invalid_body', 'exactly one of internal and external is required');
  }
  let bytes: Buffer | null = null;
  let size = 0;
  let url = '';
  if (internal) {
    if (typeof internal.file_data === 'string') {
      if (internal.file_data.length % 4 !== 0 || !BASE64.test(internal.file_data)) {
        return apiError(400, 'invalid_file_data', 'internal.file_data must be base64');
      }
      bytes = Buffer.from(internal.file_data, 'base64');
    } else if (Array.isArray(internal.FileData)) {
      const list = internal.FileData as unknown[];
      if (!list.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 255)) {
        return apiError(400, 'invalid_file_data', 'internal.FileData must be bytes');
      }
      bytes = Buffer.from(list as number[]);
    } else {
      return apiError(400, 'invalid_file_data', 'internal.file_data is mandatory');
    }
    if (bytes.length === 0) return apiError(400, 'empty_file', 'The file is empty');
    size = bytes.length;
  } else if (external) {
    if (typeof external.file_url !== 'string' || !/^https?:\/\/\S+$/.test(external.file_url)) {
      return apiError(400, 'invalid_file_url', 'external.file_url must be an http(s) URL');
    }
    if (!Number.isInteger(external.file_size) || (external.file_size as number) < 0) {
      return apiError(400, 'invalid_file_size', 'external.file_size must be a byte count');
    }
    url = external.file_url;
    size = external.file_size as number;
  }
  const fileName =
    typeof b.file_name === 'string' && b.file_name
      ? b.file_name
      : decodeURIComponent(url.split(/[?#]/)[0]?.split('/').pop() ?? '') || 'document';
  const now = nowSeconds();
  const id = store.nextId('doc');
  const document: Json = {
    id,
    customer_external_id: customerId,
    display_name: typeof b.display_name === 'string' && b.display_name ? b.display_name : fileName,
    file_name: fileName,
    file_mime: mimeOf(fileName),
    file_size: size,
    file_source: bytes ? 'internal' : 'external',
    file_type: typeof b.file_type === 'string' ? b.file_type : '',
    file_url: url,
    created_at: now,
    last_revision_id: store.nextId('rev'),
    last_revision_agent_id: 0,
    last_revision_created_at: now,
    origin: origin(b.origin),
    tag_codes: Array.isArray(b.tag_codes) ? [...new Set(b.tag_codes as string[])] : [],
  };
  store.documents.set(id, { document, bytes });
  store.addEvent(customerId, 'document_added', 'document added');
  return { json: document };
}

/** Type checks of the fields Upload and Update share; an Algoreg-like 400 for the first bad one. */
function checkMeta(b: Json): SandboxReply | undefined {
  for (const key of ['display_name', 'file_name', 'file_type'] as const) {
    if (b[key] !== undefined && typeof b[key] !== 'string') {
      return apiError(400, 'invalid_body', `${key} must be a string`);
    }
  }
  if (
    b.tag_codes !== undefined &&
    (!Array.isArray(b.tag_codes) || !b.tag_codes.every((t) => typeof t === 'string' && t))
  ) {
    return apiError(400, 'invalid_body', 'tag_codes must be a list of codes');
  }
  if (b.origin !== undefined && (typeof b.origin !== 'object' || b.origin === null)) {
    return apiError(400, 'invalid_body', 'origin must be an object');
  }
  return undefined;
}

function origin(v: unknown): Json {
  const o = (v && typeof v === 'object' ? v : {}) as Json;
  return {
    type: typeof o.type === 'string' || typeof o.type === 'number' ? o.type : 'api',
    value: o.value ?? '',
  };
}

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
/** Epoch filters: seconds, or milliseconds when the value is that large. */
const seconds = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? (v > 1e11 ? v / 1000 : v) : undefined;

function documentMatches(d: Json, f: Json): boolean {
  if (typeof f.customer_external_id === 'string' && f.customer_external_id) {
    if (d.customer_external_id !== f.customer_external_id) return false;
  }
  if (typeof f.display_name === 'string' && f.display_name) {
    if (!lower(d.display_name).includes(f.display_name.toLowerCase())) return false;
  }
  if (typeof f.file_name === 'string' && f.file_name) {
    if (!lower(d.file_name).includes(f.file_name.toLowerCase())) return false;
  }
  const types = strings(f.file_types);
  if (types.length && !types.includes(String(d.file_type))) return false;
  const tags = strings(f.tags);
  if (tags.length && !strings(d.tag_codes).some((t) => tags.includes(t))) return false;
  const min = seconds(f.min_created_at);
  if (min !== undefined && Number(d.created_at) < min) return false;
  const max = seconds(f.max_created_at);
  if (max !== undefined && Number(d.created_at) > max) return false;
  return true;
}

/** RFC 6266: an ASCII fallback name and the exact UTF-8 one. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
