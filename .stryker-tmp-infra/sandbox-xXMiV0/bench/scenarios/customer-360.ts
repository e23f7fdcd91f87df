// @ts-nocheck
import { type Customer360Variables, customer360Direct } from '../direct/customer-360.ts';
import { customer360Naive } from '../naive/customer-360.ts';
import type { Scenario } from './scenario.ts';

const variables: Customer360Variables = { externalId: 'C-0015' };

/**
 * One customer with its detail, risk factors, last EDD, press report, events, alerts and documents
 * (C-0015: 8 alerts, 3 documents): seven calls, all keyed by the external id, in one round trip.
 */
export const customer360: Scenario = {
  name: 'customer-360',
  title: 'customer 360',
  operationFile: 'customer-360-bench.graphql',
  variables: { ...variables },
  direct: (api) => customer360Direct(api, variables),
  naive: (api) => customer360Naive(api, variables),
  check: (data) => ((data as { customer?: unknown })?.customer ? undefined : 'customer not found'),
};
