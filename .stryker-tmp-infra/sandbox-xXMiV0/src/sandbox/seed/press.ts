// @ts-nocheck
import { customerReportId } from '../../algoreg/wire/press.ts';
import { Random } from '../random.ts';
import type { CustomerState, Json, PressReportState, Store } from '../store.ts';

/**
 * Go!Press reports: every customer has a standing report, done, whose articles agree with the
 * detail's adverse-media flags (`press_risk`: confirmed adverse media, `may_be_press_risk`:
 * possible, neither: only neutral coverage, if any). Reports asked for later start pending.
 */

/** Reads of a pending report that still answer pending; the next read finds it done. */
export const PRESS_PENDING_READS = 1;
/** A pending report is done after this long anyway, whoever reads it. */
export const PRESS_PENDING_MS = 5_000;

const OUTLETS = [
  'dailyledger.example',
  'eurobusiness.example',
  'compliance-wire.example',
  'le-quotidien.example',
  'wirtschaftsblatt.example',
  'gulf-markets.example',
];
const ADVERSE = [
  { topic: 'money laundering', title: (n: string) => `${n} named in money-laundering probe` },
  { topic: 'fraud', title: (n: string) => `Prosecutors open fraud case involving ${n}` },
  { topic: 'corruption', title: (n: string) => `${n} linked to bribery scheme, court papers show` },
  { topic: 'sanctions evasion', title: (n: string) => `Regulator examines ${n} over sanctions evasion` },
  { topic: 'tax evasion', title: (n: string) => `${n} under investigation for tax evasion` },
];
const NEUTRAL = [
  { topic: 'business', title: (n: string) => `${n} expands operations` },
  { topic: 'general', title: (n: string) => `Interview: ${n} on the year ahead` },
  { topic: 'business', title: (n: string) => `${n} appears in industry ranking` },
];

export type PressTone = 'adverse' | 'possible' | 'neutral';

const START = new Date('2022-01-01T00:00:00Z');
const END = new Date('2026-10-31T00:00:00Z');

/** The sources and summary of a done report about `name`. */
export function pressContent(
  rng: Random,
  name: string,
  tone: PressTone,
  until: Date,
): { sources: Json[]; summary: string } {
  const count = tone === 'adverse' ? rng.int(2, 4) : tone === 'possible' ? rng.int(1, 2) : rng.int(0, 2);
  const sources: Json[] = [];
  const items = tone === 'neutral' ? NEUTRAL : ADVERSE;
  const first = rng.int(0, items.length - 1);
  for (let i = 0; i < count; i++) {
    // Distinct stories: each article of a report is about something else.
    const item = items[(first + i) % items.length] as (typeof items)[number];
    const outlet = rng.pick(OUTLETS);
    const publishedAt = rng.date(START, until);
    const slug = item
      .title(name)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const [lo, hi] = tone === 'adverse' ? [70, 98] : tone === 'possible' ? [35, 60] : [5, 30];
    sources.push({
      consulted_by_agents: [],
      website: {
        index: i,
        title: item.title(name),
        url: `https://${outlet}/${publishedAt.slice(0, 4)}/${publishedAt.slice(5, 7)}/${slug}`,
        snippet: `… ${name} … ${item.topic} …`,
        summary:
          tone === 'neutral'
            ? `Coverage of ${name} without adverse findings.`
            : `Reports ${name} in connection with ${item.topic}.`,
        images: [],
        is_known_as_quality_source: rng.chance(0.7),
      },
      published_at: publishedAt,
      categories: tone === 'neutral' ? [item.topic] : ['adverse media', item.topic],
      relevance: rng.int(lo, hi) / 100,
    });
  }
  sources.sort((a, b) => String(b.published_at).localeCompare(String(a.published_at)));
  const summary =
    tone === 'adverse'
      ? `Adverse media found about ${name}: ${count} articles.`
      : tone === 'possible'
        ? `Possible adverse media about ${name}, to be reviewed.`
        : count
          ? `No adverse media found about ${name}.`
          : `Nothing found about ${name}.`;
  return { sources, summary };
}

/** The name a report about a customer searches for. */
export function customerName(c: Json): string {
  if (c.account_type === 'F' && c.company_name) return String(c.company_name);
  return [c.first_name, c.middle_name, c.last_name].filter(Boolean).join(' ') || String(c.external_id);
}

/** What the customer's flags say the press holds about it. */
export function customerTone(state: CustomerState): PressTone {
  if (state.flags.press_risk === true) return 'adverse';
  if (state.flags.may_be_press_risk === true) return 'possible';
  return 'neutral';
}

/** `metadata.input` of a report about a customer. */
export function customerSubject(state: CustomerState): Json {
  const c = state.customer;
  const countries = [
    ...new Set([...((c.domicile_codes as string[]) ?? []), ...((c.nationality_codes as string[]) ?? [])]),
  ];
  return {
    name: customerName(c),
    additional_info: { Entity: c.account_type === 'F' ? 2 : 1, CountryCodes: countries },
  };
}

/** A generator for one report's content, the same on every run. */
export function pressRandom(seed: number, key: string): Random {
  let h = seed * 97 + 11;
  for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return new Random(h);
}

/** A report that is done. */
export function readyReport(
  id: string,
  externalId: string,
  subject: Json,
  createdAt: string,
  content: {
    sources: Json[];
    summary: string;
  },
): PressReportState {
  return {
    report: {
      id,
      customer_external_id: externalId,
      status: 'ready',
      created_at: createdAt,
      completed_at: createdAt,
      general_summary: content.summary,
      general_sources: content.sources,
      metadata: { input: subject },
    },
    pending: null,
  };
}

/** A report just asked for: pending, its content held back until it is done. */
export function pendingReport(
  id: string,
  externalId: string,
  subject: Json,
  content: {
    sources: Json[];
    summary: string;
  },
): PressReportState {
  const now = new Date();
  return {
    report: {
      id,
      customer_external_id: externalId,
      status: 'pending',
      created_at: now.toISOString(),
      completed_at: '',
      general_summary: '',
      general_sources: [],
      metadata: { input: subject },
    },
    pending: { ...content, readsLeft: PRESS_PENDING_READS, readyAt: now.getTime() + PRESS_PENDING_MS },
  };
}

/** Every customer's standing report, done. */
export function seedPress(store: Store, seed: number): void {
  for (const [externalId, state] of store.customers) {
    const rng = pressRandom(seed, externalId);
    const subject = customerSubject(state);
    const createdAt = rng.date(new Date('2026-01-01T00:00:00Z'), END);
    const id = customerReportId(externalId);
    store.pressReports.set(
      id,
      readyReport(
        id,
        externalId,
        subject,
        createdAt,
        pressContent(rng, String(subject.name), customerTone(state), new Date(createdAt)),
      ),
    );
  }
}
