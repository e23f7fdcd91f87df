import { describe, expect, it } from 'vitest';
import { NameSearchDocument, type NameSearchInput } from '../packages/client/src/generated/graphql.ts';
import { useStack } from './harness.ts';

/**
 * What the Go!Scan calls send to Algoreg (the sandbox's last body per route, under Algoreg's wire
 * names): every filter and order of Search alerts, every part of a Name search, nothing that was
 * not given; and what the answer then shows where the sandbox implements the filter.
 */

const SEARCH = 'POST /api/v1/alerts/search';
const NAME_SEARCH = 'POST /api/v1/scan/name';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers and sandbox bodies, held with toEqual
type Json = any;

const stack = useStack();

const ALERTS = `query($filter: AlertFilter, $orderBy: AlertOrder, $first: Int) {
  alerts(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { alertId assigneeId listName createdAt customer { reviewGroups } } }
  }
}`;

interface AlertNode {
  alertId: string;
  assigneeId: number | null;
  listName: string | null;
  createdAt: string;
  customer: { reviewGroups: string[] } | null;
}

async function alerts(variables: Json): Promise<{ total: number; nodes: AlertNode[] }> {
  const res = await stack.gql(ALERTS, { first: 100, ...variables });
  expect(res.errors).toBeUndefined();
  return {
    total: res.data.alerts.totalCount,
    nodes: res.data.alerts.edges.map((e: { node: AlertNode }) => e.node),
  };
}

describe('Search alerts body', () => {
  it('sends every filter and the order under its wire name, strings trimmed', async () => {
    const res = await stack.gql(ALERTS, {
      first: 10,
      filter: {
        alertId: '  ALR-00001 ',
        customerExternalId: ' C-0001 ',
        name: ' Martin ',
        states: ['NEW', 'NEW', 'TRUE_HIT'],
        categories: ['PEP', 'RCA_SIE'],
        scoreFrom: 10,
        scoreTo: 90,
        createdFrom: '2021-01-01T00:00:00Z',
        createdTo: '2026-01-01T00:00:00Z',
        updatedFrom: '2021-02-01T00:00:00Z',
        updatedTo: '2026-02-01T00:00:00Z',
        onlyWithoutReviewGroups: true,
        assigneeId: 12,
        sanctionListId: 2,
        sanctionList: ' ofac ',
      },
      orderBy: { field: 'LAST_UPDATE', direction: 'ASC' },
    });
    expect(res.errors).toBeUndefined();
    const body = await stack.sent(SEARCH);
    expect(body).toEqual({
      id: 'ALR-00001',
      external_id: 'C-0001',
      name: 'Martin',
      states: [2, 5],
      categories: ['pep', 'rca_sie'],
      score_from: 10,
      score_to: 90,
      creation_date_from: '2021-01-01T00:00:00.000Z',
      creation_date_to: '2026-01-01T00:00:00.000Z',
      last_update_from: '2021-02-01T00:00:00.000Z',
      last_update_to: '2026-02-01T00:00:00.000Z',
      only_without_review_groups: true,
      assigned_to_member_id: 12,
      sanction_list_id: 2,
      sanction_list_str: 'ofac',
      order_by: 'last_update',
      order_way: 'asc',
      limit: 10,
      offset: 0,
    });
  });

  it('sends only the page when nothing else is given, and explicit nulls count as not given', async () => {
    await alerts({ first: 5 });
    expect(await stack.sent(SEARCH)).toEqual({ limit: 5, offset: 0 });
    await alerts({
      first: 5,
      filter: {
        alertId: null,
        name: null,
        states: null,
        onlyWithoutReviewGroups: null,
        assigneeId: null,
        onlyUnassigned: null,
        sanctionListId: null,
        sanctionList: null,
        scoreFrom: null,
      },
      orderBy: null,
    });
    expect(await stack.sent(SEARCH)).toEqual({ limit: 5, offset: 0 });
  });

  it('sends false flags as false', async () => {
    await alerts({ filter: { onlyWithoutReviewGroups: false, onlyUnassigned: false } });
    expect(await stack.sent(SEARCH)).toEqual({
      only_without_review_groups: false,
      only_without_assignment: false,
      limit: 100,
      offset: 0,
    });
  });

  it('finds only the alerts of customers in no review group', async () => {
    const all = await alerts({});
    const some = await alerts({ filter: { onlyWithoutReviewGroups: true } });
    expect((await stack.sent(SEARCH)).only_without_review_groups).toBe(true);
    expect(some.nodes.length).toBeGreaterThan(0);
    expect(some.total).toBeLessThan(all.total);
    for (const n of some.nodes) expect(n.customer?.reviewGroups).toEqual([]);
  });

  it("finds only one member's alerts", async () => {
    const all = await alerts({});
    const assignee = all.nodes.find((n) => n.assigneeId !== null)?.assigneeId;
    expect(assignee).toBeTypeOf('number');
    const mine = await alerts({ filter: { assigneeId: assignee } });
    expect((await stack.sent(SEARCH)).assigned_to_member_id).toBe(assignee);
    expect(mine.nodes.length).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);
    for (const n of mine.nodes) expect(n.assigneeId).toBe(assignee);
  });

  it("finds only one list's alerts, by the list's id", async () => {
    const all = await alerts({});
    const ofac = await alerts({ filter: { sanctionListId: 2 } });
    expect((await stack.sent(SEARCH)).sanction_list_id).toBe(2);
    expect(ofac.nodes.length).toBeGreaterThan(0);
    expect(ofac.total).toBeLessThan(all.total);
    for (const n of ofac.nodes) expect(n.listName).toBe('OFAC SDN');
  });

  it('orders by creation date oldest first when asked', async () => {
    const { nodes } = await alerts({ orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    const body = await stack.sent(SEARCH);
    expect([body.order_by, body.order_way]).toEqual(['created_at', 'asc']);
    const dates = nodes.map((n) => n.createdAt);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    expect((dates[0] as string) < (dates.at(-1) as string)).toBe(true);
  });
});

const NAMES = `query($input: NameSearchInput!, $first: Int, $after: String) {
  nameSearch(input: $input, first: $first, after: $after) {
    edges { node { profileId entityType name companyName score countries } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('Name search body', () => {
  it('sends a person under person_input_data, with every field under its wire name', async () => {
    const res = await stack.gql(NAMES, {
      first: 3,
      input: {
        entityType: 'INDIVIDUAL',
        exactMatch: true,
        query: ' Ivan Petrov ',
        person: {
          firstName: ' Petrov ',
          lastName: 'Ivan',
          dateOfBirth: '1955',
          exactDateOfBirth: true,
          countries: ['RU'],
          nationalityCode: 'RU',
          domicileCode: 'RUS',
          allowNamesInversion: true,
        },
        postFilteringAlias: 'strict',
        keepResultsUnderThreshold: true,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(NAME_SEARCH)).toEqual({
      entity_type: 1,
      exact_match: true,
      query: 'Ivan Petrov',
      person_input_data: {
        first_name: 'Petrov',
        last_name: 'Ivan',
        date_of_birth: '1955',
        exact_date_of_birth: true,
        countries: ['RUS'],
        nationality_code: 'RUS',
        domicile_code: 'RUS',
        AllowNamesInversion: true,
      },
      post_filtering_alias: 'strict',
      keep_results_under_threshold: true,
      page_size: 3,
    });
    expect(res.data.nameSearch.edges[0].node).toMatchObject({ name: 'Ivan Petrov', score: 100 });
  });

  it('sends only what is given: no person fields, flags or alias left unset, nulls as not given', async () => {
    await stack.gql(NAMES, { input: { entityType: 'INDIVIDUAL', person: { lastName: 'Martin' } } });
    expect(await stack.sent(NAME_SEARCH)).toEqual({
      entity_type: 1,
      person_input_data: { last_name: 'Martin' },
      page_size: 20,
    });
    await stack.gql(NAMES, {
      input: {
        entityType: 'INDIVIDUAL',
        exactMatch: null,
        query: null,
        person: { lastName: 'Martin', firstName: null, dateOfBirth: null, countries: null },
        postFilteringAlias: null,
        keepResultsUnderThreshold: null,
      },
    });
    expect(await stack.sent(NAME_SEARCH)).toEqual({
      entity_type: 1,
      person_input_data: { last_name: 'Martin' },
      page_size: 20,
    });
  });

  it('sends false flags as false and "" as the default post-filtering settings', async () => {
    const res = await stack.gql(NAMES, {
      input: {
        entityType: 'INDIVIDUAL',
        exactMatch: false,
        person: { lastName: 'Martin' },
        postFilteringAlias: '',
        keepResultsUnderThreshold: false,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(NAME_SEARCH)).toEqual({
      entity_type: 1,
      exact_match: false,
      person_input_data: { last_name: 'Martin' },
      post_filtering_alias: '',
      keep_results_under_threshold: false,
      page_size: 20,
    });
  });

  it('sends a free-text query alone, and finds by it', async () => {
    const res = await stack.gql(NAMES, {
      first: 5,
      input: { entityType: 'INDIVIDUAL', query: 'Ivan Petrov' },
    });
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(NAME_SEARCH)).toEqual({ entity_type: 1, query: 'Ivan Petrov', page_size: 5 });
    expect(res.data.nameSearch.edges[0].node.name).toBe('Ivan Petrov');
  });

  it('sends a company under company_input_data for FIRM, and finds companies only', async () => {
    const res = await stack.gql(NAMES, {
      first: 5,
      input: { entityType: 'FIRM', company: { companyName: ' Vertex Mining ', countries: ['CH', 'RUS'] } },
    });
    expect(res.errors).toBeUndefined();
    expect(await stack.sent(NAME_SEARCH)).toEqual({
      entity_type: 2,
      company_input_data: { company_name: 'Vertex Mining', countries: ['CHE', 'RUS'] },
      page_size: 5,
    });
    const nodes = res.data.nameSearch.edges.map((e: Json) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) expect(n.entityType).toBe('FIRM');
    expect(nodes[0]).toMatchObject({ companyName: 'Vertex Mining SA', countries: ['CHE', 'RUS'] });

    const exact = await stack.gql(NAMES, {
      input: { entityType: 'FIRM', exactMatch: true, company: { companyName: 'Atlas Capital Ltd' } },
    });
    expect(await stack.sent(NAME_SEARCH)).toEqual({
      entity_type: 2,
      exact_match: true,
      company_input_data: { company_name: 'Atlas Capital Ltd' },
      page_size: 20,
    });
    expect(exact.data.nameSearch.edges.map((e: Json) => e.node.companyName)).toEqual(['Atlas Capital Ltd']);
  });

  it('sends the page token of the next page, none for the first', async () => {
    const input: NameSearchInput = { entityType: 'INDIVIDUAL', person: { lastName: 'Martin' } };
    const one = await stack.gql(NameSearchDocument, { input, first: 2 });
    expect((await stack.sent(NAME_SEARCH)).page_token).toBeUndefined();
    const two = await stack.gql(NameSearchDocument, {
      input,
      first: 2,
      after: one.data?.nameSearch?.pageInfo.endCursor,
    });
    expect(two.errors).toBeUndefined();
    const body = await stack.sent(NAME_SEARCH);
    expect(body.page_token).toEqual(expect.any(String));
    expect(body.page_token).not.toBe('');
  });
});

describe('Modify alert body', () => {
  const MODIFY = 'POST /api/v1/alerts/{alert_id}';
  const DOC = `mutation($input: ModifyAlertInput!) {
    modifyAlert(input: $input) { errors { code } alert { assigneeId lastRevision { state comment } } }
  }`;

  it('sends the state as its code, the comment and the assignee given, and only those', async () => {
    const all = await stack.gql(ALERTS, { first: 1, filter: { states: ['NEW'] } });
    const alertId = all.data.alerts.edges[0].node.alertId;
    const both = await stack.gql(DOC, {
      input: { alertId, state: 'PENDING_INFORMATION', comment: 'Asked for ID.', assigneeId: 13 },
    });
    expect(both.data.modifyAlert).toEqual({
      errors: [],
      alert: { assigneeId: 13, lastRevision: { state: 'PENDING_INFORMATION', comment: 'Asked for ID.' } },
    });
    expect(await stack.sent(MODIFY)).toEqual({
      state: 3,
      comment: 'Asked for ID.',
      assigned_to_member_id: 13,
    });

    const comment = await stack.gql(DOC, {
      input: { alertId, comment: 'Called back.', state: null, assigneeId: null },
    });
    expect(comment.data.modifyAlert.errors).toEqual([]);
    expect(await stack.sent(MODIFY)).toEqual({ comment: 'Called back.' });
    // The state and the assignee stay as they were.
    expect(comment.data.modifyAlert.alert).toMatchObject({
      assigneeId: 13,
      lastRevision: { state: 'PENDING_INFORMATION' },
    });

    await stack.gql(DOC, { input: { alertId, assigneeId: 11 } });
    expect(await stack.sent(MODIFY)).toEqual({ assigned_to_member_id: 11 });
  });
});
