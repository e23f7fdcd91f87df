// @ts-nocheck
import { type Dispatcher, errors as undiciErrors } from 'undici';
import {
  AlgoregBadResponseError,
  AlgoregError,
  AlgoregTimeoutError,
  AlgoregUnavailableError,
  errorForStatus,
} from './errors.ts';

/**
 * What went wrong with a call, as a typed AlgoregError: an error answer (its status, Algoreg's own
 * error codes and Retry-After; never its messages, which may hold customer data), or a failure
 * before any answer (timeouts, resets, unreadable bodies).
 */

/** The typed error of an error answer (status ≥ 400). */
export async function failureOf(res: Dispatcher.ResponseData, route: string): Promise<AlgoregError> {
  let upstreamCodes: string[] = [];
  try {
    const body = (await res.body.json()) as { errors?: { code?: unknown }[] };
    if (Array.isArray(body?.errors)) {
      upstreamCodes = body.errors.map((e) => e?.code).filter((c): c is string => typeof c === 'string');
    }
  } catch {
    // Not JSON: the status alone decides.
  }
  return errorForStatus(res.statusCode, {
    route,
    status: res.statusCode,
    upstreamCodes,
    retryAfter: retryAfterSeconds(header(res.headers, 'retry-after')),
  });
}

/** The typed error of anything thrown while calling. */
export function classify(raw: unknown, route: string): AlgoregError {
  if (raw instanceof AlgoregError) return raw;
  const name = (raw as { name?: string })?.name;
  if (
    name === 'TimeoutError' ||
    raw instanceof undiciErrors.HeadersTimeoutError ||
    raw instanceof undiciErrors.BodyTimeoutError ||
    raw instanceof undiciErrors.ConnectTimeoutError
  ) {
    return new AlgoregTimeoutError({ route, cause: raw });
  }
  if (name === 'AbortError') return new AlgoregTimeoutError({ route, cause: raw });
  if (raw instanceof SyntaxError) return new AlgoregBadResponseError({ route, cause: raw });
  return new AlgoregUnavailableError({ route, cause: raw });
}

export function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A Retry-After header (seconds or an HTTP date) in seconds. */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
