import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type ExecutionArgs,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  isNonNullType,
  Kind,
  type TypeNode,
} from 'graphql';

/**
 * Queries run through graphql-jit: each document is compiled once into a specialised executor
 * (about 25 % more throughput, see bench/). Documents holding several operations stay on
 * graphql-js (the plugin's cache ignores the operation name), and so do operations whose defaults
 * graphql-jit's variable coercion drops: a non-null variable with a default that the request
 * leaves out, and variables of an input type holding a non-null field with a default.
 * Mutations stay on graphql-js too: they are rare, and correctness matters more there.
 */
export function jitPlugin(schema: GraphQLSchema): ReturnType<typeof useGraphQlJit> {
  const needsDefaults = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && hasNonNullDefault(type, new Set())) needsDefaults.add(type.name);
  }
  const jitSafe = (args: ExecutionArgs): boolean => {
    // The plugin caches compiled code per document, whatever the operation name: a document
    // holding several operations (as GraphiQL sends them) would run the first one compiled.
    if (args.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length !== 1)
      return false;
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'query') return false;
    const given = args.variableValues ?? {};
    return !(operation.variableDefinitions ?? []).some(
      (v) =>
        (v.type.kind === 'NonNullType' && v.defaultValue && given[v.variable.name.value] === undefined) ||
        needsDefaults.has(namedTypeOf(v.type)),
    );
  };
  return useGraphQlJit({}, { enableIf: jitSafe });
}

/** True when an input type has a non-null field with a default value, directly or nested. */
function hasNonNullDefault(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some(
    (f) => (isNonNullType(f.type) && f.defaultValue !== undefined) || hasNonNullDefault(f.type, seen),
  );
}

function namedTypeOf(node: TypeNode): string {
  return node.kind === 'NamedType' ? node.name.value : namedTypeOf(node.type);
}
