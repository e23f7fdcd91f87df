// @ts-nocheck
import type { DocumentNode } from 'graphql';

/**
 * The persisted-operation hash of one of this package's documents (SHA-256 of the document as
 * codegen normalises it, hex), the key of `persisted-operations.json`; `undefined` for a document
 * not made by this package. For urql's `persistedExchange({ generateHash: (_, doc) => persistedHash(doc) })`.
 */
export function persistedHash(document: DocumentNode): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}
