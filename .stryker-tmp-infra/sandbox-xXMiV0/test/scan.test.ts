// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  AlertQueueDocument,
  type AlertQueueQuery,
  AlertReviewDocument,
  type AlertState,
  ModifyAlertDocument,
  NameSearchDocument,
  type NameSearchInput,
} from '../packages/client/src/generated/graphql.ts';
import { type GraphQLResponse, useStack } from './harness.ts';

const SEARCH = 'POST /api/v1/alerts/search';
const DETAIL = 'GET /api/v1/alerts/{alert_id}';
const MODIFY = 'POST /api/v1/alerts/{alert_id}';
const CUSTOMER_ALERTS = 'POST /api/v1/customers/{customer_external_id}/alerts';
const CUSTOMER = 'GET /api/v1/customers/{customer_external_id}';
const NAME_SEARCH = 'POST /api/v1/scan/name';

const stack = useStack();

/** The first alert of the queue in a state, read without touching the counters' meaning. */
async function firstAlert(state: AlertState): Promise<{ alertId: string; revisionNumber: number }> {
  const res = await stack.gql(AlertQueueDocument, { first: 1, filter: { states: [state] } });
  const node = res.data?.alerts?.edges[0]?.node;
  if (!node) throw new Error(`no alert in state ${state}`);
  await stack.reset();
  return { alertId: node.alertId, revisionNumber: node.lastRevision?.revisionNumber ?? 0 };
}

describe('alert queue', () => {
  it('costs one search and at most one concurrent customer detail call per distinct customer', async () => {
    await stack.fault({ route: CUSTOMER, kind: 'latency', ms: 20 });
    const res = await stack.gql(AlertQueueDocument, { first: 50 });
    expect(res.errors).toBeUndefined();
    const alerts = res.data?.alerts;
    expect(alerts?.totalCount).toBeGreaterThanOrEqual(1000);
    expect(alerts?.edges).toHaveLength(50);
    const customers = new Set(alerts?.edges.map((e) => e.node.customer?.externalId));
    expect(customers.has(undefined)).toBe(false);
    for (const { node } of alerts?.edges ?? []) {
      expect(node.lastRevision?.score).toBeGreaterThanOrEqual(0);
      expect(node.lastRevision?.topCategory).toBeTruthy();
      expect(['LOW', 'MEDIUM', 'HIGH', 'UNDEFINED']).toContain(node.customer?.overallRisk);
    }
    const stats = await stack.stats();
    expect(stats.byRoute[SEARCH]).toBe(1);
    expect(stats.byRoute[CUSTOMER]).toBe(customers.size);
    expect(stats.byRoute[DETAIL]).toBeUndefined();
    expect(stats.maxInFlight[CUSTOMER]).toBeGreaterThan(1);
    expect(res.extensions?.upstream).toMatchObject({ calls: 1 + customers.size, roundTrips: 2 });
  });

  it("loads 50 alerts' list profiles with one concurrent, deduplicated detail call per alert", async () => {
    const first = await stack.gql(AlertQueueDocument, { first: 1 });
    const oneId = first.data?.alerts?.edges[0]?.node.alertId;
    await stack.reset();
    await stack.fault({ route: DETAIL, kind: 'latency', ms: 20 });
    const res = await stack.gql(
      `query($id: ID!) {
        again: alert(id: $id) { listName }
        alerts(first: 50) {
          edges { node {
            alertId listName associates { associationType }
            categoryFlags { isPep isSan }
            listProfile { name countries { iso3Codes } dates { values { year } } descriptions { level text } }
          } }
        }
      }`,
      { id: oneId },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.alerts?.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toHaveLength(50);
    expect(nodes.every((n: { listName: string | null }) => n.listName)).toBe(true);
    expect(res.data.again.listName).toBe(nodes[0].listName);
    const stats = await stack.stats();
    expect(stats.byRoute[SEARCH]).toBe(1);
    expect(stats.byRoute[DETAIL]).toBe(50);
    expect(stats.maxInFlight[DETAIL]).toBeGreaterThan(1);
  });

  it('applies every kind of filter and the order asked for', async () => {
    const all = await stack.gql(AlertQueueDocument, { first: 1 });
    const total = all.data?.alerts?.totalCount ?? 0;
    const res = await stack.gql(
      `query($filter: AlertFilter, $orderBy: AlertOrder) {
        alerts(first: 100, filter: $filter, orderBy: $orderBy) {
          totalCount
          edges { node { createdAt assigneeId lastRevision { state score } categoryFlags { isPep isRcaPep } } }
        }
      }`,
      {
        filter: {
          states: ['NEW', 'PENDING_INFORMATION'],
          categories: ['PEP', 'RCA_PEP'],
          scoreFrom: 20,
          scoreTo: 90,
          createdFrom: '2022-01-01T00:00:00Z',
          onlyUnassigned: true,
        },
        orderBy: { field: 'SCORE', direction: 'DESC' },
      },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.alerts?.edges.map(
      (e: { node: unknown }) =>
        e.node as {
          createdAt: string;
          assigneeId: number | null;
          lastRevision: { state: string; score: number };
          categoryFlags: { isPep: boolean; isRcaPep: boolean };
        },
    );
    expect(nodes.length).toBeGreaterThan(0);
    expect(res.data.alerts?.totalCount).toBeLessThan(total);
    for (const n of nodes) {
      expect(['NEW', 'PENDING_INFORMATION']).toContain(n.lastRevision.state);
      expect(n.lastRevision.score).toBeGreaterThanOrEqual(20);
      expect(n.lastRevision.score).toBeLessThanOrEqual(90);
      expect(n.categoryFlags.isPep || n.categoryFlags.isRcaPep).toBe(true);
      expect(n.createdAt >= '2022-01-01').toBe(true);
      expect(n.assigneeId).toBeNull();
    }
    const scores = nodes.map((n: { lastRevision: { score: number } }) => n.lastRevision.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const byList = await stack.gql(
      `{ alerts(first: 20, filter: { sanctionList: "ofac", customerExternalId: "C-0185" }) {
          edges { node { customerExternalId listName } } } }`,
    );
    expect(byList.errors).toBeUndefined();
    expect(byList.data.alerts?.edges.length).toBeGreaterThan(0);
    for (const { node } of byList.data.alerts?.edges ?? []) {
      expect(node.customerExternalId).toBe('C-0185');
      expect(node.listName).toBe('OFAC SDN');
    }
  });

  it('orders by score, highest first, when only the order field is given, inline or as a variable', async () => {
    const scores = (res: {
      data?: { alerts: { edges: { node: { lastRevision: { score: number } } }[] } } | null;
    }) => res.data?.alerts?.edges.map((e) => e.node.lastRevision.score) ?? [];
    const selection = 'edges { node { lastRevision { score } } }';
    const inline = await stack.gql(`{ alerts(first: 40, orderBy: { field: SCORE }) { ${selection} } }`);
    const variable = await stack.gql(
      `query($o: AlertOrder) { alerts(first: 40, orderBy: $o) { ${selection} } }`,
      {
        o: { field: 'SCORE' },
      },
    );
    for (const res of [inline, variable]) {
      expect(res.errors).toBeUndefined();
      const list = scores(res);
      expect(list).toHaveLength(40);
      expect(list).toEqual([...list].sort((a, b) => b - a));
      expect(list[0]).toBe(100);
    }
  });

  it('refuses a contradictory filter, naming the field, before any upstream call', async () => {
    const res = await stack.gql('{ alerts(filter: { scoreFrom: 90, scoreTo: 10 }) { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('filter.scoreTo');
    expect((await stack.stats()).calls).toBe(0);
  });

  it("lists a customer's alerts over Get customer alerts, matching the customer's stats", async () => {
    const res = await stack.gql(
      `{ customer(externalId: "C-0002") {
          alerts(first: 3) { totalCount edges { node { customerExternalId lastRevision { state } } } }
          open: alerts(first: 3, filter: { states: [NEW, PENDING_INFORMATION, TRUE_HIT] }) { totalCount }
          stats { alerts openAlerts }
      } }`,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.customer;
    expect(c.alerts.totalCount).toBeGreaterThan(0);
    expect(c.alerts.totalCount).toBe(c.stats.alerts);
    expect(c.open.totalCount).toBe(c.stats.openAlerts);
    for (const { node } of c.alerts.edges) expect(node.customerExternalId).toBe('C-0002');
    const stats = await stack.stats();
    expect(stats.byRoute[CUSTOMER_ALERTS]).toBe(1);
    expect(stats.byRoute[SEARCH]).toBe(1);
  });

  it('reads a state code it does not know as UNKNOWN, with the raw code, without an error', async () => {
    type Node = NonNullable<AlertQueueQuery['alerts']>['edges'][number]['node'];
    let found: Node | undefined;
    let after: string | null | undefined = null;
    while (!found) {
      const res: GraphQLResponse<AlertQueueQuery> = await stack.gql(AlertQueueDocument, {
        first: 100,
        after,
      });
      expect(res.errors).toBeUndefined();
      found = res.data?.alerts?.edges.map((e) => e.node).find((n) => (n.lastRevision?.rawState ?? 0) > 7);
      if (!res.data?.alerts?.pageInfo.hasNextPage) break;
      after = res.data.alerts?.pageInfo.endCursor;
    }
    expect(found?.lastRevision?.state).toBe('UNKNOWN');
    const one = await stack.gql(AlertReviewDocument, { id: found?.alertId ?? '' });
    expect(one.errors).toBeUndefined();
    expect(one.data?.alert?.lastRevision).toMatchObject({
      state: 'UNKNOWN',
      rawState: found?.lastRevision?.rawState,
    });
  });

  it('reads a field Algoreg sends as "" as null', async () => {
    // The revision that raises an alert carries `comment: ""` (the screening engine wrote none).
    const queue = await stack.gql(AlertQueueDocument, { first: 50, filter: { states: ['NEW'] } });
    expect(queue.errors).toBeUndefined();
    const raised = queue.data?.alerts?.edges.filter((e) => e.node.lastRevision?.revisionNumber === 1) ?? [];
    expect(raised.length).toBeGreaterThan(0);
    for (const { node } of raised) expect(node.lastRevision?.comment).toBeNull();

    // A company's list profile has no gender nor birth date: `raw` shows the "" Algoreg sent.
    const profiles = await stack.gql(
      '{ alerts(first: 100) { edges { node { listProfile { gender date dateFormatted raw } } } } }',
    );
    expect(profiles.errors).toBeUndefined();
    const blank = profiles.data.alerts?.edges
      .map((e: { node: { listProfile: Record<string, unknown> | null } }) => e.node.listProfile)
      .filter((p: { raw: Record<string, unknown> } | null) => p?.raw.gender === '' && p.raw.date === '');
    expect(blank.length).toBeGreaterThan(0);
    for (const p of blank) expect(p).toMatchObject({ gender: null, date: null, dateFormatted: null });
  });

  it('refetches an alert by its global id through the detail loader', async () => {
    const review = await stack.gql(AlertReviewDocument, { id: 'ALR-00001' });
    expect(review.errors).toBeUndefined();
    const alert = review.data?.alert;
    expect(alert?.listProfile?.countries.length).toBeGreaterThan(0);
    expect(alert?.listProfile?.descriptions.length).toBeGreaterThan(0);
    expect(alert?.customer?.externalId).toBeTruthy();
    await stack.reset();
    const res = await stack.gql('query($id: ID!) { node(id: $id) { ... on Alert { alertId listName } } }', {
      id: alert?.id,
    });
    expect(res.data.node).toEqual({ alertId: 'ALR-00001', listName: alert?.listName });
    expect((await stack.stats()).byRoute).toEqual({ [DETAIL]: 1 });
  });
});

describe('modifyAlert', () => {
  it('writes a new revision, and a read later in the same request shows it', async () => {
    const { alertId, revisionNumber } = await firstAlert('NEW');
    const res = await stack.gql(
      `mutation($id: String!) {
        asked: modifyAlert(input: { alertId: $id, state: PENDING_INFORMATION, comment: "Asked for ID." }) {
          alert { listName lastRevision { state revisionNumber } } errors { code }
        }
        decided: modifyAlert(input: { alertId: $id, state: FALSE_POSITIVE, comment: "Not the same person." }) {
          alert { lastRevision { state revisionNumber comment agentId } } errors { code }
        }
      }`,
      { id: alertId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.asked.errors).toEqual([]);
    expect(res.data.asked.alert.lastRevision).toEqual({
      state: 'PENDING_INFORMATION',
      revisionNumber: revisionNumber + 1,
    });
    expect(res.data.decided.alert.lastRevision).toMatchObject({
      state: 'FALSE_POSITIVE',
      revisionNumber: revisionNumber + 2,
      comment: 'Not the same person.',
    });
    const stats = await stack.stats();
    expect(stats.byRoute[MODIFY]).toBe(2);

    const after = await stack.gql(AlertReviewDocument, { id: alertId });
    expect(after.data?.alert?.lastRevision).toMatchObject({
      state: 'FALSE_POSITIVE',
      revisionNumber: revisionNumber + 2,
    });
  });

  it('answers NotFoundError in the payload for an alert Algoreg does not have, after one call', async () => {
    const res = await stack.gql(ModifyAlertDocument, {
      input: { alertId: 'ALR-99999', state: 'TRUE_HIT', comment: 'x' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.modifyAlert.alert).toBeNull();
    expect(res.data?.modifyAlert.errors).toEqual([
      expect.objectContaining({ __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.alertId' }),
    ]);
    const stats = await stack.stats();
    expect(stats.calls).toBe(1);
    expect(stats.byRoute[MODIFY]).toBe(1);
  });

  it("answers RejectedError with Algoreg's codes when Algoreg refuses the change", async () => {
    const res = await stack.gql(ModifyAlertDocument, { input: { alertId: 'ALR-00001', assigneeId: 999 } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.modifyAlert.errors).toEqual([
      expect.objectContaining({
        __typename: 'RejectedError',
        code: 'REJECTED',
        upstreamCodes: ['unknown_member'],
      }),
    ]);
  });

  it("keeps only the string codes of Algoreg's errors, whatever else its refusal holds", async () => {
    await stack.fault({
      route: MODIFY,
      kind: 'body',
      status: 400,
      json: { errors: [{ code: 'alert_closed', message: 'x' }, { code: 7 }, null, { message: 'no code' }] },
      times: 1,
    });
    const res = await stack.gql(ModifyAlertDocument, { input: { alertId: 'ALR-00001', comment: 'x' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.modifyAlert.errors).toEqual([
      expect.objectContaining({ __typename: 'RejectedError', upstreamCodes: ['alert_closed'] }),
    ]);
    // A refusal whose body says no `errors` (or is no JSON object at all): no codes, still REJECTED.
    for (const json of [{ message: 'refused' }, null]) {
      await stack.fault({ route: MODIFY, kind: 'body', status: 400, json, times: 1 });
      const bare = await stack.gql(ModifyAlertDocument, { input: { alertId: 'ALR-00001', comment: 'x' } });
      expect(bare.data?.modifyAlert.errors).toEqual([
        expect.objectContaining({ __typename: 'RejectedError', code: 'REJECTED', upstreamCodes: [] }),
      ]);
    }
  });

  it('refuses an empty alert id or a state that cannot be set, naming the field, before any call', async () => {
    const unknown = await stack.gql(ModifyAlertDocument, {
      input: { alertId: 'ALR-00001', state: 'UNKNOWN' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('input.state');
    const empty = await stack.gql(ModifyAlertDocument, { input: { alertId: ' ', state: 'TRUE_HIT' } });
    expect(empty.errors?.[0]?.message).toContain('input.alertId');
    // Not our rule: GraphQL itself refuses a value that is no AlertState (variable coercion).
    const bogus = await stack.gql(ModifyAlertDocument, {
      input: { alertId: 'ALR-00001', state: 'BOGUS' as AlertState },
    });
    expect(bogus.errors?.[0]?.message).toContain('state');
    expect((await stack.stats()).calls).toBe(0);
  });
});

describe('name search', () => {
  it('screens a person and pages through the results with cursors', async () => {
    const input: NameSearchInput = { entityType: 'INDIVIDUAL', person: { lastName: 'Martin' } };
    const one = await stack.gql(NameSearchDocument, { input, first: 5 });
    expect(one.errors).toBeUndefined();
    const page1 = one.data?.nameSearch;
    expect(page1?.edges).toHaveLength(5);
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const two = await stack.gql(NameSearchDocument, { input, first: 5, after: page1?.pageInfo.endCursor });
    expect(two.errors).toBeUndefined();
    const page2 = two.data?.nameSearch;
    expect(page2?.edges).toHaveLength(5);
    const ids1 = page1?.edges.map((e) => e.node.profileId) ?? [];
    const ids2 = page2?.edges.map((e) => e.node.profileId) ?? [];
    expect(ids2.some((id) => ids1.includes(id))).toBe(false);
    const scores = [...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((e) => e.node.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await stack.stats()).byRoute[NAME_SEARCH]).toBe(2);
  });

  it('finds a listed person by birth year, country and inverted names', async () => {
    const res = await stack.gql(NameSearchDocument, {
      input: {
        entityType: 'INDIVIDUAL',
        exactMatch: true,
        person: {
          firstName: 'Petrov',
          lastName: 'Ivan',
          allowNamesInversion: true,
          dateOfBirth: '1955',
          countries: ['RU'],
        },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nameSearch?.edges[0]?.node).toMatchObject({
      name: 'Ivan Petrov',
      score: 100,
      categories: ['SAN'],
      countries: ['RUS'],
    });
  });

  it('refuses inconsistent input, naming the field, before any call', async () => {
    const cases: [NameSearchInput, string][] = [
      [{ entityType: 'FIRM', person: { lastName: 'Martin' } }, 'input.person'],
      [{ entityType: 'INDIVIDUAL', company: { companyName: 'Atlas' } }, 'input.company'],
      [
        { entityType: 'INDIVIDUAL', person: { lastName: 'Martin', dateOfBirth: '1980-13' } },
        'input.person.dateOfBirth',
      ],
      [
        { entityType: 'INDIVIDUAL', person: { lastName: 'Martin', dateOfBirth: '1980-02-30' } },
        'input.person.dateOfBirth',
      ],
      [
        { entityType: 'INDIVIDUAL', person: { lastName: 'Martin', countries: ['ZZ'] } },
        'input.person.countries[0]',
      ],
      [
        { entityType: 'INDIVIDUAL', person: { lastName: 'Martin', nationalityCode: 'FR' } },
        'input.person.nationalityCode',
      ],
      [{ entityType: 'INDIVIDUAL' }, 'input.person'],
      [{ entityType: 'FIRM', company: {} }, 'input.company.companyName'],
    ];
    for (const [input, field] of cases) {
      const res = await stack.gql(NameSearchDocument, { input });
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(field);
    }
    const missingType = await stack.gql(NameSearchDocument, {
      input: { person: { lastName: 'Martin' } } as NameSearchInput,
    });
    expect(missingType.errors?.[0]?.message).toContain('entityType');
    expect((await stack.stats()).calls).toBe(0);
    const ok = await stack.gql(NameSearchDocument, {
      input: { entityType: 'INDIVIDUAL', person: { lastName: 'Martin', dateOfBirth: '1979-02' } },
    });
    expect(ok.errors).toBeUndefined();
  });
});
