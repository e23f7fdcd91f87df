// @ts-nocheck
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  astFromValue,
  type ExecutionArgs,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';

/**
 * Queries run through graphql-jit: each document is compiled once into a specialised executor
 * (about 25 % more throughput, see bench/). Documents holding several operations stay on
 * graphql-js (the plugin's cache ignores the operation name), and so do mutations: they are rare,
 * and correctness matters more there.
 *
 * graphql-jit's variable coercion drops defaults: a non-null variable with a default that the
 * request leaves out, and a non-null field with a default inside an input object (`orderBy:
 * {field: SCORE}` without its `direction`). Such operations used to stay on graphql-js, the
 * alert queue among them (`AlertOrder`). Instead, those defaults are now written into the
 * variables before the compiled query sees them, in their external form (as a client would have
 * sent them), so graphql-jit's own coercion runs on complete input. Variables that do not coerce
 * go to graphql-js, for its clearer errors.
 */
export function jitPlugin(schema: GraphQLSchema): ReturnType<typeof useGraphQlJit> {
  const jitSafe = (args: ExecutionArgs): boolean => {
    // The plugin caches compiled code per document, whatever the operation name: a document
    // holding several operations (as GraphiQL sends them) would run the first one compiled.
    if (args.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length !== 1)
      return false;
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'query') return false;
    const definitions = operation.variableDefinitions ?? [];
    if (definitions.length === 0) return true;
    const given = (args.variableValues ?? {}) as Record<string, unknown>;
    // Bad variables are left to graphql-js, whose errors name the variable and the path inside it
    // (graphql-jit's name the innermost field only).
    if (getVariableValues(schema, definitions, given, { maxErrors: 1 }).errors) return false;
    let filled: Record<string, unknown> | undefined;
    for (const v of definitions) {
      const name = v.variable.name.value;
      const type = typeFromAST(schema, v.type as Parameters<typeof typeFromAST>[1]) as
        | GraphQLInputType
        | undefined;
      if (!type) return false; // unknown type: graphql-js reports it
      let value = given[name];
      if (value === undefined && v.defaultValue) value = valueFromASTUntyped(v.defaultValue);
      const complete = withDefaults(value, type);
      if (complete !== given[name]) {
        filled ??= { ...given };
        filled[name] = complete;
      }
    }
    if (filled) (args as { variableValues: Record<string, unknown> }).variableValues = filled;
    return true;
  };
  return useGraphQlJit({}, { enableIf: jitSafe });
}

/**
 * `value` (as a client sends it) with every missing input-object field that has a default filled
 * in, nested and in lists; the same object when nothing was missing. Values of the wrong shape are
 * left as they are, for the coercion that follows to refuse.
 */
function withDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return withDefaults(value, nullable.ofType); // a single item is a list of one
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const complete = withDefaults(item, nullable.ofType);
      if (complete !== item) {
        out ??= [...value];
        out[i] = complete;
      }
    });
    return out ?? value;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object' || Array.isArray(value)) return value;
  const given = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const field of Object.values(nullable.getFields())) {
    let v = given[field.name];
    if (v === undefined && field.defaultValue !== undefined) {
      const ast = astFromValue(field.defaultValue, field.type);
      v = ast ? valueFromASTUntyped(ast) : undefined;
    }
    const complete = withDefaults(v, field.type);
    if (complete !== given[field.name]) {
      out ??= { ...given };
      out[field.name] = complete;
    }
  }
  return out ?? value;
}
