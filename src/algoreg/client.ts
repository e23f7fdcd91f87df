import type { Logger } from 'pino';
import type { UpstreamConfig } from '../config.ts';
import { type AuthProvider, BasicAuth, ForwardedAuth, TokenAuth, tokenResponse } from './auth.ts';
import { credentialIdentity, type ReadCache } from './cache.ts';
import { batchRunner, type Caller } from './caller.ts';
import { chatCalls } from './chat.ts';
import { customerCalls } from './customer.ts';
import { documentCalls } from './document.ts';
import { AlgoregHttp } from './http.ts';
import { kytCalls } from './kyt.ts';
import { pressCalls } from './press.ts';
import type { UpstreamObserver } from './resilience.ts';
import { riskCalls } from './risk.ts';
import { scanCalls } from './scan.ts';
import type { UpstreamSpans } from './spans.ts';
import { UpstreamTrace } from './trace.ts';
import { vidCalls } from './vid.ts';

/** The long-lived connection to Algoreg: one pool and one token for the whole process. */
export interface AlgoregConnection {
  http: AlgoregHttp;
  auth: AuthProvider;
  config: UpstreamConfig;
  /** OpenTelemetry spans of calls and batches; absent when tracing is off. */
  spans: UpstreamSpans | undefined;
  close(): Promise<void>;
}

export function connectAlgoreg(
  config: UpstreamConfig,
  logger: Logger,
  observer?: UpstreamObserver,
  spans?: UpstreamSpans,
  cache?: ReadCache,
): AlgoregConnection {
  if (!config.baseUrl || !config.user || !config.key)
    throw new Error('Algoreg base URL and credentials are required');
  const { user, key } = config;
  let http: AlgoregHttp | undefined;
  const auth: AuthProvider =
    config.auth === 'forward'
      ? new ForwardedAuth()
      : config.auth === 'basic'
        ? new BasicAuth(user, key)
        : new TokenAuth(() => {
            if (!http) throw new Error('Algoreg connection is not ready');
            return http.unauthenticated('token', tokenResponse, {
              grant_type: 'password',
              username: user,
              password: key,
            });
          });
  http = new AlgoregHttp({
    baseUrl: config.baseUrl,
    auth,
    timeoutMs: config.timeoutMs,
    connectTimeoutMs: config.connectTimeoutMs,
    connections: config.connections,
    readRetries: config.readRetries,
    resilience: config.resilience,
    observer,
    spans,
    logger: logger.child({ component: 'algoreg' }),
    // Keyed by who asks: two credentials may see different records.
    cache: cache ? { store: cache, identity: credentialIdentity(config.baseUrl, user) } : undefined,
  });
  const connected = http;
  return { http: connected, auth, config, spans, close: () => connected.close() };
}

/** The typed Algoreg API for one GraphQL request: `ctx.algoreg.<product>.<verb>()`. */
export function createAlgoregClient(connection: AlgoregConnection, trace: UpstreamTrace | undefined) {
  const caller: Caller = {
    http: connection.http,
    trace,
    concurrency: connection.config.concurrency,
    config: connection.config,
    batch: batchRunner(connection.config.concurrency, connection.spans),
  };
  return {
    customer: customerCalls(caller),
    chat: chatCalls(caller),
    document: documentCalls(caller),
    kyt: kytCalls(caller),
    scan: scanCalls(caller),
    risk: riskCalls(caller),
    press: pressCalls(caller),
    vid: vidCalls(caller),
  };
}

export type AlgoregClient = ReturnType<typeof createAlgoregClient>;
export { UpstreamTrace };
