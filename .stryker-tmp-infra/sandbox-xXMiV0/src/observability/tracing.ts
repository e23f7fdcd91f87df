// @ts-nocheck
import { DiagLogLevel, diag } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type SpanExporter,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';

/** The running OpenTelemetry SDK. */
export interface TracingSdk {
  /** Exports the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK for traces only (metrics are Prometheus', src/observability/
 * metrics.ts): spans go to `OTEL_EXPORTER_OTLP_ENDPOINT` over OTLP/HTTP (`/v1/traces`), in
 * batches. Called by the process entry (main.ts) before the app's modules load, and only when
 * the endpoint is set: with it unset, not even this module is loaded.
 *
 * Propagation is W3C trace context alone (`traceparent`, `tracestate`): a client's `baggage`
 * header is not read, so nothing a client sends is forwarded to Algoreg beyond the trace ids.
 * Sampling is parent-based: a client's sampled flag is followed, and traces that start here are
 * kept at `OTEL_TRACES_SAMPLER_ARG`.
 *
 * `exporter` replaces the OTLP exporter (tests use an in-memory one, exported span by span).
 */
export function startTracing(config: Config, logger: Logger, exporter?: SpanExporter): TracingSdk {
  const endpoint = config.otlpEndpoint;
  if (!endpoint && !exporter) throw new Error('startTracing needs OTEL_EXPORTER_OTLP_ENDPOINT');
  // The SDK's own complaints (an unreachable collector, dropped spans) go to our log.
  diag.setLogger(
    {
      error: (message) => logger.warn({ component: 'opentelemetry' }, message),
      warn: (message) => logger.warn({ component: 'opentelemetry' }, message),
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    },
    DiagLogLevel.WARN,
  );
  const processor = exporter
    ? new SimpleSpanProcessor({ exporter })
    : new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: `${endpoint?.replace(/\/+$/, '')}/v1/traces` }),
      });
  const sdk = new NodeSDK({
    serviceName: config.otel.serviceName,
    spanProcessors: [processor],
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.otel.sampleRatio) }),
    textMapPropagator: new W3CTraceContextPropagator(),
    // Traces only: the SDK would otherwise start OTLP metric and log exporters of its own.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
