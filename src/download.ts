import { Readable } from 'node:stream';
import { createAlgoregClient } from './algoreg/client.ts';
import { AlgoregError } from './algoreg/errors.ts';
import { isAuthorized, type Route } from './gateway.ts';
import { sanitizeFileName } from './schema/document.ts';

const PATH = /^\/documents\/([^/]+)\/download$/;

/** A MIME type we pass on as is; anything else goes out as a generic binary. */
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/**
 * `GET /documents/:id/download`: streams a document's bytes from Algoreg (Download document) to the
 * client, never holding the file whole. Same client authentication as /graphql. Answers 404 when
 * Algoreg has no such document, 502 with a generic body when Algoreg fails (never its body).
 */
export const downloadRoute: Route = async (request, deps) => {
  const url = new URL(request.url);
  const match = PATH.exec(url.pathname);
  if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
  if (!isAuthorized(request, deps.config)) {
    return json(
      401,
      'UNAUTHENTICATED',
      'Missing or invalid API token: send `Authorization: Bearer <token>`.',
      {
        'www-authenticate': 'Bearer',
      },
    );
  }
  let id: string;
  try {
    id = decodeURIComponent(match[1] ?? '');
  } catch {
    return json(400, 'BAD_USER_INPUT', 'The document id in the URL is not valid.');
  }
  if (!id.trim()) return json(400, 'BAD_USER_INPUT', 'The document id in the URL is empty.');

  let upstream: Awaited<ReturnType<ReturnType<typeof createAlgoregClient>['document']['download']>>;
  try {
    upstream = await createAlgoregClient(deps.connection, undefined).document.download(id);
  } catch (error) {
    const code = error instanceof AlgoregError ? error.code : 'INTERNAL_SERVER_ERROR';
    deps.logger.warn({ code, route: 'GET /documents/:id/download' }, 'document download failed');
    return json(502, code, 'The document could not be read from Algoreg; retry later.');
  }
  if (!upstream) return json(404, 'NOT_FOUND', 'No document with this id.');

  const type = upstream.contentType?.split(';')[0]?.trim() ?? '';
  const headers: Record<string, string> = {
    'content-type': MIME.test(type) ? type : 'application/octet-stream',
    'content-disposition': contentDisposition(fileNameFrom(upstream.contentDisposition) ?? `document-${id}`),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
  if (upstream.contentLength !== undefined && Number.isSafeInteger(upstream.contentLength)) {
    headers['content-length'] = String(upstream.contentLength);
  }
  if (request.method === 'HEAD') {
    upstream.body.destroy();
    return new Response(null, { status: 200, headers });
  }
  const body = Readable.toWeb(upstream.body) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
};

/** The file name an upstream `Content-Disposition` gives (`filename*` first), if any. */
export function fileNameFrom(header: string | undefined): string | undefined {
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
 * RFC 6266 `attachment`: the sanitised name (no path parts, controls or quotes) as an ASCII
 * fallback `filename`, and exactly as RFC 5987 `filename*`.
 */
export function contentDisposition(name: string): string {
  const safe = sanitizeFileName(name) || 'document';
  const ascii = safe.replace(/[^\x20-\x7e]|[\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
