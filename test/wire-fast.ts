import { expect } from 'vitest';
import type { z } from 'zod';
import { readFast, SLOW } from '../src/algoreg/wire/fast.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';

/**
 * Holding a one-pass reader (src/algoreg/wire/fast.ts) against its zod schema: on an answer the
 * sandbox gives and on copies altered one value at a time, the reader answers exactly what the
 * schema answers, and gives up exactly where the schema refuses.
 */

/** The fast path answers the schema's output, and gives up exactly where the schema refuses. */
export function agrees(schema: z.ZodType, data: unknown): 'fast' | 'slow' {
  const expected = schema.safeParse(data);
  const fast = readFast(schema, structuredClone(data));
  if (!expected.success) {
    expect(fast).toBe(SLOW);
    return 'slow';
  }
  // Never a fall back to zod for an answer zod reads: that would cost the time the reader saves.
  expect(fast).toStrictEqual(expected.data);
  return 'fast';
}

export const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'F',
  'FIRM',
  0,
  7,
  -1.5,
  true,
  false,
  [],
  ['a'],
  [1],
  {},
];

/** Every copy of `data` with one value at `path` (or below it, one level) replaced by an odd one. */
export function* altered(data: unknown, paths: string[][]): Generator<unknown> {
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], data);
    if (!parent || typeof parent !== 'object') continue;
    const key = path[path.length - 1] as string;
    const keys = key === '*' ? Object.keys(parent) : [key];
    for (const k of keys)
      for (const value of ODD_VALUES) {
        const copy = structuredClone(data);
        const target = path
          .slice(0, -1)
          .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], copy) as Record<string, unknown>;
        if (value === undefined) delete target[k];
        else target[k] = value;
        yield copy;
      }
  }
}

/**
 * One call to the sandbox at `base` as Algoreg's clients make it (Basic auth, JSON body): its
 * status, its text, and the text read by `read` (JSON.parse, or what http.ts applies first).
 */
export async function askSandbox(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  read: (text: string) => unknown = JSON.parse,
  // biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the tests
): Promise<{ status: number; text: string; json: any }> {
  const auth = Buffer.from(`${SANDBOX_CREDENTIALS.user}:${SANDBOX_CREDENTIALS.key}`).toString('base64');
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: read(text) };
}
