import { type Caller, nullIfNotFound } from './caller.ts';
import { type BodyPiece, base64JsonBody } from './json-body.ts';
import { readPages } from './paging.ts';
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
  // A connection exists only with a valid base URL (client.ts refuses one without, http.ts parses it).
  const origin = vidOrigin(String(c.config.baseUrl));

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
      await readPages(
        TIMELINE_PAGE,
        async (page) => {
          const res = await c.http.json('getCustomerEvents', timelineSessionLinks, {
            params: { customer_external_id: externalId },
            query: page,
            trace: c.trace,
          });
          for (const id of res.sessionIds) ids.add(id);
          return res;
        },
        TIMELINE_PAGES,
      );
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
export function vidOrigin(apiBaseUrl: string): string {
  const m = /^api((?:\.[a-z0-9-]+)?)\.algoreg\.com$/i.exec(new URL(apiBaseUrl).hostname);
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
  const fields: BodyPiece[][] = [];
  if (input.front) fields.push(['"base_64_encoded_front_image":', input.front]);
  if (input.back) fields.push(['"base_64_encoded_back_image":', input.back]);
  if (input.faces?.length)
    fields.push(['"base_64_encoded_face_images":[', ...commaSeparated(input.faces.map((f) => [f])), ']']);
  if (input.watchlistCheck !== undefined) fields.push([`"watchlist_check":${input.watchlistCheck}`]);
  return base64JsonBody(['{', ...commaSeparated(fields), '}']);
}

/** The pieces of JSON values, a comma between each two. */
const commaSeparated = (values: readonly BodyPiece[][]): BodyPiece[] =>
  values.flatMap((value, i) => (i ? [',', ...value] : value));
