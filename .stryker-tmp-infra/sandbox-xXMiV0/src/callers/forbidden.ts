// @ts-nocheck
import { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';

/** The scopes a failed check asked for, from Pothos' account of the failure. */
function missingScopes(failure: AuthFailure): string[] {
  if (failure.kind === AuthScopeFailureType.AuthScope) return [String(failure.parameter)];
  if (
    failure.kind === AuthScopeFailureType.AnyAuthScopes ||
    failure.kind === AuthScopeFailureType.AllAuthScopes
  )
    return failure.failures.flatMap(missingScopes);
  return [];
}

/** A field or mutation the caller's scopes do not cover: `FORBIDDEN`, naming the scope it needs. */
export function forbiddenError(failure: AuthFailure): GraphQLError {
  const scopes = [...new Set(missingScopes(failure))];
  const needs = scopes.length ? `: this needs the ${scopes.join(' or ')} scope` : '';
  return new GraphQLError(`Forbidden${needs}.`, { extensions: { code: 'FORBIDDEN' } });
}
