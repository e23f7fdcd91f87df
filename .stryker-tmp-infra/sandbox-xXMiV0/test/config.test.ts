// @ts-nocheck
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Runs `node src/main.ts` (what `npm start` runs) with only these variables set. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['src/main.ts'],
      // Ports of 0 so that a configuration wrongly accepted listens somewhere harmless.
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', PORT: '0', SANDBOX_PORT: '0', ...env },
        timeout: 15_000,
      },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, output: `${stdout}${stderr}` }),
    );
  });
}

describe('configuration', () => {
  it.concurrent('stops the process on bad values, naming every bad variable', async () => {
    const { code, output } = await start({
      PORT: 'abc',
      ALGOREG_TIMEOUT_MS: '-1',
      ALGOREG_BASE_URL: 'ftp://x',
      ALGOREG_API_USER: 'u',
      ALGOREG_API_KEY: 'k',
      LOG_LEVEL: 'loud',
    });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    for (const name of ['PORT', 'ALGOREG_TIMEOUT_MS', 'ALGOREG_BASE_URL', 'LOG_LEVEL']) {
      expect(output).toContain(name);
    }
    expect(output).not.toMatch(/^\s+at /m); // a message, not a stack trace
    expect(output).not.toContain('ready');
  });

  it.concurrent('stops the process when ALGOREG_BASE_URL comes without credentials, naming both', async () => {
    const { code, output } = await start({ ALGOREG_BASE_URL: 'https://api.algoreg.com' });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain('ALGOREG_API_USER');
    expect(output).toContain('ALGOREG_API_KEY');
    expect(output).not.toMatch(/^\s+at /m);
  });

  const refused: [string, Record<string, string>, string][] = [
    ['a port that is not a number', { PORT: 'abc' }, 'PORT'],
    ['a port out of range', { SANDBOX_PORT: '70000' }, 'SANDBOX_PORT'],
    ['a negative timeout', { ALGOREG_TIMEOUT_MS: '-1' }, 'ALGOREG_TIMEOUT_MS'],
    ['a fractional concurrency', { ALGOREG_CONCURRENCY: '2.5' }, 'ALGOREG_CONCURRENCY'],
    ['a base URL that is not http(s)', { ALGOREG_BASE_URL: 'ftp://x' }, 'ALGOREG_BASE_URL'],
    ['an unknown auth mode', { ALGOREG_AUTH: 'oauth3' }, 'ALGOREG_AUTH'],
    ['a boolean that is not one', { UPSTREAM_TRACING: 'maybe' }, 'UPSTREAM_TRACING'],
    ['zero workers', { WORKERS: '0' }, 'WORKERS'],
  ];
  for (const [what, env, name] of refused) {
    it(`refuses ${what}, naming ${name}`, () => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(name);
    });
  }

  it('uses the embedded sandbox with tracing on when no upstream is configured', () => {
    const config = loadConfig({});
    expect(config.upstream.baseUrl).toBeUndefined();
    expect(config.tracing).toBe(true);
    expect(config.port).toBe(4000);
    expect(config.sandbox.port).toBe(4010);
    expect(Object.isFrozen(config.upstream)).toBe(true);
  });

  it('talks to a configured Algoreg with its credentials, tracing off by default', () => {
    const config = loadConfig({
      ALGOREG_BASE_URL: 'https://api.acme.algoreg.com/',
      ALGOREG_API_USER: 'api@acme.test',
      ALGOREG_API_KEY: 'k-1',
      ALGOREG_AUTH: 'basic',
    });
    expect(config.upstream).toMatchObject({
      baseUrl: 'https://api.acme.algoreg.com',
      user: 'api@acme.test',
      key: 'k-1',
      auth: 'basic',
    });
    expect(config.tracing).toBe(false);
  });

  it('runs one process with the sandbox and in tests, every core in production, or WORKERS', () => {
    const tenant = {
      ALGOREG_BASE_URL: 'https://api.acme.algoreg.com',
      ALGOREG_API_USER: 'u',
      ALGOREG_API_KEY: 'k',
    };
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ NODE_ENV: 'test', ...tenant }).workers).toBe(1);
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true' }).workers).toBe(1);
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true', ...tenant }).workers).toBe(
      availableParallelism(),
    );
    expect(
      loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true', WORKERS: '3', ...tenant }).workers,
    ).toBe(3);
    expect(loadConfig({ WORKERS: '2' }).workers).toBe(2);
  });
});
