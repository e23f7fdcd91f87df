// @ts-nocheck
import {
  context,
  type Context as OtelContext,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamSpans } from '../algoreg/spans.ts';
import type { Context } from '../context.ts';
import { codeOf } from './metrics.ts';

/** What the gateway traces with OpenTelemetry: its GraphQL operations and its Algoreg calls. */
export interface Tracing {
  /** Spans of Algoreg calls and batches, for the HTTP layer. */
  upstream: UpstreamSpans;
  /** The Yoga plugin that makes one span per GraphQL operation. */
  plugin(): Plugin<Context>;
}

/** Reads W3C trace context (`traceparent`, `tracestate`) from a Fetch API request's headers. */
const fromHeaders = {
  keys: (headers: Headers) => [...headers.keys()],
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
};

/**
 * Spans through the global OpenTelemetry API, whose SDK `startTracing()` (tracing.ts) registered
 * before the app was loaded. Used only when tracing is on (`OTEL_EXPORTER_OTLP_ENDPOINT`): off, no
 * plugin is added and the HTTP layer gets no spans, so nothing here runs.
 *
 * Attributes are route templates, methods, statuses, operation names and error codes: never
 * variables, ids, URLs with their values, or anything a customer typed.
 */
export function createTracing(upstreamUrl: string): Tracing {
  const tracer = trace.getTracer('algoreg-gateway');
  const origin = new URL(upstreamUrl);
  const basePath = origin.pathname.replace(/\/$/, '');
  const server = {
    'server.address': origin.hostname,
    'server.port': Number(origin.port) || (origin.protocol === 'https:' ? 443 : 80),
  };

  const upstream: UpstreamSpans = {
    call(route, headers) {
      const space = route.indexOf(' ');
      const span = tracer.startSpan(route, {
        kind: SpanKind.CLIENT,
        attributes: {
          'http.request.method': route.slice(0, space),
          'url.template': basePath + route.slice(space + 1),
          'algoreg.route': route,
          ...server,
        },
      });
      propagation.inject(trace.setSpan(context.active(), span), headers);
      return (outcome, code) => {
        const status = Number(outcome);
        if (Number.isInteger(status)) span.setAttribute('http.response.status_code', status);
        if (code) {
          span.setAttribute('error.type', code);
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        span.end();
      };
    },
    batch(route, size, run) {
      return tracer.startActiveSpan(
        `batch ${route}`,
        { attributes: { 'algoreg.route': route, 'algoreg.batch.size': size } },
        (span) => run().finally(() => span.end()),
      );
    },
  };

  const plugin = (): Plugin<Context> => ({
    instrumentation: {
      // Around each GraphQL operation (parsing to result): the client's traceparent, when it sent
      // one, is the parent; everything the operation does runs with its span active.
      operation({ request }, wrapped) {
        const parent = propagation.extract(context.active(), request.headers, fromHeaders);
        const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER }, parent);
        return within(trace.setSpan(parent, span), span, wrapped);
      },
    },
    onExecute({ args }) {
      const span = trace.getActiveSpan();
      if (!span) return;
      const operation = getOperationAST(args.document, args.operationName);
      const name = operation?.name?.value ?? 'anonymous';
      const type = operation?.operation ?? 'query';
      span.updateName(`${type} ${name}`);
      span.setAttributes({ 'graphql.operation.name': name, 'graphql.operation.type': type });
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          // Codes only: messages may repeat what the client sent.
          span.setAttribute('graphql.error.codes', [...new Set(result.errors.map(codeOf))]);
          span.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
  });

  return { upstream, plugin };
}

/** Runs `wrapped` with `active` as the current context and ends `span` when it has finished. */
function within(active: OtelContext, span: Span, wrapped: () => void | Promise<void>): void | Promise<void> {
  const fail = (error: unknown) => {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    throw error;
  };
  try {
    const result = context.with(active, wrapped);
    // Yoga may hand back a promise-like of its own (whatwg-node's fake promises), not a Promise.
    if (isThenable(result)) return Promise.resolve(result).then(() => span.end(), fail);
    span.end();
    return result;
  } catch (error) {
    fail(error);
  }
}

const isThenable = (value: unknown): value is PromiseLike<void> =>
  typeof (value as PromiseLike<void> | undefined)?.then === 'function';
