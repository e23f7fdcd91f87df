// @ts-nocheck
import type { Upstream } from '../direct/algoreg.ts';
import { type Customer360Variables, customer360, customer360Calls } from '../direct/customer-360.ts';

/** Each part after the other, as resolvers without batching or parallelism would fetch them. */
export async function customer360Naive(api: Upstream, { externalId }: Customer360Variables) {
  const calls = customer360Calls(externalId);
  const detail = await calls.detail(api);
  if (!detail)
    return customer360({
      detail,
      events: null,
      alerts: null,
      documents: null,
      risk: null,
      edd: null,
      press: null,
    });
  const events = await calls.events(api);
  const alerts = await calls.alerts(api);
  const documents = await calls.documents(api);
  const risk = await calls.risk(api);
  const edd = await calls.edd(api);
  const press = await calls.press(api);
  return customer360({ detail, events, alerts, documents, risk, edd, press });
}
