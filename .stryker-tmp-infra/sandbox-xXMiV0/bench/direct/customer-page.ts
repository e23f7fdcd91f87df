// @ts-nocheck
import type { Upstream } from './algoreg.ts';
import { mapLimit } from './algoreg.ts';
import { accountType, displayName, flag, globalId, type Json, pageInfo, riskLevel } from './shape.ts';

export interface CustomerPageVariables {
  first: number;
}

/** One customer row of the page: identity from the search, risk and flags from the detail. */
export function customerRow(c: Json, detail: Json) {
  return {
    id: globalId('Customer', c.external_id),
    externalId: c.external_id,
    displayName: displayName(c),
    accountType: accountType(c.account_type),
    overallRisk: riskLevel(detail),
    screening: detail
      ? {
          pep: flag(detail, 'pep'),
          mayBePep: flag(detail, 'may_be_pep'),
          mayBeSanctioned: flag(detail, 'may_be_san'),
          mayBePressRisk: flag(detail, 'may_be_press_risk'),
        }
      : null,
  };
}

export function customerPage(search: Json, details: Json[], first: number) {
  const rows: Json[] = search.data ?? [];
  return {
    customers: {
      totalCount: search.total ?? null,
      pageInfo: pageInfo(0, rows.length, first, search.total),
      edges: rows.map((c, i) => ({ node: customerRow(c, details[i]) })),
    },
  };
}

/** Search customers once, then every customer's detail at once under the concurrency cap: 2 round trips. */
export async function customerPageDirect(api: Upstream, vars: CustomerPageVariables) {
  const search = await api.call('searchCustomers', { body: { limit: vars.first, offset: 0 } });
  const details = await mapLimit(search.data as Json[], api.concurrency, (c) =>
    api.call('getCustomer', { params: { customer_external_id: c.external_id } }),
  );
  return customerPage(search, details, vars.first);
}
