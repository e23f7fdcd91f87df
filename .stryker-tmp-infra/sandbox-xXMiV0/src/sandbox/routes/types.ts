// @ts-nocheck
import type { OperationName } from '../../algoreg/endpoints.ts';
import type { Store } from '../store.ts';

export interface SandboxRequest {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: unknown;
}

export interface SandboxReply {
  status?: number;
  /** JSON body. */
  json?: unknown;
  /** Raw body (downloads). */
  raw?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler = (req: SandboxRequest, store: Store) => SandboxReply | Promise<SandboxReply>;

/** A product's handlers, keyed by the operation names of the endpoint table. */
export type RouteHandlers = Partial<Record<OperationName, Handler>>;

/** Algoreg's error body (API.md §1.3). */
export function apiError(status: number, code: string, message: string): SandboxReply {
  return {
    status,
    json: { errors: [{ code, message, deprecated: false, will_be_deprecated: false }] },
  };
}

/** `limit`/`offset` read from a body or query, with Algoreg-like defaults and bounds. */
export function paging(
  source: unknown,
  defaultLimit = 20,
  maxLimit = 500,
): { limit: number; offset: number } {
  const s = (source ?? {}) as Record<string, unknown>;
  const limit = Number(s.limit ?? defaultLimit);
  const offset = Number(s.offset ?? 0);
  return {
    limit: Number.isInteger(limit) && limit >= 0 ? Math.min(limit, maxLimit) : defaultLimit,
    offset: Number.isInteger(offset) && offset >= 0 ? offset : 0,
  };
}
