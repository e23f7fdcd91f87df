import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import { type Dispatcher, Pool } from 'undici';
import type { z } from 'zod';
import type { ResilienceConfig } from '../config.ts';
import type { AuthProvider } from './auth.ts';
import { cacheKey, credentialIdentity, type ReadCache, readTags, writeTags } from './cache.ts';
import { buildPath, endpoints, type OperationName, routeKey } from './endpoints.ts';
import {
  AlgoregBadResponseError,
  AlgoregBudgetExceededError,
  AlgoregCircuitOpenError,
  type AlgoregError,
  AlgoregTimeoutError,
} from './errors.ts';
import { classify, failureOf, header } from './failures.ts';
import { Breakers, RetryBudget, retryDelays, type UpstreamObserver } from './resilience.ts';
import type { UpstreamSpans } from './spans.ts';
import type { UpstreamTrace } from './trace.ts';
import { readFast, SLOW } from './wire/fast.ts';

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON body; sent for POST calls. */
  body?: unknown;
  /**
   * A JSON body produced in pieces instead of `body` (large uploads), so it is never held whole.
   * `open` is called once per send, so a resend after a 401 gets a fresh stream.
   */
  jsonStream?: { open: () => AsyncIterable<Uint8Array>; length?: number };
  trace?: UpstreamTrace | undefined;
  /**
   * Applied to the answer's text before `JSON.parse`, e.g. to keep a number's exact digits (KYT
   * amounts) by making it a string: far cheaper than a reviver, which calls back for every value.
   */
  rewrite?: (text: string) => string;
}

export interface StreamResponse {
  status: number;
  contentType: string | undefined;
  contentLength: number | undefined;
  contentDisposition: string | undefined;
  body: Readable;
}

export interface HttpOptions {
  baseUrl: string;
  auth: AuthProvider;
  /**
   * Per-attempt timeout in ms: the whole call for JSON answers, until the headers and then between
   * chunks for streamed ones; never past the request's deadline.
   */
  timeoutMs: number;
  connectTimeoutMs: number;
  connections: number;
  /** Retries of safe operations after a retryable failure. */
  readRetries: number;
  resilience: ResilienceConfig;
  observer?: UpstreamObserver | undefined;
  /** OpenTelemetry spans of calls; absent when tracing is off. */
  spans?: UpstreamSpans | undefined;
  logger: Logger;
  /** The shared read cache and this connection's credential identity, when caching is on. */
  cache?: { store: ReadCache; identity: string } | undefined;
}

/**
 * What aborts one attempt (undici takes an EventEmitter as its `signal`): `abort` is emitted with
 * `reason` set. No `aborted` property: undici would then take it for an AbortSignal.
 */
type Abort = EventEmitter & { reason?: unknown };

/** Longest Retry-After the gateway waits out itself before it hands the 429 to the client. */
const MAX_INLINE_RETRY_AFTER_S = 1;

/** A 401 answered before anything was done: renew the credentials and resend. */
const RENEW = Symbol('renew');

/**
 * The HTTP layer: one keep-alive pool, precise per-attempt timeouts under the request's deadline,
 * authentication (with one renewal and one resend after a 401), a circuit breaker per route,
 * retries of safe operations only (jittered, within a retry budget), and every failure turned into
 * a typed AlgoregError. Knows nothing of GraphQL.
 */
export class AlgoregHttp {
  private readonly pool: Pool;
  private readonly origin: URL;
  /** The base URL's path, without its trailing slash: every call's path starts with it. */
  private readonly basePath: string;
  private readonly breakers: Breakers;
  private readonly budget: RetryBudget;
  private readonly observer: UpstreamObserver;

  private readonly opts: HttpOptions;

  constructor(opts: HttpOptions) {
    this.opts = opts;
    this.observer = opts.observer ?? {};
    this.breakers = new Breakers(opts.resilience, this.observer);
    this.budget = new RetryBudget(opts.resilience);
    this.origin = new URL(opts.baseUrl);
    this.basePath = this.origin.pathname.replace(/\/$/, '');
    this.pool = new Pool(this.origin.origin, {
      connections: opts.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connectTimeout: opts.connectTimeoutMs,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    });
  }

  /**
   * Calls an operation and parses its JSON answer with a wire schema. A read listed in the cache's
   * table is first looked up in the shared cache (a hit is parsed like a fresh answer and costs no
   * call); a fresh answer is stored unless one of its tags was evicted meanwhile.
   */
  async json<S extends z.ZodType>(
    name: OperationName,
    schema: S,
    call: CallOptions = {},
  ): Promise<z.output<S>> {
    const cache = this.opts.cache;
    const tags = cache && !call.jsonStream ? readTags(name, call) : undefined;
    if (!cache || !tags) {
      return this.withRetries(name, call, async (res, route) =>
        this.parse(await res.body.text(), res.statusCode, route, schema, call),
      );
    }
    // With ALGOREG_AUTH=forward each caller reads with their own Algoreg credentials: their entries
    // are keyed by those, so no caller is ever served another's answer.
    const forwarded = call.trace?.authorization;
    const identity = forwarded ? credentialIdentity(cache.identity, forwarded) : cache.identity;
    const key = cacheKey(identity, name, call);
    const entry = await cache.store.get(key, tags);
    if (entry.text !== undefined) {
      // Stryker disable next-line ConditionalExpression: every JSON read has a trace (context.ts); only downloads go without one, and they are never cached
      if (call.trace) call.trace.cacheHits += 1;
      return this.parse(entry.text, 200, routeKey(name), schema, call);
    }
    let text: string | undefined;
    const value = await this.withRetries(name, call, async (res, route) => {
      text = await res.body.text();
      return this.parse(text, res.statusCode, route, schema, call);
    });
    if (text !== undefined) await cache.store.set(key, text, entry.stamp);
    return value;
  }

  private parse<S extends z.ZodType>(
    text: string,
    status: number,
    route: string,
    schema: S,
    call: CallOptions,
  ): z.output<S> {
    let data: unknown;
    try {
      data = text.length === 0 ? {} : JSON.parse(call.rewrite ? call.rewrite(text) : text);
    } catch (cause) {
      throw new AlgoregBadResponseError({ route, status, cause });
    }
    // A one-pass reader where there is one (wire/fast.ts); the schema decides whenever it gives up.
    const fast = readFast(schema, data);
    if (fast !== SLOW) return fast as z.output<S>;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      // Paths only: the values may be customer data.
      const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').slice(0, 5);
      (call.trace?.logger ?? this.opts.logger).warn(
        { route, issuesAt: where },
        'algoreg answer does not match its wire schema',
      );
      throw new AlgoregBadResponseError({ route, status });
    }
    return parsed.data;
  }

  /** Calls an operation whose success answer has no body worth reading. */
  async empty(name: OperationName, call: CallOptions = {}): Promise<void> {
    await this.withRetries(name, call, async (res) => {
      await res.body.dump();
    });
  }

  /** Calls an operation and hands back the body as a stream (downloads). */
  async stream(name: OperationName, call: CallOptions = {}): Promise<StreamResponse> {
    return this.withRetries(name, call, async (res) => {
      const length = header(res.headers, 'content-length');
      return {
        status: res.statusCode,
        contentType: header(res.headers, 'content-type'),
        // Stryker disable next-line ConditionalExpression: Number(undefined) is NaN, which download.ts drops like undefined (not a safe integer); the type says what is meant
        contentLength: length === undefined ? undefined : Number(length),
        contentDisposition: header(res.headers, 'content-disposition'),
        body: res.body,
      };
    });
  }

  /** Sends one call without authentication (the token call itself). */
  async unauthenticated<S extends z.ZodType>(
    name: OperationName,
    schema: S,
    body: unknown,
  ): Promise<z.output<S>> {
    const route = routeKey(name);
    try {
      return await this.breakers.run(route, () =>
        this.attempt(name, { body }, undefined, route, this.opts.timeoutMs, async (res) => {
          if (res.statusCode >= 400) throw await failureOf(res, route);
          const text = await res.body.text();
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch (cause) {
            throw new AlgoregBadResponseError({ route, status: res.statusCode, cause });
          }
          const parsed = schema.safeParse(data);
          if (!parsed.success) throw new AlgoregBadResponseError({ route, status: res.statusCode });
          return parsed.data;
        }),
      );
    } catch (raw) {
      throw classify(raw, route);
    }
  }

  /** Whether reads may be served from a shared cache. */
  get cached(): boolean {
    return this.opts.cache !== undefined;
  }

  /** The state of each route's breaker that has seen a call (metrics, readiness). */
  breakerStates() {
    return this.breakers.states();
  }

  /** The pool's sockets and queue (metrics). */
  poolStats() {
    const { connected, free, pending, running, size } = this.pool.stats;
    return { connected, free, pending, running, queued: size };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private async withRetries<T>(
    name: OperationName,
    call: CallOptions,
    read: (res: Dispatcher.ResponseData, route: string) => Promise<T>,
  ): Promise<T> {
    const cache = this.opts.cache;
    const evicts = cache ? writeTags(name, call) : undefined;
    if (!cache || !evicts) return this.attempts(name, call, read);
    // A write evicts what it may have changed whatever its outcome (a timed-out write may have
    // landed), before its answer is handed back, so a read that follows sees the change.
    try {
      return await this.attempts(name, call, read);
    } finally {
      await cache.store.evict(evicts);
    }
  }

  private async attempts<T>(
    name: OperationName,
    call: CallOptions,
    read: (res: Dispatcher.ResponseData, route: string) => Promise<T>,
  ): Promise<T> {
    const endpoint = endpoints[name];
    const route = routeKey(name);
    const maxAttempts = endpoint.safe ? 1 + this.opts.readRetries : 1;
    const deadline = call.trace?.deadline ?? Number.POSITIVE_INFINITY;
    let delays: ReturnType<typeof retryDelays> | undefined;
    const logger = call.trace?.logger ?? this.opts.logger;
    let renewed = false;
    let counted = false;
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      let authorization: string | undefined;
      try {
        authorization = call.trace?.authorization ?? (await this.opts.auth.authorization());
        // Measured once the credentials are at hand (a token call may have taken the time left):
        // once the request's deadline has passed, nothing more is sent for it.
        const left = deadline - performance.now();
        if (left <= 0) throw new AlgoregTimeoutError({ route });
        if (!counted) this.budget.recordCall();
        counted = true;
        const sent = authorization;
        const outcome = await this.breakers.run(route, () =>
          this.attempt(name, call, sent, route, Math.min(this.opts.timeoutMs, left), async (res) => {
            if (res.statusCode === 401 && !renewed && !call.trace?.authorization) {
              await res.body.dump();
              return RENEW;
            }
            if (res.statusCode >= 400) throw await failureOf(res, route);
            return { value: await read(res, route) };
          }),
        );
        if (outcome === RENEW) {
          // Algoreg refused the credentials before doing anything: renew once and resend, which is
          // safe even for writes.
          renewed = true;
          this.opts.auth.invalidate(sent);
          attempt -= 1;
          continue;
        }
        return outcome.value;
      } catch (raw) {
        const error = classify(raw, route);
        let wait: number | undefined;
        if (error.retryable && attempt < maxAttempts && !(error instanceof AlgoregCircuitOpenError)) {
          // A Retry-After too long to wait out here is handed back to the client at once.
          delays ??= retryDelays();
          wait = error.retryAfter === undefined ? delays.next() : inlineWait(error.retryAfter);
          // No retry that could not end before the deadline, and none past the budget.
          // Stryker disable next-line EqualityOperator: performance.now() is a sub-microsecond float: a retry ending exactly at the deadline cannot be arranged, and would be as useless as one past it
          if (wait !== undefined && performance.now() + wait >= deadline) wait = undefined;
          if (wait !== undefined && !this.budget.tryRetry()) {
            // Stryker disable next-line OptionalChaining: the gateway always passes the metrics' observer, which has every hook; bench/limits.ts connects without one
            this.observer.retryDenied?.(route);
            wait = undefined;
          }
        }
        // A missing record is an everyday answer (e.g. `customer(externalId:)` → null), not a fault;
        // refusals of an open breaker are counted in metrics instead of flooding the log.
        const quiet = error.code === 'UPSTREAM_NOT_FOUND' || error instanceof AlgoregCircuitOpenError;
        const level = quiet ? 'debug' : 'warn';
        logger[level](
          {
            route,
            code: error.code,
            status: error.status,
            upstreamCodes: error.upstreamCodes.length ? error.upstreamCodes : undefined,
            attempt,
            ms: Math.round(performance.now() - started),
            willRetry: wait !== undefined,
          },
          'algoreg call failed',
        );
        if (wait === undefined) throw error;
        this.observer.retry?.(route, error.code);
        if (call.trace) call.trace.retries += 1;
        await delay(wait);
      }
    }
  }

  /**
   * One call, bounded by a precise timer over the whole attempt (the pool's own timeouts use
   * undici's coarse clock, which fires up to a second late): `read` runs under the same timer, and
   * a streamed body is left to the pool's between-chunks timeout once `read` has handed it back.
   * One cleared timer per call is cheap; `AbortSignal.timeout` is not (it outlives the call). The
   * timer aborts through an EventEmitter, which undici takes as a signal as it takes an
   * AbortSignal: an AbortController and its listener cost ~1 µs more per call.
   */
  private async attempt<T>(
    name: OperationName,
    call: CallOptions,
    authorization: string | undefined,
    route: string,
    timeoutMs: number,
    read: (res: Dispatcher.ResponseData) => Promise<T>,
  ): Promise<T> {
    const abort: Abort = new EventEmitter();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.reason = new AlgoregTimeoutError({ route });
      abort.emit('abort');
    }, timeoutMs);
    const started = performance.now();
    let outcome: string | undefined;
    let failed: AlgoregError | undefined;
    // With tracing on, the span's trace context travels to Algoreg in these headers (`traceparent`).
    const traceHeaders: Record<string, string> | undefined = this.opts.spans ? {} : undefined;
    const endSpan = traceHeaders && this.opts.spans?.call(route, traceHeaders);
    try {
      const res = await this.send(name, call, authorization, route, abort, traceHeaders);
      outcome = String(res.statusCode);
      return await read(res);
    } catch (raw) {
      // Classified here, so the breaker sees typed errors.
      const error = classify(raw, route);
      failed = error;
      if (timedOut || (!outcome && error.code === 'UPSTREAM_TIMEOUT')) outcome = 'timeout';
      else if (!outcome && !(error instanceof AlgoregBudgetExceededError)) outcome = 'network';
      throw error;
    } finally {
      clearTimeout(timer);
      // Not counted when nothing was sent (the request's call budget refused it).
      if (outcome) this.observer.call?.(route, outcome, (performance.now() - started) / 1000);
      endSpan?.(outcome, failed?.code);
    }
  }

  private async send(
    name: OperationName,
    call: CallOptions,
    authorization: string | undefined,
    route: string,
    signal: Abort,
    traceHeaders: Record<string, string> | undefined,
  ): Promise<Dispatcher.ResponseData> {
    const endpoint = endpoints[name];
    const path = this.basePath + buildPath(name, call.params) + queryString(call.query);
    const headers: Record<string, string> = { ...traceHeaders, accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    let body: string | Readable | undefined;
    if (endpoint.method === 'POST') {
      headers['content-type'] = 'application/json';
      if (call.jsonStream) {
        body = Readable.from(call.jsonStream.open(), { objectMode: false });
        if (call.jsonStream.length !== undefined) headers['content-length'] = String(call.jsonStream.length);
      } else body = JSON.stringify(call.body ?? {});
    }
    call.trace?.begin(route);
    try {
      return await this.pool.request({ method: endpoint.method, path, headers, body, signal });
    } finally {
      call.trace?.end();
    }
  }
}

/** Algoreg's Retry-After in ms, or undefined when it is too long to wait out inline. */
function inlineWait(retryAfterS: number): number | undefined {
  return retryAfterS <= MAX_INLINE_RETRY_AFTER_S ? retryAfterS * 1000 : undefined;
}

function queryString(query: CallOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s && `?${s}`;
}
