import type { Logger } from 'pino';
import {
  type AlgoregClient,
  type AlgoregConnection,
  createAlgoregClient,
  UpstreamTrace,
} from './algoreg/client.ts';
import type { Caller } from './callers/identity.ts';
import type { Config } from './config.ts';

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
}

export interface ContextDeps {
  config: Config;
  connection: AlgoregConnection;
  logger: Logger;
}

export function createContext(
  deps: ContextDeps,
  request: Request,
  requestId: string,
  caller: Caller,
): Context {
  const logger = deps.logger.child({ requestId });
  const trace = new UpstreamTrace(deps.config.limits.maxUpstreamCalls, logger, deps.config.requestTimeoutMs);
  trace.authorization = caller.algoregAuthorization;
  return {
    algoreg: createAlgoregClient(deps.connection, trace),
    trace,
    requestId,
    caller,
    config: deps.config,
    logger,
    memo: new Map(),
    publicUrl: new URL(request.url).origin,
  };
}
