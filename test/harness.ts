import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type RunningApp, startApp } from '../src/app.ts';
import type { AuditEvent } from '../src/callers/audit.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import type { Sandbox, SandboxStats } from '../src/sandbox/server.ts';

/** The header form and multipart requests need (CSRF prevention, src/callers/plugins.ts). */
export const PREFLIGHT = { 'x-graphql-yoga-csrf': '1' } as const;

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: {
    requestId?: string;
    upstream?: { calls: number; roundTrips: number; byRoute: Record<string, number>; cacheHits?: number };
  };
}

export interface Stack {
  /** Gateway base URL, e.g. http://127.0.0.1:1234 */
  url: string;
  app: RunningApp;
  sandbox: Sandbox;
  /** Every log line the gateway wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Raw log output, for "never logs X" assertions. */
  rawLogs(): string;
  /** POSTs a GraphQL operation to the gateway (a generated document or a string). */
  // biome-ignore lint/suspicious/noExplicitAny: operations given as strings are untyped
  gql<TData = any, TVars = Record<string, unknown>>(
    query: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** The sandbox's call counters, read over HTTP. */
  stats(): Promise<SandboxStats>;
  /** Every audit event the gateway wrote (its `AUDIT_LOG`, a file per stack unless `env` names one). */
  audit(): AuditEvent[];
  /** The last JSON body each sandbox route received, keyed like `stats().byRoute`, over HTTP. */
  lastRequests(): Promise<Record<string, unknown>>;
  /** The last JSON body the sandbox received on `route` (e.g. `POST /api/v1/message`), over HTTP. */
  // biome-ignore lint/suspicious/noExplicitAny: a sandbox body, held with toEqual
  sent(route: string): Promise<any>;
  /** The last query string each sandbox route received, parsed, keyed like `stats().byRoute`. */
  lastQueries(): Promise<Record<string, Record<string, string>>>;
  /** The last `traceparent` header each sandbox route received, keyed like `stats().byRoute`. */
  traceparents(): Promise<Record<string, string>>;
  /** Zeroes the sandbox's counters, clears faults and restores its seed, over HTTP. */
  reset(): Promise<void>;
  /** Injects a fault into the sandbox, over HTTP. */
  fault(fault: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface StackOptions {
  /**
   * A sandbox started apart (`createSandbox`) that `ALGOREG_BASE_URL` in `env` points at, for
   * tests of a configured upstream (e.g. wrong credentials). The caller closes it.
   */
  upstream?: Sandbox;
  /** Sees every log line before it is kept; what it throws reaches the code that logged. */
  onLogLine?: (line: string) => void;
}

/** Starts the real thing: sandbox on a free port, gateway on another, as `npm start` does. */
export async function startStack(
  env: Record<string, string> = {},
  options: StackOptions = {},
): Promise<Stack> {
  // The shared cache is off unless a test turns it on: call counts per request stay exact.
  const dir = mkdtempSync(join(tmpdir(), 'gateway-audit-'));
  const auditLog = env.AUDIT_LOG ?? join(dir, 'audit.jsonl');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SANDBOX_PORT: '0',
    LOG_LEVEL: 'info',
    CACHE_TTL_S: '0',
    ...env,
    AUDIT_LOG: auditLog,
  });
  const lines: string[] = [];
  const logger = createLogger(config.logLevel, {
    write: (line: string) => {
      options.onLogLine?.(line);
      lines.push(line);
    },
  });
  const app = await startApp(config, logger);
  const sandbox = app.sandbox ?? options.upstream;
  if (!sandbox) {
    await app.close();
    throw new Error('startStack expects the embedded sandbox, or `upstream` with ALGOREG_BASE_URL set');
  }
  const url = app.url;
  const lastRequests = async () =>
    (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as Record<string, unknown>;
  return {
    url,
    app,
    sandbox,
    get logs() {
      return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    rawLogs: () => lines.join(''),
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse<never>, 'status'>;
      // biome-ignore lint/suspicious/noExplicitAny: the caller's TData
      return { status: res.status, ...body } as GraphQLResponse<any>;
    },
    async stats() {
      return (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as SandboxStats;
    },
    audit() {
      if (!existsSync(auditLog)) return [];
      return readFileSync(auditLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AuditEvent);
    },
    lastRequests,
    async sent(route) {
      return (await lastRequests())[route];
    },
    async lastQueries() {
      return (await (await fetch(`${sandbox.url}/__sandbox/queries`)).json()) as Record<
        string,
        Record<string, string>
      >;
    },
    async traceparents() {
      return (await (await fetch(`${sandbox.url}/__sandbox/traceparents`)).json()) as Record<string, string>;
    },
    async reset() {
      await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    },
    async fault(fault) {
      const res = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      });
      if (!res.ok) throw new Error(`fault refused: ${await res.text()}`);
    },
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A stack for the enclosing file or `describe` block: started before its tests (with a first
 * request, so the token call stays out of every test's counts), the sandbox reset before each
 * test, closed after. Use the returned object like a started Stack inside tests and hooks.
 */
export function useStack(env: Record<string, string> = {}): Stack {
  let current: Stack | undefined;
  beforeAll(async () => {
    current = await startStack(env);
    await current.gql('{ customer(externalId: "C-0001") { id } }');
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.reset());
  return new Proxy({} as Stack, {
    get(_, key) {
      if (!current) throw new Error('The stack starts in beforeAll: use it inside tests and hooks.');
      const value = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

/** The example variables GraphiQL's tab of an operation holds (`schema/operations/examples.json`). */
export function exampleVariables(operationName: string): Record<string, unknown> {
  const examples = JSON.parse(
    readFileSync(new URL('../schema/operations/examples.json', import.meta.url), 'utf8'),
  ) as { variables: Record<string, Record<string, unknown>> };
  return examples.variables[operationName] ?? {};
}

/** A PDF of `size` bytes (its magic number, then `fill`). */
export function pdfOf(size: number, fill = 0x20): Buffer {
  const bytes = Buffer.alloc(size, fill);
  bytes.write('%PDF-1.7\n', 'latin1');
  return bytes;
}

/** Uploads `bytes` as a customer's document through the gateway at `url`, as a browser's form would. */
export async function uploadDocumentForm(
  url: string,
  bytes: Uint8Array,
  customerExternalId = 'C-0001',
): Promise<{
  data?: { uploadDocument: { document: { size: number } | null; errors: { code: string }[] } | null };
  errors?: { message: string; extensions: { code: string } }[];
}> {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query:
        'mutation($input: UploadDocumentInput!) { uploadDocument(input: $input) { document { size } errors { code } } }',
      variables: { input: { customerExternalId, displayName: 'Uploaded', file: null } },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'upload.pdf');
  const res = await fetch(`${url}/graphql`, { method: 'POST', body: form, headers: PREFLIGHT });
  return (await res.json()) as Awaited<ReturnType<typeof uploadDocumentForm>>;
}

/** `npm start`'s entry in a child process with the embedded sandbox, on free ports, logging JSON lines. */
export function spawnMain(root: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX_PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * The data of `query` when the sandbox answers `json` verbatim on `route` (a `body` fault): a
 * contract test's view of one Algoreg answer. Fails on any GraphQL error.
 */
// biome-ignore lint/suspicious/noExplicitAny: the caller's TData
export async function dataWhenAlgoregAnswers<T = any>(
  stack: Stack,
  route: string,
  json: unknown,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  await stack.fault({ route, kind: 'body', json });
  const res = await stack.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  if (!res.data) throw new Error(`no data when Algoreg answers ${route}`);
  return res.data;
}
