import { Readable } from 'node:stream';
import { createAlgoregClient } from './algoreg/client.ts';
import { AlgoregError } from './algoreg/errors.ts';
import type { StreamResponse } from './algoreg/http.ts';
import { contentDisposition, fileNameFrom } from './download.ts';
import { isAuthorized, type Route } from './gateway.ts';

const PATH = /^\/attachments\/([^/]+)\/download$/;
const ROUTE = 'GET /attachments/:id/download';

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/** A MIME type passed on as is; anything else goes out as a generic binary (as for documents). */
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/**
 * The file headers of a download: the type (when it is a plain MIME type), a safe RFC 6266 name,
 * the length, and no sniffing or scripting by the browser. One function, so that it can be swapped
 * for src/files.ts once the document download checks move there.
 */
function fileHeaders(upstream: StreamResponse, attachmentId: string): Record<string, string> {
  const type = upstream.contentType?.split(';')[0]?.trim() ?? '';
  const headers: Record<string, string> = {
    'content-type': MIME.test(type) ? type : 'application/octet-stream',
    'content-disposition': contentDisposition(
      fileNameFrom(upstream.contentDisposition) ?? `attachment-${attachmentId}`,
    ),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
  if (upstream.contentLength !== undefined && Number.isSafeInteger(upstream.contentLength)) {
    headers['content-length'] = String(upstream.contentLength);
  }
  return headers;
}

/**
 * `GET /attachments/:id/download`: streams a Go!Chat attachment from Algoreg (Download attachment)
 * to the client, never holding the file whole. The same client authentication as /graphql and as
 * document downloads. 404 when Algoreg has no such attachment, 502 with a generic body when it fails.
 */
export const attachmentDownloadRoute: Route = async (request, deps) => {
  const match = PATH.exec(new URL(request.url).pathname);
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
    return json(400, 'BAD_USER_INPUT', 'The attachment id in the URL is not valid.');
  }
  if (!id.trim()) return json(400, 'BAD_USER_INPUT', 'The attachment id in the URL is empty.');

  let upstream: StreamResponse | null;
  try {
    upstream = await createAlgoregClient(deps.connection, undefined).chat.downloadAttachment(id);
  } catch (error) {
    const code = error instanceof AlgoregError ? error.code : 'INTERNAL_SERVER_ERROR';
    deps.logger.warn({ code, route: ROUTE }, 'attachment download failed');
    return json(502, code, 'The attachment could not be read from Algoreg; retry later.');
  }
  if (!upstream) return json(404, 'NOT_FOUND', 'No attachment with this id.');

  const headers = fileHeaders(upstream, id);
  if (request.method === 'HEAD') {
    upstream.body.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(Readable.toWeb(upstream.body) as ReadableStream<Uint8Array>, { status: 200, headers });
};
