// @ts-nocheck
import {
  type FieldNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  type SelectionSetNode,
} from 'graphql';
import type { Scope } from '../callers/scopes.ts';
import type { Context } from '../context.ts';

/**
 * Look-ahead for fields that need only their parent's key. GraphQL runs a child field after its
 * parent has resolved, so `customer(externalId:) { events alerts documents }` would wait for the
 * customer detail before asking for the rest: two round trips where one would do. A root field
 * that knows the key calls `prefetchChildren`; every selected child registered here starts at
 * once, and its resolver later picks up the same call through the per-request memo.
 */

type Run = (key: string, args: Record<string, unknown>, ctx: Context) => Promise<unknown>;

const registry = new Map<string, Map<string, Run>>();

function memoKey(typeName: string, field: string, key: string, args: Record<string, unknown>): string {
  return `${typeName}.${field}|${key}|${JSON.stringify(args)}`;
}

function memoized<T>(ctx: Context, id: string, run: () => Promise<T>): Promise<T> {
  let promise = ctx.memo.get(id) as Promise<T> | undefined;
  if (!promise) {
    promise = run();
    // A prefetch whose parent turns out null is never awaited: it must not become an unhandled rejection.
    promise.catch(() => undefined);
    ctx.memo.set(id, promise);
  }
  return promise;
}

/**
 * Declares that `typeName.field` can be computed from the parent's key alone. Returns the
 * resolver body to use for the field: it shares a prefetched call when there is one.
 */
export function keyedField<T, A extends object>(
  typeName: string,
  field: string,
  run: (key: string, args: A, ctx: Context) => Promise<T>,
): (key: string, args: A, ctx: Context) => Promise<T> {
  const fields = registry.get(typeName) ?? new Map<string, Run>();
  registry.set(typeName, fields);
  fields.set(field, run as Run);
  return (key, args, ctx) =>
    memoized(ctx, memoKey(typeName, field, key, args as Record<string, unknown>), () => run(key, args, ctx));
}

/** Starts every registered child field the query selects on the object `key` will resolve to. */
export function prefetchChildren(
  info: GraphQLResolveInfo,
  typeName: string,
  key: string,
  ctx: Context,
): void {
  const fields = registry.get(typeName);
  const type = info.schema.getType(typeName) as GraphQLObjectType | undefined;
  if (!fields || !type) return;
  for (const node of info.fieldNodes) {
    if (node.selectionSet)
      walk(node.selectionSet, info, (child) => start(child, fields, type, info, key, ctx));
  }
}

function start(
  node: FieldNode,
  fields: Map<string, Run>,
  type: GraphQLObjectType,
  info: GraphQLResolveInfo,
  key: string,
  ctx: Context,
): void {
  const run = fields.get(node.name.value);
  const def = type.getFields()[node.name.value];
  if (!run || !def || !mayRead(def, ctx)) return;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(def, node, info.variableValues);
  } catch {
    return; // bad arguments: the field's own resolution reports them
  }
  memoized(ctx, memoKey(type.name, node.name.value, key, args), () => run(key, args, ctx));
}

/** A field whose scope the caller lacks is refused when it resolves: nothing is fetched for it. */
function mayRead(def: GraphQLField<unknown, unknown>, ctx: Context): boolean {
  const options = def.extensions?.pothosOptions as { authScopes?: { scope?: Scope } } | undefined;
  const scope = options?.authScopes?.scope;
  return scope === undefined || ctx.caller.scopes.has(scope);
}

function walk(set: SelectionSetNode, info: GraphQLResolveInfo, visit: (node: FieldNode) => void): void {
  for (const sel of set.selections) {
    if (!included(sel, info)) continue;
    if (sel.kind === 'Field') visit(sel);
    else if (sel.kind === 'InlineFragment') walk(sel.selectionSet, info, visit);
    else {
      const fragment = info.fragments[sel.name.value];
      if (fragment) walk(fragment.selectionSet, info, visit);
    }
  }
}

function included(node: SelectionSetNode['selections'][number], info: GraphQLResolveInfo): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}
