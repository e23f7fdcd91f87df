/* eslint-disable */
// @ts-nocheck

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

/** Review state of an alert. Algoreg documents codes 1 (Unknown), 2 (New) and 3 (Pending information); the codes of the other statuses are assumed (see each value). A code this gateway does not know reads as UNKNOWN, with the code in `rawState`. */
export type AlertState =
  /** False positive (Algoreg state 4, assumed code). */
  | 'FALSE_POSITIVE'
  /** New (Algoreg state 2). */
  | 'NEW'
  /** Pending information (Algoreg state 3). */
  | 'PENDING_INFORMATION'
  /** True hit (Algoreg state 5, assumed code). */
  | 'TRUE_HIT'
  /** True hit accepted (Algoreg state 6, assumed code). */
  | 'TRUE_HIT_ACCEPTED'
  /** True hit refused (Algoreg state 7, assumed code). */
  | 'TRUE_HIT_REFUSED'
  /** Unknown (Algoreg state 1). Also any state code this gateway does not know: see `rawState`. */
  | 'UNKNOWN';

/** Enhanced due diligence status. The list Algoreg publishes is incomplete: a status not listed here reads as null in `state`, with the raw label in `rawState`. */
export type EddState =
  | 'ACTION_REQUIRED'
  | 'PASSED'
  | 'PASSED_1_MONTH'
  | 'PASSED_3_MONTHS'
  | 'PENDING'
  | 'REFUSED';

/** Go!Risk overall risk level. UNDEFINED: data missing or not covered by a risk factor, or a level this gateway does not know. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'UNDEFINED';

export type BackOfficeCustomerQueryVariables = Exact<{
  externalId: string;
}>;


export type BackOfficeCustomerQuery = { customer: { id: string, externalId: string, displayName: string, accountType: AccountType | null, overallRisk: RiskLevel | null, risk: { level: RiskLevel | null, score: number | null, factors: Array<{ name: string, level: RiskLevel | null }> } | null, eddStatus: { state: EddState | null, nextReviewDate: string | null, agentName: string | null } | null, lastEdd: { state: EddState | null, comment: string | null, agentName: string | null } | null, stats: { alerts: number | null, openAlerts: number | null, documents: number | null } | null, alerts: { totalCount: number | null, edges: Array<{ node: { id: string, alertId: string, lastRevision: { state: AlertState, score: number | null, topCategory: string | null } | null } }> } | null, documents: { totalCount: number | null, edges: Array<{ node: { id: string, documentId: string, displayName: string | null, fileName: string | null, mimeType: string | null, size: number | null, downloadUrl: string } }> } | null } | null };


export const BackOfficeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackOfficeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topCategory"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BackOfficeCustomerQuery, BackOfficeCustomerQueryVariables>;