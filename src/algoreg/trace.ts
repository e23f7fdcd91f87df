import type { Logger } from 'pino';
import { AlgoregBudgetExceededError } from './errors.ts';

/**
 * One GraphQL request's account of its Algoreg calls: what it cost (`extensions.upstream`), the
 * most calls it may make (a query that would fan out further is stopped, whatever its static cost
 * looked like), and the request's logger, so client logs carry the request id.
 */
export class UpstreamTrace {
  calls = 0;
  /** Calls that were retries of a failed one. */
  retries = 0;
  /** Reads answered by the shared cache, without a call. */
  cacheHits = 0;
  /** Whether a shared cache serves this gateway (then `cacheHits` is reported). */
  cacheEnabled = false;
  roundTrips = 0;
  readonly byRoute: Record<string, number> = {};
  private inFlight = 0;

  /** Most calls one request may make. Default: unlimited. */
  readonly budget: number;
  /** The request's logger (with its request id). */
  readonly logger: Logger | undefined;
  /** When (performance.now(), ms) every call and retry of this request must have ended. */
  readonly deadline: number;
  /**
   * The caller's own Algoreg credentials (`ALGOREG_AUTH=forward`), sent instead of the service
   * account's; a 401 on them is the caller's to fix, so it is never renewed.
   */
  authorization: string | undefined;

  constructor(budget = Number.POSITIVE_INFINITY, logger?: Logger, timeoutMs = Number.POSITIVE_INFINITY) {
    this.budget = budget;
    this.logger = logger;
    this.deadline = performance.now() + timeoutMs;
  }

  begin(route: string): void {
    if (this.calls >= this.budget) throw new AlgoregBudgetExceededError({ route }, this.budget);
    this.calls += 1;
    this.byRoute[route] = (this.byRoute[route] ?? 0) + 1;
    // A round trip is a wave of calls that overlap in time: the critical path's length.
    if (this.inFlight === 0) this.roundTrips += 1;
    this.inFlight += 1;
  }

  end(): void {
    this.inFlight -= 1;
  }

  toJSON() {
    return {
      calls: this.calls,
      roundTrips: this.roundTrips,
      byRoute: { ...this.byRoute },
      ...(this.cacheEnabled ? { cacheHits: this.cacheHits } : {}),
    };
  }
}
