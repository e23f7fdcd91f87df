import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const MiB = 1024 * 1024;

/**
 * Starts the gateway (startApp, as `npm start` does) in a fresh process pointed at a tenant URL,
 * optionally fetches `path` from it, then collects garbage fully and reports what it holds.
 */
function footprint(path?: string): Promise<{ heapUsed: number; external: number; status?: number }> {
  const script = `
    const { loadConfig } = await import('./src/config.ts');
    const { createLogger } = await import('./src/logger.ts');
    const { startApp } = await import('./src/app.ts');
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ALGOREG_BASE_URL: 'http://127.0.0.1:9',
      ALGOREG_API_USER: 'u', ALGOREG_API_KEY: 'k', LOG_LEVEL: 'error', GRAPHIQL: 'true', WORKERS: '1' });
    const app = await startApp(config, createLogger('error'));
    let status;
    if (${JSON.stringify(path ?? '')}) {
      const res = await fetch(app.url + ${JSON.stringify(path ?? '')}, { headers: { accept: 'text/html' } });
      await res.arrayBuffer();
      status = res.status;
    }
    globalThis.gc(); globalThis.gc();
    const { heapUsed, external } = process.memoryUsage();
    console.log(JSON.stringify({ heapUsed, external, status }));
    await app.close(0);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`exited ${code}: ${out}`));
      else resolve(JSON.parse(line));
    });
  });
}

// V8 grows the old generation to a multiple of what is live, so what every process holds for
// good shows up several times over in its peak RSS under load (README, "Memory: what every
// process holds"). Before GraphiQL's assets, the sandbox and the optional clients were loaded on
// demand, a started gateway held ~57 MB; now ~38 MB.
describe('what a started gateway holds', () => {
  it('under 45 MB of heap, with GraphiQL on but not yet visited', async () => {
    const { heapUsed, external } = await footprint();
    expect(heapUsed / MiB).toBeLessThan(45);
    expect(external / MiB).toBeLessThan(20);
  }, 30_000);

  it('still under 45 MB of heap once GraphiQL has been visited: its assets are held as bytes, outside the heap', async () => {
    const { heapUsed, status } = await footprint('/graphql');
    expect(status).toBe(200);
    expect(heapUsed / MiB).toBeLessThan(45);
  }, 30_000);
});
