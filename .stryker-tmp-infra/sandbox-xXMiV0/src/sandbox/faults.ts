// @ts-nocheck
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A fault injected into one route (`"METHOD /path/{template}"`) or every route (`"*"`):
 * - latency: wait `ms` before answering normally;
 * - status: answer `status` (default 503) with Algoreg's error body, and `Retry-After` if given;
 * - reset: destroy the connection without answering;
 * - malformed: answer 200 with a body that is not JSON;
 * - hang: never answer (the client's timeout must fire);
 * - stall: send the headers (200, JSON, a Content-Length) and the start of the body, then nothing
 *   more (a timeout that only covers the headers never fires);
 * - body: answer `status` (default 200) with `json` as the JSON body, verbatim: the contract tests
 *   feed Algoreg's documented samples through the gateway with it.
 * `times` limits how many calls it hits (default: all until cleared); `every: n` makes it hit one
 * matching call in n (the first, then every n-th: `every: 2` is a 50 % outage).
 */
export interface Fault {
  route: string;
  kind: 'latency' | 'status' | 'reset' | 'malformed' | 'hang' | 'stall' | 'body';
  ms?: number;
  /** The body a `body` fault answers. */
  json?: unknown;
  status?: number;
  /** Seconds, or an HTTP date. */
  retryAfter?: number | string;
  times?: number;
  every?: number;
  /** Matching calls seen so far (for `every`). */
  seen?: number;
}

const KINDS = new Set(['latency', 'status', 'reset', 'malformed', 'hang', 'stall', 'body']);

export class FaultController {
  private faults: Fault[];
  private readonly hangs = new AbortController();

  /** Latency added to every call, in ms. */
  latencyMs: number;

  constructor(initial: Fault[], latencyMs = 0) {
    this.faults = [...initial];
    this.latencyMs = latencyMs;
  }

  /** Adds a fault; returns an error message when it is not one. */
  add(value: unknown): string | undefined {
    const f = value as Fault;
    if (!f || typeof f !== 'object' || typeof f.route !== 'string' || !KINDS.has(f.kind)) {
      return 'expected {route, kind: latency|status|reset|malformed|hang|stall|body, ms?, status?, retryAfter?, json?, times?, every?}';
    }
    this.faults.push({ ...f });
    return undefined;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }

  /** Lets hanging calls go (their sockets are destroyed), so the server can close. */
  releaseHangs(): void {
    this.hangs.abort();
  }

  /** Applies the faults matching this call; true when the reply was taken over. */
  async apply(route: string, req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    if (this.latencyMs > 0) await delay(this.latencyMs);
    for (const f of this.faults) {
      if (f.route !== '*' && f.route !== route) continue;
      if (f.every !== undefined && f.every > 1) {
        f.seen = (f.seen ?? 0) + 1;
        if ((f.seen - 1) % f.every !== 0) continue;
      }
      if (f.times !== undefined) {
        if (f.times <= 0) continue;
        f.times -= 1;
      }
      switch (f.kind) {
        case 'latency':
          await delay(f.ms ?? 100);
          break;
        case 'status': {
          const status = f.status ?? 503;
          if (f.retryAfter !== undefined) reply.header('retry-after', String(f.retryAfter));
          await reply
            .status(status)
            .type('application/json')
            .send(
              JSON.stringify({
                errors: [
                  {
                    code: `sandbox_fault_${status}`,
                    message: 'Injected fault',
                    deprecated: false,
                    will_be_deprecated: false,
                  },
                ],
              }),
            );
          return true;
        }
        case 'body':
          await reply
            .status(f.status ?? 200)
            .type('application/json')
            .send(JSON.stringify(f.json ?? null));
          return true;
        case 'malformed':
          await reply.status(200).type('application/json').send('{"customer": {"external_id": ');
          return true;
        case 'reset':
          reply.hijack();
          req.raw.socket.destroy();
          return true;
        case 'stall': {
          reply.hijack();
          const start = '{"customer": {"external_id": "C-0001", ';
          reply.raw.writeHead(200, { 'content-type': 'application/json', 'content-length': String(4096) });
          reply.raw.write(start);
          await delay(600_000, undefined, { signal: this.hangs.signal }).catch(() => undefined);
          req.raw.socket.destroy();
          return true;
        }
        case 'hang':
          reply.hijack();
          await delay(600_000, undefined, { signal: this.hangs.signal }).catch(() => undefined);
          req.raw.socket.destroy();
          return true;
      }
    }
    return false;
  }
}
