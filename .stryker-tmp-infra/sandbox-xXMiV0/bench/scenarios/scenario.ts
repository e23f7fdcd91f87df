// @ts-nocheck
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { type FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';
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

/** Every fragment defined in schema/operations/, by name. */
function fragments(): Map<string, FragmentDefinitionNode> {
  const all = new Map<string, FragmentDefinitionNode>();
  for (const f of readdirSync(operations).filter((n) => n.endsWith('.graphql'))) {
    for (const def of parse(readFileSync(new URL(f, operations), 'utf8')).definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) all.set(def.name.value, def);
    }
  }
  return all;
}

/** The text of an operation file with the fragments it uses, as the typed client sends it. */
export function operationText(file: string): string {
  const doc = parse(readFileSync(new URL(file, operations), 'utf8'));
  const known = fragments();
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      FragmentSpread(spread) {
        const def = known.get(spread.name.value);
        if (def && !needed.has(def.name.value)) {
          needed.set(def.name.value, def);
          collect(def);
        }
      },
    });
  collect(doc);
  const own = new Set(doc.definitions.map((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? d.name.value : '')));
  const extra = [...needed.values()].filter((d) => !own.has(d.name.value));
  return [print(doc), ...extra.map((d) => print(d))].join('\n\n');
}
