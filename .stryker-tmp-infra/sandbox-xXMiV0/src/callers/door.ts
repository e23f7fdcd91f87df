// @ts-nocheck
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.ts';
import { type AuditEvent, type AuditSink, auditCaller, createAuditSink } from './audit.ts';
import { AuthenticationError, Authenticator, type Caller, IdentityUnavailableError } from './identity.ts';

/** What the door learnt about one HTTP request, for the context, the limits and the audit trail. */
export interface RequestState {
  requestId: string;
  /** The client's address (the socket's). */
  source: string | undefined;
  caller: Caller | undefined;
}

/** A refusal at the door, answered as a GraphQL-shaped JSON error. */
export interface Refusal {
  status: number;
  code: 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';
  message: string;
  retryAfterS?: number | undefined;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * The front door: the request's id and source, who the caller is (before anything is parsed), the
 * per-caller rate limits, and the audit sink. One per gateway; /graphql and the download routes
 * share it, so there is one way in.
 */
export class Door {
  readonly audit: AuditSink;
  private readonly authenticator: Authenticator;
  private readonly requests: RateLimiterMemory | undefined;
  private readonly decisions: RateLimiterMemory | undefined;
  private readonly states = new WeakMap<Request, RequestState>();

  constructor(config: Config, logger: Logger) {
    this.authenticator = new Authenticator(config.callers, logger.child({ component: 'callers' }));
    this.audit = createAuditSink(config.auditLog);
    const { requestsPerMinute, decisionsPerMinute } = config.rateLimits;
    this.requests =
      requestsPerMinute > 0 ? new RateLimiterMemory({ points: requestsPerMinute, duration: 60 }) : undefined;
    this.decisions =
      decisionsPerMinute > 0
        ? new RateLimiterMemory({ points: decisionsPerMinute, duration: 60 })
        : undefined;
  }

  /** The request's state, made on first sight: its id (the client's `X-Request-Id` when sane) and source. */
  state(request: Request, serverContext?: unknown): RequestState {
    let state = this.states.get(request);
    if (!state) {
      const given = request.headers.get('x-request-id');
      const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req
        ?.socket;
      state = {
        requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
        source: socket?.remoteAddress,
        caller: undefined,
      };
      this.states.set(request, state);
    }
    return state;
  }

  /** Authenticates the caller and counts the request against their limit; a Refusal when not let in. */
  async admit(request: Request, state: RequestState): Promise<Refusal | undefined> {
    try {
      state.caller = await this.authenticator.authenticate(request);
    } catch (error) {
      if (error instanceof IdentityUnavailableError) {
        return { status: 503, code: 'SERVICE_UNAVAILABLE', message: error.message, retryAfterS: 5 };
      }
      if (!(error instanceof AuthenticationError)) throw error;
      return { status: 401, code: 'UNAUTHENTICATED', message: error.message };
    }
    return this.consume(this.requests, state, 1);
  }

  /** Identifies the caller if the request says who it is, without refusing (the GraphiQL page). */
  async identify(request: Request, state: RequestState): Promise<void> {
    state.caller = await this.authenticator.authenticate(request).catch(() => undefined);
  }

  /** The caller, identified now if the request has not been yet (without refusing). */
  async identified(request: Request): Promise<Caller | undefined> {
    const state = this.state(request);
    if (!state.caller) await this.identify(request, state);
    return state.caller;
  }

  /** Counts `count` decision mutations against the caller's stricter limit. */
  consumeDecisions(state: RequestState, count: number): Promise<Refusal | undefined> {
    return this.consume(this.decisions, state, count);
  }

  /** Writes one audit event for this request. */
  record(
    state: RequestState,
    event: Pick<AuditEvent, 'action' | 'operation' | 'targets' | 'outcome' | 'code'>,
  ) {
    this.audit.write({
      time: new Date().toISOString(),
      requestId: state.requestId,
      source: state.source,
      caller: auditCaller(state.caller),
      ...event,
    });
  }

  private async consume(
    limiter: RateLimiterMemory | undefined,
    state: RequestState,
    points: number,
  ): Promise<Refusal | undefined> {
    if (!limiter || points === 0) return undefined;
    // Anonymous callers (development only) share nothing but their address.
    const caller = state.caller;
    const key = caller?.kind === 'anonymous' || !caller ? `anonymous@${state.source ?? '?'}` : caller.id;
    try {
      await limiter.consume(key, points);
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return {
        status: 429,
        code: 'RATE_LIMITED',
        message: 'Too many requests: slow down and retry after the time given in `retryAfter`.',
        retryAfterS: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      };
    }
  }
}

/** A refusal as an HTTP answer shaped like a GraphQL error response. */
export function refusalResponse(refusal: Refusal): Response {
  const extensions: Record<string, unknown> = { code: refusal.code };
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (refusal.retryAfterS !== undefined) {
    extensions.retryAfter = refusal.retryAfterS;
    headers['retry-after'] = String(refusal.retryAfterS);
  }
  if (refusal.status === 401) headers['www-authenticate'] = 'Bearer';
  return new Response(JSON.stringify({ errors: [{ message: refusal.message, extensions }] }), {
    status: refusal.status,
    headers,
  });
}
