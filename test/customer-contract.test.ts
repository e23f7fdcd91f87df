import { describe, expect, it } from 'vitest';
import {
  CustomerListDocument,
  CustomerRelationsDocument,
  SaveCustomersDocument,
  type SaveCustomersMutationVariables,
} from '../packages/client/src/generated/graphql.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { useStack } from './harness.ts';

/**
 * What the gateway sends for customers, held against Algoreg's documents (the sandbox records the
 * last body of each route: `GET /__sandbox/requests`), and what the sandbox accepts and refuses,
 * called as Algoreg's own clients would call it.
 */

const SAVE = 'POST /api/v1/customers/save';
const SEARCH = 'POST /api/v1/customers/search';
const DETAIL = 'GET /api/v1/customers/{customer_external_id}';

/**
 * The request example of seeds/algoreg-save-customers-2.mdx, verbatim: the documented keys, each
 * with its documented type.
 */
const DOCUMENTED_SAVE_BODY = {
  customers: [
    {
      account_type: 'string',
      alias_ids: ['string'],
      comment: 'string',
      company_name: 'string',
      contacts: 'any',
      date_of_birth: 'string',
      disabled: 'boolean',
      domicile_codes: ['string'],
      external_id: 'string',
      fields: 'object',
      first_name: 'string',
      kyc_level: 'integer',
      kyc_level_requested: 'integer',
      last_name: 'string',
      middle_name: 'string',
      nationality_codes: ['string'],
      parent_external_id: 'string',
      phone: 'string',
      registration_number: 'string',
      review_groups: 'any',
      trading_name: 'string',
      variations: [
        {
          _op: 'string',
          company_name: 'string',
          first_name: 'string',
          last_name: 'string',
          middle_name: 'string',
          trading_name: 'string',
        },
      ],
    },
  ],
  disable_risk_scan: 'boolean',
  relations: [
    {
      child_customer_external_id: 'string',
      disabled: 'boolean',
      fields: 'object',
      parent_customer_external_id: 'string',
      relation_external_id: 'string',
      relation_type: 'integer',
    },
  ],
  verify_input: 'boolean',
};

/** Where `actual` departs from the documented example: undocumented keys and wrong types. */
function departures(doc: unknown, actual: unknown, at = 'body'): string[] {
  if (Array.isArray(doc)) {
    if (!Array.isArray(actual)) return [`${at} is not a list`];
    return actual.flatMap((item, i) => departures(doc[0], item, `${at}[${i}]`));
  }
  if (typeof doc === 'object' && doc !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${at} is not an object`];
    const documented = doc as Record<string, unknown>;
    return Object.entries(actual).flatMap(([key, value]) =>
      key in documented
        ? departures(documented[key], value, `${at}.${key}`)
        : [`${at}.${key} is not documented`],
    );
  }
  const ok =
    doc === 'any' ||
    (doc === 'integer' && Number.isInteger(actual)) ||
    (doc === 'object' && typeof actual === 'object' && actual !== null && !Array.isArray(actual)) ||
    typeof actual === doc;
  return ok ? [] : [`${at} should be ${doc}, is ${JSON.stringify(actual)}`];
}

/** Every key path of a body, lists flattened (`customers[].variations[]._op`). */
function keyPaths(v: unknown, at = ''): string[] {
  if (Array.isArray(v)) return [...new Set(v.flatMap((x) => keyPaths(x, `${at}[]`)))];
  if (typeof v === 'object' && v !== null && !(at.endsWith('fields') && at !== '')) {
    return Object.entries(v).flatMap(([k, x]) => [`${at}.${k}`, ...keyPaths(x, `${at}.${k}`)]);
  }
  return [];
}

type SaveInput = SaveCustomersMutationVariables['input'];

/** A save that gives every input field the gateway has. */
const EVERY_FIELD: SaveInput = {
  customers: [
    {
      externalId: 'CC-PARENT',
      accountType: 'FIRM',
      companyName: 'Lindqvist Holdings AB',
      tradingName: 'Lindqvist',
      registrationNumber: 'SE556677',
      domicileCodes: ['se'],
    },
    {
      externalId: 'CC-1',
      accountType: 'INDIVIDUAL',
      firstName: 'Hedda',
      middleName: 'Maria',
      lastName: 'Lindqvist',
      companyName: 'Sole trader',
      tradingName: 'Hedda L',
      dateOfBirth: '1988-07-14',
      nationalityCodes: ['SE', 'fi'],
      domicileCodes: ['SE'],
      registrationNumber: 'SE-1',
      phone: '+46 8 123 456',
      aliasIds: ['LEGACY-1'],
      parentExternalId: 'CC-PARENT',
      comment: 'Imported',
      disabled: false,
      kycLevel: 1,
      kycLevelRequested: 2,
      customFields: { segment: 'sme' },
      reviewGroups: ['nordics', 'retail'],
      contacts: ['hedda@example.test'],
      nameVariations: [
        {
          op: 'ADD',
          firstName: 'Heddy',
          middleName: 'M',
          lastName: 'Lindqvist',
          companyName: 'HL',
          tradingName: 'HL Trading',
        },
        { op: 'DELETE', firstName: 'Old', lastName: 'Name' },
      ],
    },
  ],
  relations: [
    {
      parentExternalId: 'CC-PARENT',
      childExternalId: 'CC-1',
      relationExternalId: 'CC-REL-1',
      relationType: 2,
      fields: { share: 60 },
      disabled: false,
    },
  ],
  verifyInput: false,
  disableRiskScan: true,
};

/** Calls the sandbox directly, as an Algoreg client would. */
async function algoreg(url: string, method: string, path: string, body?: unknown) {
  const auth = Buffer.from(`${SANDBOX_CREDENTIALS.user}:${SANDBOX_CREDENTIALS.key}`).toString('base64');
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
  return { status: res.status, json: (await res.json()) as any };
}

const stack = useStack();

describe('contract: the Save customers body the gateway builds', () => {
  it('uses only documented keys, each with its documented type, and `_op` "set" or "del"', async () => {
    const res = await stack.gql(SaveCustomersDocument, { input: EVERY_FIELD });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers.status).toBe('SUCCESS');
    const body = (await stack.lastRequests())[SAVE];
    expect(departures(DOCUMENTED_SAVE_BODY, body)).toEqual([]);
    const ops = (body as typeof DOCUMENTED_SAVE_BODY).customers[1]?.variations.map((v) => v._op);
    expect(ops).toEqual(['set', 'del']);
  });

  it('sends every documented key when every input field is given', async () => {
    await stack.gql(SaveCustomersDocument, { input: EVERY_FIELD });
    const body = (await stack.lastRequests())[SAVE];
    expect(keyPaths(body).sort()).toEqual(keyPaths(DOCUMENTED_SAVE_BODY).sort());
  });

  it('writes the documented values: F / N, upper-case country codes, review groups and contacts as lists', async () => {
    await stack.gql(SaveCustomersDocument, { input: EVERY_FIELD });
    const body = (await stack.lastRequests())[SAVE] as { customers: Record<string, unknown>[] };
    expect(body.customers[0]).toMatchObject({ account_type: 'F', domicile_codes: ['SE'] });
    expect(body.customers[1]).toMatchObject({
      account_type: 'N',
      nationality_codes: ['SE', 'FI'],
      review_groups: ['nordics', 'retail'],
      contacts: ['hedda@example.test'],
      fields: { segment: 'sme' },
      kyc_level_requested: 2,
      parent_external_id: 'CC-PARENT',
    });
  });

  it('leaves out what the input leaves out', async () => {
    await stack.gql(SaveCustomersDocument, {
      input: { customers: [{ externalId: 'CC-2', lastName: 'Berg' }] },
    });
    expect((await stack.lastRequests())[SAVE]).toEqual({
      customers: [{ external_id: 'CC-2', last_name: 'Berg' }],
      disable_risk_scan: false,
      verify_input: false,
    });
  });
});

describe('contract: Save customers as the sandbox takes it', () => {
  it('refuses a name variation whose `_op` is not "set" or "del", on that line only', async () => {
    const res = await algoreg(stack.sandbox.url, 'POST', '/api/v1/customers/save', {
      customers: [
        { external_id: 'OP-1', last_name: 'Kept', variations: [{ _op: 'set', first_name: 'Al' }] },
        { external_id: 'OP-2', last_name: 'Refused', variations: [{ _op: 'add', first_name: 'Al' }] },
        { external_id: 'OP-3', last_name: 'Refused', variations: [{ first_name: 'No op' }] },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json.added.map((a: { external_id: string }) => a.external_id)).toEqual(['OP-1']);
    expect(res.json.status).toBe('partial');
    const codes = Object.fromEntries(
      res.json.detail.map((d: { external_id: string; errors: { error: string }[] }) => [
        d.external_id,
        d.errors.map((e) => e.error),
      ]),
    );
    expect(codes).toEqual({ 'OP-2': ['invalid_variation_op'], 'OP-3': ['invalid_variation_op'] });
  });

  it('takes review groups and contacts in their documented string form, split on ";" and ","', async () => {
    const res = await algoreg(stack.sandbox.url, 'POST', '/api/v1/customers/save', {
      customers: [
        {
          external_id: 'STR-1',
          last_name: 'Strand',
          review_groups: 'A;B;C,D',
          contacts: 'a@x.test, b@x.test',
        },
      ],
    });
    expect(res.json.status).toBe('success');
    const read = await stack.gql('{ customer(externalId: "STR-1") { reviewGroups contacts } }');
    expect(read.data.customer).toEqual({ reviewGroups: ['A', 'B', 'C', 'D'], contacts: 'a@x.test;b@x.test' });
  });

  it('hands back the per-line `added[].customer_id` as the line’s algoregId, the one the customer reads back', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [
          { externalId: 'AID-1', lastName: 'New' },
          { externalId: 'C-0001', comment: 'x' },
        ],
      },
    });
    const [created, updated] = res.data?.saveCustomers.lines ?? [];
    expect(created?.algoregId).toMatch(/^cus-/);
    expect(updated).toMatchObject({ status: 'UPDATED', algoregId: null });
    const read = await stack.gql('{ customer(externalId: "AID-1") { algoregId } }');
    expect(read.data.customer.algoregId).toBe(created?.algoregId);
  });

  it('passes a documented `customer_id` through unchanged, a number read as its string', async () => {
    await stack.fault({
      route: SAVE,
      kind: 'body',
      json: { added: [{ customer_id: 981, external_id: 'S-1' }], detail: [], status: 'success' },
    });
    const res = await stack.gql(SaveCustomersDocument, { input: { customers: [{ externalId: 'S-1' }] } });
    expect(res.data?.saveCustomers.lines[0]).toMatchObject({ status: 'CREATED', algoregId: '981' });
  });
});

describe('contract: Search customers filters and order (assumed)', () => {
  it('sends the updated-at range, KYC levels and order under the names the endpoint table records', async () => {
    const res = await stack.gql(CustomerListDocument, {
      filter: {
        updatedFrom: '2024-01-01T00:00:00Z',
        updatedTo: '2025-01-01T00:00:00Z',
        kycLevels: [2, 3, 2],
        accountType: 'FIRM',
      },
      orderBy: { field: 'LAST_NAME', direction: 'DESC' },
      first: 5,
    });
    expect(res.errors).toBeUndefined();
    expect((await stack.lastRequests())[SEARCH]).toEqual({
      account_type: 'F',
      updated_from: '2024-01-01T00:00:00.000Z',
      updated_to: '2025-01-01T00:00:00.000Z',
      kyc_levels: [2, 3],
      order_by: 'last_name',
      order_way: 'desc',
      limit: 5,
      offset: 0,
    });
  });

  it('sends every other filter under its wire name, an individual as account type N, ascending by default', async () => {
    const res = await stack.gql(CustomerListDocument, {
      filter: {
        query: 'Martin',
        externalIds: ['C-0001', 'C-0002'],
        reviewGroups: ['paris'],
        nationalityCodes: ['FR'],
        domicileCodes: ['BE'],
        disabled: false,
        createdFrom: '2020-01-01T00:00:00Z',
        createdTo: '2021-01-01T00:00:00Z',
        accountType: 'INDIVIDUAL',
      },
      orderBy: { field: 'CREATED_AT' },
      first: 3,
    });
    expect(res.errors).toBeUndefined();
    expect((await stack.lastRequests())[SEARCH]).toEqual({
      query: 'Martin',
      external_ids: ['C-0001', 'C-0002'],
      review_groups: ['paris'],
      nationality_codes: ['FR'],
      domicile_codes: ['BE'],
      disabled: false,
      created_from: '2020-01-01T00:00:00.000Z',
      created_to: '2021-01-01T00:00:00.000Z',
      account_type: 'N',
      order_by: 'created_at',
      order_way: 'asc',
      limit: 3,
      offset: 0,
    });
  });
});

describe('contract: Get customer detail, beyond the documented fields', () => {
  it('reads `kyc_level_requested`, `parent_external_id`, `updated_at` and `relations` where Algoreg sends them', async () => {
    await stack.fault({
      route: DETAIL,
      kind: 'body',
      json: {
        customer: {
          external_id: 'CT-9',
          kyc_level: 1,
          kyc_level_requested: 3,
          parent_external_id: 'CT-P',
          updated_at: '2025-02-03T04:05:06Z',
        },
        relations: [
          {
            parent_customer_external_id: 'CT-P',
            child_customer_external_id: 'CT-9',
            relation_external_id: 'R-9',
            relation_type: 4,
            fields: { share: 25 },
            disabled: false,
          },
        ],
      },
    });
    const res = await stack.gql(
      '{ customer(externalId: "CT-9") { kycLevelRequested parentExternalId updatedAt relations { relationExternalId relationType parentExternalId childExternalId fields disabled } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.customer).toEqual({
      kycLevelRequested: 3,
      parentExternalId: 'CT-P',
      updatedAt: '2025-02-03T04:05:06.000Z',
      relations: [
        {
          relationExternalId: 'R-9',
          relationType: 4,
          parentExternalId: 'CT-P',
          childExternalId: 'CT-9',
          fields: { share: 25 },
          disabled: false,
        },
      ],
    });
  });

  it('reads them as null when the answer does not carry them, as documented', async () => {
    await stack.fault({
      route: DETAIL,
      kind: 'body',
      json: { customer: { external_id: 'CT-8', parent_external_id: '' } },
    });
    const res = await stack.gql(CustomerRelationsDocument, { externalId: 'CT-8' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer).toMatchObject({
      kycLevelRequested: null,
      parentExternalId: null,
      relations: null,
    });
  });
});
