// @ts-nocheck
import { z } from 'zod';

/**
 * The environment variables the gateway reads, with their bounds and defaults: the schema that
 * `loadConfig()` (src/config.ts, the only reader of the environment) validates them with. Every
 * variable here has its row in README's configuration table (test/config-table.test.ts).
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes' || v === 'on');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const port = int(0, 65_535);

export const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  ALGOREG_BASE_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. https://api.algoreg.com' })
    .optional(),
  ALGOREG_API_USER: z.string().min(1).optional(),
  ALGOREG_API_KEY: z.string().min(1).optional(),
  ALGOREG_AUTH: z.enum(['token', 'basic', 'forward']).default('token'),
  ALGOREG_TIMEOUT_MS: int(100, 300_000).default(10_000),
  ALGOREG_CONNECT_TIMEOUT_MS: int(100, 60_000).default(3_000),
  ALGOREG_CONNECTIONS: int(1, 1_024).default(64),
  ALGOREG_CONCURRENCY: int(1, 256).default(16),
  ALGOREG_READ_RETRIES: int(0, 5).default(2),
  ALGOREG_SAVE_CHUNK_SIZE: int(1, 10_000).default(500),
  SANDBOX_PORT: port.default(4010),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  SANDBOX_LATENCY_MS: int(0, 60_000).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UPSTREAM_TRACING: bool.optional(),
  GRAPHIQL: bool.optional(),
  GATEWAY_API_TOKENS: z.string().optional(),
  MAX_QUERY_DEPTH: int(1, 100).default(12),
  MAX_QUERY_COST: int(100, 1_000_000).default(20_000),
  MAX_ALIASES: int(1, 1_000).default(100),
  MAX_UPSTREAM_CALLS: int(1, 1_000_000).default(1_000),
  MAX_UPLOAD_BYTES: int(1, 1_073_741_824).default(20 * 1024 * 1024),
  // Operating it (issue 17): deadlines, breaker, retry budget, server timeouts, metrics, shutdown.
  REQUEST_TIMEOUT_MS: int(100, 600_000).default(15_000),
  BREAKER_FAILURE_RATIO: z.coerce.number().gt(0).lt(1).default(0.5),
  BREAKER_MIN_CALLS: int(1, 100_000).default(20),
  BREAKER_WINDOW_MS: int(1_000, 600_000).default(10_000),
  BREAKER_HALF_OPEN_MS: int(50, 600_000).default(10_000),
  RETRY_BUDGET_RATIO: z.coerce.number().min(0).max(1).default(0.2),
  RETRY_BUDGET_MIN_RETRIES: int(0, 100_000).default(10),
  RETRY_BUDGET_WINDOW_MS: int(1_000, 600_000).default(10_000),
  SERVER_REQUEST_TIMEOUT_MS: int(100, 3_600_000).default(30_000),
  SERVER_HEADERS_TIMEOUT_MS: int(100, 3_600_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('algoreg-gateway'),
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  // Live updates (issue 13): webhooks in, pub/sub, the shared read cache.
  ALGOREG_WEBHOOK_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  WEBHOOK_MAX_BYTES: int(256, 10_485_760).default(65_536),
  WEBHOOK_DEDUPE_WINDOW_S: int(0, 604_800).default(3_600),
  REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
  CACHE_TTL_S: int(0, 86_400).optional(),
  SANDBOX_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  SANDBOX_WEBHOOK_TOKEN: z.string().min(1).optional(),
  // Every core (issue 16): a cluster of gateway processes sharing the port.
  WORKERS: int(1, 256).optional(),
  // Who may do what (issue 15): callers, audit trail, abuse limits, production defaults.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLOCK_SKEW_S: int(0, 600).default(30),
  ALLOW_ANONYMOUS: bool.optional(),
  AUDIT_LOG: z.string().min(1).default('stdout'),
  RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(1_200),
  DECISION_RATE_LIMIT_PER_MINUTE: int(0, 100_000).default(60),
  MAX_JSON_BODY_BYTES: int(1_024, 104_857_600).default(1_048_576),
  MAX_QUERY_TOKENS: int(100, 100_000).default(600),
  MAX_QUERY_CHARS: int(1_000, 10_000_000).default(20_000),
  INTROSPECTION: bool.optional(),
  UPLOAD_MIME_ALLOWLIST: z
    .string()
    .default('application/pdf,image/png,image/jpeg,image/heic,image/tiff')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  // Production manners for browsers (issue 14): CORS, signed download links, persisted operations.
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const list = v
        .split(',')
        .map((s) => s.trim().replace(/\/+$/, ''))
        .filter(Boolean);
      if (list.includes('*') && list.length > 1) {
        ctx.addIssue({ code: 'custom', message: '`*` (any origin) cannot be combined with a list' });
      }
      for (const origin of list) {
        if (origin !== '*' && !isOrigin(origin)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin such as https://app.example.com`,
          });
        }
      }
      return list;
    }),
  DOWNLOAD_URL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DOWNLOAD_URL_TTL_S: int(10, 86_400).default(600),
  PERSISTED_OPERATIONS: z.enum(['only', 'allow', 'off']).optional(),
  PERSISTED_OPERATIONS_MANIFEST: z.string().min(1).default('packages/client/persisted-operations.json'),
});

/** `scheme://host[:port]` and nothing else (no path, query or credentials). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}
