// @ts-nocheck
import { AlgoregBadRequestError } from '../../algoreg/errors.ts';
import type { OnboardingInput, StartSessionInput } from '../../algoreg/wire/vid.ts';
import { builder } from '../../builder.ts';
import { isCalendarDate } from '../../shared/calendar.ts';
import { countryCode } from '../../shared/countries.ts';
import { type DomainError, ErrorInterface, Issues, writeOutcome } from '../errors.ts';
import { Session } from './session.ts';

const IdentitySessionPersonInput = builder.inputType('IdentitySessionPersonInput', {
  description:
    'Data on the person to verify, given to Algoreg with the session (`input_data`). Giving it uses Create session full.',
  fields: (t) => ({
    firstName: t.string({ description: 'First name.' }),
    lastName: t.string({ description: 'Last name.' }),
    phone: t.string({ description: 'Phone number, e.g. `+33 6 12 34 56 78`.' }),
    birthDate: t.string({ description: 'Date of birth, a real calendar date written `YYYY-MM-DD`.' }),
    address: t.string({ description: 'Street address.' }),
    zip: t.string({ description: 'Postal code.' }),
    city: t.string({ description: 'City.' }),
    country: t.string({ description: 'Country, an ISO 3166 alpha-2 or alpha-3 code (`FR`, `FRA`).' }),
  }),
});

const StartIdentitySessionInput = builder.inputType('StartIdentitySessionInput', {
  description: 'A Go!Vid session to generate.',
  fields: (t) => ({
    customerExternalId: t.string({
      description: "The customer's external id; without it Algoreg creates an orphan session.",
    }),
    scenarioCode: t.string({
      required: true,
      description: 'The Go!Vid scenario to run, as set up in Algoreg.',
    }),
    language: t.string({
      required: true,
      description: 'The language of the session, a language tag enabled in the scenario (e.g. `fr-FR`).',
    }),
    person: t.field({
      type: IdentitySessionPersonInput,
      description: 'Data on the person; when given, the session is created with it (Create session full).',
    }),
  }),
});

interface StartPayload {
  sessionId: string | null;
  errors: DomainError[];
}

const StartIdentitySessionPayload = builder.objectRef<StartPayload>('StartIdentitySessionPayload').implement({
  description: 'The outcome of starting a session.',
  fields: (t) => ({
    session: t.field({
      type: Session,
      nullable: true,
      description:
        'The new session, read from Algoreg (send the person to its `url`); null when `errors` is not empty.',
      resolve: (p) => p.sessionId,
    }),
    errors: t.field({
      type: [ErrorInterface],
      description:
        'RejectedError when Algoreg refused the session (unknown scenario, language not enabled, …).',
      resolve: (p) => p.errors,
    }),
  }),
});

type PersonArg = { [K in keyof OnboardingInput]?: string | null };
const MAX_TEXT = 255;

/** The input checked and trimmed: every problem named by its field, before any call. */
function startInput(input: {
  customerExternalId?: string | null;
  scenarioCode: string;
  language: string;
  person?: PersonArg | null;
}): StartSessionInput {
  const issues = new Issues();
  const scenarioCode = input.scenarioCode.trim();
  if (!scenarioCode) issues.add('input.scenarioCode', 'is required');
  const language = input.language.trim();
  if (!language) issues.add('input.language', 'is required');
  else if (!isLanguageTag(language)) issues.add('input.language', 'must be a language tag such as fr-FR');
  const customerExternalId = input.customerExternalId?.trim();
  if (input.customerExternalId != null && !customerExternalId) {
    issues.add('input.customerExternalId', 'must not be empty (omit it for an orphan session)');
  }
  let person: OnboardingInput | undefined;
  if (input.person) {
    person = {};
    for (const [key, raw] of Object.entries(input.person) as [keyof OnboardingInput, string | null][]) {
      const value = raw?.trim();
      if (!value) continue;
      if (value.length > MAX_TEXT) issues.add(`input.person.${key}`, `at most ${MAX_TEXT} characters`);
      person[key] = value;
    }
    if (person.birthDate && !isCalendarDate(person.birthDate)) {
      issues.add('input.person.birthDate', 'must be a real calendar date written YYYY-MM-DD');
    }
    if (person.country) {
      const code = countryCode(person.country);
      if (!code) issues.add('input.person.country', 'must be an ISO 3166 alpha-2 or alpha-3 country code');
      person.country = code ?? person.country;
    }
    if (!Object.keys(person).length) issues.add('input.person', 'give at least one field, or omit it');
  }
  issues.throwIfAny();
  return { scenarioCode, language, customerExternalId, person };
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Which input field an Algoreg refusal is about, from its error codes. */
function refusedField(error: unknown): string {
  const codes = error instanceof AlgoregBadRequestError ? error.upstreamCodes : [];
  if (codes.includes('scenario_not_found')) return 'input.scenarioCode';
  if (codes.includes('language_not_enabled')) return 'input.language';
  if (codes.includes('invalid_input_data')) return 'input.person';
  return 'input';
}

builder.mutationField('startIdentitySession', (t) =>
  t.field({
    type: StartIdentitySessionPayload,
    authScopes: { scope: 'vid' },
    description:
      'Generate a Go!Vid session for a person (Generate a session; Create session full when `person` is given). Checked before any call: scenario and language required, a real birth date, a country code. A write: never retried.',
    args: {
      input: t.arg({
        type: StartIdentitySessionInput,
        required: true,
        description: 'The session to generate.',
      }),
    },
    resolve: async (_, { input }, ctx): Promise<StartPayload> => {
      const checked = startInput(input);
      try {
        const created = await ctx.algoreg.vid.start(checked);
        return { sessionId: created.sessionId, errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          refused: 'Algoreg refused the session: check the scenario code, its languages and the person data.',
          field: refusedField(error),
        });
        return { sessionId: null, errors: [outcome] };
      }
    },
  }),
);
