// @ts-nocheck
import { Random } from '../random.ts';
import type { CustomerState, FieldJson, Json, Store } from '../store.ts';

const FIRST = [
  'Amelia',
  'Lucas',
  'Sofia',
  'Mateo',
  'Olivia',
  'Noah',
  'Chloé',
  'Hugo',
  'Yasmin',
  'Omar',
  'Ingrid',
  'Pavel',
  'Aiko',
  'Kenji',
  'Fatima',
  'Ivan',
  'Lena',
  'Marco',
  'Zara',
  'Tomás',
  'Nadia',
  'Arjun',
  'Elif',
  'Grace',
];
const MIDDLE = ['Marie', 'James', 'Ann', 'Lee', 'Rose', 'Paul', 'José'];
const LAST = [
  'Martin',
  'Silva',
  'Rossi',
  'Novak',
  'Kowalski',
  'Dubois',
  'Müller',
  'Haddad',
  'Tanaka',
  'Ivanova',
  'Okafor',
  'García',
  'Nguyen',
  'Petrov',
  'Larsen',
  'Costa',
  'Yilmaz',
  'Schmidt',
  'Bernard',
  'Khan',
];
const COMPANY_A = [
  'Blue',
  'North',
  'Atlas',
  'Vertex',
  'Harbor',
  'Golden',
  'Iron',
  'Silver',
  'Orion',
  'Nova',
  'Crescent',
  'Summit',
];
const COMPANY_B = [
  'Trading',
  'Capital',
  'Logistics',
  'Holdings',
  'Energy',
  'Payments',
  'Imports',
  'Mining',
  'Shipping',
  'Ventures',
];
const COMPANY_C = ['Ltd', 'SA', 'GmbH', 'SAS', 'LLC', 'BV', 'SpA'];
const COUNTRIES = [
  'FR',
  'DE',
  'GB',
  'ES',
  'IT',
  'NL',
  'BE',
  'PT',
  'PL',
  'RU',
  'UA',
  'TR',
  'AE',
  'NG',
  'CN',
  'JP',
  'IN',
  'BR',
  'US',
  'CH',
  'LU',
  'CY',
  'MT',
  'IR',
];
const REVIEW_GROUPS = ['retail', 'private-banking', 'corporate', 'high-risk', 'onboarding', 'crypto'];
const RISKS = ['Low', 'Low', 'Low', 'Medium', 'Medium', 'High', 'Undefined'];
const EDD_STATES = ['Passed', 'Pending', 'Refused', 'Action required', 'Passed 1 month', 'Passed 3 months'];
const SEGMENTS = ['mass-market', 'affluent', 'sme', 'enterprise'];
const CHANNELS = ['web', 'mobile', 'branch', 'partner'];
const AGENTS = [
  { id: 11, name: 'Alice Reviewer' },
  { id: 12, name: 'Bruno Analyst' },
  { id: 13, name: 'Chen Officer' },
];

/** Custom fields the sandbox tenant defines; a save naming another one gets a warning. */
export const CUSTOM_FIELDS: readonly { id: number; name: string }[] = [
  { id: 1, name: 'segment' },
  { id: 2, name: 'onboarding_channel' },
  { id: 3, name: 'annual_income' },
];

const FLAG_NAMES = [
  'pep',
  'may_be_pep',
  'may_be_san',
  'press_risk',
  'may_be_press_risk',
  'se',
  'str',
  'tm',
  'vid_success',
  'vid_failed',
  'vid_in_progress',
  'vid_outdated',
] as const;

const START = new Date('2021-01-01T00:00:00Z');
const END = new Date('2026-10-31T00:00:00Z');

/** Builds the `Field` JSON of a flag, as the detail answer carries it. */
export function flagField(name: string, value: unknown, index: number): FieldJson {
  return { fieldtype: typeof value === 'boolean' ? 'boolean' : 'string', id: 100 + index, name, value };
}

export function customFieldList(fields: Json): FieldJson[] {
  return CUSTOM_FIELDS.filter((f) => fields[f.name] !== undefined).map((f) => ({
    fieldtype: typeof fields[f.name] === 'number' ? 'number' : 'string',
    id: f.id,
    name: f.name,
    value: fields[f.name],
  }));
}

/** The customers `C-0001`…: people and firms, with risk, EDD, flags, custom fields and timelines. */
export function seedCustomers(store: Store, seed: number, count: number): void {
  const rng = new Random(seed);
  for (let i = 1; i <= count; i++) {
    const externalId = `C-${String(i).padStart(4, '0')}`;
    const firm = i % 4 === 0;
    const createdAt = rng.date(START, END);
    const nationalities = firm
      ? []
      : [rng.pick(COUNTRIES), ...(rng.chance(0.2) ? [rng.pick(COUNTRIES)] : [])];
    const domicile = rng.pick(COUNTRIES);
    const fields: Json = {
      segment: rng.pick(SEGMENTS),
      onboarding_channel: rng.pick(CHANNELS),
      ...(rng.chance(0.5) ? { annual_income: rng.int(10, 900) * 1000 } : {}),
    };
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const company = `${rng.pick(COMPANY_A)} ${rng.pick(COMPANY_B)} ${rng.pick(COMPANY_C)}`;
    const variations: Json[] = [];
    if (rng.chance(0.3)) {
      variations.push(
        firm
          ? { company_name: company.toUpperCase(), trading_name: company.split(' ')[0] }
          : { first_name: first, last_name: rng.pick(LAST) },
      );
    }
    const customer: Json = {
      id: `cus_${(i * 7919).toString(16).padStart(8, '0')}`,
      external_id: externalId,
      client_id: '1',
      account_number: `ACC${String(100000 + i * 37)}`,
      account_type: firm ? 'F' : 'N',
      customer_type: firm ? 'company' : 'person',
      first_name: firm ? '' : first,
      middle_name: !firm && rng.chance(0.3) ? rng.pick(MIDDLE) : '',
      last_name: firm ? '' : last,
      company_name: firm ? company : '',
      trading_name: firm && rng.chance(0.5) ? company.split(' ').slice(0, 2).join(' ') : '',
      name_variations: variations,
      date_of_birth: firm
        ? ''
        : `${rng.int(1940, 2005)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      nationality_code: nationalities[0] ?? '',
      nationality_codes: nationalities,
      domicile_code: domicile,
      domicile_codes: [domicile],
      registration_number: firm ? `RCS-${rng.int(100000, 999999)}` : '',
      phone: `+33 6 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      alias_ids: rng.chance(0.1) ? [`LEGACY-${i}`] : [],
      contacts: rng.chance(0.5) ? `${first.toLowerCase()}@example.com` : '',
      comment: '',
      custom_fields: fields,
      review_groups: rng.some(REVIEW_GROUPS, 2),
      kyc_level: rng.int(0, 3),
      disabled: rng.chance(0.05),
      created_at: createdAt,
      created_by: rng.pick(AGENTS).id,
      revision_number: String(rng.int(1, 6)),
    };
    const risk = rng.pick(RISKS);
    const agent = rng.pick(AGENTS);
    const edd = rng.chance(0.85)
      ? {
          agent_id: agent.id,
          agent_name: agent.name,
          client_id: 1,
          comment: rng.chance(0.5) ? 'Reviewed documents and source of funds.' : '',
          created_at: rng.date(new Date(createdAt), END),
          customer_id: customer.id,
          disabled: false,
          edd_state: risk === 'Low' ? 'Passed' : rng.pick(EDD_STATES),
          id: i,
          next_review_date: `${rng.int(2026, 2028)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
          revision_number: rng.int(1, 4),
        }
      : null;
    const mayBePep = rng.chance(0.15);
    const flags: Record<string, unknown> = {
      pep: mayBePep && rng.chance(0.4),
      may_be_pep: mayBePep,
      may_be_san: rng.chance(0.08),
      press_risk: rng.chance(0.05),
      may_be_press_risk: rng.chance(0.1),
      se: firm && rng.chance(0.1),
      str: rng.chance(0.03),
      tm: rng.chance(0.2),
      vid_success: !firm && rng.chance(0.6),
      vid_failed: !firm && rng.chance(0.1),
      vid_in_progress: !firm && rng.chance(0.1),
      vid_outdated: !firm && rng.chance(0.05),
      open_chat_categories: rng.chance(0.2) ? 'documents' : '',
      closed_chat_categories: rng.chance(0.3) ? 'onboarding' : '',
    };
    const state: CustomerState = {
      customer,
      overallRisk: risk,
      edd,
      flags,
      customFields: customFieldList(fields),
      events: [],
    };
    store.customers.set(externalId, state);
    const eventCount = rng.int(1, 6);
    let at = new Date(createdAt);
    for (let e = 0; e < eventCount; e++) {
      const kind =
        e === 0
          ? 'customer_created'
          : rng.pick(['customer_updated', 'risk_computed', 'scan_done', 'edd_updated']);
      state.events.push({
        ID: `evt-${externalId}-${e + 1}`,
        AgentID: e === 0 ? 0 : rng.pick(AGENTS).id,
        ClientID: 1,
        CreatedAt: at.toISOString(),
        CustomerExternalID: externalId,
        Description: kind === 'risk_computed' ? `Risk computed: ${risk}` : '',
        EventType: kind,
        ParentID: '',
        Title: kind.replace('_', ' '),
        Url: `https://backoffice.algoreg.com/customers/${externalId}`,
      });
      at = new Date(at.getTime() + rng.int(1, 90) * 86_400_000);
    }
    // Fields Save customers takes and the detail answers (assumed); no draw, so the data set stays.
    customer.updated_at = state.events[state.events.length - 1]?.CreatedAt ?? createdAt;
    customer.kyc_level_requested = customer.kyc_level;
    customer.parent_external_id = '';
  }
  // Some firms own some people: relations between seeded customers.
  for (let i = 4; i <= count; i += 4) {
    const parent = `C-${String(i).padStart(4, '0')}`;
    const child = `C-${String(i - 1).padStart(4, '0')}`;
    store.relations.push({
      parent_customer_external_id: parent,
      child_customer_external_id: child,
      relation_external_id: `REL-${i}`,
      relation_type: 1,
      fields: {},
      disabled: false,
    });
  }
}

export { FLAG_NAMES };
