// @ts-nocheck
import { Store } from '../store.ts';
import { seedThreads } from './chat.ts';
import { seedCustomers } from './customer.ts';
import { seedDocuments } from './document.ts';
import { seedTransactions } from './kyt.ts';
import { seedPress } from './press.ts';
import { seedRisks } from './risk.ts';
import { seedAlerts } from './scan.ts';
import { seedSessions } from './vid.ts';

/** Options of the seeded data set. */
export interface SeedOptions {
  /** PRNG seed; the same seed gives the same data. Default 42. */
  seed?: number;
  /** How many customers. Default 320. */
  customers?: number;
}

/**
 * A fresh store filled with the deterministic data set: customers first, then each product's
 * records over them (one seed file per product, each with its own PRNG stream).
 */
export function seedStore(options: SeedOptions = {}): Store {
  const store = new Store();
  const seed = options.seed ?? 42;
  seedCustomers(store, seed, options.customers ?? 320);
  seedDocuments(store, seed);
  seedAlerts(store, seed);
  seedRisks(store, seed);
  seedPress(store, seed);
  seedSessions(store, seed);
  seedThreads(store, seed);
  seedTransactions(store, seed);
  return store;
}
