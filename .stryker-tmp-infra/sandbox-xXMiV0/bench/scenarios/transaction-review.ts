// @ts-nocheck
import { type TransactionReviewVariables, transactionReviewDirect } from '../direct/transaction-review.ts';
import { transactionReviewNaive } from '../naive/transaction-review.ts';
import type { Scenario } from './scenario.ts';

const variables: TransactionReviewVariables = { first: 25 };

/** The transaction review page: 25 delayed and 25 blocked transactions with both sides and their risk. */
export const transactionReview: Scenario = {
  name: 'transaction-review',
  title: 'transaction review (25 delayed + 25 blocked)',
  operationFile: 'kyt-transaction-review.graphql',
  variables: { ...variables },
  direct: (api) => transactionReviewDirect(api, variables),
  naive: (api) => transactionReviewNaive(api, variables),
  check: (data) => {
    const lists = data as Record<string, { edges?: { node?: { status?: string } }[] } | undefined>;
    for (const [list, status] of [
      ['delayed', 'DELAYED'],
      ['blocked', 'BLOCKED'],
    ] as const) {
      const edges = lists?.[list]?.edges;
      if (edges?.length !== 25) return `expected 25 ${list} transactions, got ${edges?.length}`;
      if (!edges.every((e) => e.node?.status === status)) return `a ${list} row in another status`;
    }
    return undefined;
  },
};
