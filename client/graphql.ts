/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a customer is a company or a person (Algoreg `F` / `N`). */
export type AccountType =
  /** A company (Algoreg `F`). */
  | 'FIRM'
  /** A natural person (Algoreg `N`). */
  | 'INDIVIDUAL';

/** Narrows `customers`. All given filters must match. */
export type CustomerFilter = {
  accountType?: AccountType | null | undefined;
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created at or before. */
  createdTo?: string | null | undefined;
  disabled?: boolean | null | undefined;
  /** Domiciled in any of these countries. */
  domicileCodes?: Array<string> | null | undefined;
  /** Only these external ids (at most 100). */
  externalIds?: Array<string> | null | undefined;
  /** With any of these nationalities. */
  nationalityCodes?: Array<string> | null | undefined;
  /** Free text matched against names, external id and registration number. */
  query?: string | null | undefined;
  /** In any of these review groups. */
  reviewGroups?: Array<string> | null | undefined;
};

/** Enhanced due diligence status. The list Algoreg publishes is incomplete: a status not listed here reads as null in `state`, with the raw label in `rawState`. */
export type EddState =
  | 'ACTION_REQUIRED'
  | 'PASSED'
  | 'PASSED_1_MONTH'
  | 'PASSED_3_MONTHS'
  | 'PENDING'
  | 'REFUSED';

/** A name variation to add to, or delete from, a customer. */
export type NameVariationInput = {
  companyName?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
  op?: NameVariationOp;
  tradingName?: string | null | undefined;
};

/** What to do with a name variation (Algoreg `_op`; its values are assumed). */
export type NameVariationOp =
  | 'ADD'
  | 'DELETE';

/** Go!Risk overall risk level. UNDEFINED: data missing or not covered by a risk factor, or a level this gateway does not know. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'UNDEFINED';

/** One customer to create or update, keyed by `externalId`. Omitted fields keep their value. */
export type SaveCustomerInput = {
  accountType?: AccountType | null | undefined;
  aliasIds?: Array<string> | null | undefined;
  comment?: string | null | undefined;
  companyName?: string | null | undefined;
  contacts?: Array<string> | null | undefined;
  /** Custom field values by name, e.g. `{"segment": "sme"}` (fields must be defined with Algoreg). */
  customFields?: unknown;
  /** A real date, `YYYY-MM-DD`. */
  dateOfBirth?: string | null | undefined;
  disabled?: boolean | null | undefined;
  /** ISO 3166 country codes (alpha-2 or alpha-3). */
  domicileCodes?: Array<string> | null | undefined;
  /** Your id of the customer; mandatory and unique. */
  externalId: string;
  firstName?: string | null | undefined;
  kycLevel?: number | null | undefined;
  kycLevelRequested?: number | null | undefined;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
  /** Name variations to add or delete. */
  nameVariations?: Array<NameVariationInput> | null | undefined;
  /** ISO 3166 country codes (alpha-2 or alpha-3). */
  nationalityCodes?: Array<string> | null | undefined;
  /** External id of a parent customer. */
  parentExternalId?: string | null | undefined;
  phone?: string | null | undefined;
  registrationNumber?: string | null | undefined;
  /** Replaces the review groups. */
  reviewGroups?: Array<string> | null | undefined;
  tradingName?: string | null | undefined;
};

/** What happened to one input line. */
export type SaveCustomerLineStatus =
  /** A new customer was stored. */
  | 'CREATED'
  /** The chunk holding this line failed upstream (see `upstreamCode`); whether it was stored is unknown, so read the customer before resending. */
  | 'FAILED'
  /** Algoreg refused the line: see `errors`. */
  | 'REJECTED'
  /** An existing customer was updated. */
  | 'UPDATED'
  /** Valid; nothing stored because `verifyInput` was true. */
  | 'VALID';

/** A link between two customers (e.g. a company and its beneficial owner). */
export type SaveCustomerRelationInput = {
  childExternalId: string;
  disabled?: boolean | null | undefined;
  fields?: unknown;
  parentExternalId: string;
  /** Your id of the relation. */
  relationExternalId?: string | null | undefined;
  /** Algoreg's RelationsTypes code (values are not published). */
  relationType?: number | null | undefined;
};

/** Customers (and relations) to upsert in bulk. */
export type SaveCustomersInput = {
  customers: Array<SaveCustomerInput>;
  /** Skip scan and risk during the import (faster; results come with the next scheduled run). Algoreg may force this on for large imports. */
  disableRiskScan?: boolean;
  relations?: Array<SaveCustomerRelationInput> | null | undefined;
  /** Only validate with Algoreg; nothing is stored. */
  verifyInput?: boolean;
};

/** The outcome of the whole save. */
export type SaveCustomersStatus =
  /** No line went through. */
  | 'FAILED'
  /** Some lines were refused or failed. */
  | 'PARTIAL'
  /** Every line went through. */
  | 'SUCCESS';

export type Customer360QueryVariables = Exact<{
  externalId: string;
}>;


export type Customer360Query = { customer: { id: string, externalId: string, displayName: string, accountType: AccountType | null, firstName: string | null, lastName: string | null, companyName: string | null, dateOfBirth: string | null, nationalityCodes: Array<string>, domicileCodes: Array<string>, reviewGroups: Array<string>, overallRisk: RiskLevel | null, eddStatus: { state: EddState | null, rawState: string | null, nextReviewDate: string | null, agentName: string | null } | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null, pressRisk: boolean | null, mayBePressRisk: boolean | null } | null, identityVerification: { succeeded: boolean | null, failed: boolean | null, inProgress: boolean | null } | null, events: { totalCount: number | null, edges: Array<{ node: { id: string, type: string | null, title: string | null, createdAt: string | null } }> }, stats: { openAlerts: number | null, documents: number | null, lastActivityAt: string | null } | null } | null };

export type CustomerPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
}>;


export type CustomerPageQuery = { customers: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, externalId: string, displayName: string, accountType: AccountType | null, overallRisk: RiskLevel | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null, mayBePressRisk: boolean | null } | null } }> } };

export type SaveCustomersMutationVariables = Exact<{
  input: SaveCustomersInput;
}>;


export type SaveCustomersMutation = { saveCustomers: { status: SaveCustomersStatus, verifyInput: boolean, lines: Array<{ index: number, externalId: string, status: SaveCustomerLineStatus, upstreamCode: string | null, errors: Array<{ code: string, detail: string }>, warnings: Array<{ code: string, detail: string }>, customer: { id: string, externalId: string, firstName: string | null, lastName: string | null, dateOfBirth: string | null, overallRisk: RiskLevel | null } | null }>, relationErrors: Array<{ externalId: string, errors: Array<{ code: string, detail: string }> }> } };


export const Customer360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCodes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGroups"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}},{"kind":"Field","name":{"kind":"Name","value":"pressRisk"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePressRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]} as unknown as DocumentNode<Customer360Query, Customer360QueryVariables>;
export const CustomerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePressRisk"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageQuery, CustomerPageQueryVariables>;
export const SaveCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifyInput"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveCustomersMutation, SaveCustomersMutationVariables>;