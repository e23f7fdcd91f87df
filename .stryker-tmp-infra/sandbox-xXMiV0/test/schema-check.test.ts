// @ts-nocheck
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeTestManifest } from './manifest.ts';

const SCRIPT = new URL('../scripts/check-schema.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
const released = readFileSync(new URL('../schema/baseline.graphql', import.meta.url), 'utf8');

/** Runs `scripts/check-schema.ts` (what `npm run check` runs) with the given baseline and manifest. */
async function check(baseline: string, manifest?: string): Promise<{ code: number; output: string }> {
  const path = join(dir, `baseline-${Math.random().toString(36).slice(2)}.graphql`);
  writeFileSync(path, baseline);
  const args = [SCRIPT, '--baseline', path, '--manifest', manifest ?? join(dir, 'no-manifest.json')];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('the breaking-change check of `npm run check`', () => {
  it('passes against the committed baseline, validating every example operation', async () => {
    const { code, output } = await check(released);
    expect(output).toContain('No breaking schema changes');
    expect(output).toMatch(/All \d+ operations of schema\/operations\//);
    expect(code).toBe(0);
  });

  it('fails when a released field or enum value is gone, naming it and how to release on purpose', async () => {
    // The released schema had a field and an enum value the current one lacks: removals.
    const baseline = released
      .replace(/^type Customer implements Node \{\n/m, (m) => `${m}  faxNumber: String\n`)
      .replace(/^enum AlertState \{\n/m, (m) => `${m}  ARCHIVED\n`);
    expect(baseline).not.toBe(released);
    const { code, output } = await check(baseline);
    expect(code).toBe(1);
    expect(output).toContain("Field 'faxNumber' was removed from object type 'Customer'");
    expect(output).toMatch(/Enum value 'ARCHIVED' was removed from enum 'AlertState'/);
    expect(output).toContain('npm run schema:release');
  });

  it("validates every operation of the client's manifest against the new schema", async () => {
    const path = await writeTestManifest();
    const ok = await check(released, path);
    expect(ok.output).toMatch(new RegExp(`All \\d+ operations of ${path}`));
    expect(ok.code).toBe(0);

    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    const [hash, document] = Object.entries(manifest)[0] ?? [];
    const stale = join(dir, 'stale-manifest.json');
    writeFileSync(
      stale,
      JSON.stringify({ ...manifest, [String(hash)]: document?.replace('{', '{ faxNumber ') }),
    );
    const bad = await check(released, stale);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(`${hash}: Cannot query field "faxNumber"`);
  });
});
