import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerDetail, customerSearch, eddRevision } from '../src/algoreg/wire/customer.ts';
import '../src/algoreg/wire/customer-fast.ts';
import { alertSearch } from '../src/algoreg/wire/scan.ts';
import '../src/algoreg/wire/scan-fast.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { agrees, altered, askSandbox } from './wire-fast.ts';

/**
 * The one-pass readers of wire/customer-fast.ts and wire/scan-fast.ts against their zod schemas, on the answers the
 * sandbox gives (read over HTTP, as Algoreg's clients read them) and on copies altered one value
 * at a time: a fast path answers exactly what the schema answers, and gives up exactly where the
 * schema refuses.
 */

let sandbox: Sandbox;
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let details: any[];
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let search: any;
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let edds: any[];
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let alertPages: any[];

const algoreg = (method: string, path: string, body?: unknown) => askSandbox(sandbox.url, method, path, body);

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  search = (await algoreg('POST', '/api/v1/customers/search', { limit: 100, offset: 0 })).json;
  const ids: string[] = search.data.map((c: { external_id: string }) => c.external_id);
  details = [];
  edds = [];
  for (const id of ids) {
    details.push((await algoreg('GET', `/api/v1/customers/${id}`)).json);
    const edd = await algoreg('GET', `/api/v1/customers/${id}/edd`);
    if (edd.status === 200) edds.push(edd.json);
  }
  alertPages = [];
  for (let offset = 0; ; offset += 100) {
    const page = (await algoreg('POST', '/api/v1/alerts/search', { limit: 100, offset })).json;
    alertPages.push(page);
    if (page.data.length < 100) break;
  }
  for (const id of ids.slice(0, 10))
    alertPages.push(
      (await algoreg('POST', `/api/v1/customers/${id}/alerts`, { limit: 100, offset: 0 })).json,
    );
});
afterAll(() => sandbox.close());

describe('one-pass readers of customer answers', () => {
  it('read every customer detail, the search and every last EDD exactly as their schemas do', () => {
    expect(details.length).toBeGreaterThan(50);
    expect(details.map((d) => agrees(customerDetail, d))).not.toContain('slow');
    expect(agrees(customerSearch, search)).toBe('fast');
    expect(edds.length).toBeGreaterThan(0);
    expect(edds.map((e) => agrees(eddRevision, e))).not.toContain('slow');
  });

  it('answer the same or give up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    // Details with and without EDD, relations and custom fields, so every branch is altered.
    const sample = [
      ...details.slice(0, 8),
      ...details.filter((d) => d.relations?.length).slice(0, 2),
      ...details.filter((d) => d.custom_fields?.length).slice(0, 2),
      ...details.filter((d) => d.edd_status).slice(0, 2),
    ];
    for (const d of sample) {
      const paths = [
        ['*'],
        ['customer', '*'],
        ['customer', 'name_variations', '0', '*'],
        ['customer', 'custom_fields', '*'],
        ['edd_status', '*'],
        ['pep', '*'],
        ['custom_fields', '0', '*'],
        ['relations', '0', '*'],
      ];
      for (const copy of altered(d, paths)) counts[agrees(customerDetail, copy)] += 1;
    }
    for (const e of edds.slice(0, 3))
      for (const copy of altered(e, [['*']])) counts[agrees(eddRevision, copy)] += 1;
    for (const copy of altered(search, [['*'], ['data', '0', '*']]))
      counts[agrees(customerSearch, copy)] += 1;
    // Both outcomes occur: the alterations reach values the readers accept and values they refuse.
    expect(counts.fast).toBeGreaterThan(1000);
    expect(counts.slow).toBeGreaterThan(300);
  });
});

describe('one-pass reader of alert searches', () => {
  it("reads every page of alerts and every customer's alerts exactly as the schema does", () => {
    const alerts = alertPages.flatMap((p) => p.data);
    expect(alerts.length).toBeGreaterThan(100);
    // Revisions with every state the sandbox seeds, and alerts without one.
    expect(new Set(alerts.map((a) => a.last_revision?.state)).size).toBeGreaterThan(3);
    expect(alertPages.map((p) => agrees(alertSearch, p))).not.toContain('slow');
  });

  it('answers the same or gives up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    const page = { ...alertPages[0], data: alertPages[0].data.slice(0, 6) };
    const paths = [
      ['*'],
      ...page.data.flatMap((_: unknown, i: number) => [
        ['data', String(i), '*'],
        ['data', String(i), 'last_revision', '*'],
      ]),
    ];
    for (const copy of altered(page, paths)) counts[agrees(alertSearch, copy)] += 1;
    // Numbers and digits as strings where Algoreg may send either, and dates of both kinds.
    for (const [key, values] of [
      ['score', ['12', ' 7 ', '-3', '1.5', 1.9, 'high']],
      ['state', ['5', 99, '']],
      ['profile_date', [1700000000, '2020-01-01', '', 1.5]],
    ] as const)
      for (const value of values) {
        const copy = structuredClone(page);
        copy.data[0].last_revision = { ...copy.data[0].last_revision, [key]: value };
        counts[agrees(alertSearch, copy)] += 1;
      }
    expect(counts.fast).toBeGreaterThan(500);
    expect(counts.slow).toBeGreaterThan(100);
  });
});
