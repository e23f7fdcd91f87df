import { z } from 'zod';
import { anyJson, flag, idLike, int, list, num, strings, text } from './common.ts';

/**
 * Go!Press JSON (API.md §5.3). A stored copy of docs.algoreg.com's "Get report body" page gives
 * `created_at`, `general_summary`, `general_sources[].website` and `metadata.input` (the rest of
 * the page is truncated); everything else here is assumed and recorded in the endpoint table.
 */

/** Report statuses (assumed `pending | ready | failed`). */
export const PRESS_REPORT_STATUSES = ['PENDING', 'READY', 'FAILED'] as const;
export type PressReportStatus = (typeof PRESS_REPORT_STATUSES)[number];

/** Subject kinds: Name search's `entity_type` codes, assumed shared by Go!Press (`Entity`). */
export const PRESS_ENTITY_CODES = { INDIVIDUAL: 1, FIRM: 2 } as const;
export type PressEntityType = keyof typeof PRESS_ENTITY_CODES;

/** `Website` (documented). */
const website = z.object({
  index: int,
  title: text,
  url: text,
  snippet: text,
  summary: text,
  is_known_as_quality_source: flag,
});

/**
 * `Source` (documented: `website`, `consulted_by_agents`); `published_at`, `categories` and
 * `relevance` (0–1) are assumed.
 */
export const pressSource = z
  .object({
    website: website.nullish(),
    published_at: text,
    categories: strings,
    relevance: num,
  })
  .transform((s) => ({
    title: s.website?.title ?? null,
    url: s.website?.url ?? null,
    source: hostOf(s.website?.url ?? null),
    snippet: s.website?.snippet ?? null,
    summary: s.website?.summary ?? null,
    knownQualitySource: s.website?.is_known_as_quality_source ?? null,
    publishedAt: s.published_at,
    categories: s.categories,
    relevance: s.relevance,
  }));

/** `PressMetadata.input` (documented, partly): who the report is about. */
const metadataInput = z.object({
  name: text,
  additional_info: z
    .object({
      Entity: int,
      CountryCodes: strings,
    })
    .nullish(),
});

/** Get report body. Generate instant report and Force generation are assumed to answer the same. */
export const pressReport = z
  .object({
    id: idLike.optional(),
    report_id: idLike.optional(),
    customer_external_id: text,
    status: anyJson,
    created_at: text,
    completed_at: text,
    general_summary: text,
    general_sources: list(pressSource),
    metadata: z.object({ input: metadataInput.nullish() }).nullish(),
  })
  .transform((r) => {
    const input = r.metadata?.input;
    const entity = input?.additional_info?.Entity;
    const status = readStatus(r.status, r.general_sources.length > 0 || r.general_summary !== null);
    return {
      id: r.id ?? r.report_id ?? '',
      customerExternalId: r.customer_external_id,
      status: status.status,
      rawStatus: status.raw,
      createdAt: r.created_at,
      completedAt: r.completed_at,
      summary: r.general_summary,
      subjectName: input?.name ?? null,
      subjectType: (entity === 1 ? 'INDIVIDUAL' : entity === 2 ? 'FIRM' : null) as PressEntityType | null,
      subjectCountries: input?.additional_info?.CountryCodes ?? [],
      articles: r.general_sources,
    };
  });

/**
 * A status label as one of ours; an unknown label reads as null with its raw form. No status at
 * all (the documented body has none) reads as READY once the report has content, else PENDING.
 */
export function readStatus(
  v: unknown,
  hasContent: boolean,
): { status: PressReportStatus | null; raw: string | null } {
  if (v === undefined || v === null || v === '')
    return { status: hasContent ? 'READY' : 'PENDING', raw: null };
  const raw = String(v);
  const c = raw.trim().toUpperCase();
  return {
    status: (PRESS_REPORT_STATUSES as readonly string[]).includes(c) ? (c as PressReportStatus) : null,
    raw,
  };
}

/** A url's web host without `www.`; null without a url or for one that does not parse ("null" does not). */
export function hostOf(url: string | null): string | null {
  return URL.parse(String(url))?.hostname.replace(/^www\./, '') || null;
}

export type PressReport = z.output<typeof pressReport>;
export type PressArticle = z.output<typeof pressSource>;

/** Input of Generate instant report: a name that need not be a customer's. */
export interface PressScreeningInput {
  name: string;
  entityType: PressEntityType;
  /** ISO 3166 alpha-2 codes. */
  countries: string[];
}

/** The id of a customer's standing report (assumed, endpoint table). */
export const customerReportId = (externalId: string) => `customer:${externalId}`;
