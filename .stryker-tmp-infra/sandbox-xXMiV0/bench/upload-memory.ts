// @ts-nocheck
// `node bench/upload-memory.ts [--mb 20] [--runs 3]`: how much the gateway's memory grows while
// it takes a 20 MB multipart upload and sends it to Algoreg (base64 inside JSON). The gateway runs
// in a child process (this file with --child, the same startApp() as `npm start`) pointed at a
// sandbox in this process, so only the gateway's own memory is measured. The child samples
// process.memoryUsage() every 2 ms; growth is its peak during an upload minus its level before,
// after a full GC. The child runs with the Node flags of `npm start` (package.json). The first
// upload of a fresh process also grows the young generation to its working size (a one-off that
// any traffic causes, see README "Benchmarks"): it is reported apart as `cold`, and the runs after
// it measure the upload itself. Writes bench/results/upload-memory.json.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApp } from '../src/app.ts';
import { loadConfig, SANDBOX_CREDENTIALS } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createSandbox } from '../src/sandbox/server.ts';

const MiB = 1024 * 1024;
const UPLOAD_ROUTE = 'POST /api/v1/documents';

interface Mem {
  rss: number;
  heapUsed: number;
  /** Memory outside the JS heap: Buffers, ArrayBuffers, strings' external storage. */
  external: number;
}

type ToChild = { kind: 'gc' } | { kind: 'mark' } | { kind: 'peak' };
type FromChild = { url: string } | { mem: Mem };

if (process.argv.includes('--child')) await child();
else await parent();

/** The gateway, reporting its memory on request. */
async function child(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
  const app = await startApp(config, createLogger(config.logLevel));
  const now = (): Mem => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
  };
  let peak = now();
  setInterval(() => {
    const m = now();
    peak = {
      rss: Math.max(peak.rss, m.rss),
      heapUsed: Math.max(peak.heapUsed, m.heapUsed),
      external: Math.max(peak.external, m.external),
    };
  }, 2).unref();
  const send = (m: FromChild) => process.send?.(m);
  process.on('message', (m: ToChild) => {
    if (m.kind === 'gc') {
      globalThis.gc?.();
      globalThis.gc?.();
      send({ mem: now() });
    } else if (m.kind === 'mark') {
      peak = now();
      send({ mem: peak });
    } else send({ mem: peak });
  });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  send({ url: app.url });
}

async function parent(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const sizeMb = arg('mb', 20);
  const runs = arg('runs', 3);
  const size = Math.round(sizeMb * MiB);

  const sandbox = await createSandbox({ port: 0 });
  const proc: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', ...startFlags(), fileURLToPath(import.meta.url), '--child'],
    {
      env: {
        ...process.env,
        ALGOREG_BASE_URL: sandbox.url,
        ALGOREG_API_USER: SANDBOX_CREDENTIALS.user,
        ALGOREG_API_KEY: SANDBOX_CREDENTIALS.key,
        ALGOREG_TIMEOUT_MS: '60000',
        MAX_UPLOAD_BYTES: String(Math.max(size, 20 * MiB)),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const next = () => new Promise<FromChild>((resolve) => proc.once('message', (m: FromChild) => resolve(m)));
  const ask = async (kind: ToChild['kind']): Promise<Mem> => {
    const reply = next();
    proc.send({ kind });
    const m = await reply;
    if (!('mem' in m)) throw new Error('unexpected message from the gateway');
    return m.mem;
  };
  const ready = await next();
  if (!('url' in ready)) throw new Error('the gateway did not start');
  const gatewayUrl = ready.url;

  const uploadOnce = async (bytes: Buffer<ArrayBuffer>) => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query:
          'mutation($input: UploadDocumentInput!) { uploadDocument(input: $input) { document { documentId size } errors { code } } }',
        variables: { input: { customerExternalId: 'C-0002', displayName: 'Memory test', file: null } },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new Blob([bytes], { type: 'application/pdf' }), 'memory-test.pdf');
    const started = performance.now();
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    const body = (await res.json()) as {
      data?: { uploadDocument?: { document?: { size: number } | null } };
      errors?: unknown;
    };
    if (body.data?.uploadDocument?.document?.size !== bytes.length) {
      throw new Error(`upload failed: ${JSON.stringify(body).slice(0, 500)}`);
    }
    return performance.now() - started;
  };

  const file = (n: number) => Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(n - 9)]);
  // Warm-up: load the code paths and the connection pool with a small file, twice.
  await uploadOnce(file(64 * 1024));
  await uploadOnce(file(64 * 1024));

  const results: { ms: number; before: Mem; peak: Mem; after: Mem }[] = [];
  for (let i = 0; i <= runs; i++) {
    const bytes = file(size);
    const before = await ask('gc');
    await ask('mark');
    const ms = await uploadOnce(bytes);
    const peak = await ask('peak');
    const after = await ask('gc');
    results.push({ ms, before, peak, after });
  }
  const calls = sandbox.stats().byRoute[UPLOAD_ROUTE];
  proc.kill('SIGTERM');
  await sandbox.close();

  const mb = (n: number) => Math.round((n / MiB) * 10) / 10;
  const rows = results.map((r, i) => ({
    run: i === 0 ? 'cold' : String(i),
    seconds: Math.round(r.ms) / 1000,
    rssGrowthMb: mb(r.peak.rss - r.before.rss),
    heapGrowthMb: mb(r.peak.heapUsed - r.before.heapUsed),
    externalGrowthMb: mb(r.peak.external - r.before.external),
    rssAfterGcMb: mb(r.after.rss),
  }));
  const cold = rows[0]?.rssGrowthMb ?? Number.NaN;
  const worst = Math.max(...rows.slice(1).map((r) => r.rssGrowthMb));
  const report = {
    fileMb: mb(size),
    base64Mb: mb(4 * Math.ceil(size / 3)),
    uploadsSentUpstream: calls,
    node: process.version,
    nodeFlags: startFlags(),
    coldRssGrowthMb: cold,
    runs: rows,
    worstRssGrowthMb: worst,
    worstRssGrowthPerFileMb: Math.round((worst / mb(size)) * 100) / 100,
  };
  console.table(rows);
  console.log(
    `${mb(size)} MB upload (${report.base64Mb} MB as base64): worst gateway RSS growth ${worst} MB (${report.worstRssGrowthPerFileMb}× the file); first upload of a fresh process ${cold} MB`,
  );
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('upload-memory.json', dir), `${JSON.stringify(report, null, 2)}\n`);
}

/** The Node flags of `npm start` (package.json), e.g. `--max-semi-space-size=…`. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((a) => a.startsWith('--'));
}
