import { z } from 'zod';
import type { UploadBytes } from '../json-body.ts';
import { flag, idLike, int, list, num, optId, text } from './common.ts';

/** Go!Vid JSON as Algoreg sends it (API.md §5.6), mapped once to camelCase DTOs. */

/** Session states the gateway knows. Only `completed` is documented; the rest follow the webhook triggers. */
export const SESSION_STATES = ['CREATED', 'CONSENTED', 'STARTED', 'COMPLETED', 'EXPIRED'] as const;
export type SessionState = (typeof SESSION_STATES)[number] | 'OTHER';

/** Decision types. `POSITIVE` is documented; decisions are client-defined in the backoffice (G-vid). */
export const DECISION_TYPES = ['POSITIVE', 'NEGATIVE', 'MANUAL_REVIEW'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number] | 'OTHER';

/** Raw spellings read as each state: the webhook names its triggers opened / consented / started / finished. */
const STATE_BY_RAW: Record<string, SessionState> = {
  created: 'CREATED',
  opened: 'CREATED',
  new: 'CREATED',
  consented: 'CONSENTED',
  started: 'STARTED',
  scenario_started: 'STARTED',
  in_progress: 'STARTED',
  completed: 'COMPLETED',
  finished: 'COMPLETED',
  scenario_finished: 'COMPLETED',
  expired: 'EXPIRED',
};

const DECISION_BY_RAW: Record<string, DecisionType> = {
  positive: 'POSITIVE',
  negative: 'NEGATIVE',
  manual_review: 'MANUAL_REVIEW',
  review: 'MANUAL_REVIEW',
  manual: 'MANUAL_REVIEW',
};

/** `In Progress`, ` in-progress `, `in  progress` → `in_progress`: spaces around are stripped as `_`. */
const constant = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** A state Algoreg may extend: an unknown one reads as OTHER, its raw form kept beside it. */
export const readSessionState = (raw: string | null): SessionState =>
  raw ? (STATE_BY_RAW[constant(raw)] ?? 'OTHER') : 'OTHER';

const readDecisionType = (raw: string | null): DecisionType =>
  raw ? (DECISION_BY_RAW[constant(raw)] ?? 'OTHER') : 'OTHER';

/**
 * A date the docs do not type: Generate a session answers unix seconds, details may send ISO text.
 * Kept as sent (absent, null and "" all read as no date where it is shown: `toDateTime`).
 */
const moment = z.union([z.string(), z.number()]).nullish();

/** Text Algoreg may send as a number (zip codes, ids). */
const textLike = optId;

const decision = z
  .object({
    id: optId,
    comment: text,
    date: moment,
    last: flag,
    label: text,
    type: text,
  })
  .transform((d) => ({
    id: d.id,
    comment: d.comment,
    date: d.date,
    last: d.last ?? false,
    label: d.label,
    type: readDecisionType(d.type),
    rawType: d.type,
  }));

const onboardingCustomer = z
  .object({
    external_id: optId,
    firstname: text,
    lastname: text,
    phone: text,
    birthdate: text,
    address: text,
    zip: textLike,
    country: text,
    city: text,
  })
  .transform((p) => ({
    externalId: p.external_id,
    firstName: p.firstname,
    lastName: p.lastname,
    phone: p.phone,
    birthDate: p.birthdate,
    address: p.address,
    zip: p.zip,
    country: p.country,
    city: p.city,
  }));

/** Get session details: `{session, onboarding_customer, decisions}`; the session's own id is not in it. */
export const sessionDetails = z
  .object({
    session: z
      .object({
        external_id: optId,
        scenario_ref: text,
        scenario_id: int,
        scenario_revision_id: int,
        date_start: moment,
        consent_date: moment,
        date_end: moment,
        language: text,
        state: text,
      })
      .nullish(),
    onboarding_customer: onboardingCustomer.nullish(),
    decisions: list(decision),
  })
  .transform(({ session: s, onboarding_customer, decisions }) => ({
    customerExternalId: s?.external_id ?? onboarding_customer?.externalId ?? null,
    scenarioCode: s?.scenario_ref ?? null,
    scenarioId: s?.scenario_id ?? null,
    scenarioRevisionId: s?.scenario_revision_id ?? null,
    startedAt: s?.date_start ?? null,
    consentedAt: s?.consent_date ?? null,
    endedAt: s?.date_end ?? null,
    language: s?.language ?? null,
    state: readSessionState(s?.state ?? null),
    rawState: s?.state ?? null,
    onboardingCustomer: onboarding_customer ?? null,
    decisions,
  }));

/** Generate a session (and, assumed, Create session full): `{session_id, customer_reference, start_date}`. */
export const sessionCreated = z
  .object({ session_id: idLike, customer_reference: text, start_date: moment })
  .transform((r) => ({
    sessionId: r.session_id,
    customerReference: r.customer_reference,
    startDate: r.start_date,
  }));

const control = z
  .object({ code: text, label: text, result: text })
  .transform((c) => ({ code: c.code, label: c.label, result: c.result }));

const watchlistMatch = z
  .object({ name: text, score: num, list_name: text })
  .transform((m) => ({ name: m.name, score: m.score, listName: m.list_name }));

const field = (info: Record<string, unknown>, key: string): string | null => {
  const v = info[key];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v ? v : null;
};

/**
 * Transactional ID check answer. `algoreg_score`, `extracted_info` and `facematch_score` are
 * documented; `extracted_info` is an object of unshown shape, so its keys are assumed (see
 * endpoints.ts) and the whole object is kept too; `controls` and `watchlist_matches` are assumed.
 */
export const idCheckResult = z
  .object({
    algoreg_score: num,
    facematch_score: num,
    extracted_info: z.record(z.string(), z.unknown()).nullish(),
    controls: list(control),
    watchlist_matches: list(watchlistMatch),
  })
  .transform((r) => {
    const info = r.extracted_info ?? {};
    return {
      score: r.algoreg_score,
      facematchScore: r.facematch_score,
      extracted: {
        documentType: field(info, 'document_type'),
        documentNumber: field(info, 'document_number'),
        firstName: field(info, 'first_name'),
        lastName: field(info, 'last_name'),
        birthDate: field(info, 'birth_date'),
        sex: field(info, 'sex'),
        nationality: field(info, 'nationality'),
        issuingCountry: field(info, 'issuing_country'),
        expiryDate: field(info, 'expiry_date'),
      },
      extractedInfo: info,
      controls: r.controls,
      watchlistMatches: r.watchlist_matches,
    };
  });

/**
 * The session ids a page of a customer's timeline (Get customer events) links to. Algoreg has no
 * "sessions of a customer" read; assumed: a Go!Vid event's `Url` is the session page
 * `…?session_id=<id>`. Only the keys this needs are read (the PascalCase of that answer).
 */
export const timelineSessionLinks = z
  .object({
    items: list(z.object({ Url: text, EventType: text })),
    total: int,
  })
  .transform((page) => ({
    count: page.items.length,
    total: page.total,
    sessionIds: page.items.flatMap((e) => {
      const id = sessionIdInUrl(e.Url);
      return id ? [id] : [];
    }),
  }));

/** The `session_id` of a url; null without one, or when the text is no url (`String(null)` is none). */
function sessionIdInUrl(url: string | null): string | null {
  return URL.parse(String(url))?.searchParams.get('session_id') || null;
}

export type SessionDetails = z.output<typeof sessionDetails>;
/** A session with its id (Get session details does not repeat it). */
export type Session = SessionDetails & { sessionId: string };
export type SessionDecision = SessionDetails['decisions'][number];
export type OnboardingCustomer = NonNullable<SessionDetails['onboardingCustomer']>;
export type SessionCreated = z.output<typeof sessionCreated>;
export type IdCheckResult = z.output<typeof idCheckResult>;

/** The onboarding data of a session (`input_data`), camelCase. */
export interface OnboardingInput {
  firstName?: string;
  lastName?: string;
  phone?: string;
  /** `YYYY-MM-DD`. */
  birthDate?: string;
  address?: string;
  zip?: string;
  country?: string;
  city?: string;
}

/** Input of Generate a session; with `person`, Create session full is used. */
export interface StartSessionInput {
  scenarioCode: string;
  /** Language tag enabled in the scenario, e.g. `fr-FR`. */
  language: string;
  /** The customer's external id; without it Algoreg creates an orphan session. */
  customerExternalId?: string;
  person?: OnboardingInput;
}

/** The bytes of an image to check (sent base64-encoded in a streamed body). */
export type ImageBytes = UploadBytes;

/** Input of the Transactional ID check: PNG images, streamed base64 into the body. */
export interface IdCheckInput {
  front?: ImageBytes;
  back?: ImageBytes;
  faces?: ImageBytes[];
  /** Also run the watchlist spot-check. */
  watchlistCheck?: boolean;
}

/**
 * Algoreg's image limits for the ID check (API.md §5.6): PNG only, at most 1 MB an image and 5 MB
 * in all, at least one side. "MB" is read as MiB of decoded image bytes (assumed). Shared with the
 * sandbox, which refuses the same.
 */
export const ID_CHECK_LIMITS = { imageBytes: 1024 * 1024, totalBytes: 5 * 1024 * 1024 } as const;

/** The first eight bytes of every PNG file. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
