// @ts-nocheck
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Config } from '../config.ts';

/**
 * The limits graphql-armor checks while the document is validated, each refused with its own code,
 * HTTP 400, and a message that says what to change but not where the limit is (a prober learns
 * nothing by bisecting). The document's size limits are the door's (`DOCUMENT_TOO_LARGE`).
 */
const REFUSALS = {
  maxDepth: {
    code: 'QUERY_TOO_DEEP',
    message: 'The query is nested too deeply: ask for fewer levels at once.',
  },
  costLimit: {
    code: 'QUERY_TOO_EXPENSIVE',
    message: 'The query asks for too much at once: ask for fewer items or fields, or split it.',
  },
  maxAliases: { code: 'TOO_MANY_ALIASES', message: 'The query has too many aliases: split it.' },
  maxDirectives: { code: 'TOO_MANY_DIRECTIVES', message: 'The query has too many directives: split it.' },
} as const;

type Limit = keyof typeof REFUSALS;

/**
 * A limit's refusal as the client gets it: its code, HTTP 400 whatever the Accept header (`spec:
 * false`: Yoga would answer a validation error 200 to `application/json`), no limit in the message.
 */
const refusal = (key: Limit) =>
  new GraphQLError(REFUSALS[key].message, {
    extensions: { code: REFUSALS[key].code, http: { status: 400, spec: false } },
  });

const LIMIT_CODES: ReadonlySet<string> = new Set(Object.values(REFUSALS).map((r) => r.code));

/** graphql-armor, configured from `config.limits`, reporting each refusal as a validation error of ours. */
export function queryLimitsPlugin(config: Config) {
  const report = (key: Limit) => ({
    exposeLimits: false,
    // Reported into the validation result (not thrown), so the client gets our error and its status.
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(refusal(key))],
  });
  return EnvelopArmorPlugin({
    maxDepth: {
      n: config.limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...report('maxDepth'),
    },
    costLimit: { maxCost: config.limits.maxCost, ignoreIntrospection: true, ...report('costLimit') },
    maxAliases: { n: config.limits.maxAliases, ...report('maxAliases') },
    maxDirectives: { n: 50, ...report('maxDirectives') },
    // Counted by the door before parsing (DOCUMENT_TOO_LARGE).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
}

/** The code of the first query-limit refusal among validation errors, if any. */
export function limitRefused(errors: readonly Error[]): string | undefined {
  for (const e of errors) {
    const code = (e as GraphQLError).extensions?.code;
    if (typeof code === 'string' && LIMIT_CODES.has(code)) return code;
  }
  return undefined;
}
