// @ts-nocheck
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchChromium } from './browser.ts';
import { type Stack, startStack } from './harness.ts';

const run = promisify(execFile);
const example = fileURLToPath(new URL('../examples/back-office/', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The built page as a static host serves it: files, and index.html for any other path. */
function serveStatic(dir: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (!(await stat(file).catch(() => undefined))?.isFile()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let stack: Stack;
let page: Page;
let browser: Browser;
let server: Server;
let origin: string;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'back-office-'));
  const dist = join(work, 'dist');
  // The page is served from its own origin and calls the gateway across origins, as it would be
  // deployed: the gateway is told to allow that origin (CORS_ORIGINS).
  server = await serveStatic(dist);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  [stack, browser] = await Promise.all([startStack({ CORS_ORIGINS: origin }), launchChromium()]);
  await run(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: example,
    env: { ...process.env, VITE_GATEWAY_URL: stack.url },
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (work) await rm(work, { recursive: true, force: true });
});

const shot = (name: string) =>
  page.screenshot({ path: `${artifactsDir()}back-office-${name}.png`, fullPage: true });
const text = (selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
const queueAlerts = () =>
  page.$$eval('[aria-label="Alert queue"] tr[data-alert]', (rows) =>
    rows.map((r) => r.getAttribute('data-alert')),
  );

describe('the back-office example in a real browser', () => {
  it('queue → customer → decide → upload: the alert leaves the queue and the document appears', async () => {
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    page.on('pageerror', (e) => failed.push(`page error: ${(e as Error).message}`));

    await page.goto(origin, { waitUntil: 'networkidle0' });
    await page.waitForSelector('[aria-label="Alert queue"] tr[data-alert] button[data-customer]');
    const total = Number(await text('[data-testid="queue-total"]'));
    const before = await queueAlerts();
    expect(before.length).toBeGreaterThan(1);
    expect(total).toBeGreaterThanOrEqual(before.length);
    // Each alert shows its customer and the customer's risk.
    const firstRow = await page.$eval('[aria-label="Alert queue"] tr[data-alert]', (row) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    );
    expect(firstRow[3]).toBeTruthy();
    expect(firstRow[4]).toMatch(/^(LOW|MEDIUM|HIGH|UNDEFINED)$/);
    await shot('1-queue');

    // Open the first alert's customer: risk, EDD, alerts and documents.
    const alertId = before[0] as string;
    const customer = await page.$eval(`tr[data-alert="${alertId}"] button[data-customer]`, (b) =>
      b.getAttribute('data-customer'),
    );
    await page.click(`tr[data-alert="${alertId}"] button[data-customer]`);
    await page.waitForSelector(`[data-customer-360="${customer}"] [data-decide="${alertId}"]`);
    expect(await text('[data-testid="risk"]')).toMatch(/LOW|MEDIUM|HIGH|UNDEFINED/);
    expect(await text('[data-testid="edd"]')).not.toBe('');
    const openAlerts = Number(await text('[data-testid="open-alerts"]'));
    const documents = Number(await text('[data-testid="document-count"]'));
    await shot('2-customer');

    // Decide: the alert leaves the filtered queue and the total drops, without reloading the queue.
    await page.click(`[data-decide="${alertId}"]`);
    await page.waitForFunction(
      (id) => !document.querySelector(`[aria-label="Alert queue"] tr[data-alert="${id}"]`),
      {},
      alertId,
    );
    expect(await text('[data-testid="queue-total"]')).toBe(String(total - 1));
    expect(await queueAlerts()).toEqual(before.filter((id) => id !== alertId));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="open-alerts"]')?.textContent === String(n),
      {},
      openAlerts - 1,
    );
    expect(await text(`[data-customer-360] li[data-alert="${alertId}"] [data-testid="alert-state"]`)).toBe(
      'FALSE_POSITIVE',
    );
    await shot('3-decided');

    // Upload a PDF: a multipart request; the document appears in the customer's list.
    const pdf = join(work, 'proof-of-address.pdf');
    await writeFile(
      pdf,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]),
    );
    const input = await page.$('form[aria-label="Upload a document"] input[type="file"]');
    if (!input) throw new Error('no file input');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(pdf);
    await page.type('form[aria-label="Upload a document"] input[name="displayName"]', 'Proof of address');
    const uploaded = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        (r.request().headers()['content-type'] ?? '').startsWith('multipart/form-data'),
    );
    await page.click('form[aria-label="Upload a document"] button[type="submit"]');
    expect((await uploaded).status()).toBe(200);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.documents a')].some((a) => a.textContent === 'Proof of address'),
    );
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="document-count"]')?.textContent === String(n),
      {},
      documents + 1,
    );
    const link = await page.$$eval('.documents a', (as) =>
      as.filter((a) => a.textContent === 'Proof of address').map((a) => (a as HTMLAnchorElement).href),
    );
    expect(link[0]).toMatch(
      new RegExp(`^${stack.url}/documents/.+/download\\?expires=\\d+&signature=[\\w-]+$`),
    );
    await shot('4-uploaded');

    expect(failed).toEqual([]);
  }, 60_000);
});
