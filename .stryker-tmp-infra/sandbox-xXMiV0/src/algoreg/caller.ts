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
import type { UpstreamConfig } from '../config.ts';
import { mapSettled } from './concurrency.ts';
import { type OperationName, routeKey } from './endpoints.ts';
import { AlgoregNotFoundError } from './errors.ts';
import type { AlgoregHttp } from './http.ts';
import type { UpstreamSpans } from './spans.ts';
import type { UpstreamTrace } from './trace.ts';

/** What every product's typed calls are built on: the shared HTTP layer, bound to one request. */
export interface Caller {
  http: AlgoregHttp;
  /** The current GraphQL request's trace, when tracing is on. */
  trace: UpstreamTrace | undefined;
  /** Calls one batch may have in flight. */
  concurrency: number;
  config: UpstreamConfig;
  /**
   * A batch of reads (what one DataLoader batch asks for): `fn` over `items` with at most
   * `concurrency` calls in flight, in order, a failed item yielding its Error in place
   * (`mapSettled`). With tracing on, the batch is one span named after `operation`'s route, the
   * parent of its calls' spans.
   */
  batch<T, R>(operation: OperationName, items: readonly T[], fn: (item: T) => Promise<R>): Promise<(R | Error)[]>;
}

/** The `batch` of a Caller: `mapSettled` under the cap, inside a span when tracing is on. */
export function batchRunner(concurrency: number, spans: UpstreamSpans | undefined): Caller['batch'] {
  if (stryMutAct_9fa48("48")) {
    {}
  } else {
    stryCov_9fa48("48");
    if (stryMutAct_9fa48("51") ? false : stryMutAct_9fa48("50") ? true : stryMutAct_9fa48("49") ? spans : (stryCov_9fa48("49", "50", "51"), !spans)) return stryMutAct_9fa48("52") ? () => undefined : (stryCov_9fa48("52"), (_operation, items, fn) => mapSettled(items, concurrency, fn));
    return stryMutAct_9fa48("53") ? () => undefined : (stryCov_9fa48("53"), (operation, items, fn) => spans.batch(routeKey(operation), items.length, stryMutAct_9fa48("54") ? () => undefined : (stryCov_9fa48("54"), () => mapSettled(items, concurrency, fn))));
  }
}

/**
 * A read that answers null when Algoreg has no such record (404): the everyday "not found" of
 * `customer(externalId:)` and the like. Every other failure is thrown as it is.
 */
export async function nullIfNotFound<T>(call: Promise<T>): Promise<T | null> {
  if (stryMutAct_9fa48("55")) {
    {}
  } else {
    stryCov_9fa48("55");
    try {
      if (stryMutAct_9fa48("56")) {
        {}
      } else {
        stryCov_9fa48("56");
        return await call;
      }
    } catch (error) {
      if (stryMutAct_9fa48("57")) {
        {}
      } else {
        stryCov_9fa48("57");
        if (stryMutAct_9fa48("59") ? false : stryMutAct_9fa48("58") ? true : (stryCov_9fa48("58", "59"), error instanceof AlgoregNotFoundError)) return null;
        throw error;
      }
    }
  }
}