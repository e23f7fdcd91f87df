import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { endpoints, type OperationName, routeKey } from '../algoreg/endpoints.ts';
import { customerReportId } from '../algoreg/wire/press.ts';
import { SANDBOX_CREDENTIALS, SANDBOX_SECOND_CREDENTIALS } from '../config.ts';
import { backOfficeRoutes } from './back-office.ts';
import { type Fault, FaultController } from './faults.ts';
import { chatRoutes } from './routes/chat.ts';
import { customerRoutes } from './routes/customer.ts';
import { documentRoutes } from './routes/document.ts';
import { kytRoutes } from './routes/kyt.ts';
import { finishIfDue, pressRoutes } from './routes/press.ts';
import { riskRoutes } from './routes/risk.ts';
import { scanRoutes } from './routes/scan.ts';
import { apiError, type Handler, type RouteHandlers, type SandboxReply } from './routes/types.ts';
import { vidRoutes } from './routes/vid.ts';
import { type SeedOptions, seedStore } from './seed/all.ts';
import { PRESS_PENDING_MS } from './seed/press.ts';
import type { Store } from './store.ts';
import {
  changesOf,
  customersUpdated,
  WebhookSender as Sender,
  systemSource,
  type WebhookSender,
  type WebhookTarget,
} from './webhooks.ts';

export interface SandboxOptions {
  /** Port to listen on; 0 picks a free one. Default 0. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  seed?: SeedOptions;
  /** Faults active from the start. */
  faults?: Fault[];
  /** Latency added to every API call, in ms. Default 0. */
  latencyMs?: number;
  /** Where to send webhooks when data changes, and the token; also settable later. */
  webhook?: WebhookTarget | undefined;
}

export interface SandboxStats {
  calls: number;
  byRoute: Record<string, number>;
  /** Most calls of a route that were in flight at once: proves concurrency. */
  maxInFlight: Record<string, number>;
}

export interface Sandbox {
  url: string;
  port: number;
  store(): Store;
  stats(): SandboxStats;
  /** Zeroes the counters, clears faults and restores the seeded data. */
  reset(): void;
  faults: FaultController;
  /** Makes every issued token invalid, as if they had expired. */
  revokeTokens(): void;
  /** The webhooks it sends when its data changes (`configure()` to point them somewhere). */
  webhooks: WebhookSender;
  close(): Promise<void>;
}

/** Every product's handlers, keyed by operation name. */
function allHandlers(): RouteHandlers {
  return {
    ...customerRoutes(),
    ...documentRoutes(),
    ...scanRoutes(),
    ...riskRoutes(),
    ...pressRoutes(),
    ...vidRoutes(),
    ...chatRoutes(),
    ...kytRoutes(),
  };
}

const TOKEN_TTL_S = 3600;

/**
 * The embedded Algoreg sandbox: a real HTTP server implementing the endpoint table with seeded
 * data, Algoreg-like authentication and errors, call counters and fault injection.
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  let store = seedStore(options.seed);
  const tokens = new Map<string, number>();
  const faults = new FaultController(options.faults ?? [], options.latencyMs ?? 0);
  let stats: SandboxStats = { calls: 0, byRoute: {}, maxInFlight: {} };
  const inFlight: Record<string, number> = {};
  // The last JSON body each route received (token calls and large bodies left out), so contract
  // tests can hold what the gateway sends against Algoreg's documents: `GET /__sandbox/requests`.
  let lastBodies: Record<string, unknown> = {};
  // The last W3C `traceparent` header each route received, so tests see the gateway's trace
  // context reach Algoreg: `GET /__sandbox/traceparents`.
  let lastTraceparents: Record<string, string> = {};
  // The last query string each route received, parsed: `GET /__sandbox/queries`.
  let lastQueries: Record<string, Record<string, string>> = {};
  const webhooks = new Sender(options.webhook);
  /** Users the sandbox accepts: its own, and a second one for tests of several credentials. */
  const users = new Map<string, string>(
    [SANDBOX_CREDENTIALS, SANDBOX_SECOND_CREDENTIALS].map((c) => [c.user, c.key]),
  );

  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024, forceCloseConnections: true });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  const authorized = (req: FastifyRequest): boolean => {
    const h = req.headers.authorization ?? '';
    if (h.startsWith('Bearer ')) {
      const expires = tokens.get(h.slice(7));
      return expires !== undefined && expires > Date.now();
    }
    if (h.startsWith('Basic ')) {
      const [user, key] = Buffer.from(h.slice(6), 'base64').toString().split(':');
      return user !== undefined && key !== undefined && users.get(user) === key;
    }
    return false;
  };

  const send = (reply: FastifyReply, r: SandboxReply) => {
    reply.status(r.status ?? 200);
    for (const [k, v] of Object.entries(r.headers ?? {})) reply.header(k, v);
    if (r.raw) return reply.type(r.contentType ?? 'application/octet-stream').send(r.raw);
    if (r.json === undefined) return reply.send();
    return reply.type('application/json').send(JSON.stringify(r.json));
  };

  const handlers = allHandlers();
  const registered = new Set<string>();
  for (const name of Object.keys(endpoints) as OperationName[]) {
    const key = routeKey(name);
    if (registered.has(key)) continue; // two Message operations share Go!Chat's routes
    registered.add(key);
    const e = endpoints[name];
    const handler: Handler | undefined = name === 'token' ? undefined : handlers[name];
    app.route({
      method: e.method,
      url: e.path.replace(/\{(\w+)\}/g, ':$1'),
      handler: async (req, reply) => {
        stats.calls += 1;
        stats.byRoute[key] = (stats.byRoute[key] ?? 0) + 1;
        inFlight[key] = (inFlight[key] ?? 0) + 1;
        stats.maxInFlight[key] = Math.max(stats.maxInFlight[key] ?? 0, inFlight[key]);
        const traceparent = req.headers.traceparent;
        if (typeof traceparent === 'string') lastTraceparents[key] = traceparent;
        try {
          // Recorded before any fault answers, so a test sees what was sent whatever came back.
          const query = req.query as Record<string, string>;
          if (Object.keys(query).length) lastQueries[key] = query;
          const body = parseJson(req.body as Buffer | undefined);
          if (
            name !== 'token' &&
            body !== undefined &&
            body !== INVALID &&
            (req.body as Buffer).length <= 1024 * 1024
          )
            // A copy: routes may change what they were given (a participant's resolved ids).
            lastBodies[key] = structuredClone(body);
          const handled = await faults.apply(key, req, reply);
          if (handled) return reply;
          if (body === INVALID) return send(reply, apiError(400, 'invalid_json', 'Body is not valid JSON'));
          if (name === 'token') return send(reply, issueToken(body));
          if (!authorized(req))
            return send(reply, apiError(401, 'unauthorized', 'Invalid or expired credentials'));
          if (!handler)
            return send(reply, apiError(501, 'not_implemented', 'Not implemented by the sandbox'));
          const request = {
            params: req.params as Record<string, string>,
            query: req.query as Record<string, string>,
            body: body ?? {},
          };
          const changes = changesOf(name, request, store);
          const result = await handler(request, store);
          webhooks.emit(changes(result), systemSource(name) ? 'system' : 'api');
          if (name === 'forcePressReport' && (result.status ?? 200) < 300)
            finishLater(request.params.customer_external_id ?? '');
          return send(reply, result);
        } finally {
          inFlight[key] = (inFlight[key] ?? 1) - 1;
        }
      },
    });
  }

  function issueToken(body: unknown): SandboxReply {
    const b = (body ?? {}) as Record<string, unknown>;
    if (b.grant_type !== 'password')
      return apiError(400, 'invalid_grant_type', 'grant_type must be password');
    if (typeof b.username !== 'string' || users.get(b.username) !== b.password) {
      return apiError(401, 'invalid_credentials', 'Invalid username or password');
    }
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, Date.now() + TOKEN_TTL_S * 1000);
    return { json: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_TTL_S } };
  }

  /** A requested report turns ready by itself when its time is up, and Algoreg says so. */
  const finishLater = (externalId: string) => {
    const at = store;
    const state = at.pressReports.get(customerReportId(externalId));
    setTimeout(() => {
      if (at === store && state && finishIfDue(state))
        webhooks.emit(customersUpdated(store, [externalId]), 'system');
    }, PRESS_PENDING_MS + 50).unref();
  };

  const reset = () => {
    store = seedStore(options.seed);
    stats = { calls: 0, byRoute: {}, maxInFlight: {} };
    lastBodies = {};
    lastTraceparents = {};
    lastQueries = {};
    faults.clear();
  };

  app.get('/__sandbox/stats', async () => stats);
  app.get('/__sandbox/webhooks', async () => ({ deliveries: webhooks.deliveries }));
  backOfficeRoutes(app, { store: () => store, handlers, webhooks });
  app.get('/__sandbox/requests', async () => lastBodies);
  app.get('/__sandbox/traceparents', async () => lastTraceparents);
  app.get('/__sandbox/queries', async () => lastQueries);
  app.post('/__sandbox/reset', async () => {
    reset();
    return { ok: true };
  });
  app.post('/__sandbox/faults', async (req, reply) => {
    const fault = parseJson(req.body as Buffer | undefined);
    const error = faults.add(fault);
    if (error) return reply.status(400).send({ error });
    return { ok: true, faults: faults.list() };
  });
  app.delete('/__sandbox/faults', async () => {
    faults.clear();
    return { ok: true };
  });
  app.post('/__sandbox/tokens/revoke', async () => {
    tokens.clear();
    return { ok: true };
  });

  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const url = address.replace('[::1]', '127.0.0.1');
  return {
    url,
    port,
    store: () => store,
    stats: () => structuredClone(stats),
    reset,
    faults,
    revokeTokens: () => tokens.clear(),
    webhooks,
    close: async () => {
      faults.releaseHangs();
      await app.close();
    },
  };
}

const INVALID = Symbol('invalid');

function parseJson(body: Buffer | undefined): unknown {
  if (!body || body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return INVALID;
  }
}
