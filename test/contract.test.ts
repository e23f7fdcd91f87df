import { describe, expect, it } from 'vitest';
import { SaveCustomersDocument } from '../packages/client/src/generated/graphql.ts';
import { useStack } from './harness.ts';

/**
 * Algoreg's documented JSON (API.md §3 and seeds/algoreg-customer-detail.txt,
 * seeds/algoreg-save-customers-*.txt) answered verbatim by the sandbox (`body` fault) and read
 * through the gateway: every documented field must reach the graph, and the shapes the
 * documentation leaves open (`{}`-rendered enums, `any` values) must not break a query.
 */

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const EVENTS = 'GET /api/v1/customers/{customer_external_id}/timeline';
const SAVE = 'POST /api/v1/customers/save';

const field = (id: number, name: string, value: unknown) => ({ fieldtype: {}, id, name, value });

/** Get customer detail with every documented field set. */
const DOCUMENTED_DETAIL = {
  customer: {
    account_number: 'ACC-778812',
    account_type: 'N',
    alias_ids: ['LEGACY-77'],
    client_id: '42',
    comment: 'Onboarded in branch',
    company_name: '',
    contacts: 'amelie@example.test',
    created_at: '2023-04-05T10:11:12Z',
    created_by: 17,
    custom_fields: { segment: 'retail' },
    customer_type: 'person',
    date_of_birth: '1974-09-03',
    disabled: false,
    domicile_code: 'FR',
    domicile_codes: ['FR'],
    external_id: 'CT-1',
    first_name: 'Amelie',
    id: 'cus_7c2e',
    last_name: 'Poulain',
    middle_name: 'Jeanne',
    name_variations: [
      { company_name: '', first_name: 'Amélie', last_name: 'Poulain', middle_name: '', trading_name: '' },
    ],
    nationality_code: 'FR',
    nationality_codes: ['FR', 'BE'],
    phone: '+33 1 23 45 67 89',
    registration_number: '',
    review_groups: ['paris', 'vip'],
    revision_number: '3',
    trading_name: '',
    kyc_level: 2,
  },
  custom_fields: [field(7, 'segment', 'retail'), field(8, 'annual_income', 52000)],
  overall_risk: 'High',
  edd_status: {
    agent_id: 5,
    agent_name: 'Jane Analyst',
    client_id: 42,
    comment: 'Source of funds checked',
    created_at: '2024-01-02T03:04:05Z',
    customer_id: 'cus_7c2e',
    disabled: false,
    edd_state: 'Passed 3 months',
    id: 901,
    next_review_date: '2026-03-01',
    revision_number: 2,
  },
  pep: field(1, 'pep', false),
  may_be_pep: field(2, 'may_be_pep', true),
  may_be_san: field(3, 'may_be_san', 'false'),
  press_risk: field(4, 'press_risk', 0),
  may_be_press_risk: field(5, 'may_be_press_risk', 1),
  se: field(6, 'se', false),
  str: field(9, 'str', false),
  tm: field(10, 'tm', true),
  vid_success: field(11, 'vid_success', true),
  vid_failed: field(12, 'vid_failed', false),
  vid_in_progress: field(13, 'vid_in_progress', false),
  vid_outdated: field(14, 'vid_outdated', 'yes'),
  open_chat_categories: field(15, 'open_chat_categories', 'documents'),
  closed_chat_categories: field(16, 'closed_chat_categories', ['onboarding']),
};

const EVERY_FIELD = `query($id: String!) {
  customer(externalId: $id) {
    id externalId algoregId clientId accountNumber accountType customerType displayName
    firstName middleName lastName companyName tradingName
    nameVariations { firstName middleName lastName companyName tradingName }
    dateOfBirth nationalityCodes domicileCodes registrationNumber phone aliasIds contacts comment
    customFields { name value } reviewGroups kycLevel disabled createdAt createdBy revisionNumber
    overallRisk rawOverallRisk
    eddStatus { state rawState comment agentId agentName createdAt nextReviewDate revisionNumber disabled }
    screening { pep mayBePep mayBeSanctioned pressRisk mayBePressRisk se str tm }
    identityVerification { succeeded failed inProgress outdated }
    openChatCategories closedChatCategories
  }
}`;

const stack = useStack();

const answer = (route: string, json: unknown) => stack.fault({ route, kind: 'body', json });

describe('contract: Get customer detail', () => {
  it('brings every documented field of the detail answer into the graph', async () => {
    await answer(DETAIL, DOCUMENTED_DETAIL);
    const res = await stack.gql(EVERY_FIELD, { id: 'CT-1' });
    expect(res.errors).toBeUndefined();
    const { id, ...customer } = res.data.customer;
    expect(typeof id).toBe('string');
    expect(customer).toEqual({
      externalId: 'CT-1',
      algoregId: 'cus_7c2e',
      clientId: '42',
      accountNumber: 'ACC-778812',
      accountType: 'INDIVIDUAL',
      customerType: 'person',
      displayName: 'Amelie Jeanne Poulain',
      firstName: 'Amelie',
      middleName: 'Jeanne',
      lastName: 'Poulain',
      // Algoreg's "" (no value) reads as null (issue "One shape for every product").
      companyName: null,
      tradingName: null,
      nameVariations: [
        { firstName: 'Amélie', middleName: null, lastName: 'Poulain', companyName: null, tradingName: null },
      ],
      dateOfBirth: '1974-09-03',
      nationalityCodes: ['FR', 'BE'],
      domicileCodes: ['FR'],
      registrationNumber: null,
      phone: '+33 1 23 45 67 89',
      aliasIds: ['LEGACY-77'],
      contacts: 'amelie@example.test',
      comment: 'Onboarded in branch',
      customFields: [
        { name: 'segment', value: 'retail' },
        { name: 'annual_income', value: 52000 },
      ],
      reviewGroups: ['paris', 'vip'],
      kycLevel: 2,
      disabled: false,
      createdAt: '2023-04-05T10:11:12.000Z',
      createdBy: 17,
      revisionNumber: '3',
      overallRisk: 'HIGH',
      rawOverallRisk: 'High',
      eddStatus: {
        state: 'PASSED_3_MONTHS',
        rawState: 'Passed 3 months',
        comment: 'Source of funds checked',
        agentId: 5,
        agentName: 'Jane Analyst',
        createdAt: '2024-01-02T03:04:05.000Z',
        nextReviewDate: '2026-03-01',
        revisionNumber: 2,
        disabled: false,
      },
      screening: {
        pep: false,
        mayBePep: true,
        mayBeSanctioned: false,
        pressRisk: false,
        mayBePressRisk: true,
        se: false,
        str: false,
        tm: true,
      },
      identityVerification: { succeeded: true, failed: false, inProgress: false, outdated: true },
      openChatCategories: 'documents',
      closedChatCategories: ['onboarding'],
    });
  });

  it('reads a detail answer that holds only the external id, with empty lists and nulls', async () => {
    await answer(DETAIL, { customer: { external_id: 'CT-2' } });
    const res = await stack.gql(EVERY_FIELD, { id: 'CT-2' });
    expect(res.errors).toBeUndefined();
    expect(res.data.customer).toMatchObject({
      externalId: 'CT-2',
      displayName: 'CT-2',
      accountType: null,
      firstName: null,
      nameVariations: [],
      nationalityCodes: [],
      customFields: [],
      reviewGroups: [],
      dateOfBirth: null,
      overallRisk: null,
      eddStatus: null,
      screening: { pep: null, mayBeSanctioned: null },
    });
  });

  it('reads the shapes the documentation leaves open without failing the query', async () => {
    await answer(DETAIL, {
      ...DOCUMENTED_DETAIL,
      customer: {
        ...DOCUMENTED_DETAIL.customer,
        account_type: { code: 'F' },
        company_name: 'Poulain SARL',
        client_id: 42,
        revision_number: 3,
        date_of_birth: '1974-09',
        nationality_codes: null,
        brand_new_field: { nested: true },
      },
      overall_risk: { label: 'Medium', score: 55 },
      edd_status: { ...DOCUMENTED_DETAIL.edd_status, edd_state: 'Escalated to MLRO' },
      pep: null,
      tm: { fieldtype: {}, id: 10, name: 'tm', value: { unexpected: 'object' } },
      another_new_flag: field(99, 'x', true),
    });
    const res = await stack.gql(EVERY_FIELD, { id: 'CT-1' });
    expect(res.errors).toBeUndefined();
    expect(res.data.customer).toMatchObject({
      accountType: 'FIRM',
      displayName: 'Poulain SARL',
      clientId: '42',
      revisionNumber: '3',
      dateOfBirth: null,
      nationalityCodes: ['FR'],
      overallRisk: 'MEDIUM',
      rawOverallRisk: 'Medium',
      eddStatus: { state: null, rawState: 'Escalated to MLRO' },
      screening: { pep: null, tm: null },
    });
  });

  it('reads a risk level, an EDD state and an account type wrapped in an object under any of the keys seen', async () => {
    const READ =
      '{ customer(externalId: "CT-1") { accountType overallRisk rawOverallRisk eddStatus { state rawState } } }';
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { overall_risk: { level: 'High' }, edd: { state: 'Refused' }, account_type: 'individual' },
        {
          overallRisk: 'HIGH',
          rawOverallRisk: 'High',
          eddStatus: { state: 'REFUSED', rawState: 'Refused' },
          accountType: 'INDIVIDUAL',
        },
      ],
      [
        { overall_risk: { name: 'Low' }, edd: { code: 'Pending' }, account_type: { value: ' n ' } },
        {
          overallRisk: 'LOW',
          rawOverallRisk: 'Low',
          eddStatus: { state: 'PENDING', rawState: 'Pending' },
          accountType: 'INDIVIDUAL',
        },
      ],
      [
        {
          overall_risk: { value: 2 },
          edd: { value: 'Passed 1 month' },
          account_type: { code: 'INDIVIDUAL' },
        },
        {
          overallRisk: 'MEDIUM',
          rawOverallRisk: '2',
          eddStatus: { state: 'PASSED_1_MONTH', rawState: 'Passed 1 month' },
          accountType: 'INDIVIDUAL',
        },
      ],
      [
        { overall_risk: { code: '3' }, edd: { name: 'Refused' }, account_type: 'firm' },
        {
          overallRisk: 'HIGH',
          rawOverallRisk: '3',
          eddStatus: { state: 'REFUSED', rawState: 'Refused' },
          accountType: 'FIRM',
        },
      ],
      [
        { overall_risk: { state: 'Medium' }, edd: { label: 'Refused' }, account_type: 'X' },
        {
          overallRisk: 'MEDIUM',
          rawOverallRisk: 'Medium',
          eddStatus: { state: 'REFUSED', rawState: 'Refused' },
          accountType: null,
        },
      ],
      [
        { overall_risk: { score: 55 }, edd: { level: true }, account_type: { label: 'F' } },
        {
          overallRisk: null,
          rawOverallRisk: null,
          eddStatus: { state: null, rawState: null },
          accountType: null,
        },
      ],
    ];
    for (const [given, read] of cases) {
      const { edd, ...top } = given;
      await stack.reset();
      await answer(DETAIL, {
        ...DOCUMENTED_DETAIL,
        customer: { ...DOCUMENTED_DETAIL.customer, account_type: top.account_type },
        overall_risk: top.overall_risk,
        edd_status: { ...DOCUMENTED_DETAIL.edd_status, edd_state: edd },
      });
      const res = await stack.gql(READ);
      expect(res.errors).toBeUndefined();
      expect({ given, read: res.data.customer }).toEqual({ given, read });
    }
  });

  it('reads a computed flag sent as text or a number as a boolean, and any other value as none', async () => {
    const values: [unknown, boolean | null][] = [
      ['yes', true],
      [' Y ', true],
      ['1', true],
      ['TRUE', true],
      ['no', false],
      ['n', false],
      ['0', false],
      ['false', false],
      ['', false],
      ['maybe', null],
      [0, false],
      [2, true],
    ];
    for (const [value, read] of values) {
      await stack.reset();
      await answer(DETAIL, { ...DOCUMENTED_DETAIL, pep: field(1, 'pep', value) });
      const res = await stack.gql('{ customer(externalId: "CT-1") { screening { pep } } }');
      expect(res.errors).toBeUndefined();
      expect({ value, pep: res.data.customer.screening.pep }).toEqual({ value, pep: read });
    }
  });

  it('reads a risk level it does not know as UNDEFINED, keeping the raw label', async () => {
    await answer(DETAIL, { ...DOCUMENTED_DETAIL, overall_risk: 'Very high' });
    const res = await stack.gql('{ customer(externalId: "CT-1") { overallRisk rawOverallRisk } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.customer).toEqual({ overallRisk: 'UNDEFINED', rawOverallRisk: 'Very high' });
  });
});

describe('contract: Get customer events', () => {
  it('reads timeline events with their PascalCase keys', async () => {
    await answer(EVENTS, {
      items: [
        {
          AgentID: 5,
          ClientID: 42,
          CreatedAt: '2024-05-06T07:08:09Z',
          CustomerExternalID: 'C-0001',
          Description: 'Risk computed: High',
          EventType: 'risk_computed',
          ID: 'evt-1',
          ParentID: '',
          Title: 'risk computed',
          Url: 'https://backoffice.algoreg.com/customers/C-0001',
        },
      ],
      type: 'timeline',
    });
    const res = await stack.gql(
      '{ customer(externalId: "C-0001") { events(first: 5) { totalCount edges { node { id type title description createdAt agentId parentId url } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.events.edges).toEqual([
      {
        node: {
          id: 'evt-1',
          type: 'risk_computed',
          title: 'risk computed',
          description: 'Risk computed: High',
          createdAt: '2024-05-06T07:08:09.000Z',
          agentId: 5,
          parentId: null,
          url: 'https://backoffice.algoreg.com/customers/C-0001',
        },
      },
    ]);
  });

  it('reads `items` given as a single event, as the documentation renders it', async () => {
    await answer(EVENTS, { items: { ID: 'evt-only', EventType: 'scan_done' }, type: 'timeline' });
    const res = await stack.gql(
      '{ customer(externalId: "C-0001") { events { edges { node { id type } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.events.edges).toEqual([{ node: { id: 'evt-only', type: 'scan_done' } }]);
  });
});

describe('contract: Save customers', () => {
  it('links the documented response (added, per-line errors and warnings) to the right input lines', async () => {
    await answer(SAVE, {
      added: [{ customer_id: 981, external_id: 'S-1' }],
      detail: [
        {
          external_id: 'S-2',
          errors: [{ error: 'invalid_phone', detail: 'phone is not a valid number' }],
          warnings: [],
        },
        {
          external_id: 'S-1',
          errors: null,
          warnings: [{ error: 'missing_name', detail: 'an individual without a name cannot be screened' }],
        },
      ],
      status: 'partial',
      verify_input: false,
      unknown_extra: 1,
    });
    const res = await stack.gql(
      `mutation($input: SaveCustomersInput!) {
        saveCustomers(input: $input) {
          status upstreamStatuses verifyInput
          lines { index externalId status upstreamCode errors { code detail } warnings { code detail } }
        }
      }`,
      {
        input: {
          customers: [
            { externalId: 'S-1', accountType: 'INDIVIDUAL' },
            { externalId: 'S-2', phone: 'not a phone' },
            { externalId: 'S-3', firstName: 'Kept' },
          ],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.saveCustomers).toEqual({
      status: 'PARTIAL',
      upstreamStatuses: ['partial'],
      verifyInput: false,
      lines: [
        {
          index: 0,
          externalId: 'S-1',
          status: 'CREATED',
          upstreamCode: null,
          errors: [],
          warnings: [{ code: 'missing_name', detail: 'an individual without a name cannot be screened' }],
        },
        {
          index: 1,
          externalId: 'S-2',
          status: 'REJECTED',
          upstreamCode: null,
          errors: [{ code: 'invalid_phone', detail: 'phone is not a valid number' }],
          warnings: [],
        },
        { index: 2, externalId: 'S-3', status: 'UPDATED', upstreamCode: null, errors: [], warnings: [] },
      ],
    });
  });

  it('reports the lines FAILED with UPSTREAM_BAD_RESPONSE when the save answer is unreadable', async () => {
    await answer(SAVE, { added: 'not a list' });
    const res = await stack.gql(SaveCustomersDocument, { input: { customers: [{ externalId: 'S-9' }] } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers.lines.map((l) => [l.status, l.upstreamCode])).toEqual([
      ['FAILED', 'UPSTREAM_BAD_RESPONSE'],
    ]);
  });
});
