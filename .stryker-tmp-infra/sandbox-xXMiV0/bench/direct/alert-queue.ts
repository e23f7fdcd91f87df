// @ts-nocheck
import { readAlertState } from '../../src/algoreg/wire/scan.ts';
import { mapLimit, type Upstream } from './algoreg.ts';
import {
  alertHead,
  dateTime,
  displayName,
  eddStatus,
  globalId,
  int,
  type Json,
  pageInfo,
  riskLevel,
} from './shape.ts';

export interface AlertQueueVariables {
  first: number;
}

export const searchAlerts = (api: Upstream, first: number) =>
  api.call('searchAlerts', { body: { limit: first, offset: 0 } });

export const customerDetail = (api: Upstream, externalId: string) =>
  api.call('getCustomer', { params: { customer_external_id: externalId } });

/** The queue's JSON from the search answer and each alert's customer detail (by external id). */
export function alertQueue(search: Json, details: ReadonlyMap<string, Json>, first: number) {
  const rows: Json[] = search.data ?? [];
  return {
    alerts: {
      totalCount: search.total ?? null,
      pageInfo: pageInfo(0, rows.length, first, search.total),
      edges: rows.map((a) => {
        const r = a.last_revision;
        const detail = a.customer_external_id ? details.get(a.customer_external_id) : null;
        return {
          node: {
            ...alertHead(a),
            assigneeId: int(a.assigned_to_member_id),
            lastRevision: r
              ? {
                  state: readAlertState(int(r.state)),
                  rawState: int(r.state),
                  score: int(r.score),
                  topCategory: r.top_category ?? null,
                  comment: r.comment || null,
                  revisionNumber: int(r.revision_number),
                  createdAt: dateTime(r.created_at),
                }
              : null,
            customer: detail
              ? {
                  id: globalId('Customer', detail.customer.external_id),
                  externalId: detail.customer.external_id,
                  displayName: displayName(detail.customer),
                  overallRisk: riskLevel(detail),
                  eddStatus: detail.edd_status
                    ? { state: eddStatus(detail.edd_status)?.state ?? null }
                    : null,
                }
              : null,
          },
        };
      }),
    },
  };
}

/** Search alerts once, then each distinct customer's detail at once under the cap: 2 round trips. */
export async function alertQueueDirect(api: Upstream, vars: AlertQueueVariables) {
  const search = await searchAlerts(api, vars.first);
  const ids = [
    ...new Set(((search.data ?? []) as Json[]).map((a) => a.customer_external_id).filter(Boolean)),
  ] as string[];
  const details = await mapLimit(ids, api.concurrency, (id) => customerDetail(api, id));
  return alertQueue(search, new Map(ids.map((id, i) => [id, details[i]])), vars.first);
}
