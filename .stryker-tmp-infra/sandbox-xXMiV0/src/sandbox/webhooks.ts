// @ts-nocheck
import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { OperationName } from '../algoreg/endpoints.ts';
import type { SandboxReply, SandboxRequest } from './routes/types.ts';
import type { Json, Store } from './store.ts';

/**
 * Algoreg's webhooks, as the sandbox sends them (API.md §6): one callback URL, the configured
 * token as `Authorization`, the envelope `{event_id, event_code, event_date, event_source, data}`.
 * Events go out one after the other in the order the changes happened, after the answer of the
 * call that made them; a failed delivery is tried twice more. Payloads API.md marks UNKNOWN use
 * the shapes the gateway assumes (src/live/events.ts).
 */

export interface WebhookTarget {
  url: string;
  token: string;
}

/** `api`: a public API call; `web`: a back-office agent; `system`: Algoreg itself. */
export type EventSource = 'api' | 'web' | 'system';

export interface SandboxEvent {
  code: string;
  data: Json;
}

export interface Delivery {
  eventId: string;
  eventCode: string;
  source: EventSource;
  /** HTTP status of the last attempt, or 0 when it could not be sent. */
  status: number;
}

const CLIENT_ID = 1;
const ATTEMPTS = 3;
const KEPT = 200;

export class WebhookSender {
  private target: WebhookTarget | undefined;
  private counter = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Event ids are unique across sandbox restarts, so a gateway's deduplication never drops a new one. */
  private readonly boot = randomBytes(4).toString('hex');
  /** The last deliveries (`GET /__sandbox/webhooks`). */
  readonly deliveries: Delivery[] = [];

  constructor(target?: WebhookTarget) {
    this.target = target;
  }

  /** Where to send, and the token; without one, changes send nothing. */
  configure(target: WebhookTarget | undefined): void {
    this.target = target;
  }

  emit(events: readonly SandboxEvent[], source: EventSource): void {
    const target = this.target;
    if (!target) return;
    for (const e of events) {
      this.counter += 1;
      const body = {
        event_id: `${this.boot}-${this.counter}`,
        event_code: e.code,
        event_date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        event_source: source,
        data: e.data,
      };
      this.queue = this.queue.then(() => this.deliver(target, body, source));
    }
  }

  /** Resolves once every event emitted so far has been delivered (or given up on). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async deliver(
    target: WebhookTarget,
    body: Json & { event_id: string; event_code: string },
    source: EventSource,
  ) {
    let status = 0;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const res = await fetch(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: target.token },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(5_000),
        });
        status = res.status;
        await res.body?.cancel();
        if (status < 500) break;
      } catch {
        status = 0;
      }
      if (attempt < ATTEMPTS) await delay(200 * attempt);
    }
    this.deliveries.push({ eventId: body.event_id, eventCode: body.event_code, source, status });
    if (this.deliveries.length > KEPT) this.deliveries.splice(0, this.deliveries.length - KEPT);
  }
}

// ---- What changed: the events an API call (or a back-office action) causes ----------------------

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

export function customersUpdated(store: Store, externalIds: readonly string[]): SandboxEvent[] {
  const customers = [...new Set(externalIds)]
    .filter((id) => store.customers.has(id))
    .map((id) => ({ customer_id: store.customers.get(id)?.customer.id ?? null, external_id: id }));
  return customers.length ? [{ code: 'customers_updated', data: { client_id: CLIENT_ID, customers } }] : [];
}

export function eddUpdated(store: Store, externalId: string): SandboxEvent {
  return {
    code: 'edds_updated',
    data: {
      client_id: CLIENT_ID,
      customer_id: store.customers.get(externalId)?.customer.id ?? null,
      customer_external_id: externalId,
    },
  };
}

function documentUpdated(store: Store, doc: Json): SandboxEvent[] {
  const externalId = str(doc.customer_external_id);
  if (!externalId) return [];
  return [
    {
      code: 'customer_document_updated',
      data: {
        client_id: CLIENT_ID,
        customer_id: store.customers.get(externalId)?.customer.id ?? null,
        customer_external_id: externalId,
        customer_document_id: str(doc.id),
      },
    },
  ];
}

function alertUpdated(store: Store, alertId: string): SandboxEvent[] {
  const a = store.alerts.get(alertId);
  if (!a) return [];
  const last = a.revisions.at(-1) ?? {};
  return [
    {
      code: 'alerts_updated',
      data: {
        client_id: CLIENT_ID,
        alert_id: alertId,
        customer_external_id: str(a.alert.customer_external_id),
        state: last.state ?? null,
      },
    },
  ];
}

function transactionUpdated(store: Store, id: string): SandboxEvent[] {
  const t = store.transactions.get(id)?.transaction;
  if (!t) return [];
  return [
    {
      code: 'transaction_updated',
      data: {
        transaction_id: id,
        external_id: str(t.external_id),
        client_id: CLIENT_ID,
        status: t.state ?? null,
      },
    },
  ];
}

const threadEvent = (code: string, threadId: string, messageId?: string): SandboxEvent => ({
  code,
  data: { client_id: CLIENT_ID, thread_id: threadId, ...(messageId ? { message_id: messageId } : {}) },
});

function threadOfMessage(store: Store, messageId: string): string | undefined {
  for (const [id, t] of store.threads) if (t.messages.some((m) => m.id === messageId)) return id;
  return undefined;
}

/** What Get session details' state and decision were, to tell a session that moved on. */
function sessionSnapshot(store: Store, id: string) {
  const s = store.sessions.get(id);
  return s ? { state: str(s.session.state), decisions: s.decisions.length } : undefined;
}

export function sessionEvents(
  store: Store,
  id: string,
  before: { state: string; decisions: number } | undefined,
): SandboxEvent[] {
  const s = store.sessions.get(id);
  if (!s) return [];
  const events: SandboxEvent[] = [];
  if (!before || before.state !== str(s.session.state)) {
    events.push({
      code: 'session_status_updated',
      data: {
        session_id: id,
        session_state: str(s.session.state),
        language_code: str(s.session.language),
        scenario_code: str(s.session.scenario_ref),
      },
    });
  }
  const last = s.decisions.at(-1);
  if (last && (before?.decisions ?? 0) !== s.decisions.length) {
    events.push({
      code: 'session_decision_updated',
      data: {
        session_id: id,
        status_id: Number(last.id) || s.decisions.length,
        status_label: str(last.label),
        status_type: str(last.type),
      },
    });
  }
  return events;
}

/** A customer's standing press report that turned ready changes its computed adverse-media fields. */
function pressPending(store: Store, reportId: string): boolean {
  return store.pressReports.get(reportId)?.pending != null;
}

function pressCustomer(store: Store, reportId: string): string {
  return str(store.pressReports.get(reportId)?.report.customer_external_id);
}

/**
 * Called before an API call's handler runs; the function it returns, given the answer, says which
 * events the call caused (none for a refused call). Keeps the routes free of webhook concerns.
 */
export function changesOf(
  name: OperationName,
  req: SandboxRequest,
  store: Store,
): (reply: SandboxReply) => SandboxEvent[] {
  const body = obj(req.body);
  const param = (k: string) => req.params[k] ?? '';
  const json = (reply: SandboxReply) => obj(reply.json);
  const ok = (reply: SandboxReply) => (reply.status ?? 200) < 300;
  const when =
    (events: (reply: SandboxReply) => SandboxEvent[]) =>
    (reply: SandboxReply): SandboxEvent[] =>
      ok(reply) ? events(reply) : [];
  switch (name) {
    case 'saveCustomers': {
      if (body.verify_input === true) return () => [];
      const lines = Array.isArray(body.customers) ? body.customers.map(obj) : [];
      const relations = Array.isArray(body.relations) ? body.relations.map(obj) : [];
      const ids = [
        ...lines.map((l) => str(l.external_id)),
        ...relations.flatMap((r) => [str(r.parent_customer_external_id), str(r.child_customer_external_id)]),
      ].filter(Boolean);
      return when(() => customersUpdated(store, ids));
    }
    case 'modifyAlert':
      return when(() => alertUpdated(store, param('alert_id')));
    case 'uploadDocument':
    case 'updateDocument':
      return when((reply) => documentUpdated(store, json(reply)));
    case 'deleteDocument': {
      const doc = store.documents.get(param('document_id'))?.document;
      return when(() => (doc ? documentUpdated(store, doc) : []));
    }
    case 'createThread':
      return when((reply) => (json(reply).id ? [threadEvent('thread_updated', str(json(reply).id))] : []));
    case 'updateThread':
      return when(() => [threadEvent('thread_updated', param('id'))]);
    case 'createThreadMessage':
      return when(() => {
        const threadId = str(body.thread_id);
        const newest = store.threads.get(threadId)?.messages.at(-1);
        return [threadEvent('thread_message_updated', threadId, str(newest?.id))];
      });
    case 'updateThreadMessage':
      return when(() => {
        const threadId = threadOfMessage(store, param('message_id'));
        return threadId ? [threadEvent('thread_message_updated', threadId, param('message_id'))] : [];
      });
    case 'createTransaction':
      return when((reply) => transactionUpdated(store, str(json(reply).id)));
    case 'updateTransaction':
      return when(() => transactionUpdated(store, param('id')));
    case 'createSession':
    case 'createSessionFull':
      return when((reply) => sessionEvents(store, str(json(reply).session_id), undefined));
    case 'getSession': {
      // Demo sessions move on when read: that is Algoreg's doing, announced like a real one.
      const before = sessionSnapshot(store, param('session_id'));
      return when(() => (before ? sessionEvents(store, param('session_id'), before) : []));
    }
    case 'getPressReport': {
      const id = param('id');
      const wasPending = pressPending(store, id);
      return when(() =>
        wasPending && !pressPending(store, id) ? customersUpdated(store, [pressCustomer(store, id)]) : [],
      );
    }
    default:
      return () => [];
  }
}

/** Events that Algoreg itself causes, not the caller: sessions moving on, reports turning ready. */
export function systemSource(name: OperationName): boolean {
  return name === 'getSession' || name === 'getPressReport';
}
