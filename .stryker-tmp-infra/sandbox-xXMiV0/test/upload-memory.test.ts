// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { pdfOf, uploadDocumentForm } from './harness.ts';

const MiB = 1024 * 1024;
const UPLOAD = 'POST /api/v1/documents';
/** The default MAX_UPLOAD_BYTES: its base64 text, what Algoreg receives, is 26.7 MiB. */
const FILE_BYTES = 20 * MiB;
const BASE64_BYTES = 4 * Math.ceil(FILE_BYTES / 3);

interface Mem {
  rss: number;
  heapUsed: number;
  external: number;
}
type FromChild = { url: string } | { mem: Mem };

/*
 * The gateway runs in its own process (bench/upload-memory.ts --child: the same startApp() as
 * `npm start`, sampling its memory every 2 ms), so only its memory is measured. A gateway that
 * builds the JSON body (or the base64 text) whole holds at least the base64 text on its JS heap:
 * strings live there, while the multipart file itself is a Buffer outside it. A heap limit under
 * the base64 size does not work as a test here: the gateway needs about 50 MB of heap to start.
 */
describe('an upload', () => {
  let sandbox: Sandbox;
  let gateway: ChildProcess;
  let url: string;
  const next = () =>
    new Promise<FromChild>((resolve) => gateway.once('message', (m: FromChild) => resolve(m)));
  const ask = async (kind: 'gc' | 'mark' | 'peak'): Promise<Mem> => {
    const reply = next();
    gateway.send({ kind });
    const m = await reply;
    if (!('mem' in m)) throw new Error('unexpected message from the gateway');
    return m.mem;
  };
  beforeAll(async () => {
    sandbox = await createSandbox();
    gateway = spawn(
      process.execPath,
      [
        // A small young generation: short-lived garbage is collected at once, so the heap shows what lives.
        '--max-semi-space-size=1',
        '--expose-gc',
        fileURLToPath(new URL('../bench/upload-memory.ts', import.meta.url)),
        '--child',
      ],
      {
        env: {
          PATH: process.env.PATH ?? '',
          ALGOREG_BASE_URL: sandbox.url,
          ALGOREG_API_USER: SANDBOX_CREDENTIALS.user,
          ALGOREG_API_KEY: SANDBOX_CREDENTIALS.key,
          ALGOREG_TIMEOUT_MS: '60000',
          REQUEST_TIMEOUT_MS: '60000',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    const ready = await next();
    if (!('url' in ready)) throw new Error('the gateway did not start');
    url = ready.url;
  }, 40_000);
  afterAll(async () => {
    if (gateway && gateway.exitCode === null) {
      const exited = new Promise((resolve) => gateway.once('exit', resolve));
      gateway.kill('SIGTERM');
      await exited;
    }
    await sandbox?.close();
  });

  const uploadOnce = (bytes: Buffer) => uploadDocumentForm(url, bytes, 'C-0002');
  const pdf = (size: number) => pdfOf(size, 0x41);

  it('is streamed to Algoreg: a 20 MB file grows the gateway’s JS heap by far less than its base64 text', async () => {
    // Warm-up: code paths and the pool loaded.
    expect((await uploadOnce(pdf(64 * 1024))).data?.uploadDocument?.errors).toEqual([]);
    const before = await ask('gc');
    await ask('mark');
    const body = await uploadOnce(pdf(FILE_BYTES));
    const peak = await ask('peak');
    expect(body.data?.uploadDocument?.errors, JSON.stringify(body).slice(0, 500)).toEqual([]);
    expect(body.data?.uploadDocument?.document?.size).toBe(FILE_BYTES);
    expect(sandbox.stats().byRoute[UPLOAD]).toBe(2);
    const heapGrowth = peak.heapUsed - before.heapUsed;
    // Measured streaming: a few MB. Holding the base64 text whole: at least 26.7 MiB.
    console.info(`upload of 20 MiB: heap grew ${(heapGrowth / MiB).toFixed(1)} MiB`);
    expect(heapGrowth, `heap grew ${(heapGrowth / MiB).toFixed(1)} MiB`).toBeLessThan(BASE64_BYTES / 2);
  }, 60_000);
});
