import { randomBytes } from 'node:crypto';
import { Client, fetchExchange } from '@urql/core';
import { describe, expect, it } from 'vitest';
import {
  CheckIdentityDocumentDocument,
  type CheckIdentityDocumentMutationVariables,
} from '../packages/client/src/generated/graphql.ts';
import { PREFLIGHT, useStack } from './harness.ts';

/**
 * What the Go!Vid calls send to Algoreg: the ID check's streamed body (sides and faces), and how a
 * customer's sessions are read from its timeline page after page.
 */

const ID_CHECK = 'POST /api/v1/session/idcheck';
const TIMELINE = 'GET /api/v1/customers/{customer_external_id}/timeline';

const stack = useStack();

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG-signed bytes of an exact size, unique per call. */
const png = (size: number) => Buffer.concat([PNG_MAGIC, randomBytes(size - PNG_MAGIC.length)]);
const file = (bytes: Buffer<ArrayBuffer>) => new File([bytes], 'image.png', { type: 'image/png' });

const check = (input: CheckIdentityDocumentMutationVariables['input']) =>
  new Client({
    url: `${stack.url}/graphql`,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    fetchOptions: { headers: PREFLIGHT },
  })
    .mutation(CheckIdentityDocumentDocument, { input })
    .toPromise();

const b64 = (b: Buffer) => b.toString('base64');

describe('the ID check body', () => {
  it('writes the front alone, without faces', async () => {
    const front = png(1_000);
    const res = await check({ front: file(front) });
    expect(res.error).toBeUndefined();
    expect(await stack.sent(ID_CHECK)).toEqual({ base_64_encoded_front_image: b64(front) });
  });

  it('writes both sides and one face, and the watchlist flag', async () => {
    const [front, back, face] = [png(1_001), png(1_002), png(1_003)] as const;
    const res = await check({
      front: file(front),
      back: file(back),
      faces: [file(face)],
      watchlistCheck: false,
    });
    expect(res.error).toBeUndefined();
    expect(await stack.sent(ID_CHECK)).toEqual({
      base_64_encoded_front_image: b64(front),
      base_64_encoded_back_image: b64(back),
      base_64_encoded_face_images: [b64(face)],
      watchlist_check: false,
    });
  });

  it('writes two faces in order, after the back alone', async () => {
    const [back, one, two] = [png(2_000), png(2_001), png(2_002)] as const;
    const res = await check({ back: file(back), faces: [file(one), file(two)] });
    expect(res.error).toBeUndefined();
    expect(res.data?.checkIdentityDocument.errors).toEqual([]);
    expect(await stack.sent(ID_CHECK)).toEqual({
      base_64_encoded_back_image: b64(back),
      base_64_encoded_face_images: [b64(one), b64(two)],
    });
  });
});

describe('a customer’s sessions, read from its timeline page after page', () => {
  /**
   * A timeline page of `count` events numbered from `from`, with `total` if given; the events at
   * the offsets in `sessions` link those sessions.
   */
  const page = (
    from: number,
    count: number,
    total: number | undefined,
    sessions: Record<number, string>,
  ) => ({
    items: Array.from({ length: count }, (_, i) =>
      sessions[from + i]
        ? { Url: `https://vid.algoreg.com/?session_id=${sessions[from + i]}`, EventType: 'vid' }
        : { Url: null, EventType: 'note' },
    ),
    ...(total === undefined ? {} : { total }),
  });
  /** Algoreg answers these pages, in order, to the next timeline calls. */
  const answerPages = async (...pages: unknown[]) => {
    for (const json of pages) await stack.fault({ route: TIMELINE, kind: 'body', json, times: 1 });
  };
  const sessionsOf = async () => {
    const res = await stack.gql('{ customer(externalId: "C-0001") { identitySessions { sessionId } } }');
    expect(res.errors).toBeUndefined();
    return (res.data.customer.identitySessions as { sessionId: string }[]).map((s) => s.sessionId);
  };
  const timelineCalls = async () => (await stack.stats()).byRoute[TIMELINE];
  const lastQuery = async () => (await stack.lastQueries())[TIMELINE];
  /** Session links at 0, 250, 450 and 950: on pages 1, 2, 3 and 5. */
  const LINKS = { 0: 'ses-0001', 250: 'ses-0002', 450: 'ses-0003', 950: 'ses-0004' };

  it('reads on past full pages to the short last one, asking 200 at a time', async () => {
    for (const total of [450, undefined]) {
      await stack.reset();
      await answerPages(
        page(0, 200, total, LINKS),
        page(200, 200, total, LINKS),
        page(400, 60, total, LINKS),
      );
      expect(await sessionsOf()).toEqual(['ses-0001', 'ses-0002', 'ses-0003']);
      expect(await timelineCalls()).toBe(3);
      expect(await lastQuery()).toEqual({ limit: '200', offset: '400' });
    }
  });

  it('reads one page when it is short', async () => {
    await answerPages(page(0, 120, 120, LINKS), page(200, 200, 450, LINKS));
    expect(await sessionsOf()).toEqual(['ses-0001']);
    expect(await timelineCalls()).toBe(1);
    expect(await lastQuery()).toEqual({ limit: '200', offset: '0' });
  });

  it('stops after a full page that reaches the total', async () => {
    await answerPages(page(0, 200, 400, LINKS), page(200, 200, 400, LINKS), page(400, 200, 400, LINKS));
    expect(await sessionsOf()).toEqual(['ses-0001', 'ses-0002']);
    expect(await timelineCalls()).toBe(2);

    await stack.reset();
    await answerPages(page(0, 200, 401, LINKS), page(200, 200, 401, LINKS), page(400, 200, 401, LINKS));
    expect(await sessionsOf()).toEqual(['ses-0001', 'ses-0002', 'ses-0003']);
    expect(await timelineCalls()).toBe(3);
  });

  it('reads at most five pages (1,000 events)', async () => {
    const full = (n: number) => page(n * 200, 200, undefined, LINKS);
    await answerPages(
      full(0),
      full(1),
      full(2),
      full(3),
      full(4),
      page(1000, 200, undefined, { 1000: 'ses-0005' }),
    );
    expect(await sessionsOf()).toEqual(['ses-0001', 'ses-0002', 'ses-0003', 'ses-0004']);
    expect(await timelineCalls()).toBe(5);
    expect(await lastQuery()).toEqual({ limit: '200', offset: '800' });
  });
});
