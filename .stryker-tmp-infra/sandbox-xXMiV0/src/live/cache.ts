// @ts-nocheck
import type { Logger } from 'pino';
import type { ReadCache } from '../algoreg/cache.ts';
import type { RedisLink } from './redis.ts';

/**
 * The shared read cache (the `ReadCache` the Algoreg client consults), in-process or in Redis.
 *
 * Eviction by tag is done with versions, not by finding entries: each tag has a counter, an entry
 * remembers the counters of its tags when its read started, and it is served only while they are
 * unchanged. Evicting a tag is one increment, whatever holds it, on every replica at once; and an
 * answer whose read was overtaken by an eviction is never stored as current (the webhook wins).
 * The TTL is the safety net for a change nobody announced.
 */

interface Stamp {
  tags: readonly string[];
  versions: number[];
}

const sameVersions = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Most entries held in memory; the oldest go first. */
const MAX_MEMORY_ENTRIES = 20_000;
/** Most tag counters held in memory; past it everything is forgotten at once (safe: all misses). */
const MAX_MEMORY_TAGS = 200_000;

export class MemoryReadCache implements ReadCache {
  private readonly entries = new Map<string, { text: string; versions: number[]; expires: number }>();
  private readonly versions = new Map<string, number>();
  private readonly ttlMs: number;

  constructor(ttlS: number) {
    this.ttlMs = ttlS * 1000;
  }

  async get(key: string, tags: readonly string[]): Promise<{ text?: string; stamp: unknown }> {
    const stamp: Stamp = { tags, versions: tags.map((t) => this.versions.get(t) ?? 0) };
    const entry = this.entries.get(key);
    if (entry && entry.expires > Date.now() && sameVersions(entry.versions, stamp.versions))
      return { text: entry.text, stamp };
    if (entry) this.entries.delete(key);
    return { stamp };
  }

  async set(key: string, text: string, stamp: unknown): Promise<void> {
    const { tags, versions } = stamp as Stamp;
    // Evicted while the call was in flight: the answer may predate the change.
    if (
      !sameVersions(
        versions,
        tags.map((t) => this.versions.get(t) ?? 0),
      )
    )
      return;
    this.entries.delete(key);
    if (this.entries.size >= MAX_MEMORY_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { text, versions, expires: Date.now() + this.ttlMs });
  }

  async evict(tags: readonly string[]): Promise<void> {
    if (this.versions.size + tags.length > MAX_MEMORY_TAGS) {
      this.versions.clear();
      this.entries.clear();
    }
    for (const tag of tags) this.versions.set(tag, (this.versions.get(tag) ?? 0) + 1);
  }
}

const ENTRY = 'agw:cache:';
const TAG = 'agw:tag:';
/** A tag every entry holds: bumped when Redis comes back, since evictions were lost meanwhile. */
const EVERYTHING = '*';

/**
 * The cache in Redis, shared by every replica. Redis errors never fail a request: a read that
 * cannot reach Redis is a miss, an eviction that cannot is logged (the TTL bounds the damage, and
 * every entry is dropped once Redis is back).
 */
export class RedisReadCache implements ReadCache {
  private readonly redis: RedisLink;
  private readonly ttlMs: number;
  private readonly logger: Logger;

  constructor(redis: RedisLink, ttlS: number, logger: Logger) {
    this.redis = redis;
    this.ttlMs = ttlS * 1000;
    this.logger = logger;
    redis.onReconnect(() => void this.evict([EVERYTHING]));
  }

  async get(key: string, tags: readonly string[]): Promise<{ text?: string; stamp: unknown }> {
    const all = [EVERYTHING, ...tags];
    try {
      const [raw, ...versions] = await this.redis.command.mget(ENTRY + key, ...all.map((t) => TAG + t));
      const stamp: Stamp = { tags: all, versions: versions.map((v) => Number(v ?? 0)) };
      if (raw) {
        const entry = JSON.parse(raw) as { v: number[]; t: string };
        if (sameVersions(entry.v, stamp.versions)) return { text: entry.t, stamp };
      }
      return { stamp };
    } catch (error) {
      this.failed('get', error);
      // No stamp: nothing will be stored either.
      return { stamp: undefined };
    }
  }

  async set(key: string, text: string, stamp: unknown): Promise<void> {
    if (!stamp) return;
    const { versions } = stamp as Stamp;
    try {
      // Stored with the versions seen before the call: an eviction since then makes it a miss.
      await this.redis.command.set(ENTRY + key, JSON.stringify({ v: versions, t: text }), 'PX', this.ttlMs);
    } catch (error) {
      this.failed('set', error);
    }
  }

  async evict(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    // Counters outlive every entry that may hold their old value.
    const keepMs = 2 * this.ttlMs + 60_000;
    try {
      const pipeline = this.redis.command.pipeline();
      for (const tag of tags) pipeline.incr(TAG + tag).pexpire(TAG + tag, keepMs);
      const results = await pipeline.exec();
      const error = results?.find(([e]) => e)?.[0];
      if (error) throw error;
    } catch (error) {
      this.failed('evict', error);
    }
  }

  private failed(op: string, error: unknown): void {
    this.logger.debug({ op, code: (error as NodeJS.ErrnoException)?.code }, 'redis cache unavailable');
  }
}
