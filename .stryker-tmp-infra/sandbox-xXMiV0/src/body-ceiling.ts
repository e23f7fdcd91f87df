// @ts-nocheck
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Yoga's ceiling on a request body (its `maxRequestBodySize`), less one cost: Yoga's own plugin
 * pipes every body through a counting TransformStream and copies the request, even when the
 * Content-Length already says the body is within the ceiling (Node's HTTP parser delivers no more
 * than that). That pipe, its Request copy and the DOMException its pipeline abort creates at the
 * end were ~3 % of the gateway's CPU on a small query. Here a body with a valid Content-Length is
 * checked by its header alone; one without (chunked) is counted as it streams, as Yoga counts it.
 * Same errors as Yoga's. Installed last, where Yoga installs its own (`maxRequestBodySize: false`).
 */
export function bodyCeilingPlugin(limit: number): Plugin {
  return { onRequestParse: (payload) => limitBody(payload, limit, tooLarge) };
}

type RequestParse = Parameters<NonNullable<Plugin['onRequestParse']>>[0];

/**
 * Refuses a request body over `limit` bytes with `tooLarge()`: by its Content-Length when it says
 * one (Node's HTTP parser delivers no more than that), else counted as it streams. The door's JSON
 * limit and the body ceiling both use it.
 */
export function limitBody(
  { request, requestParser, setRequestParser, fetchAPI }: RequestParse,
  limit: number,
  tooLarge: () => Error,
): void {
  const contentLength = request.headers.get('content-length');
  if (contentLength != null) {
    if (!CONTENT_LENGTH_RE.test(contentLength)) throw invalidContentLength();
    if (Number(contentLength) > limit) throw tooLarge();
    return;
  }
  if (requestParser == null || request.body == null) return;
  const parse = requestParser;
  setRequestParser((req) => parse(counted(req, limit, tooLarge, fetchAPI)));
}

/** Only a single non-negative integer is a valid Content-Length (as Yoga checks it). */
const CONTENT_LENGTH_RE = /^\d+$/;

const tooLarge = () =>
  new GraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });
const invalidContentLength = () =>
  new GraphQLError('Content-Length header is invalid.', {
    extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
  });

/** The request with its body erroring with `tooLarge()` past `limit` bytes (Yoga's `limitRequestBodySize`). */
function counted(
  request: Request,
  limit: number,
  tooLarge: () => Error,
  fetchAPI: { TransformStream: typeof TransformStream; Request: typeof Request },
): Request {
  const body = request.body;
  if (!body) return request;
  // The native stream needs the native TransformStream (graphql-yoga issue 4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) {
          controller.error(tooLarge());
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}
