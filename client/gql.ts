/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Customer360($externalId: String!) {\n  customer(externalId: $externalId) {\n    id\n    externalId\n    displayName\n    accountType\n    firstName\n    lastName\n    companyName\n    dateOfBirth\n    nationalityCodes\n    domicileCodes\n    reviewGroups\n    overallRisk\n    eddStatus {\n      state\n      rawState\n      nextReviewDate\n      agentName\n    }\n    screening {\n      pep\n      mayBePep\n      mayBeSanctioned\n      pressRisk\n      mayBePressRisk\n    }\n    identityVerification {\n      succeeded\n      failed\n      inProgress\n    }\n    events(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          createdAt\n        }\n      }\n    }\n    stats {\n      openAlerts\n      documents\n      lastActivityAt\n    }\n  }\n}": typeof types.Customer360Document,
    "query CustomerPage($first: Int = 100, $after: String, $filter: CustomerFilter) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        displayName\n        accountType\n        overallRisk\n        screening {\n          pep\n          mayBePep\n          mayBeSanctioned\n          mayBePressRisk\n        }\n      }\n    }\n  }\n}": typeof types.CustomerPageDocument,
    "mutation SaveCustomers($input: SaveCustomersInput!) {\n  saveCustomers(input: $input) {\n    status\n    verifyInput\n    lines {\n      index\n      externalId\n      status\n      errors {\n        code\n        detail\n      }\n      warnings {\n        code\n        detail\n      }\n      upstreamCode\n      customer {\n        id\n        externalId\n        firstName\n        lastName\n        dateOfBirth\n        overallRisk\n      }\n    }\n    relationErrors {\n      externalId\n      errors {\n        code\n        detail\n      }\n    }\n  }\n}": typeof types.SaveCustomersDocument,
};
const documents: Documents = {
    "query Customer360($externalId: String!) {\n  customer(externalId: $externalId) {\n    id\n    externalId\n    displayName\n    accountType\n    firstName\n    lastName\n    companyName\n    dateOfBirth\n    nationalityCodes\n    domicileCodes\n    reviewGroups\n    overallRisk\n    eddStatus {\n      state\n      rawState\n      nextReviewDate\n      agentName\n    }\n    screening {\n      pep\n      mayBePep\n      mayBeSanctioned\n      pressRisk\n      mayBePressRisk\n    }\n    identityVerification {\n      succeeded\n      failed\n      inProgress\n    }\n    events(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          createdAt\n        }\n      }\n    }\n    stats {\n      openAlerts\n      documents\n      lastActivityAt\n    }\n  }\n}": types.Customer360Document,
    "query CustomerPage($first: Int = 100, $after: String, $filter: CustomerFilter) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        displayName\n        accountType\n        overallRisk\n        screening {\n          pep\n          mayBePep\n          mayBeSanctioned\n          mayBePressRisk\n        }\n      }\n    }\n  }\n}": types.CustomerPageDocument,
    "mutation SaveCustomers($input: SaveCustomersInput!) {\n  saveCustomers(input: $input) {\n    status\n    verifyInput\n    lines {\n      index\n      externalId\n      status\n      errors {\n        code\n        detail\n      }\n      warnings {\n        code\n        detail\n      }\n      upstreamCode\n      customer {\n        id\n        externalId\n        firstName\n        lastName\n        dateOfBirth\n        overallRisk\n      }\n    }\n    relationErrors {\n      externalId\n      errors {\n        code\n        detail\n      }\n    }\n  }\n}": types.SaveCustomersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customer360($externalId: String!) {\n  customer(externalId: $externalId) {\n    id\n    externalId\n    displayName\n    accountType\n    firstName\n    lastName\n    companyName\n    dateOfBirth\n    nationalityCodes\n    domicileCodes\n    reviewGroups\n    overallRisk\n    eddStatus {\n      state\n      rawState\n      nextReviewDate\n      agentName\n    }\n    screening {\n      pep\n      mayBePep\n      mayBeSanctioned\n      pressRisk\n      mayBePressRisk\n    }\n    identityVerification {\n      succeeded\n      failed\n      inProgress\n    }\n    events(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          createdAt\n        }\n      }\n    }\n    stats {\n      openAlerts\n      documents\n      lastActivityAt\n    }\n  }\n}"): (typeof documents)["query Customer360($externalId: String!) {\n  customer(externalId: $externalId) {\n    id\n    externalId\n    displayName\n    accountType\n    firstName\n    lastName\n    companyName\n    dateOfBirth\n    nationalityCodes\n    domicileCodes\n    reviewGroups\n    overallRisk\n    eddStatus {\n      state\n      rawState\n      nextReviewDate\n      agentName\n    }\n    screening {\n      pep\n      mayBePep\n      mayBeSanctioned\n      pressRisk\n      mayBePressRisk\n    }\n    identityVerification {\n      succeeded\n      failed\n      inProgress\n    }\n    events(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          createdAt\n        }\n      }\n    }\n    stats {\n      openAlerts\n      documents\n      lastActivityAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerPage($first: Int = 100, $after: String, $filter: CustomerFilter) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        displayName\n        accountType\n        overallRisk\n        screening {\n          pep\n          mayBePep\n          mayBeSanctioned\n          mayBePressRisk\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerPage($first: Int = 100, $after: String, $filter: CustomerFilter) {\n  customers(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        displayName\n        accountType\n        overallRisk\n        screening {\n          pep\n          mayBePep\n          mayBeSanctioned\n          mayBePressRisk\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCustomers($input: SaveCustomersInput!) {\n  saveCustomers(input: $input) {\n    status\n    verifyInput\n    lines {\n      index\n      externalId\n      status\n      errors {\n        code\n        detail\n      }\n      warnings {\n        code\n        detail\n      }\n      upstreamCode\n      customer {\n        id\n        externalId\n        firstName\n        lastName\n        dateOfBirth\n        overallRisk\n      }\n    }\n    relationErrors {\n      externalId\n      errors {\n        code\n        detail\n      }\n    }\n  }\n}"): (typeof documents)["mutation SaveCustomers($input: SaveCustomersInput!) {\n  saveCustomers(input: $input) {\n    status\n    verifyInput\n    lines {\n      index\n      externalId\n      status\n      errors {\n        code\n        detail\n      }\n      warnings {\n        code\n        detail\n      }\n      upstreamCode\n      customer {\n        id\n        externalId\n        firstName\n        lastName\n        dateOfBirth\n        overallRisk\n      }\n    }\n    relationErrors {\n      externalId\n      errors {\n        code\n        detail\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;