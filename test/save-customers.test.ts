import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CustomerRelationsDocument,
  SaveCustomersDocument,
  type SaveCustomersMutationVariables,
} from '../packages/client/src/generated/graphql.ts';
import { type Stack, startStack, useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const SAVE = 'POST /api/v1/customers/save';

type Line = SaveCustomersMutationVariables['input']['customers'][number];

const person = (externalId: string, extra: Partial<Line> = {}): Line => ({
  externalId,
  accountType: 'INDIVIDUAL',
  firstName: 'Hedda',
  lastName: 'Lindqvist',
  dateOfBirth: '1988-07-14',
  nationalityCodes: ['SE'],
  ...extra,
});

const READ_BACK = `query($id: String!) {
  customer(externalId: $id) { externalId accountType firstName lastName dateOfBirth nationalityCodes }
}`;

const stack = useStack();

describe('saveCustomers', () => {
  it('creates a customer that a later request reads back, then updates it', async () => {
    const created = await stack.gql(SaveCustomersDocument, {
      input: { customers: [person('NEW-1')] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.saveCustomers.status).toBe('SUCCESS');
    expect(created.data?.saveCustomers.lines).toEqual([
      expect.objectContaining({
        index: 0,
        externalId: 'NEW-1',
        status: 'CREATED',
        errors: [],
        warnings: [],
        upstreamCode: null,
      }),
    ]);
    expect(created.data?.saveCustomers.lines[0]?.customer).toMatchObject({
      externalId: 'NEW-1',
      firstName: 'Hedda',
      dateOfBirth: '1988-07-14',
    });

    const read = await stack.gql(READ_BACK, { id: 'NEW-1' });
    expect(read.data.customer).toEqual({
      externalId: 'NEW-1',
      accountType: 'INDIVIDUAL',
      firstName: 'Hedda',
      lastName: 'Lindqvist',
      dateOfBirth: '1988-07-14',
      nationalityCodes: ['SE'],
    });

    const updated = await stack.gql(SaveCustomersDocument, {
      input: { customers: [{ externalId: 'NEW-1', lastName: 'Berg', nationalityCodes: ['NO', 'dk'] }] },
    });
    expect(updated.data?.saveCustomers.lines[0]).toMatchObject({
      status: 'UPDATED',
      customer: { lastName: 'Berg' },
    });
    const reread = await stack.gql(READ_BACK, { id: 'NEW-1' });
    expect(reread.data.customer).toMatchObject({
      firstName: 'Hedda',
      lastName: 'Berg',
      nationalityCodes: ['NO', 'DK'],
    });
  });

  it('saves and reads back a customer whose external id holds URL characters', async () => {
    const id = 'ACME/42 é?#%';
    const res = await stack.gql(SaveCustomersDocument, { input: { customers: [person(id)] } });
    expect(res.data?.saveCustomers.lines[0]).toMatchObject({
      status: 'CREATED',
      customer: { externalId: id },
    });
    const read = await stack.gql(READ_BACK, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data.customer.externalId).toBe(id);
  });

  it('stores nothing when verifyInput is true', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: { customers: [person('VERIFY-1')], verifyInput: true },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers).toMatchObject({ verifyInput: true, status: 'SUCCESS' });
    expect(res.data?.saveCustomers.lines).toEqual([
      expect.objectContaining({ externalId: 'VERIFY-1', status: 'VALID', customer: null }),
    ]);
    const read = await stack.gql(READ_BACK, { id: 'VERIFY-1' });
    expect(read.errors).toBeUndefined();
    expect(read.data.customer).toBeNull();
  });

  it('shows in one request what each of two saves of the same customer wrote', async () => {
    const res = await stack.gql(
      `mutation($a: SaveCustomersInput!, $b: SaveCustomersInput!) {
        first: saveCustomers(input: $a) { lines { status customer { firstName lastName } } }
        second: saveCustomers(input: $b) { lines { status customer { firstName lastName } } }
      }`,
      {
        a: { customers: [person('TWICE-1', { firstName: 'Before' })] },
        b: { customers: [{ externalId: 'TWICE-1', firstName: 'After' }] },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.first.lines[0]).toEqual({
      status: 'CREATED',
      customer: { firstName: 'Before', lastName: 'Lindqvist' },
    });
    expect(res.data.second.lines[0]).toEqual({
      status: 'UPDATED',
      customer: { firstName: 'After', lastName: 'Lindqvist' },
    });
    const stats = await stack.stats();
    expect(stats.byRoute[SAVE]).toBe(2);
    expect(stats.byRoute[DETAIL]).toBe(2);
  });

  it("puts Algoreg's warnings on the line they are about", async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [
          person('WARN-0'),
          person('WARN-1', { customFields: { no_such_field: 'x' } }),
          { externalId: 'WARN-2', accountType: 'FIRM' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const lines = res.data?.saveCustomers.lines ?? [];
    expect(lines.map((l) => [l.index, l.externalId, l.status])).toEqual([
      [0, 'WARN-0', 'CREATED'],
      [1, 'WARN-1', 'CREATED'],
      [2, 'WARN-2', 'CREATED'],
    ]);
    expect(lines[0]?.warnings).toEqual([]);
    expect(lines[1]?.warnings.map((w) => w.code)).toEqual(['unknown_custom_field']);
    expect(lines[2]?.warnings.map((w) => w.code)).toEqual(['missing_company_name']);
  });

  it('reports a relation naming an unknown customer, and still saves the customers', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [person('REL-CHILD')],
        relations: [
          { parentExternalId: 'NOBODY-9', childExternalId: 'REL-CHILD', relationExternalId: 'R-1' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers.status).toBe('PARTIAL');
    expect(res.data?.saveCustomers.lines[0]?.status).toBe('CREATED');
    expect(res.data?.saveCustomers.relationErrors).toEqual([
      { externalId: 'R-1', errors: [{ code: 'unknown_parent', detail: expect.any(String) }] },
    ]);
  });
});

describe('saveCustomers: what Algoreg returns of a save', () => {
  it('reads back the KYC level requested, the parent and the relations saved with a customer', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [
          { externalId: 'GRP-CO', accountType: 'FIRM', companyName: 'Berg Holdings AB' },
          person('GRP-UBO', { kycLevel: 1, kycLevelRequested: 3, parentExternalId: 'GRP-CO' }),
        ],
        relations: [
          {
            parentExternalId: 'GRP-CO',
            childExternalId: 'GRP-UBO',
            relationExternalId: 'GRP-R1',
            relationType: 2,
          },
        ],
      },
    });
    expect(res.data?.saveCustomers.status).toBe('SUCCESS');
    const read = await stack.gql(CustomerRelationsDocument, { externalId: 'GRP-UBO' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.customer).toMatchObject({
      kycLevel: 1,
      kycLevelRequested: 3,
      parentExternalId: 'GRP-CO',
      relations: [
        {
          relationExternalId: 'GRP-R1',
          relationType: 2,
          disabled: false,
          parent: { externalId: 'GRP-CO', displayName: 'Berg Holdings AB' },
          child: { externalId: 'GRP-UBO', displayName: 'Hedda Lindqvist' },
        },
      ],
    });
  });

  it('adds a name variation and deletes it again', async () => {
    const variation = { firstName: 'Heddy', lastName: 'Lindqvist' };
    const added = await stack.gql(SaveCustomersDocument, {
      input: { customers: [person('VAR-1', { nameVariations: [{ op: 'ADD', ...variation }] })] },
    });
    expect(added.data?.saveCustomers.lines[0]?.status).toBe('CREATED');
    const NAMES = '{ customer(externalId: "VAR-1") { nameVariations { firstName lastName middleName } } }';
    expect((await stack.gql(NAMES)).data.customer.nameVariations).toEqual([
      { ...variation, middleName: null },
    ]);
    const deleted = await stack.gql(SaveCustomersDocument, {
      input: { customers: [{ externalId: 'VAR-1', nameVariations: [{ op: 'DELETE', ...variation }] }] },
    });
    expect(deleted.data?.saveCustomers.lines[0]?.status).toBe('UPDATED');
    expect((await stack.gql(NAMES)).data.customer.nameVariations).toEqual([]);
  });

  it('gives the algoregId of the customers it created, and none for those it updated', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: { customers: [person('AID-NEW'), { externalId: 'C-0002', comment: 'seen' }] },
    });
    const [created, updated] = res.data?.saveCustomers.lines ?? [];
    expect(created).toMatchObject({ status: 'CREATED', algoregId: expect.any(String) });
    expect(updated).toMatchObject({ status: 'UPDATED', algoregId: null });
    const read = await stack.gql('{ customer(externalId: "AID-NEW") { algoregId } }');
    expect(read.data.customer.algoregId).toBe(created?.algoregId);
  });

  it('reports the one chunk of a small save with its time', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: { customers: [person('T-1'), person('T-2')] },
    });
    const payload = res.data?.saveCustomers;
    expect(payload?.chunks).toEqual([
      { index: 0, lines: 2, timeElapsedMs: expect.any(Number), upstreamCode: null },
    ]);
    expect(payload?.timeElapsedMs).toBe(payload?.chunks[0]?.timeElapsedMs);
  });
});

describe('saveCustomers input checks', () => {
  const refusals: [string, Line[], RegExp][] = [
    [
      'a date of birth that is not a real date',
      [person('V-0'), person('V-1', { dateOfBirth: '1990-02-30' })],
      /input\.customers\[1\]\.dateOfBirth/,
    ],
    [
      'a date of birth not written YYYY-MM-DD',
      [person('V-0', { dateOfBirth: '14/07/1988' })],
      /input\.customers\[0\]\.dateOfBirth/,
    ],
    [
      'a country code that is not ISO 3166',
      [person('V-0'), person('V-1', { nationalityCodes: ['SE', 'XX'] })],
      /input\.customers\[1\]\.nationalityCodes\[1\].*XX/,
    ],
    ['an empty external id', [person('V-0'), person('  ')], /input\.customers\[1\]\.externalId.*empty/],
    [
      'an external id given twice',
      [person('V-0'), person('V-1'), person('V-0')],
      /input\.customers\[2\]\.externalId.*customers\[0\]/,
    ],
  ];
  for (const [what, customers, message] of refusals) {
    it(`refuses ${what}, naming the line and field, before calling Algoreg`, async () => {
      const res = await stack.gql(SaveCustomersDocument, { input: { customers } });
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await stack.stats()).calls).toBe(0);
    });
  }

  it('lists every problem of the input at once', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [person('V-0', { dateOfBirth: '2001-13-01' }), person('V-1', { domicileCodes: ['ZZ'] })],
      },
    });
    const issues = (res.errors?.[0]?.extensions?.issues ?? []) as { field: string }[];
    const fields = issues.map((i) => i.field);
    expect(fields).toEqual(['input.customers[0].dateOfBirth', 'input.customers[1].domicileCodes[0]']);
    expect((await stack.stats()).calls).toBe(0);
  });

  it('leaves an account type outside FIRM / INDIVIDUAL to GraphQL itself (variable coercion), before calling Algoreg', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: { customers: [person('V-0'), { externalId: 'V-1', accountType: 'PERSON' as 'FIRM' }] },
    });
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/customers\[1\]\.accountType/);
    expect(res.errors?.[0]?.message).toMatch(/PERSON/);
    expect((await stack.stats()).calls).toBe(0);
  });

  it('refuses, by its own rules, a negative KYC level, custom fields that are not an object and an empty relation end', async () => {
    const res = await stack.gql(SaveCustomersDocument, {
      input: {
        customers: [person('V-0', { kycLevel: -1 }), person('V-1', { customFields: [1, 2] })],
        relations: [{ parentExternalId: 'V-0', childExternalId: ' ', relationExternalId: 'R-9' }],
      },
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = (res.errors?.[0]?.extensions?.issues ?? []) as { field: string }[];
    expect(issues.map((i) => i.field)).toEqual([
      'input.customers[0].kycLevel',
      'input.customers[1].customFields',
      'input.relations[0].childExternalId',
    ]);
    expect((await stack.stats()).calls).toBe(0);
  });
});

describe('saveCustomers in chunks', () => {
  let chunked: Stack;
  beforeAll(async () => {
    chunked = await startStack({ ALGOREG_SAVE_CHUNK_SIZE: '2' });
    await chunked.gql('{ customer(externalId: "C-0001") { id } }');
  });
  afterAll(() => chunked.close());
  beforeEach(() => chunked.reset());

  const five = ['K-5', 'K-1', 'K-4', 'K-2', 'K-3'];

  it('sends a large input in chunks and answers per line in input order', async () => {
    const res = await chunked.gql(SaveCustomersDocument, {
      input: { customers: five.map((id) => person(id, { firstName: `F${id}` })) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers.status).toBe('SUCCESS');
    expect(
      res.data?.saveCustomers.lines.map((l) => [l.index, l.externalId, l.status, l.customer?.firstName]),
    ).toEqual(five.map((id, i) => [i, id, 'CREATED', `F${id}`]));
    expect((await chunked.stats()).byRoute[SAVE]).toBe(3);
  });

  it('keeps the lines of the chunks that went through when one chunk fails', async () => {
    await chunked.fault({ route: SAVE, kind: 'status', status: 503, times: 1 });
    const res = await chunked.gql(SaveCustomersDocument, {
      input: { customers: five.map((id) => person(id)) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveCustomers.status).toBe('PARTIAL');
    expect(res.data?.saveCustomers.lines.map((l) => [l.externalId, l.status, l.upstreamCode])).toEqual([
      ['K-5', 'FAILED', 'UPSTREAM_UNAVAILABLE'],
      ['K-1', 'FAILED', 'UPSTREAM_UNAVAILABLE'],
      ['K-4', 'CREATED', null],
      ['K-2', 'CREATED', null],
      ['K-3', 'CREATED', null],
    ]);
    expect((await chunked.stats()).byRoute[SAVE]).toBe(3);
    const lost = await chunked.gql(READ_BACK, { id: 'K-5' });
    expect(lost.data.customer).toBeNull();
    const kept = await chunked.gql(READ_BACK, { id: 'K-3' });
    expect(kept.data.customer.externalId).toBe('K-3');
  });

  it('says how long Algoreg took for each chunk, and in total, as an import screen shows progress', async () => {
    await chunked.fault({ route: SAVE, kind: 'latency', ms: 40 });
    const res = await chunked.gql(SaveCustomersDocument, {
      input: { customers: five.map((id) => person(id)) },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.saveCustomers;
    expect(payload?.chunks.map((c) => [c.index, c.lines, c.upstreamCode])).toEqual([
      [0, 2, null],
      [1, 2, null],
      [2, 1, null],
    ]);
    expect(payload?.chunks).toHaveLength(3);
    // At least the 40 ms Algoreg took, and a duration (not a clock reading: well under the test's own).
    for (const chunk of payload?.chunks ?? []) {
      expect(chunk.timeElapsedMs).toBeGreaterThanOrEqual(40);
      expect(chunk.timeElapsedMs).toBeLessThan(5_000);
    }
    expect(payload?.timeElapsedMs).toBe(payload?.chunks.reduce((sum, c) => sum + c.timeElapsedMs, 0));
  });

  it('times a failed chunk too, with its upstream code', async () => {
    await chunked.fault({ route: SAVE, kind: 'status', status: 503, times: 1 });
    const res = await chunked.gql(SaveCustomersDocument, {
      input: { customers: five.map((id) => person(id)) },
    });
    expect(res.data?.saveCustomers.chunks.map((c) => [c.index, c.lines, c.upstreamCode])).toEqual([
      [0, 2, 'UPSTREAM_UNAVAILABLE'],
      [1, 2, null],
      [2, 1, null],
    ]);
  });
});
