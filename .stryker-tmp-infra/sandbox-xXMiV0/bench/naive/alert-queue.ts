// @ts-nocheck
import { type AlertQueueVariables, alertQueue, customerDetail, searchAlerts } from '../direct/alert-queue.ts';
import type { Upstream } from '../direct/algoreg.ts';
import type { Json } from '../direct/shape.ts';

/** Search alerts, then each row's customer, one call per row, each after the other (N+1, no dedup). */
export async function alertQueueNaive(api: Upstream, vars: AlertQueueVariables) {
  const search = await searchAlerts(api, vars.first);
  const details = new Map<string, Json>();
  for (const a of (search.data ?? []) as Json[]) {
    if (a.customer_external_id)
      details.set(a.customer_external_id, await customerDetail(api, a.customer_external_id));
  }
  return alertQueue(search, details, vars.first);
}
