// @ts-nocheck
import { initContextCache } from '@pothos/core';
import type { Logger } from 'pino';
import {
  type AlgoregClient,
  type AlgoregConnection,
  createAlgoregClient,
  UpstreamTrace,
} from './algoreg/client.ts';
import type { Caller } from './callers/identity.ts';
import type { Config } from './config.ts';
import type { Live } from './live/live.ts';

/** Everything a resolver may use; a fresh object per GraphQL request. */
export interface Context {
  algoreg: AlgoregClient;
  /** What this request cost upstream (shown in `extensions.upstream` when tracing is on). */
  trace: UpstreamTrace;
  requestId: string;
  /** Who is calling and what they may do (authenticated before the request was parsed). */
  caller: Caller;
  config: Config;
  logger: Logger;
  /** In-flight work shared within the request, by key (see schema/prefetch.ts). */
  memo: Map<string, Promise<unknown>>;
  /** Absolute base URL of this gateway as the client reached it, for links such as downloads. */
  publicUrl: string;
  /** Live updates: the events subscriptions listen to. */
  live: Live | undefined;
  /** Fresh per-request state (client, trace, loaders, memo): see `renewContext`. */
  fresh: () => object;
}

export interface ContextDeps {
  config: Config;
  connection: AlgoregConnection;
  logger: Logger;
  live?: Live | undefined;
}

export function createContext(
  deps: ContextDeps,
  request: Request,
  requestId: string,
  caller: Caller,
): Context {
  const logger = deps.logger.child({ requestId });
  const fresh = () => {
    const trace = new UpstreamTrace(
      deps.config.limits.maxUpstreamCalls,
      logger,
      deps.config.requestTimeoutMs,
    );
    trace.cacheEnabled = deps.connection.http.cached;
    trace.authorization = caller.algoregAuthorization;
    return {
      algoreg: createAlgoregClient(deps.connection, trace),
      trace,
      memo: new Map<string, Promise<unknown>>(),
      // Pothos keys its per-request loaders by this object: a new one means fresh loaders.
      ...initContextCache(),
    };
  };
  return {
    ...fresh(),
    requestId,
    caller,
    config: deps.config,
    logger,
    publicUrl: new URL(request.url).origin,
    live: deps.live,
    fresh,
  };
}

/**
 * Gives a long-lived context (a subscription's) the state of a new request before each event:
 * fresh loaders, so the entity is read again; a fresh trace, so each event has its own deadline
 * and call budget. Mutates the context itself, which GraphQL hands to every resolver.
 */
export function renewContext(ctx: Context): void {
  Object.assign(ctx, ctx.fresh());
}
