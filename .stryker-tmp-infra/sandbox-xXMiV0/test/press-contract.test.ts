// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, useStack } from './harness.ts';

/**
 * What a Go!Press report shows when Algoreg's answer is sparse or odd: the sandbox answers Get
 * report body verbatim (`body` fault), and the GraphQL answer is held field by field. The seeds
 * always carry every field, so these are the only tests of the wire layer's tolerance.
 */

const GET = 'GET /api/v1/press/report/{id}';

const REPORT = `query($id: ID!) {
  pressReport(id: $id) {
    reportId status rawStatus summary
    subject { name entityType countries }
    articles { title source url snippet summary knownQualitySource publishedAt categories relevance }
  }
}`;

interface Article {
  title: string | null;
  source: string | null;
  url: string | null;
  snippet: string | null;
  summary: string | null;
  knownQualitySource: boolean | null;
  publishedAt: string | null;
  categories: string[];
  relevance: number | null;
}
interface Report {
  reportId: string;
  status: string | null;
  rawStatus: string | null;
  summary: string | null;
  subject: { name: string | null; entityType: string | null; countries: string[] };
  articles: Article[];
}

const stack = useStack();

/** The report as the gateway shows it when Algoreg answers `json` to Get report body. */
async function reportFrom(json: unknown): Promise<Report> {
  const { pressReport } = await dataWhenAlgoregAnswers<{ pressReport: Report | null }>(
    stack,
    GET,
    json,
    REPORT,
    {
      id: 'rep-1',
    },
  );
  if (!pressReport) throw new Error('no report');
  return pressReport;
}

const website = {
  index: 1,
  title: 'Ledger fined',
  url: 'https://www.dailyledger.example/2024/fine',
  snippet: 'was fined',
  summary: 'A fine for late filings.',
  is_known_as_quality_source: true,
};

const noArticle = {
  title: null,
  source: null,
  url: null,
  snippet: null,
  summary: null,
  knownQualitySource: null,
};

describe('contract: Go!Press Get report body, sparse or odd', () => {
  it("brings a source's website into the article, the host without its www.", async () => {
    const report = await reportFrom({ status: 'ready', general_sources: [{ website, relevance: 0.9 }] });
    expect(report.articles).toEqual([
      {
        title: 'Ledger fined',
        source: 'dailyledger.example',
        url: 'https://www.dailyledger.example/2024/fine',
        snippet: 'was fined',
        summary: 'A fine for late filings.',
        knownQualitySource: true,
        publishedAt: null,
        categories: [],
        relevance: 0.9,
      },
    ]);
  });

  it('reads a source without a website (absent or null) as an article with no title, link or host', async () => {
    const report = await reportFrom({
      status: 'ready',
      general_sources: [
        { relevance: 0.8, categories: ['fraud'], published_at: '2024-05-01T00:00:00Z' },
        { website: null, relevance: 0.5 },
      ],
    });
    expect(report.articles).toEqual([
      {
        ...noArticle,
        publishedAt: '2024-05-01T00:00:00.000Z',
        categories: ['fraud'],
        relevance: 0.8,
      },
      { ...noArticle, publishedAt: null, categories: [], relevance: 0.5 },
    ]);
  });

  it('keeps "www." inside a host, and reads a url that is not one as no host', async () => {
    const report = await reportFrom({
      status: 'ready',
      general_sources: [
        { website: { url: 'https://archive.www.example.org/a' }, relevance: 0.9 },
        { website: { url: 'not a url' }, relevance: 0.5 },
      ],
    });
    expect(report.articles.map((a) => [a.url, a.source])).toEqual([
      ['https://archive.www.example.org/a', 'archive.www.example.org'],
      ['not a url', null],
    ]);
  });

  it('reads the subject from metadata.input, and as empty when metadata, input or additional_info is missing', async () => {
    const full = await reportFrom({
      status: 'ready',
      metadata: { input: { name: 'Ada Lovelace', additional_info: { Entity: 2, CountryCodes: ['GB'] } } },
    });
    expect(full.subject).toEqual({ name: 'Ada Lovelace', entityType: 'FIRM', countries: ['GB'] });
    await stack.reset();
    const nameOnly = await reportFrom({ status: 'ready', metadata: { input: { name: 'Ada Lovelace' } } });
    expect(nameOnly.subject).toEqual({ name: 'Ada Lovelace', entityType: null, countries: [] });
    for (const metadata of [{}, null, undefined]) {
      await stack.reset();
      const report = await reportFrom({ status: 'ready', metadata });
      expect(report.subject, JSON.stringify(metadata)).toEqual({
        name: null,
        entityType: null,
        countries: [],
      });
    }
  });

  it('reads a report without a status (the documented body) as READY once it has a summary or sources, else PENDING', async () => {
    const cases: [unknown, string][] = [
      [{ general_summary: 'Nothing adverse.' }, 'READY'],
      [{ general_summary: '', general_sources: [{ website, relevance: 1 }] }, 'READY'],
      [{ general_summary: null, general_sources: [] }, 'PENDING'],
      [{ status: null, general_summary: 'Nothing adverse.' }, 'READY'],
      [{ status: '', general_sources: [] }, 'PENDING'],
    ];
    const seen: [string | null, string | null][] = [];
    for (const [json] of cases) {
      await stack.reset();
      const report = await reportFrom(json);
      seen.push([report.status, report.rawStatus]);
    }
    expect(seen).toEqual(cases.map(([, status]) => [status, null]));
  });

  it('reads a status label whatever its case or padding, keeps the raw label, and an unknown one as null', async () => {
    const cases: [string, string | null][] = [
      ['failed', 'FAILED'],
      [' Ready ', 'READY'],
      ['PENDING', 'PENDING'],
      ['archived', null],
    ];
    const seen: [string | null, string | null][] = [];
    for (const [status] of cases) {
      await stack.reset();
      // Content is there, so a label read as "no status" would show READY.
      const report = await reportFrom({ status, general_summary: 'Done.' });
      seen.push([report.status, report.rawStatus]);
    }
    expect(seen).toEqual(cases.map(([raw, status]) => [status, raw]));
  });
});

describe('contract: a field of the wrong type (wire/common.ts readers)', () => {
  /** The GraphQL answer when Algoreg answers `json` to Get report body. */
  async function answerTo(json: unknown) {
    await stack.fault({ route: GET, kind: 'body', json });
    return stack.gql<{ pressReport: Report | null }>(REPORT, { id: 'rep-1' });
  }

  it('reads a body whose every field has its type, and "" as no value', async () => {
    const report = await reportFrom({
      status: 'ready',
      general_summary: '',
      general_sources: [
        {
          website: { ...website, title: '', is_known_as_quality_source: false },
          categories: ['fraud', 'adverse media'],
          relevance: 0,
        },
      ],
      metadata: { input: { name: '', additional_info: { Entity: 1, CountryCodes: null } } },
    });
    expect(report.summary).toBeNull();
    expect(report.subject).toEqual({ name: null, entityType: 'INDIVIDUAL', countries: [] });
    expect(report.articles.map((a) => [a.title, a.knownQualitySource, a.categories, a.relevance])).toEqual([
      [null, false, ['fraud', 'adverse media'], 0],
    ]);
  });

  it('reads null for a whole number, a number, a boolean and a list of strings as no value', async () => {
    const report = await reportFrom({
      status: 'ready',
      general_sources: [
        {
          website: { index: null, url: null, is_known_as_quality_source: null },
          categories: null,
          relevance: null,
        },
      ],
      metadata: { input: { name: null, additional_info: { Entity: null, CountryCodes: null } } },
    });
    expect(report.articles).toEqual([{ ...noArticle, publishedAt: null, categories: [], relevance: null }]);
    expect(report.subject).toEqual({ name: null, entityType: null, countries: [] });
  });

  // Each breaks one reader's rule: a string where a string is wanted, a whole number, a finite
  // number, a boolean, a list of strings, a list.
  const wrong: [string, unknown][] = [
    ['a number for a text', { general_summary: 42 }],
    ['a fraction for a whole number', { metadata: { input: { additional_info: { Entity: 1.5 } } } }],
    ['a string for a whole number', { metadata: { input: { additional_info: { Entity: '2' } } } }],
    ['a string for a number', { general_sources: [{ relevance: '0.9' }] }],
    ['a string for a boolean', { general_sources: [{ website: { is_known_as_quality_source: 'yes' } }] }],
    ['a string for a list of strings', { general_sources: [{ categories: 'fraud' }] }],
    ['a number in a list of strings', { general_sources: [{ categories: ['fraud', 7] }] }],
    ['an object for a list', { general_sources: { website } }],
  ];
  it.each(wrong)('answers UPSTREAM_BAD_RESPONSE for %s, with no data of the report', async (_, json) => {
    const res = await answerTo({ status: 'ready', ...(json as object) });
    expect(res.data?.pressReport).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_BAD_RESPONSE']);
  });
});
