import { type Dispatcher, errors as undiciErrors } from 'undici';
import { AlgoregError, AlgoregTimeoutError, AlgoregUnavailableError, errorForStatus } from './errors.ts';

/**
 * What went wrong with a call, as a typed AlgoregError: an error answer (its status, Algoreg's own
 * error codes and Retry-After; never its messages, which may hold customer data), or a failure
 * before any answer (timeouts, resets, unreadable bodies).
 */

/** The typed error of an error answer (status ≥ 400). */
export async function failureOf(res: Dispatcher.ResponseData, route: string): Promise<AlgoregError> {
  let body: { errors?: unknown } | null = null;
  try {
    body = (await res.body.json()) as { errors?: unknown } | null;
  } catch {
    // Not JSON: the status alone decides.
  }
  const errors = body?.errors;
  return errorForStatus(res.statusCode, {
    route,
    status: res.statusCode,
    upstreamCodes: Array.isArray(errors)
      ? errors
          .map((e: { code?: unknown } | null) => e?.code)
          .filter((c): c is string => typeof c === 'string')
      : [],
    retryAfter: retryAfterSeconds(header(res.headers, 'retry-after')),
  });
}

/**
 * The typed error of anything thrown while calling. Every timeout but the connect one is the
 * attempt's own precise timer in http.ts (an AlgoregTimeoutError, the abort's reason), which fires
 * before undici's coarser headers and body timeouts, set to the same length; unreadable bodies are
 * AlgoregBadResponseErrors where they are parsed. What is left is the connection: its connect
 * timeout (ALGOREG_CONNECT_TIMEOUT_MS, shorter than the call's) or its failure (refused, reset).
 */
export function classify(raw: unknown, route: string): AlgoregError {
  if (raw instanceof AlgoregError) return raw;
  if (raw instanceof undiciErrors.ConnectTimeoutError) return new AlgoregTimeoutError({ route, cause: raw });
  return new AlgoregUnavailableError({ route, cause: raw });
}

export function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Retry-After's delay-seconds: digits only (RFC 9110), so "-5" or "1.5" are not taken for one. */
const DELAY_SECONDS = /^\d+$/;

/**
 * A Retry-After header (delay-seconds or an HTTP-date) in seconds; undefined when it is neither.
 * Only an IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT") is read as a date: Date.parse alone would
 * take "-5" or "soon 5" for dates of 2001, i.e. "retry now".
 */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (DELAY_SECONDS.test(value)) return Number(value);
  if (!value.endsWith(' GMT')) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
