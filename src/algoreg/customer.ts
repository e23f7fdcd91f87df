import { performance } from 'node:perf_hooks';
import { type Caller, nullIfNotFound } from './caller.ts';
import {
  type AccountType,
  type CustomerDetail,
  customerDetail,
  customerEvents,
  customerSearch,
  customerStats,
  type SaveCustomersResponse,
  saveCustomersResponse,
} from './wire/customer.ts';
// The customer answers' one-pass readers (registered on the schemas when loaded).
import './wire/customer-fast.ts';

/** What customers can be ordered by in Search customers (assumed; see the endpoint table). */
export const CUSTOMER_ORDER_FIELDS = ['EXTERNAL_ID', 'CREATED_AT', 'UPDATED_AT', 'LAST_NAME'] as const;
export type CustomerOrderField = (typeof CUSTOMER_ORDER_FIELDS)[number];

/** Search customers' filters, camelCase; every one optional. Times are ISO 8601. */
export interface SearchCustomersInput {
  query?: string;
  externalIds?: readonly string[];
  accountType?: AccountType;
  reviewGroups?: readonly string[];
  nationalityCodes?: readonly string[];
  domicileCodes?: readonly string[];
  disabled?: boolean;
  createdFrom?: string;
  createdTo?: string;
  updatedFrom?: string;
  updatedTo?: string;
  kycLevels?: readonly number[];
  orderBy?: { field: CustomerOrderField; direction: 'ASC' | 'DESC' };
  limit: number;
  offset: number;
}

/** A name variation to add or delete (Algoreg `_op` `"set"` / `"del"`). */
export interface NameVariationInput {
  op: 'ADD' | 'DELETE';
  firstName?: string;
  middleName?: string;
  lastName?: string;
  companyName?: string;
  tradingName?: string;
}

/** One line of Save customers; a field left undefined keeps its value upstream. */
export interface SaveCustomerLineInput {
  externalId: string;
  accountType?: AccountType;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  companyName?: string;
  tradingName?: string;
  dateOfBirth?: string;
  nationalityCodes?: readonly string[];
  domicileCodes?: readonly string[];
  registrationNumber?: string;
  phone?: string;
  aliasIds?: readonly string[];
  parentExternalId?: string;
  comment?: string;
  disabled?: boolean;
  kycLevel?: number;
  kycLevelRequested?: number;
  customFields?: Record<string, unknown>;
  reviewGroups?: readonly string[];
  contacts?: readonly string[];
  nameVariations?: readonly NameVariationInput[];
}

export interface SaveCustomerRelationInput {
  parentExternalId: string;
  childExternalId: string;
  relationExternalId?: string;
  relationType?: number;
  fields?: Record<string, unknown>;
  disabled?: boolean;
}

export interface SaveCustomersInput {
  customers: readonly SaveCustomerLineInput[];
  relations?: readonly SaveCustomerRelationInput[];
  verifyInput?: boolean;
  disableRiskScan?: boolean;
}

/** One chunk of a chunked save: its lines, how long Algoreg took, and its answer or the error. */
export type SaveChunkResult = {
  index: number;
  lines: readonly SaveCustomerLineInput[];
  /** From sending the chunk to having its answer read, in whole milliseconds. */
  timeElapsedMs: number;
} & ({ response: SaveCustomersResponse } | { error: Error });

type Body = Record<string, unknown>;

/**
 * The values of `source` under Algoreg's keys. Undefined ones are copied too: bodies are sent (and
 * cache-keyed) as JSON.stringify'd text, which leaves them out.
 */
function pick<T extends object>(source: T, keys: { [K in keyof T]?: string }): Body {
  const out: Body = {};
  for (const [from, to] of Object.entries(keys) as [keyof T, string][]) out[to] = source[from];
  return out;
}

const NAME_KEYS = {
  firstName: 'first_name',
  middleName: 'middle_name',
  lastName: 'last_name',
  companyName: 'company_name',
  tradingName: 'trading_name',
};

const upper = (codes: readonly string[]) => codes.map((c) => c.toUpperCase());

/**
 * A Save customers line (API.md §3.4, seeds/algoreg-save-customers-2.mdx). `review_groups` and
 * `contacts` are documented as a list or a `;`/`,`-separated string: the gateway always sends the
 * list, so a value holding `;` or `,` is never split. `_op` is `"set"` or `"del"`.
 */
function saveLineBody(l: SaveCustomerLineInput): Body {
  return {
    ...pick(l, {
      externalId: 'external_id',
      ...NAME_KEYS,
      dateOfBirth: 'date_of_birth',
      registrationNumber: 'registration_number',
      phone: 'phone',
      aliasIds: 'alias_ids',
      parentExternalId: 'parent_external_id',
      comment: 'comment',
      disabled: 'disabled',
      kycLevel: 'kyc_level',
      kycLevelRequested: 'kyc_level_requested',
      customFields: 'fields',
      reviewGroups: 'review_groups',
      contacts: 'contacts',
    }),
    ...(l.accountType ? { account_type: l.accountType === 'FIRM' ? 'F' : 'N' } : {}),
    ...(l.nationalityCodes ? { nationality_codes: upper(l.nationalityCodes) } : {}),
    ...(l.domicileCodes ? { domicile_codes: upper(l.domicileCodes) } : {}),
    ...(l.nameVariations
      ? {
          variations: l.nameVariations.map((v) => ({
            _op: v.op === 'DELETE' ? 'del' : 'set',
            ...pick(v, NAME_KEYS),
          })),
        }
      : {}),
  };
}

function relationBody(r: SaveCustomerRelationInput): Body {
  return pick(r, {
    parentExternalId: 'parent_customer_external_id',
    childExternalId: 'child_customer_external_id',
    relationExternalId: 'relation_external_id',
    relationType: 'relation_type',
    fields: 'fields',
    disabled: 'disabled',
  });
}

const ORDER_KEYS: Record<CustomerOrderField, string> = {
  EXTERNAL_ID: 'external_id',
  CREATED_AT: 'created_at',
  UPDATED_AT: 'updated_at',
  LAST_NAME: 'last_name',
};

/** Search customers' body; filters beyond API.md are assumptions recorded in the endpoint table. */
function searchBody(f: SearchCustomersInput): Body {
  return {
    ...pick(f, {
      query: 'query',
      externalIds: 'external_ids',
      reviewGroups: 'review_groups',
      nationalityCodes: 'nationality_codes',
      domicileCodes: 'domicile_codes',
      disabled: 'disabled',
      createdFrom: 'created_from',
      createdTo: 'created_to',
      updatedFrom: 'updated_from',
      updatedTo: 'updated_to',
      kycLevels: 'kyc_levels',
      limit: 'limit',
      offset: 'offset',
    }),
    ...(f.accountType ? { account_type: f.accountType === 'FIRM' ? 'F' : 'N' } : {}),
    ...(f.orderBy
      ? { order_by: ORDER_KEYS[f.orderBy.field], order_way: f.orderBy.direction === 'DESC' ? 'desc' : 'asc' }
      : {}),
  };
}

/** Typed calls of the Customer group (API.md §3). */
export function customerCalls(c: Caller) {
  const getDetail = (externalId: string): Promise<CustomerDetail | null> =>
    nullIfNotFound(
      c.http.json('getCustomer', customerDetail, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      }),
    );

  return {
    /** Get customer detail; null when Algoreg has no such customer. */
    getDetail,

    /** Get customer detail for many customers: concurrent GETs under the configured cap. */
    getDetails: (externalIds: readonly string[]) => c.batch('getCustomer', externalIds, getDetail),

    events: (externalId: string, page: { limit: number; offset: number }) =>
      c.http.json('getCustomerEvents', customerEvents, {
        params: { customer_external_id: externalId },
        query: page,
        trace: c.trace,
      }),

    stats: (externalId: string) =>
      c.http.json('getCustomerStats', customerStats, {
        params: { customer_external_id: externalId },
        trace: c.trace,
      }),

    search: (input: SearchCustomersInput) =>
      c.http.json('searchCustomers', customerSearch, { body: searchBody(input), trace: c.trace }),

    /**
     * Save customers in chunks of `chunkSize` lines, one chunk after the other; relations go with
     * the last chunk, once every customer they name has been sent. A failed chunk is reported in
     * place and the following chunks are still sent. A write: never retried.
     */
    saveInChunks: async (input: SaveCustomersInput, chunkSize: number): Promise<SaveChunkResult[]> => {
      const results: SaveChunkResult[] = [];
      const count = Math.max(1, Math.ceil(input.customers.length / chunkSize));
      for (let index = 0; index < count; index++) {
        const lines = input.customers.slice(index * chunkSize, (index + 1) * chunkSize);
        const last = index === count - 1;
        const body = {
          customers: lines.map(saveLineBody),
          ...(last && input.relations ? { relations: input.relations.map(relationBody) } : {}),
          disable_risk_scan: input.disableRiskScan,
          verify_input: input.verifyInput,
        };
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        try {
          const response = await c.http.json('saveCustomers', saveCustomersResponse, {
            body,
            trace: c.trace,
          });
          results.push({ index, lines, timeElapsedMs: elapsed(), response });
        } catch (error) {
          results.push({ index, lines, timeElapsedMs: elapsed(), error: error as Error });
        }
      }
      return results;
    },
  };
}
