// @ts-nocheck
import { GraphQLError } from 'graphql';
import { Repeater } from 'graphql-yoga';
import { type Context, renewContext } from '../../context.ts';
import type { LiveTopics } from '../../live/events.ts';
import { badInput } from '../errors.ts';

/** Most values one subscription filter list may hold. */
const MAX_FILTER_VALUES = 100;

/**
 * A subscription's stream: the events of one topic that `accept` lets through, each turned into
 * the fresh entity by `load` (through the loaders, so a subscriber selects the same fields as a
 * query, nested ones included). Before each event the context gets the state of a new request
 * (fresh loaders, trace and deadline), so nothing loaded for an earlier event is served again.
 * An entity gone (null) or left out by `keep` yields nothing; a failed read yields its error for
 * that event only (the client sees it with its code), and the subscription goes on.
 */
export function liveStream<T extends keyof LiveTopics, V>(
  ctx: Context,
  topic: T,
  accept: (event: LiveTopics[T]) => boolean,
  load: (event: LiveTopics[T]) => Promise<V | null | undefined | Error>,
  keep: (value: V) => boolean = () => true,
): AsyncIterable<V | Error> {
  const live = ctx.live;
  if (!live) {
    throw new GraphQLError('Live updates are not available on this gateway.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  const source = live.subscribe(topic);
  return new Repeater<V | Error>(async (push, stop) => {
    const events = source[Symbol.asyncIterator]();
    stop.then(() => events.return?.());
    for (let next = await events.next(); !next.done; next = await events.next()) {
      const event = next.value;
      if (!accept(event)) continue;
      renewContext(ctx);
      let value: V | null | undefined | Error;
      try {
        value = await load(event);
      } catch (error) {
        value = error instanceof Error ? error : new Error(String(error));
      }
      if (value instanceof Error) await push(value);
      else if (value != null && keep(value)) await push(value);
    }
    stop();
  });
}

/** A filter list checked at the boundary: at most 100 values, none empty; null when not given. */
export function filterSet(values: readonly string[] | null | undefined, field: string): Set<string> | null {
  if (!values) return null;
  if (values.length > MAX_FILTER_VALUES) badInput(field, `must hold at most ${MAX_FILTER_VALUES} values`);
  if (values.some((v) => !v.trim())) badInput(field, 'must not hold an empty value');
  return new Set(values.map((v) => v.trim()));
}

/** True when the set is absent (no filter) or holds one of the values. */
export const matches = (set: Set<string> | null, ...values: (string | null | undefined)[]) =>
  set === null || values.some((v) => v != null && set.has(v));
