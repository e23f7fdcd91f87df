import { type Caller, nullIfNotFound } from './caller.ts';
import {
  ALERT_CATEGORY_CODES,
  ALERT_ORDER_DIRECTIONS,
  ALERT_ORDER_FIELDS,
  type AlertCategoryName,
  type AlertDetail,
  type AlertOrderDirectionName,
  type AlertOrderFieldName,
  type AlertStateName,
  alertDetail,
  alertSearch,
  alertStateCode,
  modifiedAlert,
  NAME_SEARCH_ENTITY_TYPES,
  nameSearchPage,
} from './wire/scan.ts';
import './wire/scan-fast.ts';

// ---- Inputs: camelCase, written into Algoreg's bodies below --------------------------------------

/**
 * Search alerts. States, categories and the order are given by name (the gateway's enum values);
 * the call turns them into Algoreg's codes through the tables of `wire/scan.ts`. Strings are
 * trimmed and omitted when empty; lists are deduplicated and omitted when empty.
 */
export interface SearchAlertsInput {
  alertId?: string | null;
  customerExternalId?: string | null;
  /** Customer's or matched profile's name contains this. */
  name?: string | null;
  states?: readonly AlertStateName[] | null;
  categories?: readonly AlertCategoryName[] | null;
  scoreFrom?: number | null;
  scoreTo?: number | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  /** Last revision written at or after. */
  updatedFrom?: Date | null;
  updatedTo?: Date | null;
  reviewGroups?: readonly string[] | null;
  onlyWithoutReviewGroups?: boolean | null;
  assigneeId?: number | null;
  onlyUnassigned?: boolean | null;
  sanctionListId?: number | null;
  /** List name contains this. */
  sanctionList?: string | null;
  order?: { field: AlertOrderFieldName; direction: AlertOrderDirectionName } | null;
  limit: number;
  offset: number;
}

/** Modify alert (assumed body, API.md §10): at least one of the three. */
export interface ModifyAlertInput {
  state?: AlertStateName | null;
  comment?: string | null;
  assigneeId?: number | null;
}

/** Name search (API.md §5.5): values already checked and normalised (country codes alpha-3). */
export interface NameSearchInput {
  entityType: keyof typeof NAME_SEARCH_ENTITY_TYPES;
  exactMatch?: boolean | null;
  query?: string;
  person?: {
    firstName?: string;
    lastName?: string;
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    dateOfBirth?: string;
    exactDateOfBirth?: boolean;
    countries?: string[];
    nationalityCode?: string;
    domicileCode?: string;
    allowNamesInversion?: boolean;
  };
  company?: { companyName?: string; countries?: string[] };
  /** Omitted: no post-filtering; `""`: the default settings; else an alias set up with Algoreg. */
  postFilteringAlias?: string;
  keepResultsUnderThreshold?: boolean | null;
  pageSize: number;
  /** The page token of the page to read; omitted for the first. */
  pageToken?: string;
}

// ---- Calls ---------------------------------------------------------------------------------------

/** Typed calls of Go!Scan (API.md §5.5). */
export function scanCalls(c: Caller) {
  const getAlert = (alertId: string): Promise<AlertDetail | null> =>
    nullIfNotFound(c.http.json('getAlert', alertDetail, { params: { alert_id: alertId }, trace: c.trace }));

  return {
    /** Get alert detail; null when Algoreg has no such alert. */
    getAlert,

    /** Get alert detail for many alerts: concurrent GETs under the configured cap. */
    getAlerts: (alertIds: readonly string[]) => c.batch('getAlert', alertIds, getAlert),

    /** Search alerts: filtered, ordered, paged, with a total. */
    search: (input: SearchAlertsInput) =>
      c.http.json('searchAlerts', alertSearch, { body: searchAlertsBody(input), trace: c.trace }),

    /** Get customer alerts: one customer's alerts, paged (answered like Search alerts). */
    customerAlerts: (externalId: string, page: { limit: number; offset: number }) =>
      c.http.json('getCustomerAlerts', alertSearch, {
        params: { customer_external_id: externalId },
        body: page,
        trace: c.trace,
      }),

    /** Modify alert: writes a new revision. A write: never retried. */
    modify: (alertId: string, input: ModifyAlertInput) =>
      c.http.json('modifyAlert', modifiedAlert, {
        params: { alert_id: alertId },
        body: modifyAlertBody(input),
        trace: c.trace,
      }),

    /** Name search: screen a name that need not be a customer; one page of hits, best first. */
    nameSearch: (input: NameSearchInput) =>
      c.http.json('nameSearch', nameSearchPage, { body: nameSearchBody(input), trace: c.trace }),
  };
}

/** Trimmed, or undefined (omitted from the body) when empty. */
const trimmed = (v: string | null | undefined) => v?.trim() || undefined;
/** Deduplicated, or undefined when empty. */
const distinct = <T>(v: readonly T[] | null | undefined) => (v?.length ? [...new Set(v)] : undefined);

/** Body of Search alerts (API.md §5.5); undefined keys are not sent. */
function searchAlertsBody(i: SearchAlertsInput) {
  return {
    id: trimmed(i.alertId),
    external_id: trimmed(i.customerExternalId),
    name: trimmed(i.name),
    states: distinct(i.states?.map(alertStateCode)),
    categories: distinct(i.categories?.map((name) => ALERT_CATEGORY_CODES[name])),
    score_from: i.scoreFrom ?? undefined,
    score_to: i.scoreTo ?? undefined,
    creation_date_from: i.createdFrom?.toISOString(),
    creation_date_to: i.createdTo?.toISOString(),
    last_update_from: i.updatedFrom?.toISOString(),
    last_update_to: i.updatedTo?.toISOString(),
    review_groups: i.reviewGroups?.length ? i.reviewGroups : undefined,
    only_without_review_groups: i.onlyWithoutReviewGroups ?? undefined,
    assigned_to_member_id: i.assigneeId ?? undefined,
    only_without_assignment: i.onlyUnassigned ?? undefined,
    sanction_list_id: i.sanctionListId ?? undefined,
    sanction_list_str: trimmed(i.sanctionList),
    order_by: i.order ? ALERT_ORDER_FIELDS[i.order.field] : undefined,
    order_way: i.order ? ALERT_ORDER_DIRECTIONS[i.order.direction] : undefined,
    limit: i.limit,
    offset: i.offset,
  };
}

/*
 * The bodies below are one object literal with every optional key, undefined when not given: they
 * are sent (and cache-keyed) as JSON.stringify'd text, which leaves undefined keys out, so the wire
 * bytes are those of a body holding only the given keys, in this order.
 */

/** Body of Modify alert (assumed, API.md §10): only what is given. */
function modifyAlertBody(i: ModifyAlertInput) {
  return {
    state: i.state == null ? undefined : alertStateCode(i.state),
    comment: i.comment ?? undefined,
    assigned_to_member_id: i.assigneeId ?? undefined,
  };
}

/** Body of Name search (API.md §5.5): a person for INDIVIDUAL, a company for FIRM. */
function nameSearchBody(i: NameSearchInput) {
  const p = i.person;
  const c = i.company;
  const individual = i.entityType === 'INDIVIDUAL';
  return {
    entity_type: NAME_SEARCH_ENTITY_TYPES[i.entityType],
    exact_match: i.exactMatch ?? undefined,
    query: i.query || undefined,
    person_input_data:
      individual && p
        ? {
            first_name: p.firstName,
            last_name: p.lastName,
            date_of_birth: p.dateOfBirth,
            exact_date_of_birth: p.exactDateOfBirth,
            countries: p.countries,
            nationality_code: p.nationalityCode,
            domicile_code: p.domicileCode,
            AllowNamesInversion: p.allowNamesInversion,
          }
        : undefined,
    company_input_data:
      !individual && c ? { company_name: c.companyName, countries: c.countries } : undefined,
    // "" (the default settings) is sent as it is.
    post_filtering_alias: i.postFilteringAlias ?? undefined,
    keep_results_under_threshold: i.keepResultsUnderThreshold ?? undefined,
    page_size: i.pageSize,
    page_token: i.pageToken || undefined,
  };
}
