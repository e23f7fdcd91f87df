import { existsSync, readFileSync } from 'node:fs';
import type { Upstream } from '../direct/algoreg.ts';

/** One benchmark scenario: a GraphQL operation and two hand-written ways of getting the same data. */
export interface Scenario {
  /** URL-safe name, e.g. `customer-page`. */
  name: string;
  /** What the README calls it. */
  title: string;
  /** File under schema/operations/ holding the operation the gateway runs. */
  operationFile: string;
  variables: Record<string, unknown>;
  /** Fewest calls, in parallel where possible. */
  direct(api: Upstream): Promise<unknown>;
  /** One call per row, one after the other. */
  naive(api: Upstream): Promise<unknown>;
  /** Why an answer is not a fair sample (empty page, missing customer), or undefined. */
  check(data: unknown): string | undefined;
}

const operations = new URL('../../schema/operations/', import.meta.url);

export function operationExists(file: string): boolean {
  return existsSync(new URL(file, operations));
}

/** The text of an operation file, as a client would send it. */
export function operationText(file: string): string {
  return readFileSync(new URL(file, operations), 'utf8');
}
