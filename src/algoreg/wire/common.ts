import { z } from 'zod';

/**
 * Building blocks of the wire schemas. Algoreg's documentation renders many types loosely
 * (`"any"`, `{}`), and fields may be missing or null, so the schemas accept what can reasonably
 * come and normalise it; unknown extra fields are dropped, never an error.
 */

export const optString = z.string().nullish();
export const optBool = z.boolean().nullish();
export const optInt = z.number().int().nullish();
export const optNumber = z.number().nullish();
export const stringList = z.array(z.string()).nullish();

/** An identifier Algoreg renders sometimes as a string, sometimes as a number. */
export const idLike = z.union([z.string(), z.number()]).transform(String);
export const optIdLike = idLike.nullish();

/** A number Algoreg may send as a string (KYT amounts are documented both ways). */
export const numberLike = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

/** A value for a field typed `any`: kept as JSON. Optional: zod 4 otherwise requires the key. */
export const anyJson = z.unknown().optional();

/** Algoreg's error body (API.md §1.3). */
export const apiErrorBody = z.object({
  errors: z
    .array(
      z.object({
        code: optString,
        message: optString,
        deprecated: optBool,
        will_be_deprecated: optBool,
      }),
    )
    .nullish(),
});

/** A `{page of data, total}` answer, as Search alerts documents it. */
export const page = <T extends z.ZodType>(item: T, key = 'data') =>
  z
    .object({ [key]: z.array(item).nullish(), total: optInt })
    .transform((v) => ({ items: (v[key] ?? []) as z.output<T>[], total: v.total ?? undefined }));
