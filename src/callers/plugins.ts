import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { limitBody } from '../body-ceiling.ts';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { type AuditOutcome, targetIds } from './audit.ts';
import { type Door, type RequestState, refusalResponse } from './door.ts';
import type { Caller } from './identity.ts';
import { limitRefused } from './query-limits.ts';
import { DECISION_MUTATIONS } from './scopes.ts';

/** Headers that mark a request as sent by a script (browsers preflight them), for CSRF prevention. */
export const CSRF_HEADERS = [
  'x-graphql-yoga-csrf',
  'graphql-require-preflight',
  'apollo-require-preflight',
] as const;

/** `extensions.code`s that make a mutation's audit outcome a refusal rather than a failure. */
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'BAD_USER_INPUT']);

/**
 * Documents already measured within the limits: clients send the same few operations again and
 * again, and lexing one costs more than its GraphQL parse, which Yoga caches alike.
 */
const WITHIN_LIMITS_CACHE = 1024;

/** Validation stops at this many errors (graphql-js' default is 100). */
const MAX_VALIDATION_ERRORS = 10;

interface RootField {
  key: string;
  name: string;
  args: Record<string, unknown>;
}

type Outcome = { outcome: AuditOutcome; code?: string | undefined };

/** Per request: each mutation field's outcome, as its resolver reported it (see auditMutations). */
const outcomes = new WeakMap<object, Map<string, Outcome>>();

/**
 * The door's plugins, in the order a request meets them: who is calling and their rate limit
 * (before anything is read), CSRF prevention and the JSON body limit (before the body is parsed),
 * the document size limits (before it is parsed), then, with the operation known and before any
 * resolver runs, introspection, decision limits and the audit of mutations.
 */
export function doorPlugins(door: Door, config: Config, endpoint: string): Plugin<Context>[] {
  const csrf = useCSRFPrevention({ requestHeaders: [...CSRF_HEADERS] });
  /** A request the door refuses: audited, answered with `code` and `status`. */
  const refusal = (state: RequestState, code: string, status: number, message: string) => {
    door.record(state, { action: 'request', operation: null, targets: {}, outcome: 'refused', code });
    return new GraphQLError(message, { extensions: { code, http: { status } } });
  };
  /** Query strings that passed the size limits (a refused one is not kept: it is measured again). */
  const withinLimits = new LRUCache<string, true>({ max: WITHIN_LIMITS_CACHE });
  const tooLarge = (query: string) => {
    if (withinLimits.has(query)) return false;
    if (query.length > config.limits.maxChars || tokensOver(query, config.limits.maxTokens)) return true;
    withinLimits.set(query, true);
    return false;
  };
  return [
    {
      async onRequest({ request, serverContext, endResponse }) {
        if (new URL(request.url).pathname !== endpoint || request.method === 'OPTIONS') return;
        const state = door.state(request, serverContext);
        if (isPageLoad(request)) {
          // The GraphiQL page: who asks decides whether it is served (see `graphiqlAllowed`).
          await door.identify(request, state);
          return;
        }
        const refusal = await door.admit(request, state);
        if (refusal) {
          door.record(state, {
            action: 'request',
            operation: null,
            targets: {},
            outcome: 'refused',
            code: refusal.code,
          });
          endResponse(refusalResponse(refusal));
        }
      },
      onRequestParse(payload) {
        const { request } = payload;
        const state = door.state(request);
        // A GET never runs a mutation (Yoga answers 405) and carries no credentials cross-site.
        if (request.method !== 'GET') {
          try {
            (csrf.onRequestParse as (p: typeof payload) => void)(payload);
          } catch {
            throw refusal(
              state,
              'CSRF_REJECTED',
              403,
              'Send the `X-GraphQL-Yoga-CSRF` header (any value) with form and multipart requests.',
            );
          }
        }
        const type = request.headers.get('content-type') ?? '';
        if (type.startsWith('multipart/form-data')) return;
        limitBody(payload, config.limits.maxJsonBodyBytes, () =>
          refusal(state, 'REQUEST_TOO_LARGE', 413, 'The request body is too large.'),
        );
      },
      onParams({ params, request }) {
        const query = params.query;
        if (typeof query !== 'string') return;
        if (tooLarge(query)) {
          throw refusal(
            door.state(request),
            'DOCUMENT_TOO_LARGE',
            400,
            'The GraphQL document is too large: send a smaller one, or split it.',
          );
        }
      },
      onValidate({ params, context, validateFn, setValidationFn }) {
        // A crafted document can make graphql-js build hundreds of conflict errors (100 by default)
        // before it stops: ten say enough, for a tenth of the CPU.
        setValidationFn((schema, document, rules, options, typeInfo) =>
          validateFn(schema, document, rules, { ...options, maxErrors: MAX_VALIDATION_ERRORS }, typeInfo),
        );
        return ({ result }) => {
          if (result.length === 0) return;
          // A query limit's refusal (depth, cost, aliases, directives: see query-limits.ts) is audited as such.
          const limit = limitRefused(result);
          const code = limit ?? 'GRAPHQL_VALIDATION_FAILED';
          const request = (context as { request?: Request }).request;
          if (!request) return;
          const state = door.state(request);
          const operation = getOperationAST(
            params.documentAST,
            (context as { params?: { operationName?: string } }).params?.operationName,
          );
          if (operation?.operation !== 'mutation') {
            if (limit)
              door.record(state, {
                action: 'request',
                operation: null,
                targets: {},
                outcome: 'refused',
                code,
              });
            return;
          }
          for (const field of rootFields(operation, params.documentAST, {})) {
            door.record(state, {
              action: 'mutation',
              operation: field.name,
              targets: targetIds(field.args),
              outcome: 'refused',
              code,
            });
          }
        };
      },
      async onExecute({ args, setResultAndStopExecution }) {
        const ctx = args.contextValue;
        const operation = getOperationAST(args.document, args.operationName);
        if (!operation) return;
        if (operation.operation === 'query' && introspects(operation, args.document)) {
          if (!introspectionAllowed(config, ctx.caller)) {
            setResultAndStopExecution({ errors: [forbidden('Introspection is off here.')] });
          }
          return;
        }
        if (operation.operation !== 'mutation') return;
        const request = (ctx as { request?: Request }).request;
        const state = request ? door.state(request) : undefined;
        const fields = rootFields(operation, args.document, args.variableValues ?? {});
        const record = (field: RootField, o: Outcome) =>
          state &&
          door.record(state, {
            action: 'mutation',
            operation: field.name,
            targets: targetIds(field.args),
            ...o,
          });
        const stop = (error: GraphQLError) => {
          for (const field of fields)
            record(field, { outcome: 'refused', code: String(error.extensions.code) });
          setResultAndStopExecution({ errors: [error] });
        };
        const decisions = fields.filter((f) => DECISION_MUTATIONS.has(f.name));
        const kinds = new Set(decisions.map((f) => f.name));
        if (kinds.size < decisions.length && !ctx.caller.scopes.has('bulk')) {
          return stop(
            forbidden(
              `At most one ${[...kinds].join(' / ')} per request without the bulk scope: send them one by one.`,
            ),
          );
        }
        const limited = state ? await door.consumeDecisions(state, decisions.length) : undefined;
        if (limited) {
          return stop(
            new GraphQLError(limited.message, {
              extensions: {
                code: limited.code,
                retryAfter: limited.retryAfterS,
                http: { status: 429, headers: { 'retry-after': String(limited.retryAfterS) } },
              },
            }),
          );
        }
        const seen = new Map<string, Outcome>();
        outcomes.set(ctx, seen);
        return {
          onExecuteDone() {
            // Fields graphql-js never ran (a non-null mutation before them failed) were not done.
            for (const field of fields)
              record(field, seen.get(field.key) ?? { outcome: 'refused', code: 'NOT_EXECUTED' });
          },
        };
      },
    },
  ];
}

/**
 * Wraps each Mutation field's resolver once so the audit learns its outcome: thrown errors
 * (scope refusals and bad input included) and the payload's `errors`.
 */
export function auditMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || (resolve as { audited?: boolean }).audited) continue;
    const wrapped: typeof resolve = async (root, args, ctx, info) => {
      const seen = outcomes.get(ctx);
      try {
        const result = await resolve(root, args, ctx, info);
        const errors = (result as { errors?: { code?: string }[] } | null)?.errors;
        seen?.set(
          info.path.key as string,
          errors?.length ? { outcome: 'failed', code: errors[0]?.code } : { outcome: 'success' },
        );
        return result;
      } catch (error) {
        const code = String(
          (error as GraphQLError).extensions?.code ??
            (error as { code?: string }).code ??
            'INTERNAL_SERVER_ERROR',
        );
        seen?.set(info.path.key as string, { outcome: REFUSAL_CODES.has(code) ? 'refused' : 'failed', code });
        throw error;
      }
    };
    (wrapped as { audited?: boolean }).audited = true;
    field.resolve = wrapped;
  }
}

/** GraphiQL is served when on, and in production only to `admin` callers. */
export function graphiqlAllowed(config: Config, caller: Caller | undefined): boolean {
  return config.graphiql && (!config.production || caller?.scopes.has('admin') === true);
}

function introspectionAllowed(config: Config, caller: Caller): boolean {
  return config.introspection && (!config.production || caller.scopes.has('admin'));
}

const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

function isPageLoad(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

/** Whether a document has more than `max` tokens; lexing stops at the first one past it. */
function tokensOver(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    // A syntax error: the parser reports it.
  }
  return false;
}

/** The operation's root fields, through fragments, with their arguments' values. */
function rootFields(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): RootField[] {
  const out: RootField[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const args = Object.fromEntries(
          (s.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]),
        );
        out.push({ key: s.alias?.value ?? s.name.value, name: s.name.value, args });
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, seen);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = document.definitions.find(
          (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) walk(fragment.selectionSet, seen);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return out;
}

/** Per operation (Yoga caches parsed documents, so the same node comes back): whether it introspects. */
const introspecting = new WeakMap<OperationDefinitionNode, boolean>();

function introspects(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  let answer = introspecting.get(operation);
  if (answer === undefined) {
    answer = selectsIntrospection(operation.selectionSet, document);
    introspecting.set(operation, answer);
  }
  return answer;
}

/** Whether a selection reaches `__schema` or `__type` (`__typename` is no introspection). */
function selectsIntrospection(
  set: SelectionSetNode,
  document: DocumentNode,
  seen = new Set<string>(),
): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) {
      if (s.name.value === '__schema' || s.name.value === '__type') return true;
      return s.selectionSet ? selectsIntrospection(s.selectionSet, document, seen) : false;
    }
    if (s.kind === Kind.INLINE_FRAGMENT) return selectsIntrospection(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return (
      fragment?.kind === Kind.FRAGMENT_DEFINITION &&
      selectsIntrospection(fragment.selectionSet, document, seen)
    );
  });
}
