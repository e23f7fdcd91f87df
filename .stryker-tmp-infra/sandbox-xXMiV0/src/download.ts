// @ts-nocheck
import { Readable } from 'node:stream';
import { type AlgoregClient, createAlgoregClient, UpstreamTrace } from './algoreg/client.ts';
import { AlgoregError } from './algoreg/errors.ts';
import type { StreamResponse } from './algoreg/http.ts';
import { refusalResponse } from './callers/door.ts';
import type { Scope } from './callers/scopes.ts';
import {
  contentDisposition,
  type DownloadKind,
  fileNameFromDisposition,
  parseDownloadPath,
  servedMime,
} from './files.ts';
import type { Route } from './gateway.ts';

/** How each kind of file is read from Algoreg; null when Algoreg has no such file. */
const READERS: Record<DownloadKind, (algoreg: AlgoregClient, id: string) => Promise<StreamResponse | null>> =
  {
    document: (algoreg, id) => algoreg.document.download(id),
    attachment: (algoreg, id) => algoreg.chat.downloadAttachment(id),
  };

/** The scope each kind of download needs. */
const SCOPE: Record<DownloadKind, Scope> = { document: 'read:documents', attachment: 'chat' };

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/** Why a download link is refused (403), for a page to tell "ask for a fresh link" from a broken one. */
const REFUSALS = {
  expired: {
    code: 'DOWNLOAD_LINK_EXPIRED',
    message: 'This download link has expired: query `downloadUrl` again for a fresh one.',
  },
  invalid: {
    code: 'DOWNLOAD_LINK_INVALID',
    message: 'This download link is not valid for this file: query `downloadUrl` again.',
  },
} as const;

/**
 * `GET /documents/:id/download` (the paths of `downloadPath()` in files.ts): streams a file's
 * bytes from Algoreg to the client, never holding the file whole. A signed link (what
 * `downloadUrl` gives) is its own credential until it expires, so `<a href>` works under caller
 * authentication; an expired or altered one is refused (403) before anything is sent upstream. The
 * bare path goes through the same door as /graphql (the caller, their rate limit) and needs the
 * scope of the kind (`read:documents`, `chat`). One audit event per download whatever its outcome.
 * Answers 404 when Algoreg has no such file, 502 with a generic body when Algoreg fails (never its
 * body).
 */
export const downloadRoute: Route = async (request, deps) => {
  const target = parseDownloadPath(new URL(request.url), deps.config.downloads);
  if (!target || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
  const { door } = deps;
  const state = door.state(request);
  const operation = `${target.kind}.download`;
  const audit = (outcome: 'success' | 'refused' | 'failed', code?: string) =>
    door.record(state, {
      action: 'download',
      operation,
      targets: 'id' in target ? { id: [target.id] } : {},
      outcome,
      code,
    });
  if ('refused' in target) {
    const { code, message } = REFUSALS[target.refused];
    audit('refused', code);
    return json(403, code, message);
  }
  if ('problem' in target) {
    audit('refused', 'BAD_USER_INPUT');
    return json(400, 'BAD_USER_INPUT', target.problem);
  }
  // A signed link was issued to a caller allowed to read the file; it says who only through its
  // audit trail. Forwarded Algoreg credentials cannot travel in a link, so that mode needs the door.
  const signed = 'access' in target && target.access === 'signed' && deps.config.upstream.auth !== 'forward';
  if (!signed) {
    const refusal = await door.admit(request, state);
    if (refusal) {
      audit('refused', refusal.code);
      return refusalResponse(refusal);
    }
  }
  const { kind, id } = target;
  const caller = state.caller;
  if (!signed && !caller?.scopes.has(SCOPE[kind])) {
    audit('refused', 'FORBIDDEN');
    return json(403, 'FORBIDDEN', `Downloading this needs the ${SCOPE[kind]} scope.`);
  }

  // With ALGOREG_AUTH=forward the file is read with the caller's own Algoreg credentials.
  let trace: UpstreamTrace | undefined;
  if (caller?.algoregAuthorization) {
    trace = new UpstreamTrace();
    trace.authorization = caller.algoregAuthorization;
  }
  let upstream: StreamResponse | null;
  try {
    upstream = await READERS[kind](createAlgoregClient(deps.connection, trace), id);
  } catch (error) {
    const code = error instanceof AlgoregError ? error.code : 'INTERNAL_SERVER_ERROR';
    deps.logger.warn({ code, route: 'download', kind, requestId: state.requestId }, 'download failed');
    audit('failed', code);
    return json(502, code, `The ${kind} could not be read from Algoreg; retry later.`);
  }
  if (!upstream) {
    audit('failed', 'NOT_FOUND');
    return json(404, 'NOT_FOUND', `No ${kind} with this id.`);
  }
  audit('success');

  const name = fileNameFromDisposition(upstream.contentDisposition) ?? `${kind}-${id}`;
  const headers: Record<string, string> = {
    'content-type': servedMime(upstream.contentType),
    'content-disposition': contentDisposition(name, kind),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    // The link is a credential until it expires: never hand it on as a Referer.
    'referrer-policy': 'no-referrer',
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
