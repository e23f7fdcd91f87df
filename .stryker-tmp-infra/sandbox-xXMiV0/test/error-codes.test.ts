// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every `.ts` file of src/ but the sandbox's (which speaks Algoreg's codes, not ours). */
function sources(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'sandbox' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The codes the gateway's own code gives clients: in GraphQL errors, typed errors, payload errors, download answers. */
function emittedCodes(): Set<string> {
  const patterns = [
    /\bcode: '([A-Z][A-Z_]{3,})'/g,
    /refusal\(\s*[\w.()]+,\s*'([A-Z_]+)'/g,
    /super\(\s*'([A-Z_]+)'/g,
    /super\(message, '([A-Z_]+)'/g,
    /json\(\s*\d+,\s*'([A-Z_]+)'/g,
    /: '(INTERNAL_SERVER_ERROR)'/g,
  ];
  const codes = new Set<string>();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const p of patterns) for (const m of text.matchAll(p)) codes.add(m[1] as string);
  }
  return codes;
}

describe("README's error codes", () => {
  it('name every code the gateway emits', () => {
    const emitted = emittedCodes();
    // Upstream (9 typed errors), caller mistakes, authentication, bugs, payload outcomes, downloads,
    // and whatever comes next: the scan must find at least these, and the README must list them all.
    expect(emitted.size).toBeGreaterThanOrEqual(14);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const errors = readme.slice(readme.indexOf('### Errors'), readme.indexOf('### What a query costs'));
    const listed = new Set([...errors.matchAll(/`([A-Z][A-Z_]{3,})`/g)].map((m) => m[1] as string));
    expect([...emitted].filter((c) => !listed.has(c)).sort()).toEqual([]);
  });
});
