// @ts-nocheck
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { Client, fetchExchange, type OperationResult, type OperationResultSource } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { buildSchema, type DocumentNode, type OperationDefinitionNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphcacheOptions } from '../packages/client/src/cache.ts';
import { gatewayCodegenConfig } from '../packages/client/src/codegen.ts';
import * as documents from '../packages/client/src/generated/graphql.ts';
import {
  AlertQueueDocument,
  Customer360Document,
  ModifyAlertDocument,
} from '../packages/client/src/generated/graphql.ts';
import { persistedHash } from '../packages/client/src/persisted.ts';
import { exampleVariables, type Stack, useStack } from './harness.ts';

const stack = useStack();

/** A client as a frontend sets it up: graphcache with the package's options, warnings collected. */
function cachedClient(s: Stack) {
  const warnings: string[] = [];
  const client = new Client({
    url: `${s.url}/graphql`,
    exchanges: [
      cacheExchange({
        ...graphcacheOptions(),
        logger: (severity, message) => {
          if (severity !== 'debug') warnings.push(`${severity}: ${message}`);
        },
      }),
      fetchExchange,
    ],
  });
  return { client, warnings };
}

/** The first result the cache no longer marks stale (it refetches what an update invalidated). */
function settled<T>(source: OperationResultSource<OperationResult<T>>): Promise<OperationResult<T>> {
  return new Promise((resolve) => {
    const sub = source.subscribe((result) => {
      if (result.stale) return;
      resolve(result);
      queueMicrotask(() => sub.unsubscribe());
    });
  });
}

const operationOf = (doc: DocumentNode) =>
  doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');

/** Every operation document the package exports, by operation name. */
const packageOperations = Object.values(documents as Record<string, unknown>)
  .filter(
    (v): v is DocumentNode => typeof v === 'object' && v !== null && (v as DocumentNode).kind === 'Document',
  )
  .filter((doc) => operationOf(doc) !== undefined);

describe('the client package with graphcache', () => {
  it('keys every type: running every example query through graphcache logs no warning', async () => {
    const { client, warnings } = cachedClient(stack);
    const queries = packageOperations.filter((doc) => operationOf(doc)?.operation === 'query');
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const doc of queries) {
      const name = operationOf(doc)?.name?.value ?? '';
      const result = await client.query(doc, exampleVariables(name)).toPromise();
      expect({ name, error: result.error?.message }).toEqual({ name, error: undefined });
      expect(result.data, name).toBeTruthy();
    }
    expect(warnings).toEqual([]);
  }, 60_000);

  it("keeps a mutation error's fields (the schema tells graphcache which types implement Error)", async () => {
    const { client, warnings } = cachedClient(stack);
    const result = await client
      .mutation(ModifyAlertDocument, { input: { alertId: 'ALR-99999', state: 'FALSE_POSITIVE' } })
      .toPromise();
    expect(result.data?.modifyAlert.errors).toEqual([
      expect.objectContaining({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: expect.any(String),
      }),
    ]);
    expect(warnings).toEqual([]);
  });

  it("takes a decided alert out of a filtered queue, drops its total and refreshes the customer's open alerts", async () => {
    const { client, warnings } = cachedClient(stack);
    const queue = { first: 10, filter: { states: ['NEW' as const, 'PENDING_INFORMATION' as const] } };
    const before = await client.query(AlertQueueDocument, queue).toPromise();
    const total = before.data?.alerts?.totalCount ?? 0;
    const alert = before.data?.alerts?.edges[0]?.node;
    if (!alert?.customer) throw new Error('the seeded queue starts with an alert about a customer');
    const customer = { externalId: alert.customer.externalId };
    const opened = await client.query(Customer360Document, customer).toPromise();
    const openAlerts = opened.data?.customer?.stats?.openAlerts ?? 0;
    expect(openAlerts).toBeGreaterThan(0);

    const decided = await client
      .mutation(ModifyAlertDocument, { input: { alertId: alert.alertId, state: 'FALSE_POSITIVE' } })
      .toPromise();
    expect(decided.data?.modifyAlert.errors).toEqual([]);

    // From the cache alone, no request: the alert has left the page and the total dropped.
    const calls = (await stack.stats()).calls;
    const cached = await client.query(AlertQueueDocument, queue, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data?.alerts?.edges.map((e) => e.node.id)).not.toContain(alert.id);
    expect(cached.data?.alerts?.edges).toHaveLength((before.data?.alerts?.edges.length ?? 0) - 1);
    expect(cached.data?.alerts?.totalCount).toBe(total - 1);
    expect((await stack.stats()).calls).toBe(calls);
    // …and it agrees with the gateway.
    const fresh = await client
      .query(AlertQueueDocument, queue, { requestPolicy: 'network-only' })
      .toPromise();
    expect(fresh.data?.alerts?.totalCount).toBe(total - 1);

    // The customer's counts are refetched rather than shown stale.
    const reopened = await settled(client.query(Customer360Document, customer));
    expect(reopened.data?.customer?.stats?.openAlerts).toBe(openAlerts - 1);
    expect(warnings).toEqual([]);
  });
});

describe('the persisted-operations manifest', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../packages/client/persisted-operations.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;

  it('maps the SHA-256 (hex) of each document to the document, for every operation the package exports', () => {
    for (const [hash, document] of Object.entries(manifest)) {
      expect(createHash('sha256').update(document).digest('hex')).toBe(hash);
    }
    const hashes = packageOperations.map((doc) => persistedHash(doc));
    expect(hashes.every((h) => typeof h === 'string')).toBe(true);
    expect(new Set(hashes)).toEqual(new Set(Object.keys(manifest)));
  });

  it('holds only documents valid against the schema', () => {
    const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
    const invalid = Object.values(manifest).flatMap((doc) =>
      validate(schema, parse(doc)).map((e) => e.message),
    );
    expect(invalid).toEqual([]);
  });

  it('is what the gateway runs: a manifest document answers like the typed document', async () => {
    const hash = persistedHash(Customer360Document);
    const viaManifest = await stack.gql(manifest[hash ?? ''] ?? '', { externalId: 'C-0001' });
    const viaDocument = await stack.gql(Customer360Document, { externalId: 'C-0001' });
    expect(viaManifest.errors).toBeUndefined();
    expect(viaManifest.data).toEqual(viaDocument.data);
  });
});

describe("a team's own operations", () => {
  it('generates a typed graphql() for them against the schema the package ships', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'team-codegen-'));
    try {
      await writeFile(
        join(dir, 'screen.ts'),
        "import { graphql } from './gql';\nexport const TeamCustomer = graphql(`query TeamCustomer($externalId: String!) { customer(externalId: $externalId) { id displayName overallRisk } }`);\n",
      );
      const config = gatewayCodegenConfig({ documents: [join(dir, 'screen.ts')], output: `${dir}/gql/` });
      const files = (await generate({ ...config, silent: true }, false)) as {
        filename: string;
        content: string;
      }[];
      const graphqlTs = files.find((f) => f.filename.endsWith('graphql.ts'))?.content ?? '';
      const gqlTs = files.find((f) => f.filename.endsWith('gql.ts'))?.content ?? '';
      expect(graphqlTs).toContain(
        'export type TeamCustomerQuery = { customer: { id: string, displayName: string, overallRisk: RiskLevel | null } | null };',
      );
      expect(gqlTs).toContain('typeof types.TeamCustomerDocument');
      // A field the gateway does not have is refused when generating, not found at run time.
      await writeFile(
        join(dir, 'screen.ts'),
        'graphql(`query Broken { customer(externalId: "C-1") { nope } }`);\n',
      );
      await expect(generate({ ...config, silent: true }, false)).rejects.toThrow(/nope/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
