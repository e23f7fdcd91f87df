import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';

/** One GraphQL request on a connection of its own, so the cluster hands it to a live worker. */
function ask(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query: ONE_CUSTOMER }));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WORKERS=2', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let child: ChildProcess | undefined;
  const pids: number[] = [];
  afterAll(() => {
    child?.kill('SIGKILL');
    for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });

  it('serves from two processes on one port, replaces a worker that dies, and drains all on SIGTERM', async () => {
    child = spawn(process.execPath, ['src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        SANDBOX_PORT: '0',
        LOG_LEVEL: 'info',
        WORKERS: '2',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const entries: { msg: string; workerPid?: number }[] = [];
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; workerPid?: number };
      entries.push(entry);
      if (entry.msg === 'worker listening' && entry.workerPid) pids.push(entry.workerPid);
    });
    const gateway = await vi.waitFor(
      () => {
        const ready = entries.map((e) => /GraphiQL at (\S+)\/graphql/.exec(e.msg)?.[1]).find(Boolean);
        if (!ready) throw new Error('not ready yet');
        return ready;
      },
      { timeout: 30_000, interval: 50 },
    );
    expect(pids).toHaveLength(2);
    expect(new Set([...pids, child.pid]).size).toBe(3);
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(gateway)));
    for (const a of answers) expect(a).toEqual({ status: 200, body: expect.stringContaining('"C-0001"') });

    const [victim, survivor] = pids as [number, number];
    process.kill(victim, 'SIGKILL');
    await vi.waitFor(() => expect(alive(victim)).toBe(false));
    // The port keeps answering while the dead worker is replaced.
    for (let i = 0; i < 6; i++) expect((await ask(gateway)).status).toBe(200);
    await vi.waitFor(() => expect(pids).toHaveLength(3), { timeout: 20_000, interval: 50 });
    const replacement = pids[2] as number;
    expect([victim, survivor]).not.toContain(replacement);
    expect(entries.some((e) => e.msg === 'worker died: restarting it' && e.workerPid === victim)).toBe(true);
    for (let i = 0; i < 6; i++) expect((await ask(gateway)).status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(alive(survivor)).toBe(false);
    expect(alive(replacement)).toBe(false);
    await expect(ask(gateway)).rejects.toThrow();
  }, 60_000);
});
