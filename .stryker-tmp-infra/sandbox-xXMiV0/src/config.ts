// @ts-nocheck
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { z } from 'zod';
import { type CallersConfig, parseApiTokens } from './callers/identity.ts';
import { envSchema } from './config-env.ts';

/**
 * The only reader of the environment. Every variable is validated once at start-up; a bad value
 * stops the process with a message that names the variable. The result is frozen.
 */

/** The dev server of `examples/back-office` (Vite's default), allowed by default with the sandbox. */
export const EXAMPLE_DEV_ORIGIN = 'http://localhost:5173';

/** Where the gateway sends Algoreg calls and how it authenticates. */
export interface UpstreamConfig {
  /** Base URL of the Algoreg API; undefined means "start the embedded sandbox". */
  baseUrl: string | undefined;
  /**
   * How to authenticate: the OAuth2 password flow (default), HTTP Basic on every call, or `forward`:
   * each request carries its caller's own Algoreg credentials (`X-Algoreg-Authorization`).
   */
  auth: 'token' | 'basic' | 'forward';
  user: string | undefined;
  key: string | undefined;
  /** Per-call timeout in ms: until the headers, then between body chunks. Default 10000. */
  timeoutMs: number;
  /** TCP connect timeout in ms. Default 3000. */
  connectTimeoutMs: number;
  /** Keep-alive sockets in the pool. Default 64. */
  connections: number;
  /** Concurrent calls one DataLoader batch may issue. Default 16. */
  concurrency: number;
  /** Retries of idempotent reads on 5xx/429/network errors. Writes are never retried. Default 2. */
  readRetries: number;
  /** Customers per Save customers call. Default 500. */
  saveChunkSize: number;
  /** Circuit breaker per Algoreg route and retry budget (see src/algoreg/resilience.ts). */
  resilience: ResilienceConfig;
}

export interface ResilienceConfig {
  /** Share of failing calls (0–1) that opens a route's breaker. Default 0.5. */
  breakerFailureRatio: number;
  /** Fewest calls within the window before a breaker may open. Default 20. */
  breakerMinCalls: number;
  /** Sliding window the breaker samples, in ms. Default 10000. */
  breakerWindowMs: number;
  /** How long an open breaker waits before letting one probe through, in ms. Default 10000. */
  breakerHalfOpenMs: number;
  /** Retries allowed as a share of first attempts within the window. Default 0.2. */
  retryBudgetRatio: number;
  /** Retries always allowed per window, so a quiet gateway still retries. Default 10. */
  retryBudgetMinRetries: number;
  /** Window of the retry budget, in ms. Default 10000. */
  retryBudgetWindowMs: number;
}

export interface Config {
  port: number;
  host: string;
  upstream: UpstreamConfig;
  sandbox: {
    port: number;
    host: string;
    latencyMs: number;
    /** Where the sandbox sends its webhooks when run on its own (`npm run sandbox`); unset: nowhere. */
    webhookUrl: string | undefined;
    /** The `Authorization` token it sends with them. */
    webhookToken: string | undefined;
  };
  /** Live updates: Algoreg's webhooks, pub/sub across replicas, the shared read cache. */
  live: LiveConfig;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Adds `extensions.upstream` to responses. Default: on with the sandbox, off with a real tenant. */
  tracing: boolean;
  /** `NODE_ENV=production`: GraphiQL and introspection off by default, anonymous callers refused. */
  production: boolean;
  /** Serve GraphiQL on GET /graphql. Default on, off in production (then only for `admin` callers). */
  graphiql: boolean;
  /** Answer introspection. Default on, off in production (then only for `admin` callers). */
  introspection: boolean;
  /** API tokens, OIDC issuer, forwarding of Algoreg credentials (src/callers/identity.ts). */
  callers: CallersConfig;
  /** Audit trail sink: `stdout`, `off` or a JSON-lines file path. Default stdout. */
  auditLog: string;
  /** Per caller, per minute; 0 turns a limit off. */
  rateLimits: { requestsPerMinute: number; decisionsPerMinute: number };
  limits: {
    /** Largest JSON (non-multipart) request body, in bytes. Default 1 MiB. */
    maxJsonBodyBytes: number;
    /** Most tokens (lexical) in a GraphQL document. */
    maxTokens: number;
    /** Most characters in a GraphQL document. */
    maxChars: number;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    /** Most Algoreg calls one GraphQL request may make. Default 1000. */
    maxUpstreamCalls: number;
  };
  uploads: { maxBytes: number; mimeAllowlist: readonly string[] };
  /** Deadline of one GraphQL request over all its Algoreg calls and retries, in ms. Default 15000. */
  requestTimeoutMs: number;
  /** The gateway's own HTTP server: whole request (body included) and headers, in ms. */
  server: { requestTimeoutMs: number; headersTimeoutMs: number };
  /** How long SIGTERM waits for in-flight requests, in ms. Default 10000. */
  shutdownTimeoutMs: number;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** OTLP endpoint for traces; tracing is off when unset. */
  otlpEndpoint: string | undefined;
  /**
   * Gateway processes sharing the port (src/cluster.ts). Default: the cores available with
   * NODE_ENV=production and a configured upstream, otherwise 1.
   */
  workers: number;
  /**
   * Cross-origin callers a browser may let read responses (src/cors.ts). Same-origin pages and
   * callers without an `Origin` (curl, servers) are always served. Default: none, plus
   * `http://localhost:5173` with the sandbox.
   */
  cors: { anyOrigin: boolean; origins: readonly string[] };
  /** Signed download links (src/files.ts). */
  downloads: DownloadSigning;
  /** Persisted operations (src/persisted-operations.ts). */
  persistedOperations: {
    /** `only`: manifest operations only; `allow`: both; `off`: documents only. Default: off with the sandbox, allow otherwise. */
    mode: 'only' | 'allow' | 'off';
    /** Whether `mode` was set explicitly (a missing manifest then stops the process). */
    explicit: boolean;
    /** Path of the manifest (hash → document). Default packages/client/persisted-operations.json. */
    manifestPath: string;
  };
  otel: {
    /** `service.name` of the spans. Default `algoreg-gateway`. */
    serviceName: string;
    /** Share of traces started here that are kept (a client's sampled flag wins). Default 1. */
    sampleRatio: number;
  };
}

/** The key and lifetime of signed download links. */
export interface DownloadSigning {
  /** HMAC-SHA256 key. Random per process when DOWNLOAD_URL_SECRET is unset. */
  secret: string;
  /** True when the key is random: links die with the process and differ between replicas. */
  randomSecret: boolean;
  /** Lifetime of a link in seconds. Default 600. */
  ttlS: number;
}

export interface LiveConfig {
  /**
   * The token Algoreg sends as `Authorization` with each webhook. Unset with a real tenant: the
   * webhook route refuses every call. Unset with the embedded sandbox: one is generated at start-up.
   */
  webhookToken: string | undefined;
  /** Largest webhook body accepted (413 beyond). Default 65536. */
  webhookMaxBytes: number;
  /** How long a webhook's `event_id` is remembered, so a repeat is dropped, in s. Default 3600. */
  dedupeWindowS: number;
  /** Redis for pub/sub, deduplication and the cache across replicas; unset: in-process. */
  redisUrl: string | undefined;
  /** Lifetime of a cached Algoreg read, in s; 0 turns the cache off. Default 60 with the sandbox, 0 otherwise. */
  cacheTtlS: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Credentials of the embedded sandbox; only ever used against it. */
export const SANDBOX_CREDENTIALS = Object.freeze({ user: 'sandbox@algoreg.local', key: 'sandbox-api-key' });

/**
 * A second programmatic user the sandbox accepts, for a gateway configured with other credentials
 * against the same sandbox (the cache keeps each credential's reads apart).
 */
export const SANDBOX_SECOND_CREDENTIALS = Object.freeze({
  user: 'analyst@algoreg.local',
  key: 'analyst-api-key',
});

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const usesSandbox = e.ALGOREG_BASE_URL === undefined;
  if (!usesSandbox && (!e.ALGOREG_API_USER || !e.ALGOREG_API_KEY)) {
    throw new ConfigError(
      'Invalid configuration:\n  ALGOREG_API_USER / ALGOREG_API_KEY: both are required when ALGOREG_BASE_URL is set',
    );
  }
  const production = e.NODE_ENV === 'production';
  let tokens: CallersConfig['tokens'];
  try {
    tokens = parseApiTokens(e.GATEWAY_API_TOKENS);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  GATEWAY_API_TOKENS: ${(error as Error).message}`);
  }
  if (e.OIDC_ISSUER && !e.OIDC_AUDIENCE) {
    throw new ConfigError('Invalid configuration:\n  OIDC_AUDIENCE: required with OIDC_ISSUER');
  }
  const anonymous = tokens.length === 0 && !e.OIDC_ISSUER;
  if (anonymous && production && !e.ALLOW_ANONYMOUS) {
    throw new ConfigError(
      'Invalid configuration:\n  GATEWAY_API_TOKENS / OIDC_ISSUER: production needs caller authentication (or ALLOW_ANONYMOUS=true)',
    );
  }
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    upstream: {
      baseUrl: e.ALGOREG_BASE_URL?.replace(/\/+$/, ''),
      auth: e.ALGOREG_AUTH,
      user: usesSandbox ? SANDBOX_CREDENTIALS.user : e.ALGOREG_API_USER,
      key: usesSandbox ? SANDBOX_CREDENTIALS.key : e.ALGOREG_API_KEY,
      timeoutMs: e.ALGOREG_TIMEOUT_MS,
      connectTimeoutMs: e.ALGOREG_CONNECT_TIMEOUT_MS,
      connections: e.ALGOREG_CONNECTIONS,
      concurrency: e.ALGOREG_CONCURRENCY,
      readRetries: e.ALGOREG_READ_RETRIES,
      saveChunkSize: e.ALGOREG_SAVE_CHUNK_SIZE,
      resilience: {
        breakerFailureRatio: e.BREAKER_FAILURE_RATIO,
        breakerMinCalls: e.BREAKER_MIN_CALLS,
        breakerWindowMs: e.BREAKER_WINDOW_MS,
        breakerHalfOpenMs: e.BREAKER_HALF_OPEN_MS,
        retryBudgetRatio: e.RETRY_BUDGET_RATIO,
        retryBudgetMinRetries: e.RETRY_BUDGET_MIN_RETRIES,
        retryBudgetWindowMs: e.RETRY_BUDGET_WINDOW_MS,
      },
    },
    sandbox: {
      port: e.SANDBOX_PORT,
      host: e.SANDBOX_HOST,
      latencyMs: e.SANDBOX_LATENCY_MS,
      webhookUrl: e.SANDBOX_WEBHOOK_URL,
      webhookToken: e.SANDBOX_WEBHOOK_TOKEN,
    },
    live: {
      webhookToken: e.ALGOREG_WEBHOOK_TOKEN,
      webhookMaxBytes: e.WEBHOOK_MAX_BYTES,
      dedupeWindowS: e.WEBHOOK_DEDUPE_WINDOW_S,
      redisUrl: e.REDIS_URL,
      cacheTtlS: e.CACHE_TTL_S ?? (usesSandbox ? 60 : 0),
    },
    logLevel: e.LOG_LEVEL,
    tracing: e.UPSTREAM_TRACING ?? usesSandbox,
    production,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    callers: {
      tokens,
      oidc: e.OIDC_ISSUER
        ? {
            issuer: e.OIDC_ISSUER,
            audience: e.OIDC_AUDIENCE ?? '',
            jwksUrl: e.OIDC_JWKS_URL,
            clockSkewS: e.OIDC_CLOCK_SKEW_S,
          }
        : undefined,
      anonymous,
      forwardAlgoregAuth: e.ALGOREG_AUTH === 'forward',
    },
    auditLog: e.AUDIT_LOG,
    rateLimits: {
      requestsPerMinute: e.RATE_LIMIT_PER_MINUTE,
      decisionsPerMinute: e.DECISION_RATE_LIMIT_PER_MINUTE,
    },
    limits: {
      maxJsonBodyBytes: e.MAX_JSON_BODY_BYTES,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxChars: e.MAX_QUERY_CHARS,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxUpstreamCalls: e.MAX_UPSTREAM_CALLS,
    },
    uploads: { maxBytes: e.MAX_UPLOAD_BYTES, mimeAllowlist: e.UPLOAD_MIME_ALLOWLIST },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    // Node refuses a headers timeout longer than the request timeout.
    server: {
      requestTimeoutMs: e.SERVER_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: Math.min(e.SERVER_HEADERS_TIMEOUT_MS, e.SERVER_REQUEST_TIMEOUT_MS),
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    metricsToken: e.METRICS_TOKEN,
    otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
    cors: {
      anyOrigin: e.CORS_ORIGINS?.[0] === '*',
      origins: (e.CORS_ORIGINS ?? (usesSandbox ? [EXAMPLE_DEV_ORIGIN] : [])).filter((o) => o !== '*'),
    },
    downloads: {
      secret: e.DOWNLOAD_URL_SECRET ?? randomBytes(32).toString('base64url'),
      randomSecret: e.DOWNLOAD_URL_SECRET === undefined,
      ttlS: e.DOWNLOAD_URL_TTL_S,
    },
    persistedOperations: {
      mode: e.PERSISTED_OPERATIONS ?? (usesSandbox ? 'off' : 'allow'),
      explicit: e.PERSISTED_OPERATIONS !== undefined,
      manifestPath: e.PERSISTED_OPERATIONS_MANIFEST,
    },
    otel: { serviceName: e.OTEL_SERVICE_NAME, sampleRatio: e.OTEL_TRACES_SAMPLER_ARG },
    workers: e.WORKERS ?? (e.NODE_ENV === 'production' && !usesSandbox ? availableParallelism() : 1),
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
