import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries/index.js';
import { ID_CHECK_LIMITS, PNG_SIGNATURE } from '../../algoreg/wire/vid.ts';
import { isCalendarDate } from '../../shared/calendar.ts';
import { addSessionEvent, DECISION_LABELS, languageName, SCENARIOS, syncVidFlags } from '../seed/vid.ts';
import type { Json, Store, StoredSession } from '../store.ts';
import { apiError, type RouteHandlers, type SandboxReply } from './types.ts';

/** Go!Vid (API.md §5.6; Create session full and the ID check's path and refusals assumed, see endpoints.ts). */
export function vidRoutes(): RouteHandlers {
  return {
    createSession: ({ body }, store) => createSession(store, (body ?? {}) as Json, false),
    createSessionFull: ({ body }, store) => createSession(store, (body ?? {}) as Json, true),

    getSession: ({ params }, store) => {
      const id = params.session_id ?? '';
      const stored = store.sessions.get(id);
      if (!stored) return apiError(404, 'session_not_found', 'Session not found');
      const answer = {
        session: stored.session,
        onboarding_customer: stored.onboardingCustomer,
        decisions: stored.decisions,
      };
      const json = structuredClone(answer);
      // Demo scenarios play themselves: the next read sees the next state, so a screen can watch.
      if (stored.advancesTo) advance(store, id, stored);
      return { json };
    },

    transactionalIdCheck: ({ body }) => idCheck((body ?? {}) as Json),
  };
}

const nowIso = () => new Date().toISOString();

function createSession(store: Store, b: Json, full: boolean): SandboxReply {
  for (const key of ['scenario_code', 'language'] as const) {
    if (typeof b[key] !== 'string' || !(b[key] as string).trim()) {
      return apiError(400, 'invalid_body', `${key} is mandatory`);
    }
  }
  const scenarioCode = b.scenario_code as string;
  const language = b.language as string;
  const scenario = SCENARIOS[scenarioCode];
  if (!scenario) return apiError(400, 'scenario_not_found', 'Unknown scenario_code');
  if (!scenario.languages.includes(language)) {
    return apiError(400, 'language_not_enabled', 'The language is not enabled in the scenario');
  }
  if (b.external_id !== undefined && typeof b.external_id !== 'string') {
    return apiError(400, 'invalid_body', 'external_id must be a string');
  }
  const externalId = (b.external_id as string | undefined) ?? '';
  const input = b.input_data;
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    return apiError(400, 'invalid_body', 'input_data must be an object');
  }
  if (full && !input) return apiError(400, 'invalid_body', 'input_data is mandatory');
  const data = (input ?? {}) as Json;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string')
      return apiError(400, 'invalid_input_data', `input_data.${key} must be a string`);
  }
  if (data.birthdate && !isCalendarDate(String(data.birthdate))) {
    return apiError(400, 'invalid_input_data', 'input_data.birthdate must be YYYY-MM-DD');
  }
  if (data.country && !countries.isValid(String(data.country))) {
    return apiError(400, 'invalid_input_data', 'input_data.country is not a country code');
  }

  const known = store.customers.get(externalId)?.customer;
  const from = (key: string, customerKey: string) =>
    typeof data[key] === 'string' ? data[key] : ((known?.[customerKey] as string | undefined) ?? '');
  const id = store.nextId('ses');
  const start = nowIso();
  store.sessions.set(id, {
    session: {
      external_id: externalId,
      scenario_ref: scenarioCode,
      scenario_id: scenario.id,
      scenario_revision_id: scenario.revision,
      date_start: start,
      consent_date: '',
      date_end: '',
      language: languageName(language),
      state: 'created',
    },
    onboardingCustomer: {
      external_id: externalId,
      firstname: from('firstname', 'first_name'),
      lastname: from('lastname', 'last_name'),
      phone: from('phone', 'phone'),
      birthdate: from('birthdate', 'date_of_birth'),
      address: from('address', ''),
      zip: from('zip', ''),
      country: from('country', ''),
      city: from('city', ''),
    },
    decisions: [],
    advancesTo: scenario.advancesTo ?? null,
  });
  addSessionEvent(store, id, 'vid_session_created', 'identity verification started', start);
  syncVidFlags(store, externalId);
  return {
    json: {
      session_id: id,
      customer_reference: externalId,
      start_date: Math.floor(Date.parse(start) / 1000),
    },
  };
}

const NEXT: Record<string, string> = { created: 'consented', consented: 'started', started: 'completed' };

/** One step on: created → consented → started → completed with its decision. */
function advance(store: Store, id: string, stored: StoredSession): void {
  const s = stored.session;
  const next = NEXT[String(s.state)];
  if (!next) return;
  const at = nowIso();
  s.state = next;
  if (next === 'consented') s.consent_date = at;
  if (next === 'completed') {
    s.date_end = at;
    const type = stored.advancesTo ?? 'POSITIVE';
    for (const d of stored.decisions) d.last = false;
    stored.decisions.push({
      id: stored.decisions.length + 1,
      comment: '',
      date: at,
      last: true,
      label: DECISION_LABELS[type] ?? type,
      type,
    });
    addSessionEvent(store, id, 'vid_session_decision', 'identity verification decided', at);
  }
  syncVidFlags(store, String(s.external_id));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** An image field decoded, or the refusal Algoreg would answer. */
function image(value: unknown, field: string): Buffer | SandboxReply {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) {
    return apiError(400, 'invalid_image', `${field} must be a base64-encoded image`);
  }
  const bytes = Buffer.from(value, 'base64');
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return apiError(400, 'invalid_image_format', `${field} must be a PNG image`);
  }
  if (bytes.length > ID_CHECK_LIMITS.imageBytes) {
    return apiError(400, 'image_too_large', `${field} is over ${ID_CHECK_LIMITS.imageBytes} bytes`);
  }
  return bytes;
}

const FIRST = ['Camille', 'Lucas', 'Emma', 'Noah', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy'];
const NATIONS = ['FRA', 'BEL', 'DEU', 'ESP', 'ITA', 'PRT', 'NLD', 'CHE'];

/** Transactional ID check: Algoreg's refusals, then scores and fields derived from the image bytes. */
function idCheck(b: Json): SandboxReply {
  const images: Buffer[] = [];
  const sides: Buffer[] = [];
  for (const key of ['base_64_encoded_front_image', 'base_64_encoded_back_image']) {
    if (b[key] === undefined || b[key] === null || b[key] === '') continue;
    const decoded = image(b[key], key);
    if (!Buffer.isBuffer(decoded)) return decoded;
    sides.push(decoded);
    images.push(decoded);
  }
  if (!sides.length) return apiError(400, 'missing_image', 'At least one side of the document is required');
  const faceList = b.base_64_encoded_face_images ?? [];
  if (!Array.isArray(faceList))
    return apiError(400, 'invalid_body', 'base_64_encoded_face_images must be a list');
  const faces: Buffer[] = [];
  for (const [i, f] of faceList.entries()) {
    const decoded = image(f, `base_64_encoded_face_images[${i}]`);
    if (!Buffer.isBuffer(decoded)) return decoded;
    faces.push(decoded);
    images.push(decoded);
  }
  const total = images.reduce((n, x) => n + x.length, 0);
  if (total > ID_CHECK_LIMITS.totalBytes) {
    return apiError(400, 'images_too_large', `The images total over ${ID_CHECK_LIMITS.totalBytes} bytes`);
  }
  if (b.watchlist_check !== undefined && typeof b.watchlist_check !== 'boolean') {
    return apiError(400, 'invalid_body', 'watchlist_check must be a boolean');
  }

  const hash = createHash('sha256');
  for (const s of sides) hash.update(s);
  const h = hash.digest();
  const score = 40 + (h.readUInt16BE(0) % 600) / 10;
  const first = FIRST[(h[2] ?? 0) % FIRST.length] as string;
  const last = LAST[(h[3] ?? 0) % LAST.length] as string;
  const nation = NATIONS[(h[8] ?? 0) % NATIONS.length] as string;
  const pad = (n: number) => String(n).padStart(2, '0');
  let facematch: number | null = null;
  if (faces.length) {
    const fh = createHash('sha256')
      .update(faces[0] as Buffer)
      .update(h)
      .digest();
    facematch = 50 + (fh.readUInt16BE(0) % 500) / 10;
  }
  const ok = (pass: boolean) => (pass ? 'OK' : 'KO');
  return {
    json: {
      algoreg_score: score,
      facematch_score: facematch,
      extracted_info: {
        document_type: sides.length === 2 ? 'ID_CARD' : 'PASSPORT',
        document_number: h.subarray(9, 14).toString('hex').toUpperCase(),
        first_name: first,
        last_name: last,
        birth_date: `${1950 + ((h[4] ?? 0) % 55)}-${pad(1 + ((h[5] ?? 0) % 12))}-${pad(1 + ((h[6] ?? 0) % 28))}`,
        sex: (h[7] ?? 0) % 2 ? 'F' : 'M',
        nationality: nation,
        issuing_country: nation,
        expiry_date: `${2027 + ((h[14] ?? 0) % 9)}-${pad(1 + ((h[15] ?? 0) % 12))}-01`,
      },
      controls: [
        { code: 'mrz_checksum', label: 'MRZ checksums are valid', result: ok((h[16] ?? 0) % 10 !== 0) },
        { code: 'document_expiry', label: 'The document has not expired', result: 'OK' },
        { code: 'image_quality', label: 'The images are sharp and complete', result: ok(score >= 55) },
        ...(facematch === null
          ? []
          : [{ code: 'facematch', label: 'The face matches the document', result: ok(facematch >= 70) }]),
      ],
      watchlist_matches:
        b.watchlist_check === true && (h[17] ?? 0) % 3 === 0
          ? [
              {
                name: `${first} ${last}`.toUpperCase(),
                score: 80 + ((h[18] ?? 0) % 20),
                list_name: 'EU Consolidated Sanctions',
              },
            ]
          : [],
    },
  };
}
