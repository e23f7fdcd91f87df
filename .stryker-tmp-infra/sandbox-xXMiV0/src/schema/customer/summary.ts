// @ts-nocheck
import {
  type CustomerDetail,
  type CustomerEvent as CustomerEventDto,
  type CustomerStats as CustomerStatsDto,
  EDD_STATES,
  type EddRevision as EddRevisionDto,
  RISK_LEVELS,
} from '../../algoreg/wire/customer.ts';
import { builder } from '../../builder.ts';
import { toDate, toDateTime } from '../scalars.ts';

/** The object types a Customer is made of: names, custom fields, risk, EDD, flags, timeline, stats. */

export const RiskLevel = builder.enumType('RiskLevel', {
  description:
    'Go!Risk overall risk level. UNDEFINED: data missing or not covered by a risk factor, or a level this gateway does not know.',
  values: RISK_LEVELS,
});

export const EddState = builder.enumType('EddState', {
  description:
    'Enhanced due diligence status. The list Algoreg publishes is incomplete: a status not listed here reads as null in `state`, with the raw label in `rawState`.',
  values: EDD_STATES,
});

export const NameVariation = builder.simpleObject('NameVariation', {
  description: 'Another name the customer is known by, screened like the main name.',
  fields: (t) => ({
    firstName: t.string({ description: 'First name.', nullable: true }),
    middleName: t.string({ description: 'Middle name.', nullable: true }),
    lastName: t.string({ description: 'Last name.', nullable: true }),
    companyName: t.string({ description: 'Company name.', nullable: true }),
    tradingName: t.string({ description: 'Trading name.', nullable: true }),
  }),
});

export const CustomField = builder.simpleObject('CustomField', {
  description: 'A tenant-defined custom field (set up with Algoreg, visible in the backoffice import setup).',
  fields: (t) => ({
    name: t.string({ description: 'Field name.' }),
    value: t.field({ type: 'JSON', nullable: true, description: 'Field value, as Algoreg holds it.' }),
  }),
});

export const EddRevision = builder.objectRef<EddRevisionDto>('EddRevision').implement({
  description:
    'An enhanced due diligence (EDD) decision on a customer: the one the customer detail carries (`eddStatus`), or the last one Go!Risk answers (`lastEdd`).',
  fields: (t) => ({
    eddId: t.exposeString('id', { nullable: true, description: "Algoreg's id of the EDD record." }),
    state: t.expose('state', {
      type: EddState,
      nullable: true,
      description: 'The EDD status; null when Algoreg sent one this gateway does not know (see `rawState`).',
    }),
    rawState: t.exposeString('rawState', {
      nullable: true,
      description: 'The status exactly as Algoreg labels it.',
    }),
    comment: t.exposeString('comment', { description: "The analyst's comment.", nullable: true }),
    agentId: t.exposeInt('agentId', { nullable: true, description: 'Backoffice agent who decided.' }),
    agentName: t.exposeString('agentName', { description: 'Name of the agent who decided.', nullable: true }),
    createdAt: t.field({
      description: 'When the decision was made.',
      type: 'DateTime',
      nullable: true,
      resolve: (r) => toDateTime(r.createdAt),
    }),
    nextReviewDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the customer is due for review again.',
      resolve: (r) => toDate(r.nextReviewDate),
    }),
    revisionNumber: t.exposeInt('revisionNumber', {
      description: 'Revision of the EDD record.',
      nullable: true,
    }),
    disabled: t.exposeBoolean('disabled', {
      description: 'True when this EDD record is disabled.',
      nullable: true,
    }),
  }),
});

export const ScreeningSummary = builder.objectRef<CustomerDetail['screening']>('ScreeningSummary').implement({
  description:
    'Go!Scan and Go!Press flags computed by Algoreg for the customer. Null means Algoreg did not report the flag.',
  fields: (t) => ({
    pep: t.exposeBoolean('pep', { nullable: true, description: 'A confirmed politically exposed person.' }),
    mayBePep: t.exposeBoolean('mayBePep', { nullable: true, description: 'Possibly a PEP: open alerts.' }),
    mayBeSanctioned: t.exposeBoolean('mayBeSanctioned', {
      nullable: true,
      description: 'Possibly on a sanctions list: open alerts.',
    }),
    pressRisk: t.exposeBoolean('pressRisk', { nullable: true, description: 'Confirmed adverse media.' }),
    mayBePressRisk: t.exposeBoolean('mayBePressRisk', {
      nullable: true,
      description: 'Possible adverse media.',
    }),
    se: t.exposeBoolean('se', {
      nullable: true,
      description: 'Algoreg flag `se` (undocumented; likely state-owned entity).',
    }),
    str: t.exposeBoolean('str', {
      nullable: true,
      description: 'Algoreg flag `str` (undocumented; likely suspicious transaction report).',
    }),
    tm: t.exposeBoolean('tm', {
      nullable: true,
      description: 'Algoreg flag `tm` (undocumented; likely transaction monitoring).',
    }),
  }),
});

export const IdentityVerificationSummary = builder
  .objectRef<CustomerDetail['identityVerification'] & { externalId: string }>('IdentityVerificationSummary')
  .implement({
    description: 'Go!Vid identity-verification flags for the customer.',
    fields: (t) => ({
      succeeded: t.exposeBoolean('succeeded', { description: 'A verification succeeded.', nullable: true }),
      failed: t.exposeBoolean('failed', { description: 'A verification failed.', nullable: true }),
      inProgress: t.exposeBoolean('inProgress', {
        description: 'A verification is in progress.',
        nullable: true,
      }),
      outdated: t.exposeBoolean('outdated', {
        nullable: true,
        description: 'A past verification has expired.',
      }),
    }),
  });

export const CustomerEvent = builder.objectRef<CustomerEventDto>('CustomerEvent').implement({
  description: "An entry of the customer's timeline in Algoreg.",
  fields: (t) => ({
    id: t.exposeID('id', { description: "Algoreg's event id." }),
    type: t.exposeString('type', { nullable: true, description: 'Event type, as Algoreg names it.' }),
    title: t.exposeString('title', { description: 'Short title.', nullable: true }),
    description: t.exposeString('description', { description: 'What happened.', nullable: true }),
    createdAt: t.field({
      description: 'When it happened.',
      type: 'DateTime',
      nullable: true,
      resolve: (e) => toDateTime(e.createdAt),
    }),
    agentId: t.exposeInt('agentId', { description: 'Agent who acted; 0 for the system.', nullable: true }),
    parentId: t.exposeString('parentId', {
      description: 'Parent event id, for events grouped under another.',
      nullable: true,
    }),
    url: t.exposeString('url', { nullable: true, description: 'Backoffice link.' }),
  }),
});

export const CustomerStats = builder.objectRef<CustomerStatsDto>('CustomerStats').implement({
  description: "Counts of a customer's records in Algoreg (Get stats for customer; its shape is assumed).",
  fields: (t) => ({
    alerts: t.exposeInt('alerts', { description: 'Screening alerts, all states.', nullable: true }),
    openAlerts: t.exposeInt('openAlerts', { description: 'Alerts still to decide.', nullable: true }),
    documents: t.exposeInt('documents', { description: 'Documents on file.', nullable: true }),
    transactions: t.exposeInt('transactions', { description: 'Go!KYT transactions.', nullable: true }),
    threads: t.exposeInt('threads', { description: 'Go!Chat threads.', nullable: true }),
    sessions: t.exposeInt('sessions', { description: 'Go!Vid sessions.', nullable: true }),
    lastActivityAt: t.field({
      description: 'Most recent activity on the customer.',
      type: 'DateTime',
      nullable: true,
      resolve: (s) => toDateTime(s.lastActivityAt),
    }),
  }),
});
