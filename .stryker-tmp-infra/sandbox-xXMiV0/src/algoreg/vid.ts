// @ts-nocheck
import { type Caller, nullIfNotFound } from './caller.ts';
import { type BodyPiece, base64JsonBody } from './json-body.ts';
import {
  type IdCheckInput,
  idCheckResult,
  type Session,
  type StartSessionInput,
  sessionCreated,
  sessionDetails,
  timelineSessionLinks,
} from './wire/vid.ts';

/** Timeline page size when looking for a customer's sessions, and how many pages at most. */
const TIMELINE_PAGE = 200;
const TIMELINE_PAGES = 5;

/** Typed calls of Go!Vid (API.md §5.6). */
export function vidCalls(c: Caller) {
  const origin = vidOrigin(c.config.baseUrl);

  const get = async (sessionId: string): Promise<Session | null> => {
    const details = await nullIfNotFound(
      c.http.json('getSession', sessionDetails, { params: { session_id: sessionId }, trace: c.trace }),
    );
    return details && { sessionId, ...details };
  };

  return {
    /** Get session details; null when Algoreg has no such session. */
    get,

    /** Many sessions: Algoreg has no batch read, so concurrent GETs under the configured cap. */
    getMany: (sessionIds: readonly string[]) => c.batch('getSession', sessionIds, get),

    /**
     * The ids of a customer's sessions, newest first, from its timeline (Get customer events): the
     * only place Algoreg is assumed to link them. Reads at most 1,000 events.
     */
    customerSessionIds: async (externalId: string): Promise<string[]> => {
      const ids = new Set<string>();
      for (let page = 0; page < TIMELINE_PAGES; page++) {
        const offset = page * TIMELINE_PAGE;
        const res = await c.http.json('getCustomerEvents', timelineSessionLinks, {
          params: { customer_external_id: externalId },
          query: { limit: TIMELINE_PAGE, offset },
          trace: c.trace,
        });
        for (const id of res.sessionIds) ids.add(id);
        if (res.count < TIMELINE_PAGE || (res.total !== null && offset + TIMELINE_PAGE >= res.total)) break;
      }
      return [...ids];
    },

    /**
     * Generate a session, or Create session full when onboarding data is given. A write: sent
     * once, never retried.
     */
    start: (input: StartSessionInput) =>
      c.http.json(input.person ? 'createSessionFull' : 'createSession', sessionCreated, {
        body: startBody(input),
        trace: c.trace,
      }),

    /**
     * Transactional ID check. The images are base64-encoded on the way out into a streamed JSON
     * body, so neither they nor the body are held whole; sent once, never retried.
     */
    checkIdentityDocument: (input: IdCheckInput) =>
      c.http.json('transactionalIdCheck', idCheckResult, { jsonStream: idCheckBody(input), trace: c.trace }),

    /** Where to send the person: the Go!Vid page of the session (G-vid). */
    sessionUrl: (sessionId: string) => `${origin}/?session_id=${encodeURIComponent(sessionId)}`,

    /** The same page for an iframe, which then posts `end_session` / `reload` message events. */
    iframeUrl: (sessionId: string) =>
      `${origin}/?session_id=${encodeURIComponent(sessionId)}&iframe_callback=1`,
  };
}

export type VidCalls = ReturnType<typeof vidCalls>;

/**
 * The Go!Vid host that goes with the API host: `api.{instance}.algoreg.com` →
 * `vid.{instance}.algoreg.com` (API.md §1.1); `vid.algoreg.com` otherwise (also for the sandbox).
 */
export function vidOrigin(apiBaseUrl: string | undefined): string {
  let host = '';
  try {
    host = apiBaseUrl ? new URL(apiBaseUrl).hostname : '';
  } catch {
    // not a URL: the default host
  }
  const m = /^api((?:\.[a-z0-9-]+)?)\.algoreg\.com$/i.exec(host);
  return `https://vid${m?.[1] ?? ''}.algoreg.com`;
}

function startBody(input: StartSessionInput) {
  const p = input.person;
  return {
    scenario_code: input.scenarioCode,
    language: input.language,
    external_id: input.customerExternalId,
    input_data: p && {
      firstname: p.firstName,
      lastname: p.lastName,
      phone: p.phone,
      birthdate: p.birthDate,
      address: p.address,
      zip: p.zip,
      country: p.country,
      city: p.city,
    },
  };
}

/**
 * The ID check body `{"base_64_encoded_front_image":"…", …}`, in pieces. Only the sides and faces
 * given are written.
 */
function idCheckBody(input: IdCheckInput) {
  const pieces: BodyPiece[] = [];
  const key = (name: string) => `${pieces.length ? ',' : '{'}${JSON.stringify(name)}:`;
  if (input.front) pieces.push(key('base_64_encoded_front_image'), input.front);
  if (input.back) pieces.push(key('base_64_encoded_back_image'), input.back);
  if (input.faces?.length) {
    pieces.push(`${key('base_64_encoded_face_images')}[`);
    input.faces.forEach((face, i) => {
      pieces.push(...(i ? [',', face] : [face]));
    });
    pieces.push(']');
  }
  if (input.watchlistCheck !== undefined) pieces.push(`${key('watchlist_check')}${input.watchlistCheck}`);
  pieces.push(pieces.length ? '}' : '{}');
  return base64JsonBody(pieces);
}
