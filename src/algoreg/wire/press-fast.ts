import { flag, idLike, int, list, num, obj, optObj, strings, text, withFastPath } from './fast.ts';
import { hostOf, type PressArticle, type PressEntityType, pressReport, readStatus } from './press.ts';

/**
 * One-pass reader of Get report body (and of the two writes that answer a report): a customer 360
 * reads the customer's standing report on every request, a report a few dozen articles. It mirrors
 * `pressReport` in press.ts field by field and gives up on anything that schema would have to judge.
 */

/** `Source`, with its `website` (`index` checked though not kept, as the schema does). */
function source(v: unknown): PressArticle {
  const s = obj(v);
  const w = optObj(s.website);
  if (w) int(w.index);
  const url = w ? text(w.url) : null;
  return {
    title: w ? text(w.title) : null,
    url,
    source: hostOf(url),
    snippet: w ? text(w.snippet) : null,
    summary: w ? text(w.summary) : null,
    knownQualitySource: w ? flag(w.is_known_as_quality_source) : null,
    publishedAt: text(s.published_at),
    categories: strings(s.categories),
    relevance: num(s.relevance),
  };
}

/** `metadata.input`: who the report is about; null when the answer does not say. */
function subject(v: unknown) {
  const input = optObj(optObj(v)?.input);
  if (!input) return null;
  const info = optObj(input.additional_info);
  return {
    name: text(input.name),
    entity: info ? int(info.Entity) : null,
    countries: info ? strings(info.CountryCodes) : [],
  };
}

withFastPath(pressReport, (v) => {
  const r = obj(v);
  const id = r.id === undefined ? undefined : idLike(r.id);
  const reportId = r.report_id === undefined ? undefined : idLike(r.report_id);
  const summary = text(r.general_summary);
  const articles = list(r.general_sources, source);
  const input = subject(r.metadata);
  const status = readStatus(r.status, articles.length > 0 || summary !== null);
  const entity = input?.entity;
  return {
    id: id ?? reportId ?? '',
    customerExternalId: text(r.customer_external_id),
    status: status.status,
    rawStatus: status.raw,
    createdAt: text(r.created_at),
    completedAt: text(r.completed_at),
    summary,
    subjectName: input?.name ?? null,
    subjectType: (entity === 1 ? 'INDIVIDUAL' : entity === 2 ? 'FIRM' : null) as PressEntityType | null,
    subjectCountries: input?.countries ?? [],
    articles,
  };
});
