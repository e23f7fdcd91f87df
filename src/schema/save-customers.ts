import countries from 'i18n-iso-countries';
import { AlgoregError } from '../algoreg/errors.ts';
import type { SaveCustomerLine, SaveCustomerRelation } from '../algoreg/wire/customer.ts';
import { builder } from '../builder.ts';
import { isCalendarDate } from '../shared/calendar.ts';
import { AccountType, Customer, forgetCustomers } from './customer.ts';
import { Issues } from './errors.ts';

/** Most customers one `saveCustomers` call takes; larger inputs go to Algoreg in chunks anyway. */
const MAX_LINES = 10_000;

const NameVariationOp = builder.enumType('NameVariationOp', {
  description: 'What to do with a name variation (Algoreg `_op`; its values are assumed).',
  values: { ADD: { value: 'add' }, DELETE: { value: 'delete' } } as const,
});

const NameVariationInput = builder.inputType('NameVariationInput', {
  description: 'A name variation to add to, or delete from, a customer.',
  fields: (t) => ({
    op: t.field({
      description: 'Add (default) or delete this variation.',
      type: NameVariationOp,
      required: true,
      defaultValue: 'add',
    }),
    firstName: t.string({ description: 'First name.' }),
    middleName: t.string({ description: 'Middle name.' }),
    lastName: t.string({ description: 'Last name.' }),
    companyName: t.string({ description: 'Company name.' }),
    tradingName: t.string({ description: 'Trading name.' }),
  }),
});

const SaveCustomerInput = builder.inputType('SaveCustomerInput', {
  description: 'One customer to create or update, keyed by `externalId`. Omitted fields keep their value.',
  fields: (t) => ({
    externalId: t.string({ required: true, description: 'Your id of the customer; mandatory and unique.' }),
    accountType: t.field({ description: 'Firm or individual.', type: AccountType }),
    firstName: t.string({ description: 'First name (individuals).' }),
    middleName: t.string({ description: 'Middle name (individuals).' }),
    lastName: t.string({ description: 'Last name (individuals).' }),
    companyName: t.string({ description: 'Company name (firms).' }),
    tradingName: t.string({ description: 'Trading name (firms).' }),
    dateOfBirth: t.string({ description: 'A real date, `YYYY-MM-DD`.' }),
    nationalityCodes: t.stringList({ description: 'ISO 3166 country codes (alpha-2 or alpha-3).' }),
    domicileCodes: t.stringList({ description: 'ISO 3166 country codes (alpha-2 or alpha-3).' }),
    registrationNumber: t.string({ description: 'Company registration number (firms).' }),
    phone: t.string({ description: 'Phone number.' }),
    aliasIds: t.stringList({ description: 'Other external ids of the same customer.' }),
    parentExternalId: t.string({ description: 'External id of a parent customer.' }),
    comment: t.string({ description: 'Free comment.' }),
    disabled: t.boolean({ description: 'Disable (stop monitoring) or re-enable the customer.' }),
    kycLevel: t.int({ description: 'KYC level reached.' }),
    kycLevelRequested: t.int({ description: 'KYC level requested.' }),
    customFields: t.field({
      type: 'JSON',
      description:
        'Custom field values by name, e.g. `{"segment": "sme"}` (fields must be defined with Algoreg).',
    }),
    reviewGroups: t.stringList({ description: 'Replaces the review groups.' }),
    contacts: t.stringList({ description: 'Contacts (replaces them).' }),
    nameVariations: t.field({ type: [NameVariationInput], description: 'Name variations to add or delete.' }),
  }),
});

const SaveCustomerRelationInput = builder.inputType('SaveCustomerRelationInput', {
  description: 'A link between two customers (e.g. a company and its beneficial owner).',
  fields: (t) => ({
    parentExternalId: t.string({
      description: 'External id of the parent (e.g. the company).',
      required: true,
    }),
    childExternalId: t.string({
      description: 'External id of the child (e.g. the beneficial owner).',
      required: true,
    }),
    relationExternalId: t.string({ description: 'Your id of the relation.' }),
    relationType: t.int({ description: "Algoreg's RelationsTypes code (values are not published)." }),
    fields: t.field({ description: 'Custom fields of the relation.', type: 'JSON' }),
    disabled: t.boolean({ description: 'Disable the relation.' }),
  }),
});

const SaveCustomersInput = builder.inputType('SaveCustomersInput', {
  description: 'Customers (and relations) to upsert in bulk.',
  fields: (t) => ({
    customers: t.field({
      description: 'The customers, in the order results come back.',
      type: [SaveCustomerInput],
      required: true,
    }),
    relations: t.field({
      description: 'Relations to create or update (sent with the last chunk, once every customer exists).',
      type: [SaveCustomerRelationInput],
    }),
    verifyInput: t.boolean({
      description: 'Only validate with Algoreg; nothing is stored.',
      required: true,
      defaultValue: false,
    }),
    disableRiskScan: t.boolean({
      description:
        'Skip scan and risk during the import (faster; results come with the next scheduled run). Algoreg may force this on for large imports.',
      required: true,
      defaultValue: false,
    }),
  }),
});

interface LineMessage {
  code: string;
  detail: string;
}

interface LineResult {
  index: number;
  externalId: string;
  status: 'CREATED' | 'UPDATED' | 'VALID' | 'REJECTED' | 'FAILED';
  errors: LineMessage[];
  warnings: LineMessage[];
  upstreamCode: string | null;
}

const SaveLineMessage = builder.simpleObject('SaveCustomerMessage', {
  description: 'An error or warning Algoreg reported for one line.',
  fields: (t) => ({
    code: t.string({ description: "Algoreg's error code." }),
    detail: t.string({ description: "Algoreg's explanation." }),
  }),
});

const SaveLineStatus = builder.enumType('SaveCustomerLineStatus', {
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

const SaveLine = builder.objectRef<LineResult>('SaveCustomerLineResult').implement({
  description: 'The outcome of one input line, in input order.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the line in `input.customers`.' }),
    externalId: t.exposeString('externalId', { description: 'External id of the line.' }),
    status: t.field({
      description: 'What happened to the line.',
      type: SaveLineStatus,
      resolve: (l) => l.status,
    }),
    errors: t.field({
      description: "Algoreg's errors for the line (REJECTED lines).",
      type: [SaveLineMessage],
      resolve: (l) => l.errors,
    }),
    warnings: t.field({
      description: "Algoreg's warnings for the line (stored anyway).",
      type: [SaveLineMessage],
      resolve: (l) => l.warnings,
    }),
    upstreamCode: t.string({
      nullable: true,
      description: 'For FAILED lines, the upstream error code (e.g. UPSTREAM_TIMEOUT).',
      resolve: (l) => l.upstreamCode,
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer as stored now (read fresh from Algoreg); null unless created or updated.',
      resolve: (l) => (l.status === 'CREATED' || l.status === 'UPDATED' ? l.externalId : null),
    }),
  }),
});

interface SavePayload {
  status: string;
  verifyInput: boolean;
  lines: LineResult[];
  relationErrors: { externalId: string; errors: LineMessage[] }[];
  upstreamStatuses: string[];
}

const RelationResult = builder.simpleObject('SaveCustomerRelationResult', {
  description: 'Errors Algoreg reported for a relation.',
  fields: (t) => ({
    externalId: t.string({ description: 'Relation external id (or child external id).' }),
    errors: t.field({ description: "Algoreg's errors for the relation.", type: [SaveLineMessage] }),
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

const SaveCustomersPayload = builder.objectRef<SavePayload>('SaveCustomersPayload').implement({
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
    upstreamStatuses: t.stringList({
      description: "Algoreg's `status` of each chunk sent (values are not documented).",
      resolve: (p) => p.upstreamStatuses,
    }),
    verifyInput: t.exposeBoolean('verifyInput', { description: 'Echo of `input.verifyInput`.' }),
    lines: t.field({
      description: 'One result per input line, in input order.',
      type: [SaveLine],
      resolve: (p) => p.lines,
    }),
    added: t.field({
      type: [Customer],
      description: 'Customers created by this save, read fresh.',
      resolve: (p) => p.lines.filter((l) => l.status === 'CREATED').map((l) => l.externalId),
    }),
    relationErrors: t.field({
      description: 'Relations Algoreg refused.',
      type: [RelationResult],
      resolve: (p) => p.relationErrors,
    }),
  }),
});

type SaveInput = typeof SaveCustomersInput.$inferInput;

/** Checks the whole input before anything is sent; every issue names its line and field. */
function validate(input: SaveInput): void {
  const issues = new Issues();
  if (input.customers.length === 0) issues.add('input.customers', 'must list at least one customer');
  if (input.customers.length > MAX_LINES)
    issues.add('input.customers', `at most ${MAX_LINES} customers per call`);
  const seen = new Map<string, number>();
  input.customers.forEach((c, i) => {
    const at = `input.customers[${i}]`;
    if (!c.externalId.trim()) issues.add(`${at}.externalId`, 'must not be empty');
    const first = seen.get(c.externalId);
    if (first !== undefined)
      issues.add(`${at}.externalId`, `"${c.externalId}" also appears at customers[${first}]`);
    else seen.set(c.externalId, i);
    if (c.dateOfBirth != null && !isCalendarDate(c.dateOfBirth)) {
      issues.add(`${at}.dateOfBirth`, `"${c.dateOfBirth}" is not a real date written YYYY-MM-DD`);
    }
    for (const key of ['nationalityCodes', 'domicileCodes'] as const) {
      c[key]?.forEach((code, j) => {
        if (!countries.isValid(code))
          issues.add(`${at}.${key}[${j}]`, `"${code}" is not an ISO 3166 country code`);
      });
    }
    if (c.customFields != null && (typeof c.customFields !== 'object' || Array.isArray(c.customFields))) {
      issues.add(`${at}.customFields`, 'must be an object of field name to value');
    }
    if (c.kycLevel != null && c.kycLevel < 0) issues.add(`${at}.kycLevel`, 'must not be negative');
  });
  input.relations?.forEach((r, i) => {
    if (!r.parentExternalId.trim()) issues.add(`input.relations[${i}].parentExternalId`, 'must not be empty');
    if (!r.childExternalId.trim()) issues.add(`input.relations[${i}].childExternalId`, 'must not be empty');
  });
  issues.throwIfAny();
}

const upper = (code: string | null | undefined) => (code ? code.toUpperCase() : undefined);

function toLine(c: SaveInput['customers'][number]): SaveCustomerLine {
  const line: SaveCustomerLine = { external_id: c.externalId };
  if (c.accountType) line.account_type = c.accountType;
  if (c.firstName != null) line.first_name = c.firstName;
  if (c.middleName != null) line.middle_name = c.middleName;
  if (c.lastName != null) line.last_name = c.lastName;
  if (c.companyName != null) line.company_name = c.companyName;
  if (c.tradingName != null) line.trading_name = c.tradingName;
  if (c.dateOfBirth != null) line.date_of_birth = c.dateOfBirth;
  if (c.nationalityCodes) line.nationality_codes = c.nationalityCodes.map((x) => x.toUpperCase());
  if (c.domicileCodes) {
    line.domicile_codes = c.domicileCodes.map((x) => x.toUpperCase());
    line.domicile_code = upper(c.domicileCodes[0]);
  }
  if (c.registrationNumber != null) line.registration_number = c.registrationNumber;
  if (c.phone != null) line.phone = c.phone;
  if (c.aliasIds) line.alias_ids = c.aliasIds;
  if (c.parentExternalId != null) line.parent_external_id = c.parentExternalId;
  if (c.comment != null) line.comment = c.comment;
  if (c.disabled != null) line.disabled = c.disabled;
  if (c.kycLevel != null) line.kyc_level = c.kycLevel;
  if (c.kycLevelRequested != null) line.kyc_level_requested = c.kycLevelRequested;
  if (c.customFields != null) line.fields = c.customFields as Record<string, unknown>;
  if (c.reviewGroups) line.review_groups = c.reviewGroups;
  if (c.contacts) line.contacts = c.contacts;
  if (c.nameVariations) {
    line.variations = c.nameVariations.map((v) => ({
      _op: v.op,
      ...(v.firstName != null ? { first_name: v.firstName } : {}),
      ...(v.middleName != null ? { middle_name: v.middleName } : {}),
      ...(v.lastName != null ? { last_name: v.lastName } : {}),
      ...(v.companyName != null ? { company_name: v.companyName } : {}),
      ...(v.tradingName != null ? { trading_name: v.tradingName } : {}),
    }));
  }
  return line;
}

const toMessages = (list: { error?: string | null; detail?: string | null }[]): LineMessage[] =>
  list.map((m) => ({ code: m.error ?? 'unknown', detail: m.detail ?? '' }));

builder.mutationField('saveCustomers', (t) =>
  t.field({
    type: SaveCustomersPayload,
    description:
      'Create or update customers in bulk (Algoreg Save customers). Sent in chunks of `ALGOREG_SAVE_CHUNK_SIZE`; results come back per line, in input order. A write: never retried.',
    args: { input: t.arg({ type: SaveCustomersInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      validate(input);
      const lines = input.customers.map(toLine);
      const relations: SaveCustomerRelation[] | undefined = input.relations?.map((r) => ({
        parent_customer_external_id: r.parentExternalId,
        child_customer_external_id: r.childExternalId,
        ...(r.relationExternalId != null ? { relation_external_id: r.relationExternalId } : {}),
        ...(r.relationType != null ? { relation_type: r.relationType } : {}),
        ...(r.fields != null ? { fields: r.fields as Record<string, unknown> } : {}),
        ...(r.disabled != null ? { disabled: r.disabled } : {}),
      }));
      const chunks = await ctx.algoreg.customer.saveInChunks(
        {
          customers: lines,
          relations,
          verify_input: input.verifyInput,
          disable_risk_scan: input.disableRiskScan,
        },
        ctx.config.upstream.saveChunkSize,
      );
      const results: LineResult[] = [];
      const relationErrors: SavePayload['relationErrors'] = [];
      const upstreamStatuses: string[] = [];
      const lineIds = new Set(lines.map((l) => l.external_id));
      for (const chunk of chunks) {
        const base = results.length;
        if ('error' in chunk) {
          const code = chunk.error instanceof AlgoregError ? chunk.error.code : 'INTERNAL_SERVER_ERROR';
          for (const [i, l] of chunk.lines.entries()) {
            results.push({
              index: base + i,
              externalId: l.external_id,
              status: 'FAILED',
              errors: [],
              warnings: [],
              upstreamCode: code,
            });
          }
          continue;
        }
        const { response } = chunk;
        upstreamStatuses.push(response.status ?? '');
        const added = new Set(response.added.map((a) => a.external_id));
        const details = new Map(response.detail.map((d) => [d.external_id ?? '', d]));
        chunk.lines.forEach((l, i) => {
          const d = details.get(l.external_id);
          const errors = toMessages(d?.errors ?? []);
          const status = errors.length
            ? 'REJECTED'
            : input.verifyInput
              ? 'VALID'
              : added.has(l.external_id)
                ? 'CREATED'
                : 'UPDATED';
          results.push({
            index: base + i,
            externalId: l.external_id,
            status,
            errors,
            warnings: toMessages(d?.warnings ?? []),
            upstreamCode: null,
          });
        });
        for (const d of response.detail) {
          if (!lineIds.has(d.external_id ?? '') && d.errors.length) {
            relationErrors.push({ externalId: d.external_id ?? '', errors: toMessages(d.errors) });
          }
        }
      }
      // The same request must read what was just written, not what it loaded before.
      forgetCustomers(ctx, [...lineIds]);
      return { status: '', verifyInput: input.verifyInput, lines: results, relationErrors, upstreamStatuses };
    },
  }),
);
