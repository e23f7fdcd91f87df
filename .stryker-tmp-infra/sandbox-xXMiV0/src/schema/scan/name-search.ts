// @ts-nocheck
import type { NameSearchInput as NameSearchRequest } from '../../algoreg/scan.ts';
import type { NameSearchHit as NameSearchHitData } from '../../algoreg/wire/scan.ts';
import { builder } from '../../builder.ts';
import { isPartialDate } from '../../shared/calendar.ts';
import { countryCode } from '../../shared/countries.ts';
import { badInput, Issues } from '../errors.ts';
import { DEFAULT_PAGE, MAX_PAGE } from '../pagination.ts';

/** `nameSearch`: screening a name that need not be a customer (Go!Scan Name search). */

const NameSearchEntityType = builder.enumType('NameSearchEntityType', {
  description: 'What kind of name to screen (Name search `entity_type`).',
  values: {
    INDIVIDUAL: { description: 'A person (Algoreg 1).' },
    FIRM: { description: 'A company (Algoreg 2).' },
  } as const,
});

const NameSearchPersonInput = builder.inputType('NameSearchPersonInput', {
  description: 'The person to screen (Name search `person_input_data`).',
  fields: (t) => ({
    firstName: t.string({ description: 'First name(s).' }),
    lastName: t.string({ description: 'Last name.' }),
    dateOfBirth: t.string({
      description: 'Birth date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
    }),
    exactDateOfBirth: t.boolean({ description: 'Only profiles born on that date (at its precision).' }),
    countries: t.stringList({ description: 'ISO 3166 country codes (alpha-2 or alpha-3); sent as alpha-3.' }),
    nationalityCode: t.string({
      description: 'Nationality for post-filtering (needs `postFilteringAlias`).',
    }),
    domicileCode: t.string({ description: 'Domicile for post-filtering (needs `postFilteringAlias`).' }),
    allowNamesInversion: t.boolean({ description: 'Also match with first and last names swapped.' }),
  }),
});

const NameSearchCompanyInput = builder.inputType('NameSearchCompanyInput', {
  description: 'The company to screen (Name search `company_input_data`).',
  fields: (t) => ({
    companyName: t.string({ description: 'Company or trading name.' }),
    countries: t.stringList({ description: 'ISO 3166 country codes (alpha-2 or alpha-3); sent as alpha-3.' }),
  }),
});

const NameSearchInput = builder.inputType('NameSearchInput', {
  description:
    'A name to screen against the watchlist, state-owned and adverse-media datasets, customer or not. Give `person` for INDIVIDUAL, `company` for FIRM, or a free-text `query`.',
  fields: (t) => ({
    entityType: t.field({ type: NameSearchEntityType, required: true, description: 'Person or company.' }),
    query: t.string({ description: 'Free text instead of (or with) the structured input.' }),
    exactMatch: t.boolean({ description: 'Only exact name matches.' }),
    person: t.field({ type: NameSearchPersonInput, description: 'For INDIVIDUAL.' }),
    company: t.field({ type: NameSearchCompanyInput, description: 'For FIRM.' }),
    postFilteringAlias: t.string({
      description:
        'Post-filtering settings: omitted or null for none, "" for the default settings, or the name of an alias set up with Algoreg.',
    }),
    keepResultsUnderThreshold: t.boolean({
      description: 'Also return results under the alias threshold (50% by default).',
    }),
  }),
});

const NameSearchHit = builder.objectRef<NameSearchHitData>('NameSearchHit').implement({
  description: 'A list profile that matches the screened name (the response shape is assumed).',
  fields: (t) => ({
    profileId: t.exposeString('profileId', { description: 'Id of the profile in its list.' }),
    entityType: t.expose('entityType', {
      type: NameSearchEntityType,
      nullable: true,
      description: 'Person or company.',
    }),
    name: t.exposeString('name', { nullable: true, description: 'Full name as the list holds it.' }),
    firstName: t.exposeString('firstName', { nullable: true, description: 'First name.' }),
    lastName: t.exposeString('lastName', { nullable: true, description: 'Last name.' }),
    companyName: t.exposeString('companyName', { nullable: true, description: 'Company name.' }),
    score: t.exposeInt('score', { nullable: true, description: 'Match score, 0–100.' }),
    categories: t.exposeStringList('categories', {
      description: 'Categories, as Algoreg labels them (`PEP`, `SAN`, …).',
    }),
    countries: t.exposeStringList('countries', {
      description: 'Countries tied to the profile (ISO 3166 alpha-3).',
    }),
    listName: t.exposeString('listName', { nullable: true, description: 'The list.' }),
    dataset: t.exposeString('dataset', {
      nullable: true,
      description: 'Dataset: watchlist, adverse media or state-owned.',
    }),
    dateOfBirth: t.exposeString('dateOfBirth', {
      nullable: true,
      description: 'Birth date as the list holds it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
    }),
  }),
});

type NameSearchInputShape = typeof NameSearchInput.$inferInput;
type NameSearchQuery = Omit<NameSearchRequest, 'pageSize' | 'pageToken'>;

/** Checks the input (naming each bad field) and normalises it: names trimmed, countries alpha-3. */
function nameSearchQuery(input: NameSearchInputShape): NameSearchQuery {
  const issues = new Issues();
  const individual = input.entityType === 'INDIVIDUAL';
  const query = input.query?.trim() || undefined;
  const p = input.person;
  const c = input.company;
  if (individual && c) issues.add('input.company', 'only applies to entityType FIRM');
  if (!individual && p) issues.add('input.person', 'only applies to entityType INDIVIDUAL');
  if (individual && !query && !p?.firstName?.trim() && !p?.lastName?.trim())
    issues.add('input.person', 'give firstName or lastName, or a query');
  if (!individual && !query && !c?.companyName?.trim())
    issues.add('input.company.companyName', 'give a company name, or a query');
  const long = (field: string, v: string | null | undefined) => {
    if (v && v.length > 200) issues.add(field, 'must be at most 200 characters');
  };
  long('input.query', input.query);
  long('input.person.firstName', p?.firstName);
  long('input.person.lastName', p?.lastName);
  long('input.company.companyName', c?.companyName);
  const countryList = (field: string, list: readonly string[] | null | undefined) =>
    list?.map((code, i) => {
      const v = countryCode(code, 'alpha3');
      if (!v) issues.add(`${field}[${i}]`, `${JSON.stringify(code)} is not an ISO 3166 country code`);
      return v ?? code;
    });
  const dob = p?.dateOfBirth?.trim();
  if (dob && !isPartialDate(dob))
    issues.add('input.person.dateOfBirth', 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
  if (p?.exactDateOfBirth && !dob) issues.add('input.person.exactDateOfBirth', 'needs dateOfBirth');
  const postFiltering = input.postFilteringAlias != null;
  const single = (field: 'nationalityCode' | 'domicileCode') => {
    const v = p?.[field];
    if (v == null) return undefined;
    if (!postFiltering) issues.add(`input.person.${field}`, 'only applies with postFilteringAlias');
    const code = countryCode(v, 'alpha3');
    if (!code) issues.add(`input.person.${field}`, `${JSON.stringify(v)} is not an ISO 3166 country code`);
    return code;
  };
  const personCountries = countryList('input.person.countries', p?.countries);
  const companyCountries = countryList('input.company.countries', c?.countries);
  const nationality = single('nationalityCode');
  const domicile = single('domicileCode');
  issues.throwIfAny();
  return {
    entityType: input.entityType,
    exactMatch: input.exactMatch,
    query,
    person: p
      ? {
          firstName: p.firstName?.trim() || undefined,
          lastName: p.lastName?.trim() || undefined,
          dateOfBirth: dob || undefined,
          exactDateOfBirth: p.exactDateOfBirth ?? undefined,
          countries: personCountries,
          nationalityCode: nationality,
          domicileCode: domicile,
          allowNamesInversion: p.allowNamesInversion ?? undefined,
        }
      : undefined,
    company: c ? { companyName: c.companyName?.trim() || undefined, countries: companyCountries } : undefined,
    postFilteringAlias: input.postFilteringAlias ?? undefined,
    keepResultsUnderThreshold: input.keepResultsUnderThreshold,
  };
}

/**
 * A name-search cursor: Algoreg's page token, how many results of that page come before the next
 * edge, and the page size the token was used with.
 */
interface NameCursor {
  t: string;
  k: number;
  n: number;
}

const CURSOR_PREFIX = 'ns1:';
const encodeCursor = (c: NameCursor) => Buffer.from(CURSOR_PREFIX + JSON.stringify(c)).toString('base64url');

function decodeCursor(cursor: string): NameCursor {
  try {
    const text = Buffer.from(cursor, 'base64url').toString();
    if (text.startsWith(CURSOR_PREFIX)) {
      const c = JSON.parse(text.slice(CURSOR_PREFIX.length)) as NameCursor;
      if (
        typeof c.t === 'string' &&
        Number.isInteger(c.k) &&
        c.k >= 0 &&
        Number.isInteger(c.n) &&
        c.n >= 1 &&
        c.n <= MAX_PAGE
      )
        return c;
    }
  } catch {
    // falls through
  }
  return badInput('after', 'is not a cursor this connection issued');
}

builder.queryField('nameSearch', (t) =>
  t.connection(
    {
      type: NameSearchHit,
      authScopes: { scope: 'read:alerts' },
      // Nullable like every root list: a refusal or failure here keeps the query's other fields.
      nullable: true,
      description:
        "Screen a person or a company that need not be a customer (Go!Scan Name search), best matches first. Pages forward with `first`/`after` over Algoreg's page tokens; no total.",
      args: { input: t.arg({ type: NameSearchInput, required: true, description: 'The name to screen.' }) },
      resolve: async (_, args, ctx) => {
        if (args.last != null || args.before != null) badInput('last', 'name search pages forward only');
        const size = args.first ?? DEFAULT_PAGE;
        if (size < 1 || size > MAX_PAGE) badInput('first', `must be between 1 and ${MAX_PAGE}`);
        const query = nameSearchQuery(args.input);
        const from = args.after ? decodeCursor(args.after) : { t: '', k: 0, n: size };
        // Resuming inside a page re-reads that page at the size its token was used with.
        const pageSize = from.k > 0 ? from.n : size;
        const res = await ctx.algoreg.scan.nameSearch({ ...query, pageSize, pageToken: from.t || undefined });
        const next = res.nextPageToken ?? '';
        const shown = res.hits.slice(from.k, from.k + size);
        const edges = shown.map((node, i) => {
          const consumed = from.k + i + 1;
          const cursor =
            consumed >= res.hits.length && next
              ? encodeCursor({ t: next, k: 0, n: pageSize })
              : encodeCursor({ t: from.t, k: consumed, n: pageSize });
          return { node, cursor };
        });
        return {
          edges,
          pageInfo: {
            hasNextPage: from.k + shown.length < res.hits.length || next !== '',
            hasPreviousPage: !!args.after,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
          },
        };
      },
    },
    { name: 'NameSearchConnection', description: 'A page of name-search results.' },
    { name: 'NameSearchEdge', description: 'A name-search result in a page.' },
  ),
);
