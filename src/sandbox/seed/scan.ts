import countries from 'i18n-iso-countries/index.js';
import { ALERT_FLAGS } from '../../algoreg/wire/scan.ts';
import { Random } from '../random.ts';
import type { Json, Store } from '../store.ts';

/**
 * Go!Scan seed data: screening alerts for the seeded customers (raw Algoreg JSON), and a small
 * curated watchlist that Name search screens against together with the alerts' list profiles.
 */

/**
 * States an alert may be moved to with Modify alert. The sandbox tenant uses codes 1–8: 1–7 follow
 * the gateway's table (1–3 documented, 4–7 assumed); 8 stands for a status Algoreg may have that
 * the gateway does not know, so that the "unknown state reads as UNKNOWN" path has data.
 */
export const SETTABLE_STATES: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 7, 8]);
/** Alerts still waiting for a decision: New, Pending information, True hit (awaiting acceptance). */
export const OPEN_STATES: ReadonlySet<number> = new Set([2, 3, 5]);

/** Back-office members alerts can be assigned to (shared ids with the customer seed's agents). */
export const MEMBERS: readonly { id: number; name: string }[] = [
  { id: 11, name: 'Alice Reviewer' },
  { id: 12, name: 'Bruno Analyst' },
  { id: 13, name: 'Chen Officer' },
  { id: 14, name: 'Dana Compliance' },
];
/** The member Modify alert calls are recorded under (the API user). */
export const API_MEMBER_ID = 900;

export const SANCTION_LISTS = [
  { id: 1, name: 'Dow Jones Watchlist - PEP', dataset: 'watchlist' },
  { id: 2, name: 'OFAC SDN', dataset: 'watchlist' },
  { id: 3, name: 'EU Consolidated Financial Sanctions', dataset: 'watchlist' },
  { id: 4, name: 'UN Security Council Consolidated List', dataset: 'watchlist' },
  { id: 5, name: 'Dow Jones Special Interest Person', dataset: 'adverse_media' },
  { id: 6, name: 'Dow Jones State-Owned Companies', dataset: 'state_owned' },
] as const;

/** Top categories with their weight and the lists they come from. */
const TOP_CATEGORIES: readonly { code: string; weight: number; lists: readonly number[] }[] = [
  { code: 'PEP', weight: 22, lists: [1] },
  { code: 'SAN', weight: 14, lists: [2, 3, 4] },
  { code: 'SIP', weight: 10, lists: [5] },
  { code: 'SIE', weight: 6, lists: [5] },
  { code: 'SOE', weight: 5, lists: [6] },
  { code: 'SOP', weight: 3, lists: [6] },
  { code: 'RCA', weight: 8, lists: [1] },
  { code: 'RCA_PEP', weight: 10, lists: [1] },
  { code: 'RCA_SAN', weight: 6, lists: [2, 3] },
  { code: 'RCA_SIP', weight: 7, lists: [5] },
  { code: 'RCA_SIE', weight: 4, lists: [5] },
  { code: 'RCA_SOE', weight: 3, lists: [6] },
  { code: 'RCA_SOP', weight: 2, lists: [6] },
];

const STATE_WEIGHTS: readonly [number, number][] = [
  [2, 34],
  [3, 14],
  [4, 25],
  [5, 9],
  [6, 7],
  [7, 6],
  [1, 3],
  [8, 2],
];

const DESCRIPTIONS: Record<string, [string, string, string]> = {
  PEP: ['Politically Exposed Person (PEP)', 'Senior Civil Servants', 'National Government'],
  SAN: ['Sanctions Lists', 'Sanctioned Individual', 'Asset Freeze'],
  SIP: ['Special Interest Person (SIP)', 'Financial Crime', 'Fraud'],
  SIE: ['Special Interest Entity (SIE)', 'Organised Crime', 'Money Laundering'],
  SOE: ['State-Owned Company', 'Majority State-Owned', 'Energy'],
  SOP: ['State-Owned Company Person', 'Board Member', 'Energy'],
  RCA: ['Relative or Close Associate (RCA)', 'Family Member', 'Spouse'],
};

const ASSOCIATIONS = [
  { code: 1, label: 'Spouse' },
  { code: 2, label: 'Child' },
  { code: 3, label: 'Sibling' },
  { code: 4, label: 'Business Associate' },
  { code: 5, label: 'Director' },
  { code: 6, label: 'Shareholder' },
];

/** Country → [a city, the country's English name]. */
const PLACES: Record<string, [string, string]> = {
  FR: ['Paris', 'France'],
  DE: ['Berlin', 'Germany'],
  GB: ['London', 'United Kingdom'],
  ES: ['Madrid', 'Spain'],
  IT: ['Rome', 'Italy'],
  NL: ['Amsterdam', 'Netherlands'],
  BE: ['Brussels', 'Belgium'],
  PT: ['Lisbon', 'Portugal'],
  PL: ['Warsaw', 'Poland'],
  RU: ['Moscow', 'Russian Federation'],
  UA: ['Kyiv', 'Ukraine'],
  TR: ['Istanbul', 'Türkiye'],
  AE: ['Dubai', 'United Arab Emirates'],
  NG: ['Lagos', 'Nigeria'],
  CN: ['Shanghai', 'China'],
  JP: ['Tokyo', 'Japan'],
  IN: ['Mumbai', 'India'],
  BR: ['São Paulo', 'Brazil'],
  US: ['New York', 'United States of America'],
  CH: ['Geneva', 'Switzerland'],
  LU: ['Luxembourg', 'Luxembourg'],
  CY: ['Nicosia', 'Cyprus'],
  MT: ['Valletta', 'Malta'],
  IR: ['Tehran', 'Iran'],
};
const city = (code: string) => PLACES[code]?.[0] ?? '';
const countryName = (code: string) => PLACES[code]?.[1] ?? code;
const COUNTRY_CODES = Object.keys(PLACES);

const ID_TYPES = ['National ID', 'Passport No.', 'Company Registration No.', 'Tax ID'];

/** At least this many alerts, whatever the number of customers. */
const MIN_ALERTS = 1000;
const END = new Date('2026-10-31T00:00:00Z');

const iso3 = (code: string) => countries.alpha2ToAlpha3(code) ?? code;

/** A country block of `list_profile.countries`. */
function countryJson(code: string, type: string, typeCode: number): Json {
  return {
    codes: [code],
    country_type: type,
    country_type_code: typeCode,
    iso3_codes: [iso3(code)],
    names: [countryName(code)],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A name as a list might hold it: mostly exact, sometimes transliterated or misspelt. */
function listSpelling(rng: Random, name: string, typo: boolean): string {
  const plain = name.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  if (plain !== name && rng.chance(0.5)) return plain;
  if (!typo || name.length < 4) return name;
  const i = rng.int(1, name.length - 3);
  return name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
}

function weighted<T>(rng: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** The list profile an alert matched, built from the customer it was raised on. */
function profileFor(rng: Random, customer: Json, top: string): { profile: Json; name: string } {
  const firm = customer.account_type === 'F';
  const dom = String(customer.domicile_code || rng.pick(COUNTRY_CODES));
  const nat = (customer.nationality_codes as string[] | undefined)?.[0] ?? dom;
  const base = top.replace(/^RCA_/, '');
  const [d1, d2, d3] = DESCRIPTIONS[base] ?? DESCRIPTIONS.PEP!;
  const descriptions = {
    descriptions1: [{ id: String(rng.int(1, 9)), text: d1 }],
    descriptions2: [{ id: String(rng.int(10, 49)), text: d2 }],
    descriptions3: [
      { id: String(rng.int(50, 99)), text: d3 },
      ...(top.startsWith('RCA') ? [{ id: String(rng.int(50, 99)), text: DESCRIPTIONS.RCA![2] }] : []),
    ],
  };
  const address = {
    address_city: city(dom),
    address_country: countryName(dom),
    address_line: `${rng.int(1, 220)} ${rng.pick(['Main Street', 'Avenue de la Gare', 'Harbour Road', 'Ring 3'])}`,
    url: rng.chance(0.3) ? `https://registry.example.org/${dom.toLowerCase()}/${rng.int(1000, 9999)}` : '',
  };
  if (firm) {
    const companyName = listSpelling(rng, String(customer.company_name), rng.chance(0.15));
    return {
      name: companyName,
      profile: {
        name: companyName,
        company_name: companyName,
        addresses: [address],
        birth_place: [],
        company_details: [{ ...address, address_line: `Registered office, ${address.address_line}` }],
        countries: [countryJson(dom, 'Country of Registration', 4)],
        date: '',
        date_formated: '',
        dates: [],
        deceased: false,
        descriptions,
        gender: '',
        id_number_type: [
          {
            id_type: 'Company Registration No.',
            id_values: [{ id_notes: '', value: String(customer.registration_number || rng.int(1e5, 1e6)) }],
          },
        ],
      },
    };
  }
  const typo = rng.next();
  const first = listSpelling(rng, String(customer.first_name), typo < 0.05);
  const last = listSpelling(rng, String(customer.last_name), typo > 0.85);
  const middle = rng.chance(0.25) ? rng.pick(['A.', 'J.', 'Maria', 'Ali']) : '';
  const name = [first, middle, last].filter(Boolean).join(' ');
  const dob = String(customer.date_of_birth || `${rng.int(1940, 2000)}-01-01`);
  // Lists often hold a birth year only, or a nearby date.
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const yearOnly = rng.chance(0.25);
  const year = rng.chance(0.15) ? y + rng.int(-2, 2) : y;
  const date = yearOnly ? String(year) : `${year}-${pad(m)}-${pad(d)}`;
  const formatted = yearOnly ? String(year) : `${pad(d)}/${pad(m)}/${year}`;
  return {
    name,
    profile: {
      name,
      first_name: first,
      last_name: last,
      addresses: [address],
      birth_place: [`${city(nat)}, ${countryName(nat)}`],
      company_details: [],
      countries: [countryJson(nat, 'Citizenship', 1), countryJson(dom, 'Resident of', 2)],
      date,
      date_formated: formatted,
      dates: [
        {
          date_type: 'Date of Birth',
          date_type_code: 1,
          date_values: [
            yearOnly
              ? { day: null, dnote: '', formated: formatted, month: null, year }
              : { day: d, dnote: '', formated: formatted, month: m, year },
          ],
        },
        ...(top === 'PEP' && rng.chance(0.4)
          ? [
              {
                date_type: 'Inactive as of (PEP)',
                date_type_code: 3,
                date_values: [{ day: 1, dnote: '', formated: `01/06/${2015 + rng.int(0, 8)}`, month: 6 }],
              },
            ]
          : []),
      ],
      deceased: rng.chance(0.02),
      descriptions,
      gender: rng.pick(['Male', 'Female']),
      id_number_type: rng.chance(0.5)
        ? [{ id_type: rng.pick(ID_TYPES), id_values: [{ id_notes: '', value: `X${rng.int(1e6, 9e6)}` }] }]
        : [],
    },
  };
}

function addAlert(store: Store, rng: Random, n: number, externalId: string): void {
  const customer = store.customers.get(externalId)?.customer;
  if (!customer) return;
  const top = weighted(
    rng,
    TOP_CATEGORIES.map((c) => [c, c.weight] as const),
  );
  const listId = rng.pick(top.lists);
  const list = SANCTION_LISTS.find((l) => l.id === listId)!;
  const state = weighted(rng, STATE_WEIGHTS);
  const score = rng.int(0, 100);
  const id = `ALR-${String(n).padStart(5, '0')}`;
  const profileNumber = `${list.id === 1 || list.id >= 5 ? 'DJ' : 'SL'}-${rng.int(100000, 9999999)}`;
  const createdAt = rng.date(new Date(String(customer.created_at)), END);
  const { profile } = profileFor(rng, customer, top.code);
  const flags: Json = {};
  const topFlag = `is_${top.code.toLowerCase()}`;
  for (const f of ALERT_FLAGS) {
    flags[f] = f === topFlag || (f === 'is_rca' && top.code.startsWith('RCA')) || rng.chance(0.02);
  }
  const associates = Array.from({ length: rng.int(0, 3) }, () => {
    const a = rng.pick(ASSOCIATIONS);
    return {
      association_type_code: a.code,
      association_type_label: a.label,
      list_id: `${profileNumber.slice(0, 2)}-${rng.int(100000, 9999999)}`,
    };
  });
  // The path to the current state: created New, then decided (maybe after asking for information).
  const path =
    state === 2
      ? [2]
      : state === 1 || state === 8
        ? [2, state]
        : state === 6 || state === 7
          ? [2, 5, state]
          : rng.chance(0.3) && state !== 3
            ? [2, 3, state]
            : [2, state];
  const agent = rng.pick(MEMBERS);
  const revisions: Json[] = [];
  let at = new Date(createdAt).getTime();
  const profileDate = Math.floor(new Date(createdAt).getTime() / 1000) - rng.int(1, 400) * 86_400;
  path.forEach((s, i) => {
    revisions.push({
      id: `${id}-R${i + 1}`,
      agent_id: i === 0 ? '0' : String(agent.id),
      comment:
        i === 0
          ? ''
          : s === 3
            ? 'Asked the customer for proof of identity.'
            : s === 4
              ? 'Different date of birth and nationality: not the same person.'
              : s === 5
                ? 'Same name, date of birth and country: confirmed match.'
                : s === 6
                  ? 'Match accepted by the compliance officer; customer kept under EDD.'
                  : s === 7
                    ? 'Business relationship refused.'
                    : 'Escalated.',
      created_at: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      customer_revision_id: String(customer.revision_number ?? '1'),
      profile_date: profileDate,
      revision_number: i + 1,
      score,
      state: s,
      top_category: top.code,
    });
    at += rng.int(1, 30) * 86_400_000 + rng.int(0, 86_399) * 1000;
  });
  const assigned = state === 2 ? rng.chance(0.4) : rng.chance(0.8);
  store.alerts.set(id, {
    alert: {
      id,
      created_at: createdAt,
      customer_external_id: externalId,
      profile_number: profileNumber,
      ...(assigned ? { assigned_to_member_id: agent.id } : {}),
    },
    revisions,
    match: { associates, ...flags, list_name: list.name, list_profile: profile },
    listId: list.id,
  });
}

/** Seeds the alerts; deterministic from the seed, independent of other products' seeding. */
export function seedAlerts(store: Store, seed: number): void {
  const rng = new Random(seed + 3);
  const ids = [...store.customers.keys()];
  let n = 0;
  for (const externalId of ids) {
    const count = rng.chance(0.2) ? 0 : rng.int(1, 8);
    for (let i = 0; i < count; i++) addAlert(store, rng, ++n, externalId);
  }
  while (n < MIN_ALERTS && ids.length) addAlert(store, rng, ++n, rng.pick(ids));
}

/** One entry of the curated watchlist (fictional people and companies). */
interface WatchlistEntry {
  id: string;
  entity_type: 1 | 2;
  first_name?: string;
  last_name?: string;
  company_name?: string;
  date_of_birth?: string;
  countries: string[];
  categories: string[];
  list: number;
}

const person = (
  n: number,
  first: string,
  last: string,
  dob: string,
  cs: string[],
  categories: string[],
  list: number,
): WatchlistEntry => ({
  id: `WL-${String(n).padStart(4, '0')}`,
  entity_type: 1,
  first_name: first,
  last_name: last,
  date_of_birth: dob,
  countries: cs,
  categories,
  list,
});

const company = (
  n: number,
  name: string,
  cs: string[],
  categories: string[],
  list: number,
): WatchlistEntry => ({
  id: `WL-${String(n).padStart(4, '0')}`,
  entity_type: 2,
  company_name: name,
  countries: cs,
  categories,
  list,
});

/** Fictional entries, several close to seeded customers' names so that screening finds near misses. */
export const WATCHLIST: readonly WatchlistEntry[] = [
  person(1, 'Viktor', 'Almazov', '1961-04-12', ['RU'], ['PEP'], 1),
  person(2, 'Viktoria', 'Almazova', '1988', ['RU'], ['RCA_PEP'], 1),
  person(3, 'Amara', 'Okonkwo', '1970-09-30', ['NG'], ['PEP'], 1),
  person(4, 'Hassan', 'Rashidi', '1958-01-03', ['IR'], ['SAN'], 2),
  person(5, 'Reza', 'Kazemi', '1966-07', ['IR'], ['SAN'], 3),
  person(6, 'Olivia', 'Martin', '1979-02-14', ['GB'], ['SIP'], 5),
  person(7, 'Lucas', 'Silva', '1983-11-02', ['BR', 'PT'], ['PEP'], 1),
  person(8, 'Sofia', 'Rossi', '1990', ['IT'], ['SIP'], 5),
  person(9, 'Ivan', 'Petrov', '1955-05-05', ['RU'], ['SAN'], 4),
  person(10, 'Irina', 'Petrova', '1957-08-19', ['RU'], ['RCA_SAN'], 4),
  person(11, 'Omar', 'Haddad', '1972-03-21', ['AE'], ['SIP'], 5),
  person(12, 'Fatima', 'Khan', '1969-12-01', ['IN'], ['PEP'], 1),
  person(13, 'Kenji', 'Tanaka', '1975-06-18', ['JP'], ['SOP'], 6),
  person(14, 'Elif', 'Yilmaz', '1981-10-10', ['TR'], ['PEP'], 1),
  person(15, 'Pavel', 'Novak', '1964', ['UA'], ['SAN'], 3),
  person(16, 'Grace', 'Okafor', '1986-04-04', ['NG'], ['RCA_SIP'], 5),
  person(17, 'Marco', 'Costa', '1977-09-09', ['PT'], ['SIE'], 5),
  person(18, 'Nadia', 'Ivanova', '1960-02-29', ['RU'], ['PEP'], 1),
  company(101, 'Orion Shipping Holdings', ['CY'], ['SAN'], 2),
  company(102, 'Golden Crescent Trading LLC', ['AE'], ['SIE'], 5),
  company(103, 'Vertex Mining SA', ['CH', 'RU'], ['SAN'], 3),
  company(104, 'Northern Energy Company', ['RU'], ['SOE'], 6),
  company(105, 'Atlas Capital Ltd', ['GB'], ['SIE'], 5),
  company(106, 'Harbor Logistics BV', ['NL'], ['SAN'], 4),
  company(107, 'Summit Payments GmbH', ['DE'], ['SIE'], 5),
  company(108, 'Nova Imports SpA', ['IT'], ['SOE'], 6),
];
