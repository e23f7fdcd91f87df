// @ts-nocheck
import { Pool } from 'undici';
import { buildPath, endpoints, type OperationName } from '../../src/algoreg/endpoints.ts';
import { UpstreamTrace } from '../../src/algoreg/trace.ts';

/** How the direct and naive ways reach Algoreg: the gateway's pool settings, so only the code differs. */
export interface DirectOptions {
  baseUrl: string;
  user: string;
  key: string;
  /** Keep-alive sockets in the pool (the gateway's ALGOREG_CONNECTIONS). */
  connections: number;
  /** Calls one request may have in flight at once (the gateway's ALGOREG_CONCURRENCY). */
  concurrency: number;
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
}

/** One request's view of Algoreg: calls counted, and round trips measured as the gateway does. */
export interface Upstream {
  /** Calls an operation; its parsed JSON, or null on 404. Any other failure throws. */
  // biome-ignore lint/suspicious/noExplicitAny: hand-written code reads Algoreg's JSON untyped, as a team would
  call(name: OperationName, call?: Call): Promise<any>;
  /** Calls in flight at once that this request may use. */
  concurrency: number;
  trace: UpstreamTrace;
}

/**
 * A hand-written Algoreg client, the way a team without the gateway would write one: one undici
 * pool, one token from `POST /api/v1/token` reused for every call (renewed once on a 401), JSON
 * in and out, no validation layer.
 */
export class DirectAlgoreg {
  private readonly pool: Pool;
  private readonly origin: string;
  private token: Promise<string> | undefined;

  private readonly opts: DirectOptions;

  constructor(opts: DirectOptions) {
    this.opts = opts;
    this.origin = new URL(opts.baseUrl).origin;
    this.pool = new Pool(this.origin, {
      connections: opts.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
    });
  }

  /** A fresh per-request view, with its own trace. */
  upstream(): Upstream {
    const trace = new UpstreamTrace();
    return {
      call: (name, call = {}) => this.call(trace, name, call),
      concurrency: this.opts.concurrency,
      trace,
    };
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private authorization(): Promise<string> {
    this.token ??= this.send('token', {
      body: { grant_type: 'password', username: this.opts.user, password: this.opts.key },
    }).then(async ({ statusCode, body }) => {
      if (statusCode !== 200) throw new Error(`token call answered ${statusCode}`);
      return `Bearer ${((await body.json()) as { access_token: string }).access_token}`;
    });
    return this.token;
  }

  private async call(
    trace: UpstreamTrace,
    name: OperationName,
    call: Call,
    renewed = false,
  ): Promise<unknown> {
    const authorization = await this.authorization();
    trace.begin(`${endpoints[name].method} ${endpoints[name].path}`);
    let res: Awaited<ReturnType<DirectAlgoreg['send']>>;
    try {
      res = await this.send(name, call, authorization);
    } finally {
      trace.end();
    }
    if (res.statusCode === 401 && !renewed) {
      await res.body.dump();
      this.token = undefined;
      return this.call(trace, name, call, true);
    }
    if (res.statusCode === 404) {
      await res.body.dump();
      return null;
    }
    if (res.statusCode >= 400) {
      await res.body.dump();
      throw new Error(`${name} answered ${res.statusCode}`);
    }
    return res.body.json();
  }

  private send(name: OperationName, call: Call, authorization?: string) {
    const { method } = endpoints[name];
    const query = call.query
      ? `?${new URLSearchParams(Object.entries(call.query).map(([k, v]) => [k, String(v)]))}`
      : '';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    if (method === 'POST') headers['content-type'] = 'application/json';
    return this.pool.request({
      method,
      path: buildPath(name, call.params) + query,
      headers,
      body: method === 'POST' ? JSON.stringify(call.body ?? {}) : undefined,
    });
  }
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping order (what Promise.all would, capped). */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
