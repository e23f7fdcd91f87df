import {
  type Customer,
  type CustomerDetail,
  type CustomerEvent,
  type CustomField,
  codes,
  customerDetail,
  customerEvents,
  customerSearch,
  type EddRevision,
  eddRevision,
  readAccountType,
  readEddState,
  readFlag,
  readRisk,
} from './customer.ts';
import {
  flag,
  idLike,
  int,
  json,
  list,
  obj,
  optId,
  optObj,
  recordEntries,
  slow,
  strings,
  text,
  withFastPath,
} from './fast.ts';

/**
 * One-pass readers of the customer answers (see fast.ts): the customer detail (a page of
 * customers or alerts reads one per row), the search, the last EDD and the timeline (a customer 360
 * reads it on every request). Each mirrors its zod schema in customer.ts field by field, and gives
 * up on anything that schema would have to judge.
 */

function nameVariation(v: unknown) {
  const n = obj(v);
  return {
    firstName: text(n.first_name),
    middleName: text(n.middle_name),
    lastName: text(n.last_name),
    companyName: text(n.company_name),
    tradingName: text(n.trading_name),
  };
}

function customer(v: unknown): Customer {
  const c = obj(v);
  const externalId = idLike(c.external_id);
  const accountType = c.account_type === undefined ? undefined : readAccountType(c.account_type);
  const firstName = text(c.first_name);
  const middleName = text(c.middle_name);
  const lastName = text(c.last_name);
  const companyName = text(c.company_name);
  const tradingName = text(c.trading_name);
  const contacts = json(c.contacts);
  const customFields =
    c.custom_fields === undefined || c.custom_fields === null ? [] : recordEntries(c.custom_fields);
  return {
    algoregId: optId(c.id),
    externalId,
    clientId: optId(c.client_id),
    accountNumber: text(c.account_number),
    accountType: accountType ?? null,
    customerType: text(c.customer_type),
    displayName:
      (accountType === 'FIRM' ? companyName : null) ??
      ([firstName, middleName, lastName].filter(Boolean).join(' ') || companyName || externalId),
    firstName,
    middleName,
    lastName,
    companyName,
    tradingName,
    nameVariations: list(c.name_variations, nameVariation),
    dateOfBirth: text(c.date_of_birth),
    nationalityCodes: codes(text(c.nationality_code), strings(c.nationality_codes)),
    domicileCodes: codes(text(c.domicile_code), strings(c.domicile_codes)),
    registrationNumber: text(c.registration_number),
    phone: text(c.phone),
    aliasIds: strings(c.alias_ids),
    contacts: contacts === '' ? null : contacts,
    comment: text(c.comment),
    customFields: customFields.map(([name, value]): CustomField => ({ name, value: value ?? null })),
    reviewGroups: strings(c.review_groups),
    kycLevel: int(c.kyc_level),
    kycLevelRequested: int(c.kyc_level_requested),
    parentExternalId: text(c.parent_external_id),
    disabled: flag(c.disabled),
    createdAt: text(c.created_at),
    createdBy: int(c.created_by),
    updatedAt: text(c.updated_at),
    revisionNumber: optId(c.revision_number),
  };
}

/** `Field` (checked as the schema checks it), or null/undefined as given. */
function field(v: unknown): { id: number | null; name: string | null; value: unknown } | null | undefined {
  const f = optObj(v);
  if (!f) return f;
  return { id: int(f.id), name: text(f.name), value: f.value };
}

function readEdd(v: unknown): EddRevision {
  const r = obj(v);
  const { state, raw } = readEddState(r.edd_state);
  const id = optId(r.id);
  const comment = text(r.comment);
  const agentId = int(r.agent_id);
  const agentName = text(r.agent_name);
  const createdAt = text(r.created_at);
  const nextReviewDate = text(r.next_review_date);
  const revisionNumber = int(r.revision_number);
  const disabled = flag(r.disabled);
  // Checked though not kept, as the schema does.
  optId(r.client_id);
  optId(r.customer_id);
  return {
    id,
    state,
    rawState: raw,
    comment,
    agentId,
    agentName,
    createdAt,
    nextReviewDate,
    revisionNumber,
    disabled,
  };
}

function relation(v: unknown) {
  const r = obj(v);
  return {
    parentExternalId: idLike(r.parent_customer_external_id),
    childExternalId: idLike(r.child_customer_external_id),
    relationExternalId: text(r.relation_external_id),
    relationType: int(r.relation_type),
    fields: json(r.fields),
    disabled: flag(r.disabled),
  };
}

const flagOf = (v: unknown) => readFlag(field(v));
const keptValue = (v: unknown) => {
  const f = field(v);
  return f?.value === '' ? null : (f?.value ?? null);
};

function detail(v: unknown): CustomerDetail {
  const d = obj(v);
  const c = customer(d.customer);
  // A null item is refused, as `z.array(field)` refuses it.
  const detailFields = list(d.custom_fields, (x) => field(x) ?? slow());
  const edd = d.edd_status === undefined || d.edd_status === null ? null : readEdd(d.edd_status);
  const screening = {
    pep: flagOf(d.pep),
    mayBePep: flagOf(d.may_be_pep),
    mayBeSanctioned: flagOf(d.may_be_san),
    pressRisk: flagOf(d.press_risk),
    mayBePressRisk: flagOf(d.may_be_press_risk),
    se: flagOf(d.se),
    str: flagOf(d.str),
    tm: flagOf(d.tm),
  };
  const identityVerification = {
    succeeded: flagOf(d.vid_success),
    failed: flagOf(d.vid_failed),
    inProgress: flagOf(d.vid_in_progress),
    outdated: flagOf(d.vid_outdated),
  };
  const openChatCategories = keptValue(d.open_chat_categories);
  const closedChatCategories = keptValue(d.closed_chat_categories);
  let relations: ReturnType<typeof relation>[] | null = null;
  if (d.relations !== undefined && d.relations !== null) {
    if (!Array.isArray(d.relations)) slow();
    relations = d.relations.map(relation);
  }
  return {
    customer: {
      ...c,
      customFields: detailFields.length
        ? detailFields.map(
            (f): CustomField => ({ name: f.name ?? String(f.id ?? ''), value: f.value ?? null }),
          )
        : c.customFields,
    },
    overallRisk: readRisk(d.overall_risk),
    edd,
    screening,
    identityVerification,
    openChatCategories,
    closedChatCategories,
    relations,
  };
}

withFastPath(customerDetail, detail);
withFastPath(eddRevision, readEdd);
withFastPath(customerSearch, (v) => {
  const s = obj(v);
  return { customers: list(s.data, customer), total: int(s.total) };
});

/** `TimelineEvent`, PascalCase keys and all. */
function timelineEvent(v: unknown): CustomerEvent {
  const e = obj(v);
  // Checked though not kept, as the schema does.
  optId(e.ClientID);
  text(e.CustomerExternalID);
  return {
    id: idLike(e.ID),
    type: text(e.EventType),
    title: text(e.Title),
    description: text(e.Description),
    createdAt: text(e.CreatedAt),
    agentId: int(e.AgentID),
    parentId: text(e.ParentID),
    url: text(e.Url),
  };
}

withFastPath(customerEvents, (v) => {
  const r = obj(v);
  // A list, or (as documented) a single event.
  const events =
    r.items === undefined || r.items === null || Array.isArray(r.items)
      ? list(r.items, timelineEvent)
      : [timelineEvent(r.items)];
  return { events, total: int(r.total) };
});
