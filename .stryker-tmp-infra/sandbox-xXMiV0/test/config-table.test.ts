// @ts-nocheck
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../src/config.ts';

/** The variables of README's configuration table, in order. */
function readmeVariables(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('## The schema at a glance'),
  );
  return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1] as string);
}

const REAL = {
  ALGOREG_BASE_URL: 'https://api.acme.algoreg.com',
  ALGOREG_API_USER: 'u@acme.test',
  ALGOREG_API_KEY: 'k-1',
};

/**
 * For each variable: the environment that sets it (against a base environment), and what the
 * configuration holds then. Each case is compared with the configuration without the variable, so
 * a variable that is read into nothing (or into the wrong place) fails.
 */
const CASES: Record<
  string,
  {
    env: Record<string, string>;
    base?: Record<string, string>;
    read: (c: Config) => unknown;
    expected: unknown;
  }
> = {
  PORT: { env: { PORT: '4100' }, read: (c) => c.port, expected: 4100 },
  HOST: { env: { HOST: '127.0.0.2' }, read: (c) => c.host, expected: '127.0.0.2' },
  ALGOREG_BASE_URL: { env: REAL, read: (c) => c.upstream.baseUrl, expected: REAL.ALGOREG_BASE_URL },
  ALGOREG_API_USER: { env: REAL, read: (c) => c.upstream.user, expected: REAL.ALGOREG_API_USER },
  ALGOREG_API_KEY: { env: REAL, read: (c) => c.upstream.key, expected: REAL.ALGOREG_API_KEY },
  ALGOREG_AUTH: { env: { ALGOREG_AUTH: 'basic' }, read: (c) => c.upstream.auth, expected: 'basic' },
  ALGOREG_TIMEOUT_MS: {
    env: { ALGOREG_TIMEOUT_MS: '1234' },
    read: (c) => c.upstream.timeoutMs,
    expected: 1234,
  },
  ALGOREG_CONNECT_TIMEOUT_MS: {
    env: { ALGOREG_CONNECT_TIMEOUT_MS: '1500' },
    read: (c) => c.upstream.connectTimeoutMs,
    expected: 1500,
  },
  ALGOREG_CONNECTIONS: {
    env: { ALGOREG_CONNECTIONS: '8' },
    read: (c) => c.upstream.connections,
    expected: 8,
  },
  ALGOREG_CONCURRENCY: {
    env: { ALGOREG_CONCURRENCY: '3' },
    read: (c) => c.upstream.concurrency,
    expected: 3,
  },
  ALGOREG_READ_RETRIES: {
    env: { ALGOREG_READ_RETRIES: '0' },
    read: (c) => c.upstream.readRetries,
    expected: 0,
  },
  ALGOREG_SAVE_CHUNK_SIZE: {
    env: { ALGOREG_SAVE_CHUNK_SIZE: '7' },
    read: (c) => c.upstream.saveChunkSize,
    expected: 7,
  },
  SANDBOX_PORT: { env: { SANDBOX_PORT: '4999' }, read: (c) => c.sandbox.port, expected: 4999 },
  SANDBOX_HOST: { env: { SANDBOX_HOST: '0.0.0.0' }, read: (c) => c.sandbox.host, expected: '0.0.0.0' },
  SANDBOX_LATENCY_MS: { env: { SANDBOX_LATENCY_MS: '25' }, read: (c) => c.sandbox.latencyMs, expected: 25 },
  LOG_LEVEL: { env: { LOG_LEVEL: 'debug' }, read: (c) => c.logLevel, expected: 'debug' },
  UPSTREAM_TRACING: { env: { UPSTREAM_TRACING: 'false' }, read: (c) => c.tracing, expected: false },
  GRAPHIQL: { env: { GRAPHIQL: 'false' }, read: (c) => c.graphiql, expected: false },
  GATEWAY_API_TOKENS: {
    env: { GATEWAY_API_TOKENS: 'tok-a, tok-b,' },
    // Each bare token becomes a named caller with every scope; only its digest is kept.
    read: (c) => c.callers.tokens.map((t) => [t.name, t.sha256]),
    expected: ['tok-a', 'tok-b'].map((token, i) => [
      `token-${i + 1}`,
      createHash('sha256').update(token).digest('hex'),
    ]),
  },
  MAX_QUERY_DEPTH: { env: { MAX_QUERY_DEPTH: '5' }, read: (c) => c.limits.maxDepth, expected: 5 },
  MAX_QUERY_COST: { env: { MAX_QUERY_COST: '500' }, read: (c) => c.limits.maxCost, expected: 500 },
  MAX_ALIASES: { env: { MAX_ALIASES: '3' }, read: (c) => c.limits.maxAliases, expected: 3 },
  MAX_UPSTREAM_CALLS: {
    env: { MAX_UPSTREAM_CALLS: '30' },
    read: (c) => c.limits.maxUpstreamCalls,
    expected: 30,
  },
  MAX_UPLOAD_BYTES: { env: { MAX_UPLOAD_BYTES: '1000' }, read: (c) => c.uploads.maxBytes, expected: 1000 },
  REQUEST_TIMEOUT_MS: { env: { REQUEST_TIMEOUT_MS: '700' }, read: (c) => c.requestTimeoutMs, expected: 700 },
  BREAKER_FAILURE_RATIO: {
    env: { BREAKER_FAILURE_RATIO: '0.25' },
    read: (c) => c.upstream.resilience.breakerFailureRatio,
    expected: 0.25,
  },
  BREAKER_MIN_CALLS: {
    env: { BREAKER_MIN_CALLS: '5' },
    read: (c) => c.upstream.resilience.breakerMinCalls,
    expected: 5,
  },
  BREAKER_WINDOW_MS: {
    env: { BREAKER_WINDOW_MS: '2000' },
    read: (c) => c.upstream.resilience.breakerWindowMs,
    expected: 2000,
  },
  BREAKER_HALF_OPEN_MS: {
    env: { BREAKER_HALF_OPEN_MS: '300' },
    read: (c) => c.upstream.resilience.breakerHalfOpenMs,
    expected: 300,
  },
  RETRY_BUDGET_RATIO: {
    env: { RETRY_BUDGET_RATIO: '0.5' },
    read: (c) => c.upstream.resilience.retryBudgetRatio,
    expected: 0.5,
  },
  RETRY_BUDGET_MIN_RETRIES: {
    env: { RETRY_BUDGET_MIN_RETRIES: '2' },
    read: (c) => c.upstream.resilience.retryBudgetMinRetries,
    expected: 2,
  },
  RETRY_BUDGET_WINDOW_MS: {
    env: { RETRY_BUDGET_WINDOW_MS: '5000' },
    read: (c) => c.upstream.resilience.retryBudgetWindowMs,
    expected: 5000,
  },
  SERVER_REQUEST_TIMEOUT_MS: {
    env: { SERVER_REQUEST_TIMEOUT_MS: '600' },
    read: (c) => c.server,
    // The headers' timeout is held at most the request's.
    expected: { requestTimeoutMs: 600, headersTimeoutMs: 600 },
  },
  SERVER_HEADERS_TIMEOUT_MS: {
    env: { SERVER_HEADERS_TIMEOUT_MS: '300' },
    read: (c) => c.server.headersTimeoutMs,
    expected: 300,
  },
  SHUTDOWN_TIMEOUT_MS: { env: { SHUTDOWN_TIMEOUT_MS: '50' }, read: (c) => c.shutdownTimeoutMs, expected: 50 },
  METRICS_TOKEN: {
    env: { METRICS_TOKEN: 'a-metrics-token-of-32-characters' },
    read: (c) => c.metricsToken,
    expected: 'a-metrics-token-of-32-characters',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318' },
    read: (c) => c.otlpEndpoint,
    expected: 'http://otel:4318',
  },
  UPLOAD_MIME_ALLOWLIST: {
    env: { UPLOAD_MIME_ALLOWLIST: 'application/pdf, image/png' },
    read: (c) => c.uploads.mimeAllowlist,
    expected: ['application/pdf', 'image/png'],
  },
  OTEL_SERVICE_NAME: {
    env: { OTEL_SERVICE_NAME: 'gateway-eu' },
    read: (c) => c.otel.serviceName,
    expected: 'gateway-eu',
  },
  OTEL_TRACES_SAMPLER_ARG: {
    env: { OTEL_TRACES_SAMPLER_ARG: '0.25' },
    read: (c) => c.otel.sampleRatio,
    expected: 0.25,
  },
  CORS_ORIGINS: {
    env: { CORS_ORIGINS: 'https://backoffice.acme.test' },
    read: (c) => c.cors.origins,
    expected: ['https://backoffice.acme.test'],
  },
  DOWNLOAD_URL_SECRET: {
    env: { DOWNLOAD_URL_SECRET: 'a-download-secret-of-32-characters!' },
    read: (c) => c.downloads.secret,
    expected: 'a-download-secret-of-32-characters!',
  },
  DOWNLOAD_URL_TTL_S: {
    env: { DOWNLOAD_URL_TTL_S: '120' },
    read: (c) => c.downloads.ttlS,
    expected: 120,
  },
  PERSISTED_OPERATIONS: {
    env: { PERSISTED_OPERATIONS: 'only' },
    read: (c) => c.persistedOperations.mode,
    expected: 'only',
  },
  ALGOREG_WEBHOOK_TOKEN: {
    env: { ALGOREG_WEBHOOK_TOKEN: 'a-webhook-token-of-24-chars' },
    read: (c) => c.live.webhookToken,
    expected: 'a-webhook-token-of-24-chars',
  },
  WEBHOOK_MAX_BYTES: {
    env: { WEBHOOK_MAX_BYTES: '4096' },
    read: (c) => c.live.webhookMaxBytes,
    expected: 4096,
  },
  WEBHOOK_DEDUPE_WINDOW_S: {
    env: { WEBHOOK_DEDUPE_WINDOW_S: '60' },
    read: (c) => c.live.dedupeWindowS,
    expected: 60,
  },
  REDIS_URL: {
    env: { REDIS_URL: 'redis://redis.acme.test:6379' },
    read: (c) => c.live.redisUrl,
    expected: 'redis://redis.acme.test:6379',
  },
  CACHE_TTL_S: {
    env: { CACHE_TTL_S: '5' },
    read: (c) => c.live.cacheTtlS,
    expected: 5,
  },
  NODE_ENV: {
    env: { NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true' },
    base: { ALLOW_ANONYMOUS: 'true' },
    read: (c) => c.production,
    expected: true,
  },
  WORKERS: { env: { WORKERS: '3' }, read: (c) => c.workers, expected: 3 },
  OIDC_ISSUER: {
    env: { OIDC_ISSUER: 'https://login.acme.test/', OIDC_AUDIENCE: 'gateway' },
    read: (c) => c.callers.oidc?.issuer,
    expected: 'https://login.acme.test/',
  },
  OIDC_AUDIENCE: {
    env: { OIDC_AUDIENCE: 'gateway-eu' },
    base: { OIDC_ISSUER: 'https://login.acme.test/', OIDC_AUDIENCE: 'gateway' },
    read: (c) => c.callers.oidc?.audience,
    expected: 'gateway-eu',
  },
  OIDC_JWKS_URL: {
    env: { OIDC_JWKS_URL: 'https://login.acme.test/keys' },
    base: { OIDC_ISSUER: 'https://login.acme.test/', OIDC_AUDIENCE: 'gateway' },
    read: (c) => c.callers.oidc?.jwksUrl,
    expected: 'https://login.acme.test/keys',
  },
  OIDC_CLOCK_SKEW_S: {
    env: { OIDC_CLOCK_SKEW_S: '5' },
    base: { OIDC_ISSUER: 'https://login.acme.test/', OIDC_AUDIENCE: 'gateway' },
    read: (c) => c.callers.oidc?.clockSkewS,
    expected: 5,
  },
  ALLOW_ANONYMOUS: {
    // Production refuses to start without caller authentication unless this says otherwise.
    env: { ALLOW_ANONYMOUS: 'true' },
    base: { NODE_ENV: 'production' },
    read: (c) => c.production,
    expected: true,
  },
  AUDIT_LOG: { env: { AUDIT_LOG: 'off' }, read: (c) => c.auditLog, expected: 'off' },
  RATE_LIMIT_PER_MINUTE: {
    env: { RATE_LIMIT_PER_MINUTE: '30' },
    read: (c) => c.rateLimits.requestsPerMinute,
    expected: 30,
  },
  DECISION_RATE_LIMIT_PER_MINUTE: {
    env: { DECISION_RATE_LIMIT_PER_MINUTE: '5' },
    read: (c) => c.rateLimits.decisionsPerMinute,
    expected: 5,
  },
  MAX_JSON_BODY_BYTES: {
    env: { MAX_JSON_BODY_BYTES: '2048' },
    read: (c) => c.limits.maxJsonBodyBytes,
    expected: 2048,
  },
  MAX_QUERY_TOKENS: { env: { MAX_QUERY_TOKENS: '900' }, read: (c) => c.limits.maxTokens, expected: 900 },
  MAX_QUERY_CHARS: { env: { MAX_QUERY_CHARS: '5000' }, read: (c) => c.limits.maxChars, expected: 5000 },
  INTROSPECTION: { env: { INTROSPECTION: 'off' }, read: (c) => c.introspection, expected: false },
  PERSISTED_OPERATIONS_MANIFEST: {
    env: { PERSISTED_OPERATIONS_MANIFEST: 'build/manifest.json' },
    read: (c) => c.persistedOperations.manifestPath,
    expected: 'build/manifest.json',
  },
};

describe("README's configuration table", () => {
  const variables = readmeVariables();

  it('lists every variable there is a case for, and nothing else', () => {
    expect(variables.length).toBe(Object.keys(CASES).length);
    expect([...variables].sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const name of variables) {
    it(`${name}: changes what it says`, () => {
      const c = CASES[name];
      if (!c) throw new Error(`no case for ${name}`);
      const base = c.base ?? {};
      const set = loadConfig({ ...base, ...c.env });
      expect(c.read(set)).toEqual(c.expected);
      // Without the variable the configuration reads otherwise, or is refused altogether.
      let unset: unknown = 'refused';
      try {
        unset = c.read(loadConfig(base));
      } catch {
        // refused: the variable is what lets it start
      }
      expect(unset).not.toEqual(c.expected);
    });
  }

  it('says which defaults apply when nothing is set', () => {
    const c = loadConfig({});
    expect(c.upstream).toMatchObject({
      auth: 'token',
      timeoutMs: 10_000,
      connectTimeoutMs: 3_000,
      connections: 64,
      concurrency: 16,
      readRetries: 2,
      saveChunkSize: 500,
      resilience: {
        breakerFailureRatio: 0.5,
        breakerMinCalls: 20,
        breakerWindowMs: 10_000,
        breakerHalfOpenMs: 10_000,
        retryBudgetRatio: 0.2,
        retryBudgetMinRetries: 10,
        retryBudgetWindowMs: 10_000,
      },
    });
    expect(c).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      sandbox: { port: 4010, host: '127.0.0.1', latencyMs: 0 },
      logLevel: 'info',
      tracing: true,
      graphiql: true,
      callers: { tokens: [], oidc: undefined },
      limits: { maxDepth: 12, maxCost: 20_000, maxAliases: 100, maxUpstreamCalls: 1_000 },
      uploads: {
        maxBytes: 20 * 1024 * 1024,
        mimeAllowlist: ['application/pdf', 'image/png', 'image/jpeg', 'image/heic', 'image/tiff'],
      },
      requestTimeoutMs: 15_000,
      server: { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000 },
      shutdownTimeoutMs: 10_000,
      metricsToken: undefined,
      otlpEndpoint: undefined,
    });
  });
});
