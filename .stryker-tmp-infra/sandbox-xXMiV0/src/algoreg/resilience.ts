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
import { type CircuitBreakerPolicy, CircuitState, circuitBreaker, ExponentialBackoff, handleWhen, type IBackoff, SamplingBreaker } from 'cockatiel';
import type { ResilienceConfig } from '../config.ts';
import { AlgoregCircuitOpenError, AlgoregError } from './errors.ts';
export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * What the HTTP layer reports about its calls, for metrics. Every hook is optional and must not
 * throw; routes are `"METHOD /path/{template}"`, never a filled-in path (no ids, no PII).
 */
export interface UpstreamObserver {
  /** One request sent to Algoreg: its HTTP status, or `timeout` / `network` / `aborted` without one. */
  call?(route: string, outcome: string, seconds: number): void;
  /** A failed call is about to be retried. */
  retry?(route: string, code: string): void;
  /** A retry the budget refused. */
  retryDenied?(route: string): void;
  /** A call refused by the route's open breaker (nothing sent). */
  rejected?(route: string): void;
  breaker?(route: string, state: BreakerState): void;
}

/**
 * Failures that say Algoreg is unwell: 5xx, timeouts and network errors. A 4xx (429 included), an
 * answer that does not parse and our own refusals (call budget, open breaker) say nothing of its
 * health and do not count.
 */
export function countsAgainstBreaker(error: unknown): boolean {
  if (stryMutAct_9fa48("401")) {
    {}
  } else {
    stryCov_9fa48("401");
    return stryMutAct_9fa48("404") ? error instanceof AlgoregError && !(error instanceof AlgoregCircuitOpenError) || error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT' : stryMutAct_9fa48("403") ? false : stryMutAct_9fa48("402") ? true : (stryCov_9fa48("402", "403", "404"), (stryMutAct_9fa48("406") ? error instanceof AlgoregError || !(error instanceof AlgoregCircuitOpenError) : stryMutAct_9fa48("405") ? true : (stryCov_9fa48("405", "406"), error instanceof AlgoregError && (stryMutAct_9fa48("407") ? error instanceof AlgoregCircuitOpenError : (stryCov_9fa48("407"), !(error instanceof AlgoregCircuitOpenError))))) && (stryMutAct_9fa48("409") ? error.code === 'UPSTREAM_UNAVAILABLE' && error.code === 'UPSTREAM_TIMEOUT' : stryMutAct_9fa48("408") ? true : (stryCov_9fa48("408", "409"), (stryMutAct_9fa48("411") ? error.code !== 'UPSTREAM_UNAVAILABLE' : stryMutAct_9fa48("410") ? false : (stryCov_9fa48("410", "411"), error.code === (stryMutAct_9fa48("412") ? "" : (stryCov_9fa48("412"), 'UPSTREAM_UNAVAILABLE')))) || (stryMutAct_9fa48("414") ? error.code !== 'UPSTREAM_TIMEOUT' : stryMutAct_9fa48("413") ? false : (stryCov_9fa48("413", "414"), error.code === (stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), 'UPSTREAM_TIMEOUT')))))));
  }
}
const STATES: Record<number, BreakerState> = stryMutAct_9fa48("416") ? {} : (stryCov_9fa48("416"), {
  [CircuitState.Closed]: stryMutAct_9fa48("417") ? "" : (stryCov_9fa48("417"), 'closed'),
  [CircuitState.Open]: stryMutAct_9fa48("418") ? "" : (stryCov_9fa48("418"), 'open'),
  [CircuitState.HalfOpen]: stryMutAct_9fa48("419") ? "" : (stryCov_9fa48("419"), 'half-open'),
  [CircuitState.Isolated]: stryMutAct_9fa48("420") ? "" : (stryCov_9fa48("420"), 'open')
});
interface RouteBreaker {
  policy: CircuitBreakerPolicy;
  openedAt: number;
}

/**
 * One cockatiel circuit breaker per Algoreg route, so one failing operation does not stop the
 * others. A breaker opens when at least `breakerFailureRatio` of at least `breakerMinCalls` calls
 * within `breakerWindowMs` failed (cockatiel's SamplingBreaker); while open every call fails at
 * once with UPSTREAM_UNAVAILABLE and a `retryAfter`; after `breakerHalfOpenMs` one probe goes
 * through and its outcome closes or reopens it. While the probe is out, other calls fail at once
 * too, instead of queueing behind it as cockatiel would have them do.
 */
export class Breakers {
  private readonly byRoute = new Map<string, RouteBreaker>();
  private readonly config: ResilienceConfig;
  private readonly observer: UpstreamObserver;
  constructor(config: ResilienceConfig, observer: UpstreamObserver = {}) {
    if (stryMutAct_9fa48("421")) {
      {}
    } else {
      stryCov_9fa48("421");
      this.config = config;
      this.observer = observer;
    }
  }
  async run<T>(route: string, fn: () => Promise<T>): Promise<T> {
    if (stryMutAct_9fa48("422")) {
      {}
    } else {
      stryCov_9fa48("422");
      const breaker = this.breaker(route);
      const state = breaker.policy.state;
      const waiting = stryMutAct_9fa48("425") ? state === CircuitState.HalfOpen && state === CircuitState.Open && Date.now() - breaker.openedAt < this.config.breakerHalfOpenMs : stryMutAct_9fa48("424") ? false : stryMutAct_9fa48("423") ? true : (stryCov_9fa48("423", "424", "425"), (stryMutAct_9fa48("427") ? state !== CircuitState.HalfOpen : stryMutAct_9fa48("426") ? false : (stryCov_9fa48("426", "427"), state === CircuitState.HalfOpen)) || (stryMutAct_9fa48("429") ? state === CircuitState.Open || Date.now() - breaker.openedAt < this.config.breakerHalfOpenMs : stryMutAct_9fa48("428") ? false : (stryCov_9fa48("428", "429"), (stryMutAct_9fa48("431") ? state !== CircuitState.Open : stryMutAct_9fa48("430") ? true : (stryCov_9fa48("430", "431"), state === CircuitState.Open)) && (stryMutAct_9fa48("434") ? Date.now() - breaker.openedAt >= this.config.breakerHalfOpenMs : stryMutAct_9fa48("433") ? Date.now() - breaker.openedAt <= this.config.breakerHalfOpenMs : stryMutAct_9fa48("432") ? true : (stryCov_9fa48("432", "433", "434"), (stryMutAct_9fa48("435") ? Date.now() + breaker.openedAt : (stryCov_9fa48("435"), Date.now() - breaker.openedAt)) < this.config.breakerHalfOpenMs)))));
      if (stryMutAct_9fa48("437") ? false : stryMutAct_9fa48("436") ? true : (stryCov_9fa48("436", "437"), waiting)) throw this.refuse(route, breaker);
      return breaker.policy.execute(fn);
    }
  }

  /** The state of every breaker that has seen a call. */
  states(): Record<string, BreakerState> {
    if (stryMutAct_9fa48("438")) {
      {}
    } else {
      stryCov_9fa48("438");
      const out: Record<string, BreakerState> = {};
      for (const [route, b] of this.byRoute) out[route] = stryMutAct_9fa48("439") ? STATES[b.policy.state] && 'open' : (stryCov_9fa48("439"), STATES[b.policy.state] ?? (stryMutAct_9fa48("440") ? "" : (stryCov_9fa48("440"), 'open')));
      return out;
    }
  }
  private refuse(route: string, breaker: RouteBreaker): AlgoregCircuitOpenError {
    if (stryMutAct_9fa48("441")) {
      {}
    } else {
      stryCov_9fa48("441");
      stryMutAct_9fa48("442") ? this.observer.rejected(route) : (stryCov_9fa48("442"), this.observer.rejected?.(route));
      const left = stryMutAct_9fa48("443") ? breaker.openedAt + this.config.breakerHalfOpenMs + Date.now() : (stryCov_9fa48("443"), (stryMutAct_9fa48("444") ? breaker.openedAt - this.config.breakerHalfOpenMs : (stryCov_9fa48("444"), breaker.openedAt + this.config.breakerHalfOpenMs)) - Date.now());
      return new AlgoregCircuitOpenError(stryMutAct_9fa48("445") ? {} : (stryCov_9fa48("445"), {
        route,
        retryAfter: stryMutAct_9fa48("446") ? Math.min(1, Math.ceil(left / 1000)) : (stryCov_9fa48("446"), Math.max(1, Math.ceil(stryMutAct_9fa48("447") ? left * 1000 : (stryCov_9fa48("447"), left / 1000))))
      }));
    }
  }
  private breaker(route: string): RouteBreaker {
    if (stryMutAct_9fa48("448")) {
      {}
    } else {
      stryCov_9fa48("448");
      let b = this.byRoute.get(route);
      if (stryMutAct_9fa48("450") ? false : stryMutAct_9fa48("449") ? true : (stryCov_9fa48("449", "450"), b)) return b;
      const {
        breakerFailureRatio: ratio,
        breakerMinCalls,
        breakerWindowMs
      } = this.config;
      // SamplingBreaker opens on "more than threshold" over a minimum rate; both are set so that it
      // opens on "at least `ratio` of at least `breakerMinCalls` calls" of its actual window.
      const windows = stryMutAct_9fa48("451") ? Math.min(5, Math.ceil(breakerWindowMs / 1000)) : (stryCov_9fa48("451"), Math.max(5, Math.ceil(stryMutAct_9fa48("452") ? breakerWindowMs * 1000 : (stryCov_9fa48("452"), breakerWindowMs / 1000))));
      const duration = stryMutAct_9fa48("453") ? Math.round(breakerWindowMs / windows) / windows : (stryCov_9fa48("453"), Math.round(stryMutAct_9fa48("454") ? breakerWindowMs * windows : (stryCov_9fa48("454"), breakerWindowMs / windows)) * windows);
      const policy = circuitBreaker(handleWhen(countsAgainstBreaker), stryMutAct_9fa48("455") ? {} : (stryCov_9fa48("455"), {
        halfOpenAfter: this.config.breakerHalfOpenMs,
        breaker: new SamplingBreaker(stryMutAct_9fa48("456") ? {} : (stryCov_9fa48("456"), {
          threshold: stryMutAct_9fa48("457") ? Math.min(ratio - 1e-9, 1e-9) : (stryCov_9fa48("457"), Math.max(stryMutAct_9fa48("458") ? ratio + 1e-9 : (stryCov_9fa48("458"), ratio - 1e-9), 1e-9)),
          duration: breakerWindowMs,
          minimumRps: stryMutAct_9fa48("459") ? (breakerMinCalls - 0.5) * 1000 * duration : (stryCov_9fa48("459"), (stryMutAct_9fa48("460") ? (breakerMinCalls - 0.5) / 1000 : (stryCov_9fa48("460"), (stryMutAct_9fa48("461") ? breakerMinCalls + 0.5 : (stryCov_9fa48("461"), breakerMinCalls - 0.5)) * 1000)) / duration)
        }))
      }));
      const created: RouteBreaker = stryMutAct_9fa48("462") ? {} : (stryCov_9fa48("462"), {
        policy,
        openedAt: 0
      });
      policy.onBreak(() => {
        if (stryMutAct_9fa48("464")) {
          {}
        } else {
          stryCov_9fa48("464");
          created.openedAt = Date.now();
        }
      });
      policy.onStateChange(stryMutAct_9fa48("466") ? () => undefined : (stryCov_9fa48("466"), state => stryMutAct_9fa48("467") ? this.observer.breaker(route, STATES[state] ?? 'open') : (stryCov_9fa48("467"), this.observer.breaker?.(route, stryMutAct_9fa48("468") ? STATES[state] && 'open' : (stryCov_9fa48("468"), STATES[state] ?? (stryMutAct_9fa48("469") ? "" : (stryCov_9fa48("469"), 'open')))))));
      if (stryMutAct_9fa48("470")) {
        ;
      } else {
        stryCov_9fa48("470");
        this.byRoute.set(route, created);
      }
      stryMutAct_9fa48("471") ? this.observer.breaker(route, 'closed') : (stryCov_9fa48("471"), this.observer.breaker?.(route, stryMutAct_9fa48("472") ? "" : (stryCov_9fa48("472"), 'closed')));
      b = created;
      return b;
    }
  }
}

/**
 * Retries as a share of calls, over a sliding window shared by every route: during an outage the
 * gateway adds at most `ratio` more calls (plus `minRetries` per window, so a quiet gateway can
 * still retry a blip), instead of multiplying its traffic by the number of attempts.
 */
export class RetryBudget {
  private readonly buckets: {
    at: number;
    calls: number;
    retries: number;
  }[];
  private readonly bucketMs: number;
  private readonly ratio: number;
  private readonly minRetries: number;
  constructor(config: ResilienceConfig) {
    if (stryMutAct_9fa48("473")) {
      {}
    } else {
      stryCov_9fa48("473");
      this.ratio = config.retryBudgetRatio;
      this.minRetries = config.retryBudgetMinRetries;
      this.bucketMs = stryMutAct_9fa48("474") ? Math.min(1, Math.floor(config.retryBudgetWindowMs / 10)) : (stryCov_9fa48("474"), Math.max(1, Math.floor(stryMutAct_9fa48("475") ? config.retryBudgetWindowMs * 10 : (stryCov_9fa48("475"), config.retryBudgetWindowMs / 10))));
      this.buckets = Array.from(stryMutAct_9fa48("476") ? {} : (stryCov_9fa48("476"), {
        length: 10
      }), stryMutAct_9fa48("477") ? () => undefined : (stryCov_9fa48("477"), () => stryMutAct_9fa48("478") ? {} : (stryCov_9fa48("478"), {
        at: stryMutAct_9fa48("479") ? +1 : (stryCov_9fa48("479"), -1),
        calls: 0,
        retries: 0
      })));
    }
  }

  /** A first attempt (retries are counted by tryRetry). */
  recordCall(): void {
    if (stryMutAct_9fa48("480")) {
      {}
    } else {
      stryCov_9fa48("480");
      stryMutAct_9fa48("481") ? this.current().calls -= 1 : (stryCov_9fa48("481"), this.current().calls += 1);
    }
  }

  /** Whether one more retry fits the budget; counts it when it does. */
  tryRetry(): boolean {
    if (stryMutAct_9fa48("482")) {
      {}
    } else {
      stryCov_9fa48("482");
      const now = this.slot();
      let calls = 0;
      let retries = 0;
      for (const b of this.buckets) {
        if (stryMutAct_9fa48("483")) {
          {}
        } else {
          stryCov_9fa48("483");
          if (stryMutAct_9fa48("487") ? now - b.at >= this.buckets.length : stryMutAct_9fa48("486") ? now - b.at <= this.buckets.length : stryMutAct_9fa48("485") ? false : stryMutAct_9fa48("484") ? true : (stryCov_9fa48("484", "485", "486", "487"), (stryMutAct_9fa48("488") ? now + b.at : (stryCov_9fa48("488"), now - b.at)) < this.buckets.length)) {
            if (stryMutAct_9fa48("489")) {
              {}
            } else {
              stryCov_9fa48("489");
              stryMutAct_9fa48("490") ? calls -= b.calls : (stryCov_9fa48("490"), calls += b.calls);
              stryMutAct_9fa48("491") ? retries -= b.retries : (stryCov_9fa48("491"), retries += b.retries);
            }
          }
        }
      }
      if (stryMutAct_9fa48("495") ? retries + 1 <= Math.max(this.minRetries, this.ratio * calls) : stryMutAct_9fa48("494") ? retries + 1 >= Math.max(this.minRetries, this.ratio * calls) : stryMutAct_9fa48("493") ? false : stryMutAct_9fa48("492") ? true : (stryCov_9fa48("492", "493", "494", "495"), (stryMutAct_9fa48("496") ? retries - 1 : (stryCov_9fa48("496"), retries + 1)) > (stryMutAct_9fa48("497") ? Math.min(this.minRetries, this.ratio * calls) : (stryCov_9fa48("497"), Math.max(this.minRetries, stryMutAct_9fa48("498") ? this.ratio / calls : (stryCov_9fa48("498"), this.ratio * calls)))))) return stryMutAct_9fa48("499") ? true : (stryCov_9fa48("499"), false);
      stryMutAct_9fa48("500") ? this.current().retries -= 1 : (stryCov_9fa48("500"), this.current().retries += 1);
      return stryMutAct_9fa48("501") ? false : (stryCov_9fa48("501"), true);
    }
  }
  private slot(): number {
    if (stryMutAct_9fa48("502")) {
      {}
    } else {
      stryCov_9fa48("502");
      return Math.floor(stryMutAct_9fa48("503") ? performance.now() * this.bucketMs : (stryCov_9fa48("503"), performance.now() / this.bucketMs));
    }
  }
  private current() {
    if (stryMutAct_9fa48("504")) {
      {}
    } else {
      stryCov_9fa48("504");
      const slot = this.slot();
      const b = this.buckets[stryMutAct_9fa48("505") ? slot * this.buckets.length : (stryCov_9fa48("505"), slot % this.buckets.length)]!;
      if (stryMutAct_9fa48("508") ? b.at === slot : stryMutAct_9fa48("507") ? false : stryMutAct_9fa48("506") ? true : (stryCov_9fa48("506", "507", "508"), b.at !== slot)) {
        if (stryMutAct_9fa48("509")) {
          {}
        } else {
          stryCov_9fa48("509");
          b.at = slot;
          b.calls = 0;
          b.retries = 0;
        }
      }
      return b;
    }
  }
}

/** Jittered exponential delays between retries (cockatiel's decorrelated jitter): 25 ms up to 1 s. */
export function retryDelays(): {
  next(): number;
} {
  if (stryMutAct_9fa48("510")) {
    {}
  } else {
    stryCov_9fa48("510");
    const factory = new ExponentialBackoff(stryMutAct_9fa48("511") ? {} : (stryCov_9fa48("511"), {
      initialDelay: 25,
      maxDelay: 1_000
    }));
    let current: IBackoff<unknown> | undefined;
    return stryMutAct_9fa48("512") ? {} : (stryCov_9fa48("512"), {
      next() {
        if (stryMutAct_9fa48("513")) {
          {}
        } else {
          stryCov_9fa48("513");
          current = current ? current.next(undefined) : factory.next();
          return current.duration;
        }
      }
    });
  }
}