import { type Caller, nullIfNotFound } from './caller.ts';
import { mapSettled } from './concurrency.ts';
import {
  customerDetail,
  customerEvents,
  customerSearch,
  customerStats,
  type SaveCustomersBody,
  type SearchCustomersBody,
  saveCustomersResponse,
  type WireCustomerDetail,
  type WireSaveCustomersResponse,
} from './wire/customer.ts';

/** One chunk of a chunked save: its answer, or the error that stopped it. */
export type SaveChunkResult =
  | { lines: SaveCustomersBody['customers']; response: WireSaveCustomersResponse }
  | { lines: SaveCustomersBody['customers']; error: Error };

/** Typed calls of the Customer group (API.md §3). */
export function customerCalls(c: Caller) {
  const getDetail = (externalId: string): Promise<WireCustomerDetail | null> =>
    nullIfNotFound(
      c.http.json('getCustomer', customerDetail, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      }),
    );

  return {
    /** Get customer detail; null when Algoreg has no such customer. */
    getDetail,

    /** Get customer detail for many customers: concurrent GETs under the configured cap. */
    getDetails: (externalIds: readonly string[]) => mapSettled(externalIds, c.concurrency, getDetail),

    events: (externalId: string, page: { limit: number; offset: number }) =>
      c.http.json('getCustomerEvents', customerEvents, {
        params: { customer_external_id: externalId },
        query: page,
        trace: c.trace,
      }),

    stats: (externalId: string) =>
      c.http.json('getCustomerStats', customerStats, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      }),

    search: (body: SearchCustomersBody) =>
      c.http.json('searchCustomers', customerSearch, { body, trace: c.trace }),

    /** One Save customers call. A write: never retried. */
    save: (body: SaveCustomersBody) =>
      c.http.json('saveCustomers', saveCustomersResponse, { body, trace: c.trace }),

    /**
     * Save customers in chunks of `chunkSize` lines, one chunk after the other; relations go with
     * the last chunk, once every customer they name has been sent. A failed chunk is reported in
     * place and the following chunks are still sent.
     */
    saveInChunks: async (body: SaveCustomersBody, chunkSize: number): Promise<SaveChunkResult[]> => {
      const results: SaveChunkResult[] = [];
      const count = Math.max(1, Math.ceil(body.customers.length / chunkSize));
      for (let i = 0; i < count; i++) {
        const lines = body.customers.slice(i * chunkSize, (i + 1) * chunkSize);
        const last = i === count - 1;
        try {
          const response = await c.http.json('saveCustomers', saveCustomersResponse, {
            body: {
              customers: lines,
              relations: last ? body.relations : undefined,
              disable_risk_scan: body.disable_risk_scan,
              verify_input: body.verify_input,
            },
            trace: c.trace,
          });
          results.push({ lines, response });
        } catch (error) {
          results.push({ lines, error: error as Error });
        }
      }
      return results;
    },
  };
}

export type CustomerCalls = ReturnType<typeof customerCalls>;
