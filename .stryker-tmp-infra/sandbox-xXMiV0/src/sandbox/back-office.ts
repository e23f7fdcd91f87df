// @ts-nocheck
import type { FastifyInstance } from 'fastify';
import type { OperationName } from '../algoreg/endpoints.ts';
import type { RouteHandlers, SandboxReply, SandboxRequest } from './routes/types.ts';
import { DECISION_LABELS } from './seed/vid.ts';
import type { Json, Store } from './store.ts';
import { changesOf, eddUpdated, type SandboxEvent, sessionEvents, type WebhookSender } from './webhooks.ts';

/**
 * `POST /__sandbox/…`: what an agent does in Algoreg's back office, so a test or a demo can change
 * data behind the gateway's back and watch the webhook arrive (`event_source` `web`). Where the
 * public API has the same change, its handler does the work; the rest write the store directly.
 *
 * | action | body |
 * |---|---|
 * | `POST /__sandbox/alerts/{alert_id}/decision` | `{state, comment}` (Algoreg's state code) |
 * | `POST /__sandbox/customers/{external_id}` | fields of a Save customers line, e.g. `{first_name}` |
 * | `POST /__sandbox/customers/{external_id}/edd` | `{edd_state, comment}` |
 * | `POST /__sandbox/documents/{document_id}` | `{display_name, tag_codes}` |
 * | `POST /__sandbox/transactions/{id}/review` | `{state, comment}` (`allowed`, `delayed`, `blocked`) |
 * | `POST /__sandbox/threads/{id}/messages` | `{content, from_customer_id}`: the customer writes |
 * | `POST /__sandbox/sessions/{session_id}/decision` | `{type, comment}` (`POSITIVE`, `NEGATIVE`, `MANUAL_REVIEW`) |
 */
export function backOfficeRoutes(
  app: FastifyInstance,
  sandbox: { store: () => Store; handlers: RouteHandlers; webhooks: WebhookSender },
): void {
  const body = (raw: unknown): Json => {
    if (!Buffer.isBuffer(raw) || raw.length === 0) return {};
    try {
      const parsed = JSON.parse(raw.toString('utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Json) : {};
    } catch {
      return {};
    }
  };
  const answer = (r: SandboxReply) => ({ status: r.status ?? 200, json: r.json ?? { ok: true } });

  /** Runs a public API handler as the back office would, and sends its webhook as `web`. */
  const viaApi = async (name: OperationName, req: SandboxRequest) => {
    const store = sandbox.store();
    const handler = sandbox.handlers[name];
    if (!handler) return answer({ status: 501 });
    const changes = changesOf(name, req, store);
    const reply = await handler(req, store);
    sandbox.webhooks.emit(changes(reply), 'web');
    return answer(reply);
  };
  const direct = (events: SandboxEvent[], reply: SandboxReply = {}) => {
    sandbox.webhooks.emit(events, 'web');
    return answer(reply);
  };
  const notFound = (what: string) =>
    answer({ status: 404, json: { errors: [{ code: 'not_found', message: `${what} not found` }] } });

  type P = Record<string, string>;
  const route = (
    path: string,
    run: (params: P, b: Json) => Promise<ReturnType<typeof answer>> | ReturnType<typeof answer>,
  ) =>
    app.post(path, async (req, reply) => {
      const out = await run(req.params as P, body(req.body));
      return reply.status(out.status).type('application/json').send(JSON.stringify(out.json));
    });

  route('/__sandbox/alerts/:alert_id/decision', (params, b) =>
    viaApi('modifyAlert', { params, query: {}, body: b }),
  );
  route('/__sandbox/customers/:external_id', (params, b) =>
    viaApi('saveCustomers', {
      params: {},
      query: {},
      body: { customers: [{ ...b, external_id: params.external_id }] },
    }),
  );
  route('/__sandbox/documents/:document_id', (params, b) =>
    viaApi('updateDocument', { params, query: {}, body: b }),
  );
  route('/__sandbox/transactions/:id/review', (params, b) =>
    viaApi('updateTransaction', { params, query: {}, body: b }),
  );
  route('/__sandbox/threads/:id/messages', (params, b) =>
    viaApi('createThreadMessage', {
      params: {},
      query: {},
      body: { subject: 'Re', ...b, thread_id: params.id },
    }),
  );

  route('/__sandbox/customers/:external_id/edd', (params, b) => {
    const store = sandbox.store();
    const externalId = params.external_id ?? '';
    const c = store.customers.get(externalId);
    if (!c) return notFound('Customer');
    const previous = c.edd ?? {};
    c.edd = {
      ...previous,
      agent_id: 1,
      agent_name: 'Back-office agent',
      client_id: 1,
      comment: typeof b.comment === 'string' ? b.comment : '',
      created_at: new Date().toISOString(),
      customer_id: c.customer.id,
      disabled: false,
      edd_state: typeof b.edd_state === 'string' ? b.edd_state : 'Pending',
      revision_number: Number(previous.revision_number ?? 0) + 1,
    };
    return direct([eddUpdated(store, externalId)], { json: c.edd });
  });

  route('/__sandbox/sessions/:session_id/decision', (params, b) => {
    const store = sandbox.store();
    const id = params.session_id ?? '';
    const s = store.sessions.get(id);
    if (!s) return notFound('Session');
    const before = { state: String(s.session.state), decisions: s.decisions.length };
    const type = typeof b.type === 'string' && b.type in DECISION_LABELS ? b.type : 'MANUAL_REVIEW';
    for (const d of s.decisions) d.last = false;
    s.decisions.push({
      id: s.decisions.length + 1,
      comment: typeof b.comment === 'string' ? b.comment : '',
      date: new Date().toISOString(),
      last: true,
      label: DECISION_LABELS[type] ?? type,
      type,
    });
    return direct(sessionEvents(store, id, before), { json: { decisions: s.decisions } });
  });
}
