// @ts-nocheck
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { type Stack, startStack } from './harness.ts';

const TOKEN = 'browser-test-token';
const DOCUMENT_DOWNLOAD = 'GET /api/v1/documents/{document_id}/download';

/** A server of one empty page: a frontend on an origin of its own. */
async function pageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>frontend</title><body></body>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** What a page's `fetch` of the gateway gave: the status and body, or the error a browser raises. */
function graphqlFromPage(page: Page, gateway: string, query: string) {
  return page.evaluate(
    async (url, token, q) => {
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: q }),
        });
        return { status: res.status, body: await res.json() };
      } catch (error) {
        return { error: String(error) };
      }
    },
    gateway,
    TOKEN,
    query,
  );
}

describe('a frontend on another origin, in a real browser', () => {
  let stack: Stack;
  let browser: Browser;
  let allowed: { origin: string; server: Server };
  let other: { origin: string; server: Server };
  beforeAll(async () => {
    [allowed, other, browser] = await Promise.all([pageServer(), pageServer(), launchChromium()]);
    stack = await startStack({ GATEWAY_API_TOKENS: TOKEN, CORS_ORIGINS: allowed.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    allowed?.server.close();
    other?.server.close();
  });

  it('calls GraphQL with its token from an allowed origin, and a plain <a href> downloads a document', async () => {
    const page = await browser.newPage();
    await page.goto(allowed.origin);
    const query = '{ documents(first: 1) { edges { node { fileName size downloadUrl } } } }';
    const result = await graphqlFromPage(page, stack.url, query);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(200);
    const doc = result.body.data.documents.edges[0].node as {
      fileName: string;
      size: number;
      downloadUrl: string;
    };

    // The browser saves what the link opens; it completes only if the gateway served the file.
    const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allowAndName',
      downloadPath: dir,
      eventsEnabled: true,
    });
    const done = new Promise<{ state: string; guid: string }>((resolve) => {
      cdp.on('Browser.downloadProgress', (e) => {
        if (e.state !== 'inProgress') resolve(e);
      });
    });
    const named = new Promise<string>((resolve) => {
      cdp.on('Browser.downloadWillBegin', (e) => resolve(e.suggestedFilename));
    });
    await page.evaluate((href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'Download';
      document.body.append(a);
      a.click();
    }, doc.downloadUrl);
    const progress = await done;
    expect(progress.state).toBe('completed');
    expect(await named).toBe(doc.fileName);
    expect(readFileSync(join(dir, progress.guid)).length).toBe(doc.size);
    expect((await stack.stats()).byRoute[DOCUMENT_DOWNLOAD]).toBe(1);
    await page.close();
  });

  it('cannot call the gateway from an origin that is not allowed', async () => {
    const page = await browser.newPage();
    await page.goto(other.origin);
    const result = await graphqlFromPage(
      page,
      stack.url,
      '{ customer(externalId: "C-0001") { externalId } }',
    );
    expect(result.error).toMatch(/Failed to fetch/);
    await page.close();
  });
});
