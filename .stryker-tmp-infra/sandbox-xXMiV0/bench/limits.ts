// @ts-nocheck
// What a refused GraphQL document costs the gateway in CPU, by its size: the measurement behind
// MAX_QUERY_TOKENS and MAX_QUERY_CHARS (README, "Running in production"). Runs the gateway's own
// Yoga instance in-process (`yoga.fetch`, no socket) on crafted documents that validation refuses
// (nothing goes upstream), and prints the median CPU time of a request for each size, together with
// the size of the largest example operation, which the limits must leave room for.
//
//   node_modules/.bin/node bench/limits.ts [--runs 15]
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Lexer, Source, TokenKind } from 'graphql';
import { connectAlgoreg } from '../src/algoreg/client.ts';
import { loadConfig } from '../src/config.ts';
import { createGateway } from '../src/gateway.ts';
import { createLogger } from '../src/logger.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

// Limits out of the way, so the crafted documents reach validation, the costly part.
const config = loadConfig({
  ALGOREG_BASE_URL: 'http://127.0.0.1:9',
  ALGOREG_API_USER: 'bench',
  ALGOREG_API_KEY: 'bench',
  MAX_QUERY_TOKENS: '100000',
  MAX_QUERY_CHARS: '10000000',
  MAX_ALIASES: '1000',
  MAX_JSON_BODY_BYTES: '104857600',
  RATE_LIMIT_PER_MINUTE: '0',
  AUDIT_LOG: 'off',
  LOG_LEVEL: 'silent',
});
const logger = createLogger('silent');
let yoga = createGateway({ config, connection: connectAlgoreg(config.upstream, logger), logger });

const tokens = (doc: string) => {
  const lexer = new Lexer(new Source(doc));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
};

/** Documents of about `budget` tokens that validation refuses, each the worst of its kind we found. */
const FIELDS = ['firstName', 'lastName', 'middleName', 'companyName', 'displayName', 'phone', 'comment'];
const crafted: Record<string, (budget: number) => string> = {
  // One alias on different fields of one selection: every pair conflicts (the costliest we found).
  'one alias, different fields': (budget) => {
    const n = Math.floor((budget - 10) / 3);
    const fields = Array.from({ length: n }, (_, i) => `a: ${FIELDS[i % FIELDS.length]}`);
    return `{ customer(externalId: "C-1") { ${fields.join(' ')} } }`;
  },
  // The case: one alias on many fields with different arguments (fields that conflict).
  'conflicting aliases': (budget) => {
    const n = Math.floor((budget - 2) / 11);
    return `{ ${Array.from({ length: n }, (_, i) => `a: customer(externalId: "C-${i}") { id }`).join(' ')} }`;
  },
  // The same field many times, each with a sub-selection to compare (no alias, so MAX_ALIASES
  // does not stop it), and one unknown field so that validation refuses it after comparing them all.
  'repeated field with selections': (budget) => {
    const n = Math.floor((budget - 3) / 10);
    return `{ nope ${Array.from({ length: n }, () => 'customer(externalId: "C-1") { id externalId }').join(' ')} }`;
  },
  // Many fragments spread into each other's type: fragment cycles and overlaps.
  'fragment spreads': (budget) => {
    const n = Math.floor((budget - 4) / 12);
    const frags = Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Customer { a: firstName ...F${(i + 1) % n} }`,
    );
    return `{ customer(externalId: "C-1") { ...F0 } } ${frags.join(' ')}`;
  },
};

/**
 * Median CPU of one request. Each run sends a different document (a numbered comment at the end):
 * Yoga caches validation per document, and an attacker varies the document to get past the cache.
 */
async function cpuMsOf(query: string): Promise<{ ms: number; status: number }> {
  const samples: number[] = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const body = JSON.stringify({ query: `${query}\n# ${Math.random()}` });
    const start = process.cpuUsage();
    const res = await yoga.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    await res.text();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
    status = res.status;
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)] ?? 0, status };
}

const dir = new URL('../schema/operations/', import.meta.url);
const fragments = readFileSync(new URL('fragments.graphql', dir), 'utf8');
let largest = { name: '', tokens: 0, chars: 0 };
for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
  // Each operation is sent with the shared fragments, as the client does.
  const doc = `${readFileSync(new URL(file, dir), 'utf8')}\n${file === 'fragments.graphql' ? '' : fragments}`;
  const t = tokens(doc);
  if (t > largest.tokens) largest = { name: file, tokens: t, chars: doc.length };
}
console.log(
  `largest example operation: ${largest.name}, ${largest.tokens} tokens, ${largest.chars} characters\n`,
);

// Warm-up: the first requests pay for compiling the pipeline, not for the document.
for (const make of Object.values(crafted)) await cpuMsOf(make(300));

console.log('| document | tokens | characters | HTTP status | median CPU ms per request |');
console.log('|---|---:|---:|---:|---:|');
const baseline = await cpuMsOf('{ customer(externalId: "C-1") { nope } }');
console.log(`| baseline: one unknown field | 10 | 40 | ${baseline.status} | ${baseline.ms.toFixed(2)} |`);
for (const budget of [250, 500, 750, 1_000, 2_000, 5_000]) {
  for (const [kind, make] of Object.entries(crafted)) {
    const doc = make(budget);
    const { ms, status } = await cpuMsOf(doc);
    console.log(`| ${kind} | ${tokens(doc)} | ${doc.length} | ${status} | ${ms.toFixed(2)} |`);
  }
}
// Characters the lexer reads but never counts as tokens: a comment around a small refused query.
for (const chars of [20_000, 100_000, 1_000_000]) {
  const doc = `#${'x'.repeat(chars - 40)}\n{ customer(externalId: "C-1") { nope } }`;
  const { ms, status } = await cpuMsOf(doc);
  console.log(`| comment padding | ${tokens(doc)} | ${doc.length} | ${status} | ${ms.toFixed(2)} |`);
}
// The largest documents against the default limits: refused by the door before parsing.
const defaults = loadConfig({
  ALGOREG_BASE_URL: 'http://127.0.0.1:9',
  ALGOREG_API_USER: 'bench',
  ALGOREG_API_KEY: 'bench',
  RATE_LIMIT_PER_MINUTE: '0',
  AUDIT_LOG: 'off',
  LOG_LEVEL: 'silent',
});
yoga = createGateway({ config: defaults, connection: connectAlgoreg(defaults.upstream, logger), logger });
const { maxTokens, maxChars } = defaults.limits;
console.log(`\nWith the defaults (MAX_QUERY_TOKENS=${maxTokens}, MAX_QUERY_CHARS=${maxChars}):\n`);
console.log('| document | tokens | characters | HTTP status | median CPU ms per request |');
console.log('|---|---:|---:|---:|---:|');
for (const [kind, make] of Object.entries(crafted)) {
  for (const budget of [250, 500, maxTokens, maxTokens + 20, 1_000, 5_000]) {
    const doc = make(budget);
    const { ms, status } = await cpuMsOf(doc);
    console.log(`| ${kind} | ${tokens(doc)} | ${doc.length} | ${status} | ${ms.toFixed(2)} |`);
  }
}
const padded = `#${'x'.repeat(1_000_000)}\n{ customer(externalId: "C-1") { nope } }`;
const refused = await cpuMsOf(padded);
console.log(`| comment padding | 11 | ${padded.length} | ${refused.status} | ${refused.ms.toFixed(2)} |`);
process.exit(0);
