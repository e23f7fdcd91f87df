// @ts-nocheck
import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, launch } from 'puppeteer-core';

/**
 * Headless Chromium for tests that check a page the way a person meets it. Uses Debian's
 * `chromium` (`.ci/run` installs it when missing) or `CHROMIUM_PATH`; browser downloads do not
 * work on these machines, so puppeteer-core never fetches one.
 */
export async function launchChromium(): Promise<Browser> {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const executablePath = candidates.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) {
    throw new Error('No Chromium found: `apt-get install chromium`, or set CHROMIUM_PATH.');
  }
  return launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** Where tests keep their screenshots (ignored by git), created on demand. */
export function artifactsDir(): string {
  const dir = new URL('./artifacts/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  return dir.pathname;
}
