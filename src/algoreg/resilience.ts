import {
  type CircuitBreakerPolicy,
  CircuitState,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  type IBackoff,
  SamplingBreaker,
} from 'cockatiel';
import type { ResilienceConfig } from '../config.ts';
import { AlgoregCircuitOpenError, AlgoregError } from './errors.ts';

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * What the HTTP layer reports about its calls, for metrics. Every hook is optional and must not
 * throw; routes are `"METHOD /path/{template}"`, never a filled-in path (no ids, no PII).
 */
export interface UpstreamObserver {
  /** One request sent to Algoreg: its HTTP status, or `timeout` / `network` without one. */
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
  return (
    error instanceof AlgoregError &&
    !(error instanceof AlgoregCircuitOpenError) &&
    (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT')
  );
}

const STATES: Record<number, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

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
    this.config = config;
    this.observer = observer;
  }

  async run<T>(route: string, fn: () => Promise<T>): Promise<T> {
    const breaker = this.breaker(route);
    const state = breaker.policy.state;
    const waiting =
      state === CircuitState.HalfOpen ||
      (state === CircuitState.Open && Date.now() - breaker.openedAt < this.config.breakerHalfOpenMs);
    if (waiting) throw this.refuse(route, breaker);
    return breaker.policy.execute(fn);
  }

  /** The state of every breaker that has seen a call. */
  states(): Record<string, BreakerState> {
    const out: Record<string, BreakerState> = {};
    for (const [route, b] of this.byRoute) out[route] = STATES[b.policy.state] ?? 'open';
    return out;
  }

  private refuse(route: string, breaker: RouteBreaker): AlgoregCircuitOpenError {
    this.observer.rejected?.(route);
    const left = breaker.openedAt + this.config.breakerHalfOpenMs - Date.now();
    return new AlgoregCircuitOpenError({ route, retryAfter: Math.max(1, Math.ceil(left / 1000)) });
  }

  private breaker(route: string): RouteBreaker {
    let b = this.byRoute.get(route);
    if (b) return b;
    const { breakerFailureRatio: ratio, breakerMinCalls, breakerWindowMs } = this.config;
    // SamplingBreaker opens on "more than threshold" over a minimum rate; both are set so that it
    // opens on "at least `ratio` of at least `breakerMinCalls` calls" of its actual window.
    const windows = Math.max(5, Math.ceil(breakerWindowMs / 1000));
    const duration = Math.round(breakerWindowMs / windows) * windows;
    const policy = circuitBreaker(handleWhen(countsAgainstBreaker), {
      halfOpenAfter: this.config.breakerHalfOpenMs,
      breaker: new SamplingBreaker({
        threshold: Math.max(ratio - 1e-9, 1e-9),
        duration: breakerWindowMs,
        minimumRps: ((breakerMinCalls - 0.5) * 1000) / duration,
      }),
    });
    const created: RouteBreaker = { policy, openedAt: 0 };
    policy.onBreak(() => {
      created.openedAt = Date.now();
    });
    policy.onStateChange((state) => this.observer.breaker?.(route, STATES[state] ?? 'open'));
    this.byRoute.set(route, created);
    this.observer.breaker?.(route, 'closed');
    b = created;
    return b;
  }
}

/**
 * Retries as a share of calls, over a sliding window shared by every route: during an outage the
 * gateway adds at most `ratio` more calls (plus `minRetries` per window, so a quiet gateway can
 * still retry a blip), instead of multiplying its traffic by the number of attempts.
 */
export class RetryBudget {
  private readonly buckets: { at: number; calls: number; retries: number }[];
  private readonly bucketMs: number;
  private readonly ratio: number;
  private readonly minRetries: number;

  constructor(config: ResilienceConfig) {
    this.ratio = config.retryBudgetRatio;
    this.minRetries = config.retryBudgetMinRetries;
    this.bucketMs = Math.max(1, Math.floor(config.retryBudgetWindowMs / 10));
    this.buckets = Array.from({ length: 10 }, () => ({ at: -1, calls: 0, retries: 0 }));
  }

  /** A first attempt (retries are counted by tryRetry). */
  recordCall(): void {
    this.current().calls += 1;
  }

  /** Whether one more retry fits the budget; counts it when it does. */
  tryRetry(): boolean {
    const now = this.slot();
    let calls = 0;
    let retries = 0;
    for (const b of this.buckets) {
      if (now - b.at < this.buckets.length) {
        calls += b.calls;
        retries += b.retries;
      }
    }
    if (retries + 1 > Math.max(this.minRetries, this.ratio * calls)) return false;
    this.current().retries += 1;
    return true;
  }

  private slot(): number {
    return Math.floor(performance.now() / this.bucketMs);
  }

  private current() {
    const slot = this.slot();
    const b = this.buckets[slot % this.buckets.length]!;
    if (b.at !== slot) {
      b.at = slot;
      b.calls = 0;
      b.retries = 0;
    }
    return b;
  }
}

/** Jittered exponential delays between retries (cockatiel's decorrelated jitter): 25 ms up to 1 s. */
export function retryDelays(): { next(): number } {
  const factory = new ExponentialBackoff({ initialDelay: 25, maxDelay: 1_000 });
  let current: IBackoff<unknown> | undefined;
  return {
    next() {
      current = current ? current.next(undefined) : factory.next();
      return current.duration;
    },
  };
}
