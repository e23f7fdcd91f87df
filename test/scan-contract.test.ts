import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, useStack } from './harness.ts';

/**
 * Go!Scan's JSON (API.md §5.5) answered verbatim by the sandbox (`body` fault) and read through the
 * gateway: every modelled field of an alert detail and of a Name search hit reaches the graph, and
 * the values Algoreg may render loosely (numbers as strings, `""` for none) read as a user expects.
 */

const DETAIL = 'GET /api/v1/alerts/{alert_id}';
const NAME_SEARCH = 'POST /api/v1/scan/name';

const stack = useStack();

const ALERT = `query($id: ID!) {
  alert(id: $id) {
    alertId createdAt customerExternalId profileNumber assigneeId listName
    associates { associationType associationTypeCode listId }
    categoryFlags { isPep isRca isSan isSop }
    lastRevision { id agentId comment createdAt customerRevisionId profileDate revisionNumber score state rawState topCategory }
    listProfile {
      name gender deceased date dateFormatted birthPlaces
      addresses { line city country url }
      companyDetails { line city country url }
      countries { type typeCode codes iso3Codes names }
      dates { type typeCode values { year month day formatted note } }
      descriptions { level id text }
      idNumbers { type values { value notes } }
      raw
    }
  }
}`;

const PROFILE = {
  name: 'Ivan Petrov',
  gender: 'Male',
  deceased: false,
  date: '1961',
  date_formated: '1961',
  birth_place: ['Leningrad'],
  addresses: [
    { address_line: '1 Nevsky pr.', address_city: 'Saint Petersburg', address_country: 'RU', url: '' },
  ],
  company_details: [
    { address_line: null, address_city: 'Moscow', address_country: 'RU', url: 'https://x.test' },
  ],
  countries: [
    {
      country_type: 'Citizenship',
      country_type_code: 1,
      codes: ['RU'],
      iso3_codes: ['RUS'],
      names: ['Russia'],
    },
  ],
  dates: [
    {
      date_type: 'Date of Birth',
      date_type_code: 1,
      date_values: [
        { year: '1961', month: 4, day: ' 12 ', formated: '12 Apr 1961', dnote: 'approx.' },
        { year: 1962.7, month: '4.5', day: 'soon', formated: '', dnote: null },
      ],
    },
  ],
  descriptions: {
    descriptions1: [{ id: 1, text: 'Politically Exposed Person (PEP)' }],
    descriptions2: [{ id: 'D2', text: 'Senior official' }],
    descriptions3: [
      { id: '', text: 'Regional' },
      { id: true, text: 'Flagged' },
      { id: { nested: 1 }, text: 'Odd id' },
    ],
  },
  id_number_type: [{ id_type: 'Passport No.', id_values: [{ value: '71 1234567', id_notes: 'expired' }] }],
  not_modelled: { kept: ['in raw'] },
};

const DETAIL_ANSWER = {
  id: 'ALR-9',
  created_at: '2024-03-01T08:00:00Z',
  customer_external_id: 'C-0001',
  profile_number: 4411,
  assigned_to_member_id: 12,
  last_revision: {
    id: 77,
    agent_id: '0',
    comment: 'Engine match',
    created_at: '2024-03-02T08:00:00Z',
    customer_revision_id: '3',
    profile_date: 1700000000,
    revision_number: '2',
    score: ' 88 ',
    state: '5',
    top_category: 'PEP',
    list_name: 'Dow Jones',
    associates: [{ association_type_code: 7, association_type_label: 'Spouse', list_id: 991 }],
    is_pep: true,
    is_san: false,
    list_profile: PROFILE,
  },
};

describe('contract: Get alert detail', () => {
  it('brings every modelled field, and the list profile exactly as sent, into the graph', async () => {
    const data = await dataWhenAlgoregAnswers(stack, DETAIL, DETAIL_ANSWER, ALERT, { id: 'ALR-9' });
    expect(data.alert).toEqual({
      alertId: 'ALR-9',
      createdAt: '2024-03-01T08:00:00.000Z',
      customerExternalId: 'C-0001',
      profileNumber: '4411',
      assigneeId: 12,
      listName: 'Dow Jones',
      associates: [{ associationType: 'Spouse', associationTypeCode: 7, listId: '991' }],
      categoryFlags: { isPep: true, isRca: null, isSan: false, isSop: null },
      lastRevision: {
        id: '77',
        agentId: '0',
        comment: 'Engine match',
        createdAt: '2024-03-02T08:00:00.000Z',
        customerRevisionId: '3',
        profileDate: '2023-11-14T22:13:20.000Z',
        revisionNumber: 2,
        score: 88,
        state: 'TRUE_HIT',
        rawState: 5,
        topCategory: 'PEP',
      },
      listProfile: {
        name: 'Ivan Petrov',
        gender: 'Male',
        deceased: false,
        date: '1961',
        dateFormatted: '1961',
        birthPlaces: ['Leningrad'],
        addresses: [{ line: '1 Nevsky pr.', city: 'Saint Petersburg', country: 'RU', url: null }],
        companyDetails: [{ line: null, city: 'Moscow', country: 'RU', url: 'https://x.test' }],
        countries: [
          { type: 'Citizenship', typeCode: 1, codes: ['RU'], iso3Codes: ['RUS'], names: ['Russia'] },
        ],
        dates: [
          {
            type: 'Date of Birth',
            typeCode: 1,
            values: [
              // Whole numbers sent as strings are read; fractions and words are not numbers here.
              { year: 1961, month: 4, day: 12, formatted: '12 Apr 1961', note: 'approx.' },
              { year: 1962, month: null, day: null, formatted: null, note: null },
            ],
          },
        ],
        // Levels 1 to 3 in order; an id sent as a number or a boolean reads as text, `""` and
        // anything else as null.
        descriptions: [
          { level: 1, id: '1', text: 'Politically Exposed Person (PEP)' },
          { level: 2, id: 'D2', text: 'Senior official' },
          { level: 3, id: null, text: 'Regional' },
          { level: 3, id: 'true', text: 'Flagged' },
          { level: 3, id: null, text: 'Odd id' },
        ],
        idNumbers: [{ type: 'Passport No.', values: [{ value: '71 1234567', notes: 'expired' }] }],
        raw: PROFILE,
      },
    });
  });

  it('reads an empty profile date, an unknown state code and a profile without descriptions', async () => {
    const { descriptions: _, ...withoutDescriptions } = PROFILE;
    const answer = {
      ...DETAIL_ANSWER,
      last_revision: {
        ...DETAIL_ANSWER.last_revision,
        profile_date: '',
        state: 42,
        score: '-3',
        revision_number: '1.5',
        list_profile: withoutDescriptions,
      },
    };
    const data = await dataWhenAlgoregAnswers(stack, DETAIL, answer, ALERT, { id: 'ALR-9' });
    expect(data.alert.lastRevision).toMatchObject({
      profileDate: null,
      state: 'UNKNOWN',
      rawState: 42,
      score: -3,
      revisionNumber: null,
    });
    expect(data.alert.listProfile.descriptions).toEqual([]);
    expect(data.alert.listProfile.dates).toHaveLength(1);
  });

  it('answers UPSTREAM_BAD_RESPONSE naming the field when the list profile has another shape, and logs no value', async () => {
    const answer = {
      ...DETAIL_ANSWER,
      last_revision: { ...DETAIL_ANSWER.last_revision, list_profile: { ...PROFILE, addresses: 'Nevsky 1' } },
    };
    await stack.fault({ route: DETAIL, kind: 'body', json: answer });
    const res = await stack.gql('query($id: ID!) { alert(id: $id) { alertId listName } }', { id: 'ALR-9' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_BAD_RESPONSE']);
    expect(res.data?.alert).toBeNull();
    const logged = stack.rawLogs();
    expect(logged).toContain('list_profile');
    expect(logged).toContain('addresses');
    expect(logged).not.toContain('Nevsky');
    expect(logged).not.toContain('Petrov');
  });
});

const NAME_QUERY = `query($input: NameSearchInput!) {
  nameSearch(first: 10, input: $input) {
    edges { node { profileId entityType name firstName lastName companyName score categories countries listName dataset dateOfBirth } }
  }
}`;

const hit = (fields: Record<string, unknown>) => ({
  id: 'P-1',
  entity_type: 1,
  categories: ['PEP'],
  countries: ['RUS'],
  list_name: 'Dow Jones',
  dataset: 'watchlist',
  date_of_birth: '1961',
  ...fields,
});

describe('contract: Name search', () => {
  it('reads each hit: its entity type, its name as sent or built from its parts, a score sent as a string', async () => {
    const answer = {
      data: [
        hit({ id: 'P-1', name: 'Ivan Petrov', first_name: 'Ivan', last_name: 'Petrov', score: 97 }),
        hit({ id: 'P-2', name: '', first_name: 'Olga', last_name: 'Petrova', score: '91' }),
        hit({ id: 'P-3', first_name: '', last_name: 'Petrovsky', score: 'high' }),
        hit({ id: 'P-4', entity_type: 2, company_name: 'Petrov Holdings', score: 80.9 }),
        hit({ id: 'P-5', entity_type: 3 }),
      ],
      next_page_token: '',
    };
    const data = await dataWhenAlgoregAnswers(stack, NAME_SEARCH, answer, NAME_QUERY, {
      input: { entityType: 'INDIVIDUAL', person: { lastName: 'Petrov' } },
    });
    const nodes = data.nameSearch.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(5);
    expect(nodes[0]).toEqual({
      profileId: 'P-1',
      entityType: 'INDIVIDUAL',
      name: 'Ivan Petrov',
      firstName: 'Ivan',
      lastName: 'Petrov',
      companyName: null,
      score: 97,
      categories: ['PEP'],
      countries: ['RUS'],
      listName: 'Dow Jones',
      dataset: 'watchlist',
      dateOfBirth: '1961',
    });
    expect(nodes.map((n: { name: string }) => n.name)).toEqual([
      'Ivan Petrov',
      'Olga Petrova',
      'Petrovsky',
      'Petrov Holdings',
      null,
    ]);
    expect(nodes.map((n: { entityType: string }) => n.entityType)).toEqual([
      'INDIVIDUAL',
      'INDIVIDUAL',
      'INDIVIDUAL',
      'FIRM',
      null,
    ]);
    expect(nodes.map((n: { score: number }) => n.score)).toEqual([97, 91, null, 80, null]);
  });
});
