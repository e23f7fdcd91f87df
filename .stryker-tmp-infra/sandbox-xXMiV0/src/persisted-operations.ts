// @ts-nocheck
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  type UsePersistedOperationsOptions,
  usePersistedOperations,
} from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

/**
 * Persisted operations (Yoga's persisted-operations plugin): a client sends the hash of an
 * operation from the client package's manifest (`packages/client/persisted-operations.json`,
 * hash → document, written by codegen's client preset with `persistedDocuments`) instead of the
 * document. `PERSISTED_OPERATIONS=only` runs nothing else; `allow` runs both; `off` looks no hash
 * up (a hash alone gets PersistedQueryNotFound, so an APQ-style client resends the document).
 *
 * The hash is read from `documentId` (GraphQL over HTTP's persisted documents, `sha256:<hex>`, in a
 * JSON body or GET's query string) or from `extensions.persistedQuery.sha256Hash` with `version: 1`
 * (Apollo's form, which urql's `persistedExchange` sends), with or without the `sha256:` prefix.
 */

/** A manifest, keyed by the bare lower-case hex SHA-256 of each document. */
export type Manifest = ReadonlyMap<string, string>;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** `sha256:<hex>` or `<hex>` as the bare lower-case hex, or null when it is neither. */
function bareHash(id: string): string | null {
  const hex = id
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  return HEX_SHA256.test(hex) ? hex : null;
}

/**
 * Reads and checks a manifest: a JSON object of `sha256:<hex>` (or `<hex>`) → document, each key
 * the SHA-256 of its document as codegen printed it, so a hand-edited entry cannot run under a
 * hash that is not its own.
 */
export function readManifest(path: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Persisted operations: cannot read the manifest ${path}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`Persisted operations: ${path} is not a JSON object of hash → document`);
  }
  const manifest = new Map<string, string>();
  for (const [key, document] of Object.entries(raw)) {
    const hash = bareHash(key);
    if (!hash || typeof document !== 'string') {
      throw new Error(`Persisted operations: ${path}: "${key}" is not a sha256 hash of a document`);
    }
    if (createHash('sha256').update(document).digest('hex') !== hash) {
      throw new Error(`Persisted operations: ${path}: the document of "${key}" does not have this hash`);
    }
    manifest.set(hash, document);
  }
  return manifest;
}

/** The operation's hash as the request gives it, in either supported form. */
function operationId(params: GraphQLParams, request: Request): string | null {
  const documentId =
    (params as { documentId?: unknown }).documentId ??
    (request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null);
  if (typeof documentId === 'string') return documentId;
  const pq = (
    params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined
  )?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === 'string' ? pq.sha256Hash : null;
}

const error = (message: string, code: string, status: number) => ({
  message,
  extensions: { code, http: { status } },
});

/** Request parameters besides Yoga's own that this plugin reads. */
export const PERSISTED_OPERATION_PARAMS = ['documentId'];

/**
 * The plugin for `config.persistedOperations`. An explicit `only`/`allow` needs a readable manifest
 * (the process stops otherwise); the default `allow` of a configured tenant falls back to `off`,
 * with a warning, when there is none.
 */
export function persistedOperationsPlugin(config: Config, logger: Logger): Plugin {
  const { mode: wanted, explicit, manifestPath } = config.persistedOperations;
  let mode = wanted;
  let manifest: Manifest = new Map();
  if (mode !== 'off') {
    try {
      manifest = readManifest(manifestPath);
    } catch (cause) {
      if (explicit) throw cause;
      logger.warn(
        { manifest: manifestPath },
        'No persisted-operations manifest: persisted operations are off (set PERSISTED_OPERATIONS_MANIFEST, or PERSISTED_OPERATIONS=off to silence this)',
      );
      mode = 'off';
    }
  }
  logger.info({ mode, operations: manifest.size }, `Persisted operations: ${mode}`);
  const options: UsePersistedOperationsOptions = {
    allowArbitraryOperations: mode !== 'only',
    extractPersistedOperationId: operationId,
    getPersistedOperation: (id) => {
      const hash = bareHash(id);
      return (hash && manifest.get(hash)) ?? null;
    },
    customErrors: {
      // APQ-style clients resend the document on exactly this message; with `only` they cannot.
      notFound:
        mode === 'only'
          ? error(
              'Unknown persisted operation: this hash is not in the gateway manifest (PERSISTED_OPERATIONS=only). Rebuild the client against this gateway.',
              'PERSISTED_QUERY_NOT_FOUND',
              404,
            )
          : error('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 404),
      persistedQueryOnly: error(
        'This gateway runs only persisted operations (PERSISTED_OPERATIONS=only): send the hash of an operation of the client package as `documentId` or `extensions.persistedQuery.sha256Hash`, without `query`.',
        'PERSISTED_QUERY_ONLY',
        400,
      ),
      keyNotFound: error(
        'Send a `query`, or the hash of a persisted operation as `documentId` or `extensions.persistedQuery.sha256Hash`.',
        'PERSISTED_QUERY_ID_REQUIRED',
        400,
      ),
    },
  };
  return usePersistedOperations(options) as Plugin;
}
