// @ts-nocheck
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnMain } from './harness.ts';
import { backOffice, sseSubscribe, until } from './live-helpers.ts';

const ONE_CUSTOMER = '{ customer(externalId: "C-0001") { externalId } }';

/** One GraphQL request on a connection of its own, so the cluster hands it to a live worker. */
function ask(url: string, query = ONE_CUSTOMER): Promise<{ status: number; body: string }> {
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
    req.end(JSON.stringify({ query }));
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

/** `npm start`'s entry with WORKERS=2 and the embedded sandbox, read from its log lines. */
async function startCluster(root: string, pids: number[]) {
  const child = spawnMain(root, { WORKERS: '2' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const entries: { msg: string; workerPid?: number; upstream?: string }[] = [];
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    const entry = JSON.parse(line) as { msg: string; workerPid?: number; upstream?: string };
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
  const sandbox = entries.find((e) => e.upstream)?.upstream as string;
  return { child, exited, entries, gateway, sandbox };
}

/** Subscribers of a topic on whichever worker takes a new connection (its `/metrics`). */
function subscribersOnNextWorker(url: string, topic: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/metrics`, { agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        const line = text.split('\n').find((l) => l.startsWith(`gateway_live_subscribers{topic="${topic}"}`));
        resolve(line ? Number(line.split(' ').at(-1)) : 0);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('WORKERS=2', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let child: ChildProcess | undefined;
  const pids: number[] = [];
  afterEach(() => {
    child?.kill('SIGKILL');
    for (const pid of pids.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });

  it('serves from two processes on one port, replaces a worker that dies, and drains all on SIGTERM', async () => {
    const cluster = await startCluster(root, pids);
    child = cluster.child;
    const { gateway, entries, exited } = cluster;
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

  it("shares live updates between the workers: the sandbox's webhook reaches one, the subscribers of both see it", async () => {
    const cluster = await startCluster(root, pids);
    child = cluster.child;
    const query =
      'subscription { alertUpdated(filter: { alertIds: ["ALR-00020"] }) { alertId lastRevision { state } } }';
    // Two streams on two connections, which the primary hands to the two workers in turn.
    const subs = [await sseSubscribe(cluster.gateway, query), await sseSubscribe(cluster.gateway, query)];
    // Registered on both: two new connections in a row reach both workers, one subscriber each.
    await until(
      async () =>
        (await subscribersOnNextWorker(cluster.gateway, 'alert')) === 1 &&
        (await subscribersOnNextWorker(cluster.gateway, 'alert')) === 1,
    );
    // Both workers read the alert now, and keep it in their read cache.
    const read = '{ alert(id: "ALR-00020") { lastRevision { state } } }';
    const before = [await ask(cluster.gateway, read), await ask(cluster.gateway, read)];
    for (const a of before) expect(a.body).not.toContain('TRUE_HIT');
    await backOffice(cluster.sandbox, 'alerts/ALR-00020/decision', { state: 5, comment: 'Seen by both' });
    // Each event reads the alert again: on both workers, past the eviction the webhook made.
    for (const sub of subs) {
      expect((await sub.next()).data).toEqual({
        alertUpdated: { alertId: 'ALR-00020', lastRevision: { state: 'TRUE_HIT' } },
      });
      sub.close();
    }
  }, 60_000);
});
