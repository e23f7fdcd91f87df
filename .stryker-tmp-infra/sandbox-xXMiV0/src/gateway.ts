// @ts-nocheck
import { PothosValidationError } from '@pothos/core';
import { createFetch } from '@whatwg-node/fetch';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { AlgoregConnection } from './algoreg/client.ts';
import { AlgoregError } from './algoreg/errors.ts';
import { bodyCeilingPlugin } from './body-ceiling.ts';
import { Door } from './callers/door.ts';
import { auditMutations, doorPlugins, graphiqlAllowed } from './callers/plugins.ts';
import { queryLimitsPlugin } from './callers/query-limits.ts';
import type { Config } from './config.ts';
import { type Context, createContext } from './context.ts';
import { corsPlugin } from './cors.ts';
import { exampleTabs, renderGraphiQLPage } from './graphiql.ts';
import { jitPlugin } from './jit.ts';
import type { Live } from './live/live.ts';
import { codeOf, type Metrics, operationNameOf } from './observability/metrics.ts';
import type { Tracing } from './observability/spans.ts';
import { PERSISTED_OPERATION_PARAMS, persistedOperationsPlugin } from './persisted-operations.ts';
import { schema } from './schema/index.ts';

export interface GatewayDeps {
  config: Config;
  connection: AlgoregConnection;
  logger: Logger;
  /** Prometheus metrics (GraphQL plugins added when present). */
  metrics?: Metrics | undefined;
  /** OpenTelemetry spans (a span per operation added when present). */
  tracing?: Tracing | undefined;
  /** Live updates: pub/sub for subscriptions, Redis status for readiness. */
  live?: Live | undefined;
  /** Who is calling, their limits and the audit trail (src/callers/); made here when not given. */
  door?: Door | undefined;
}

/** What the extra routes get: the gateway's dependencies and its door. */
export type RouteDeps = GatewayDeps & { door: Door };

/** Extra HTTP routes served beside `/graphql` (downloads); each answers or passes (undefined). */
export type Route = (request: Request, deps: RouteDeps) => Promise<Response | undefined>;

/**
 * The Yoga instance: the door (who is calling, their limits, the audit trail), query limits, error
 * masking, upstream tracing and GraphiQL with the example operations. Reachable from tests through `yoga.fetch` or a port.
 */
export function createGateway(
  deps: GatewayDeps,
  routes: readonly Route[] = [],
): YogaServerInstance<Record<string, unknown>, Context> {
  const { config, logger } = deps;
  const door = deps.door ?? new Door(config, logger);
  auditMutations(schema);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // `/health` and `/ready` are src/health.ts; Yoga's own check (an empty 200) moves out of the way.
    healthCheckEndpoint: '/__yoga/health',
    logging: false,
    multipart: true,
    // Yoga's own CORS echoes any origin with credentials; src/cors.ts applies CORS_ORIGINS instead.
    cors: false,
    extraParamNames: PERSISTED_OPERATION_PARAMS,
    // Yoga's own ceiling on a request body (25 MB by default) would cap MAX_UPLOAD_BYTES silently;
    // the same ceiling as a file's below instead.
    // (Applied by bodyCeilingPlugin, last below: the same ceiling without Yoga's per-request pipe.)
    maxRequestBodySize: false,
    // A hard ceiling while multipart bodies are parsed, so a huge body is refused before it is
    // buffered whole. It sits above MAX_UPLOAD_BYTES on purpose: files in between reach the
    // resolver, whose error names the field and the limit.
    fetchAPI: createFetch({
      formDataLimits: {
        fileSize: 2 * config.uploads.maxBytes + 1_048_576,
        files: 5,
        fieldSize: 1_048_576,
        headerSize: 16_384,
      },
    }),
    // GraphiQL served from the package itself (no CDN), its assets as separate cacheable files.
    renderGraphiQL: renderGraphiQLPage,
    // Yoga renders the page before the door's onRequest: the page asks who is calling itself.
    graphiql: async (request) =>
      graphiqlAllowed(config, await door.identified(request)) && {
        title: 'Algoreg GraphQL gateway',
        defaultTabs: exampleTabs().map(({ query, variables }) => ({ query, variables })),
        shouldPersistHeaders: false,
      },
    context: ({ request }) => {
      // The door authenticated the caller in onRequest, before the body was read.
      const { requestId, caller } = door.state(request);
      if (!caller) throw new GraphQLError('Not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } });
      return createContext(deps, request, requestId, caller);
    },
    maskedErrors: { maskError: (error) => maskError(error, logger) },
    plugins: [
      // First, so that its span is active around everything the operation does.
      ...(deps.tracing ? [deps.tracing.plugin()] : []),
      corsPlugin(config.cors),
      ...doorPlugins(door, config, '/graphql'),
      persistedOperationsPlugin(config, logger),
      queryLimitsPlugin(config),
      jitPlugin(schema),
      routesPlugin(routes, { ...deps, door }),
      ...(deps.metrics?.plugins() ?? []),
      resultPlugin(),
      bodyCeilingPlugin(2 * config.uploads.maxBytes + 1_048_576),
    ],
  });
}

/**
 * Tiers (b)–(d) of DESIGN.md: our own GraphQL errors pass as they are; upstream failures become a
 * generic message with a stable code; anything else is a bug, masked as "Unexpected error.".
 */
function maskError(error: unknown, logger: Logger): Error {
  const original = isGraphQLError(error) ? (error.originalError ?? undefined) : error;
  const located = isGraphQLError(error) ? error : undefined;
  if (original instanceof AlgoregError) {
    return new GraphQLError(original.message, {
      nodes: located?.nodes,
      path: located?.path,
      extensions: {
        code: original.code,
        retryable: original.retryable,
        ...(original.retryAfter !== undefined ? { retryAfter: original.retryAfter } : {}),
      },
    });
  }
  if (located && (original === undefined || isGraphQLError(original))) return located;
  // Pothos refuses malformed input it decodes itself (e.g. a global id that is not one).
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, {
      nodes: located?.nodes,
      path: located?.path,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  // Errors raised outside execution (context, parsing) have no request logger: log them here.
  if (!located?.path) logger.error({ err: original ?? error }, 'unexpected error outside execution');
  return new GraphQLError('Unexpected error.', {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/**
 * By shape, not `instanceof`: graphql may be loaded twice (its CJS and ESM builds, e.g. Yoga's
 * executor and our schema under vitest), and then execution wraps errors in the other class.
 */
function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError';
}

/** Adds `extensions.upstream` and `extensions.requestId`, and logs what went wrong (no PII). */
function resultPlugin(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      const started = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          for (const error of result.errors ?? []) {
            const original = error.originalError;
            if (original instanceof AlgoregError) {
              ctx.logger.warn(
                { code: original.code, route: original.route, path: error.path },
                'upstream error',
              );
            } else if (original && !isGraphQLError(original)) {
              ctx.logger.error({ err: original, path: error.path }, 'unexpected error');
            }
          }
          const extensions: Record<string, unknown> = { ...result.extensions, requestId: ctx.requestId };
          if (ctx.config.tracing) extensions.upstream = ctx.trace.toJSON();
          setResult({ ...result, extensions });
          // One line per request: what ran, how long, what it cost upstream, which error codes
          // (built only when it will be written).
          if (ctx.logger.isLevelEnabled('info'))
            ctx.logger.info(
              {
                operation: operationNameOf(args),
                ms: Math.round(performance.now() - started),
                errors: result.errors?.length ?? 0,
                errorCodes: result.errors?.length ? [...new Set(result.errors.map(codeOf))] : undefined,
                upstreamCalls: ctx.trace?.calls,
                upstreamRetries: ctx.trace?.retries || undefined,
              },
              'graphql request',
            );
        },
      };
    },
  };
}

function routesPlugin(routes: readonly Route[], deps: RouteDeps): Plugin<Context> {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      deps.door.state(request, serverContext);
      for (const route of routes) {
        const response = await route(request, deps);
        if (response) {
          endResponse(response);
          return;
        }
      }
    },
  };
}
