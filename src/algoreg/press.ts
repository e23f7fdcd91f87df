import { type Caller, nullIfNotFound } from './caller.ts';
import {
  customerReportId,
  PRESS_ENTITY_CODES,
  type PressReport,
  type PressScreeningInput,
  pressReport,
} from './wire/press.ts';
import './wire/press-fast.ts';

/** Typed calls of Go!Press (API.md §5.3). */
export function pressCalls(c: Caller) {
  const getReport = async (reportId: string): Promise<PressReport | null> => {
    const report = await nullIfNotFound(
      c.http.json('getPressReport', pressReport, { params: { id: reportId }, trace: c.trace }),
    );
    return report && withId(report, reportId);
  };

  return {
    /** Get report body; null when Algoreg has no such report. */
    getReport,

    /** Get report body for many reports: concurrent GETs under the configured cap. */
    getReports: (reportIds: readonly string[]) => c.batch('getPressReport', reportIds, getReport),

    /** The id of a customer's standing report, read with Get report body (assumed). */
    customerReportId,

    /**
     * Force handle press report generation for customer: the customer's report, pending again.
     * A write: never retried. Throws AlgoregNotFoundError for an unknown customer.
     */
    forCustomer: async (externalId: string): Promise<PressReport> => {
      const report = await c.http.json('forcePressReport', pressReport, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      });
      return withId(report, customerReportId(externalId));
    },

    /** Generate instant report for a name that need not be a customer's. A write: never retried. */
    instant: (input: PressScreeningInput): Promise<PressReport> =>
      c.http.json('generatePressReport', pressReport, {
        body: {
          name: input.name,
          entity_type: PRESS_ENTITY_CODES[input.entityType],
          countries: input.countries,
        },
        trace: c.trace,
      }),
  };
}

/** The documented report body carries no id of its own: the one it was read by stands in. */
const withId = (report: PressReport, id: string): PressReport => (report.id ? report : { ...report, id });

export type PressCalls = ReturnType<typeof pressCalls>;
