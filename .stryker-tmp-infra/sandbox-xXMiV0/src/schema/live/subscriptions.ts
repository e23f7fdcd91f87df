// @ts-nocheck
import type { Transaction as TransactionDto } from '../../algoreg/wire/kyt.ts';
import { builder } from '../../builder.ts';
import { Thread, threadIdOf } from '../chat/thread.ts';
import { Customer, type CustomerRecord } from '../customer.ts';
import { Document, documentKey } from '../document/document.ts';
import { Transaction, TransactionStatus, transactionKey } from '../kyt/transaction-type.ts';
import { Alert, type AlertRecord, alertKey } from '../scan/alert.ts';
import { AlertState } from '../scan/alert-revision.ts';
import { Session, sessionIdOf } from '../vid/session.ts';
import { filterSet, liveStream, matches } from './stream.ts';

/** A payload is the entity, or the error its read met (reported for that event only). */
const passOn = <T>(value: T | Error): T => {
  if (value instanceof Error) throw value;
  return value;
};

const AlertUpdatedFilter = builder.inputType('AlertUpdatedFilter', {
  description: 'Which alert updates to receive; every given part must match. Empty: all of them.',
  fields: (t) => ({
    alertIds: t.idList({
      required: false,
      description: "Only these alerts (Algoreg's ids or global ids; at most 100).",
    }),
    customerExternalIds: t.stringList({
      required: false,
      description: 'Only alerts about these customers (at most 100).',
    }),
    states: t.field({
      type: [AlertState],
      required: false,
      description:
        'Only alerts whose new state is one of these (e.g. `[NEW, PENDING_INFORMATION]` for a queue).',
    }),
  }),
});

builder.subscriptionField('alertUpdated', (t) =>
  t.field({
    type: Alert,
    description:
      "A Go!Scan alert changed (a decision, an assignment: Algoreg's `alerts_updated`): yields the alert as it is now, read fresh from Algoreg.",
    args: { filter: t.arg({ type: AlertUpdatedFilter, required: false, description: 'Which alerts.' }) },
    subscribe: (_root, { filter }, ctx) => {
      const ids = filterSet(
        filter?.alertIds?.map((id) => alertKey(String(id), 'filter.alertIds')),
        'filter.alertIds',
      );
      const customers = filterSet(filter?.customerExternalIds, 'filter.customerExternalIds');
      const states = filter?.states?.length ? new Set<string>(filter.states) : null;
      return liveStream(
        ctx,
        'alert',
        (e) =>
          matches(ids, e.alertId) &&
          (e.customerExternalId === null || matches(customers, e.customerExternalId)),
        (e) => Alert.getDataloader(ctx).load(e.alertId),
        (a: AlertRecord) =>
          matches(customers, a.alert.customerExternalId) &&
          matches(states, a.detail?.lastRevision?.state ?? a.alert.lastRevision?.state),
      );
    },
    resolve: (payload) => passOn(payload as AlertRecord | Error),
  }),
);

builder.subscriptionField('customerUpdated', (t) =>
  t.field({
    type: Customer,
    description:
      "A customer changed (its information, computed fields or EDD decision: Algoreg's `customers_updated`, `edds_updated`): yields the customer as it is now, read fresh, `risk` and `lastEdd` included.",
    args: {
      externalId: t.arg.string({
        required: false,
        description: "Only this customer (its external id). Omitted: every customer's updates.",
      }),
    },
    subscribe: (_root, { externalId }, ctx) => {
      const only = filterSet(externalId == null ? null : [externalId], 'externalId');
      return liveStream(
        ctx,
        'customer',
        (e) => matches(only, e.externalId),
        (e) => Customer.getDataloader(ctx).load(e.externalId),
      );
    },
    resolve: (payload) => passOn(payload as CustomerRecord | Error),
  }),
);

builder.subscriptionField('documentUpdated', (t) =>
  t.field({
    type: Document,
    description:
      "A customer document was added or changed (Algoreg's `customer_document_updated`): yields the document as it is now. A deleted document yields nothing.",
    args: {
      customerExternalId: t.arg.string({
        required: false,
        description: "Only this customer's documents. Omitted: every customer's.",
      }),
    },
    subscribe: (_root, { customerExternalId }, ctx) => {
      const only = filterSet(customerExternalId == null ? null : [customerExternalId], 'customerExternalId');
      return liveStream(
        ctx,
        'document',
        (e) => e.documentId !== null && matches(only, e.customerExternalId),
        (e) => Document.getDataloader(ctx).load(documentKey(e.customerExternalId, e.documentId ?? '')),
      );
    },
    resolve: (payload) => passOn(payload as Parameters<typeof passOn>[0]) as never,
  }),
);

const TransactionUpdatedFilter = builder.inputType('TransactionUpdatedFilter', {
  description: 'Which transaction updates to receive; every given part must match. Empty: all of them.',
  fields: (t) => ({
    ids: t.idList({
      required: false,
      description: "Only these transactions (Algoreg's ids or global ids; at most 100).",
    }),
    customerExternalIds: t.stringList({
      required: false,
      description: 'Only transactions with one of these customers on either side (at most 100).',
    }),
    statuses: t.field({
      type: [TransactionStatus],
      required: false,
      description:
        'Only transactions whose status is now one of these (e.g. `[DELAYED, BLOCKED]` for a review queue).',
    }),
  }),
});

builder.subscriptionField('transactionUpdated', (t) =>
  t.field({
    type: Transaction,
    description:
      "A Go!KYT transaction was created or changed (scored, reviewed: Algoreg's `transaction_updated`): yields it as it is now.",
    args: {
      filter: t.arg({ type: TransactionUpdatedFilter, required: false, description: 'Which transactions.' }),
    },
    subscribe: (_root, { filter }, ctx) => {
      const ids = filterSet(
        filter?.ids?.map((id) => transactionKey(String(id), 'filter.ids')),
        'filter.ids',
      );
      const customers = filterSet(filter?.customerExternalIds, 'filter.customerExternalIds');
      const statuses = filter?.statuses?.length ? new Set<string>(filter.statuses) : null;
      return liveStream(
        ctx,
        'transaction',
        (e) => matches(ids, e.transactionId),
        (e) => Transaction.getDataloader(ctx).load(e.transactionId),
        (x: TransactionDto) =>
          matches(customers, x.from?.externalId, x.to?.externalId) && matches(statuses, x.status),
      );
    },
    resolve: (payload) => passOn(payload as TransactionDto | Error),
  }),
);

builder.subscriptionField('threadUpdated', (t) =>
  t.field({
    type: Thread,
    description:
      "A Go!Chat thread or one of its messages was added or changed (Algoreg's `thread_updated`, `thread_message_updated`): yields the thread as it is now; select `messages(first: 1)` or `lastMessage` for what was said.",
    args: {
      id: t.arg.id({ required: false, description: "Only this thread (Algoreg's id or the global id)." }),
      customerExternalId: t.arg.string({
        required: false,
        description: 'Only threads with this customer.',
      }),
    },
    subscribe: (_root, { id, customerExternalId }, ctx) => {
      const only = filterSet(id == null ? null : [threadIdOf(String(id), 'id')], 'id');
      const customers = filterSet(
        customerExternalId == null ? null : [customerExternalId],
        'customerExternalId',
      );
      return liveStream(
        ctx,
        'thread',
        (e) => matches(only, e.threadId),
        (e) => Thread.getDataloader(ctx).load(e.threadId),
        (thread) => customers === null || thread.customerExternalIds.some((c) => customers.has(c)),
      );
    },
    resolve: (payload) => passOn(payload as Parameters<typeof passOn>[0]) as never,
  }),
);

builder.subscriptionField('sessionUpdated', (t) =>
  t.field({
    type: Session,
    description:
      "A Go!Vid session moved on (opened, consented, started, finished) or its decision changed (Algoreg's `session_status_updated`, `session_decision_updated`): yields the session as it is now.",
    args: {
      id: t.arg.id({
        required: false,
        description: "Only this session (Algoreg's session id or the global id). Omitted: every session.",
      }),
    },
    subscribe: (_root, { id }, ctx) => {
      const only = filterSet(id == null ? null : [sessionIdOf(String(id), 'id')], 'id');
      return liveStream(
        ctx,
        'session',
        (e) => matches(only, e.sessionId),
        (e) => Session.getDataloader(ctx).load(e.sessionId),
      );
    },
    resolve: (payload) => passOn(payload as Parameters<typeof passOn>[0]) as never,
  }),
);
