import { z } from 'zod';
import { AlgoregUnauthorizedError } from './errors.ts';

/** Supplies the `Authorization` header of Algoreg calls. */
export interface AuthProvider {
  authorization(): Promise<string>;
  /** Algoreg answered 401 to this header: forget it so the next call gets a fresh one. */
  invalidate(rejected: string): void;
}

/** HTTP Basic: the programmatic user's email and API key on every call. */
export class BasicAuth implements AuthProvider {
  private readonly header: string;
  constructor(user: string, key: string) {
    this.header = `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;
  }
  async authorization(): Promise<string> {
    return this.header;
  }
  invalidate(): void {
    // Nothing to renew: the same credentials are all there is.
  }
}

export const tokenResponse = z.object({
  access_token: z.string().min(1),
  // Not documented; honoured when present.
  expires_in: z.number().positive().optional(),
});

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
  private token: { header: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  private readonly requestToken: () => Promise<TokenResponse>;
  private readonly now: () => number;

  constructor(requestToken: () => Promise<TokenResponse>, now: () => number = Date.now) {
    this.requestToken = requestToken;
    this.now = now;
  }

  authorization(): Promise<string> {
    if (this.token && this.now() < this.token.renewAt) return Promise.resolve(this.token.header);
    this.pending ??= this.renew().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  invalidate(rejected: string): void {
    if (this.token?.header === rejected) this.token = undefined;
  }

  private async renew(): Promise<string> {
    const res = await this.requestToken();
    const lifetime = res.expires_in ?? DEFAULT_LIFETIME_S;
    const header = `Bearer ${res.access_token}`;
    this.token = { header, renewAt: this.now() + Math.max(lifetime - RENEW_MARGIN_S, lifetime / 2) * 1000 };
    return header;
  }
}

/**
 * `ALGOREG_AUTH=forward`: there is no service account; every call carries the credentials of the
 * caller it is made for (`UpstreamTrace.authorization`). A call without them is refused here.
 */
export class ForwardedAuth implements AuthProvider {
  // Stryker disable all: a guard no request reaches: the door refuses a request without
  // X-Algoreg-Authorization, signed download links are off in this mode, and /ready asks nothing.
  async authorization(): Promise<string> {
    throw new AlgoregUnauthorizedError({ route: 'forwarded credentials' });
  }
  // Stryker restore all
  invalidate(): void {
    // The caller's credentials are theirs to renew.
  }
}
