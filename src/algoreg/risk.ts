import { type Caller, nullIfNotFound } from './caller.ts';
import { type EddRevision, eddRevision } from './wire/customer.ts';
import { type RiskAssessment, riskAssessment } from './wire/risk.ts';
// The one-pass readers of the last EDD and the last risk (registered on the schemas when loaded).
import './wire/customer-fast.ts';
import './wire/risk-fast.ts';

/** Typed calls of Go!Risk (API.md §5.4). Both reads are by customer; Algoreg takes no list. */
export function riskCalls(c: Caller) {
  const lastRisk = (externalId: string): Promise<RiskAssessment | null> =>
    nullIfNotFound(
      c.http.json('getCustomerLastRisk', riskAssessment, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      }),
    );
  const lastEdd = (externalId: string): Promise<EddRevision | null> =>
    nullIfNotFound(
      c.http.json('getCustomerLastEdd', eddRevision, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      }),
    );

  return {
    /** Get customer last risk; null when Algoreg has no such customer. */
    lastRisk,
    /** Get customer last risk for many customers: concurrent GETs under the configured cap. */
    lastRisks: (externalIds: readonly string[]) => c.batch('getCustomerLastRisk', externalIds, lastRisk),
    /** Get customer last EDD; null when the customer has no EDD decision (or does not exist). */
    lastEdd,
    /** Get customer last EDD for many customers: concurrent GETs under the configured cap. */
    lastEdds: (externalIds: readonly string[]) => c.batch('getCustomerLastEdd', externalIds, lastEdd),
  };
}

export type RiskCalls = ReturnType<typeof riskCalls>;
