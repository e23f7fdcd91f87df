// @ts-nocheck
import { readRisk } from '../../src/algoreg/wire/customer.ts';
import { customerReportId } from '../../src/algoreg/wire/press.ts';
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

/** What one customer's 360 view is made of: one Algoreg answer each (null for a 404). */
export interface Customer360Parts {
  detail: Json;
  events: Json;
  alerts: Json;
  documents: Json;
  risk: Json;
  edd: Json;
  press: Json;
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
    risk: (api: Upstream) => api.call('getCustomerLastRisk', { params }),
    edd: (api: Upstream) => api.call('getCustomerLastEdd', { params }),
    press: (api: Upstream) => api.call('getPressReport', { params: { id: customerReportId(externalId) } }),
  };
};

const epochTime = (v: unknown) => {
  const n = typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  return dateTime(n);
};

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** Largest first; a missing number sorts last. */
const byDesc = (key: string) => (a: Json, b: Json) => (num(b[key]) ?? -1) - (num(a[key]) ?? -1);

function factorValue(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : null;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function riskView(risk: Json) {
  if (!risk) return null;
  return {
    level: readRisk(risk.risk)?.level ?? null,
    score: num(risk.score),
    computedAt: dateTime(text(risk.computed_at)),
    factors: [...(risk.factors ?? [])]
      .map((f: Json) => ({
        name: text(f.name) ?? 'unnamed factor',
        value: factorValue(f.value),
        level: readRisk(f.level)?.level ?? null,
        contribution: num(f.contribution),
      }))
      .sort(byDesc('contribution')),
  };
}

function lastEddView(edd: Json) {
  if (!edd) return null;
  return {
    ...eddStatus(edd),
    agentName: text(edd.agent_name),
    comment: text(edd.comment),
    revisionNumber: int(edd.revision_number),
  };
}

const host = (url: string | null) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
};

function pressView(report: Json) {
  if (!report) return null;
  const sources: Json[] = report.general_sources ?? [];
  const summary = text(report.general_summary);
  const status = text(report.status)?.toUpperCase() ?? (sources.length || summary ? 'READY' : 'PENDING');
  return {
    id: globalId('PressReport', String(report.id)),
    status: ['PENDING', 'READY', 'FAILED'].includes(status) ? status : null,
    completedAt: dateTime(text(report.completed_at)),
    summary,
    articles: sources
      .map((s) => ({
        title: text(s.website?.title),
        source: host(text(s.website?.url)),
        publishedAt: dateTime(text(s.published_at)),
        url: text(s.website?.url),
        categories: s.categories ?? [],
        relevance: num(s.relevance),
      }))
      .sort(byDesc('relevance')),
  };
}

export function customer360({ detail, events, alerts, documents, risk, edd, press }: Customer360Parts) {
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
      risk: riskView(risk),
      lastEdd: lastEddView(edd),
      pressReport: pressView(press),
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
  const [detail, events, alerts, documents, risk, edd, press] = await Promise.all([
    calls.detail(api),
    calls.events(api),
    calls.alerts(api),
    calls.documents(api),
    calls.risk(api),
    calls.edd(api),
    calls.press(api),
  ]);
  return customer360({ detail, events, alerts, documents, risk, edd, press });
}
