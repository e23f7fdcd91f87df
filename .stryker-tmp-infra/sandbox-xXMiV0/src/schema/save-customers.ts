// @ts-nocheck
import type { SaveCustomersInput as SaveRequest } from '../algoreg/customer.ts';
import { builder } from '../builder.ts';
import { isCalendarDate } from '../shared/calendar.ts';
import { countryCode } from '../shared/countries.ts';
import { SaveCustomersPayload, savePayload } from './customer/save-payload.ts';
import { AccountType, forgetCustomers } from './customer.ts';
import { Issues } from './errors.ts';

/** Most customers one `saveCustomers` call takes; larger inputs go to Algoreg in chunks anyway. */
const MAX_LINES = 10_000;

const NameVariationOp = builder.enumType('NameVariationOp', {
  description: 'What to do with a name variation (Algoreg `_op`: ADD is sent as `set`, DELETE as `del`).',
  values: ['ADD', 'DELETE'] as const,
});

const NameVariationInput = builder.inputType('NameVariationInput', {
  description: 'A name variation to add to, or delete from, a customer.',
  fields: (t) => ({
    op: t.field({
      description: 'Add (default) or delete this variation.',
      type: NameVariationOp,
      required: true,
      defaultValue: 'ADD',
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
        if (!countryCode(code)) issues.add(`${at}.${key}[${j}]`, `"${code}" is not an ISO 3166 country code`);
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

/** GraphQL leaves omitted input fields null; the client's input wants them left out. */
type Present<T> = { [K in keyof T]: Exclude<T[K], null> };
function present<T extends object>(o: T): Present<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Present<T>;
}

/** The client's typed input: the same fields, nothing of Algoreg's body. */
function toInput(input: SaveInput): SaveRequest {
  return {
    customers: input.customers.map((c) => {
      const { customFields, nameVariations, ...rest } = present(c);
      return {
        ...rest,
        ...(customFields ? { customFields: customFields as Record<string, unknown> } : {}),
        ...(nameVariations ? { nameVariations: nameVariations.map(present) } : {}),
      };
    }),
    relations: input.relations?.map((r) => {
      const { fields, ...rest } = present(r);
      return { ...rest, ...(fields ? { fields: fields as Record<string, unknown> } : {}) };
    }),
    verifyInput: input.verifyInput,
    disableRiskScan: input.disableRiskScan,
  };
}

builder.mutationField('saveCustomers', (t) =>
  t.field({
    type: SaveCustomersPayload,
    authScopes: { scope: 'write:customers' },
    description:
      'Create or update customers in bulk (Algoreg Save customers). Sent in chunks of `ALGOREG_SAVE_CHUNK_SIZE`; results come back per line, in input order. A write: never retried.',
    args: { input: t.arg({ type: SaveCustomersInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      validate(input);
      const typed = toInput(input);
      const chunks = await ctx.algoreg.customer.saveInChunks(typed, ctx.config.upstream.saveChunkSize);
      // The same request must read what was just written, not what it loaded before.
      forgetCustomers(
        ctx,
        typed.customers.map((l) => l.externalId),
      );
      return savePayload(chunks, typed.customers, input.verifyInput);
    },
  }),
);
