/**
 * Typed upstream errors with stable codes. Messages here are generic on purpose: Algoreg's bodies
 * may carry customer data, so only the status, the route and Algoreg's own error codes are kept.
 */
// @ts-nocheck


export type AlgoregErrorCode =
  | 'UPSTREAM_NOT_FOUND'
  | 'UPSTREAM_UNAUTHORIZED'
  | 'UPSTREAM_FORBIDDEN'
  | 'UPSTREAM_BAD_REQUEST'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'QUERY_TOO_EXPENSIVE';

export interface AlgoregErrorDetails {
  /** `"METHOD /path/{template}"` of the failed call. */
  route: string;
  status?: number;
  /** Algoreg's `errors[].code` values (codes only, never messages). */
  upstreamCodes?: string[];
  /** Seconds after which a retry may succeed, when Algoreg said so. */
  retryAfter?: number;
  cause?: unknown;
}

export class AlgoregError extends Error {
  readonly code: AlgoregErrorCode;
  readonly route: string;
  readonly status: number | undefined;
  readonly upstreamCodes: string[];
  readonly retryAfter: number | undefined;
  /** Whether the same call may succeed later. */
  readonly retryable: boolean;

  constructor(code: AlgoregErrorCode, message: string, details: AlgoregErrorDetails, retryable: boolean) {
    super(message, { cause: details.cause });
    this.code = code;
    this.route = details.route;
    this.status = details.status;
    this.upstreamCodes = details.upstreamCodes ?? [];
    this.retryAfter = details.retryAfter;
    this.retryable = retryable;
  }
}

export class AlgoregNotFoundError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_NOT_FOUND', 'Algoreg has no such record.', d, false);
  }
}

export class AlgoregUnauthorizedError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_UNAUTHORIZED', 'The gateway could not authenticate with Algoreg.', d, false);
  }
}

export class AlgoregForbiddenError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_FORBIDDEN', "The gateway's Algoreg user lacks the role for this operation.", d, false);
  }
}

export class AlgoregBadRequestError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_BAD_REQUEST', 'Algoreg rejected the request.', d, false);
  }
}

export class AlgoregRateLimitedError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_RATE_LIMITED', 'Algoreg is rate limiting the gateway; retry later.', d, true);
  }
}

export class AlgoregUnavailableError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_UNAVAILABLE', 'Algoreg is unavailable; retry later.', d, true);
  }
}

export class AlgoregTimeoutError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_TIMEOUT', 'Algoreg did not answer in time; retry later.', d, true);
  }
}

export class AlgoregBadResponseError extends AlgoregError {
  constructor(d: AlgoregErrorDetails) {
    super('UPSTREAM_BAD_RESPONSE', 'Algoreg answered with something the gateway cannot read.', d, false);
  }
}

/** The request reached its budget of Algoreg calls (`MAX_UPSTREAM_CALLS`); nothing more is sent. */
export class AlgoregBudgetExceededError extends AlgoregError {
  constructor(d: AlgoregErrorDetails, budget: number) {
    super(
      'QUERY_TOO_EXPENSIVE',
      `This operation needs more than ${budget} Algoreg calls; ask for fewer items or split it.`,
      d,
      false,
    );
  }
}

/** Maps a non-2xx status to its typed error. */
export function errorForStatus(status: number, d: AlgoregErrorDetails): AlgoregError {
  if (status === 404) return new AlgoregNotFoundError(d);
  if (status === 401) return new AlgoregUnauthorizedError(d);
  if (status === 403) return new AlgoregForbiddenError(d);
  if (status === 429) return new AlgoregRateLimitedError(d);
  if (status === 408 || status === 504) return new AlgoregTimeoutError(d);
  if (status >= 500) return new AlgoregUnavailableError(d);
  return new AlgoregBadRequestError(d);
}

/**
 * The route's circuit breaker is open: Algoreg failed too often on it lately, so nothing was sent.
 * Same code as any unavailability; `retryAfter` says when the breaker lets a probe through.
 */
export class AlgoregCircuitOpenError extends AlgoregUnavailableError {}
