// @ts-nocheck
import type { Plugin } from 'graphql-yoga';
import { CSRF_HEADERS } from './callers/plugins.ts';
import type { Config } from './config.ts';

/** Request headers a cross-origin page may send (preflight answer). */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-request-id',
  // ALGOREG_AUTH=forward, and the CSRF-prevention headers a multipart upload must carry.
  'x-algoreg-authorization',
  ...CSRF_HEADERS,
].join(', ');
/** Response headers a cross-origin page may read besides the safelisted ones (downloads name their file). */
const EXPOSED_HEADERS = 'content-disposition, content-length';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** How long a browser may reuse a preflight answer, in seconds (Chromium caps it at 2 hours). */
const PREFLIGHT_MAX_AGE_S = '600';

/** Whether `origin` may call this gateway from a browser: same-origin, or allowed by CORS_ORIGINS. */
function isAllowed(origin: string, request: Request, cors: Config['cors']): boolean {
  if (cors.anyOrigin || cors.origins.includes(origin)) return true;
  // Same-origin (GraphiQL, a page served beside the gateway): the Origin's host is the Host the
  // request came to. The scheme is left out on purpose: behind a TLS-terminating proxy the gateway
  // sees http while the page is https, and the host alone already names this server.
  try {
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false; // `Origin: null` (sandboxed frames, file: pages) and anything malformed
  }
}

/**
 * CORS with an allowlist, replacing Yoga's default (which echoes any origin with credentials).
 * A request from an origin that is neither same-origin nor listed is refused with 403 before
 * anything runs (so a cross-site form or GET cannot act either); an allowed one gets its origin
 * echoed with credentials, or `*` without credentials when CORS_ORIGINS is `*`. Requests without
 * an `Origin` (curl, servers, navigations) pass untouched.
 */
export function corsPlugin(cors: Config['cors']): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const origin = request.headers.get('origin');
      if (origin === null) return;
      if (!isAllowed(origin, request, cors)) {
        endResponse(
          new Response(
            JSON.stringify({
              errors: [
                {
                  message:
                    'This origin may not call the gateway from a browser: add it to CORS_ORIGINS on the gateway.',
                  extensions: { code: 'ORIGIN_NOT_ALLOWED' },
                },
              ],
            }),
            {
              status: 403,
              headers: { 'content-type': 'application/json; charset=utf-8', vary: 'Origin' },
            },
          ),
        );
        return;
      }
      if (request.method === 'OPTIONS' && request.headers.has('access-control-request-method')) {
        endResponse(
          new Response(null, {
            status: 204,
            headers: {
              'content-length': '0',
              'access-control-allow-methods': ALLOWED_METHODS,
              'access-control-allow-headers': ALLOWED_HEADERS,
              'access-control-max-age': PREFLIGHT_MAX_AGE_S,
            },
          }),
        );
      }
    },
    onResponse({ request, response }) {
      // Every answer may differ by Origin, so shared caches must key on it.
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().includes('origin'))
        response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
      const origin = request.headers.get('origin');
      if (origin === null || !isAllowed(origin, request, cors)) return;
      if (cors.anyOrigin) {
        // Never `*` with credentials: a browser would refuse it, and it would hand any site the caller's cookies.
        response.headers.set('access-control-allow-origin', '*');
      } else {
        response.headers.set('access-control-allow-origin', origin);
        response.headers.set('access-control-allow-credentials', 'true');
      }
      response.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    },
  };
}
