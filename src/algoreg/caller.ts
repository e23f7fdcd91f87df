import type { UpstreamConfig } from '../config.ts';
import { AlgoregNotFoundError } from './errors.ts';
import type { AlgoregHttp, UpstreamTrace } from './http.ts';

/** What every product's typed calls are built on: the shared HTTP layer, bound to one request. */
export interface Caller {
  http: AlgoregHttp;
  /** The current GraphQL request's trace, when tracing is on. */
  trace: UpstreamTrace | undefined;
  /** Calls one batch may have in flight. */
  concurrency: number;
  config: UpstreamConfig;
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
