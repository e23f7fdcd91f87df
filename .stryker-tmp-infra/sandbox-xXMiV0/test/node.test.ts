// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

const DETAIL = 'GET /api/v1/customers/{customer_external_id}';
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const stack = useStack();

describe('global ids', () => {
  it('refetches a customer with node(id:) from the id the customer field gave', async () => {
    const first = await stack.gql('{ customer(externalId: "C-0002") { id externalId lastName } }');
    const { id, ...rest } = first.data.customer;
    expect(typeof id).toBe('string');
    const again = await stack.gql(
      'query($id: ID!) { node(id: $id) { __typename id ... on Customer { externalId lastName } } }',
      { id },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data.node).toEqual({ __typename: 'Customer', id, ...rest });
  });

  it('gives different customers different ids', async () => {
    const res = await stack.gql(
      '{ a: customer(externalId: "C-0002") { id } b: customer(externalId: "C-0003") { id } }',
    );
    expect(res.data.a.id).not.toBe(res.data.b.id);
  });

  it('refetches many customers with nodes(ids:) in order, in one batch, with null for unknown ones', async () => {
    const ids = [
      globalId('Customer', 'C-0005'),
      globalId('Customer', 'NOPE-1'),
      globalId('Customer', 'C-0004'),
    ];
    const res = await stack.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { externalId } } }',
      {
        ids,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([{ externalId: 'C-0005' }, null, { externalId: 'C-0004' }]);
    const stats = await stack.stats();
    expect(stats.byRoute[DETAIL]).toBe(3);
    expect(res.extensions?.upstream?.roundTrips).toBe(1);
  });

  it('answers null for a customer id Algoreg does not know', async () => {
    const res = await stack.gql('query($id: ID!) { node(id: $id) { id } }', {
      id: globalId('Customer', 'NOPE-2'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ node: null });
  });

  it('answers null, without calling Algoreg, for an id of a type the graph does not have', async () => {
    const res = await stack.gql('query($id: ID!) { node(id: $id) { id } }', {
      id: globalId('Spaceship', 'X'),
    });
    expect(res.data).toEqual({ node: null });
    expect((await stack.stats()).calls).toBe(0);
  });

  it('refuses an id that is not a global id at all as bad input, without calling Algoreg', async () => {
    const res = await stack.gql('query($id: ID!) { node(id: $id) { id } }', { id: '%%%not-an-id' });
    expect(res.data).toEqual({ node: null });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/global id/i);
    expect((await stack.stats()).calls).toBe(0);
  });
});
