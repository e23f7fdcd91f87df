import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';
import { isCalendarDate } from '../shared/calendar.ts';

/**
 * graphql-scalars' DateTime, serialised to its ISO string here rather than as a Date left for
 * JSON.stringify to convert: the same text on the wire, but one Date in a result sends V8's
 * JSON.stringify off its fast path for the whole result (a customer 360 answer took ~55 µs to
 * serialise instead of ~10).
 */
const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) =>
    (value instanceof Date && !Number.isNaN(value.getTime())
      ? value
      : (DateTimeResolver.serialize(value) as Date)
    ).toISOString(),
});
builder.addScalarType('DateTime', DateTime, {});
builder.addScalarType('JSON', JSONResolver, {});

builder.scalarType('Date', {
  description: 'A calendar date, `YYYY-MM-DD`.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      throw new GraphQLError('Date must be a real calendar date written YYYY-MM-DD.');
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) {
      throw new GraphQLError('Date must be a real calendar date written YYYY-MM-DD.');
    }
    return ast.value;
  },
});

builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request spec (what Apollo/urql upload links send).',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar.');
  },
  parseValue: (value) => {
    if (!isFileLike(value)) throw new GraphQLError('File must be sent as a multipart upload.');
    return value;
  },
});

/**
 * By shape, not `instanceof File`: on Node, Yoga's multipart parser yields its own File class
 * (@whatwg-node's ponyfill), which is not an instance of the global one.
 */
function isFileLike(value: unknown): value is File {
  const v = value as Partial<File> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.size === 'number' &&
    typeof v.stream === 'function'
  );
}

/** A date string from Algoreg as `YYYY-MM-DD`, or null when it is not one (never a crash). */
export function toDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const head = value.slice(0, 10);
  return isCalendarDate(head) ? head : null;
}

/** A timestamp from Algoreg (ISO string or epoch seconds/ms) as a Date, or null. */
export function toDateTime(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'number' ? new Date(value < 1e11 ? value * 1000 : value) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
