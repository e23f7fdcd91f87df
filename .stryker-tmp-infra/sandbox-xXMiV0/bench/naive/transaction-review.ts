// @ts-nocheck
import type { Upstream } from '../direct/algoreg.ts';
import type { Json } from '../direct/shape.ts';
import {
  customerDetail,
  customerIds,
  searchTransactions,
  type TransactionReviewVariables,
  transactionReview,
} from '../direct/transaction-review.ts';

/** Each search, then each row's customers, one call per side, each after the other (N+1, no dedup). */
export async function transactionReviewNaive(api: Upstream, vars: TransactionReviewVariables) {
  const searches: Json[] = [];
  const details = new Map<string, Json | null>();
  for (const state of ['delayed', 'blocked']) {
    const search = await searchTransactions(api, state, vars.first);
    searches.push(search);
    for (const id of customerIds(search)) details.set(id, await customerDetail(api, id));
  }
  return transactionReview(searches, details, vars.first);
}
