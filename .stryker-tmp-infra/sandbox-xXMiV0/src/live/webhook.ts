// @ts-nocheck
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Route } from '../gateway.ts';
import { decode, type Envelope, envelope } from './events.ts';
import type { Live } from './live.ts';
import type { LiveMetrics } from './metrics.ts';

export const WEBHOOK_PATH = '/webhooks/algoreg';

const reply = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `POST /webhooks/algoreg`: Algoreg's webhooks (API.md §6). Refuses a missing or wrong token (401,
 * compared as digests in constant time), a body over `WEBHOOK_MAX_BYTES` (413) or one that is not
 * an envelope (400, nothing published); answers 202 at once and does the work after: drops an
 * event id seen within the window (Algoreg may deliver twice), evicts what the event changed from
 * the cache, then publishes to subscribers. Logs the event's id, code and source, never `data`.
 */
export function webhookRoute(live: Live, maxBytes: number, logger: Logger, metrics?: LiveMetrics): Route {
  const log = logger.child({ component: 'webhooks' });
  const refuse = (status: number, body: unknown) => {
    metrics?.webhook('refused');
    return reply(status, body);
  };
  const expected = live.webhookToken === undefined ? undefined : digest(live.webhookToken);
  return async (request) => {
    if (new URL(request.url).pathname !== WEBHOOK_PATH) return undefined;
    if (request.method !== 'POST') return reply(405, { error: 'POST only' });
    if (!expected || !authorized(request.headers.get('authorization'), expected)) {
      log.warn('webhook refused: missing or wrong token');
      return refuse(401, { error: 'missing or invalid Authorization token' });
    }
    const body = await readLimited(request, maxBytes);
    if (body === TOO_LARGE) return refuse(413, { error: `body over ${maxBytes} bytes` });
    let event: Envelope;
    try {
      const parsed = envelope.safeParse(JSON.parse(body));
      if (!parsed.success) {
        // Paths only: values may be customer data.
        const at = parsed.error.issues.map((i) => i.path.join('.') || '(root)').slice(0, 5);
        log.warn({ issuesAt: at }, 'webhook refused: not an Algoreg envelope');
        return refuse(400, { error: 'not an Algoreg webhook envelope', at });
      }
      event = parsed.data;
    } catch {
      log.warn('webhook refused: body is not JSON');
      return refuse(400, { error: 'body is not JSON' });
    }
    // Algoreg only needs to know it arrived; eviction and publishing happen after the answer.
    setImmediate(() => {
      handle(live, event, log)
        .then((outcome) => metrics?.webhook(outcome))
        .catch((err: unknown) => log.error({ err }, 'webhook handling failed'));
    });
    return reply(202, { accepted: event.event_id });
  };
}

/** `Authorization: <token>` as Algoreg sends it; `Bearer <token>` is taken too. */
function authorized(header: string | null, expected: Buffer): boolean {
  const given = (header ?? '').trim();
  const bare = given.startsWith('Bearer ') ? given.slice(7).trim() : given;
  // Both compared, always, so timing does not say which form matched.
  const a = timingSafeEqual(digest(given), expected);
  const b = timingSafeEqual(digest(bare), expected);
  return given.length > 0 && (a || b);
}

const TOO_LARGE = Symbol('too large');

/** The body as text, or TOO_LARGE as soon as it passes the limit (never buffered past it). */
async function readLimited(request: Request, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return TOO_LARGE;
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(
  live: Live,
  event: Envelope,
  log: Logger,
): Promise<'handled' | 'duplicate' | 'ignored'> {
  const fields = { eventId: event.event_id, eventCode: event.event_code, eventSource: event.event_source };
  if (!(await live.firstDelivery(event.event_id))) {
    log.info({ ...fields, duplicate: true }, 'webhook dropped: event already received');
    return 'duplicate';
  }
  const decoded = decode(event);
  if (!decoded) {
    log.info(fields, 'webhook ignored: event code not handled');
    return 'ignored';
  }
  // Evicted first, so a subscriber loading the entity on the event reads it fresh.
  await live.cache?.evict(decoded.evict);
  for (const e of decoded.publish) live.publish(e);
  log.info(
    { ...fields, evicted: decoded.evict.length, published: decoded.publish.length },
    'webhook handled',
  );
  return 'handled';
}
