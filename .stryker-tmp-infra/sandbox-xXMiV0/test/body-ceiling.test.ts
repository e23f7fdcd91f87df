// @ts-nocheck
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { PREFLIGHT, useStack } from './harness.ts';

/**
 * The ceiling on a whole request body (twice MAX_UPLOAD_BYTES plus 1 MB, src/body-ceiling.ts):
 * refused by its Content-Length before it is read, and counted as it streams when it has none.
 */

const MAX_UPLOAD = 1000;
const CEILING = 2 * MAX_UPLOAD + 1_048_576;
const stack = useStack({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD) });

/** A multipart upload body of `size` bytes or more (a file part padded to it). */
function multipart(size: number): { body: Buffer; type: string } {
  const boundary = 'ceiling-boundary';
  const operations = JSON.stringify({ query: '{ __typename }', variables: {} });
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const pad = Math.max(0, size - head.length - tail.length);
  return {
    body: Buffer.concat([Buffer.from(head), Buffer.alloc(pad, 0x61), Buffer.from(tail)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

/** POSTs `body` to /graphql, chunked (no Content-Length) or with its length. */
function post(body: Buffer, type: string, chunked: boolean): Promise<{ status: number; text: string }> {
  const url = new URL('/graphql', stack.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': type,
          ...PREFLIGHT,
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    for (let i = 0; i < body.length; i += 65_536) req.write(body.subarray(i, i + 65_536));
    req.end();
  });
}

describe('the ceiling on a request body', () => {
  it('refuses a body whose Content-Length is over it with 413, and one that streams past it', async () => {
    const over = multipart(CEILING + 1);
    const byLength = await post(over.body, over.type, false);
    expect(byLength.status).toBe(413);
    expect(byLength.text).toContain('REQUEST_ENTITY_TOO_LARGE');
    const streamed = await post(over.body, over.type, true);
    // Yoga's multipart parser reports the counting stream's error as bad multipart data.
    expect(streamed.status).toBe(400);
    expect(streamed.text).toContain('Request body too large');
    expect((await stack.stats()).calls).toBe(0);
  });

  it('reads a body under it, with or without a Content-Length', async () => {
    const under = multipart(CEILING - 10_000);
    for (const chunked of [false, true]) {
      const res = await post(under.body, under.type, chunked);
      expect(res.text).not.toContain('REQUEST_ENTITY_TOO_LARGE');
    }
  });
});
