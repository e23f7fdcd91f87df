// @ts-nocheck
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Caller } from './identity.ts';

/**
 * The audit trail: one JSON line per mutation, per document or attachment download, and per
 * request refused at the door. Who (caller id and name), what (operation and target ids), when,
 * the outcome, the request id and the source address; never field values or customer data. Written
 * to its own sink (`AUDIT_LOG`), apart from the application log, synchronously, so an event is on
 * disk before the answer leaves.
 */

export type AuditOutcome = 'success' | 'refused' | 'failed';

export interface AuditEvent {
  /** ISO 8601. */
  time: string;
  requestId: string;
  /** The client's address as the gateway's socket saw it. */
  source: string | undefined;
  caller: { id: string; name: string; kind: Caller['kind'] } | null;
  /** `mutation`, `download`, or `request` for a request refused before its operation was known. */
  action: 'mutation' | 'download' | 'request';
  /** The mutation field, `document.download` / `attachment.download`, or null. */
  operation: string | null;
  /** Ids the action aimed at (`alertId`, `customers.externalId`…), never other input values. */
  targets: Record<string, string[]>;
  outcome: AuditOutcome;
  /** The `extensions.code` (or payload error code) of a refusal or failure. */
  code?: string | undefined;
}

export interface AuditSink {
  write(event: AuditEvent): void;
  close(): void;
}

/** `AUDIT_LOG`: `stdout`, `off`, or a file path (JSON lines, appended). */
export function createAuditSink(target: string): AuditSink {
  if (target === 'off') return { write: () => {}, close: () => {} };
  if (target === 'stdout') {
    return { write: (event) => void process.stdout.write(`${JSON.stringify(event)}\n`), close: () => {} };
  }
  mkdirSync(dirname(target), { recursive: true });
  const fd = openSync(target, 'a', 0o600);
  let open = true;
  return {
    write(event) {
      if (open) writeSync(fd, `${JSON.stringify(event)}\n`);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Who, for an event: the caller without their scopes or credentials. */
export function auditCaller(caller: Caller | undefined): AuditEvent['caller'] {
  return caller ? { id: caller.id, name: caller.name, kind: caller.kind } : null;
}

const ID_KEY = /^(id|ids|externalId|externalIds)$|[a-z](Id|Ids|ExternalId|ExternalIds)$/;
const MAX_IDS = 100;

/**
 * The target ids of a mutation's arguments: every string or number under a key that names an id
 * (`alertId`, `customerExternalId`, `customers[].externalId` → `customers.externalId`), at most 100
 * per key. Nothing else of the input is read.
 */
export function targetIds(args: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, path);
      return;
    }
    // Files are skipped by shape: Yoga's multipart File is a ponyfill, not a global Blob, and walking
    // its own properties would walk its bytes (one entry per byte of a 20 MB upload).
    if (!value || typeof value !== 'object' || value instanceof Blob || ArrayBuffer.isView(value)) return;
    if (typeof (value as { stream?: unknown }).stream === 'function') return;
    for (const [key, v] of Object.entries(value)) {
      const at = key === 'input' && path.length === 0 ? [] : [...path, key];
      if (ID_KEY.test(key) && (typeof v === 'string' || typeof v === 'number' || Array.isArray(v))) {
        const name = at.join('.');
        const list = out[name] ?? [];
        out[name] = list;
        for (const id of Array.isArray(v) ? v : [v]) {
          if ((typeof id === 'string' || typeof id === 'number') && list.length < MAX_IDS)
            list.push(String(id));
        }
      } else if (v && typeof v === 'object') {
        visit(v, at);
      }
    }
  };
  visit(args, []);
  return out;
}
