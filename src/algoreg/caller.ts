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
  batch<T, R>(
    operation: OperationName,
    items: readonly T[],
    fn: (item: T) => Promise<R>,
  ): Promise<(R | Error)[]>;
}

/** The `batch` of a Caller: `mapSettled` under the cap, inside a span when tracing is on. */
export function batchRunner(concurrency: number, spans: UpstreamSpans | undefined): Caller['batch'] {
  if (!spans) return (_operation, items, fn) => mapSettled(items, concurrency, fn);
  return (operation, items, fn) =>
    spans.batch(routeKey(operation), items.length, () => mapSettled(items, concurrency, fn));
}

/**
 * A read that answers null when Algoreg has no such record (404): the everyday "not found" of
 * `customer(externalId:)` and the like. Every other failure is thrown as it is.
 */
export async function nullIfNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof AlgoregNotFoundError) return null;
    throw error;
  }
}
