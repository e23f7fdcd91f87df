// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import { type Dispatcher, Pool } from 'undici';
import type { z } from 'zod';
import type { ResilienceConfig } from '../config.ts';
import type { AuthProvider } from './auth.ts';
import { cacheKey, credentialIdentity, type ReadCache, readTags, writeTags } from './cache.ts';
import { buildPath, endpoints, type OperationName, routeKey } from './endpoints.ts';
import { AlgoregBadResponseError, AlgoregBudgetExceededError, AlgoregCircuitOpenError, type AlgoregError, AlgoregTimeoutError } from './errors.ts';
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
  jsonStream?: {
    open: () => AsyncIterable<Uint8Array>;
    length?: number;
  };
  trace?: UpstreamTrace | undefined;
  signal?: AbortSignal | undefined;
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
  cache?: {
    store: ReadCache;
    identity: string;
  } | undefined;
}

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
  private readonly breakers: Breakers;
  private readonly budget: RetryBudget;
  private readonly observer: UpstreamObserver;
  private readonly opts: HttpOptions;
  constructor(opts: HttpOptions) {
    if (stryMutAct_9fa48("108")) {
      {}
    } else {
      stryCov_9fa48("108");
      this.opts = opts;
      this.observer = stryMutAct_9fa48("109") ? opts.observer && {} : (stryCov_9fa48("109"), opts.observer ?? {});
      this.breakers = new Breakers(opts.resilience, this.observer);
      this.budget = new RetryBudget(opts.resilience);
      this.origin = new URL(opts.baseUrl);
      this.pool = new Pool(this.origin.origin, stryMutAct_9fa48("110") ? {} : (stryCov_9fa48("110"), {
        connections: opts.connections,
        pipelining: 1,
        keepAliveTimeout: 30_000,
        connectTimeout: opts.connectTimeoutMs,
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs
      }));
    }
  }

  /**
   * Calls an operation and parses its JSON answer with a wire schema. A read listed in the cache's
   * table is first looked up in the shared cache (a hit is parsed like a fresh answer and costs no
   * call); a fresh answer is stored unless one of its tags was evicted meanwhile.
   */
  async json<S extends z.ZodType>(name: OperationName, schema: S, call: CallOptions = {}): Promise<z.output<S>> {
    if (stryMutAct_9fa48("111")) {
      {}
    } else {
      stryCov_9fa48("111");
      const cache = this.opts.cache;
      const tags = (stryMutAct_9fa48("114") ? cache || !call.jsonStream : stryMutAct_9fa48("113") ? false : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), cache && (stryMutAct_9fa48("115") ? call.jsonStream : (stryCov_9fa48("115"), !call.jsonStream)))) ? readTags(name, call) : undefined;
      if (stryMutAct_9fa48("118") ? !cache && !tags : stryMutAct_9fa48("117") ? false : stryMutAct_9fa48("116") ? true : (stryCov_9fa48("116", "117", "118"), (stryMutAct_9fa48("119") ? cache : (stryCov_9fa48("119"), !cache)) || (stryMutAct_9fa48("120") ? tags : (stryCov_9fa48("120"), !tags)))) {
        if (stryMutAct_9fa48("121")) {
          {}
        } else {
          stryCov_9fa48("121");
          return this.withRetries(name, call, stryMutAct_9fa48("122") ? () => undefined : (stryCov_9fa48("122"), async (res, route) => this.parse(await res.body.text(), res.statusCode, route, schema, call)));
        }
      }
      // With ALGOREG_AUTH=forward each caller reads with their own Algoreg credentials: their entries
      // are keyed by those, so no caller is ever served another's answer.
      const forwarded = stryMutAct_9fa48("123") ? call.trace.authorization : (stryCov_9fa48("123"), call.trace?.authorization);
      const identity = forwarded ? credentialIdentity(cache.identity, forwarded) : cache.identity;
      const key = cacheKey(identity, name, call);
      const entry = await cache.store.get(key, tags);
      if (stryMutAct_9fa48("126") ? entry.text === undefined : stryMutAct_9fa48("125") ? false : stryMutAct_9fa48("124") ? true : (stryCov_9fa48("124", "125", "126"), entry.text !== undefined)) {
        if (stryMutAct_9fa48("127")) {
          {}
        } else {
          stryCov_9fa48("127");
          if (stryMutAct_9fa48("129") ? false : stryMutAct_9fa48("128") ? true : (stryCov_9fa48("128", "129"), call.trace)) stryMutAct_9fa48("130") ? call.trace.cacheHits -= 1 : (stryCov_9fa48("130"), call.trace.cacheHits += 1);
          return this.parse(entry.text, 200, routeKey(name), schema, call);
        }
      }
      let text: string | undefined;
      const value = await this.withRetries(name, call, async (res, route) => {
        if (stryMutAct_9fa48("131")) {
          {}
        } else {
          stryCov_9fa48("131");
          text = await res.body.text();
          return this.parse(text, res.statusCode, route, schema, call);
        }
      });
      if (stryMutAct_9fa48("134") ? text === undefined : stryMutAct_9fa48("133") ? false : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133", "134"), text !== undefined)) await cache.store.set(key, text, entry.stamp);
      return value;
    }
  }
  private parse<S extends z.ZodType>(text: string, status: number, route: string, schema: S, call: CallOptions): z.output<S> {
    if (stryMutAct_9fa48("135")) {
      {}
    } else {
      stryCov_9fa48("135");
      let data: unknown;
      try {
        if (stryMutAct_9fa48("136")) {
          {}
        } else {
          stryCov_9fa48("136");
          data = (stryMutAct_9fa48("139") ? text.length !== 0 : stryMutAct_9fa48("138") ? false : stryMutAct_9fa48("137") ? true : (stryCov_9fa48("137", "138", "139"), text.length === 0)) ? {} : JSON.parse(call.rewrite ? call.rewrite(text) : text);
        }
      } catch (cause) {
        if (stryMutAct_9fa48("140")) {
          {}
        } else {
          stryCov_9fa48("140");
          throw new AlgoregBadResponseError(stryMutAct_9fa48("142") ? {} : (stryCov_9fa48("142"), {
            route,
            status,
            cause
          }));
        }
      }
      // A one-pass reader where there is one (wire/fast.ts); the schema decides whenever it gives up.
      const fast = readFast(schema, data);
      if (stryMutAct_9fa48("145") ? fast === SLOW : stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144", "145"), fast !== SLOW)) return fast as z.output<S>;
      const parsed = schema.safeParse(data);
      if (stryMutAct_9fa48("148") ? false : stryMutAct_9fa48("147") ? true : stryMutAct_9fa48("146") ? parsed.success : (stryCov_9fa48("146", "147", "148"), !parsed.success)) {
        if (stryMutAct_9fa48("149")) {
          {}
        } else {
          stryCov_9fa48("149");
          // Paths only: the values may be customer data.
          const where = stryMutAct_9fa48("150") ? parsed.error.issues.map(i => i.path.join('.') || '(root)') : (stryCov_9fa48("150"), parsed.error.issues.map(stryMutAct_9fa48("151") ? () => undefined : (stryCov_9fa48("151"), i => stryMutAct_9fa48("154") ? i.path.join('.') && '(root)' : stryMutAct_9fa48("153") ? false : stryMutAct_9fa48("152") ? true : (stryCov_9fa48("152", "153", "154"), i.path.join(stryMutAct_9fa48("155") ? "" : (stryCov_9fa48("155"), '.')) || (stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), '(root)'))))).slice(0, 5));
          (stryMutAct_9fa48("158") ? call.trace?.logger && this.opts.logger : (stryCov_9fa48("158"), (stryMutAct_9fa48("159") ? call.trace.logger : (stryCov_9fa48("159"), call.trace?.logger)) ?? this.opts.logger)).warn(stryMutAct_9fa48("160") ? {} : (stryCov_9fa48("160"), {
            route,
            issuesAt: where
          }), stryMutAct_9fa48("161") ? "" : (stryCov_9fa48("161"), 'algoreg answer does not match its wire schema'));
          throw new AlgoregBadResponseError(stryMutAct_9fa48("163") ? {} : (stryCov_9fa48("163"), {
            route,
            status
          }));
        }
      }
      return parsed.data;
    }
  }

  /** Calls an operation whose success answer has no body worth reading. */
  async empty(name: OperationName, call: CallOptions = {}): Promise<void> {
    if (stryMutAct_9fa48("164")) {
      {}
    } else {
      stryCov_9fa48("164");
      await this.withRetries(name, call, async res => {
        if (stryMutAct_9fa48("165")) {
          {}
        } else {
          stryCov_9fa48("165");
          await res.body.dump();
        }
      });
    }
  }

  /** Calls an operation and hands back the body as a stream (downloads). */
  async stream(name: OperationName, call: CallOptions = {}): Promise<StreamResponse> {
    if (stryMutAct_9fa48("166")) {
      {}
    } else {
      stryCov_9fa48("166");
      return this.withRetries(name, call, async res => {
        if (stryMutAct_9fa48("167")) {
          {}
        } else {
          stryCov_9fa48("167");
          const length = header(res.headers, stryMutAct_9fa48("168") ? "" : (stryCov_9fa48("168"), 'content-length'));
          return stryMutAct_9fa48("169") ? {} : (stryCov_9fa48("169"), {
            status: res.statusCode,
            contentType: header(res.headers, stryMutAct_9fa48("170") ? "" : (stryCov_9fa48("170"), 'content-type')),
            contentLength: (stryMutAct_9fa48("173") ? length !== undefined : stryMutAct_9fa48("172") ? false : stryMutAct_9fa48("171") ? true : (stryCov_9fa48("171", "172", "173"), length === undefined)) ? undefined : Number(length),
            contentDisposition: header(res.headers, stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), 'content-disposition')),
            body: res.body
          });
        }
      });
    }
  }

  /** Sends one call without authentication (the token call itself). */
  async unauthenticated<S extends z.ZodType>(name: OperationName, schema: S, body: unknown): Promise<z.output<S>> {
    if (stryMutAct_9fa48("175")) {
      {}
    } else {
      stryCov_9fa48("175");
      const route = routeKey(name);
      try {
        if (stryMutAct_9fa48("176")) {
          {}
        } else {
          stryCov_9fa48("176");
          return await this.breakers.run(route, stryMutAct_9fa48("177") ? () => undefined : (stryCov_9fa48("177"), () => this.attempt(name, stryMutAct_9fa48("178") ? {} : (stryCov_9fa48("178"), {
            body
          }), undefined, route, this.opts.timeoutMs, async res => {
            if (stryMutAct_9fa48("179")) {
              {}
            } else {
              stryCov_9fa48("179");
              if (stryMutAct_9fa48("183") ? res.statusCode < 400 : stryMutAct_9fa48("182") ? res.statusCode > 400 : stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182", "183"), res.statusCode >= 400)) throw await failureOf(res, route);
              const text = await res.body.text();
              let data: unknown;
              try {
                if (stryMutAct_9fa48("184")) {
                  {}
                } else {
                  stryCov_9fa48("184");
                  data = JSON.parse(text);
                }
              } catch (cause) {
                if (stryMutAct_9fa48("185")) {
                  {}
                } else {
                  stryCov_9fa48("185");
                  throw new AlgoregBadResponseError(stryMutAct_9fa48("187") ? {} : (stryCov_9fa48("187"), {
                    route,
                    status: res.statusCode,
                    cause
                  }));
                }
              }
              const parsed = schema.safeParse(data);
              if (stryMutAct_9fa48("190") ? false : stryMutAct_9fa48("189") ? true : stryMutAct_9fa48("188") ? parsed.success : (stryCov_9fa48("188", "189", "190"), !parsed.success)) throw new AlgoregBadResponseError(stryMutAct_9fa48("192") ? {} : (stryCov_9fa48("192"), {
                route,
                status: res.statusCode
              }));
              return parsed.data;
            }
          })));
        }
      } catch (raw) {
        if (stryMutAct_9fa48("193")) {
          {}
        } else {
          stryCov_9fa48("193");
          throw classify(raw, route);
        }
      }
    }
  }

  /** Whether reads may be served from a shared cache. */
  get cached(): boolean {
    if (stryMutAct_9fa48("194")) {
      {}
    } else {
      stryCov_9fa48("194");
      return stryMutAct_9fa48("197") ? this.opts.cache === undefined : stryMutAct_9fa48("196") ? false : stryMutAct_9fa48("195") ? true : (stryCov_9fa48("195", "196", "197"), this.opts.cache !== undefined);
    }
  }

  /** The state of each route's breaker that has seen a call (metrics, readiness). */
  breakerStates() {
    if (stryMutAct_9fa48("198")) {
      {}
    } else {
      stryCov_9fa48("198");
      return this.breakers.states();
    }
  }

  /** The pool's sockets and queue (metrics). */
  poolStats() {
    if (stryMutAct_9fa48("199")) {
      {}
    } else {
      stryCov_9fa48("199");
      const {
        connected,
        free,
        pending,
        running,
        size
      } = this.pool.stats;
      return stryMutAct_9fa48("200") ? {} : (stryCov_9fa48("200"), {
        connected,
        free,
        pending,
        running,
        queued: size
      });
    }
  }
  async close(): Promise<void> {
    if (stryMutAct_9fa48("201")) {
      {}
    } else {
      stryCov_9fa48("201");
      await this.pool.close();
    }
  }
  private async withRetries<T>(name: OperationName, call: CallOptions, read: (res: Dispatcher.ResponseData, route: string) => Promise<T>): Promise<T> {
    if (stryMutAct_9fa48("202")) {
      {}
    } else {
      stryCov_9fa48("202");
      const evicts = this.opts.cache ? writeTags(name, call) : undefined;
      if (stryMutAct_9fa48("205") ? false : stryMutAct_9fa48("204") ? true : stryMutAct_9fa48("203") ? evicts : (stryCov_9fa48("203", "204", "205"), !evicts)) return this.attempts(name, call, read);
      // A write evicts what it may have changed whatever its outcome (a timed-out write may have
      // landed), before its answer is handed back, so a read that follows sees the change.
      try {
        if (stryMutAct_9fa48("206")) {
          {}
        } else {
          stryCov_9fa48("206");
          return await this.attempts(name, call, read);
        }
      } finally {
        if (stryMutAct_9fa48("207")) {
          {}
        } else {
          stryCov_9fa48("207");
          await (stryMutAct_9fa48("208") ? this.opts.cache.store.evict(evicts) : (stryCov_9fa48("208"), this.opts.cache?.store.evict(evicts)));
        }
      }
    }
  }
  private async attempts<T>(name: OperationName, call: CallOptions, read: (res: Dispatcher.ResponseData, route: string) => Promise<T>): Promise<T> {
    if (stryMutAct_9fa48("209")) {
      {}
    } else {
      stryCov_9fa48("209");
      const endpoint = endpoints[name];
      const route = routeKey(name);
      const maxAttempts = endpoint.safe ? stryMutAct_9fa48("210") ? 1 - this.opts.readRetries : (stryCov_9fa48("210"), 1 + this.opts.readRetries) : 1;
      const deadline = stryMutAct_9fa48("211") ? call.trace?.deadline && Number.POSITIVE_INFINITY : (stryCov_9fa48("211"), (stryMutAct_9fa48("212") ? call.trace.deadline : (stryCov_9fa48("212"), call.trace?.deadline)) ?? Number.POSITIVE_INFINITY);
      const delays = retryDelays();
      const logger = stryMutAct_9fa48("213") ? call.trace?.logger && this.opts.logger : (stryCov_9fa48("213"), (stryMutAct_9fa48("214") ? call.trace.logger : (stryCov_9fa48("214"), call.trace?.logger)) ?? this.opts.logger);
      let renewed = stryMutAct_9fa48("215") ? true : (stryCov_9fa48("215"), false);
      let counted = stryMutAct_9fa48("216") ? true : (stryCov_9fa48("216"), false);
      if (stryMutAct_9fa48("217")) {
        for (let attempt = 1; false; attempt++) {
          const started = performance.now();
          let authorization: string | undefined;
          try {
            const left = deadline - started;
            // The request's deadline has passed: nothing more is sent for it.
            if (left <= 0) throw new AlgoregTimeoutError({
              route
            });
            authorization = call.trace?.authorization ?? (await this.opts.auth.authorization());
            if (!counted) this.budget.recordCall();
            counted = true;
            const sent = authorization;
            const outcome = await this.breakers.run(route, () => this.attempt(name, call, sent, route, Math.min(this.opts.timeoutMs, left), async res => {
              if (res.statusCode === 401 && !renewed && !call.trace?.authorization) {
                await res.body.dump();
                return RENEW;
              }
              if (res.statusCode >= 400) throw await failureOf(res, route);
              return {
                value: await read(res, route)
              };
            }));
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
              wait = error.retryAfter === undefined ? delays.next() : inlineWait(error.retryAfter);
              // No retry that could not end before the deadline, and none past the budget.
              if (wait !== undefined && performance.now() + wait >= deadline) wait = undefined;
              if (wait !== undefined && !this.budget.tryRetry()) {
                this.observer.retryDenied?.(route);
                wait = undefined;
              }
            }
            // A missing record is an everyday answer (e.g. `customer(externalId:)` → null), not a fault;
            // refusals of an open breaker are counted in metrics instead of flooding the log.
            const quiet = error.code === 'UPSTREAM_NOT_FOUND' || error instanceof AlgoregCircuitOpenError;
            const level = quiet ? 'debug' : 'warn';
            logger[level]({
              route,
              code: error.code,
              status: error.status,
              upstreamCodes: error.upstreamCodes.length ? error.upstreamCodes : undefined,
              attempt,
              ms: Math.round(performance.now() - started),
              willRetry: wait !== undefined
            }, 'algoreg call failed');
            if (wait === undefined) throw error;
            this.observer.retry?.(route, error.code);
            if (call.trace) call.trace.retries += 1;
            await delay(wait);
          }
        }
      } else {
        stryCov_9fa48("217");
        for (let attempt = 1;; stryMutAct_9fa48("218") ? attempt-- : (stryCov_9fa48("218"), attempt++)) {
          if (stryMutAct_9fa48("219")) {
            {}
          } else {
            stryCov_9fa48("219");
            const started = performance.now();
            let authorization: string | undefined;
            try {
              if (stryMutAct_9fa48("220")) {
                {}
              } else {
                stryCov_9fa48("220");
                const left = stryMutAct_9fa48("221") ? deadline + started : (stryCov_9fa48("221"), deadline - started);
                // The request's deadline has passed: nothing more is sent for it.
                if (stryMutAct_9fa48("225") ? left > 0 : stryMutAct_9fa48("224") ? left < 0 : stryMutAct_9fa48("223") ? false : stryMutAct_9fa48("222") ? true : (stryCov_9fa48("222", "223", "224", "225"), left <= 0)) throw new AlgoregTimeoutError(stryMutAct_9fa48("227") ? {} : (stryCov_9fa48("227"), {
                  route
                }));
                authorization = stryMutAct_9fa48("228") ? call.trace?.authorization && (await this.opts.auth.authorization()) : (stryCov_9fa48("228"), (stryMutAct_9fa48("229") ? call.trace.authorization : (stryCov_9fa48("229"), call.trace?.authorization)) ?? (await this.opts.auth.authorization()));
                if (stryMutAct_9fa48("232") ? false : stryMutAct_9fa48("231") ? true : stryMutAct_9fa48("230") ? counted : (stryCov_9fa48("230", "231", "232"), !counted)) if (stryMutAct_9fa48("233")) {
                  ;
                } else {
                  stryCov_9fa48("233");
                  this.budget.recordCall();
                }
                counted = stryMutAct_9fa48("234") ? false : (stryCov_9fa48("234"), true);
                const sent = authorization;
                const outcome = await this.breakers.run(route, stryMutAct_9fa48("235") ? () => undefined : (stryCov_9fa48("235"), () => this.attempt(name, call, sent, route, stryMutAct_9fa48("236") ? Math.max(this.opts.timeoutMs, left) : (stryCov_9fa48("236"), Math.min(this.opts.timeoutMs, left)), async res => {
                  if (stryMutAct_9fa48("237")) {
                    {}
                  } else {
                    stryCov_9fa48("237");
                    if (stryMutAct_9fa48("240") ? res.statusCode === 401 && !renewed || !call.trace?.authorization : stryMutAct_9fa48("239") ? false : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239", "240"), (stryMutAct_9fa48("242") ? res.statusCode === 401 || !renewed : stryMutAct_9fa48("241") ? true : (stryCov_9fa48("241", "242"), (stryMutAct_9fa48("244") ? res.statusCode !== 401 : stryMutAct_9fa48("243") ? true : (stryCov_9fa48("243", "244"), res.statusCode === 401)) && (stryMutAct_9fa48("245") ? renewed : (stryCov_9fa48("245"), !renewed)))) && (stryMutAct_9fa48("246") ? call.trace?.authorization : (stryCov_9fa48("246"), !(stryMutAct_9fa48("247") ? call.trace.authorization : (stryCov_9fa48("247"), call.trace?.authorization)))))) {
                      if (stryMutAct_9fa48("248")) {
                        {}
                      } else {
                        stryCov_9fa48("248");
                        await res.body.dump();
                        return RENEW;
                      }
                    }
                    if (stryMutAct_9fa48("252") ? res.statusCode < 400 : stryMutAct_9fa48("251") ? res.statusCode > 400 : stryMutAct_9fa48("250") ? false : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250", "251", "252"), res.statusCode >= 400)) throw await failureOf(res, route);
                    return stryMutAct_9fa48("253") ? {} : (stryCov_9fa48("253"), {
                      value: await read(res, route)
                    });
                  }
                })));
                if (stryMutAct_9fa48("256") ? outcome !== RENEW : stryMutAct_9fa48("255") ? false : stryMutAct_9fa48("254") ? true : (stryCov_9fa48("254", "255", "256"), outcome === RENEW)) {
                  if (stryMutAct_9fa48("257")) {
                    {}
                  } else {
                    stryCov_9fa48("257");
                    // Algoreg refused the credentials before doing anything: renew once and resend, which is
                    // safe even for writes.
                    renewed = stryMutAct_9fa48("258") ? false : (stryCov_9fa48("258"), true);
                    if (stryMutAct_9fa48("259")) {
                      ;
                    } else {
                      stryCov_9fa48("259");
                      this.opts.auth.invalidate(sent);
                    }
                    stryMutAct_9fa48("260") ? attempt += 1 : (stryCov_9fa48("260"), attempt -= 1);
                    continue;
                  }
                }
                return outcome.value;
              }
            } catch (raw) {
              if (stryMutAct_9fa48("261")) {
                {}
              } else {
                stryCov_9fa48("261");
                const error = classify(raw, route);
                let wait: number | undefined;
                if (stryMutAct_9fa48("264") ? error.retryable && attempt < maxAttempts || !(error instanceof AlgoregCircuitOpenError) : stryMutAct_9fa48("263") ? false : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263", "264"), (stryMutAct_9fa48("266") ? error.retryable || attempt < maxAttempts : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266"), error.retryable && (stryMutAct_9fa48("269") ? attempt >= maxAttempts : stryMutAct_9fa48("268") ? attempt <= maxAttempts : stryMutAct_9fa48("267") ? true : (stryCov_9fa48("267", "268", "269"), attempt < maxAttempts)))) && (stryMutAct_9fa48("270") ? error instanceof AlgoregCircuitOpenError : (stryCov_9fa48("270"), !(error instanceof AlgoregCircuitOpenError))))) {
                  if (stryMutAct_9fa48("271")) {
                    {}
                  } else {
                    stryCov_9fa48("271");
                    // A Retry-After too long to wait out here is handed back to the client at once.
                    wait = (stryMutAct_9fa48("274") ? error.retryAfter !== undefined : stryMutAct_9fa48("273") ? false : stryMutAct_9fa48("272") ? true : (stryCov_9fa48("272", "273", "274"), error.retryAfter === undefined)) ? delays.next() : inlineWait(error.retryAfter);
                    // No retry that could not end before the deadline, and none past the budget.
                    if (stryMutAct_9fa48("277") ? wait !== undefined || performance.now() + wait >= deadline : stryMutAct_9fa48("276") ? false : stryMutAct_9fa48("275") ? true : (stryCov_9fa48("275", "276", "277"), (stryMutAct_9fa48("279") ? wait === undefined : stryMutAct_9fa48("278") ? true : (stryCov_9fa48("278", "279"), wait !== undefined)) && (stryMutAct_9fa48("282") ? performance.now() + wait < deadline : stryMutAct_9fa48("281") ? performance.now() + wait > deadline : stryMutAct_9fa48("280") ? true : (stryCov_9fa48("280", "281", "282"), (stryMutAct_9fa48("283") ? performance.now() - wait : (stryCov_9fa48("283"), performance.now() + wait)) >= deadline)))) wait = undefined;
                    if (stryMutAct_9fa48("286") ? wait !== undefined || !this.budget.tryRetry() : stryMutAct_9fa48("285") ? false : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285", "286"), (stryMutAct_9fa48("288") ? wait === undefined : stryMutAct_9fa48("287") ? true : (stryCov_9fa48("287", "288"), wait !== undefined)) && (stryMutAct_9fa48("289") ? this.budget.tryRetry() : (stryCov_9fa48("289"), !this.budget.tryRetry())))) {
                      if (stryMutAct_9fa48("290")) {
                        {}
                      } else {
                        stryCov_9fa48("290");
                        stryMutAct_9fa48("291") ? this.observer.retryDenied(route) : (stryCov_9fa48("291"), this.observer.retryDenied?.(route));
                        wait = undefined;
                      }
                    }
                  }
                }
                // A missing record is an everyday answer (e.g. `customer(externalId:)` → null), not a fault;
                // refusals of an open breaker are counted in metrics instead of flooding the log.
                const quiet = stryMutAct_9fa48("294") ? error.code === 'UPSTREAM_NOT_FOUND' && error instanceof AlgoregCircuitOpenError : stryMutAct_9fa48("293") ? false : stryMutAct_9fa48("292") ? true : (stryCov_9fa48("292", "293", "294"), (stryMutAct_9fa48("296") ? error.code !== 'UPSTREAM_NOT_FOUND' : stryMutAct_9fa48("295") ? false : (stryCov_9fa48("295", "296"), error.code === (stryMutAct_9fa48("297") ? "" : (stryCov_9fa48("297"), 'UPSTREAM_NOT_FOUND')))) || error instanceof AlgoregCircuitOpenError);
                const level = quiet ? stryMutAct_9fa48("298") ? "" : (stryCov_9fa48("298"), 'debug') : stryMutAct_9fa48("299") ? "" : (stryCov_9fa48("299"), 'warn');
                logger[level](stryMutAct_9fa48("301") ? {} : (stryCov_9fa48("301"), {
                  route,
                  code: error.code,
                  status: error.status,
                  upstreamCodes: error.upstreamCodes.length ? error.upstreamCodes : undefined,
                  attempt,
                  ms: Math.round(stryMutAct_9fa48("302") ? performance.now() + started : (stryCov_9fa48("302"), performance.now() - started)),
                  willRetry: stryMutAct_9fa48("305") ? wait === undefined : stryMutAct_9fa48("304") ? false : stryMutAct_9fa48("303") ? true : (stryCov_9fa48("303", "304", "305"), wait !== undefined)
                }), stryMutAct_9fa48("306") ? "" : (stryCov_9fa48("306"), 'algoreg call failed'));
                if (stryMutAct_9fa48("309") ? wait !== undefined : stryMutAct_9fa48("308") ? false : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308", "309"), wait === undefined)) throw error;
                stryMutAct_9fa48("310") ? this.observer.retry(route, error.code) : (stryCov_9fa48("310"), this.observer.retry?.(route, error.code));
                if (stryMutAct_9fa48("312") ? false : stryMutAct_9fa48("311") ? true : (stryCov_9fa48("311", "312"), call.trace)) stryMutAct_9fa48("313") ? call.trace.retries -= 1 : (stryCov_9fa48("313"), call.trace.retries += 1);
                await delay(wait);
              }
            }
          }
        }
      }
    }
  }

  /**
   * One call, bounded by a precise timer over the whole attempt (the pool's own timeouts use
   * undici's coarse clock, which fires up to a second late): `read` runs under the same timer, and
   * a streamed body is left to the pool's between-chunks timeout once `read` has handed it back.
   * One cleared timer per call is cheap; `AbortSignal.timeout` is not (it outlives the call).
   */
  private async attempt<T>(name: OperationName, call: CallOptions, authorization: string | undefined, route: string, timeoutMs: number, read: (res: Dispatcher.ResponseData) => Promise<T>): Promise<T> {
    if (stryMutAct_9fa48("314")) {
      {}
    } else {
      stryCov_9fa48("314");
      const controller = new AbortController();
      const timer = setTimeout(stryMutAct_9fa48("315") ? () => undefined : (stryCov_9fa48("315"), () => controller.abort(new AlgoregTimeoutError(stryMutAct_9fa48("316") ? {} : (stryCov_9fa48("316"), {
        route
      })))), timeoutMs);
      const signal = call.signal ? AbortSignal.any(stryMutAct_9fa48("317") ? [] : (stryCov_9fa48("317"), [call.signal, controller.signal])) : controller.signal;
      const started = performance.now();
      let outcome: string | undefined;
      let failed: AlgoregError | undefined;
      // With tracing on, the span's trace context travels to Algoreg in these headers (`traceparent`).
      const traceHeaders: Record<string, string> | undefined = this.opts.spans ? {} : undefined;
      const endSpan = stryMutAct_9fa48("320") ? traceHeaders || this.opts.spans?.call(route, traceHeaders) : stryMutAct_9fa48("319") ? false : stryMutAct_9fa48("318") ? true : (stryCov_9fa48("318", "319", "320"), traceHeaders && (stryMutAct_9fa48("321") ? this.opts.spans.call(route, traceHeaders) : (stryCov_9fa48("321"), this.opts.spans?.call(route, traceHeaders))));
      try {
        if (stryMutAct_9fa48("322")) {
          {}
        } else {
          stryCov_9fa48("322");
          const res = await this.send(name, call, authorization, route, signal, traceHeaders);
          outcome = String(res.statusCode);
          return await read(res);
        }
      } catch (raw) {
        if (stryMutAct_9fa48("323")) {
          {}
        } else {
          stryCov_9fa48("323");
          // Classified here, so the breaker sees typed errors.
          const error = classify(raw, route);
          failed = error;
          if (stryMutAct_9fa48("326") ? call.signal.aborted : stryMutAct_9fa48("325") ? false : stryMutAct_9fa48("324") ? true : (stryCov_9fa48("324", "325", "326"), call.signal?.aborted)) outcome = stryMutAct_9fa48("327") ? "" : (stryCov_9fa48("327"), 'aborted');else if (stryMutAct_9fa48("330") ? controller.signal.aborted && !outcome && error.code === 'UPSTREAM_TIMEOUT' : stryMutAct_9fa48("329") ? false : stryMutAct_9fa48("328") ? true : (stryCov_9fa48("328", "329", "330"), controller.signal.aborted || (stryMutAct_9fa48("332") ? !outcome || error.code === 'UPSTREAM_TIMEOUT' : stryMutAct_9fa48("331") ? false : (stryCov_9fa48("331", "332"), (stryMutAct_9fa48("333") ? outcome : (stryCov_9fa48("333"), !outcome)) && (stryMutAct_9fa48("335") ? error.code !== 'UPSTREAM_TIMEOUT' : stryMutAct_9fa48("334") ? true : (stryCov_9fa48("334", "335"), error.code === (stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), 'UPSTREAM_TIMEOUT')))))))) outcome = stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), 'timeout');else if (stryMutAct_9fa48("340") ? !outcome || !(error instanceof AlgoregBudgetExceededError) : stryMutAct_9fa48("339") ? false : stryMutAct_9fa48("338") ? true : (stryCov_9fa48("338", "339", "340"), (stryMutAct_9fa48("341") ? outcome : (stryCov_9fa48("341"), !outcome)) && (stryMutAct_9fa48("342") ? error instanceof AlgoregBudgetExceededError : (stryCov_9fa48("342"), !(error instanceof AlgoregBudgetExceededError))))) outcome = stryMutAct_9fa48("343") ? "" : (stryCov_9fa48("343"), 'network');
          throw error;
        }
      } finally {
        if (stryMutAct_9fa48("344")) {
          {}
        } else {
          stryCov_9fa48("344");
          if (stryMutAct_9fa48("345")) {
            ;
          } else {
            stryCov_9fa48("345");
            clearTimeout(timer);
          } // Not counted when nothing was sent (the request's call budget refused it).
          if (stryMutAct_9fa48("347") ? false : stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346", "347"), outcome)) stryMutAct_9fa48("348") ? this.observer.call(route, outcome, (performance.now() - started) / 1000) : (stryCov_9fa48("348"), this.observer.call?.(route, outcome, stryMutAct_9fa48("349") ? (performance.now() - started) * 1000 : (stryCov_9fa48("349"), (stryMutAct_9fa48("350") ? performance.now() + started : (stryCov_9fa48("350"), performance.now() - started)) / 1000)));
          stryMutAct_9fa48("351") ? endSpan(outcome, failed?.code) : (stryCov_9fa48("351"), endSpan?.(outcome, stryMutAct_9fa48("352") ? failed.code : (stryCov_9fa48("352"), failed?.code)));
        }
      }
    }
  }
  private async send(name: OperationName, call: CallOptions, authorization: string | undefined, route: string, signal: AbortSignal, traceHeaders: Record<string, string> | undefined): Promise<Dispatcher.ResponseData> {
    if (stryMutAct_9fa48("353")) {
      {}
    } else {
      stryCov_9fa48("353");
      const endpoint = endpoints[name];
      const path = stryMutAct_9fa48("354") ? this.origin.pathname.replace(/\/$/, '') + buildPath(name, call.params) - queryString(call.query) : (stryCov_9fa48("354"), (stryMutAct_9fa48("355") ? this.origin.pathname.replace(/\/$/, '') - buildPath(name, call.params) : (stryCov_9fa48("355"), this.origin.pathname.replace(stryMutAct_9fa48("356") ? /\// : (stryCov_9fa48("356"), /\/$/), stryMutAct_9fa48("357") ? "Stryker was here!" : (stryCov_9fa48("357"), '')) + buildPath(name, call.params))) + queryString(call.query));
      const headers: Record<string, string> = stryMutAct_9fa48("358") ? {} : (stryCov_9fa48("358"), {
        ...traceHeaders,
        accept: stryMutAct_9fa48("359") ? "" : (stryCov_9fa48("359"), 'application/json')
      });
      if (stryMutAct_9fa48("361") ? false : stryMutAct_9fa48("360") ? true : (stryCov_9fa48("360", "361"), authorization)) headers.authorization = authorization;
      let body: string | Readable | undefined;
      if (stryMutAct_9fa48("364") ? endpoint.method !== 'POST' : stryMutAct_9fa48("363") ? false : stryMutAct_9fa48("362") ? true : (stryCov_9fa48("362", "363", "364"), endpoint.method === (stryMutAct_9fa48("365") ? "" : (stryCov_9fa48("365"), 'POST')))) {
        if (stryMutAct_9fa48("366")) {
          {}
        } else {
          stryCov_9fa48("366");
          headers[stryMutAct_9fa48("367") ? "" : (stryCov_9fa48("367"), 'content-type')] = stryMutAct_9fa48("368") ? "" : (stryCov_9fa48("368"), 'application/json');
          if (stryMutAct_9fa48("370") ? false : stryMutAct_9fa48("369") ? true : (stryCov_9fa48("369", "370"), call.jsonStream)) {
            if (stryMutAct_9fa48("371")) {
              {}
            } else {
              stryCov_9fa48("371");
              body = Readable.from(call.jsonStream.open(), stryMutAct_9fa48("372") ? {} : (stryCov_9fa48("372"), {
                objectMode: stryMutAct_9fa48("373") ? true : (stryCov_9fa48("373"), false)
              }));
              if (stryMutAct_9fa48("376") ? call.jsonStream.length === undefined : stryMutAct_9fa48("375") ? false : stryMutAct_9fa48("374") ? true : (stryCov_9fa48("374", "375", "376"), call.jsonStream.length !== undefined)) headers[stryMutAct_9fa48("377") ? "" : (stryCov_9fa48("377"), 'content-length')] = String(call.jsonStream.length);
            }
          } else body = JSON.stringify(stryMutAct_9fa48("378") ? call.body && {} : (stryCov_9fa48("378"), call.body ?? {}));
        }
      }
      stryMutAct_9fa48("379") ? call.trace.begin(route) : (stryCov_9fa48("379"), call.trace?.begin(route));
      try {
        if (stryMutAct_9fa48("380")) {
          {}
        } else {
          stryCov_9fa48("380");
          return await this.pool.request(stryMutAct_9fa48("381") ? {} : (stryCov_9fa48("381"), {
            method: endpoint.method,
            path,
            headers,
            body,
            signal
          }));
        }
      } finally {
        if (stryMutAct_9fa48("382")) {
          {}
        } else {
          stryCov_9fa48("382");
          stryMutAct_9fa48("383") ? call.trace.end() : (stryCov_9fa48("383"), call.trace?.end());
        }
      }
    }
  }
}

/** Algoreg's Retry-After in ms, or undefined when it is too long to wait out inline. */
function inlineWait(retryAfterS: number): number | undefined {
  if (stryMutAct_9fa48("384")) {
    {}
  } else {
    stryCov_9fa48("384");
    return (stryMutAct_9fa48("388") ? retryAfterS > MAX_INLINE_RETRY_AFTER_S : stryMutAct_9fa48("387") ? retryAfterS < MAX_INLINE_RETRY_AFTER_S : stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386", "387", "388"), retryAfterS <= MAX_INLINE_RETRY_AFTER_S)) ? stryMutAct_9fa48("389") ? retryAfterS / 1000 : (stryCov_9fa48("389"), retryAfterS * 1000) : undefined;
  }
}
function queryString(query: CallOptions['query']): string {
  if (stryMutAct_9fa48("390")) {
    {}
  } else {
    stryCov_9fa48("390");
    if (stryMutAct_9fa48("393") ? false : stryMutAct_9fa48("392") ? true : stryMutAct_9fa48("391") ? query : (stryCov_9fa48("391", "392", "393"), !query)) return stryMutAct_9fa48("394") ? "Stryker was here!" : (stryCov_9fa48("394"), '');
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (stryMutAct_9fa48("397") ? v === undefined : stryMutAct_9fa48("396") ? false : stryMutAct_9fa48("395") ? true : (stryCov_9fa48("395", "396", "397"), v !== undefined)) if (stryMutAct_9fa48("398")) {
      ;
    } else {
      stryCov_9fa48("398");
      params.set(k, String(v));
    }
    const s = params.toString();
    return s ? stryMutAct_9fa48("399") ? `` : (stryCov_9fa48("399"), `?${s}`) : stryMutAct_9fa48("400") ? "Stryker was here!" : (stryCov_9fa48("400"), '');
  }
}