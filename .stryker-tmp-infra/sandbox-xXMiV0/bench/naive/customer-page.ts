// @ts-nocheck
import type { Upstream } from '../direct/algoreg.ts';
import { type CustomerPageVariables, customerPage } from '../direct/customer-page.ts';
import type { Json } from '../direct/shape.ts';

/** Search customers, then one detail call per row, each after the other (N+1). */
export async function customerPageNaive(api: Upstream, vars: CustomerPageVariables) {
  const search = await api.call('searchCustomers', { body: { limit: vars.first, offset: 0 } });
  const details: Json[] = [];
  for (const c of search.data as Json[]) {
    details.push(await api.call('getCustomer', { params: { customer_external_id: c.external_id } }));
  }
  return customerPage(search, details, vars.first);
}
