// @ts-nocheck
import type { SaveChunkResult, SaveCustomerLineInput } from '../../algoreg/customer.ts';
import { AlgoregError } from '../../algoreg/errors.ts';
import type { SaveLineMessage } from '../../algoreg/wire/customer.ts';
import { builder } from '../../builder.ts';
import { Customer } from '../customer.ts';

/** What `saveCustomers` answers: per-line results, relation errors and per-chunk timing. */

interface LineResult {
  index: number;
  externalId: string;
  status: 'CREATED' | 'UPDATED' | 'VALID' | 'REJECTED' | 'FAILED';
  /** Algoreg's id of a customer this save created (`added[]`), when it gives one. */
  algoregId: string | null;
  errors: SaveLineMessage[];
  warnings: SaveLineMessage[];
  upstreamCode: string | null;
}

interface ChunkReport {
  index: number;
  lines: number;
  timeElapsedMs: number;
  upstreamCode: string | null;
}

interface SavePayload {
  verifyInput: boolean;
  lines: LineResult[];
  relationErrors: { externalId: string; errors: SaveLineMessage[] }[];
  upstreamStatuses: string[];
  chunks: ChunkReport[];
}

const SaveLineMessageRef = builder.objectRef<SaveLineMessage>('SaveCustomerMessage').implement({
  description: 'An error or warning Algoreg reported for one line.',
  fields: (t) => ({
    code: t.exposeString('code', { description: "Algoreg's error code." }),
    detail: t.exposeString('detail', { description: "Algoreg's explanation." }),
  }),
});

const SaveCustomerLineStatus = builder.enumType('SaveCustomerLineStatus', {
  description: 'What happened to one input line.',
  values: {
    CREATED: { description: 'A new customer was stored.' },
    UPDATED: { description: 'An existing customer was updated.' },
    VALID: { description: 'Valid; nothing stored because `verifyInput` was true.' },
    REJECTED: { description: 'Algoreg refused the line: see `errors`.' },
    FAILED: {
      description:
        'The chunk holding this line failed upstream (see `upstreamCode`); whether it was stored is unknown, so read the customer before resending.',
    },
  } as const,
});

const SaveCustomerLineResult = builder.objectRef<LineResult>('SaveCustomerLineResult').implement({
  description: 'The outcome of one input line, in input order.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the line in `input.customers`.' }),
    externalId: t.exposeString('externalId', { description: 'External id of the line.' }),
    status: t.expose('status', { description: 'What happened to the line.', type: SaveCustomerLineStatus }),
    algoregId: t.exposeString('algoregId', {
      nullable: true,
      description:
        "Algoreg's id of the customer this line created, as Save customers answers it; null otherwise.",
    }),
    errors: t.expose('errors', {
      description: "Algoreg's errors for the line (REJECTED lines).",
      type: [SaveLineMessageRef],
    }),
    warnings: t.expose('warnings', {
      description: "Algoreg's warnings for the line (stored anyway).",
      type: [SaveLineMessageRef],
    }),
    upstreamCode: t.exposeString('upstreamCode', {
      nullable: true,
      description: 'For FAILED lines, the upstream error code (e.g. UPSTREAM_TIMEOUT).',
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer as stored now (read fresh from Algoreg); null unless created or updated.',
      resolve: (l) => (l.status === 'CREATED' || l.status === 'UPDATED' ? l.externalId : null),
    }),
  }),
});

const SaveCustomerRelationResult = builder
  .objectRef<SavePayload['relationErrors'][number]>('SaveCustomerRelationResult')
  .implement({
    description: 'Errors Algoreg reported for a relation.',
    fields: (t) => ({
      externalId: t.exposeString('externalId', {
        description: 'Relation external id (or child external id).',
      }),
      errors: t.expose('errors', {
        description: "Algoreg's errors for the relation.",
        type: [SaveLineMessageRef],
      }),
    }),
  });

const SaveCustomersChunk = builder.objectRef<ChunkReport>('SaveCustomersChunk').implement({
  description:
    'One Save customers call of a chunked save, in the order sent: how many lines it carried and how long Algoreg took.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the chunk, from 0.' }),
    lines: t.exposeInt('lines', { description: 'Input lines the chunk carried.' }),
    timeElapsedMs: t.exposeInt('timeElapsedMs', {
      description: 'Milliseconds from sending the chunk to having read its answer (or its failure).',
    }),
    upstreamCode: t.exposeString('upstreamCode', {
      nullable: true,
      description:
        'The upstream error code when the chunk failed (its lines are FAILED); null when answered.',
    }),
  }),
});

const SaveCustomersStatus = builder.enumType('SaveCustomersStatus', {
  description: 'The outcome of the whole save.',
  values: {
    SUCCESS: { description: 'Every line went through.' },
    PARTIAL: { description: 'Some lines were refused or failed.' },
    FAILED: { description: 'No line went through.' },
  } as const,
});

export const SaveCustomersPayload = builder.objectRef<SavePayload>('SaveCustomersPayload').implement({
  description: 'Per-line results of a bulk save, in input order.',
  fields: (t) => ({
    status: t.field({
      description: 'The outcome of the whole save.',
      type: SaveCustomersStatus,
      resolve: (p) => {
        const ok = p.lines.filter((l) => l.status !== 'REJECTED' && l.status !== 'FAILED').length;
        if (ok === p.lines.length && p.relationErrors.length === 0) return 'SUCCESS';
        return ok === 0 ? 'FAILED' : 'PARTIAL';
      },
    }),
    upstreamStatuses: t.exposeStringList('upstreamStatuses', {
      description: "Algoreg's `status` of each chunk sent (values are not documented).",
    }),
    verifyInput: t.exposeBoolean('verifyInput', { description: 'Echo of `input.verifyInput`.' }),
    lines: t.expose('lines', {
      description: 'One result per input line, in input order.',
      type: [SaveCustomerLineResult],
    }),
    added: t.field({
      type: [Customer],
      description: 'Customers created by this save, read fresh.',
      resolve: (p) => p.lines.filter((l) => l.status === 'CREATED').map((l) => l.externalId),
    }),
    relationErrors: t.expose('relationErrors', {
      description: 'Relations Algoreg refused.',
      type: [SaveCustomerRelationResult],
    }),
    chunks: t.expose('chunks', {
      description:
        'Each Save customers call made, in order, with how long Algoreg took: what an import screen shows as progress.',
      type: [SaveCustomersChunk],
    }),
    timeElapsedMs: t.int({
      description: 'Milliseconds Algoreg took over all chunks (the sum of `chunks.timeElapsedMs`).',
      resolve: (p) => p.chunks.reduce((sum, c) => sum + c.timeElapsedMs, 0),
    }),
  }),
});

/**
 * Puts the chunks' answers together: one result per input line in input order, the relations
 * Algoreg refused, and each chunk's timing.
 */
export function savePayload(
  chunks: SaveChunkResult[],
  sent: readonly SaveCustomerLineInput[],
  verifyInput: boolean,
): SavePayload {
  const payload: SavePayload = {
    verifyInput,
    lines: [],
    relationErrors: [],
    upstreamStatuses: [],
    chunks: [],
  };
  const lineIds = new Set(sent.map((l) => l.externalId));
  for (const chunk of chunks) {
    const base = payload.lines.length;
    const report = { index: chunk.index, lines: chunk.lines.length, timeElapsedMs: chunk.timeElapsedMs };
    if ('error' in chunk) {
      const code = chunk.error instanceof AlgoregError ? chunk.error.code : 'INTERNAL_SERVER_ERROR';
      payload.chunks.push({ ...report, upstreamCode: code });
      for (const [i, l] of chunk.lines.entries()) {
        payload.lines.push({
          index: base + i,
          externalId: l.externalId,
          status: 'FAILED',
          algoregId: null,
          errors: [],
          warnings: [],
          upstreamCode: code,
        });
      }
      continue;
    }
    const { response } = chunk;
    payload.chunks.push({ ...report, upstreamCode: null });
    payload.upstreamStatuses.push(response.status ?? '');
    const added = new Map(response.added.map((a) => [a.externalId, a.algoregId]));
    const details = new Map(response.lines.map((d) => [d.externalId ?? '', d]));
    chunk.lines.forEach((l, i) => {
      const d = details.get(l.externalId);
      const errors = d?.errors ?? [];
      const status = errors.length
        ? 'REJECTED'
        : verifyInput
          ? 'VALID'
          : added.has(l.externalId)
            ? 'CREATED'
            : 'UPDATED';
      payload.lines.push({
        index: base + i,
        externalId: l.externalId,
        status,
        algoregId: status === 'CREATED' ? (added.get(l.externalId) ?? null) : null,
        errors,
        warnings: d?.warnings ?? [],
        upstreamCode: null,
      });
    });
    for (const d of response.lines) {
      if (!lineIds.has(d.externalId ?? '') && d.errors.length) {
        payload.relationErrors.push({ externalId: d.externalId ?? '', errors: d.errors });
      }
    }
  }
  return payload;
}
