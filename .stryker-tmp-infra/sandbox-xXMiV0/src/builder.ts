// @ts-nocheck
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import { forbiddenError } from './callers/forbidden.ts';
import { nodeScope, type Scope } from './callers/scopes.ts';
import type { Context } from './context.ts';

/** The Pothos builder and its plugin options. Types live in `schema/<domain>.ts`, never here. */
export const builder = new SchemaBuilder<{
  Context: Context;
  /** `authScopes: { scope: 'read:alerts' }` on a field or type (src/callers/scopes.ts). */
  AuthScopes: { scope: Scope };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount?: number | null | undefined };
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Decimal: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
}>({
  // Relay first, so scope checks see decoded global ids; scope-auth before the loaders.
  plugins: [RelayPlugin, ScopeAuthPlugin, DataloaderPlugin, SimpleObjectsPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ scope: (scope) => ctx.caller.scopes.has(scope) }),
    unauthorizedError: (_parent, _ctx, _info, result) => forbiddenError(result.failure),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Pass to `after` (or `before`) to page from this item.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    idFieldOptions: { description: 'Global id: refetch the object with `node(id:)`.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item of the page: pass it to `after` for the next page.',
    },
    defaultConnectionTypeOptions: {
      description: 'A page of a list, with its total where Algoreg gives one.',
    },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
    nodeTypeOptions: { description: 'An object with a global id, refetchable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    nodeQueryOptions: {
      description: 'Any object by its global id; null when it does not exist.',
      authScopes: (_root, args, ctx) => ({ scope: nodeScope([args.id.typename], ctx.caller.scopes) }),
    },
    nodesQueryOptions: {
      description: 'Many objects by their global ids, in order; null for those that do not exist.',
      authScopes: (_root, args, ctx) => ({
        scope: nodeScope(
          args.ids.map((id) => id.typename),
          ctx.caller.scopes,
        ),
      }),
    },
  },
});

builder.queryType({ description: 'Reads from Algoreg.' });
builder.mutationType({ description: 'Writes to Algoreg. Writes are never retried by the gateway.' });
builder.subscriptionType({
  description:
    "Live updates, driven by Algoreg's webhooks: each event yields the entity read fresh from Algoreg. Over SSE (`Accept: text/event-stream`) or WebSocket (graphql-ws) on `/graphql`.",
});
