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

/**
 * `GET /documents/:id/download` (the paths of `downloadPath()` in files.ts): streams a file's
 * bytes from Algoreg to the client, never holding the file whole. The same door as /graphql (the
 * caller, their rate limit), the scope of the kind (`read:documents`, `chat`), and one audit event
 * per download whatever its outcome. Answers 404 when Algoreg has no such file, 502 with a generic
 * body when Algoreg fails (never its body).
 */
export const downloadRoute: Route = async (request, deps) => {
  const target = parseDownloadPath(new URL(request.url).pathname);
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
  const refusal = await door.admit(request, state);
  if (refusal) {
    audit('refused', refusal.code);
    return refusalResponse(refusal);
  }
  if ('problem' in target) {
    audit('refused', 'BAD_USER_INPUT');
    return json(400, 'BAD_USER_INPUT', target.problem);
  }
  const { kind, id } = target;
  const caller = state.caller!;
  if (!caller.scopes.has(SCOPE[kind])) {
    audit('refused', 'FORBIDDEN');
    return json(403, 'FORBIDDEN', `Downloading this needs the ${SCOPE[kind]} scope.`);
  }

  // With ALGOREG_AUTH=forward the file is read with the caller's own Algoreg credentials.
  let trace: UpstreamTrace | undefined;
  if (caller.algoregAuthorization) {
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
