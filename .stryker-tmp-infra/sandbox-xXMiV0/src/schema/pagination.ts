// @ts-nocheck
import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { badInput } from './errors.ts';

/** Which way a list is ordered: one enum for every `orderBy` input. */
export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Which way to order a list.',
  values: {
    ASC: { description: 'Smallest, oldest or A first.' },
    DESC: { description: 'Largest, newest or Z first.' },
  } as const,
});

/** Default and largest page a connection serves. */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface OffsetPage {
  limit: number;
  offset: number;
}

function decode(cursor: string, arg: string): number {
  try {
    const offset = cursorToOffset(cursor);
    if (Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through
  }
  return badInput(arg, 'is not a cursor this connection issued');
}

/** Turns Relay arguments into Algoreg's `limit`/`offset`, refusing bad ones with the argument named. */
export function offsetPage(args: ConnectionArgs, max = MAX_PAGE): OffsetPage {
  for (const name of ['first', 'last'] as const) {
    const v = args[name];
    if (v !== null && v !== undefined && (v < 0 || v > max)) badInput(name, `must be between 0 and ${max}`);
  }
  if (args.last != null || args.before != null) {
    if (args.before == null) badInput('before', '`last` pages backwards from a `before` cursor');
    const before = decode(args.before, 'before');
    const size = args.last ?? DEFAULT_PAGE;
    const offset = Math.max(0, before - size);
    return { offset, limit: before - offset };
  }
  const offset = args.after == null ? 0 : decode(args.after, 'after') + 1;
  return { offset, limit: args.first ?? DEFAULT_PAGE };
}

/** A connection over one page fetched at `page.offset`. */
export function offsetConnection<T>(items: readonly T[], page: OffsetPage, total: number | null | undefined) {
  const shown = items.slice(0, page.limit);
  const edges = shown.map((node, i) => ({ node, cursor: offsetToCursor(page.offset + i) }));
  const hasNextPage =
    typeof total === 'number'
      ? page.offset + shown.length < total
      : items.length >= page.limit && page.limit > 0;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: total ?? null,
  };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description: 'How many items the whole list holds, when Algoreg reports it.',
    resolve: (parent) => parent.totalCount ?? null,
  }),
);
