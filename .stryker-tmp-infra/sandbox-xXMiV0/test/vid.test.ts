// @ts-nocheck
import { createHash, randomBytes } from 'node:crypto';
import { Client, fetchExchange } from '@urql/core';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CheckIdentityDocumentDocument,
  type CheckIdentityDocumentMutationVariables,
  CustomerIdentitySessionsDocument,
  IdentitySessionDocument,
  StartIdentitySessionDocument,
  type StartIdentitySessionInput,
} from '../packages/client/src/generated/graphql.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { exampleVariables, PREFLIGHT, useStack } from './harness.ts';

const GET = 'GET /api/v1/session/{session_id}';
const CREATE = 'POST /api/v1/session';
const CREATE_FULL = 'POST /api/v1/session/full';
const ID_CHECK = 'POST /api/v1/session/idcheck';
const TIMELINE = 'GET /api/v1/customers/{customer_external_id}/timeline';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const MiB = 1024 * 1024;

const stack = useStack({ LOG_LEVEL: 'trace' });

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG-signed bytes of an exact size, unique per call, carrying a text marker after the signature. */
const png = (size: number, marker = '') =>
  Buffer.concat([PNG_MAGIC, Buffer.from(marker), randomBytes(size - PNG_MAGIC.length - marker.length)]);
const file = (bytes: Buffer<ArrayBuffer>, name = 'image.png') =>
  new File([bytes], name, { type: 'image/png' });

/** A client that speaks the GraphQL multipart request spec, as browsers' upload links do. */
const urql = () =>
  new Client({
    url: `${stack.url}/graphql`,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    fetchOptions: { headers: PREFLIGHT },
  });

const check = (input: CheckIdentityDocumentMutationVariables['input']) =>
  urql().mutation(CheckIdentityDocumentDocument, { input }).toPromise();

const start = (input: StartIdentitySessionInput) => stack.gql(StartIdentitySessionDocument, { input });
const state = async (id: string) => (await stack.gql(IdentitySessionDocument, { id })).data?.session;

describe('Go!Vid sessions', () => {
  it('reads seeded sessions in every state at once, each with one GET, and their customers in one batch', async () => {
    const ids = ['ses-0001', 'ses-0002', 'ses-0003', 'ses-0004', 'ses-0007'];
    const query = `{ ${ids
      .map((id, i) => `s${i}: session(id: "${id}") { sessionId state customer { externalId } }`)
      .join(' ')} }`;
    const res = await stack.gql(query);
    expect(res.errors).toBeUndefined();
    expect(ids.map((_, i) => res.data[`s${i}`])).toEqual([
      { sessionId: 'ses-0001', state: 'COMPLETED', customer: { externalId: 'C-0001' } },
      { sessionId: 'ses-0002', state: 'CREATED', customer: { externalId: 'C-0002' } },
      { sessionId: 'ses-0003', state: 'CONSENTED', customer: { externalId: 'C-0003' } },
      { sessionId: 'ses-0004', state: 'STARTED', customer: { externalId: 'C-0005' } },
      { sessionId: 'ses-0007', state: 'EXPIRED', customer: { externalId: 'C-0001' } },
    ]);
    const stats = await stack.stats();
    expect(stats.byRoute[GET]).toBe(5);
    expect(stats.byRoute[DETAIL]).toBe(4); // C-0001 twice, loaded once
    expect(res.extensions?.upstream?.roundTrips).toBe(2);
  });

  it('gives decisions (positive, negative, manual review, with history), the person, dates and the links', async () => {
    const one = await state('ses-0001');
    expect(one).toMatchObject({
      sessionId: 'ses-0001',
      state: 'COMPLETED',
      rawState: 'completed',
      scenarioCode: 'KYC_STANDARD',
      url: 'https://vid.algoreg.com/?session_id=ses-0001',
      iframeUrl: 'https://vid.algoreg.com/?session_id=ses-0001&iframe_callback=1',
      decision: { label: 'PASS', type: 'POSITIVE' },
      onboardingCustomer: { country: 'FR' },
      customer: { externalId: 'C-0001' },
    });
    expect(one?.decisions.map((d) => [d.label, d.type, d.last])).toEqual([
      ['REVIEW', 'MANUAL_REVIEW', false],
      ['PASS', 'POSITIVE', true],
    ]);
    expect(one?.language).toMatch(/\(/); // a display name such as "French (France)"
    for (const d of [one?.startedAt, one?.consentedAt, one?.endedAt])
      expect(Date.parse(String(d))).toBeGreaterThan(0);
    expect((await state('ses-0005'))?.decision).toMatchObject({ label: 'FAIL', type: 'NEGATIVE' });
    expect((await state('ses-0006'))?.decision).toMatchObject({ label: 'REVIEW', type: 'MANUAL_REVIEW' });
    const orphan = await state('ses-0008');
    expect(orphan).toMatchObject({ state: 'STARTED', customer: null, decision: null, decisions: [] });
    // The global id reads the same session.
    expect((await state(String(one?.id)))?.sessionId).toBe('ses-0001');
  });

  it('answers null for a session Algoreg does not have', async () => {
    const res = await stack.gql(IdentitySessionDocument, { id: 'ses-nope' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.session).toBeNull();
    expect((await stack.stats()).byRoute[GET]).toBe(1);
  });

  it('keeps a state it does not know as OTHER with the raw word', async () => {
    const stored = stack.sandbox.store().sessions.get('ses-0002');
    if (stored) stored.session.state = 'awaiting_agent';
    expect(await state('ses-0002')).toMatchObject({ state: 'OTHER', rawState: 'awaiting_agent' });
  });

  it('reads the documented Get session details sample', async () => {
    await stack.fault({
      route: GET,
      kind: 'body',
      times: 1,
      json: {
        session: {
          external_id: 'C-0002',
          scenario_ref: 'ONBOARDING',
          scenario_id: 4,
          scenario_revision_id: 7,
          date_start: '2024-03-01T10:00:00Z',
          consent_date: '2024-03-01T10:01:00Z',
          date_end: '2024-03-01T10:09:00Z',
          language: 'English (United States)',
          state: 'completed',
        },
        onboarding_customer: {
          external_id: 'C-0002',
          firstname: 'Ada',
          lastname: 'Quill',
          birthdate: '1990-05-17',
        },
        decisions: [
          { id: 3, comment: '', date: '2024-03-01T10:10:00Z', last: true, label: 'PASS', type: 'POSITIVE' },
        ],
      },
    });
    expect(await state('any')).toMatchObject({
      sessionId: 'any',
      state: 'COMPLETED',
      scenarioCode: 'ONBOARDING',
      language: 'English (United States)',
      endedAt: '2024-03-01T10:09:00.000Z',
      onboardingCustomer: { firstName: 'Ada', lastName: 'Quill', birthDate: '1990-05-17' },
      decisions: [{ decisionId: '3', label: 'PASS', type: 'POSITIVE', comment: null, last: true }],
    });
  });

  it('lets a screen watch a demo session move on, one state per read, to its decision', async () => {
    const seen = [];
    for (let i = 0; i < 5; i++) {
      const s = await state('ses-0009');
      seen.push([s?.state, s?.decision?.type ?? null]);
    }
    expect(seen).toEqual([
      ['CREATED', null],
      ['CONSENTED', null],
      ['STARTED', null],
      ['COMPLETED', 'POSITIVE'],
      ['COMPLETED', 'POSITIVE'],
    ]);
    // A session started with a demo scenario plays itself too, and the customer's flags follow.
    const res = await start({
      customerExternalId: 'C-0010',
      scenarioCode: 'SANDBOX_AUTO_FAIL',
      language: 'en-US',
    });
    const id = String(res.data?.startIdentitySession.session?.sessionId);
    expect(res.data?.startIdentitySession.session?.state).toBe('CREATED');
    for (const expected of ['CONSENTED', 'STARTED', 'COMPLETED'])
      expect((await state(id))?.state).toBe(expected);
    expect((await state(id))?.decision).toMatchObject({ label: 'FAIL', type: 'NEGATIVE' });
    const flags = await stack.gql(CustomerIdentitySessionsDocument, { externalId: 'C-0010' });
    expect(flags.data?.customer?.identityVerification).toMatchObject({ failed: true, inProgress: false });
  });

  it('links a customer to its sessions, newest first, starting the timeline with the detail call', async () => {
    const res = await stack.gql(CustomerIdentitySessionsDocument, { externalId: 'C-0001' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer?.identityVerification).toMatchObject({ succeeded: true, outdated: false });
    expect(res.data?.customer?.identitySessions?.map((s) => [s.sessionId, s.state])).toEqual([
      ['ses-0001', 'COMPLETED'],
      ['ses-0007', 'EXPIRED'],
    ]);
    // The flags link to the same sessions, with no further call.
    expect(res.data?.customer?.identityVerification?.sessions?.map((s) => s.sessionId)).toEqual([
      'ses-0001',
      'ses-0007',
    ]);
    const stats = await stack.stats();
    expect(stats.byRoute).toEqual({ [DETAIL]: 1, [TIMELINE]: 1, [GET]: 2 });
    expect(res.extensions?.upstream?.roundTrips).toBe(2);
    const count = await stack.gql('{ customer(externalId: "C-0001") { stats { sessions } } }');
    expect(count.data.customer.stats.sessions).toBe(2);
  });
});

describe('example operations', () => {
  it('run with their default or example variables against the seeded sandbox', async () => {
    const results = [
      await stack.gql(IdentitySessionDocument),
      await stack.gql(CustomerIdentitySessionsDocument),
      await stack.gql(StartIdentitySessionDocument, exampleVariables('StartIdentitySession') as never),
    ];
    for (const res of results) {
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).toContain('"state":"');
    }
  });
});

describe('startIdentitySession', () => {
  it('generates a session for a customer and reads it back, with the link to send the person to', async () => {
    const res = await start({
      customerExternalId: 'C-0002',
      scenarioCode: 'KYC_STANDARD',
      language: 'fr-FR',
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.startIdentitySession;
    expect(payload?.errors).toEqual([]);
    const id = String(payload?.session?.sessionId);
    expect(payload?.session).toMatchObject({
      state: 'CREATED',
      url: `https://vid.algoreg.com/?session_id=${id}`,
      language: 'French (France)',
      customer: { externalId: 'C-0002' },
      onboardingCustomer: { lastName: expect.any(String) },
    });
    expect(payload?.session?.id).toEqual(expect.any(String));
    const stats = await stack.stats();
    expect(stats.byRoute[CREATE]).toBe(1);
    expect(stats.byRoute[CREATE_FULL]).toBeUndefined();
    expect(stats.byRoute[GET]).toBe(1);
    const linked = await stack.gql(CustomerIdentitySessionsDocument, { externalId: 'C-0002' });
    expect(linked.data?.customer?.identitySessions?.[0]?.sessionId).toBe(id);
    expect(linked.data?.customer?.identityVerification?.inProgress).toBe(true);
  });

  it('creates it with the person data through Create session full, and an orphan session without a customer', async () => {
    const res = await start({
      customerExternalId: 'C-0003',
      scenarioCode: 'KYC_LIGHT',
      language: 'en-US',
      person: {
        firstName: 'Ada',
        lastName: 'Quill',
        birthDate: '1990-05-17',
        country: 'fra',
        city: ' Lyon ',
      },
    });
    expect(res.data?.startIdentitySession.session?.onboardingCustomer).toEqual({
      firstName: 'Ada',
      lastName: 'Quill',
      birthDate: '1990-05-17',
      country: 'FRA',
    });
    expect((await stack.stats()).byRoute).toMatchObject({ [CREATE_FULL]: 1, [GET]: 1 });
    expect((await stack.stats()).byRoute[CREATE]).toBeUndefined();
    const orphan = await start({ scenarioCode: 'KYC_LIGHT', language: 'fr-FR' });
    expect(orphan.data?.startIdentitySession.session).toMatchObject({ state: 'CREATED', customer: null });
  });

  it.each([
    [{ scenarioCode: '  ' }, 'input.scenarioCode'],
    [{ language: '' }, 'input.language'],
    [{ language: 'not a language!' }, 'input.language'],
    [{ customerExternalId: ' ' }, 'input.customerExternalId'],
    [{ person: { birthDate: '1990-02-30' } }, 'input.person.birthDate'],
    [{ person: { birthDate: '17/05/1990' } }, 'input.person.birthDate'],
    [{ person: { country: 'ZZ' } }, 'input.person.country'],
    [{ person: {} }, 'input.person'],
  ])('refuses %j before any call, naming %s', async (change, field) => {
    const res = await start({
      customerExternalId: 'C-0002',
      scenarioCode: 'KYC_STANDARD',
      language: 'fr-FR',
      ...change,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain(`${field}:`);
    expect((await stack.stats()).calls).toBe(0);
  });

  it("answers Algoreg's refusals as payload errors naming the field, sent once", async () => {
    const unknown = await start({ scenarioCode: 'NO_SUCH_SCENARIO', language: 'fr-FR' });
    expect(unknown.data?.startIdentitySession).toMatchObject({
      session: null,
      errors: [{ __typename: 'RejectedError', code: 'REJECTED', field: 'input.scenarioCode' }],
    });
    const language = await start({ scenarioCode: 'KYC_LIGHT', language: 'ja-JP' });
    expect(language.data?.startIdentitySession.errors).toMatchObject([{ field: 'input.language' }]);
    expect((await stack.stats()).byRoute).toEqual({ [CREATE]: 2 });
  });

  it('sends the write once when Algoreg fails', async () => {
    await stack.fault({ route: CREATE, kind: 'status', status: 503 });
    const res = await start({
      customerExternalId: 'C-0002',
      scenarioCode: 'KYC_STANDARD',
      language: 'fr-FR',
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await stack.stats()).byRoute[CREATE]).toBe(1);
  });
});

describe('checkIdentityDocument', () => {
  it('streams the images to Algoreg once and answers scores and fields derived from those bytes', async () => {
    const front = png(300_000);
    const back = png(MiB); // exactly the limit: accepted
    const face = png(50_000);
    const res = await check({ front: file(front), back: file(back), faces: [file(face)] });
    expect(res.error).toBeUndefined();
    const result = res.data?.checkIdentityDocument.result;
    expect(res.data?.checkIdentityDocument.errors).toEqual([]);
    // The sandbox derives the document number from the bytes it decoded: they arrived intact.
    const h = createHash('sha256').update(front).update(back).digest();
    expect(result?.document.documentNumber).toBe(h.subarray(9, 14).toString('hex').toUpperCase());
    expect(result?.document).toMatchObject({ documentType: 'ID_CARD', firstName: expect.any(String) });
    expect(result?.document.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result?.score).toBeGreaterThanOrEqual(40);
    expect(result?.facematchScore).toBeGreaterThanOrEqual(50);
    expect(result?.controls.map((c) => c.code)).toContain('facematch');
    expect(result?.watchlistMatches).toEqual([]);
    expect((await stack.stats()).byRoute).toEqual({ [ID_CHECK]: 1 });
    // Same bytes, same answer; a front alone is read as a passport, without face match.
    const again = await check({ front: file(front), back: file(back), faces: [file(face)] });
    expect(again.data?.checkIdentityDocument.result).toEqual(result);
    const alone = await check({ front: file(front) });
    expect(alone.data?.checkIdentityDocument.result).toMatchObject({
      facematchScore: null,
      document: { documentType: 'PASSPORT' },
    });
  });

  it.each([
    ['no side at all', () => ({}), 'input.front'],
    ['faces without a side', () => ({ faces: [file(png(1000))] }), 'input.front'],
    [
      'a side that is not PNG',
      () => ({ front: file(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(500)]), 'x.png') }),
      'input.front',
    ],
    ['an empty side', () => ({ front: file(Buffer.alloc(0)) }), 'input.front'],
    ['a side over 1 MB', () => ({ front: file(png(1000)), back: file(png(MiB + 1)) }), 'input.back'],
    ['a face over 1 MB', () => ({ front: file(png(1000)), faces: [file(png(MiB + 1))] }), 'input.faces[0]'],
  ])('refuses %s before anything is sent', async (_, input, field) => {
    const res = await check(input());
    const error = res.error?.graphQLErrors[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(`${field}:`);
    expect((await stack.stats()).calls).toBe(0);
  });

  it('refuses over 5 MB in all before anything is sent', async () => {
    // One 1 MiB upload part mapped to six inputs (the multipart spec allows it): every image is
    // within its own limit, only the total is not.
    const paths = ['front', 'back', 'faces.0', 'faces.1', 'faces.2', 'faces.3'];
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: print(CheckIdentityDocumentDocument),
        variables: { input: { front: null, back: null, faces: [null, null, null, null] } },
      }),
    );
    form.set('map', JSON.stringify({ 0: paths.map((p) => `variables.input.${p}`) }));
    form.set('0', file(png(MiB)));
    const res = await fetch(`${stack.url}/graphql`, { method: 'POST', body: form, headers: PREFLIGHT });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain(`input: the images total ${6 * MiB} bytes`);
    expect((await stack.stats()).calls).toBe(0);
  });

  it('sends the images once, never again, when Algoreg fails or drops the connection', async () => {
    await stack.fault({ route: ID_CHECK, kind: 'status', status: 503, times: 1 });
    const failed = await check({ front: file(png(2000)) });
    expect(failed.error?.graphQLErrors[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    await stack.fault({ route: ID_CHECK, kind: 'reset', times: 1 });
    const dropped = await check({ front: file(png(2000)) });
    expect(dropped.error?.graphQLErrors[0]?.extensions?.code).toBeDefined();
    expect((await stack.stats()).byRoute[ID_CHECK]).toBe(2);
  });

  it('screens against the watchlist when asked, and only then', async () => {
    // The sandbox matches a document whose bytes hash to a multiple of 3 at byte 17: pick one.
    let front = png(1000);
    while ((createHash('sha256').update(front).digest()[17] ?? 0) % 3 !== 0) front = png(1000);
    const asked = await check({ front: file(front), watchlistCheck: true });
    expect(asked.data?.checkIdentityDocument.result?.watchlistMatches).toEqual([
      { name: expect.any(String), score: expect.any(Number), listName: 'EU Consolidated Sanctions' },
    ]);
    const notAsked = await check({ front: file(front) });
    expect(notAsked.data?.checkIdentityDocument.result?.watchlistMatches).toEqual([]);
  });

  it('never logs the images or the identity data read from them', async () => {
    const marker = `IMAGE-MARKER-${randomBytes(6).toString('hex')}`;
    const front = png(4000, marker);
    const res = await check({ front: file(front), back: file(png(3000, marker)) });
    const doc = res.data?.checkIdentityDocument.result?.document;
    expect(doc?.lastName).toEqual(expect.any(String));
    await check({ front: file(Buffer.from(`not a png ${marker}`)) });
    await stack.fault({ route: ID_CHECK, kind: 'malformed', times: 1 });
    await check({ front: file(front) });
    await stack.fault({ route: ID_CHECK, kind: 'status', status: 400, times: 1 });
    await check({ front: file(front) });
    const logs = stack.rawLogs();
    expect(logs).toContain('graphql request'); // the requests were logged, without their content
    for (const secret of [
      marker,
      front.subarray(0, 30).toString('base64'),
      doc?.documentNumber,
      doc?.birthDate,
      `"${doc?.lastName}"`,
    ]) {
      expect(logs).not.toContain(String(secret));
    }
  });
});

describe('the sandbox refuses what Algoreg refuses', () => {
  const post = (body: unknown) =>
    fetch(`${stack.sandbox.url}/api/v1/session/idcheck`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${SANDBOX_CREDENTIALS.user}:${SANDBOX_CREDENTIALS.key}`).toString('base64')}`,
      },
      body: JSON.stringify(body),
    });
  const b64 = (b: Buffer) => b.toString('base64');

  it.each([
    ['no side', { base_64_encoded_face_images: [b64(png(100))] }, 'missing_image'],
    [
      'not PNG',
      { base_64_encoded_front_image: b64(Buffer.from('GIF89a-not-a-png')) },
      'invalid_image_format',
    ],
    ['a side over 1 MB', { base_64_encoded_back_image: b64(png(MiB + 1)) }, 'image_too_large'],
    [
      'over 5 MB in all',
      {
        base_64_encoded_front_image: b64(png(MiB)),
        base_64_encoded_back_image: b64(png(MiB)),
        base_64_encoded_face_images: [1, 2, 3, 4].map(() => b64(png(MiB))),
      },
      'images_too_large',
    ],
  ])('%s', async (_, body, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe(code);
  });
});
