// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, useStack } from './harness.ts';

/**
 * What a document shows when Algoreg's answer is sparse or odd: the sandbox answers Search
 * documents verbatim (`body` fault), and the GraphQL answer is held field by field. The seeds
 * always carry every field, so these are the only tests of the wire layer's tolerance.
 */

const SEARCH = 'POST /api/v1/documents/search';

const QUERY = `{
  documents(first: 10) {
    totalCount
    edges { node {
      documentId customerExternalId displayName fileName mimeType size source fileType fileUrl
      tags origin { type value } lastRevision { id agentId createdAt } createdAt
    } }
  }
}`;

interface Doc {
  documentId: string;
  customerExternalId: string | null;
  displayName: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  source: string | null;
  fileType: string | null;
  fileUrl: string | null;
  tags: string[];
  origin: { type: string | null; value: string | null } | null;
  lastRevision: { id: string | null; agentId: number | null; createdAt: string | null } | null;
  createdAt: string | null;
}

const stack = useStack();

/** What `documents` shows when Algoreg answers `json` to Search documents. */
async function documentsFrom(json: unknown): Promise<{ totalCount: number | null; docs: Doc[] }> {
  const { documents } = await dataWhenAlgoregAnswers<{
    documents: { totalCount: number | null; edges: { node: Doc }[] } | null;
  }>(stack, SEARCH, json, QUERY);
  if (!documents) throw new Error('no documents');
  return { totalCount: documents.totalCount, docs: documents.edges.map((e) => e.node) };
}

/** The document's createdAt when Algoreg sends `created_at`. */
async function createdAtFrom(createdAt: unknown): Promise<string | null> {
  const { docs } = await documentsFrom({ documents: [{ id: 1, created_at: createdAt }] });
  expect(docs).toHaveLength(1);
  return docs[0]?.createdAt ?? null;
}

describe('contract: Search documents, sparse or odd', () => {
  it('reads a full document, numeric ids as text, tags from tag_codes and tags without repeats', async () => {
    const { totalCount, docs } = await documentsFrom({
      total: 7,
      documents: [
        {
          id: 901,
          customer_external_id: 4410,
          display_name: 'Passport',
          file_name: 'passport.pdf',
          file_mime: 'application/pdf',
          file_size: 2048,
          file_source: 'internal',
          file_type: 'id_card',
          file_url: '',
          created_at: 1_700_000_000,
          last_revision_id: 'rev-2',
          last_revision_agent_id: 0,
          last_revision_created_at: 1_700_000_100_000,
          origin: { type: 3, value: 'session-9' },
          tag_codes: ['kyc', 'id'],
          tags: ['id', 'expired'],
        },
      ],
    });
    expect(totalCount).toBe(7);
    expect(docs).toEqual([
      {
        documentId: '901',
        customerExternalId: '4410',
        displayName: 'Passport',
        fileName: 'passport.pdf',
        mimeType: 'application/pdf',
        size: 2048,
        source: 'internal',
        fileType: 'id_card',
        fileUrl: null,
        tags: ['kyc', 'id', 'expired'],
        origin: { type: '3', value: 'session-9' },
        lastRevision: { id: 'rev-2', agentId: 0, createdAt: '2023-11-14T22:15:00.000Z' },
        createdAt: '2023-11-14T22:13:20.000Z',
      },
    ]);
  });

  it('reads a document with only an id as nulls, no tags, no origin, no revision; no total as null', async () => {
    const { totalCount, docs } = await documentsFrom({ documents: [{ id: 'doc-1', origin: null }] });
    expect(totalCount).toBeNull();
    expect(docs).toEqual([
      {
        documentId: 'doc-1',
        customerExternalId: null,
        displayName: null,
        fileName: null,
        mimeType: null,
        size: null,
        source: null,
        fileType: null,
        fileUrl: null,
        tags: [],
        origin: null,
        lastRevision: null,
        createdAt: null,
      },
    ]);
  });

  it('shows a last revision known by its id alone, or by its date alone', async () => {
    const { docs } = await documentsFrom({
      documents: [
        { id: 'a', last_revision_id: 'rev-1' },
        { id: 'b', last_revision_created_at: 1_700_000_000 },
      ],
    });
    expect(docs.map((d) => d.lastRevision)).toEqual([
      { id: 'rev-1', agentId: null, createdAt: null },
      { id: null, agentId: null, createdAt: '2023-11-14T22:13:20.000Z' },
    ]);
  });

  it('reads an epoch below 1e11 as seconds and from 1e11 on as milliseconds, a numeric string alike', async () => {
    const seen: (string | null)[] = [];
    for (const v of [99_999_999_999, 100_000_000_000, '1700000000', '1700000000.5', 1e300, null]) {
      await stack.reset();
      seen.push(await createdAtFrom(v));
    }
    expect(seen).toEqual([
      '5138-11-16T09:46:39.000Z',
      '1973-03-03T09:46:40.000Z',
      '2023-11-14T22:13:20.000Z',
      '2023-11-14T22:13:20.500Z',
      null,
      null,
    ]);
  });

  it('answers UPSTREAM_BAD_RESPONSE for a date that is not an epoch, and for a document without an id', async () => {
    for (const documents of [[{ id: 1, created_at: '2024-01-02' }], [{ display_name: 'Passport' }]]) {
      await stack.reset();
      await stack.fault({ route: SEARCH, kind: 'body', json: { documents } });
      const res = await stack.gql(QUERY);
      expect(res.data?.documents, JSON.stringify(documents)).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_BAD_RESPONSE']);
    }
  });
});
