// @ts-nocheck
import { type AlertQueueVariables, alertQueueDirect } from '../direct/alert-queue.ts';
import { alertQueueNaive } from '../naive/alert-queue.ts';
import type { Scenario } from './scenario.ts';

const variables: AlertQueueVariables = { first: 50 };

/** The analyst queue: 50 alerts with each alert's customer, risk and EDD state. */
export const alertQueue: Scenario = {
  name: 'alert-queue',
  title: 'alert queue (50 alerts)',
  operationFile: 'alert-queue.graphql',
  variables: { ...variables },
  direct: (api) => alertQueueDirect(api, variables),
  naive: (api) => alertQueueNaive(api, variables),
  check: (data) => {
    const edges = (data as { alerts?: { edges?: { node?: { customer?: unknown } }[] } })?.alerts?.edges;
    if (edges?.length !== 50) return `expected 50 alerts, got ${edges?.length}`;
    return edges.every((e) => e.node?.customer) ? undefined : 'an alert without its customer';
  },
};
