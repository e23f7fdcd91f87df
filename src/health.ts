import { setTimeout as delay } from 'node:timers/promises';
import { routeKey } from './algoreg/endpoints.ts';
import type { GatewayDeps, Route } from './gateway.ts';

/** Set by a graceful shutdown, so load balancers stop sending traffic before the server stops. */
export interface Lifecycle {
  draining: boolean;
}

/** The longest /ready waits for a token call before answering from what it knows. */
const TOKEN_WAIT_MS = 30;
const TOKEN_ROUTE = routeKey('token');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

/**
 * `GET /health`: the process is alive (200 while it runs). `GET /ready`: it should get traffic
 * (200) or not (503): not while draining, not without an Algoreg token (cached, or obtained within
 * a few ms; a slower token call keeps going and the next probe sees it), not when every breaker
 * that has seen calls is open. Both answer well under 50 ms and without client authentication, for
 * load balancers and Kubernetes probes; they say nothing of data, routes or configuration values.
 */
export function healthRoute(lifecycle: Lifecycle): Route {
  return async (request, deps) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    if (path === '/health') return json(200, { status: 'alive' });
    if (path !== '/ready') return undefined;
    const checks = {
      config: 'ok',
      shutdown: lifecycle.draining ? 'draining' : 'ok',
      algoregToken: await tokenCheck(deps),
      breakers: breakersCheck(deps),
    };
    const ready = Object.values(checks).every((v) => v === 'ok');
    // Without Redis a replica still answers queries (the cache misses, events stay local): it
    // says so, and stays in rotation rather than taking every replica out with Redis.
    const redis = deps.live?.redisStatus() ?? 'in-process';
    const degraded = ready && redis === 'unavailable';
    return json(ready ? 200 : 503, {
      status: ready ? (degraded ? 'degraded' : 'ready') : 'not ready',
      checks: { ...checks, redis },
    });
  };
}

async function tokenCheck(deps: GatewayDeps): Promise<string> {
  // Only the OAuth2 flow has credentials to obtain: Basic sends the same ones on every call, and
  // with `forward` each caller brings theirs.
  if (deps.config.upstream.auth !== 'token') return 'ok';
  // Answers at once from a cached token; else it has the token call start (one in flight at most).
  const obtained = deps.connection.auth.authorization().then(
    () => 'ok',
    () => 'failing',
  );
  return Promise.race([obtained, delay(TOKEN_WAIT_MS, 'pending')]);
}

function breakersCheck(deps: GatewayDeps): string {
  const states = Object.entries(deps.connection.http.breakerStates()).filter(([r]) => r !== TOKEN_ROUTE);
  const open = states.filter(([, s]) => s === 'open').length;
  return states.length > 0 && open === states.length ? 'all open' : 'ok';
}
