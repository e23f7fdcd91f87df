import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { customerEvents } from '../src/algoreg/wire/customer.ts';
import '../src/algoreg/wire/customer-fast.ts';
import { documentSearch } from '../src/algoreg/wire/document.ts';
import '../src/algoreg/wire/document-fast.ts';
import { pressReport } from '../src/algoreg/wire/press.ts';
import '../src/algoreg/wire/press-fast.ts';
import { riskAssessment } from '../src/algoreg/wire/risk.ts';
import '../src/algoreg/wire/risk-fast.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { agrees, altered, askSandbox } from './wire-fast.ts';

/**
 * The one-pass readers a customer 360 runs on every request (wire/document-fast.ts, the timeline
 * in wire/customer-fast.ts, wire/press-fast.ts, wire/risk-fast.ts) against their zod schemas, on
 * the answers the sandbox gives (read over HTTP, as Algoreg's clients read them) and on copies
 * altered one value at a time: a fast path answers exactly what the schema answers, and gives up
 * exactly where the schema refuses.
 */

// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
type Json = any;

let sandbox: Sandbox;
let documentPages: Json[];
let timelines: Json[];
let reports: Json[];
let risks: Json[];

const algoreg = (method: string, path: string, body?: unknown) => askSandbox(sandbox.url, method, path, body);

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  const search = (await algoreg('POST', '/api/v1/customers/search', { limit: 100, offset: 0 })).json;
  const ids: string[] = search.data.map((c: { external_id: string }) => c.external_id);
  // A document by reference, tagged, beside the seed's uploaded ones.
  const upload = await algoreg('POST', '/api/v1/documents', {
    customer_external_id: ids[0],
    display_name: 'Contract',
    file_type: 'contract',
    tag_codes: ['signed', 'signed', 'archived'],
    origin: { type: 'api' },
    file_name: 'contract.pdf',
    external: { file_url: 'https://files.example/contract.pdf', file_size: 1234 },
  });
  expect(upload.status).toBe(200);
  documentPages = [(await algoreg('POST', '/api/v1/documents/search', { limit: 500, offset: 0 })).json];
  timelines = [];
  reports = [];
  risks = [];
  for (const id of ids) {
    const filters = { customer_external_id: id };
    documentPages.push(
      (await algoreg('POST', '/api/v1/documents/search', { filters, limit: 50, offset: 0 })).json,
    );
    timelines.push((await algoreg('GET', `/api/v1/customers/${id}/timeline?limit=200&offset=0`)).json);
    const report = await algoreg('GET', `/api/v1/press/report/customer:${id}`);
    if (report.status === 200) reports.push(report.json);
    risks.push((await algoreg('GET', `/api/v1/customers/${id}/risk`)).json);
  }
  // Reports still pending (forced again, and an instant one), read as written and as read next.
  for (const id of ids.slice(0, 3)) {
    reports.push((await algoreg('POST', `/api/v1/press/customers/${id}/generate`)).json);
    reports.push((await algoreg('GET', `/api/v1/press/report/customer:${id}`)).json);
  }
  const instant = await algoreg('POST', '/api/v1/press/report', {
    name: 'Jane Example',
    entity_type: 2,
    countries: ['FR', 'BE'],
  });
  reports.push(instant.json);
  reports.push((await algoreg('GET', `/api/v1/press/report/${instant.json.id}`)).json);
});
afterAll(() => sandbox.close());

type Counts = { fast: number; slow: number };

/** Tallies how the schema and its reader took each copy (`agrees` fails the test on a difference). */
function tally(counts: Counts, schema: z.ZodType, copies: Iterable<unknown>) {
  for (const copy of copies) counts[agrees(schema, copy)] += 1;
}

/** A copy of `data` per value, each written by `put`. */
function* withEach(data: unknown, values: readonly unknown[], put: (copy: Json, value: unknown) => void) {
  for (const value of values) {
    const copy = structuredClone(data);
    put(copy, value);
    yield copy;
  }
}

describe('one-pass reader of document searches', () => {
  it("reads every search of the documents, and of each customer's, exactly as the schema does", () => {
    const documents = documentPages[0].documents;
    expect(documents.length).toBeGreaterThan(200);
    // Origins with and without a value, tags, revisions by agents and by the API, a reference.
    expect(documents.filter((d: Json) => d.origin?.value).length).toBeGreaterThan(5);
    expect(documents.filter((d: Json) => d.tag_codes.length > 1).length).toBeGreaterThan(5);
    expect(documents.filter((d: Json) => d.last_revision_agent_id > 0).length).toBeGreaterThan(5);
    expect(documents.filter((d: Json) => d.file_source === 'external')).toHaveLength(1);
    expect(documentPages.map((p) => agrees(documentSearch, p))).not.toContain('slow');
  });

  it('answers the same or gives up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    const all = documentPages[0].documents;
    const sample = [
      ...all.slice(0, 3),
      ...all.filter((d: Json) => d.origin?.value).slice(0, 2),
      ...all.filter((d: Json) => d.file_source === 'external'),
    ];
    const page = { documents: sample, total: sample.length };
    const paths = [
      ['*'],
      ...sample.flatMap((_: unknown, i: number) => [
        ['documents', String(i), '*'],
        ['documents', String(i), 'origin', '*'],
      ]),
    ];
    tally(counts, documentSearch, altered(page, paths));
    // Epochs: seconds and milliseconds, as numbers and as digits, and what is not a time.
    const times = [1793366774, 1793366774000, 1793366774.5, -5, 1e20, '1793366774', '1793366774000', '12.5'];
    const notTimes = ['', ' 12', '-5', '1e9', '12.', 'soon', Number.NaN];
    for (const key of ['created_at', 'last_revision_created_at'])
      tally(
        counts,
        documentSearch,
        withEach(page, [...times, ...notTimes, '9'.repeat(400)], (copy, value) => {
          copy.documents[0][key] = value;
        }),
      );
    // No revision at all; tags under both names, with repeats.
    tally(counts, documentSearch, [
      {
        documents: [{ ...sample[0], last_revision_id: null, last_revision_created_at: undefined }],
        total: 1,
      },
      { documents: [{ ...sample[0], last_revision_id: '', last_revision_created_at: null }] },
      { documents: [{ ...sample[0], tag_codes: ['a', 'b', 'a'], tags: ['b', 'c'] }], total: 1 },
      { documents: [{ ...sample[0], id: 12, customer_external_id: 7, origin: { type: 3 } }], total: 1 },
    ]);
    expect(counts.fast).toBeGreaterThan(500);
    expect(counts.slow).toBeGreaterThan(800);
  });
});

describe('one-pass reader of customer timelines', () => {
  it("reads every customer's timeline exactly as the schema does", () => {
    const events = timelines.flatMap((t) => t.items);
    expect(timelines.length).toBeGreaterThan(50);
    expect(events.length).toBeGreaterThan(200);
    expect(new Set(events.map((e) => e.EventType)).size).toBeGreaterThan(3);
    expect(timelines.map((t) => agrees(customerEvents, t))).not.toContain('slow');
  });

  it('answers the same or gives up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    const timeline = timelines.find((t) => t.items.length >= 3);
    const page = { ...timeline, items: timeline.items.slice(0, 3) };
    const paths = [['*'], ...page.items.map((_: unknown, i: number) => ['items', String(i), '*'])];
    tally(counts, customerEvents, altered(page, paths));
    // The documented form: one event, not a list of them.
    const single = { ...page, items: page.items[0] };
    expect(agrees(customerEvents, single)).toBe('fast');
    tally(counts, customerEvents, altered(single, [['items', '*']]));
    tally(
      counts,
      customerEvents,
      withEach(page, ['evt-1', 42, 4.5, ''], (copy, value) => {
        copy.items[1].ID = value;
      }),
    );
    expect(counts.fast).toBeGreaterThan(200);
    expect(counts.slow).toBeGreaterThan(300);
  });
});

describe('one-pass reader of press reports', () => {
  it('reads every standing report, pending and done, and instant reports exactly as the schema does', () => {
    expect(reports.length).toBeGreaterThan(50);
    const statuses = new Set(reports.map((r) => r.status));
    expect(statuses).toContain('ready');
    expect(statuses).toContain('pending');
    expect(reports.filter((r) => r.general_sources.length > 1).length).toBeGreaterThan(20);
    expect(new Set(reports.map((r) => r.metadata.input.additional_info.Entity))).toEqual(new Set([1, 2]));
    expect(reports.map((r) => agrees(pressReport, r))).not.toContain('slow');
  });

  it('answers the same or gives up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    const report = reports.find((r) => r.general_sources.length > 1 && r.status === 'ready');
    const pending = reports.find((r) => r.status === 'pending');
    for (const r of [report, pending])
      tally(
        counts,
        pressReport,
        altered(r, [
          ['*'],
          ['general_sources', '0', '*'],
          ['general_sources', '0', 'website', '*'],
          ['metadata', '*'],
          ['metadata', 'input', '*'],
          ['metadata', 'input', 'additional_info', '*'],
        ]),
      );
    // Ids: its own, `report_id`, both, neither; statuses known, unknown and absent.
    tally(counts, pressReport, [
      { ...report, id: undefined, report_id: 'rep-9' },
      { ...report, id: 'rep-1', report_id: 'rep-9' },
      { ...report, id: undefined, report_id: 17 },
      { ...report, id: undefined, report_id: null },
      { ...report, id: undefined },
      // No status: ready once there is a summary or an article.
      { ...report, status: undefined, general_sources: [] },
      { ...report, status: undefined, general_summary: '' },
      { ...report, status: undefined, general_summary: null, general_sources: null },
    ]);
    for (const r of [report, pending])
      tally(
        counts,
        pressReport,
        withEach(r, [' Failed ', 'READY', 'archived', 2, {}, null, undefined], (copy, value) => {
          copy.status = value;
        }),
      );
    // Urls with and without `www.`, and ones that do not parse.
    tally(
      counts,
      pressReport,
      withEach(
        report,
        ['https://www.example.com/a', 'http://example.org', 'not a url', 'null'],
        (copy, url) => {
          copy.general_sources[0].website.url = url;
        },
      ),
    );
    tally(
      counts,
      pressReport,
      withEach(report, [2, 3, '1', 1.5], (copy, entity) => {
        copy.metadata.input.additional_info.Entity = entity;
      }),
    );
    expect(counts.fast).toBeGreaterThan(200);
    expect(counts.slow).toBeGreaterThan(250);
  });
});

describe('one-pass reader of risk assessments', () => {
  it("reads every customer's last risk exactly as the schema does", () => {
    expect(risks.length).toBeGreaterThan(50);
    expect(new Set(risks.map((r) => r.risk)).size).toBeGreaterThan(1);
    const values = risks.flatMap((r) => r.factors.map((f: Json) => f.value));
    expect(values.some(Array.isArray)).toBe(true);
    expect(values).toContain(null);
    expect(risks.map((r) => agrees(riskAssessment, r))).not.toContain('slow');
  });

  it('answers the same or gives up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    for (const r of risks.slice(0, 3))
      tally(counts, riskAssessment, altered(r, [['*'], ['factors', '0', '*']]));
    // Levels as labels, codes and objects; values as lists, objects and numbers.
    const levels = ['HIGH', ' medium ', 3, '0', { level: 'High' }, { code: 2 }, 'unheard of'];
    tally(
      counts,
      riskAssessment,
      withEach(risks[0], levels, (copy, level) => {
        copy.risk = level;
        copy.factors[0].level = level;
      }),
    );
    tally(
      counts,
      riskAssessment,
      withEach(risks[0], [['FR', 2, null], { a: 1 }, 12.5, Number.NaN], (copy, value) => {
        copy.factors[0].value = value;
      }),
    );
    expect(counts.fast).toBeGreaterThan(150);
    expect(counts.slow).toBeGreaterThan(100);
  });
});
