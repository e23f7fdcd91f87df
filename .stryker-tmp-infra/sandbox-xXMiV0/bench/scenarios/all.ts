// @ts-nocheck
import { alertQueue } from './alert-queue.ts';
import { customer360 } from './customer-360.ts';
import { customerPage } from './customer-page.ts';
import type { Scenario } from './scenario.ts';
import { transactionReview } from './transaction-review.ts';

/** Every scenario, in the order the report lists them. */
export const scenarios: readonly Scenario[] = [alertQueue, customerPage, customer360, transactionReview];
