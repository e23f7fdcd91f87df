/**
 * TEMPORARY bridge, to delete when merged: before the DTO rework a Customer resolved from
 * `{ customer: <Algoreg JSON> }`, and the fields other products add to Customer (alert.ts,
 * document.ts, and the new products copied from them) still read `c.customer.external_id`. A
 * Customer now resolves from the camelCase DTO: read `c.externalId`, then remove this file and its
 * two uses in customer.ts.
 */
export interface LegacyCustomerKey {
  /** @deprecated Read `externalId` on the record itself. */
  readonly customer: { readonly external_id: string };
}

export const legacyKey = (externalId: string): LegacyCustomerKey => ({
  customer: { external_id: externalId },
});
