// @ts-nocheck
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { SearchAlertsInput } from '../../algoreg/scan.ts';
import type {
  AlertCategoryName,
  AlertDetail,
  AlertOrderFieldName,
  AlertSummary,
} from '../../algoreg/wire/scan.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { attributedComment, maxCommentLength } from '../attribution.ts';
import { Customer, forgetCustomers } from '../customer.ts';
import {
  badInput,
  type DomainError,
  ErrorInterface,
  Issues,
  NotFoundError,
  writeOutcome,
} from '../errors.ts';
import { type ConnectionArgs, OrderDirection, offsetConnection, offsetPage } from '../pagination.ts';
import { keyedField } from '../prefetch.ts';
import { toDateTime } from '../scalars.ts';
import { AlertRevision, AlertState } from './alert-revision.ts';
import { AlertAssociate, AlertCategoryFlags, ListProfile } from './list-profile.ts';

/**
 * What an Alert resolves from: the alert with its last revision (every list answer carries it),
 * plus Get alert detail once loaded. Detail fields go through the per-request loader, so asking
 * for them on 50 alerts costs at most 50 concurrent, deduplicated detail calls, and none when
 * no detail field is asked.
 */
export interface AlertRecord {
  alert: AlertSummary;
  detail?: AlertDetail;
}

// ---- Enums -------------------------------------------------------------------------------------

const AlertCategory = builder.enumType('AlertCategory', {
  description: 'Screening category, as the `categories` filter of Search alerts takes it.',
  values: {
    PEP: { description: 'Politically exposed person.' },
    RCA: { description: 'Relative or close associate.' },
    SIP: { description: 'Special interest person (adverse media, crime).' },
    SIE: { description: 'Special interest entity.' },
    RCA_PEP: { description: 'Relative or close associate of a PEP.' },
    RCA_SIP: { description: 'Relative or close associate of a special interest person.' },
    RCA_SIE: { description: 'Relative or close associate of a special interest entity.' },
  } as const satisfies Record<AlertCategoryName, { description: string }>,
});

const AlertOrderField = builder.enumType('AlertOrderField', {
  description: "What alerts are ordered by (Search alerts `order_by`; Algoreg's values are assumed).",
  values: {
    CREATED_AT: { description: 'When the alert was raised.' },
    SCORE: { description: 'Match score of the last revision.' },
    LAST_UPDATE: { description: 'When the last revision was written.' },
  } as const satisfies Record<AlertOrderFieldName, { description: string }>,
});

// ---- Alert -------------------------------------------------------------------------------------

/** An alert id from an Algoreg id or an Alert global id. */
export function alertKey(value: string, field: string): string {
  const v = value.trim();
  if (!v) badInput(field, 'must not be empty');
  try {
    const { typename, id } = decodeGlobalID(v);
    if (typename === 'Alert' && id) return id;
  } catch {
    // Not a global id: Algoreg's own id.
  }
  return v;
}

export const Alert = builder.loadableNodeRef('Alert', {
  id: {
    description: "Global id; `alert(id:)` also takes Algoreg's alert id.",
    resolve: (a: AlertRecord) => a.alert.id,
  },
  load: async (alertIds: string[], ctx: Context) => {
    const details = await ctx.algoreg.scan.getAlerts(alertIds);
    return details.map((d): AlertRecord | null | Error =>
      d instanceof Error || d === null ? d : { alert: d, detail: d },
    );
  },
});

/** Get alert detail's revision: on the record, or loaded once per request through the loader. */
async function detailOf(record: AlertRecord, ctx: Context) {
  const detail = record.detail ?? (await Alert.getDataloader(ctx).load(record.alert.id))?.detail;
  return detail?.lastRevision ?? null;
}

builder.objectType(Alert, {
  description:
    'A Go!Scan screening alert: a customer matched a sanctions, PEP or adverse-media list profile. Reviewed with `modifyAlert`.',
  fields: (t) => ({
    alertId: t.string({ description: "Algoreg's alert id.", resolve: (a) => a.alert.id }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the alert was raised.',
      resolve: (a) => toDateTime(a.alert.createdAt),
    }),
    customerExternalId: t.string({
      nullable: true,
      description: 'External id of the customer the alert is about.',
      resolve: (a) => a.alert.customerExternalId,
    }),
    customer: t.field({
      type: Customer,
      authScopes: { scope: 'read:customers' },
      nullable: true,
      description: 'The customer the alert is about (loaded in one batch with the other alerts’ customers).',
      resolve: (a) => a.alert.customerExternalId,
    }),
    profileNumber: t.string({
      nullable: true,
      description: 'Id of the matched list profile.',
      resolve: (a) => a.alert.profileNumber,
    }),
    assigneeId: t.int({
      nullable: true,
      description:
        'Back-office member the alert is assigned to (Algoreg `assigned_to_member_id`; assumed field).',
      resolve: (a) => a.alert.assigneeId,
    }),
    lastRevision: t.field({
      type: AlertRevision,
      nullable: true,
      description: 'The current revision: state, score, category and the last decision.',
      resolve: (a) => a.alert.lastRevision,
    }),
    listName: t.string({
      nullable: true,
      description: 'The list the profile comes from (from Get alert detail).',
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.listName ?? null,
    }),
    listProfile: t.field({
      type: ListProfile,
      nullable: true,
      description: 'The matched profile (from Get alert detail).',
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.listProfile ?? null,
    }),
    associates: t.field({
      type: [AlertAssociate],
      description: "The matched profile's associates (from Get alert detail).",
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.associates ?? [],
    }),
    categoryFlags: t.field({
      type: AlertCategoryFlags,
      nullable: true,
      description: 'Categories of the matched profile (from Get alert detail).',
      resolve: async (a, _, ctx) => (await detailOf(a, ctx))?.categoryFlags ?? null,
    }),
  }),
});

const AlertConnection = builder.connectionObject(
  { type: Alert, name: 'AlertConnection', description: 'A page of alerts.' },
  { name: 'AlertEdge', description: 'An alert in a page.' },
);

// ---- Filters -----------------------------------------------------------------------------------

const AlertFilter = builder.inputType('AlertFilter', {
  description: 'Narrows alerts (Search alerts). All given filters must match.',
  fields: (t) => ({
    alertId: t.string({ description: 'Only the alert with this Algoreg id.' }),
    customerExternalId: t.string({ description: 'Only alerts about this customer.' }),
    name: t.string({ description: "Customer's or matched profile's name contains this." }),
    states: t.field({
      type: [AlertState],
      description: "In any of these states (UNKNOWN selects Algoreg's code 1 only).",
    }),
    categories: t.field({ type: [AlertCategory], description: 'In any of these categories.' }),
    scoreFrom: t.int({ description: 'Score at least (0–100).' }),
    scoreTo: t.int({ description: 'Score at most (0–100).' }),
    createdFrom: t.field({ type: 'DateTime', description: 'Raised at or after.' }),
    createdTo: t.field({ type: 'DateTime', description: 'Raised at or before.' }),
    updatedFrom: t.field({ type: 'DateTime', description: 'Last revision at or after.' }),
    updatedTo: t.field({ type: 'DateTime', description: 'Last revision at or before.' }),
    reviewGroups: t.stringList({ description: 'Routed to any of these review groups.' }),
    onlyWithoutReviewGroups: t.boolean({ description: 'Only alerts routed to no review group.' }),
    assigneeId: t.int({ description: 'Only alerts assigned to this back-office member.' }),
    onlyUnassigned: t.boolean({ description: 'Only alerts assigned to nobody.' }),
    sanctionListId: t.int({ description: "Only matches from this list (Algoreg's list id)." }),
    sanctionList: t.string({ description: 'Only matches from lists whose name contains this.' }),
  }),
});

const AlertOrder = builder.inputType('AlertOrder', {
  description: 'How alerts are ordered. Default: newest first.',
  fields: (t) => ({
    field: t.field({
      type: AlertOrderField,
      required: true,
      defaultValue: 'CREATED_AT',
      description: 'What to order by.',
    }),
    direction: t.field({
      type: OrderDirection,
      required: true,
      defaultValue: 'DESC',
      description: 'Which way.',
    }),
  }),
});

type AlertFilterInput = typeof AlertFilter.$inferInput;
type AlertSearch = Omit<SearchAlertsInput, 'limit' | 'offset'>;

/** Checks a filter and an order (naming each bad field) and hands them on as Search alerts' input. */
function alertSearch(
  filter: AlertFilterInput | null | undefined,
  order: typeof AlertOrder.$inferInput | null | undefined,
  path: string,
): AlertSearch {
  const f = filter ?? {};
  const issues = new Issues();
  const at = (field: string) => `${path}.${field}`;
  for (const key of ['scoreFrom', 'scoreTo'] as const) {
    const v = f[key];
    if (v != null && (v < 0 || v > 100)) issues.add(at(key), 'must be between 0 and 100');
  }
  if (f.scoreFrom != null && f.scoreTo != null && f.scoreFrom > f.scoreTo)
    issues.add(at('scoreTo'), 'must not be below scoreFrom');
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo)
    issues.add(at('createdTo'), 'must not be before createdFrom');
  if (f.updatedFrom && f.updatedTo && f.updatedFrom > f.updatedTo)
    issues.add(at('updatedTo'), 'must not be before updatedFrom');
  if (f.assigneeId != null && f.onlyUnassigned) issues.add(at('onlyUnassigned'), 'contradicts assigneeId');
  if (f.reviewGroups?.length && f.onlyWithoutReviewGroups)
    issues.add(at('onlyWithoutReviewGroups'), 'contradicts reviewGroups');
  if (f.assigneeId != null && f.assigneeId <= 0) issues.add(at('assigneeId'), 'must be a positive member id');
  if (f.sanctionListId != null && f.sanctionListId <= 0)
    issues.add(at('sanctionListId'), 'must be a positive list id');
  for (const key of ['alertId', 'customerExternalId', 'name', 'sanctionList'] as const) {
    const v = f[key];
    if (v != null && !v.trim()) issues.add(at(key), 'must not be empty');
    if (v != null && v.length > 200) issues.add(at(key), 'must be at most 200 characters');
  }
  issues.throwIfAny();
  return { ...f, order };
}

const toRecords = (alerts: AlertSummary[]) => alerts.map((alert): AlertRecord => ({ alert }));

builder.queryFields((t) => ({
  alert: t.field({
    type: Alert,
    authScopes: { scope: 'read:alerts' },
    nullable: true,
    description:
      "An alert by Algoreg's id (or its global `id`), with its detail; null when Algoreg has none.",
    args: { id: t.arg.id({ required: true, description: "Algoreg's alert id, or the Alert's global id." }) },
    resolve: (_, { id }) => alertKey(String(id), 'id'),
  }),
  alerts: t.connection(
    {
      type: Alert,
      authScopes: { scope: 'read:alerts' },
      // Nullable like every root list: a refusal or failure here keeps the query's other fields.
      nullable: true,
      description: 'Alerts, filtered, ordered and paged (Search alerts). The analyst queue.',
      args: {
        filter: t.arg({ type: AlertFilter, description: 'Which alerts; all when omitted.' }),
        orderBy: t.arg({ type: AlertOrder, description: 'Order; newest first when omitted.' }),
      },
      resolve: async (_, args, ctx) => {
        const page = offsetPage(args);
        const search = alertSearch(args.filter, args.orderBy, 'filter');
        const res = await ctx.algoreg.scan.search({ ...search, ...page });
        return offsetConnection(toRecords(res.alerts), page, res.total);
      },
    },
    AlertConnection,
  ),
}));

builder.objectField(Customer, 'alerts', (t) =>
  t.connection(
    {
      type: Alert,
      authScopes: { scope: 'read:alerts' },
      // Nullable: a failed alert search must not take the rest of the customer with it.
      nullable: true,
      description:
        "The customer's screening alerts, newest first (Get customer alerts; with a filter, Search alerts on this customer).",
      args: {
        filter: t.arg({
          type: AlertFilter,
          description: "Which of the customer's alerts (`customerExternalId` is implied); all when omitted.",
        }),
      },
      resolve: (c, args, ctx) => customerAlerts(c.externalId, args, ctx),
    },
    AlertConnection,
  ),
);

/** Starts together with the customer's detail call when the query selects it (prefetch.ts). */
const customerAlerts = keyedField(
  'Customer',
  'alerts',
  async (externalId, args: ConnectionArgs & { filter?: AlertFilterInput | null }, ctx) => {
    const page = offsetPage(args);
    if (!args.filter) {
      const res = await ctx.algoreg.scan.customerAlerts(externalId, page);
      return offsetConnection(toRecords(res.alerts), page, res.total);
    }
    if (args.filter.customerExternalId != null)
      badInput('filter.customerExternalId', 'is given by the customer here');
    const search = alertSearch(args.filter, null, 'filter');
    const res = await ctx.algoreg.scan.search({ ...search, customerExternalId: externalId, ...page });
    return offsetConnection(toRecords(res.alerts), page, res.total);
  },
);

// ---- modifyAlert -------------------------------------------------------------------------------

const ModifyAlertInput = builder.inputType('ModifyAlertInput', {
  description: 'A review decision on an alert: a new state, a comment, an assignee (at least one).',
  fields: (t) => ({
    alertId: t.string({ required: true, description: "Algoreg's alert id (or the Alert's global `id`)." }),
    state: t.field({ type: AlertState, description: 'The new state (not UNKNOWN).' }),
    comment: t.string({ description: 'Why (at most 4,000 characters).' }),
    assigneeId: t.int({ description: 'Back-office member to assign the alert to.' }),
  }),
});

interface ModifyAlertResult {
  alertId: string | null;
  errors: DomainError[];
}

const ModifyAlertPayload = builder.objectRef<ModifyAlertResult>('ModifyAlertPayload').implement({
  description: 'The outcome of `modifyAlert`: the alert as Algoreg holds it now, or why not.',
  fields: (t) => ({
    alert: t.field({
      type: Alert,
      nullable: true,
      description:
        'The alert with its new revision, read fresh from Algoreg; null when `errors` is not empty.',
      resolve: (p) => p.alertId,
    }),
    errors: t.field({
      type: [ErrorInterface],
      description: 'NotFoundError when Algoreg has no such alert; RejectedError when it refused the change.',
      resolve: (p) => p.errors,
    }),
  }),
});

builder.mutationField('modifyAlert', (t) =>
  t.field({
    type: ModifyAlertPayload,
    authScopes: { scope: 'decide:alerts' },
    description:
      'Review an alert (Modify alert): writes a new revision with the state, comment and agent. A write: never retried.',
    args: {
      input: t.arg({ type: ModifyAlertInput, required: true, description: 'The alert and the decision.' }),
    },
    resolve: async (_, { input }, ctx) => {
      const issues = new Issues();
      if (!input.alertId.trim()) issues.add('input.alertId', 'must not be empty');
      if (input.state === 'UNKNOWN')
        issues.add('input.state', 'UNKNOWN is not a state an alert can be set to');
      const maxComment = maxCommentLength(ctx, 4000);
      if (input.comment != null && input.comment.length > maxComment)
        issues.add('input.comment', `must be at most ${maxComment} characters`);
      if (input.assigneeId != null && input.assigneeId <= 0)
        issues.add('input.assigneeId', 'must be a positive member id');
      if (input.state == null && input.comment == null && input.assigneeId == null)
        issues.add('input', 'give at least one of state, comment or assigneeId');
      issues.throwIfAny();
      const alertId = alertKey(input.alertId, 'input.alertId');
      let customerId: string | null;
      try {
        const res = await ctx.algoreg.scan.modify(alertId, {
          ...input,
          comment:
            input.comment == null && input.state == null
              ? input.comment
              : attributedComment(ctx, input.comment),
        });
        customerId = res.customerExternalId;
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () => new NotFoundError('Algoreg has no such alert.', 'input.alertId'),
          refused: 'Algoreg refused the change.',
        });
        return { alertId: null, errors: [outcome] };
      }
      // Later reads in this request must see the new revision, not what was loaded before.
      Alert.getDataloader(ctx).clear(alertId);
      if (customerId) forgetCustomers(ctx, [customerId]);
      return { alertId, errors: [] };
    },
  }),
);
