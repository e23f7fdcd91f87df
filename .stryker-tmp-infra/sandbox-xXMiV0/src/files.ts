/**
 * What an uploaded or downloaded file is: its type recognised from its first bytes, the checks an
 * upload passes before anything is sent to Algoreg, safe file names, and the gateway's download
 * URLs (built and parsed here, so the two cannot disagree). Knows neither GraphQL nor Algoreg:
 * the schema and the download route both use it, and so can any product that takes or serves
 * files (documents, chat attachments, identity-check images).
 */
// @ts-nocheck


import { createHmac, timingSafeEqual } from 'node:crypto';

// ---------------------------------------------------------------------------------------------
// Type sniffing.

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
 * the gateway knows (PDF, PNG, JPEG, HEIC, TIFF). The declared type and the name are never trusted.
 */
function sniffMime(b: Uint8Array): string | null {
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
// Names.

// Control characters (C0, DEL, C1), invisible format characters such as the bidirectional
// overrides that disguise an extension, and characters that break headers, shells or paths.
const UNSAFE = /[\p{Cc}\p{Cf}"'`<>:*?|\\/;]/gu;
const MAX_NAME = 200;

/**
 * A file name safe to store and to send back in a header: the last path segment only, without
 * control characters, quotes or separators, not hidden, at most 200 characters, extension kept.
 * May be empty.
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
function withExtension(name: string, mime: string, fallback: string): string {
  const wanted = EXTENSIONS[mime] ?? [];
  const m = /^(.*)\.([A-Za-z0-9]{1,10})$/.exec(name);
  const stem = m?.[1] || (m ? '' : name) || fallback;
  const ext = m?.[2]?.toLowerCase();
  if (ext && wanted.includes(ext)) return name;
  const known = ext && Object.values(EXTENSIONS).some((list) => list.includes(ext));
  return `${known ? stem : name || fallback}.${wanted[0] ?? 'bin'}`;
}

/**
 * A multipart file name as sent: browsers and fetch percent-encode `"`, CR and LF in it (HTML's
 * multipart/form-data encoding), and the parser leaves them encoded.
 */
const multipartName = (name: string) =>
  name.replace(/%(22|0d|0a)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** The sanitised last path segment of a URL (percent-decoded), or `fallback` when there is none. */
export function fileNameFromUrl(url: URL, fallback = 'file'): string {
  let last = url.pathname.split('/').pop() ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep it encoded
  }
  return sanitizeFileName(last) || fallback;
}

// ---------------------------------------------------------------------------------------------
// Upload checks.

/** One problem with an uploaded file, named by its input field (the shape of an input issue). */
export interface FileIssue {
  field: string;
  message: string;
}

/** What a product accepts. */
export interface UploadRules {
  /** Input field the issues name, e.g. `input.file` or `input.attachments[2]`. */
  field: string;
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** Setting that holds `maxBytes`, named in the message (e.g. `MAX_UPLOAD_BYTES`). */
  maxBytesSetting?: string;
  /** MIME types accepted, as `sniffMime` names them. */
  allowedMimes: readonly string[];
}

/** A file that passed `checkUpload`. Its `size` and `open` are what an upload call streams. */
export interface CheckedFile {
  /** The type recognised from the first bytes. */
  mime: string;
  /** Sanitised, with the extension of its real content. */
  name: string;
  size: number;
  /** A fresh stream of the bytes on each call. */
  open: () => AsyncIterable<Uint8Array>;
}

/** The outcome of `checkUpload`: the checked file, or why it is refused. */
export type UploadCheck =
  | { file: CheckedFile; issues?: undefined }
  | { file?: undefined; issues: FileIssue[] };

/** The size check alone, for a file given by reference: the issue, or null when it passes. */
export function checkSize(
  size: number,
  rules: Pick<UploadRules, 'field' | 'maxBytes' | 'maxBytesSetting'>,
): FileIssue | null {
  if (size < 0) return { field: rules.field, message: 'must not be negative' };
  if (size > rules.maxBytes) {
    const setting = rules.maxBytesSetting ? ` (${rules.maxBytesSetting})` : '';
    return {
      field: rules.field,
      message: `is ${size} bytes; the largest file accepted is ${rules.maxBytes} bytes${setting}`,
    };
  }
  return null;
}

/**
 * Every check of an uploaded file, before anything is sent anywhere: not empty, at most
 * `maxBytes`, of an allowed type recognised from its first bytes (only those are read), and a safe
 * name (`name` when given, else the upload's own) with the extension of its real content.
 */
export async function checkUpload(
  file: File,
  rules: UploadRules & { name?: string | null; fallbackName?: string },
): Promise<UploadCheck> {
  const refuse = (message: string) => ({ issues: [{ field: rules.field, message }] });
  if (file.size === 0) return refuse('is empty');
  const tooBig = checkSize(file.size, rules);
  if (tooBig) return { issues: [tooBig] };
  const mime = sniffMime(await firstBytes(file, SNIFF_BYTES));
  if (!mime || !rules.allowedMimes.includes(mime)) {
    return refuse(
      `${mime ? `is ${mime}, which` : 'is of a type that'} is not accepted; accepted: ${rules.allowedMimes.join(', ')} (recognised from the content, not the name)`,
    );
  }
  const name = sanitizeFileName(rules.name ?? multipartName(file.name));
  return {
    file: {
      mime,
      name: withExtension(name, mime, rules.fallbackName ?? 'file'),
      size: file.size,
      open: () => file.stream() as unknown as AsyncIterable<Uint8Array>,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Downloads.

/** What the gateway serves for download, and the first segment of its URL path. */
const DOWNLOAD_SEGMENTS = { document: 'documents', attachment: 'attachments' } as const;

export type DownloadKind = keyof typeof DOWNLOAD_SEGMENTS;

/** The key and lifetime of download links (`Config['downloads']`). */
export interface DownloadSigning {
  /** HMAC-SHA256 key. */
  secret: string;
  /** Lifetime of a link, in seconds. */
  ttlS: number;
}

/**
 * The signature of a link to one file until `expires` (Unix seconds): HMAC-SHA256 over the kind,
 * the id and the expiry, so a link opens only that file, only until then. Lines cannot be forged
 * by an id holding a newline: the kind comes first and cannot hold one, the expiry last is digits.
 */
const signature = (secret: string, kind: DownloadKind, id: string, expires: number) =>
  createHmac('sha256', secret).update(`${kind}\n${id}\n${expires}`).digest('base64url');

/**
 * The gateway path (with its query) that streams a file: `/documents/<id>/download` or
 * `/attachments/<id>/download`, signed with `?expires=<Unix s>&signature=<base64url HMAC>` so that
 * a plain `<a href>` opens it without an `Authorization` header, for `signing.ttlS` seconds.
 */
export function downloadPath(
  kind: DownloadKind,
  id: string,
  signing: DownloadSigning,
  now = Date.now(),
): string {
  const expires = Math.floor(now / 1000) + signing.ttlS;
  const sig = signature(signing.secret, kind, id, expires);
  return `/${DOWNLOAD_SEGMENTS[kind]}/${encodeURIComponent(id)}/download?expires=${expires}&signature=${sig}`;
}

const DOWNLOAD_PATH = /^\/([^/]+)\/([^/]+)\/download$/;

/**
 * What `downloadPath` made, read back and checked:
 * - `access: 'signed'`: a link whose signature holds for this kind and id and has not expired;
 * - `access: 'unsigned'`: the bare path, which needs the same authentication as /graphql;
 * - `refused`: a link that has expired, or whose signature does not match (altered, or moved to
 *   another file or kind) — nothing may be fetched for it;
 * - `problem`: a bare path with an id that cannot be read;
 * - null for any other path.
 */
export function parseDownloadPath(
  url: URL,
  signing: DownloadSigning,
  now = Date.now(),
):
  | { kind: DownloadKind; id: string; access: 'signed' | 'unsigned' }
  | { kind: DownloadKind; refused: 'expired' | 'invalid' }
  | { kind: DownloadKind; problem: string }
  | null {
  const match = DOWNLOAD_PATH.exec(url.pathname);
  const kind = (Object.keys(DOWNLOAD_SEGMENTS) as DownloadKind[]).find(
    (k) => DOWNLOAD_SEGMENTS[k] === match?.[1],
  );
  if (!match || !kind) return null;
  const expires = url.searchParams.get('expires');
  const given = url.searchParams.get('signature');
  const signed = expires !== null || given !== null;
  let id: string;
  try {
    id = decodeURIComponent(match[2] ?? '');
  } catch {
    return signed
      ? { kind, refused: 'invalid' }
      : { kind, problem: `The ${kind} id in the URL is not valid.` };
  }
  if (!signed) {
    return id.trim()
      ? { kind, id, access: 'unsigned' }
      : { kind, problem: `The ${kind} id in the URL is empty.` };
  }
  if (!expires || !/^\d{1,12}$/.test(expires) || !given) return { kind, refused: 'invalid' };
  // Compared as text, not decoded bytes: base64 decoding ignores a last character's spare bits, and
  // an altered link must not pass. Constant time, so timing says nothing about the signature.
  const expected = Buffer.from(signature(signing.secret, kind, id, Number(expires)));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { kind, refused: 'invalid' };
  if (Number(expires) * 1000 <= now) return { kind, refused: 'expired' };
  return { kind, id, access: 'signed' };
}

/** A MIME type passed on as is; anything else goes out as a generic binary. */
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** The `Content-Type` to serve for an upstream one: its MIME type when well-formed, else binary. */
export function servedMime(contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim() ?? '';
  return MIME.test(type) ? type : 'application/octet-stream';
}

/** The file name an upstream `Content-Disposition` gives (`filename*` first), if any. */
export function fileNameFromDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star?.[2]) {
    try {
      return decodeURIComponent(star[2].trim());
    } catch {
      // fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
  const value = plain?.[2] ?? plain?.[1];
  return value ? value.replace(/\\(.)/g, '$1').trim() : undefined;
}

/**
 * RFC 6266 `attachment`: the sanitised name (no path parts, controls or quotes; `fallback` when
 * nothing is left) as an ASCII fallback `filename`, and exactly as RFC 5987 `filename*`.
 */
export function contentDisposition(name: string, fallback = 'file'): string {
  const safe = sanitizeFileName(name) || fallback;
  const ascii = safe.replace(/[^\x20-\x7e]|[\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
