import type { z } from 'zod';

/**
 * Fast paths for the wire schemas that parse the most JSON (customer details, alerts and
 * transactions by the dozen per page; see the `*-fast.ts` beside this file).
 * A zod object schema followed by a `.transform()` builds each answer twice (the checked copy,
 * then the DTO), with a result object and an issues array per field on the way: on a page of 100
 * customer details that is most of the gateway's garbage. A fast path reads the same JSON into the
 * same DTO in one pass, checking the same rules with the helpers below.
 *
 * The zod schema stays the definition: a fast path answers only for input it is sure of and gives
 * up (`SLOW`) on anything else, and then the zod schema parses the answer as before, with its
 * issues for the log. So a fast path may never accept what the schema refuses, nor answer
 * differently (test/wire-fast.test.ts holds each against its schema on the sandbox's data and on
 * altered copies).
 */

/** What a fast path answers when the zod schema must decide. */
export const SLOW: unique symbol = Symbol('slow');

type Reader = (data: unknown) => unknown;
const readers = new WeakMap<z.ZodType, Reader>();

/** Registers `read` as the fast path of `schema`, and returns the schema. */
export function withFastPath<S extends z.ZodType>(schema: S, read: (data: unknown) => z.output<S>): S {
  readers.set(schema, read);
  return schema;
}

/** The fast path's answer for `data`, or `SLOW` when there is none or it gave up. */
export function readFast(schema: z.ZodType, data: unknown): unknown {
  const read = readers.get(schema);
  if (!read) return SLOW;
  try {
    return read(data);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: the readers throw nothing but SLOW; were one to, zod would read the answer the same way
    if (error === SLOW) return SLOW;
    throw error;
  }
}

/** Gives up: the zod schema will parse this answer. */
export function slow(): never {
  throw SLOW;
}

/** A JSON object (not null, not an array), as `z.object` accepts it. */
export function obj(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) slow();
  return v as Record<string, unknown>;
}

/** `z.object(…).nullish()`: null and undefined as they are, else an object. */
export function optObj(v: unknown): Record<string, unknown> | null | undefined {
  return v === null || v === undefined ? v : obj(v);
}

// The same rules as the helpers of common.ts, throwing instead of reporting an issue.

export function text(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  return slow();
}
export function int(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (Number.isSafeInteger(v)) return v as number;
  return slow();
}
export function num(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (Number.isFinite(v)) return v as number;
  return slow();
}
export function flag(v: unknown): boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v;
  return slow();
}
export function optId(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return slow();
}
/** `idLike`: a string, or a number made a string. */
export function idLike(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return slow();
}
export function strings(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return slow();
  for (const x of v) if (typeof x !== 'string') slow();
  return v as string[];
}
/** `json`: any value, null when absent (typed as zod types `z.unknown()` made non-nullish). */
// biome-ignore lint/complexity/noBannedTypes: the type zod gives the same value
export function json(v: unknown): {} | null {
  return v ?? null;
}
/** `list(item)`: absent or null reads as [], else each item read. */
export function list<T>(v: unknown, item: (x: unknown) => T): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return slow();
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = item(v[i]);
  return out;
}
/** `z.record(z.string(), z.unknown())` of a JSON object: its entries (odd keys left to zod). */
export function recordEntries(v: unknown): [string, unknown][] {
  const o = obj(v);
  const out: [string, unknown][] = [];
  for (const key in o) {
    if (key === '__proto__' || key === 'constructor' || !Object.hasOwn(o, key)) slow();
    out.push([key, o[key]]);
  }
  return out;
}
