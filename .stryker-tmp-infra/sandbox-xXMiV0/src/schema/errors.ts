// @ts-nocheck
import { GraphQLError } from 'graphql';
import { AlgoregBadRequestError, AlgoregNotFoundError } from '../algoreg/errors.ts';
import { builder } from '../builder.ts';

/**
 * Tier (a): outcomes a client must handle, part of the schema. Each subclass is exposed as an
 * object type implementing the `Error` interface; mutation payloads list them in `errors`.
 * Not an `Error` subclass on purpose: graphql-js treats any `Error` a resolver returns as a thrown
 * one, so a payload listing one would fail instead of answering.
 */
export class DomainError {
  name = 'DomainError';
  readonly message: string;
  readonly code: string;
  /** Input field the error is about, as a path (`customers[2].dateOfBirth`). */
  readonly field: string | undefined;
  constructor(message: string, code: string, field?: string) {
    this.message = message;
    this.code = code;
    this.field = field;
  }
}

/** The record named by the input does not exist in Algoreg. */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(message: string, field?: string) {
    super(message, 'NOT_FOUND', field);
  }
}

/** Algoreg refused the change (e.g. a state transition it does not allow). */
export class RejectedError extends DomainError {
  override name = 'RejectedError';
  readonly upstreamCodes: string[];
  constructor(message: string, upstreamCodes: string[] = [], field?: string) {
    super(message, 'REJECTED', field);
    this.upstreamCodes = upstreamCodes;
  }
}

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An outcome a client is expected to handle; branch on `__typename` or `code`.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Human-readable, safe to show to an analyst.' }),
    code: t.exposeString('code', { description: 'Stable machine-readable code.' }),
    field: t.exposeString('field', {
      nullable: true,
      description: 'The input field the error is about, as a path, when there is one.',
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The record named by the input does not exist in Algoreg.',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof NotFoundError,
  fields: () => ({}),
});

builder.objectType(RejectedError, {
  name: 'RejectedError',
  description: 'Algoreg refused the change.',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof RejectedError,
  fields: (t) => ({
    upstreamCodes: t.exposeStringList('upstreamCodes', { description: "Algoreg's own error codes." }),
  }),
});

/** One problem with the input: where and what. */
export interface InputIssue {
  field: string;
  message: string;
}

/**
 * Tier (b): the caller's mistake, found before any upstream call. A GraphQL error with
 * `extensions.code = BAD_USER_INPUT`, a message naming each field, and the issues listed.
 */
export class InputError extends GraphQLError {
  constructor(issues: InputIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `${i.field}: ${i.message}`);
    const more = issues.length > 10 ? ` (and ${issues.length - 10} more)` : '';
    super(`Invalid input. ${shown.join('; ')}${more}`, {
      extensions: { code: 'BAD_USER_INPUT', issues: issues.slice(0, 100) },
    });
  }
}

/** Collects input issues and throws them all at once. */
export class Issues {
  readonly list: InputIssue[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new InputError(this.list);
  }
}

/** Throws at once for a single bad field. */
export function badInput(field: string, message: string): never {
  throw new InputError([{ field, message }]);
}

/**
 * What a client must handle when Algoreg answers a write with "no such record" (404) or "refused"
 * (400): the DomainError for the payload's `errors`. Any other failure is rethrown, to be reported
 * as an upstream error.
 */
export function writeOutcome(
  error: unknown,
  outcome: { notFound?: () => DomainError; refused: string; field?: string },
): DomainError {
  if (outcome.notFound && error instanceof AlgoregNotFoundError) return outcome.notFound();
  if (error instanceof AlgoregBadRequestError) {
    return new RejectedError(outcome.refused, error.upstreamCodes, outcome.field);
  }
  throw error;
}
