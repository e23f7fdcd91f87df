// @ts-nocheck
import { z } from 'zod';

/**
 * Building blocks of the wire schemas. Algoreg's documentation renders many types loosely
 * (`"any"`, `{}`), and fields may be missing or null, so the schemas accept what can reasonably
 * come and normalise it; unknown extra fields are dropped, never an error.
 */

/** An identifier Algoreg renders sometimes as a string, sometimes as a number. */
export const idLike = z.union([z.string(), z.number()]).transform(String);
export const optIdLike = idLike.nullish();

/** A value for a field typed `any`: kept as JSON. Optional: zod 4 otherwise requires the key. */
export const anyJson = z.unknown().optional();

/*
 * DTO helpers: each reads a wire value and yields what a DTO holds, so a `.transform()` can map
 * snake_case to camelCase without `?? null` on every line. Each is one check-and-map step
 * (`z.transform`) rather than a chain such as `z.string().nullish().transform()`: the same rules
 * at a fraction of the cost, since a chain runs four schemas and allocates at each, for each of
 * the hundreds of fields a page of answers holds.
 */

/**
 * One step: `read` returns the DTO value, or `BAD` when the wire value is not what it should be.
 * The issue's code and `expected` are never shown (a failed parse logs its paths only), so their
 * mutants are equivalent and not run.
 */
const field = <T>(
  expected: 'string' | 'number' | 'boolean' | 'array',
  read: (v: unknown) => T | typeof BAD,
) =>
  z.transform((v: unknown, ctx): T => {
    const out = read(v);
    if (out !== BAD) return out;
    // Stryker disable next-line StringLiteral,ObjectLiteral: equivalent, any issue fails the parse
    ctx.issues.push({ code: 'invalid_type', expected, input: v });
    return z.NEVER;
  });
const BAD: unique symbol = Symbol('bad');

/** A string field; absent, null and `""` (Algoreg's "no value") all read as null. */
// Stryker disable next-line StringLiteral: equivalent, `expected` is never shown
export const text = field('string', (v) =>
  v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v : BAD,
);
/** A whole number, or null. */
// Stryker disable next-line StringLiteral: equivalent, `expected` is never shown
export const int = field('number', (v) =>
  v === undefined || v === null ? null : Number.isSafeInteger(v) ? (v as number) : BAD,
);
/** A finite number, or null (`Number.isFinite` takes no string). */
// Stryker disable next-line StringLiteral: equivalent, `expected` is never shown
export const num = field('number', (v) =>
  v === undefined || v === null ? null : Number.isFinite(v) ? (v as number) : BAD,
);
/** A boolean, or null when absent. */
// Stryker disable next-line StringLiteral: equivalent, `expected` is never shown
export const flag = field('boolean', (v) =>
  v === undefined || v === null ? null : typeof v === 'boolean' ? v : BAD,
);
/** An id that may come as a string or a (finite) number, or null. */
// Stryker disable next-line StringLiteral: equivalent, `expected` is never shown
export const optId = field('string', (v) =>
  v === undefined || v === null || v === ''
    ? null
    : typeof v === 'string'
      ? v
      : Number.isFinite(v)
        ? String(v)
        : BAD,
);
/** A list of strings; absent or null reads as []. */
// Stryker disable next-line StringLiteral: equivalent, `expected` is never shown
export const strings = field('array', (v): string[] | typeof BAD =>
  v === undefined || v === null
    ? []
    : Array.isArray(v) && v.every((x) => typeof x === 'string')
      ? (v as string[])
      : BAD,
);
/** A list of items; absent or null reads as []. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => (v ?? []) as z.output<T>[]);
/** A value of a field typed `any`, kept as JSON; null when absent. */
export const json = anyJson.transform((v) => v ?? null);
