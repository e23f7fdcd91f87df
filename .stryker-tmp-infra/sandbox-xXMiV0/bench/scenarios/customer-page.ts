// @ts-nocheck
import { type CustomerPageVariables, customerPageDirect } from '../direct/customer-page.ts';
import { customerPageNaive } from '../naive/customer-page.ts';
import type { Scenario } from './scenario.ts';

const variables: CustomerPageVariables = { first: 100 };

/** `customers(first: 100)` with each customer's risk and screening flags. */
export const customerPage: Scenario = {
  name: 'customer-page',
  title: 'customer page (100 customers)',
  operationFile: 'customer-page.graphql',
  variables: { ...variables },
  direct: (api) => customerPageDirect(api, variables),
  naive: (api) => customerPageNaive(api, variables),
  check: (data) => {
    const edges = (data as { customers?: { edges?: unknown[] } })?.customers?.edges;
    return edges?.length === 100 ? undefined : `expected 100 customers, got ${edges?.length}`;
  },
};
