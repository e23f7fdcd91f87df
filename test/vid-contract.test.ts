import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, PREFLIGHT, useStack } from './harness.ts';

/**
 * What a Go!Vid session shows when Algoreg's answer is sparse or odd: the sandbox answers Get
 * session details (and Get customer events, where sessions are linked) verbatim (`body` fault),
 * and the GraphQL answer is held field by field. The seeds always carry every field, so these are
 * the only tests of the wire layer's tolerance.
 */

const DETAILS = 'GET /api/v1/session/{session_id}';
const TIMELINE = 'GET /api/v1/customers/{customer_external_id}/timeline';
const ID_CHECK = 'POST /api/v1/session/idcheck';

const DECISION = 'decisionId label type rawType comment date last';
const QUERY = `{
  session(id: "ses-1") {
    sessionId state rawState scenarioCode scenarioId scenarioRevisionId language startedAt consentedAt endedAt
    customerExternalId
    onboardingCustomer { externalId firstName lastName phone birthDate address zip city country }
    decisions { ${DECISION} }
    decision { ${DECISION} }
  }
}`;

const stack = useStack();

// biome-ignore lint/suspicious/noExplicitAny: the GraphQL answer, held with toEqual
type Json = any;

/** The session as the gateway shows it when Algoreg answers `json` to Get session details. */
async function sessionFrom(json: unknown): Promise<Json> {
  const { session } = await dataWhenAlgoregAnswers<{ session: Json }>(stack, DETAILS, json, QUERY);
  if (!session) throw new Error('no session');
  return session;
}

describe('contract: Go!Vid Get session details, sparse or odd', () => {
  it('reads an empty answer as a session in state OTHER with nothing known', async () => {
    expect(await sessionFrom({})).toEqual({
      sessionId: 'ses-1',
      state: 'OTHER',
      rawState: null,
      scenarioCode: null,
      scenarioId: null,
      scenarioRevisionId: null,
      language: null,
      startedAt: null,
      consentedAt: null,
      endedAt: null,
      customerExternalId: null,
      onboardingCustomer: null,
      decisions: [],
      decision: null,
    });
  });

  it('reads a full session: dates as epoch seconds or ISO text, "" as none, a numeric zip as text', async () => {
    const s = await sessionFrom({
      session: {
        external_id: 'C-0001',
        scenario_ref: 'KYC_FULL',
        scenario_id: 4,
        scenario_revision_id: 9,
        date_start: 1_700_000_000,
        consent_date: '2023-11-14T22:15:00Z',
        date_end: '',
        language: 'fr-FR',
        state: 'completed',
      },
      onboarding_customer: {
        external_id: 'C-0002',
        firstname: 'Ada',
        lastname: 'Lovelace',
        phone: '+33100000000',
        birthdate: '1815-12-10',
        address: '1 rue de la Paix',
        zip: 75001,
        country: 'FR',
        city: 'Paris',
      },
    });
    expect(s).toMatchObject({
      state: 'COMPLETED',
      rawState: 'completed',
      scenarioCode: 'KYC_FULL',
      scenarioId: 4,
      scenarioRevisionId: 9,
      language: 'fr-FR',
      startedAt: '2023-11-14T22:13:20.000Z',
      consentedAt: '2023-11-14T22:15:00.000Z',
      endedAt: null,
      customerExternalId: 'C-0001',
      onboardingCustomer: {
        externalId: 'C-0002',
        firstName: 'Ada',
        lastName: 'Lovelace',
        phone: '+33100000000',
        birthDate: '1815-12-10',
        address: '1 rue de la Paix',
        zip: '75001',
        city: 'Paris',
        country: 'FR',
      },
    });
  });

  it('takes the customer from the onboarding data when the session names none', async () => {
    const s = await sessionFrom({
      session: { state: 'started' },
      onboarding_customer: { external_id: 'C-0002' },
    });
    expect([s.customerExternalId, s.state]).toEqual(['C-0002', 'STARTED']);
  });

  it('reads every spelling of a state, whatever its case or separators, and an unknown one as OTHER', async () => {
    const cases: [string, string][] = [
      ['created', 'CREATED'],
      ['Opened', 'CREATED'],
      ['new', 'CREATED'],
      ['consented', 'CONSENTED'],
      ['scenario-started', 'STARTED'],
      ['In Progress', 'STARTED'],
      [' finished ', 'COMPLETED'],
      ['SCENARIO_FINISHED', 'COMPLETED'],
      ['_expired_', 'EXPIRED'],
      ['in  progress', 'STARTED'],
      ['scenario -- finished', 'COMPLETED'],
      ['paused', 'OTHER'],
    ];
    const seen: [string, string][] = [];
    for (const [state] of cases) {
      await stack.reset();
      const s = await sessionFrom({ session: { state } });
      seen.push([s.rawState, s.state]);
    }
    expect(seen).toEqual(cases);
  });

  it('reads decision types by their spellings, an unknown or missing one as OTHER; the decision in force is the last: true one', async () => {
    const s = await sessionFrom({
      decisions: [
        { id: 1, type: 'positive', label: 'PASS', comment: 'ok', date: 1_700_000_000, last: false },
        { id: 2, type: 'Negative' },
        { id: 3, type: 'manual review', last: true },
        { id: 4, type: 'review' },
        { id: 5, type: 'Manual' },
        { id: 6, type: 'escalated' },
        { id: 7, type: '' },
      ],
    });
    expect(s.decisions.map((d: Json) => [d.decisionId, d.type, d.rawType, d.last])).toEqual([
      ['1', 'POSITIVE', 'positive', false],
      ['2', 'NEGATIVE', 'Negative', false],
      ['3', 'MANUAL_REVIEW', 'manual review', true],
      ['4', 'MANUAL_REVIEW', 'review', false],
      ['5', 'MANUAL_REVIEW', 'Manual', false],
      ['6', 'OTHER', 'escalated', false],
      ['7', 'OTHER', null, false],
    ]);
    expect(s.decisions[0]).toEqual({
      decisionId: '1',
      label: 'PASS',
      type: 'POSITIVE',
      rawType: 'positive',
      comment: 'ok',
      date: '2023-11-14T22:13:20.000Z',
      last: false,
    });
    expect(s.decision.decisionId).toBe('3');
  });
});

describe('contract: Go!Vid sessions linked from Get customer events', () => {
  it("finds the session ids in the events' urls, skipping urls without one or that are not urls", async () => {
    await stack.fault({
      route: TIMELINE,
      kind: 'body',
      json: {
        items: [
          { Url: 'https://vid.algoreg.example/s?session_id=ses-a', EventType: 'vid' },
          { Url: 'https://vid.algoreg.example/s?lang=fr&session_id=ses-b' },
          { Url: 'https://vid.algoreg.example/s?session_id=ses-a' },
          { Url: 'https://vid.algoreg.example/s?session_id=' },
          { Url: 'https://vid.algoreg.example/s?id=ses-c' },
          { Url: 'not a url?session_id=ses-d' },
          { Url: null },
          {},
        ],
        total: 8,
      },
    });
    await stack.fault({ route: DETAILS, kind: 'body', json: { session: { state: 'created' } } });
    const res = await stack.gql<Json>(
      '{ customer(externalId: "C-0001") { identitySessions { sessionId state } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.identitySessions).toEqual([
      { sessionId: 'ses-a', state: 'CREATED' },
      { sessionId: 'ses-b', state: 'CREATED' },
    ]);
  });
});

describe('contract: Go!Vid Transactional ID check, odd extracted_info', () => {
  /** The check's answer when Algoreg answers `json`: one PNG front, sent as the multipart spec says. */
  async function checkFrom(json: unknown): Promise<Json> {
    await stack.fault({ route: ID_CHECK, kind: 'body', json });
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: `mutation($input: CheckIdentityDocumentInput!) { checkIdentityDocument(input: $input) {
          result { score facematchScore extractedInfo document {
            documentType documentNumber firstName lastName birthDate sex nationality issuingCountry expiryDate } }
          errors { __typename } } }`,
        variables: { input: { front: null } },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.input.front'] }));
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(200),
    ]);
    form.set('0', new File([png], 'front.png', { type: 'image/png' }));
    const res = await fetch(`${stack.url}/graphql`, { method: 'POST', body: form, headers: PREFLIGHT });
    const body = (await res.json()) as Json;
    expect(body.errors).toBeUndefined();
    expect(body.data.checkIdentityDocument.errors).toEqual([]);
    return body.data.checkIdentityDocument.result;
  }

  it('reads each field as text: a number as its digits, "", null, a boolean or an object as none', async () => {
    const info = {
      document_type: 'PASSPORT',
      document_number: 123456789,
      first_name: '',
      last_name: null,
      birth_date: { day: 10, month: 12, year: 1815 },
      sex: true,
      nationality: 'FRA',
      issuing_country: 'BEL',
      expiry_date: '2031-05-30',
    };
    expect(await checkFrom({ algoreg_score: 61, extracted_info: info })).toEqual({
      score: 61,
      facematchScore: null,
      extractedInfo: info,
      document: {
        documentType: 'PASSPORT',
        documentNumber: '123456789',
        firstName: null,
        lastName: null,
        birthDate: null,
        sex: null,
        nationality: 'FRA',
        issuingCountry: 'BEL',
        expiryDate: '2031-05-30',
      },
    });
  });

  it('reads a sex and a name as sent, a number 0 as "0", and no extracted_info as an empty document', async () => {
    const read = await checkFrom({ extracted_info: { sex: 'F', first_name: 'Ada', document_number: 0 } });
    expect([read.document.sex, read.document.firstName, read.document.documentNumber]).toEqual([
      'F',
      'Ada',
      '0',
    ]);
    await stack.reset();
    const none = await checkFrom({ algoreg_score: null, extracted_info: null });
    expect(none).toEqual({
      score: null,
      facematchScore: null,
      extractedInfo: {},
      document: {
        documentType: null,
        documentNumber: null,
        firstName: null,
        lastName: null,
        birthDate: null,
        sex: null,
        nationality: null,
        issuingCountry: null,
        expiryDate: null,
      },
    });
  });
});
