import { type Caller, nullIfNotFound } from './caller.ts';
import { mapSettled } from './concurrency.ts';
import {
  alertDetail,
  alertList,
  alertSearch,
  customerAlerts,
  type ModifyAlertBody,
  modifiedAlert,
  type NameSearchBody,
  nameSearchResponse,
  type SearchAlertsBody,
  type WireAlertDetail,
} from './wire/scan.ts';

/** Typed calls of Go!Scan (API.md §5.5). */
export function scanCalls(c: Caller) {
  const getAlert = (alertId: string): Promise<WireAlertDetail | null> =>
    nullIfNotFound(c.http.json('getAlert', alertDetail, { params: { alert_id: alertId }, trace: c.trace }));

  return {
    /** Get alert detail; null when Algoreg has no such alert. */
    getAlert,

    /** Get alert detail for many alerts: concurrent GETs under the configured cap. */
    getAlerts: (alertIds: readonly string[]) => mapSettled(alertIds, c.concurrency, getAlert),

    /** Get alerts: every alert of the Go!Scan engine, paged, unfiltered. */
    list: (page: { limit: number; offset: number }) =>
      c.http.json('getAlerts', alertList, { body: page, trace: c.trace }),

    /** Search alerts: filtered, ordered, paged, with a total. */
    search: (body: SearchAlertsBody) => c.http.json('searchAlerts', alertSearch, { body, trace: c.trace }),

    /** Get customer alerts: one customer's alerts, paged. */
    customerAlerts: (externalId: string, page: { limit: number; offset: number }) =>
      c.http.json('getCustomerAlerts', customerAlerts, {
        params: { customer_external_id: externalId },
        body: page,
        trace: c.trace,
      }),

    /** Modify alert: writes a new revision. A write: never retried. */
    modify: (alertId: string, body: ModifyAlertBody) =>
      c.http.json('modifyAlert', modifiedAlert, { params: { alert_id: alertId }, body, trace: c.trace }),

    /** Name search: screen a name that need not be a customer; cursor-paged. */
    nameSearch: (body: NameSearchBody) =>
      c.http.json('nameSearch', nameSearchResponse, { body, trace: c.trace }),
  };
}

export type ScanCalls = ReturnType<typeof scanCalls>;
