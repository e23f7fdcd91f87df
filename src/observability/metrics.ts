import { createHash, timingSafeEqual } from 'node:crypto';
import { createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { type DocumentNode, type GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AlgoregError } from '../algoreg/errors.ts';
import type { AlgoregHttp } from '../algoreg/http.ts';
import type { BreakerState, UpstreamObserver } from '../algoreg/resilience.ts';
import type { Route } from '../gateway.ts';

/** Breaker states as a gauge value: 0 closed, 1 half-open (probing), 2 open. */
const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

export interface Metrics {
  registry: Registry;
  /** Fed by the Algoreg HTTP layer. */
  observer: UpstreamObserver;
  /** Reads the pool's sockets at every scrape. */
  watch(http: AlgoregHttp): void;
  /** Yoga plugins: GraphQL request, phase, error and HTTP metrics. */
  plugins(): Plugin[];
}

/**
 * One Prometheus registry per running app (not prom-client's global one, so that several apps in
 * one process, as in the tests, do not collide). Labels are operation names, routes as templates
 * (`GET /api/v1/customers/{customer_external_id}`), statuses and error codes: never ids, URLs,
 * variables or anything a customer typed.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const registers = [registry];

  const calls = new Counter({
    name: 'algoreg_upstream_calls_total',
    help: 'Calls sent to Algoreg, by route and HTTP status (or timeout / network).',
    labelNames: ['route', 'status'],
    registers,
  });
  const duration = new Histogram({
    name: 'algoreg_upstream_duration_seconds',
    help: 'Duration of Algoreg calls, by route and HTTP status.',
    labelNames: ['route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const retries = new Counter({
    name: 'algoreg_upstream_retries_total',
    help: 'Retries of failed safe calls, by route and the error code that caused them.',
    labelNames: ['route', 'code'],
    registers,
  });
  const denied = new Counter({
    name: 'algoreg_retry_budget_exhausted_total',
    help: 'Retries refused because the retry budget was spent, by route.',
    labelNames: ['route'],
    registers,
  });
  const rejected = new Counter({
    name: 'algoreg_circuit_rejections_total',
    help: 'Calls refused by an open circuit breaker (nothing sent), by route.',
    labelNames: ['route'],
    registers,
  });
  const breaker = new Gauge({
    name: 'algoreg_circuit_state',
    help: 'Circuit breaker state per route: 0 closed, 1 half-open, 2 open.',
    labelNames: ['route'],
    registers,
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation and extensions.code.',
    labelNames: ['operationName', 'code'],
    registers,
  });
  let watched: AlgoregHttp | undefined;
  new Gauge({
    name: 'algoreg_pool_connections',
    help: "The Algoreg pool's sockets (connected, free, running) and queued requests (queued, pending).",
    labelNames: ['state'],
    registers,
    collect() {
      if (!watched) return;
      for (const [state, n] of Object.entries(watched.poolStats())) this.set({ state }, n);
    },
  });

  const observer: UpstreamObserver = {
    call(route, status, seconds) {
      calls.inc({ route, status });
      duration.observe({ route, status }, seconds);
    },
    retry: (route, code) => retries.inc({ route, code }),
    retryDenied: (route) => denied.inc({ route }),
    rejected: (route) => rejected.inc({ route }),
    breaker: (route, state) => breaker.set({ route }, BREAKER_VALUE[state]),
  };

  const errorCodes: Plugin = {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          for (const error of result.errors ?? []) {
            errors.inc({ operationName: operationNameOf(args) ?? 'Anonymous', code: codeOf(error) });
          }
        },
      };
    },
  };

  return {
    registry,
    observer,
    watch(http) {
      watched = http;
    },
    plugins: () => [
      usePrometheus({
        registry,
        endpoint: false,
        skipIntrospection: true,
        labels: { operationName: true, operationType: true, phase: true, path: false, fieldName: false },
        metrics: {
          graphql_envelop_deprecated_field: false,
          graphql_envelop_request_time_summary: false,
          graphql_envelop_schema_change: false,
          graphql_envelop_phase_subscribe: false,
          // The plugin's default labels the request URL, which may carry a GET query's variables.
          graphql_yoga_http_duration: createHistogram({
            registry,
            histogram: {
              name: 'graphql_yoga_http_duration',
              help: 'Time spent on HTTP requests to /graphql, by operation and status.',
              labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
            },
            fillLabelsFn: (params, { request, response }) => ({
              operationName: params.operationName ?? 'Anonymous',
              operationType: params.operationType ?? 'unknown',
              method: request.method,
              statusCode: response.status,
            }),
          }),
        },
      }),
      errorCodes,
    ],
  };
}

/** `GET /metrics` in Prometheus' text format; with METRICS_TOKEN set, only for its bearer. */
export function metricsRoute(metrics: Metrics, token: string | undefined): Route {
  const expected = token === undefined ? undefined : sha256(token);
  return async (request) => {
    if (new URL(request.url).pathname !== '/metrics' || request.method !== 'GET') return undefined;
    if (expected) {
      const given = request.headers.get('authorization') ?? '';
      const bearer = given.startsWith('Bearer ') ? given.slice(7).trim() : '';
      if (!timingSafeEqual(sha256(bearer), expected)) {
        return new Response('Missing or invalid metrics token.\n', {
          status: 401,
          headers: { 'www-authenticate': 'Bearer', 'content-type': 'text/plain' },
        });
      }
    }
    return new Response(await metrics.registry.metrics(), {
      headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' },
    });
  };
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * The `extensions.code` an execution error will carry once masked (the masking runs after the
 * plugins that count and log errors): upstream codes, our own codes, or INTERNAL_SERVER_ERROR.
 */
export function codeOf(error: GraphQLError): string {
  const original = error.originalError;
  if (original instanceof AlgoregError) return original.code;
  const own = error.extensions?.code ?? (original as GraphQLError | undefined)?.extensions?.code;
  if (typeof own === 'string') return own;
  if (original?.name === 'PothosValidationError') return 'BAD_USER_INPUT';
  return original && original.name !== 'GraphQLError' ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
}

/** The name of the operation that ran: the one asked for, or the document's only one. */
export function operationNameOf(args: { document: DocumentNode; operationName?: string | null }) {
  if (args.operationName) return args.operationName;
  return getOperationAST(args.document)?.name?.value;
}
