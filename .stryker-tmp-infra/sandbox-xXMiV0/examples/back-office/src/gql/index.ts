/* eslint-disable */
// @ts-nocheck

export * from "./gql.js";