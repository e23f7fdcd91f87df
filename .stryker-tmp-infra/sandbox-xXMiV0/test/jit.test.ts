// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

// Queries run compiled (graphql-jit, src/jit.ts), whose own variable coercion drops defaults; the
// gateway writes them in first. These hold the defaults a client relies on.
describe('compiled queries keep the defaults of their variables', () => {
  const stack = useStack();

  it('a non-null variable with a default that the request leaves out', async () => {
    const doc = 'query($id: String! = "C-0015") { customer(externalId: $id) { externalId } }';
    expect((await stack.gql(doc)).data).toEqual({ customer: { externalId: 'C-0015' } });
    expect((await stack.gql(doc, { id: 'C-0002' })).data).toEqual({ customer: { externalId: 'C-0002' } });
  });

  it('a non-null input field with a default (AlertOrder.direction), given as a variable or as its default', async () => {
    const selection = 'edges { node { lastRevision { score } } }';
    const scores = (res: {
      data?: { alerts: { edges: { node: { lastRevision: { score: number } } }[] } } | null;
    }) => res.data?.alerts.edges.map((e) => e.node.lastRevision.score) ?? [];
    const given = await stack.gql(
      `query($o: AlertOrder) { alerts(first: 30, orderBy: $o) { ${selection} } }`,
      {
        o: { field: 'SCORE' },
      },
    );
    const defaulted = await stack.gql(
      `query($o: AlertOrder = { field: SCORE }) { alerts(first: 30, orderBy: $o) { ${selection} } }`,
    );
    for (const res of [given, defaulted]) {
      expect(res.errors).toBeUndefined();
      const list = scores(res);
      expect(list).toHaveLength(30);
      expect(list).toEqual([...list].sort((a, b) => b - a));
    }
  });

  it('still refuses a variable of the wrong type, naming it', async () => {
    const res = await stack.gql('query($o: AlertOrder) { alerts(first: 3, orderBy: $o) { totalCount } }', {
      o: { field: 'NOPE' },
    });
    expect(res.errors?.[0]?.message).toContain('$o');
    expect((await stack.stats()).calls).toBe(0);
  });
});
