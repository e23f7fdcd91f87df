// @ts-nocheck
import type { Context } from '../context.ts';

/**
 * Algoreg records a decision under the gateway's API user; its comment is the one field that can
 * say who decided. A decision by an identified caller is recorded with their name in front of the
 * comment (`[alice] Cleared: homonym`, or `[alice]` alone); an anonymous caller's is left as given.
 */
export function attributedComment(ctx: Context, comment: string | null | undefined): string | undefined {
  if (ctx.caller.kind === 'anonymous') return comment ?? undefined;
  const by = `[${ctx.caller.name}]`;
  return comment ? `${by} ${comment}` : by;
}

/** The longest comment a caller may send so that, attributed, it fits in `max` characters. */
export function maxCommentLength(ctx: Context, max: number): number {
  return ctx.caller.kind === 'anonymous' ? max : max - ctx.caller.name.length - 3;
}
