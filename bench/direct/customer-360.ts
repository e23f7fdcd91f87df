import { readAlertState } from '../../src/algoreg/wire/scan.ts';
import type { Upstream } from './algoreg.ts';
import {
  accountType,
  alertHead,
  codes,
  dateOnly,
  dateTime,
  displayName,
  eddStatus,
  flag,
  globalId,
  int,
  type Json,
  orNull,
  riskLevel,
} from './shape.ts';

export interface Customer360Variables {
  externalId: string;
}

/** What one customer's 360 view is made of: one Algoreg answer each. */
export interface Customer360Parts {
  detail: Json;
  events: Json;
  alerts: Json;
  documents: Json;
}

/** Page size of each list in the view (`first: 10` in the operation). */
export const PAGE = 10;

/** The calls of the view, all keyed by the external id the caller already has. */
export const customer360Calls = (externalId: string) => {
  const params = { customer_external_id: externalId };
  return {
    detail: (api: Upstream) => api.call('getCustomer', { params }),
    events: (api: Upstream) => api.call('getCustomerEvents', { params, query: { limit: PAGE, offset: 0 } }),
    alerts: (api: Upstream) => api.call('getCustomerAlerts', { params, body: { limit: PAGE, offset: 0 } }),
    documents: (api: Upstream) =>
      api.call('searchDocuments', {
        body: { filters: { customer_external_id: externalId }, limit: PAGE, offset: 0 },
      }),
  };
};

const epochTime = (v: unknown) => {
  const n = typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  return dateTime(n);
};

export function customer360({ detail, events, alerts, documents }: Customer360Parts) {
  if (!detail) return { customer: null };
  const c = detail.customer;
  return {
    customer: {
      id: globalId('Customer', c.external_id),
      externalId: c.external_id,
      displayName: displayName(c),
      accountType: accountType(c.account_type),
      firstName: c.first_name || null, // "" is Algoreg's no value
      lastName: c.last_name || null, // "" is Algoreg's no value
      companyName: c.company_name || null, // "" is Algoreg's no value
      dateOfBirth: dateOnly(c.date_of_birth),
      nationalityCodes: codes(c.nationality_code, c.nationality_codes),
      domicileCodes: codes(c.domicile_code, c.domicile_codes),
      reviewGroups: c.review_groups ?? [],
      overallRisk: riskLevel(detail),
      eddStatus: eddStatus(detail.edd_status),
      screening: {
        pep: flag(detail, 'pep'),
        mayBePep: flag(detail, 'may_be_pep'),
        mayBeSanctioned: flag(detail, 'may_be_san'),
        pressRisk: flag(detail, 'press_risk'),
        mayBePressRisk: flag(detail, 'may_be_press_risk'),
      },
      identityVerification: {
        succeeded: flag(detail, 'vid_success'),
        failed: flag(detail, 'vid_failed'),
        inProgress: flag(detail, 'vid_in_progress'),
      },
      events: {
        totalCount: events.total ?? null,
        edges: (events.items as Json[]).slice(0, PAGE).map((e) => ({
          node: {
            id: String(e.ID),
            type: orNull(e.EventType),
            title: orNull(e.Title),
            createdAt: dateTime(e.CreatedAt),
          },
        })),
      },
      alerts: {
        totalCount: alerts.total ?? null,
        edges: ((alerts.data ?? []) as Json[]).slice(0, PAGE).map((a) => {
          const r = a.last_revision;
          return {
            node: {
              ...alertHead(a),
              lastRevision: r
                ? {
                    state: readAlertState(int(r.state)),
                    score: int(r.score),
                    topCategory: orNull(r.top_category),
                    createdAt: dateTime(r.created_at),
                  }
                : null,
            },
          };
        }),
      },
      documents: {
        totalCount: documents.total ?? null,
        edges: ((documents.documents ?? []) as Json[]).slice(0, PAGE).map((d) => ({
          node: {
            documentId: String(d.id),
            displayName: orNull(d.display_name),
            fileType: d.file_type || null,
            mimeType: orNull(d.file_mime),
            size: orNull(d.file_size),
            tags: [...new Set([...(d.tag_codes ?? []), ...(d.tags ?? [])])],
            createdAt: epochTime(d.created_at),
          },
        })),
      },
    },
  };
}

/** Every part at once: the external id is all any call needs, so 1 round trip. */
export async function customer360Direct(api: Upstream, { externalId }: Customer360Variables) {
  const calls = customer360Calls(externalId);
  const [detail, events, alerts, documents] = await Promise.all([
    calls.detail(api),
    calls.events(api),
    calls.alerts(api),
    calls.documents(api),
  ]);
  return customer360({ detail, events, alerts, documents });
}
