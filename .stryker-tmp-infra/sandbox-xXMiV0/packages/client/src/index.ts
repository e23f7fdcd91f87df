/**
 * `@algoreg/graphql-client`: a TypedDocumentNode for every example operation of the Algoreg GraphQL
 * gateway, with its result and variables types and every schema enum and input type. Works with any
 * client that takes typed documents (`@urql/core`, urql, Apollo Client, graphql-request). React
 * hooks: `@algoreg/graphql-client/hooks`; graphcache: `@algoreg/graphql-client/cache`; codegen for
 * your own operations: `@algoreg/graphql-client/codegen`.
 */
// @ts-nocheck

export * from './generated/graphql.ts';
export { persistedHash } from './persisted.ts';
