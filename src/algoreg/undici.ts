import { createRequire } from 'node:module';
import type * as Undici from 'undici';

/**
 * The two parts of undici the gateway uses, from their own files: undici's index also loads its
 * fetch, WebSocket, EventSource, cache stores and mocks, ~2.9 MB of heap that every process would
 * hold for good (and V8 grows the old generation to a multiple of what is live). The files are
 * undici's own (no exports map restricts them); `test/undici-parts.test.ts` holds them to the
 * classes the index exports, so an upgrade that moves them fails a test, not a start-up.
 */
const require = createRequire(import.meta.url);

export const Pool: typeof Undici.Pool = require('undici/lib/dispatcher/pool.js');
export type Pool = Undici.Pool;
export const errors: typeof Undici.errors = require('undici/lib/core/errors.js');
