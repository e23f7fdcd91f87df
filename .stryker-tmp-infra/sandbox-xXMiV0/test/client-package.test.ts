// @ts-nocheck
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const stack = useStack();

/** A file of a team's app: a generated hook, a TypedDocumentNode, the graphcache options. */
const appSource = `
import { AlertQueueDocument, type AlertQueueQuery, persistedHash } from '@algoreg/graphql-client';
import { graphcacheOptions } from '@algoreg/graphql-client/cache';
import { useAlertQueueQuery, useModifyAlertMutation } from '@algoreg/graphql-client/hooks';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';

export function useQueue(): string[] {
  const [{ data }] = useAlertQueueQuery({ variables: { first: 5, filter: { states: ['NEW'] } } });
  // @ts-expect-error the queue's alerts have no such field
  data?.alerts?.edges[0]?.node.nope;
  const [, decide] = useModifyAlertMutation();
  // @ts-expect-error a decision's state is an AlertState
  void decide({ input: { alertId: 'ALR-00001', state: 'MAYBE' } });
  return data?.alerts?.edges.map((edge) => edge.node.alertId) ?? [];
}

export async function queueTotal(url: string): Promise<number | null | undefined> {
  const client = new Client({ url, exchanges: [cacheExchange(graphcacheOptions()), fetchExchange] });
  const result = await client.query(AlertQueueDocument, { first: 1 }).toPromise();
  const data: AlertQueueQuery | undefined = result.data;
  const hash: string | undefined = persistedHash(AlertQueueDocument);
  return hash ? data?.alerts?.totalCount : undefined;
}
`;

/** The same from plain Node: the package's documents and graphcache options with @urql/core. */
const scriptSource = `
import { AlertQueueDocument, ModifyAlertDocument } from '@algoreg/graphql-client';
import { graphcacheOptions } from '@algoreg/graphql-client/cache';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';

const client = new Client({ url: process.argv[2], exchanges: [cacheExchange(graphcacheOptions()), fetchExchange] });
const queue = await client.query(AlertQueueDocument, { first: 3 }).toPromise();
const missing = await client
  .mutation(ModifyAlertDocument, { input: { alertId: 'ALR-99999', state: 'FALSE_POSITIVE' } })
  .toPromise();
console.log(JSON.stringify({
  error: queue.error?.message ?? null,
  total: queue.data?.alerts?.totalCount,
  alerts: queue.data?.alerts?.edges.map((e) => e.node.alertId),
  decisionErrors: missing.data?.modifyAlert.errors,
}));
`;

let app: string | undefined;
afterAll(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

describe('@algoreg/graphql-client as a team installs it', () => {
  it('packs, installs into a fresh app with only browser dependencies, type-checks and queries the gateway', async () => {
    app = await mkdtemp(join(tmpdir(), 'algoreg-client-app-'));
    // npm pack runs the package's prepack (tsc build to dist/).
    const packed = await run('npm', ['pack', '--json', '--pack-destination', app], {
      cwd: join(root, 'packages/client'),
    });
    const [pack] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    if (!pack) throw new Error('npm pack printed nothing');
    const paths = pack.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/hooks.js',
        'dist/hooks.d.ts',
        'dist/cache.js',
        'dist/cache.d.ts',
        'dist/codegen.js',
        'schema.graphql',
        'persisted-operations.json',
      ]),
    );

    await writeFile(
      join(app, 'package.json'),
      JSON.stringify({ name: 'team-app', private: true, type: 'module' }),
    );
    await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(app, pack.filename),
        '@urql/core@^6',
        '@urql/exchange-graphcache@^9',
        'urql@^5',
        'graphql@^16',
        'react@^19',
        '@types/react@^19',
      ],
      { cwd: app },
    );
    const installed = await readdir(join(app, 'node_modules'));
    for (const server of ['fastify', 'undici', 'graphql-yoga', '@pothos', 'pino', 'zod']) {
      expect(installed, `${server} installed`).not.toContain(server);
    }

    await mkdir(join(app, 'src'));
    await writeFile(join(app, 'src/app.ts'), appSource);
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        include: ['src'],
      }),
    );
    const checked = await run(process.execPath, [tsc, '-p', app], { cwd: app }).catch(
      (e: { stdout: string }) => e,
    );
    expect(checked.stdout).toBe('');

    await writeFile(join(app, 'query.mjs'), scriptSource);
    const queried = await run(process.execPath, ['query.mjs', `${stack.url}/graphql`], { cwd: app });
    const answer = JSON.parse(queried.stdout) as Record<string, unknown>;
    expect(answer).toEqual({
      error: null,
      total: expect.any(Number),
      alerts: [
        expect.stringMatching(/^ALR-/),
        expect.stringMatching(/^ALR-/),
        expect.stringMatching(/^ALR-/),
      ],
      decisionErrors: [expect.objectContaining({ __typename: 'NotFoundError', code: 'NOT_FOUND' })],
    });
  }, 120_000);
});
