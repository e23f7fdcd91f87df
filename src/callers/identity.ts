import { createHash, timingSafeEqual } from 'node:crypto';
// jose is loaded on the first OIDC token only: a gateway without OIDC never holds it.
import type { createRemoteJWKSet, JWTPayload } from 'jose';
import type { Logger } from 'pino';
import { ALL_SCOPES, isScope, type Scope } from './scopes.ts';

/** Who is calling, as every resolver, the audit trail and the rate limits see it. */
export interface Caller {
  /** Stable id for the audit trail and the rate limits: `token:<name>`, `oidc:<sub>` or `anonymous`. */
  id: string;
  /** A name a reviewer recognises: the token's name, the JWT's `preferred_username`/`name`/`sub`. */
  name: string;
  kind: 'token' | 'oidc' | 'anonymous';
  scopes: ReadonlySet<Scope>;
  /**
   * The caller's own Algoreg credentials (`X-Algoreg-Authorization`), sent upstream instead of the
   * service account's when `ALGOREG_AUTH=forward`. Never logged.
   */
  algoregAuthorization: string | undefined;
}

/** One API token from `GATEWAY_API_TOKENS`: its name, scopes and the SHA-256 of its value. */
export interface ApiToken {
  name: string;
  scopes: readonly Scope[];
  /** Hex SHA-256 of the token: the configuration may hold the digest instead of the token. */
  sha256: string;
}

export interface OidcConfig {
  /** Expected `iss`; its `/.well-known/openid-configuration` names the JWKS unless `jwksUrl` is set. */
  issuer: string;
  /** Expected `aud`. */
  audience: string;
  jwksUrl: string | undefined;
  /** Leeway on `exp`/`nbf`/`iat`, in seconds. Default 30. */
  clockSkewS: number;
}

export interface CallersConfig {
  tokens: readonly ApiToken[];
  oidc: OidcConfig | undefined;
  /** With no tokens and no issuer every caller is `anonymous` with every scope (development). */
  anonymous: boolean;
  /** `ALGOREG_AUTH=forward`: each caller must bring their own Algoreg credentials. */
  forwardAlgoregAuth: boolean;
}

/** Why a request was not let in (answered 401, `UNAUTHENTICATED`). */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/**
 * The issuer's keys cannot be had right now (discovery or JWKS down, slow or garbled): a bearer
 * token cannot be checked either way. Answered 503, so a frontend retries instead of signing out.
 */
export class IdentityUnavailableError extends Error {
  override name = 'IdentityUnavailableError';
}

/** jose's codes for a key set it could not fetch or read (a token's own faults have others). */
const KEY_SET_UNAVAILABLE = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GATEWAY_API_TOKENS`: either a comma-separated list of bare tokens (each with every scope, named
 * `token-1`, `token-2`…, as before scopes existed), or a JSON array of
 * `{"name", "scopes": [...], "token" | "sha256"}`. Throws with a message naming the problem.
 */
export function parseApiTokens(raw: string | undefined): ApiToken[] {
  const text = raw?.trim() ?? '';
  if (!text) return [];
  if (!text.startsWith('[')) {
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((token, i) => ({
        name: `token-${i + 1}`,
        scopes: ALL_SCOPES,
        sha256: sha256(token).toString('hex'),
      }));
  }
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    throw new Error('is neither a comma-separated list of tokens nor valid JSON');
  }
  if (!Array.isArray(entries)) throw new Error('must be a JSON array');
  const names = new Set<string>();
  return entries.map((entry: Record<string, unknown>, i) => {
    const where = `entry ${i + 1}`;
    const { name, scopes, token, sha256: digest } = entry ?? {};
    if (typeof name !== 'string' || !/^[\w.@-]{1,64}$/.test(name))
      throw new Error(`${where}: name must be 1-64 letters, digits or . _ @ -`);
    if (names.has(name)) throw new Error(`${where}: the name ${name} is given twice`);
    names.add(name);
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || !isScope(s)))
      throw new Error(`${where}: scopes must be a list of: ${ALL_SCOPES.join(', ')}`);
    let hex: string;
    if (typeof token === 'string' && token.length >= 16) hex = sha256(token).toString('hex');
    else if (typeof digest === 'string' && /^[0-9a-f]{64}$/i.test(digest)) hex = digest.toLowerCase();
    else throw new Error(`${where}: give "token" (at least 16 characters) or "sha256" (64 hex digits)`);
    return { name, scopes: scopes as Scope[], sha256: hex };
  });
}

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * Turns a request's credentials into a Caller: an API token from the configuration, or an
 * OIDC/JWT bearer token verified against the issuer's JWKS (signature, issuer, audience, expiry
 * with clock skew). The only code that reads the `Authorization` and `X-Algoreg-Authorization`
 * headers of clients.
 */
export class Authenticator {
  private readonly config: CallersConfig;
  private readonly logger: Logger;
  private readonly tokens: { token: ApiToken; digest: Buffer }[];
  private jwks: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  constructor(config: CallersConfig, logger: Logger) {
    this.config = config;
    this.logger = logger;
    this.tokens = config.tokens.map((token) => ({ token, digest: Buffer.from(token.sha256, 'hex') }));
  }

  async authenticate(request: Request): Promise<Caller> {
    const algoregAuthorization = this.algoregCredentials(request);
    if (this.config.anonymous) {
      return {
        id: 'anonymous',
        name: 'anonymous',
        kind: 'anonymous',
        scopes: new Set(ALL_SCOPES),
        algoregAuthorization,
      };
    }
    const header = request.headers.get('authorization');
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!bearer) throw new AuthenticationError('Missing API token: send `Authorization: Bearer <token>`.');
    if (this.config.oidc && JWT_SHAPE.test(bearer)) {
      return { ...(await this.verifyJwt(bearer, this.config.oidc)), algoregAuthorization };
    }
    // Compared as digests in constant time against every token, so timing says nothing of them.
    const digest = sha256(bearer);
    let found: ApiToken | undefined;
    for (const { token, digest: d } of this.tokens) if (timingSafeEqual(d, digest)) found = token;
    if (!found) throw new AuthenticationError('Invalid API token.');
    return {
      id: `token:${found.name}`,
      name: found.name,
      kind: 'token',
      scopes: new Set(found.scopes),
      algoregAuthorization,
    };
  }

  private algoregCredentials(request: Request): string | undefined {
    if (!this.config.forwardAlgoregAuth) return undefined;
    const value = request.headers.get('x-algoreg-authorization')?.trim() ?? '';
    if (!/^(Bearer|Basic) \S+$/.test(value)) {
      throw new AuthenticationError(
        "This gateway forwards each caller's Algoreg credentials: send `X-Algoreg-Authorization: Bearer <your Algoreg token>`.",
      );
    }
    return value;
  }

  private async verifyJwt(jwt: string, oidc: OidcConfig): Promise<Omit<Caller, 'algoregAuthorization'>> {
    let payload: JWTPayload;
    try {
      const { jwtVerify } = await import('jose');
      ({ payload } = await jwtVerify(jwt, await this.keySet(oidc), {
        issuer: oidc.issuer,
        audience: oidc.audience,
        clockTolerance: oidc.clockSkewS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      // The reason (expired, wrong audience, bad signature, JWKS unreachable) is logged, not told.
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || KEY_SET_UNAVAILABLE.has(code)) {
        this.logger.warn(
          { reason: typeof code === 'string' ? code : 'unreachable' },
          'OIDC keys unavailable',
        );
        throw new IdentityUnavailableError('Bearer tokens cannot be checked right now: retry shortly.');
      }
      this.logger.info({ reason: code }, 'bearer JWT refused');
      throw new AuthenticationError('Invalid or expired bearer token.');
    }
    const sub = String(payload.sub);
    const name = [payload.preferred_username, payload.name, sub].find((v) => typeof v === 'string' && v);
    return { id: `oidc:${sub}`, name: String(name), kind: 'oidc', scopes: scopesOf(payload) };
  }

  /** The issuer's key set, discovered once; jose caches the keys and refetches on an unknown `kid`. */
  private keySet(oidc: OidcConfig): Promise<ReturnType<typeof createRemoteJWKSet>> {
    this.jwks ??= (async () => {
      let url = oidc.jwksUrl;
      if (!url) {
        const res = await fetch(`${oidc.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, {
          signal: AbortSignal.timeout(5_000),
        });
        const doc = (await res.json()) as { jwks_uri?: unknown };
        if (!res.ok || typeof doc.jwks_uri !== 'string')
          throw new Error('no jwks_uri in the OIDC discovery document');
        url = doc.jwks_uri;
      }
      const jose = await import('jose');
      return jose.createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000 });
    })().catch((error) => {
      this.jwks = undefined;
      throw error;
    });
    return this.jwks;
  }
}

/** Scopes from the `scope` claim (space-separated, RFC 8693) or `scp` (a list); unknown ones ignored. */
function scopesOf(payload: JWTPayload): Set<Scope> {
  const raw = payload.scope ?? payload.scp;
  const list = typeof raw === 'string' ? raw.split(/\s+/) : Array.isArray(raw) ? raw.map(String) : [];
  return new Set(list.filter(isScope));
}
