// @ts-nocheck
import {
  ALERT_FLAG_FIELDS,
  type AlertAssociate as AlertAssociateData,
  type AlertCategoryFlags as AlertCategoryFlagsData,
  type ListProfile as ListProfileData,
} from '../../algoreg/wire/scan.ts';
import { builder } from '../../builder.ts';

/** What an alert matched: the list profile, its associates and its category flags (Get alert detail). */

const ListProfileAddress = builder.simpleObject('ListProfileAddress', {
  description: 'An address held by the list profile.',
  fields: (t) => ({
    line: t.string({ nullable: true, description: 'Street address.' }),
    city: t.string({ nullable: true, description: 'City.' }),
    country: t.string({ nullable: true, description: 'Country, as the list names it.' }),
    url: t.string({ nullable: true, description: 'A source link.' }),
  }),
});

const ListProfileCountry = builder.simpleObject('ListProfileCountry', {
  description: 'A country tied to the profile, with how it is tied (citizenship, residence, …).',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'How the country is tied, e.g. "Citizenship".' }),
    typeCode: t.int({ nullable: true, description: "Algoreg's code of `type`." }),
    codes: t.stringList({ description: 'ISO 3166 alpha-2 codes.' }),
    iso3Codes: t.stringList({ description: 'ISO 3166 alpha-3 codes.' }),
    names: t.stringList({ description: 'Country names.' }),
  }),
});

const ListProfileDateValue = builder.simpleObject('ListProfileDateValue', {
  description: 'A date as lists hold them: parts may be missing.',
  fields: (t) => ({
    year: t.int({ nullable: true, description: 'Year, when known.' }),
    month: t.int({ nullable: true, description: 'Month (1–12), when known.' }),
    day: t.int({ nullable: true, description: 'Day of the month, when known.' }),
    formatted: t.string({ nullable: true, description: 'The date as the list writes it.' }),
    note: t.string({ nullable: true, description: "The list's note on the date." }),
  }),
});

const ListProfileDate = builder.simpleObject('ListProfileDate', {
  description: 'Dates of one kind (birth, death, inactive as PEP, …).',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'Kind of date, e.g. "Date of Birth".' }),
    typeCode: t.int({ nullable: true, description: "Algoreg's code of `type`." }),
    values: t.field({ type: [ListProfileDateValue], description: 'The dates.' }),
  }),
});

const ListProfileDescription = builder.simpleObject('ListProfileDescription', {
  description: 'A classification of the profile; level 1 is the broadest.',
  fields: (t) => ({
    level: t.int({ description: 'Level 1, 2 or 3 (Algoreg `descriptions1`…`descriptions3`).' }),
    id: t.string({ nullable: true, description: "The list's id of the description." }),
    text: t.string({ nullable: true, description: 'The description.' }),
  }),
});

const ListProfileIdValue = builder.simpleObject('ListProfileIdValue', {
  description: 'One identification number.',
  fields: (t) => ({
    value: t.string({ nullable: true, description: 'The number.' }),
    notes: t.string({ nullable: true, description: "The list's notes." }),
  }),
});

const ListProfileIdNumber = builder.simpleObject('ListProfileIdNumber', {
  description: 'Identification numbers of one kind (passport, national id, registration number, …).',
  fields: (t) => ({
    type: t.string({ nullable: true, description: 'Kind of number.' }),
    values: t.field({ type: [ListProfileIdValue], description: 'The numbers.' }),
  }),
});

export const ListProfile = builder.objectRef<ListProfileData>('ListProfile').implement({
  description:
    'The watchlist, sanctions or adverse-media profile the customer matched. Algoreg documents only part of it: `raw` has the profile exactly as sent.',
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: true,
      description: "The profile's name, when Algoreg sends a `name` field (not documented).",
    }),
    gender: t.exposeString('gender', { nullable: true, description: 'Gender.' }),
    deceased: t.exposeBoolean('deceased', { nullable: true, description: 'Deceased.' }),
    date: t.exposeString('date', {
      nullable: true,
      description: 'Main date (usually of birth), as the list writes it: possibly a year only.',
    }),
    dateFormatted: t.exposeString('dateFormatted', {
      nullable: true,
      description: 'Main date, formatted for display.',
    }),
    birthPlaces: t.exposeStringList('birthPlaces', { description: 'Places of birth.' }),
    addresses: t.expose('addresses', { type: [ListProfileAddress], description: 'Addresses.' }),
    companyDetails: t.expose('companyDetails', {
      type: [ListProfileAddress],
      description: 'Company addresses (entities).',
    }),
    countries: t.expose('countries', {
      type: [ListProfileCountry],
      description: 'Countries tied to the profile.',
    }),
    dates: t.expose('dates', { type: [ListProfileDate], description: 'Dates, by kind.' }),
    descriptions: t.expose('descriptions', {
      type: [ListProfileDescription],
      description: 'Classifications, broadest first.',
    }),
    idNumbers: t.expose('idNumbers', { type: [ListProfileIdNumber], description: 'Identification numbers.' }),
    raw: t.expose('raw', {
      type: 'JSON',
      description: 'The profile exactly as Algoreg sent it, including fields this schema does not model.',
    }),
  }),
});

export const AlertAssociate = builder.objectRef<AlertAssociateData>('AlertAssociate').implement({
  description: 'A person or entity the list ties to the matched profile.',
  fields: (t) => ({
    associationType: t.exposeString('associationType', {
      nullable: true,
      description: 'How they are associated, e.g. "Spouse".',
    }),
    associationTypeCode: t.exposeInt('associationTypeCode', {
      nullable: true,
      description: "Algoreg's code of `associationType`.",
    }),
    listId: t.exposeString('listId', {
      nullable: true,
      description: "The associate's profile id in the list.",
    }),
  }),
});

export const AlertCategoryFlags = builder.objectRef<AlertCategoryFlagsData>('AlertCategoryFlags').implement({
  description:
    'Categories the matched profile falls in (Algoreg `is_*` flags): PEP, SAN (sanctions), SIP/SIE (special interest person/entity), SOE/SOP (state-owned entity/person), RCA (relative or close associate) and RCA of each. Null when Algoreg did not send the flag.',
  fields: (t) =>
    Object.fromEntries(
      ALERT_FLAG_FIELDS.map(({ field, key }) => [
        field,
        t.exposeBoolean(field, { nullable: true, description: `Algoreg \`${key}\`.` }),
      ]),
    ),
});
