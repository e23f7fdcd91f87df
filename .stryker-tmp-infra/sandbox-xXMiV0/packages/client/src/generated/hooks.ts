/* eslint-disable */
// @ts-nocheck

import * as Operations from './graphql.ts';
import * as Urql from 'urql';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;


export function useAlertQueueQuery(options?: Omit<Urql.UseQueryArgs<Operations.AlertQueueQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.AlertQueueQuery, Operations.AlertQueueQueryVariables>({ query: Operations.AlertQueueDocument, ...options });
};

export function useAlertReviewQuery(options?: Omit<Urql.UseQueryArgs<Operations.AlertReviewQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.AlertReviewQuery, Operations.AlertReviewQueryVariables>({ query: Operations.AlertReviewDocument, ...options });
};

export function useModifyAlertMutation() {
  return Urql.useMutation<Operations.ModifyAlertMutation, Operations.ModifyAlertMutationVariables>(Operations.ModifyAlertDocument);
};

export function useCustomerThreadsQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerThreadsQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerThreadsQuery, Operations.CustomerThreadsQueryVariables>({ query: Operations.CustomerThreadsDocument, ...options });
};

export function useChatInboxQuery(options?: Omit<Urql.UseQueryArgs<Operations.ChatInboxQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.ChatInboxQuery, Operations.ChatInboxQueryVariables>({ query: Operations.ChatInboxDocument, ...options });
};

export function useChatThreadQuery(options?: Omit<Urql.UseQueryArgs<Operations.ChatThreadQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.ChatThreadQuery, Operations.ChatThreadQueryVariables>({ query: Operations.ChatThreadDocument, ...options });
};

export function useCreateThreadMutation() {
  return Urql.useMutation<Operations.CreateThreadMutation, Operations.CreateThreadMutationVariables>(Operations.CreateThreadDocument);
};

export function useSendThreadMessageMutation() {
  return Urql.useMutation<Operations.SendThreadMessageMutation, Operations.SendThreadMessageMutationVariables>(Operations.SendThreadMessageDocument);
};

export function useUpdateThreadMutation() {
  return Urql.useMutation<Operations.UpdateThreadMutation, Operations.UpdateThreadMutationVariables>(Operations.UpdateThreadDocument);
};

export function useMarkThreadMessageMutation() {
  return Urql.useMutation<Operations.MarkThreadMessageMutation, Operations.MarkThreadMessageMutationVariables>(Operations.MarkThreadMessageDocument);
};

export function useCreateChatEndUserTokenMutation() {
  return Urql.useMutation<Operations.CreateChatEndUserTokenMutation, Operations.CreateChatEndUserTokenMutationVariables>(Operations.CreateChatEndUserTokenDocument);
};

export function useCustomer360BenchQuery(options?: Omit<Urql.UseQueryArgs<Operations.Customer360BenchQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.Customer360BenchQuery, Operations.Customer360BenchQueryVariables>({ query: Operations.Customer360BenchDocument, ...options });
};

export function useCustomer360Query(options?: Omit<Urql.UseQueryArgs<Operations.Customer360QueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.Customer360Query, Operations.Customer360QueryVariables>({ query: Operations.Customer360Document, ...options });
};

export function useCustomerListQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerListQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerListQuery, Operations.CustomerListQueryVariables>({ query: Operations.CustomerListDocument, ...options });
};

export function useCustomerPageQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerPageQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerPageQuery, Operations.CustomerPageQueryVariables>({ query: Operations.CustomerPageDocument, ...options });
};

export function useCustomerRelationsQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerRelationsQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerRelationsQuery, Operations.CustomerRelationsQueryVariables>({ query: Operations.CustomerRelationsDocument, ...options });
};

export function useSaveCustomersMutation() {
  return Urql.useMutation<Operations.SaveCustomersMutation, Operations.SaveCustomersMutationVariables>(Operations.SaveCustomersDocument);
};

export function useCustomerDocumentsQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerDocumentsQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerDocumentsQuery, Operations.CustomerDocumentsQueryVariables>({ query: Operations.CustomerDocumentsDocument, ...options });
};

export function useDeleteDocumentMutation() {
  return Urql.useMutation<Operations.DeleteDocumentMutation, Operations.DeleteDocumentMutationVariables>(Operations.DeleteDocumentDocument);
};

export function useDocumentDownloadQuery(options: Omit<Urql.UseQueryArgs<Operations.DocumentDownloadQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.DocumentDownloadQuery, Operations.DocumentDownloadQueryVariables>({ query: Operations.DocumentDownloadDocument, ...options });
};

export function useDocumentSearchQuery(options?: Omit<Urql.UseQueryArgs<Operations.DocumentSearchQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.DocumentSearchQuery, Operations.DocumentSearchQueryVariables>({ query: Operations.DocumentSearchDocument, ...options });
};

export function useUpdateDocumentMutation() {
  return Urql.useMutation<Operations.UpdateDocumentMutation, Operations.UpdateDocumentMutationVariables>(Operations.UpdateDocumentDocument);
};

export function useUploadDocumentMutation() {
  return Urql.useMutation<Operations.UploadDocumentMutation, Operations.UploadDocumentMutationVariables>(Operations.UploadDocumentDocument);
};

export function useCreateTransactionMutation() {
  return Urql.useMutation<Operations.CreateTransactionMutation, Operations.CreateTransactionMutationVariables>(Operations.CreateTransactionDocument);
};

export function useTransactionReviewQuery(options?: Omit<Urql.UseQueryArgs<Operations.TransactionReviewQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.TransactionReviewQuery, Operations.TransactionReviewQueryVariables>({ query: Operations.TransactionReviewDocument, ...options });
};

export function useTransactionDetailQuery(options?: Omit<Urql.UseQueryArgs<Operations.TransactionDetailQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.TransactionDetailQuery, Operations.TransactionDetailQueryVariables>({ query: Operations.TransactionDetailDocument, ...options });
};

export function useUpdateTransactionMutation() {
  return Urql.useMutation<Operations.UpdateTransactionMutation, Operations.UpdateTransactionMutationVariables>(Operations.UpdateTransactionDocument);
};

export function useAlertUpdatesSubscription<TData = Operations.AlertUpdatesSubscription>(options?: Omit<Urql.UseSubscriptionArgs<Operations.AlertUpdatesSubscriptionVariables>, 'query'>, handler?: Urql.SubscriptionHandler<Operations.AlertUpdatesSubscription, TData>) {
  return Urql.useSubscription<Operations.AlertUpdatesSubscription, TData, Operations.AlertUpdatesSubscriptionVariables>({ query: Operations.AlertUpdatesDocument, ...options }, handler);
};

export function useCustomerUpdatesSubscription<TData = Operations.CustomerUpdatesSubscription>(options?: Omit<Urql.UseSubscriptionArgs<Operations.CustomerUpdatesSubscriptionVariables>, 'query'>, handler?: Urql.SubscriptionHandler<Operations.CustomerUpdatesSubscription, TData>) {
  return Urql.useSubscription<Operations.CustomerUpdatesSubscription, TData, Operations.CustomerUpdatesSubscriptionVariables>({ query: Operations.CustomerUpdatesDocument, ...options }, handler);
};

export function useDocumentUpdatesSubscription<TData = Operations.DocumentUpdatesSubscription>(options?: Omit<Urql.UseSubscriptionArgs<Operations.DocumentUpdatesSubscriptionVariables>, 'query'>, handler?: Urql.SubscriptionHandler<Operations.DocumentUpdatesSubscription, TData>) {
  return Urql.useSubscription<Operations.DocumentUpdatesSubscription, TData, Operations.DocumentUpdatesSubscriptionVariables>({ query: Operations.DocumentUpdatesDocument, ...options }, handler);
};

export function useSessionUpdatesSubscription<TData = Operations.SessionUpdatesSubscription>(options?: Omit<Urql.UseSubscriptionArgs<Operations.SessionUpdatesSubscriptionVariables>, 'query'>, handler?: Urql.SubscriptionHandler<Operations.SessionUpdatesSubscription, TData>) {
  return Urql.useSubscription<Operations.SessionUpdatesSubscription, TData, Operations.SessionUpdatesSubscriptionVariables>({ query: Operations.SessionUpdatesDocument, ...options }, handler);
};

export function useThreadUpdatesSubscription<TData = Operations.ThreadUpdatesSubscription>(options?: Omit<Urql.UseSubscriptionArgs<Operations.ThreadUpdatesSubscriptionVariables>, 'query'>, handler?: Urql.SubscriptionHandler<Operations.ThreadUpdatesSubscription, TData>) {
  return Urql.useSubscription<Operations.ThreadUpdatesSubscription, TData, Operations.ThreadUpdatesSubscriptionVariables>({ query: Operations.ThreadUpdatesDocument, ...options }, handler);
};

export function useTransactionUpdatesSubscription<TData = Operations.TransactionUpdatesSubscription>(options?: Omit<Urql.UseSubscriptionArgs<Operations.TransactionUpdatesSubscriptionVariables>, 'query'>, handler?: Urql.SubscriptionHandler<Operations.TransactionUpdatesSubscription, TData>) {
  return Urql.useSubscription<Operations.TransactionUpdatesSubscription, TData, Operations.TransactionUpdatesSubscriptionVariables>({ query: Operations.TransactionUpdatesDocument, ...options }, handler);
};

export function useNameSearchQuery(options?: Omit<Urql.UseQueryArgs<Operations.NameSearchQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.NameSearchQuery, Operations.NameSearchQueryVariables>({ query: Operations.NameSearchDocument, ...options });
};

export function usePressReportQuery(options?: Omit<Urql.UseQueryArgs<Operations.PressReportQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.PressReportQuery, Operations.PressReportQueryVariables>({ query: Operations.PressReportDocument, ...options });
};

export function useRequestPressReportMutation() {
  return Urql.useMutation<Operations.RequestPressReportMutation, Operations.RequestPressReportMutationVariables>(Operations.RequestPressReportDocument);
};

export function useScreenPressMutation() {
  return Urql.useMutation<Operations.ScreenPressMutation, Operations.ScreenPressMutationVariables>(Operations.ScreenPressDocument);
};

export function useCustomerRiskQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerRiskQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerRiskQuery, Operations.CustomerRiskQueryVariables>({ query: Operations.CustomerRiskDocument, ...options });
};

export function useCustomerIdentitySessionsQuery(options?: Omit<Urql.UseQueryArgs<Operations.CustomerIdentitySessionsQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.CustomerIdentitySessionsQuery, Operations.CustomerIdentitySessionsQueryVariables>({ query: Operations.CustomerIdentitySessionsDocument, ...options });
};

export function useCheckIdentityDocumentMutation() {
  return Urql.useMutation<Operations.CheckIdentityDocumentMutation, Operations.CheckIdentityDocumentMutationVariables>(Operations.CheckIdentityDocumentDocument);
};

export function useIdentitySessionQuery(options?: Omit<Urql.UseQueryArgs<Operations.IdentitySessionQueryVariables>, 'query'>) {
  return Urql.useQuery<Operations.IdentitySessionQuery, Operations.IdentitySessionQueryVariables>({ query: Operations.IdentitySessionDocument, ...options });
};

export function useStartIdentitySessionMutation() {
  return Urql.useMutation<Operations.StartIdentitySessionMutation, Operations.StartIdentitySessionMutationVariables>(Operations.StartIdentitySessionDocument);
};