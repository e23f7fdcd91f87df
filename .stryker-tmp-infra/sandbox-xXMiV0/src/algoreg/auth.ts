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
import { z } from 'zod';
import { AlgoregUnauthorizedError } from './errors.ts';

/** Supplies the `Authorization` header of Algoreg calls. */
export interface AuthProvider {
  authorization(): Promise<string>;
  /** Algoreg answered 401 to this header: forget it so the next call gets a fresh one. */
  invalidate(rejected: string): void;
  /** Whether a call could go out now without first obtaining credentials (readiness). */
  cached(): boolean;
}

/** HTTP Basic: the programmatic user's email and API key on every call. */
export class BasicAuth implements AuthProvider {
  private readonly header: string;
  constructor(user: string, key: string) {
    if (stryMutAct_9fa48("0")) {
      {}
    } else {
      stryCov_9fa48("0");
      this.header = stryMutAct_9fa48("1") ? `` : (stryCov_9fa48("1"), `Basic ${Buffer.from(stryMutAct_9fa48("2") ? `` : (stryCov_9fa48("2"), `${user}:${key}`)).toString(stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'base64'))}`);
    }
  }
  async authorization(): Promise<string> {
    if (stryMutAct_9fa48("4")) {
      {}
    } else {
      stryCov_9fa48("4");
      return this.header;
    }
  }
  invalidate(): void {
    // Nothing to renew: the same credentials are all there is.
  }
  cached(): boolean {
    if (stryMutAct_9fa48("5")) {
      {}
    } else {
      stryCov_9fa48("5");
      return stryMutAct_9fa48("6") ? false : (stryCov_9fa48("6"), true);
    }
  }
}
export const tokenResponse = z.object(stryMutAct_9fa48("7") ? {} : (stryCov_9fa48("7"), {
  access_token: stryMutAct_9fa48("8") ? z.string().max(1) : (stryCov_9fa48("8"), z.string().min(1)),
  // Not documented; honoured when present.
  expires_in: z.number().positive().optional()
}));
export type TokenResponse = z.output<typeof tokenResponse>;

/** Algoreg documents a one-hour token lifetime. */
const DEFAULT_LIFETIME_S = 3600;
/** Renew this long before expiry so no call goes out with a token about to lapse. */
const RENEW_MARGIN_S = 300;

/**
 * The OAuth2 password flow (`POST /api/v1/token`): one token shared by all requests, renewed
 * before it expires; however many requests need a token at once, one renewal is in flight.
 */
export class TokenAuth implements AuthProvider {
  private token: {
    header: string;
    renewAt: number;
  } | undefined;
  private pending: Promise<string> | undefined;
  private readonly requestToken: () => Promise<TokenResponse>;
  private readonly now: () => number;
  constructor(requestToken: () => Promise<TokenResponse>, now: () => number = Date.now) {
    if (stryMutAct_9fa48("9")) {
      {}
    } else {
      stryCov_9fa48("9");
      this.requestToken = requestToken;
      this.now = now;
    }
  }
  authorization(): Promise<string> {
    if (stryMutAct_9fa48("10")) {
      {}
    } else {
      stryCov_9fa48("10");
      if (stryMutAct_9fa48("13") ? this.token || this.now() < this.token.renewAt : stryMutAct_9fa48("12") ? false : stryMutAct_9fa48("11") ? true : (stryCov_9fa48("11", "12", "13"), this.token && (stryMutAct_9fa48("16") ? this.now() >= this.token.renewAt : stryMutAct_9fa48("15") ? this.now() <= this.token.renewAt : stryMutAct_9fa48("14") ? true : (stryCov_9fa48("14", "15", "16"), this.now() < this.token.renewAt)))) return Promise.resolve(this.token.header);
      stryMutAct_9fa48("17") ? this.pending &&= this.renew().finally(() => {
        this.pending = undefined;
      }) : (stryCov_9fa48("17"), this.pending ??= this.renew().finally(() => {
        if (stryMutAct_9fa48("18")) {
          {}
        } else {
          stryCov_9fa48("18");
          this.pending = undefined;
        }
      }));
      return this.pending;
    }
  }
  invalidate(rejected: string): void {
    if (stryMutAct_9fa48("19")) {
      {}
    } else {
      stryCov_9fa48("19");
      if (stryMutAct_9fa48("22") ? this.token?.header !== rejected : stryMutAct_9fa48("21") ? false : stryMutAct_9fa48("20") ? true : (stryCov_9fa48("20", "21", "22"), (stryMutAct_9fa48("23") ? this.token.header : (stryCov_9fa48("23"), this.token?.header)) === rejected)) this.token = undefined;
    }
  }
  cached(): boolean {
    if (stryMutAct_9fa48("24")) {
      {}
    } else {
      stryCov_9fa48("24");
      return stryMutAct_9fa48("27") ? this.token !== undefined || this.now() < this.token.renewAt : stryMutAct_9fa48("26") ? false : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26", "27"), (stryMutAct_9fa48("29") ? this.token === undefined : stryMutAct_9fa48("28") ? true : (stryCov_9fa48("28", "29"), this.token !== undefined)) && (stryMutAct_9fa48("32") ? this.now() >= this.token.renewAt : stryMutAct_9fa48("31") ? this.now() <= this.token.renewAt : stryMutAct_9fa48("30") ? true : (stryCov_9fa48("30", "31", "32"), this.now() < this.token.renewAt)));
    }
  }
  private async renew(): Promise<string> {
    if (stryMutAct_9fa48("33")) {
      {}
    } else {
      stryCov_9fa48("33");
      const res = await this.requestToken();
      const lifetime = stryMutAct_9fa48("34") ? res.expires_in && DEFAULT_LIFETIME_S : (stryCov_9fa48("34"), res.expires_in ?? DEFAULT_LIFETIME_S);
      const header = stryMutAct_9fa48("35") ? `` : (stryCov_9fa48("35"), `Bearer ${res.access_token}`);
      this.token = stryMutAct_9fa48("36") ? {} : (stryCov_9fa48("36"), {
        header,
        renewAt: stryMutAct_9fa48("37") ? this.now() - Math.max(lifetime - RENEW_MARGIN_S, lifetime / 2) * 1000 : (stryCov_9fa48("37"), this.now() + (stryMutAct_9fa48("38") ? Math.max(lifetime - RENEW_MARGIN_S, lifetime / 2) / 1000 : (stryCov_9fa48("38"), (stryMutAct_9fa48("39") ? Math.min(lifetime - RENEW_MARGIN_S, lifetime / 2) : (stryCov_9fa48("39"), Math.max(stryMutAct_9fa48("40") ? lifetime + RENEW_MARGIN_S : (stryCov_9fa48("40"), lifetime - RENEW_MARGIN_S), stryMutAct_9fa48("41") ? lifetime * 2 : (stryCov_9fa48("41"), lifetime / 2)))) * 1000)))
      });
      return header;
    }
  }
}

/**
 * `ALGOREG_AUTH=forward`: there is no service account; every call carries the credentials of the
 * caller it is made for (`UpstreamTrace.authorization`). A call without them is refused here.
 */
export class ForwardedAuth implements AuthProvider {
  async authorization(): Promise<string> {
    if (stryMutAct_9fa48("42")) {
      {}
    } else {
      stryCov_9fa48("42");
      throw new AlgoregUnauthorizedError(stryMutAct_9fa48("44") ? {} : (stryCov_9fa48("44"), {
        route: stryMutAct_9fa48("45") ? "" : (stryCov_9fa48("45"), 'forwarded credentials')
      }));
    }
  }
  invalidate(): void {
    // The caller's credentials are theirs to renew.
  }
  cached(): boolean {
    if (stryMutAct_9fa48("46")) {
      {}
    } else {
      stryCov_9fa48("46");
      return stryMutAct_9fa48("47") ? false : (stryCov_9fa48("47"), true);
    }
  }
}