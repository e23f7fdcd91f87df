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
  cacheEnabled = stryMutAct_9fa48("514") ? true : (stryCov_9fa48("514"), false);
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
    if (stryMutAct_9fa48("515")) {
      {}
    } else {
      stryCov_9fa48("515");
      this.budget = budget;
      this.logger = logger;
      this.deadline = stryMutAct_9fa48("516") ? performance.now() - timeoutMs : (stryCov_9fa48("516"), performance.now() + timeoutMs);
    }
  }
  begin(route: string): void {
    if (stryMutAct_9fa48("517")) {
      {}
    } else {
      stryCov_9fa48("517");
      if (stryMutAct_9fa48("521") ? this.calls < this.budget : stryMutAct_9fa48("520") ? this.calls > this.budget : stryMutAct_9fa48("519") ? false : stryMutAct_9fa48("518") ? true : (stryCov_9fa48("518", "519", "520", "521"), this.calls >= this.budget)) throw new AlgoregBudgetExceededError(stryMutAct_9fa48("523") ? {} : (stryCov_9fa48("523"), {
        route
      }), this.budget);
      stryMutAct_9fa48("524") ? this.calls -= 1 : (stryCov_9fa48("524"), this.calls += 1);
      this.byRoute[route] = stryMutAct_9fa48("525") ? (this.byRoute[route] ?? 0) - 1 : (stryCov_9fa48("525"), (stryMutAct_9fa48("526") ? this.byRoute[route] && 0 : (stryCov_9fa48("526"), this.byRoute[route] ?? 0)) + 1);
      // A round trip is a wave of calls that overlap in time: the critical path's length.
      if (stryMutAct_9fa48("529") ? this.inFlight !== 0 : stryMutAct_9fa48("528") ? false : stryMutAct_9fa48("527") ? true : (stryCov_9fa48("527", "528", "529"), this.inFlight === 0)) stryMutAct_9fa48("530") ? this.roundTrips -= 1 : (stryCov_9fa48("530"), this.roundTrips += 1);
      stryMutAct_9fa48("531") ? this.inFlight -= 1 : (stryCov_9fa48("531"), this.inFlight += 1);
    }
  }
  end(): void {
    if (stryMutAct_9fa48("532")) {
      {}
    } else {
      stryCov_9fa48("532");
      stryMutAct_9fa48("533") ? this.inFlight += 1 : (stryCov_9fa48("533"), this.inFlight -= 1);
    }
  }
  toJSON() {
    if (stryMutAct_9fa48("534")) {
      {}
    } else {
      stryCov_9fa48("534");
      return stryMutAct_9fa48("535") ? {} : (stryCov_9fa48("535"), {
        calls: this.calls,
        roundTrips: this.roundTrips,
        byRoute: stryMutAct_9fa48("536") ? {} : (stryCov_9fa48("536"), {
          ...this.byRoute
        }),
        ...(this.cacheEnabled ? stryMutAct_9fa48("537") ? {} : (stryCov_9fa48("537"), {
          cacheHits: this.cacheHits
        }) : {})
      });
    }
  }
}