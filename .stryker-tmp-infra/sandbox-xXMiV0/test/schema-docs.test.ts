// @ts-nocheck
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useStack } from './harness.ts';

const stack = useStack();

describe('the schema as GraphiQL shows it', () => {
  it('describes every type and every field, so an analyst-facing developer can read it', async () => {
    const res = await stack.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    expect(res.errors).toBeUndefined();
    const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
    const undocumented: string[] = [];
    for (const type of res.data?.__schema.types ?? []) {
      if (type.name.startsWith('__') || builtIn.has(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      const fields = 'fields' in type && type.fields ? type.fields : [];
      const inputs = 'inputFields' in type && type.inputFields ? type.inputFields : [];
      for (const f of [...fields, ...inputs]) if (!f.description) undocumented.push(`${type.name}.${f.name}`);
    }
    expect(undocumented).toEqual([]);
    // And introspection costs Algoreg nothing.
    expect((await stack.stats()).calls).toBe(0);
  });

  it('serves GraphiQL with every example operation, from the gateway itself rather than a CDN', async () => {
    const res = await fetch(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    for (const name of [
      'AlertQueue',
      'CustomerPage',
      'Customer360',
      'SaveCustomers',
      'UploadDocument',
      'NameSearch',
    ]) {
      expect(html).toContain(name);
    }
    // Yoga's default page loads GraphiQL from unpkg.com, which a closed network cannot reach.
    expect(html).not.toContain('unpkg.com');
  });
});
