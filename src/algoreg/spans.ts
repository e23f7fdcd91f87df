/**
 * Tracing of Algoreg calls, implemented by src/observability/spans.ts (OpenTelemetry) and absent
 * when tracing is off, so the HTTP layer pays nothing for it then. Routes are templates
 * (`"GET /api/v1/customers/{customer_external_id}"`), never filled-in paths: no ids, no PII.
 */
export interface UpstreamSpans {
  /**
   * Starts the span of one attempt of a call, as a child of the caller's active span, and writes
   * its W3C trace context (`traceparent`) into `headers`, which go to Algoreg. The function it
   * returns ends the span with the attempt's outcome (HTTP status, `timeout`, `network`) and the
   * error code it failed with, if any.
   */
  call(route: string, headers: Record<string, string>): (outcome: string | undefined, code?: string) => void;
  /** Runs one batch of calls (a DataLoader batch) inside a span named after the batch's route. */
  batch<T>(route: string, size: number, run: () => Promise<T>): Promise<T>;
}
