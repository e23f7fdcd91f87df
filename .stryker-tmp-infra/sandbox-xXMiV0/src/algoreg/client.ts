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
export function connectAlgoreg(config: UpstreamConfig, logger: Logger, observer?: UpstreamObserver, spans?: UpstreamSpans, cache?: ReadCache): AlgoregConnection {
  if (stryMutAct_9fa48("60")) {
    {}
  } else {
    stryCov_9fa48("60");
    if (stryMutAct_9fa48("63") ? (!config.baseUrl || !config.user) && !config.key : stryMutAct_9fa48("62") ? false : stryMutAct_9fa48("61") ? true : (stryCov_9fa48("61", "62", "63"), (stryMutAct_9fa48("65") ? !config.baseUrl && !config.user : stryMutAct_9fa48("64") ? false : (stryCov_9fa48("64", "65"), (stryMutAct_9fa48("66") ? config.baseUrl : (stryCov_9fa48("66"), !config.baseUrl)) || (stryMutAct_9fa48("67") ? config.user : (stryCov_9fa48("67"), !config.user)))) || (stryMutAct_9fa48("68") ? config.key : (stryCov_9fa48("68"), !config.key)))) throw new Error(stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), 'Algoreg base URL and credentials are required'));
    const {
      user,
      key
    } = config;
    let http: AlgoregHttp | undefined;
    const auth: AuthProvider = (stryMutAct_9fa48("73") ? config.auth !== 'forward' : stryMutAct_9fa48("72") ? false : stryMutAct_9fa48("71") ? true : (stryCov_9fa48("71", "72", "73"), config.auth === (stryMutAct_9fa48("74") ? "" : (stryCov_9fa48("74"), 'forward')))) ? new ForwardedAuth() : (stryMutAct_9fa48("77") ? config.auth !== 'basic' : stryMutAct_9fa48("76") ? false : stryMutAct_9fa48("75") ? true : (stryCov_9fa48("75", "76", "77"), config.auth === (stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), 'basic')))) ? new BasicAuth(user, key) : new TokenAuth(() => {
      if (stryMutAct_9fa48("79")) {
        {}
      } else {
        stryCov_9fa48("79");
        if (stryMutAct_9fa48("82") ? false : stryMutAct_9fa48("81") ? true : stryMutAct_9fa48("80") ? http : (stryCov_9fa48("80", "81", "82"), !http)) throw new Error(stryMutAct_9fa48("84") ? "" : (stryCov_9fa48("84"), 'Algoreg connection is not ready'));
        return http.unauthenticated(stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), 'token'), tokenResponse, stryMutAct_9fa48("86") ? {} : (stryCov_9fa48("86"), {
          grant_type: stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), 'password'),
          username: user,
          password: key
        }));
      }
    });
    http = new AlgoregHttp(stryMutAct_9fa48("88") ? {} : (stryCov_9fa48("88"), {
      baseUrl: config.baseUrl,
      auth,
      timeoutMs: config.timeoutMs,
      connectTimeoutMs: config.connectTimeoutMs,
      connections: config.connections,
      readRetries: config.readRetries,
      resilience: config.resilience,
      observer,
      spans,
      logger: logger.child(stryMutAct_9fa48("89") ? {} : (stryCov_9fa48("89"), {
        component: stryMutAct_9fa48("90") ? "" : (stryCov_9fa48("90"), 'algoreg')
      })),
      // Keyed by who asks: two credentials may see different records.
      cache: cache ? stryMutAct_9fa48("91") ? {} : (stryCov_9fa48("91"), {
        store: cache,
        identity: credentialIdentity(config.baseUrl, user)
      }) : undefined
    }));
    const connected = http;
    return stryMutAct_9fa48("92") ? {} : (stryCov_9fa48("92"), {
      http: connected,
      auth,
      config,
      spans,
      close: stryMutAct_9fa48("93") ? () => undefined : (stryCov_9fa48("93"), () => connected.close())
    });
  }
}

/** The typed Algoreg API for one GraphQL request: `ctx.algoreg.<product>.<verb>()`. */
export function createAlgoregClient(connection: AlgoregConnection, trace: UpstreamTrace | undefined) {
  if (stryMutAct_9fa48("94")) {
    {}
  } else {
    stryCov_9fa48("94");
    const caller: Caller = stryMutAct_9fa48("95") ? {} : (stryCov_9fa48("95"), {
      http: connection.http,
      trace,
      concurrency: connection.config.concurrency,
      config: connection.config,
      batch: batchRunner(connection.config.concurrency, connection.spans)
    });
    return stryMutAct_9fa48("96") ? {} : (stryCov_9fa48("96"), {
      customer: customerCalls(caller),
      chat: chatCalls(caller),
      document: documentCalls(caller),
      kyt: kytCalls(caller),
      scan: scanCalls(caller),
      risk: riskCalls(caller),
      press: pressCalls(caller),
      vid: vidCalls(caller)
    });
  }
}
export type AlgoregClient = ReturnType<typeof createAlgoregClient>;
export { UpstreamTrace };