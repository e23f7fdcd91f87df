// @ts-nocheck
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, HTTPResponse, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTabs } from '../src/graphiql.ts';
import { artifactsDir, launchChromium } from './browser.ts';
import { useStack } from './harness.ts';

const stack = useStack();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

interface Sent {
  operationName?: string;
  query?: string;
}

/** The operation a GraphiQL request ran, unless it was GraphiQL's own schema introspection. */
function operationOf(response: HTTPResponse): string | undefined {
  const request = response.request();
  if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return undefined;
  const sent = JSON.parse(request.postData() ?? '{}') as Sent;
  if (sent.query?.includes('__schema')) return undefined;
  return sent.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(sent.query ?? '')?.[1];
}

/**
 * Presses ▶ until GraphiQL sends the tab's operation: right after a tab switch GraphiQL may still be
 * settling its editor state and ignore the press. Anything other than the tab's operation fails.
 */
async function runActiveTab(page: Page, name: string): Promise<HTTPResponse> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const answered = page
      .waitForResponse((r) => operationOf(r) !== undefined, { timeout: 2_000 })
      .catch(() => undefined);
    await page.$eval('.graphiql-execute-button', (el) => (el as HTMLElement).click());
    const response = await answered;
    if (response) {
      if (operationOf(response) !== name) throw new Error(`tab ${name} ran ${operationOf(response)}`);
      return response;
    }
  }
  throw new Error(`tab ${name}: ▶ sent nothing`);
}

describe('GraphiQL in a real browser', () => {
  it('opens one tab per example operation, and every tab runs with data and no errors', async () => {
    const expected = exampleTabs().map((t) => t.name);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`${stack.url}/graphql`, { waitUntil: 'networkidle0' });
    const names = await page.$$eval('.graphiql-tab-button', (els) => els.map((e) => e.textContent?.trim()));
    expect(names).toEqual(expected);

    const results: Record<string, { status: number; errors?: unknown; data?: unknown }> = {};
    for (const [i, name] of expected.entries()) {
      // A DOM click: the tab strip animates into place on load, which a pointer click can miss.
      await page.$$eval('.graphiql-tab-button', (els, index) => (els[index] as HTMLElement).click(), i);
      const response = await runActiveTab(page, name);
      results[name] = { status: response.status(), ...((await response.json()) as object) };
      // The result pane shows the answer: wait for it, then keep the screenshot as an artefact.
      await page.waitForFunction(() =>
        document.querySelector('.graphiql-response')?.textContent?.includes('"data"'),
      );
      await page.screenshot({ path: `${artifactsDir()}graphiql-${String(i).padStart(2, '0')}-${name}.png` });
    }
    const failed = Object.entries(results).filter(([, r]) => r.status !== 200 || r.errors || !r.data);
    expect(failed).toEqual([]);
    expect(Object.keys(results)).toEqual(expected);
    await page.close();
  }, 180_000);

  it('loads its assets once: a second visit transfers only the page', async () => {
    // What crosses the wire, counted by a proxy between the browser and the gateway: Chromium's
    // own cache flags do not cover the requests of web workers.
    const proxy = await countingProxy(stack.url);
    const page = await browser.newPage();
    try {
      await page.goto(`${proxy.url}/graphql`, { waitUntil: 'networkidle0' });
      const first = proxy.take();
      await page.goto(`${proxy.url}/graphql`, { waitUntil: 'networkidle0' });
      const second = proxy.take();
      expect(first.assets).toBeGreaterThanOrEqual(5);
      expect(first.bytes).toBeGreaterThan(1_000_000);
      expect(second.assets).toBe(0);
      // Only the page itself (the example tabs are in it); GraphiQL's schema introspection is a
      // POST of the schema, not an asset, and is not counted.
      expect(second.bytes).toBeLessThan(100_000);
    } finally {
      await page.close();
      await proxy.close();
    }
  });
});

/** An HTTP proxy to `target` that counts the bytes of the GET responses it relays, and the asset requests. */
async function countingProxy(target: string) {
  let bytes = 0;
  let assets = 0;
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/graphiql/')) assets += 1;
    const upstream = httpRequest(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.on('data', (chunk: Buffer) => {
          if (req.method === 'GET') bytes += chunk.length;
        });
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const counted = { bytes, assets };
      bytes = 0;
      assets = 0;
      return counted;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
