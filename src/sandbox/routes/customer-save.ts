import countries from 'i18n-iso-countries/index.js';
import { isCalendarDate } from '../../shared/calendar.ts';
import { CUSTOM_FIELDS, customFieldList } from '../seed/customer.ts';
import type { CustomerState, Json, Store } from '../store.ts';
import { apiError, type SandboxReply } from './types.ts';

/** Save customers (API.md §3.4, seeds/algoreg-save-customers-2.mdx), as the sandbox answers it. */

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

interface LineMessage {
  error: string;
  detail: string;
}

/** `review_groups` and `contacts`: a list, or a string split on `;` and `,`. */
function splitList(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String).filter(Boolean);
  return String(v)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const SIMPLE_STRINGS = [
  'first_name',
  'middle_name',
  'last_name',
  'company_name',
  'trading_name',
  'date_of_birth',
  'domicile_code',
  'registration_number',
  'phone',
  'comment',
  'parent_external_id',
] as const;

function validateLine(line: Json): { errors: LineMessage[]; warnings: LineMessage[] } {
  const errors: LineMessage[] = [];
  const warnings: LineMessage[] = [];
  if (typeof line.external_id !== 'string' || !line.external_id.trim()) {
    errors.push({ error: 'missing_external_id', detail: 'external_id is mandatory' });
  }
  if (line.account_type !== undefined && line.account_type !== 'F' && line.account_type !== 'N') {
    errors.push({ error: 'invalid_account_type', detail: 'account_type must be F or N' });
  }
  if (typeof line.date_of_birth === 'string' && line.date_of_birth && !isCalendarDate(line.date_of_birth)) {
    errors.push({ error: 'invalid_date_of_birth', detail: 'date_of_birth must be YYYY-MM-DD' });
  }
  const codes = [
    ...list(line.nationality_codes),
    ...list(line.domicile_codes),
    ...(typeof line.nationality_code === 'string' && line.nationality_code ? [line.nationality_code] : []),
    ...(typeof line.domicile_code === 'string' && line.domicile_code ? [line.domicile_code] : []),
  ];
  for (const code of codes) {
    if (!countries.isValid(code))
      errors.push({ error: 'invalid_country_code', detail: `unknown country code ${code}` });
  }
  if (line.nationality_code !== undefined) {
    warnings.push({
      error: 'deprecated_field',
      detail: 'nationality_code is deprecated, use nationality_codes',
    });
  }
  for (const key of ['review_groups', 'contacts'] as const) {
    const v = line[key];
    if (v !== undefined && v !== null && typeof v !== 'string' && !Array.isArray(v)) {
      errors.push({
        error: `invalid_${key}`,
        detail: `${key} must be a list or a string separated by ; or ,`,
      });
    }
  }
  if (line.variations !== undefined && !Array.isArray(line.variations)) {
    errors.push({ error: 'invalid_variations', detail: 'variations must be a list' });
  }
  for (const v of Array.isArray(line.variations) ? (line.variations as Json[]) : []) {
    if (v?._op !== 'set' && v?._op !== 'del') {
      errors.push({
        error: 'invalid_variation_op',
        detail: `_op must be "set" or "del", not ${JSON.stringify(v?._op)}`,
      });
    }
  }
  const fields = (line.fields ?? {}) as Json;
  for (const name of Object.keys(fields)) {
    if (!CUSTOM_FIELDS.some((f) => f.name === name)) {
      warnings.push({
        error: 'unknown_custom_field',
        detail: `custom field ${name} is not defined; ignored`,
      });
    }
  }
  const accountType = line.account_type;
  if (accountType === 'N' && !line.last_name && !line.first_name) {
    warnings.push({ error: 'missing_name', detail: 'an individual without a name cannot be screened' });
  }
  if (accountType === 'F' && !line.company_name) {
    warnings.push({
      error: 'missing_company_name',
      detail: 'a firm without a company name cannot be screened',
    });
  }
  return { errors, warnings };
}

function applyLine(store: Store, line: Json, runScan: boolean): { added: boolean; state: CustomerState } {
  const externalId = String(line.external_id);
  let state = store.customers.get(externalId);
  const added = !state;
  if (!state) {
    const id = store.nextId('cus');
    state = {
      customer: {
        id,
        external_id: externalId,
        client_id: '1',
        account_number: '',
        account_type: line.account_type ?? 'N',
        customer_type: line.account_type === 'F' ? 'company' : 'person',
        first_name: '',
        middle_name: '',
        last_name: '',
        company_name: '',
        trading_name: '',
        name_variations: [],
        date_of_birth: '',
        nationality_code: '',
        nationality_codes: [],
        domicile_code: '',
        domicile_codes: [],
        registration_number: '',
        phone: '',
        alias_ids: [],
        contacts: '',
        comment: '',
        custom_fields: {},
        review_groups: [],
        kyc_level: 0,
        kyc_level_requested: 0,
        parent_external_id: '',
        disabled: false,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        created_by: 0,
        revision_number: '0',
      },
      overallRisk: 'Undefined',
      edd: null,
      flags: {},
      customFields: [],
      events: [],
    };
    store.customers.set(externalId, state);
  }
  const c = state.customer;
  for (const key of SIMPLE_STRINGS) if (typeof line[key] === 'string') c[key] = line[key];
  if (line.account_type === 'F' || line.account_type === 'N') {
    c.account_type = line.account_type;
    c.customer_type = line.account_type === 'F' ? 'company' : 'person';
  }
  if (Array.isArray(line.nationality_codes)) {
    c.nationality_codes = line.nationality_codes;
    c.nationality_code = line.nationality_codes[0] ?? '';
  } else if (typeof line.nationality_code === 'string') {
    c.nationality_code = line.nationality_code;
    c.nationality_codes = [line.nationality_code];
  }
  if (Array.isArray(line.domicile_codes)) {
    c.domicile_codes = line.domicile_codes;
    c.domicile_code = line.domicile_codes[0] ?? '';
  } else if (typeof line.domicile_code === 'string') {
    c.domicile_codes = [line.domicile_code];
  }
  if (Array.isArray(line.alias_ids)) c.alias_ids = line.alias_ids;
  if (typeof line.disabled === 'boolean') c.disabled = line.disabled;
  if (typeof line.kyc_level === 'number') c.kyc_level = line.kyc_level;
  if (typeof line.kyc_level_requested === 'number') c.kyc_level_requested = line.kyc_level_requested;
  const groups = splitList(line.review_groups);
  if (groups) c.review_groups = groups;
  const contacts = splitList(line.contacts);
  if (contacts) c.contacts = contacts.join(';');
  if (line.fields && typeof line.fields === 'object') {
    const known = Object.fromEntries(
      Object.entries(line.fields as Json).filter(([k]) => CUSTOM_FIELDS.some((f) => f.name === k)),
    );
    c.custom_fields = { ...(c.custom_fields as Json), ...known };
    state.customFields = customFieldList(c.custom_fields as Json);
  }
  if (Array.isArray(line.variations)) {
    let current = (c.name_variations as Json[]) ?? [];
    for (const v of line.variations as Json[]) {
      const { _op, ...names } = v;
      const same = (x: Json) => JSON.stringify(normalizeNames(x)) === JSON.stringify(normalizeNames(names));
      if (_op === 'del') current = current.filter((x) => !same(x));
      else if (!current.some(same)) current = [...current, normalizeNames(names)];
    }
    c.name_variations = current;
  }
  c.revision_number = String(Number(c.revision_number ?? 0) + 1);
  c.updated_at = new Date().toISOString();
  if (runScan) {
    // A stand-in for Algoreg's scan and risk run: deterministic from the domicile.
    const high = ['IR', 'RU', 'NG', 'AE', 'CY'];
    const dom = (c.domicile_codes as string[])[0] ?? '';
    state.overallRisk = high.includes(dom) ? 'High' : dom ? 'Low' : 'Undefined';
    state.edd ??= {
      agent_id: 0,
      agent_name: 'system',
      client_id: 1,
      comment: '',
      created_at: new Date().toISOString(),
      customer_id: c.id,
      disabled: false,
      edd_state: state.overallRisk === 'Low' ? 'Passed' : 'Pending',
      id: Number(String(c.id).replace(/\D/g, '')) || 1,
      next_review_date: '',
      revision_number: 1,
    };
  }
  store.addEvent(
    externalId,
    added ? 'customer_created' : 'customer_updated',
    added ? 'customer created' : 'customer updated',
  );
  return { added, state };
}

function normalizeNames(v: Json): Json {
  const out: Json = {};
  for (const k of ['company_name', 'first_name', 'last_name', 'middle_name', 'trading_name']) {
    if (typeof v[k] === 'string' && v[k]) out[k] = v[k];
  }
  return out;
}

/** Save customers: validates every line, upserts the valid ones, answers per line. */
export function saveCustomers(store: Store, body: Json): SandboxReply {
  if (!Array.isArray(body.customers)) return apiError(400, 'invalid_body', 'customers must be an array');
  const lines = body.customers as Json[];
  const relations = Array.isArray(body.relations) ? (body.relations as Json[]) : [];
  const verifyOnly = body.verify_input === true;
  const runScan = body.disable_risk_scan !== true && lines.length <= 1000;
  const detail: Json[] = [];
  const added: Json[] = [];
  const valid: Json[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const { errors, warnings } = validateLine(line);
    const id = typeof line.external_id === 'string' ? line.external_id : '';
    if (id && seen.has(id))
      errors.push({ error: 'duplicate_external_id', detail: 'external_id appears twice' });
    seen.add(id);
    if (errors.length || warnings.length) detail.push({ external_id: id, errors, warnings });
    if (!errors.length) valid.push(line);
  }
  const known = (id: unknown) =>
    typeof id === 'string' && (store.customers.has(id) || valid.some((l) => l.external_id === id));
  const validRelations: Json[] = [];
  for (const r of relations) {
    const errors: LineMessage[] = [];
    if (!known(r.parent_customer_external_id))
      errors.push({ error: 'unknown_parent', detail: 'parent customer not found' });
    if (!known(r.child_customer_external_id))
      errors.push({ error: 'unknown_child', detail: 'child customer not found' });
    if (errors.length) {
      detail.push({
        external_id: String(r.relation_external_id ?? r.child_customer_external_id ?? ''),
        errors,
        warnings: [],
      });
    } else validRelations.push(r);
  }
  if (!verifyOnly) {
    for (const line of valid) {
      const { added: isNew, state } = applyLine(store, line, runScan);
      if (isNew) added.push({ customer_id: state.customer.id, external_id: state.customer.external_id });
    }
    for (const r of validRelations) {
      const relationId = String(
        r.relation_external_id ?? `${r.parent_customer_external_id}>${r.child_customer_external_id}`,
      );
      const existing = store.relations.find((x) => x.relation_external_id === relationId);
      const next = {
        parent_customer_external_id: String(r.parent_customer_external_id),
        child_customer_external_id: String(r.child_customer_external_id),
        relation_external_id: relationId,
        relation_type: typeof r.relation_type === 'number' ? r.relation_type : 1,
        fields: (r.fields as Json) ?? {},
        disabled: r.disabled === true,
      };
      if (existing) Object.assign(existing, next);
      else store.relations.push(next);
    }
  }
  const failed = detail.filter((d) => (d.errors as unknown[]).length > 0).length;
  const status = failed === 0 ? 'success' : failed >= lines.length + relations.length ? 'error' : 'partial';
  return { json: { added, detail, status, verify_input: verifyOnly } };
}
