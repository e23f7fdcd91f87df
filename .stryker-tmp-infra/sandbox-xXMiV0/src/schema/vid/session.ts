// @ts-nocheck
import { decodeGlobalID } from '@pothos/plugin-relay';
import type {
  DECISION_TYPES,
  OnboardingCustomer as OnboardingCustomerDto,
  SESSION_STATES,
  SessionDecision as SessionDecisionDto,
  Session as SessionDto,
} from '../../algoreg/wire/vid.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { IdentityVerificationSummary } from '../customer/summary.ts';
import { Customer } from '../customer.ts';
import { badInput } from '../errors.ts';
import { keyedField } from '../prefetch.ts';
import { toDate, toDateTime } from '../scalars.ts';

export const SessionState = builder.enumType('SessionState', {
  description:
    "Where a Go!Vid session stands. Algoreg documents only `completed`; the others follow its webhook triggers (opened, consented, scenario started, finished). A state this gateway does not know reads as OTHER, with Algoreg's word in `rawState`.",
  values: {
    CREATED: { description: 'Generated; the person has not consented yet.' },
    CONSENTED: { description: 'The person gave consent.' },
    STARTED: { description: 'The person is going through the scenario.' },
    COMPLETED: { description: 'The scenario is finished; see `decisions`.' },
    EXPIRED: { description: 'The session ran out before it was completed.' },
    OTHER: { description: 'A state this gateway does not know: see `rawState`.' },
  } satisfies Record<(typeof SESSION_STATES)[number] | 'OTHER', { description: string }>,
});

export const DecisionType = builder.enumType('SessionDecisionType', {
  description:
    "The kind of a session decision. Decisions are defined per tenant in Algoreg's backoffice; a type this gateway does not know reads as OTHER, with Algoreg's word in `rawType`.",
  values: {
    POSITIVE: { description: 'The identity is verified (e.g. label `PASS`).' },
    NEGATIVE: { description: 'The identity could not be verified.' },
    MANUAL_REVIEW: { description: 'An agent must review the session.' },
    OTHER: { description: 'A type this gateway does not know: see `rawType`.' },
  } satisfies Record<(typeof DECISION_TYPES)[number] | 'OTHER', { description: string }>,
});

const SessionDecision = builder.objectRef<SessionDecisionDto>('SessionDecision').implement({
  description: 'A decision on a Go!Vid session, taken automatically or by an agent.',
  fields: (t) => ({
    decisionId: t.exposeString('id', { nullable: true, description: "Algoreg's id of the decision." }),
    label: t.exposeString('label', { nullable: true, description: 'The label, e.g. `PASS`.' }),
    type: t.expose('type', { type: DecisionType, description: 'The kind of decision.' }),
    rawType: t.exposeString('rawType', {
      nullable: true,
      description: 'The type exactly as Algoreg sent it.',
    }),
    comment: t.exposeString('comment', { nullable: true, description: "The agent's comment." }),
    date: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the decision was taken.',
      resolve: (d) => toDateTime(d.date),
    }),
    last: t.exposeBoolean('last', { description: 'True for the decision in force (the latest).' }),
  }),
});

const OnboardingCustomer = builder.objectRef<OnboardingCustomerDto>('SessionOnboardingCustomer').implement({
  description:
    'The data the session holds on the person being verified (given when it was generated, or entered).',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true, description: "The tenant's customer id." }),
    firstName: t.exposeString('firstName', { nullable: true, description: 'First name.' }),
    lastName: t.exposeString('lastName', { nullable: true, description: 'Last name.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number.' }),
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of birth; null when Algoreg holds none or not a full date.',
      resolve: (p) => toDate(p.birthDate),
    }),
    address: t.exposeString('address', { nullable: true, description: 'Street address.' }),
    zip: t.exposeString('zip', { nullable: true, description: 'Postal code.' }),
    city: t.exposeString('city', { nullable: true, description: 'City.' }),
    country: t.exposeString('country', { nullable: true, description: 'Country code, as given.' }),
  }),
});

/** `session(id:)` takes Algoreg's session id or the Session's global id. */
export function sessionIdOf(value: string, field: string): string {
  const v = value.trim();
  if (!v) badInput(field, 'must not be empty');
  try {
    const { typename, id } = decodeGlobalID(v);
    if (typename === 'Session' && id) return id;
  } catch {
    // Not a global id: Algoreg's own id.
  }
  return v;
}

export const Session = builder.loadableNodeRef('Session', {
  id: {
    description: "Global id; `session(id:)` also takes Algoreg's session id.",
    resolve: (s: SessionDto) => s.sessionId,
  },
  // Algoreg has no batch read of sessions: concurrent GETs under the cap, one per distinct id.
  load: (sessionIds: string[], ctx: Context) => ctx.algoreg.vid.getMany(sessionIds),
});

builder.objectType(Session, {
  description:
    'A Go!Vid identity-verification session: the person opens `url` (or `iframeUrl`), consents, goes through the scenario, and the session ends with decisions.',
  fields: (t) => ({
    sessionId: t.exposeString('sessionId', {
      description: "Algoreg's session id (the `id` field is the gateway's global id).",
    }),
    state: t.expose('state', { type: SessionState, description: 'Where the session stands.' }),
    rawState: t.exposeString('rawState', {
      nullable: true,
      description: 'The state exactly as Algoreg sent it.',
    }),
    scenarioCode: t.exposeString('scenarioCode', {
      nullable: true,
      description: 'The scenario the session runs (Algoreg `scenario_ref`).',
    }),
    scenarioId: t.exposeInt('scenarioId', { nullable: true, description: "Algoreg's id of the scenario." }),
    scenarioRevisionId: t.exposeInt('scenarioRevisionId', {
      nullable: true,
      description: 'The revision of the scenario the session runs.',
    }),
    language: t.exposeString('language', {
      nullable: true,
      description: 'The language of the session, as Algoreg names it (e.g. "English (United States)").',
    }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the session was generated.',
      resolve: (s) => toDateTime(s.startedAt),
    }),
    consentedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the person consented.',
      resolve: (s) => toDateTime(s.consentedAt),
    }),
    endedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the session ended (completed or expired).',
      resolve: (s) => toDateTime(s.endedAt),
    }),
    customerExternalId: t.exposeString('customerExternalId', {
      nullable: true,
      description: "The customer's external id; null for an orphan session (generated without one).",
    }),
    customer: t.field({
      type: Customer,
      authScopes: { scope: 'read:customers' },
      nullable: true,
      description: 'The customer verified, when the session names one Algoreg knows.',
      resolve: (s) => s.customerExternalId,
    }),
    onboardingCustomer: t.expose('onboardingCustomer', {
      type: OnboardingCustomer,
      nullable: true,
      description: 'The data the session holds on the person.',
    }),
    decisions: t.expose('decisions', {
      type: [SessionDecision],
      description: 'Decisions on the session, oldest first; the one in force has `last: true`.',
    }),
    decision: t.field({
      type: SessionDecision,
      nullable: true,
      description: 'The decision in force; null while none is taken.',
      resolve: (s) => s.decisions.find((d) => d.last) ?? s.decisions[s.decisions.length - 1] ?? null,
    }),
    url: t.string({
      description: 'Where to send the person: the Go!Vid page of the session (redirect or SMS link).',
      resolve: (s, _, ctx) => ctx.algoreg.vid.sessionUrl(s.sessionId),
    }),
    iframeUrl: t.string({
      description:
        'The same page for an iframe (allow camera, microphone and geolocation). It posts `message` events whose `data.event` is `end_session` (finished) or `reload` (reload the page).',
      resolve: (s, _, ctx) => ctx.algoreg.vid.iframeUrl(s.sessionId),
    }),
  }),
});

builder.queryField('session', (t) =>
  t.field({
    type: Session,
    authScopes: { scope: 'vid' },
    nullable: true,
    description: 'A Go!Vid session by id (Get session details); null when Algoreg has none.',
    args: {
      id: t.arg.id({ required: true, description: "Algoreg's session id, or the Session's global id." }),
    },
    resolve: (_, { id }) => sessionIdOf(String(id), 'id'),
  }),
);

/** The customer's sessions, found in its timeline (the only place Algoreg links them). */
const customerSessions = keyedField('Customer', 'identitySessions', (externalId, _args: object, ctx) =>
  ctx.algoreg.vid.customerSessionIds(externalId),
);

builder.objectFields(Customer, (t) => ({
  identitySessions: t.field({
    type: [Session],
    authScopes: { scope: 'vid' },
    nullable: true,
    description:
      "The customer's Go!Vid sessions, newest first, where Algoreg links them: its timeline's session events (an assumption, see the README). The flags stay on `identityVerification`. Null when Algoreg could not be read.",
    resolve: (c, _, ctx) => customerSessions(c.externalId, {}, ctx),
  }),
}));

builder.objectFields(IdentityVerificationSummary, (t) => ({
  sessions: t.field({
    type: [Session],
    nullable: true,
    description:
      'The Go!Vid sessions behind these flags, newest first (the same list as `Customer.identitySessions`). Null when Algoreg could not be read.',
    resolve: (v, _, ctx) => customerSessions(v.externalId, {}, ctx),
  }),
}));
