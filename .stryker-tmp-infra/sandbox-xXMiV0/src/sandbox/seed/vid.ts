// @ts-nocheck
import { Random } from '../random.ts';
import type { Json, Store, StoredSession } from '../store.ts';

/** A Go!Vid scenario the sandbox knows: its ids, the languages it enables, and for demos its outcome. */
export interface Scenario {
  id: number;
  revision: number;
  languages: readonly string[];
  /** Demo scenarios: a session moves one state on after each read and ends with this decision type. */
  advancesTo?: 'POSITIVE' | 'NEGATIVE' | 'MANUAL_REVIEW';
}

const DEMO_LANGUAGES = ['en-US', 'fr-FR'];

export const SCENARIOS: Record<string, Scenario> = {
  KYC_STANDARD: { id: 11, revision: 3, languages: ['fr-FR', 'en-US', 'en-GB', 'de-DE', 'es-ES', 'it-IT'] },
  KYC_LIGHT: { id: 12, revision: 1, languages: ['fr-FR', 'en-US'] },
  SANDBOX_AUTO_PASS: { id: 91, revision: 1, languages: DEMO_LANGUAGES, advancesTo: 'POSITIVE' },
  SANDBOX_AUTO_FAIL: { id: 92, revision: 1, languages: DEMO_LANGUAGES, advancesTo: 'NEGATIVE' },
  SANDBOX_AUTO_REVIEW: { id: 93, revision: 1, languages: DEMO_LANGUAGES, advancesTo: 'MANUAL_REVIEW' },
};

/** Decision labels per type: Algoreg's are client-defined in the backoffice; `PASS` is its example. */
export const DECISION_LABELS: Record<string, string> = {
  POSITIVE: 'PASS',
  NEGATIVE: 'FAIL',
  MANUAL_REVIEW: 'REVIEW',
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Get session details gives the language's display name, e.g. "English (United States)". */
export const languageName = (tag: string) => LANGUAGE_NAMES.of(tag) ?? tag;

/** The Go!Vid page of a session, as a timeline event links it. */
export const sessionPage = (id: string) => `https://vid.algoreg.com/?session_id=${encodeURIComponent(id)}`;

/** Puts a session event on its customer's timeline, kept oldest first. */
export function addSessionEvent(
  store: Store,
  sessionId: string,
  type: string,
  title: string,
  at: string,
): void {
  const externalId = String(store.sessions.get(sessionId)?.session.external_id ?? '');
  const c = store.customers.get(externalId);
  if (!c) return;
  c.events.push({
    ID: store.nextId('evt'),
    AgentID: 0,
    ClientID: 1,
    CreatedAt: at,
    CustomerExternalID: externalId,
    Description: `Go!Vid session ${sessionId}`,
    EventType: type,
    ParentID: '',
    Title: title,
    Url: sessionPage(sessionId),
  });
  c.events.sort((a, b) => String(a.CreatedAt).localeCompare(String(b.CreatedAt)));
}

/** The customer's `vid_*` flags, from its newest session. */
export function syncVidFlags(store: Store, externalId: string): void {
  const c = store.customers.get(externalId);
  if (!c) return;
  const mine = [...store.sessions.values()]
    .filter((s) => s.session.external_id === externalId)
    .sort((a, b) => String(a.session.date_start).localeCompare(String(b.session.date_start)));
  const newest = mine[mine.length - 1];
  if (!newest) return;
  const lastType = (s: StoredSession) => s.decisions.find((d) => d.last)?.type;
  const state = String(newest.session.state);
  c.flags.vid_success = mine.some((s) => s.session.state === 'completed' && lastType(s) === 'POSITIVE');
  c.flags.vid_failed = state === 'completed' && lastType(newest) === 'NEGATIVE';
  c.flags.vid_in_progress = ['created', 'consented', 'started'].includes(state);
  c.flags.vid_outdated = state === 'expired';
}

const COMMENTS: Record<string, string[]> = {
  POSITIVE: ['Document and face match.', ''],
  NEGATIVE: ['Document photo does not match the person.', 'Document expired.'],
  MANUAL_REVIEW: ['Glare on the document: an agent must check it.', 'Low face match score.'],
};

interface Plan {
  customer: string | null;
  state: string;
  decisions?: string[];
  scenario?: string;
}

/**
 * Sessions every example and test can rely on: one in each state, each decision type, a decision
 * history, an orphan session, and `ses-0009`, which moves on by itself after each read.
 */
const KNOWN: Plan[] = [
  { customer: 'C-0001', state: 'completed', decisions: ['MANUAL_REVIEW', 'POSITIVE'] },
  { customer: 'C-0002', state: 'created' },
  { customer: 'C-0003', state: 'consented' },
  { customer: 'C-0005', state: 'started' },
  { customer: 'C-0006', state: 'completed', decisions: ['NEGATIVE'] },
  { customer: 'C-0007', state: 'completed', decisions: ['MANUAL_REVIEW'] },
  { customer: 'C-0001', state: 'expired' },
  { customer: null, state: 'started' },
  { customer: 'C-0009', state: 'created', scenario: 'SANDBOX_AUTO_PASS' },
];

const STATES = ['created', 'consented', 'started', 'completed', 'completed', 'completed', 'expired'];
const TYPES = ['POSITIVE', 'POSITIVE', 'NEGATIVE', 'MANUAL_REVIEW'];
const START = new Date('2024-01-01T00:00:00Z');
const END = new Date('2026-10-31T00:00:00Z');
const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

/** Go!Vid sessions `ses-0001`…: the known ones above, then some for other individuals. */
export function seedSessions(store: Store, seed: number, count = 80): void {
  const rng = new Random(seed + 11);
  const people = [...store.customers.values()]
    .filter((c) => c.customer.account_type === 'N')
    .map((c) => String(c.customer.external_id));
  for (let k = 1; k <= count; k++) {
    const plan: Plan = KNOWN[k - 1] ?? {
      customer: rng.chance(0.9) ? rng.pick(people) : null,
      state: rng.pick(STATES),
    };
    if (plan.state === 'completed' && !plan.decisions) plan.decisions = [rng.pick(TYPES)];
    const scenarioCode = plan.scenario ?? rng.pick(['KYC_STANDARD', 'KYC_STANDARD', 'KYC_LIGHT']);
    const scenario = SCENARIOS[scenarioCode] as Scenario;
    const customer = plan.customer ? store.customers.get(plan.customer)?.customer : undefined;
    // The expired session of C-0001 predates its completed one.
    const start = k === 7 ? '2024-02-01T09:00:00.000Z' : new Date(rng.date(START, END)).toISOString();
    const consented = plan.state !== 'created' && plan.state !== 'expired';
    const ended = plan.state === 'completed' || plan.state === 'expired';
    const id = `ses-${String(k).padStart(4, '0')}`;
    const session: Json = {
      external_id: plan.customer ?? '',
      scenario_ref: scenarioCode,
      scenario_id: scenario.id,
      scenario_revision_id: scenario.revision,
      date_start: start,
      consent_date: consented ? hours(start, 0.1) : '',
      date_end: ended ? hours(start, plan.state === 'expired' ? 72 : 0.5) : '',
      language: languageName(rng.pick(scenario.languages)),
      state: plan.state,
    };
    const decisions = (plan.decisions ?? []).map((type, i, all) => ({
      id: k * 10 + i + 1,
      comment: rng.pick(COMMENTS[type] ?? ['']),
      date: hours(start, 1 + 24 * i),
      last: i === all.length - 1,
      label: DECISION_LABELS[type],
      type,
    }));
    store.sessions.set(id, {
      session,
      onboardingCustomer: {
        external_id: plan.customer ?? '',
        firstname: customer?.first_name ?? '',
        lastname: customer?.last_name ?? '',
        phone: customer?.phone ?? '',
        birthdate: customer?.date_of_birth ?? '',
        address: customer ? `${rng.int(1, 120)} rue de la Paix` : '',
        zip: customer ? String(rng.int(10000, 95999)) : '',
        country: customer ? 'FR' : '',
        city: customer ? 'Paris' : '',
      },
      decisions,
      advancesTo: scenario.advancesTo ?? null,
    });
    addSessionEvent(store, id, 'vid_session_created', 'identity verification started', start);
  }
  const withSessions = new Set([...store.sessions.values()].map((s) => String(s.session.external_id)));
  for (const externalId of withSessions) syncVidFlags(store, externalId);
}
