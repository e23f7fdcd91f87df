/* eslint-disable */
// @ts-nocheck

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a customer is a company or a person (Algoreg `F` / `N`). */
export type AccountType =
  /** A company (Algoreg `F`). */
  | 'FIRM'
  /** A natural person (Algoreg `N`). */
  | 'INDIVIDUAL';

/** Screening category, as the `categories` filter of Search alerts takes it. */
export type AlertCategory =
  /** Politically exposed person. */
  | 'PEP'
  /** Relative or close associate. */
  | 'RCA'
  /** Relative or close associate of a PEP. */
  | 'RCA_PEP'
  /** Relative or close associate of a special interest entity. */
  | 'RCA_SIE'
  /** Relative or close associate of a special interest person. */
  | 'RCA_SIP'
  /** Special interest entity. */
  | 'SIE'
  /** Special interest person (adverse media, crime). */
  | 'SIP';

/** Narrows alerts (Search alerts). All given filters must match. */
export type AlertFilter = {
  /** Only the alert with this Algoreg id. */
  alertId?: string | null | undefined;
  /** Only alerts assigned to this back-office member. */
  assigneeId?: number | null | undefined;
  /** In any of these categories. */
  categories?: Array<AlertCategory> | null | undefined;
  /** Raised at or after. */
  createdFrom?: string | null | undefined;
  /** Raised at or before. */
  createdTo?: string | null | undefined;
  /** Only alerts about this customer. */
  customerExternalId?: string | null | undefined;
  /** Customer's or matched profile's name contains this. */
  name?: string | null | undefined;
  /** Only alerts assigned to nobody. */
  onlyUnassigned?: boolean | null | undefined;
  /** Only alerts routed to no review group. */
  onlyWithoutReviewGroups?: boolean | null | undefined;
  /** Routed to any of these review groups. */
  reviewGroups?: Array<string> | null | undefined;
  /** Only matches from lists whose name contains this. */
  sanctionList?: string | null | undefined;
  /** Only matches from this list (Algoreg's list id). */
  sanctionListId?: number | null | undefined;
  /** Score at least (0–100). */
  scoreFrom?: number | null | undefined;
  /** Score at most (0–100). */
  scoreTo?: number | null | undefined;
  /** In any of these states (UNKNOWN selects Algoreg's code 1 only). */
  states?: Array<AlertState> | null | undefined;
  /** Last revision at or after. */
  updatedFrom?: string | null | undefined;
  /** Last revision at or before. */
  updatedTo?: string | null | undefined;
};

/** How alerts are ordered. Default: newest first. */
export type AlertOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: AlertOrderField;
};

/** What alerts are ordered by (Search alerts `order_by`; Algoreg's values are assumed). */
export type AlertOrderField =
  /** When the alert was raised. */
  | 'CREATED_AT'
  /** When the last revision was written. */
  | 'LAST_UPDATE'
  /** Match score of the last revision. */
  | 'SCORE';

/** Review state of an alert. Algoreg documents codes 1 (Unknown), 2 (New) and 3 (Pending information); the codes of the other statuses are assumed (see each value). A code this gateway does not know reads as UNKNOWN, with the code in `rawState`. */
export type AlertState =
  /** False positive (Algoreg state 4, assumed code). */
  | 'FALSE_POSITIVE'
  /** New (Algoreg state 2). */
  | 'NEW'
  /** Pending information (Algoreg state 3). */
  | 'PENDING_INFORMATION'
  /** True hit (Algoreg state 5, assumed code). */
  | 'TRUE_HIT'
  /** True hit accepted (Algoreg state 6, assumed code). */
  | 'TRUE_HIT_ACCEPTED'
  /** True hit refused (Algoreg state 7, assumed code). */
  | 'TRUE_HIT_REFUSED'
  /** Unknown (Algoreg state 1). Also any state code this gateway does not know: see `rawState`. */
  | 'UNKNOWN';

/** Which alert updates to receive; every given part must match. Empty: all of them. */
export type AlertUpdatedFilter = {
  /** Only these alerts (Algoreg's ids or global ids; at most 100). */
  alertIds?: Array<string | number> | null | undefined;
  /** Only alerts about these customers (at most 100). */
  customerExternalIds?: Array<string> | null | undefined;
  /** Only alerts whose new state is one of these (e.g. `[NEW, PENDING_INFORMATION]` for a queue). */
  states?: Array<AlertState> | null | undefined;
};

/** Images of an identity document, sent with the GraphQL multipart request spec. PNG only, at most 1048576 bytes (1 MB) an image and 5242880 bytes (5 MB) in all; at least one side. */
export type CheckIdentityDocumentInput = {
  /** The back of the document (PNG). */
  back?: File | null | undefined;
  /** Photos of the person (PNG), to match against the document photo. */
  faces?: Array<File> | null | undefined;
  /** The front of the document (PNG). */
  front?: File | null | undefined;
  /** Also screen the person against Algoreg's watchlist of high-risk profiles. */
  watchlistCheck?: boolean | null | undefined;
};

/** Who the customer-facing chat is for. */
export type CreateChatEndUserTokenInput = {
  /** External id of the customer. */
  customerExternalId: string;
  /** The customer's e-mail addresses. */
  emails?: Array<string> | null | undefined;
  /** Sender address the customer sees. */
  from?: string | null | undefined;
  /** Algoreg mailbox of the conversation. */
  mailboxId?: string | null | undefined;
  /** Tag codes for threads the customer opens. */
  tags?: Array<string> | null | undefined;
};

/** A new Go!Chat thread about one or more customers. */
export type CreateThreadInput = {
  /** Internal comment of the compliance team. */
  comment?: string | null | undefined;
  /** External ids of the customers (1–50). */
  customerExternalIds: Array<string>;
  /** Sets the automatic reminder. */
  reminder?: ThreadReminderInput | null | undefined;
  /** New status. OPEN when omitted. */
  status?: ThreadStatus | null | undefined;
  /** Subject (at most 255 characters). */
  subject: string;
  /** Tag codes. */
  tags?: Array<string> | null | undefined;
};

/** A transaction to score (Create transaction). Algoreg answers at once with its score and status. */
export type CreateTransactionInput = {
  /** Positive, as a string, with no more decimals than the currency has (EUR 2, JPY 0, BTC up to 18). */
  amount: string;
  /** Comment (at most 4,000 characters). */
  comment?: string | null | undefined;
  /** Context, e.g. card_payment. */
  context?: string | null | undefined;
  /** For a crypto transaction: where it is on chain. */
  crypto?: TransactionCryptoInput | null | undefined;
  /** ISO 4217 currency code (EUR, USD, …) or a crypto asset code (BTC, ETH, USDT, …). */
  currency: string;
  /** When it took place (not in the future). */
  date: string;
  /** The tenant's own id of the transaction (unique). */
  externalId: string;
  /** Custom fields: a JSON object. */
  fields?: unknown;
  /** The paying side. */
  from: TransactionParticipantInput;
  /** Review groups to route it to. */
  reviewGroups?: Array<string> | null | undefined;
  /** The receiving side. */
  to: TransactionParticipantInput;
};

/** Narrows a customer's documents. All given filters must match. */
export type CustomerDocumentFilter = {
  /** Added at or after. */
  createdFrom?: string | null | undefined;
  /** Added at or before. */
  createdTo?: string | null | undefined;
  /** Display name contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented). */
  displayName?: string | null | undefined;
  /** File name contains this text. */
  fileName?: string | null | undefined;
  /** Of any of these kinds (`fileType`). */
  fileTypes?: Array<string> | null | undefined;
  /** With any of these tag codes. */
  tags?: Array<string> | null | undefined;
};

/** Narrows `customers`. All given filters must match. */
export type CustomerFilter = {
  /** Only firms, or only individuals. */
  accountType?: AccountType | null | undefined;
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created at or before. */
  createdTo?: string | null | undefined;
  /** Only disabled, or only active customers. */
  disabled?: boolean | null | undefined;
  /** Domiciled in any of these countries. */
  domicileCodes?: Array<string> | null | undefined;
  /** Only these external ids (at most 100). */
  externalIds?: Array<string> | null | undefined;
  /** At any of these KYC levels (reached). */
  kycLevels?: Array<number> | null | undefined;
  /** With any of these nationalities. */
  nationalityCodes?: Array<string> | null | undefined;
  /** Free text matched against names, external id and registration number. */
  query?: string | null | undefined;
  /** In any of these review groups. */
  reviewGroups?: Array<string> | null | undefined;
  /** Last changed at or after. */
  updatedFrom?: string | null | undefined;
  /** Last changed at or before. */
  updatedTo?: string | null | undefined;
};

/** How customers are ordered. Default: by external id, ascending. */
export type CustomerOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to order by. */
  field: CustomerOrderField;
};

/** What customers are ordered by (an assumption until Algoreg documents the sort of Search customers). */
export type CustomerOrderField =
  /** When the customer was created. */
  | 'CREATED_AT'
  /** The tenant's external id. */
  | 'EXTERNAL_ID'
  /** Last name (individuals). */
  | 'LAST_NAME'
  /** When the customer was last changed. */
  | 'UPDATED_AT';

/** Narrows a customer's threads. All given filters must match. */
export type CustomerThreadFilter = {
  /** With any of these statuses. */
  statuses?: Array<ThreadStatus> | null | undefined;
  /** Subject contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented). */
  subject?: string | null | undefined;
  /** With any of these tag codes. */
  tags?: Array<string> | null | undefined;
  /** true: only threads with a message from the customer that no agent has read; false: only the others. */
  unread?: boolean | null | undefined;
};

/** The document to delete. */
export type DeleteDocumentInput = {
  /** The document's `id` (or Algoreg's `documentId`). */
  id: string | number;
};

/** Narrows `documents`. All given filters must match. */
export type DocumentFilter = {
  /** Added at or after. */
  createdFrom?: string | null | undefined;
  /** Added at or before. */
  createdTo?: string | null | undefined;
  /** Documents of this customer only. */
  customerExternalId?: string | null | undefined;
  /** Display name contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented). */
  displayName?: string | null | undefined;
  /** File name contains this text. */
  fileName?: string | null | undefined;
  /** Of any of these kinds (`fileType`). */
  fileTypes?: Array<string> | null | undefined;
  /** With any of these tag codes. */
  tags?: Array<string> | null | undefined;
};

/** Where a document came from (Algoreg `DocumentOrigin`). */
export type DocumentOriginInput = {
  /** Origin type, as your tenant codes it. */
  type: string;
  /** Detail of the origin. */
  value?: string | null | undefined;
};

/** Enhanced due diligence status. The list Algoreg publishes is incomplete: a status not listed here reads as null in `state`, with the raw label in `rawState`. */
export type EddState =
  | 'ACTION_REQUIRED'
  | 'PASSED'
  | 'PASSED_1_MONTH'
  | 'PASSED_3_MONTHS'
  | 'PENDING'
  | 'REFUSED';

/** Data on the person to verify, given to Algoreg with the session (`input_data`). Giving it uses Create session full. */
export type IdentitySessionPersonInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** Date of birth, a real calendar date written `YYYY-MM-DD`. */
  birthDate?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Country, an ISO 3166 alpha-2 or alpha-3 code (`FR`, `FRA`). */
  country?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Phone number, e.g. `+33 6 12 34 56 78`. */
  phone?: string | null | undefined;
  /** Postal code. */
  zip?: string | null | undefined;
};

/** Marks a message read or unread, or changes its priority. */
export type MarkThreadMessageInput = {
  /** The message's `id` (or Algoreg's `messageId`). */
  id: string | number;
  /** New priority, 0 (normal) to 10. */
  priority?: number | null | undefined;
  /** true: read by this API user; false: unread again for every agent. */
  read?: boolean | null | undefined;
};

/** Who wrote a message. Algoreg does not say it in one field; the gateway reads `agent_id`: set for a message an agent (or this API) sent, 0 or absent for one from the customer (assumption). */
export type MessageDirection =
  /** From the customer. */
  | 'INBOUND'
  /** From the compliance team (an agent, or this API). */
  | 'OUTBOUND';

/** A review decision on an alert: a new state, a comment, an assignee (at least one). */
export type ModifyAlertInput = {
  /** Algoreg's alert id (or the Alert's global `id`). */
  alertId: string;
  /** Back-office member to assign the alert to. */
  assigneeId?: number | null | undefined;
  /** Why (at most 4,000 characters). */
  comment?: string | null | undefined;
  /** The new state (not UNKNOWN). */
  state?: AlertState | null | undefined;
};

/** The company to screen (Name search `company_input_data`). */
export type NameSearchCompanyInput = {
  /** Company or trading name. */
  companyName?: string | null | undefined;
  /** ISO 3166 country codes (alpha-2 or alpha-3); sent as alpha-3. */
  countries?: Array<string> | null | undefined;
};

/** What kind of name to screen (Name search `entity_type`). */
export type NameSearchEntityType =
  /** A company (Algoreg 2). */
  | 'FIRM'
  /** A person (Algoreg 1). */
  | 'INDIVIDUAL';

/** A name to screen against the watchlist, state-owned and adverse-media datasets, customer or not. Give `person` for INDIVIDUAL, `company` for FIRM, or a free-text `query`. */
export type NameSearchInput = {
  /** For FIRM. */
  company?: NameSearchCompanyInput | null | undefined;
  /** Person or company. */
  entityType: NameSearchEntityType;
  /** Only exact name matches. */
  exactMatch?: boolean | null | undefined;
  /** Also return results under the alias threshold (50% by default). */
  keepResultsUnderThreshold?: boolean | null | undefined;
  /** For INDIVIDUAL. */
  person?: NameSearchPersonInput | null | undefined;
  /** Post-filtering settings: omitted or null for none, "" for the default settings, or the name of an alias set up with Algoreg. */
  postFilteringAlias?: string | null | undefined;
  /** Free text instead of (or with) the structured input. */
  query?: string | null | undefined;
};

/** The person to screen (Name search `person_input_data`). */
export type NameSearchPersonInput = {
  /** Also match with first and last names swapped. */
  allowNamesInversion?: boolean | null | undefined;
  /** ISO 3166 country codes (alpha-2 or alpha-3); sent as alpha-3. */
  countries?: Array<string> | null | undefined;
  /** Birth date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  dateOfBirth?: string | null | undefined;
  /** Domicile for post-filtering (needs `postFilteringAlias`). */
  domicileCode?: string | null | undefined;
  /** Only profiles born on that date (at its precision). */
  exactDateOfBirth?: boolean | null | undefined;
  /** First name(s). */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Nationality for post-filtering (needs `postFilteringAlias`). */
  nationalityCode?: string | null | undefined;
};

/** A name variation to add to, or delete from, a customer. */
export type NameVariationInput = {
  /** Company name. */
  companyName?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Middle name. */
  middleName?: string | null | undefined;
  /** Add (default) or delete this variation. */
  op?: NameVariationOp;
  /** Trading name. */
  tradingName?: string | null | undefined;
};

/** What to do with a name variation (Algoreg `_op`: ADD is sent as `set`, DELETE as `del`). */
export type NameVariationOp =
  | 'ADD'
  | 'DELETE';

/** Which way to order a list. */
export type OrderDirection =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

/** Where a Go!Press report stands. A report asked for just now is PENDING. Poll `pressReport(id:)` (or `node(id:)`) every few seconds until the status is READY or FAILED. Algoreg documents no Go!Press webhook; a customer's standing report that turns ready is assumed to come with `customers_updated` (its computed adverse-media fields change), so a subscription to `customerUpdated(externalId:)` announces it. */
export type PressReportStatus =
  /** Algoreg could not produce the report; ask for a new one. */
  | 'FAILED'
  /** Algoreg is still searching the press: `articles` is empty and `completedAt` null. Poll `pressReport(id:)` (or `node(id:)`) every few seconds until the status is READY or FAILED. Algoreg documents no Go!Press webhook; a customer's standing report that turns ready is assumed to come with `customers_updated` (its computed adverse-media fields change), so a subscription to `customerUpdated(externalId:)` announces it. */
  | 'PENDING'
  /** Done: `articles` holds what was found. */
  | 'READY';

/** The customer whose press report to refresh. */
export type RequestPressReportInput = {
  /** The customer's external id. */
  customerExternalId: string;
};

/** Go!Risk overall risk level. UNDEFINED: data missing or not covered by a risk factor, or a level this gateway does not know. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'UNDEFINED';

/** One customer to create or update, keyed by `externalId`. Omitted fields keep their value. */
export type SaveCustomerInput = {
  /** Firm or individual. */
  accountType?: AccountType | null | undefined;
  /** Other external ids of the same customer. */
  aliasIds?: Array<string> | null | undefined;
  /** Free comment. */
  comment?: string | null | undefined;
  /** Company name (firms). */
  companyName?: string | null | undefined;
  /** Contacts (replaces them). */
  contacts?: Array<string> | null | undefined;
  /** Custom field values by name, e.g. `{"segment": "sme"}` (fields must be defined with Algoreg). */
  customFields?: unknown;
  /** A real date, `YYYY-MM-DD`. */
  dateOfBirth?: string | null | undefined;
  /** Disable (stop monitoring) or re-enable the customer. */
  disabled?: boolean | null | undefined;
  /** ISO 3166 country codes (alpha-2 or alpha-3). */
  domicileCodes?: Array<string> | null | undefined;
  /** Your id of the customer; mandatory and unique. */
  externalId: string;
  /** First name (individuals). */
  firstName?: string | null | undefined;
  /** KYC level reached. */
  kycLevel?: number | null | undefined;
  /** KYC level requested. */
  kycLevelRequested?: number | null | undefined;
  /** Last name (individuals). */
  lastName?: string | null | undefined;
  /** Middle name (individuals). */
  middleName?: string | null | undefined;
  /** Name variations to add or delete. */
  nameVariations?: Array<NameVariationInput> | null | undefined;
  /** ISO 3166 country codes (alpha-2 or alpha-3). */
  nationalityCodes?: Array<string> | null | undefined;
  /** External id of a parent customer. */
  parentExternalId?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Company registration number (firms). */
  registrationNumber?: string | null | undefined;
  /** Replaces the review groups. */
  reviewGroups?: Array<string> | null | undefined;
  /** Trading name (firms). */
  tradingName?: string | null | undefined;
};

/** What happened to one input line. */
export type SaveCustomerLineStatus =
  /** A new customer was stored. */
  | 'CREATED'
  /** The chunk holding this line failed upstream (see `upstreamCode`); whether it was stored is unknown, so read the customer before resending. */
  | 'FAILED'
  /** Algoreg refused the line: see `errors`. */
  | 'REJECTED'
  /** An existing customer was updated. */
  | 'UPDATED'
  /** Valid; nothing stored because `verifyInput` was true. */
  | 'VALID';

/** A link between two customers (e.g. a company and its beneficial owner). */
export type SaveCustomerRelationInput = {
  /** External id of the child (e.g. the beneficial owner). */
  childExternalId: string;
  /** Disable the relation. */
  disabled?: boolean | null | undefined;
  /** Custom fields of the relation. */
  fields?: unknown;
  /** External id of the parent (e.g. the company). */
  parentExternalId: string;
  /** Your id of the relation. */
  relationExternalId?: string | null | undefined;
  /** Algoreg's RelationsTypes code (values are not published). */
  relationType?: number | null | undefined;
};

/** Customers (and relations) to upsert in bulk. */
export type SaveCustomersInput = {
  /** The customers, in the order results come back. */
  customers: Array<SaveCustomerInput>;
  /** Skip scan and risk during the import (faster; results come with the next scheduled run). Algoreg may force this on for large imports. */
  disableRiskScan?: boolean;
  /** Relations to create or update (sent with the last chunk, once every customer exists). */
  relations?: Array<SaveCustomerRelationInput> | null | undefined;
  /** Only validate with Algoreg; nothing is stored. */
  verifyInput?: boolean;
};

/** The outcome of the whole save. */
export type SaveCustomersStatus =
  /** No line went through. */
  | 'FAILED'
  /** Some lines were refused or failed. */
  | 'PARTIAL'
  /** Every line went through. */
  | 'SUCCESS';

/** A name to search the press for; it need not be a customer. */
export type ScreenPressInput = {
  /** Countries to narrow the search to: ISO 3166 codes (alpha-2 or alpha-3), at most 20. */
  countries?: Array<string> | null | undefined;
  /** Person or company. */
  entityType: AccountType;
  /** Full name of the person or company (at most 200 characters). */
  name: string;
};

/** A message to add to a thread: content, files, or both. */
export type SendThreadMessageInput = {
  /** Files sent with the GraphQL multipart request spec (at most 5, together at most `MAX_UPLOAD_BYTES`; the same types as document uploads, recognised from their first bytes). */
  attachments?: Array<File> | null | undefined;
  /** Blind copy recipient addresses. */
  bcc?: Array<string> | null | undefined;
  /** Copy recipient addresses. */
  cc?: Array<string> | null | undefined;
  /** Body of the message (at most 100000 characters). */
  content?: string | null | undefined;
  /** Your own id for the message; the gateway makes one when omitted. */
  externalMessageId?: string | null | undefined;
  /** Sender address; the mailbox default when omitted. */
  from?: string | null | undefined;
  /** Algoreg mailbox to send through. */
  mailboxId?: string | null | undefined;
  /** Priority, 0 (normal) to 10. */
  priority?: number | null | undefined;
  /** Record the message as already read. */
  read?: boolean | null | undefined;
  /** Remind the customer if they do not answer. */
  reminder?: ThreadReminderInput | null | undefined;
  /** External id of the message this one answers. */
  replyToExternalMessageId?: string | null | undefined;
  /** Subject; the thread's when omitted. */
  subject?: string | null | undefined;
  /** The thread's `id` (or Algoreg's `threadId`). */
  threadId: string | number;
  /** Recipient addresses; Algoreg picks the customer when omitted. */
  to?: Array<string> | null | undefined;
};

/** The kind of a session decision. Decisions are defined per tenant in Algoreg's backoffice; a type this gateway does not know reads as OTHER, with Algoreg's word in `rawType`. */
export type SessionDecisionType =
  /** An agent must review the session. */
  | 'MANUAL_REVIEW'
  /** The identity could not be verified. */
  | 'NEGATIVE'
  /** A type this gateway does not know: see `rawType`. */
  | 'OTHER'
  /** The identity is verified (e.g. label `PASS`). */
  | 'POSITIVE';

/** Where a Go!Vid session stands. Algoreg documents only `completed`; the others follow its webhook triggers (opened, consented, scenario started, finished). A state this gateway does not know reads as OTHER, with Algoreg's word in `rawState`. */
export type SessionState =
  /** The scenario is finished; see `decisions`. */
  | 'COMPLETED'
  /** The person gave consent. */
  | 'CONSENTED'
  /** Generated; the person has not consented yet. */
  | 'CREATED'
  /** The session ran out before it was completed. */
  | 'EXPIRED'
  /** A state this gateway does not know: see `rawState`. */
  | 'OTHER'
  /** The person is going through the scenario. */
  | 'STARTED';

/** A Go!Vid session to generate. */
export type StartIdentitySessionInput = {
  /** The customer's external id; without it Algoreg creates an orphan session. */
  customerExternalId?: string | null | undefined;
  /** The language of the session, a language tag enabled in the scenario (e.g. `fr-FR`). */
  language: string;
  /** Data on the person; when given, the session is created with it (Create session full). */
  person?: IdentitySessionPersonInput | null | undefined;
  /** The Go!Vid scenario to run, as set up in Algoreg. */
  scenarioCode: string;
};

/** Narrows `threads`. All given filters must match (Search threads; filter names assumed). */
export type ThreadFilter = {
  /** Threads about this customer only. */
  customerExternalId?: string | null | undefined;
  /** With any of these statuses. */
  statuses?: Array<ThreadStatus> | null | undefined;
  /** Subject contains this text (case-insensitive in the sandbox; Algoreg's matching is not documented). */
  subject?: string | null | undefined;
  /** With any of these tag codes. */
  tags?: Array<string> | null | undefined;
  /** true: only threads with a message from the customer that no agent has read; false: only the others. */
  unread?: boolean | null | undefined;
};

/** An automatic reminder sent to the customer while the thread waits for an answer. */
export type ThreadReminderInput = {
  /** Time between reminders, as Algoreg counts it (unit not documented; the sandbox uses hours). At least 1. */
  delay: number;
  /** How many reminders to send (0–20). */
  remaining: number;
};

/** Where a thread stands. Algoreg documents `status` as an integer without its values: the codes are assumed (1, 2, 3). A code the gateway does not know reads as UNKNOWN, with the code in `rawStatus`; UNKNOWN cannot be written. */
export type ThreadStatus =
  /** Done. (code 3) */
  | 'CLOSED'
  /** Being worked on by the compliance team. (code 1) */
  | 'OPEN'
  /** A status this gateway does not know (see `rawStatus`). */
  | 'UNKNOWN'
  /** A question was sent; the customer has to answer. (code 2) */
  | 'WAITING_FOR_CUSTOMER';

/** On-chain reference of a crypto transaction. */
export type TransactionCryptoInput = {
  /** Blockchain, e.g. bitcoin, ethereum. */
  blockchain: string;
  /** Transaction hash. */
  txHash: string;
};

/** The device a side used. */
export type TransactionDeviceInput = {
  /** ISO 3166 country code (alpha-2 or alpha-3; sent as alpha-3). */
  country?: string | null | undefined;
  /** Device fingerprint. */
  fingerprint?: string | null | undefined;
  /** Geolocation. */
  geolocation?: string | null | undefined;
  /** IPv4 or IPv6 address. */
  ip?: string | null | undefined;
  /** Language, e.g. fr-FR. */
  language?: string | null | undefined;
  /** Session length (seconds). */
  sessionDuration?: number | null | undefined;
  /** Session id. */
  sessionId?: string | null | undefined;
  /** 3-D Secure used. */
  threeDSecure?: boolean | null | undefined;
  /** Two-factor authentication used. */
  twoFactor?: boolean | null | undefined;
  /** User agent. */
  userAgent?: string | null | undefined;
};

/** One side of a new transaction. For a known customer, Algoreg takes name, account type and domicile from the customer record. */
export type TransactionParticipantInput = {
  /** Firm or individual. */
  accountType: AccountType;
  /** The device used. */
  device?: TransactionDeviceInput | null | undefined;
  /** Country of domicile, ISO 3166 (alpha-2 or alpha-3; sent as alpha-3). */
  domicileCode?: string | null | undefined;
  /** A customer's external id, or the tenant's id of someone else. */
  externalId: string;
  /** Full name (person) or company name. */
  fullName: string;
  /** The institution. */
  paymentInstitution?: TransactionPaymentInstitutionInput | null | undefined;
  /** The payment method. */
  paymentMethod?: TransactionPaymentMethodInput | null | undefined;
};

/** The institution holding a side’s account. */
export type TransactionPaymentInstitutionInput = {
  /** Institution code (e.g. a BIC). */
  code?: string | null | undefined;
  /** ISO 3166 country code (alpha-2 or alpha-3; sent as alpha-3). */
  country?: string | null | undefined;
  /** The tenant's id of the institution (may be an alias). */
  externalId?: string | null | undefined;
  /** The side's customer id at the institution. */
  internalCustomerId?: string | null | undefined;
  /** Institution name. */
  name?: string | null | undefined;
};

/** How a side paid or was paid. */
export type TransactionPaymentMethodInput = {
  /** Method code. */
  code?: string | null | undefined;
  /** ISO 3166 country code (alpha-2 or alpha-3; sent as alpha-3). */
  country?: string | null | undefined;
  /** Method type (card, transfer, wallet…). */
  type?: string | null | undefined;
};

/** How a rule counts in the score. */
export type TransactionRuleMode =
  /** Inactive: scored for information, not counted. */
  | 'DRY_RUN'
  /** Unweighted: its score counts as a floor of the final score. */
  | 'MAXIMUM'
  /** Averaged with the other weighted rules, by its weight. */
  | 'WEIGHTED';

/** What Go!KYT decided: under the tenant's thresholds (by default allowed < 50 ≤ delayed < 90 ≤ blocked) from the score, or by an analyst's review. */
export type TransactionStatus =
  /** The transaction may go through. */
  | 'ALLOWED'
  /** Stopped. */
  | 'BLOCKED'
  /** Held until an analyst reviews it. */
  | 'DELAYED';

/** Which transaction updates to receive; every given part must match. Empty: all of them. */
export type TransactionUpdatedFilter = {
  /** Only transactions with one of these customers on either side (at most 100). */
  customerExternalIds?: Array<string> | null | undefined;
  /** Only these transactions (Algoreg's ids or global ids; at most 100). */
  ids?: Array<string | number> | null | undefined;
  /** Only transactions whose status is now one of these (e.g. `[DELAYED, BLOCKED]` for a review queue). */
  statuses?: Array<TransactionStatus> | null | undefined;
};

/** Changes to a document's description. Omitted fields keep their value; the file cannot change. */
export type UpdateDocumentInput = {
  /** New title. */
  displayName?: string | null | undefined;
  /** New kind of document. */
  fileType?: string | null | undefined;
  /** The document's `id` (or Algoreg's `documentId`). */
  id: string | number;
  /** New origin. */
  origin?: DocumentOriginInput | null | undefined;
  /** Replaces the tag codes. */
  tags?: Array<string> | null | undefined;
};

/** Changes to a thread. Omitted fields keep their value. */
export type UpdateThreadInput = {
  /** Internal comment of the compliance team. */
  comment?: string | null | undefined;
  /** Replaces the customers the thread is about. */
  customerExternalIds?: Array<string> | null | undefined;
  /** The thread's `id` (or Algoreg's `threadId`). */
  id: string | number;
  /** Sets the automatic reminder. */
  reminder?: ThreadReminderInput | null | undefined;
  /** New status. */
  status?: ThreadStatus | null | undefined;
  /** Replaces the tag codes. */
  tags?: Array<string> | null | undefined;
};

/** A review decision on a transaction: a new status, a comment, or both. */
export type UpdateTransactionInput = {
  /** Why (at most 4,000 characters). */
  comment?: string | null | undefined;
  /** The new status. */
  state?: TransactionStatus | null | undefined;
  /** Algoreg's transaction id (or the Transaction's global `id`). */
  transactionId: string;
};

/** A document to attach to a customer: a `file` sent with the GraphQL multipart request spec, or an `externalUrl` (with `fileSize`) where Algoreg can fetch it. */
export type UploadDocumentInput = {
  /** External id of the customer. */
  customerExternalId: string;
  /** Title shown to analysts; the file name when omitted. */
  displayName?: string | null | undefined;
  /** Instead of `file`: an http(s) URL of the file. */
  externalUrl?: string | null | undefined;
  /** The file (at most `MAX_UPLOAD_BYTES`, 20 MB by default; PDF, PNG, JPEG, HEIC or TIFF by default, recognised from its first bytes). */
  file?: File | null | undefined;
  /** Name to store; the upload's own name (or the URL's last segment) when omitted. Sanitised. */
  fileName?: string | null | undefined;
  /** With `externalUrl`: the size of the file in bytes. */
  fileSize?: number | null | undefined;
  /** Kind of document, e.g. `id_card`, `proof_of_address`. */
  fileType?: string | null | undefined;
  /** Where the document came from. */
  origin?: DocumentOriginInput | null | undefined;
  /** Tag codes. */
  tags?: Array<string> | null | undefined;
};

export type AlertQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AlertFilter | null | undefined;
  orderBy?: AlertOrder | null | undefined;
}>;


export type AlertQueueQuery = { alerts: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, alertId: string, createdAt: string | null, profileNumber: string | null, assigneeId: number | null, lastRevision: { state: AlertState, rawState: number | null, score: number | null, topCategory: string | null, comment: string | null, revisionNumber: number | null, createdAt: string | null } | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null, eddStatus: { state: EddState | null } | null } | null } }> } | null };

export type AlertReviewQueryVariables = Exact<{
  id?: string | number;
}>;


export type AlertReviewQuery = { alert: { id: string, alertId: string, createdAt: string | null, profileNumber: string | null, assigneeId: number | null, listName: string | null, lastRevision: { agentId: string | null, state: AlertState, rawState: number | null, score: number | null, topCategory: string | null, comment: string | null, revisionNumber: number | null, createdAt: string | null } | null, categoryFlags: { isPep: boolean | null, isRca: boolean | null, isSan: boolean | null, isSip: boolean | null, isSie: boolean | null, isSoe: boolean | null, isSop: boolean | null, isRcaPep: boolean | null, isRcaSan: boolean | null, isRcaSip: boolean | null, isRcaSie: boolean | null, isRcaSoe: boolean | null, isRcaSop: boolean | null } | null, listProfile: { name: string | null, gender: string | null, deceased: boolean | null, date: string | null, birthPlaces: Array<string>, addresses: Array<{ line: string | null, city: string | null, country: string | null, url: string | null }>, countries: Array<{ type: string | null, iso3Codes: Array<string>, names: Array<string> }>, dates: Array<{ type: string | null, values: Array<{ year: number | null, month: number | null, day: number | null, formatted: string | null }> }>, descriptions: Array<{ level: number, text: string | null }>, idNumbers: Array<{ type: string | null, values: Array<{ value: string | null }> }> } | null, associates: Array<{ associationType: string | null, associationTypeCode: number | null, listId: string | null }>, customer: { id: string, externalId: string, displayName: string, dateOfBirth: string | null, nationalityCodes: Array<string>, overallRisk: RiskLevel | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null } | null } | null } | null };

export type ModifyAlertMutationVariables = Exact<{
  input: ModifyAlertInput;
}>;


export type ModifyAlertMutation = { modifyAlert: { alert: { id: string, alertId: string, assigneeId: number | null, lastRevision: { state: AlertState, rawState: number | null, agentId: string | null, comment: string | null, revisionNumber: number | null, createdAt: string | null } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', upstreamCodes: Array<string>, code: string, message: string, field: string | null }
    > } };

export type CustomerThreadsQueryVariables = Exact<{
  externalId?: string;
  first?: number | null | undefined;
  filter?: CustomerThreadFilter | null | undefined;
}>;


export type CustomerThreadsQuery = { customer: { id: string, externalId: string, threads: { totalCount: number | null, edges: Array<{ node: { id: string, threadId: string, subject: string | null, status: ThreadStatus | null, tags: Array<string>, messageCount: number | null, createdAt: string | null, reminder: { delay: number | null, remaining: number | null } | null, lastMessage: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null } }> } | null } | null };

export type ChatInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ThreadFilter | null | undefined;
}>;


export type ChatInboxQuery = { threads: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, threadId: string, subject: string | null, status: ThreadStatus | null, tags: Array<string>, messageCount: number | null, createdAt: string | null, customers: Array<{ id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null> | null, reminder: { delay: number | null, remaining: number | null } | null, lastMessage: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null } }> } | null };

export type ThreadSummaryFragment = { id: string, threadId: string, subject: string | null, status: ThreadStatus | null, tags: Array<string>, messageCount: number | null, createdAt: string | null, reminder: { delay: number | null, remaining: number | null } | null, lastMessage: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null };

export type ChatThreadQueryVariables = Exact<{
  id?: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChatThreadQuery = { thread: { comment: string | null, contacts: Array<string>, customerExternalIds: Array<string>, id: string, threadId: string, subject: string | null, status: ThreadStatus | null, tags: Array<string>, messageCount: number | null, createdAt: string | null, messages: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } }> } | null, reminder: { delay: number | null, remaining: number | null } | null, lastMessage: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null } | null };

export type ChatMessageFieldsFragment = { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> };

export type CreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadMutation = { createThread: { thread: { customerExternalIds: Array<string>, id: string, threadId: string, subject: string | null, status: ThreadStatus | null, tags: Array<string>, messageCount: number | null, createdAt: string | null, reminder: { delay: number | null, remaining: number | null } | null, lastMessage: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type SendThreadMessageMutationVariables = Exact<{
  input: SendThreadMessageInput;
}>;


export type SendThreadMessageMutation = { sendThreadMessage: { message: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, thread: { id: string, messageCount: number | null } | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type UpdateThreadMutationVariables = Exact<{
  input: UpdateThreadInput;
}>;


export type UpdateThreadMutation = { updateThread: { thread: { comment: string | null, customerExternalIds: Array<string>, id: string, threadId: string, subject: string | null, status: ThreadStatus | null, tags: Array<string>, messageCount: number | null, createdAt: string | null, reminder: { delay: number | null, remaining: number | null } | null, lastMessage: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type MarkThreadMessageMutationVariables = Exact<{
  input: MarkThreadMessageInput;
}>;


export type MarkThreadMessageMutation = { markThreadMessage: { message: { id: string, messageId: string, direction: MessageDirection, from: string | null, to: Array<string>, subject: string | null, content: string | null, createdAt: string | null, priority: number | null, read: boolean, readByAgents: Array<number>, deliveryError: string | null, attachments: Array<{ id: string, attachmentId: string, fileName: string | null, mimeType: string | null, size: number | null, safe: boolean | null, downloadUrl: string }> } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type CreateChatEndUserTokenMutationVariables = Exact<{
  input: CreateChatEndUserTokenInput;
}>;


export type CreateChatEndUserTokenMutation = { createChatEndUserToken: { token: string | null, expiresAt: string | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type Customer360BenchQueryVariables = Exact<{
  externalId?: string;
}>;


export type Customer360BenchQuery = { customer: { id: string, externalId: string, displayName: string, accountType: AccountType | null, firstName: string | null, lastName: string | null, companyName: string | null, dateOfBirth: string | null, nationalityCodes: Array<string>, domicileCodes: Array<string>, reviewGroups: Array<string>, overallRisk: RiskLevel | null, alerts: { totalCount: number | null, edges: Array<{ node: { id: string, alertId: string, createdAt: string | null, profileNumber: string | null, lastRevision: { state: AlertState, score: number | null, topCategory: string | null, createdAt: string | null } | null } }> } | null, documents: { totalCount: number | null, edges: Array<{ node: { documentId: string, displayName: string | null, fileType: string | null, mimeType: string | null, size: number | null, tags: Array<string>, createdAt: string | null } }> } | null, eddStatus: { state: EddState | null, rawState: string | null, nextReviewDate: string | null, agentName: string | null } | null, risk: { level: RiskLevel | null, score: number | null, computedAt: string | null, factors: Array<{ name: string, value: string | null, level: RiskLevel | null, contribution: number | null }> } | null, lastEdd: { state: EddState | null, rawState: string | null, agentName: string | null, comment: string | null, revisionNumber: number | null, nextReviewDate: string | null } | null, pressReport: { id: string, status: PressReportStatus | null, completedAt: string | null, summary: string | null, articles: Array<{ title: string | null, source: string | null, publishedAt: string | null, url: string | null, categories: Array<string>, relevance: number | null }> } | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null, pressRisk: boolean | null, mayBePressRisk: boolean | null } | null, identityVerification: { succeeded: boolean | null, failed: boolean | null, inProgress: boolean | null } | null, events: { totalCount: number | null, edges: Array<{ node: { id: string, type: string | null, title: string | null, createdAt: string | null } }> } | null } | null };

export type Customer360QueryVariables = Exact<{
  externalId?: string;
}>;


export type Customer360Query = { customer: { id: string, externalId: string, displayName: string, accountType: AccountType | null, firstName: string | null, lastName: string | null, companyName: string | null, dateOfBirth: string | null, nationalityCodes: Array<string>, domicileCodes: Array<string>, reviewGroups: Array<string>, overallRisk: RiskLevel | null, stats: { openAlerts: number | null, documents: number | null, lastActivityAt: string | null } | null, eddStatus: { state: EddState | null, rawState: string | null, nextReviewDate: string | null, agentName: string | null } | null, risk: { level: RiskLevel | null, score: number | null, computedAt: string | null, factors: Array<{ name: string, value: string | null, level: RiskLevel | null, contribution: number | null }> } | null, lastEdd: { state: EddState | null, rawState: string | null, agentName: string | null, comment: string | null, revisionNumber: number | null, nextReviewDate: string | null } | null, pressReport: { id: string, status: PressReportStatus | null, completedAt: string | null, summary: string | null, articles: Array<{ title: string | null, source: string | null, publishedAt: string | null, url: string | null, categories: Array<string>, relevance: number | null }> } | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null, pressRisk: boolean | null, mayBePressRisk: boolean | null } | null, identityVerification: { succeeded: boolean | null, failed: boolean | null, inProgress: boolean | null } | null, events: { totalCount: number | null, edges: Array<{ node: { id: string, type: string | null, title: string | null, createdAt: string | null } }> } | null } | null };

export type CustomerListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type CustomerListQuery = { customers: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, externalId: string, displayName: string, accountType: AccountType | null, lastName: string | null, kycLevel: number | null, kycLevelRequested: number | null, createdAt: string | null, updatedAt: string | null } }> } | null };

export type CustomerOverviewFragment = { id: string, externalId: string, displayName: string, accountType: AccountType | null, firstName: string | null, lastName: string | null, companyName: string | null, dateOfBirth: string | null, nationalityCodes: Array<string>, domicileCodes: Array<string>, reviewGroups: Array<string>, overallRisk: RiskLevel | null, eddStatus: { state: EddState | null, rawState: string | null, nextReviewDate: string | null, agentName: string | null } | null, risk: { level: RiskLevel | null, score: number | null, computedAt: string | null, factors: Array<{ name: string, value: string | null, level: RiskLevel | null, contribution: number | null }> } | null, lastEdd: { state: EddState | null, rawState: string | null, agentName: string | null, comment: string | null, revisionNumber: number | null, nextReviewDate: string | null } | null, pressReport: { id: string, status: PressReportStatus | null, completedAt: string | null, summary: string | null, articles: Array<{ title: string | null, source: string | null, publishedAt: string | null, url: string | null, categories: Array<string>, relevance: number | null }> } | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null, pressRisk: boolean | null, mayBePressRisk: boolean | null } | null, identityVerification: { succeeded: boolean | null, failed: boolean | null, inProgress: boolean | null } | null, events: { totalCount: number | null, edges: Array<{ node: { id: string, type: string | null, title: string | null, createdAt: string | null } }> } | null };

export type CustomerPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
}>;


export type CustomerPageQuery = { customers: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, externalId: string, displayName: string, accountType: AccountType | null, overallRisk: RiskLevel | null, screening: { pep: boolean | null, mayBePep: boolean | null, mayBeSanctioned: boolean | null, mayBePressRisk: boolean | null } | null } }> } | null };

export type CustomerRelationsQueryVariables = Exact<{
  externalId?: string;
}>;


export type CustomerRelationsQuery = { customer: { id: string, externalId: string, displayName: string, kycLevel: number | null, kycLevelRequested: number | null, parentExternalId: string | null, relations: Array<{ relationExternalId: string | null, relationType: number | null, disabled: boolean | null, fields: unknown, parent: { externalId: string, displayName: string } | null, child: { externalId: string, displayName: string } | null }> | null } | null };

export type SaveCustomersMutationVariables = Exact<{
  input: SaveCustomersInput;
}>;


export type SaveCustomersMutation = { saveCustomers: { status: SaveCustomersStatus, verifyInput: boolean, timeElapsedMs: number, chunks: Array<{ index: number, lines: number, timeElapsedMs: number, upstreamCode: string | null }>, lines: Array<{ index: number, externalId: string, status: SaveCustomerLineStatus, algoregId: string | null, upstreamCode: string | null, errors: Array<{ code: string, detail: string }>, warnings: Array<{ code: string, detail: string }>, customer: { id: string, externalId: string, firstName: string | null, lastName: string | null, dateOfBirth: string | null, overallRisk: RiskLevel | null } | null }>, relationErrors: Array<{ externalId: string, errors: Array<{ code: string, detail: string }> }> } };

export type CustomerDocumentsQueryVariables = Exact<{
  externalId?: string;
  filter?: CustomerDocumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerDocumentsQuery = { customer: { id: string, externalId: string, displayName: string, documents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, documentId: string, customerExternalId: string | null, displayName: string | null, fileName: string | null, mimeType: string | null, size: number | null, source: string | null, fileType: string | null, fileUrl: string | null, tags: Array<string>, createdAt: string | null, downloadUrl: string, origin: { type: string | null, value: string | null } | null, lastRevision: { id: string | null, agentId: number | null, createdAt: string | null } | null } }> } | null } | null };

export type DeleteDocumentMutationVariables = Exact<{
  input: DeleteDocumentInput;
}>;


export type DeleteDocumentMutation = { deleteDocument: { deletedId: string | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type DocumentDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentDownloadQuery = { node:
    | { id: string, fileName: string | null, mimeType: string | null, size: number | null, downloadUrl: string }
    | Record<PropertyKey, never>
   | null };

export type DocumentFieldsFragment = { id: string, documentId: string, customerExternalId: string | null, displayName: string | null, fileName: string | null, mimeType: string | null, size: number | null, source: string | null, fileType: string | null, fileUrl: string | null, tags: Array<string>, createdAt: string | null, downloadUrl: string, origin: { type: string | null, value: string | null } | null, lastRevision: { id: string | null, agentId: number | null, createdAt: string | null } | null };

export type DocumentSearchQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentSearchQuery = { documents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, documentId: string, customerExternalId: string | null, displayName: string | null, fileName: string | null, mimeType: string | null, size: number | null, source: string | null, fileType: string | null, fileUrl: string | null, tags: Array<string>, createdAt: string | null, downloadUrl: string, customer: { id: string, externalId: string, displayName: string } | null, origin: { type: string | null, value: string | null } | null, lastRevision: { id: string | null, agentId: number | null, createdAt: string | null } | null } }> } | null };

export type UpdateDocumentMutationVariables = Exact<{
  input: UpdateDocumentInput;
}>;


export type UpdateDocumentMutation = { updateDocument: { document: { id: string, documentId: string, customerExternalId: string | null, displayName: string | null, fileName: string | null, mimeType: string | null, size: number | null, source: string | null, fileType: string | null, fileUrl: string | null, tags: Array<string>, createdAt: string | null, downloadUrl: string, origin: { type: string | null, value: string | null } | null, lastRevision: { id: string | null, agentId: number | null, createdAt: string | null } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type UploadDocumentMutationVariables = Exact<{
  input: UploadDocumentInput;
}>;


export type UploadDocumentMutation = { uploadDocument: { document: { id: string, documentId: string, customerExternalId: string | null, displayName: string | null, fileName: string | null, mimeType: string | null, size: number | null, source: string | null, fileType: string | null, fileUrl: string | null, tags: Array<string>, createdAt: string | null, downloadUrl: string, origin: { type: string | null, value: string | null } | null, lastRevision: { id: string | null, agentId: number | null, createdAt: string | null } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

type PayloadError_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string, field: string | null };

type PayloadError_RejectedError_Fragment = { __typename: 'RejectedError', code: string, message: string, field: string | null };

export type PayloadErrorFragment =
  | PayloadError_NotFoundError_Fragment
  | PayloadError_RejectedError_Fragment
;

export type AlertRevisionSummaryFragment = { state: AlertState, rawState: number | null, score: number | null, topCategory: string | null, comment: string | null, revisionNumber: number | null, createdAt: string | null };

export type CreateTransactionMutationVariables = Exact<{
  input: CreateTransactionInput;
}>;


export type CreateTransactionMutation = { createTransaction: { transaction: { id: string, transactionId: string, externalId: string | null, date: string | null, amount: string | null, currency: string | null, convertedAmount: string | null, convertedCurrency: string | null, score: number | null, status: TransactionStatus | null, scoreStatus: TransactionStatus | null, rules: Array<{ code: string | null, score: number | null, mode: TransactionRuleMode }>, from: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, to: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type TransactionReviewQueryVariables = Exact<{
  first?: number | null | undefined;
  reviewGroups?: Array<string> | string | null | undefined;
}>;


export type TransactionReviewQuery = { delayed: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, transactionId: string, externalId: string | null, date: string | null, amount: string | null, currency: string | null, convertedAmount: string | null, convertedCurrency: string | null, score: number | null, status: TransactionStatus | null, scoreStatus: TransactionStatus | null, rules: Array<{ code: string | null, score: number | null, mode: TransactionRuleMode }>, from: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, to: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null } }> } | null, blocked: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, transactionId: string, externalId: string | null, date: string | null, amount: string | null, currency: string | null, convertedAmount: string | null, convertedCurrency: string | null, score: number | null, status: TransactionStatus | null, scoreStatus: TransactionStatus | null, rules: Array<{ code: string | null, score: number | null, mode: TransactionRuleMode }>, from: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, to: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null } }> } | null };

export type TransactionReviewPageFragment = { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, transactionId: string, externalId: string | null, date: string | null, amount: string | null, currency: string | null, convertedAmount: string | null, convertedCurrency: string | null, score: number | null, status: TransactionStatus | null, scoreStatus: TransactionStatus | null, rules: Array<{ code: string | null, score: number | null, mode: TransactionRuleMode }>, from: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, to: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null } }> };

export type TransactionRowFragment = { id: string, transactionId: string, externalId: string | null, date: string | null, amount: string | null, currency: string | null, convertedAmount: string | null, convertedCurrency: string | null, score: number | null, status: TransactionStatus | null, scoreStatus: TransactionStatus | null, rules: Array<{ code: string | null, score: number | null, mode: TransactionRuleMode }>, from: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, to: { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null };

export type TransactionSideFragment = { externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null };

export type TransactionDetailQueryVariables = Exact<{
  id?: string | number;
}>;


export type TransactionDetailQuery = { transaction: { clientId: number | null, convertedDate: string | null, comment: string | null, context: string | null, reviewGroups: Array<string>, tags: Array<string>, fields: unknown, rawState: string | null, id: string, transactionId: string, externalId: string | null, date: string | null, amount: string | null, currency: string | null, convertedAmount: string | null, convertedCurrency: string | null, score: number | null, status: TransactionStatus | null, scoreStatus: TransactionStatus | null, crypto: { blockchain: string | null, txHash: string | null } | null, rules: Array<{ name: string | null, description: string | null, active: boolean | null, useWeight: boolean | null, weight: number | null, code: string | null, score: number | null, mode: TransactionRuleMode }>, from: { isCustomer: boolean, externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, device: { twoFactor: boolean | null, threeDSecure: boolean | null, country: string | null, ip: string | null, language: string | null, userAgent: string | null } | null, paymentInstitution: { code: string | null, name: string | null, country: string | null, externalId: string | null } | null, paymentMethod: { type: string | null, code: string | null, country: string | null } | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, to: { isCustomer: boolean, externalId: string | null, fullName: string | null, accountType: AccountType | null, domicileCode: string | null, device: { twoFactor: boolean | null, threeDSecure: boolean | null, country: string | null, ip: string | null, language: string | null, userAgent: string | null } | null, paymentInstitution: { code: string | null, name: string | null, country: string | null, externalId: string | null } | null, paymentMethod: { type: string | null, code: string | null, country: string | null } | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } | null, history: Array<{ revisionNumber: number | null, agentId: number | null, comment: string | null, status: TransactionStatus | null, rawState: string | null, createdAt: string | null }> | null } | null };

export type TransactionSideDetailFragment = { isCustomer: boolean, device: { twoFactor: boolean | null, threeDSecure: boolean | null, country: string | null, ip: string | null, language: string | null, userAgent: string | null } | null, paymentInstitution: { code: string | null, name: string | null, country: string | null, externalId: string | null } | null, paymentMethod: { type: string | null, code: string | null, country: string | null } | null };

export type TransactionRevisionSummaryFragment = { revisionNumber: number | null, agentId: number | null, comment: string | null, status: TransactionStatus | null, rawState: string | null, createdAt: string | null };

export type UpdateTransactionMutationVariables = Exact<{
  input: UpdateTransactionInput;
}>;


export type UpdateTransactionMutation = { updateTransaction: { transaction: { id: string, transactionId: string, status: TransactionStatus | null, rawState: string | null, comment: string | null, history: Array<{ revisionNumber: number | null, agentId: number | null, comment: string | null, status: TransactionStatus | null, rawState: string | null, createdAt: string | null }> | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type AlertUpdatesSubscriptionVariables = Exact<{
  filter?: AlertUpdatedFilter | null | undefined;
}>;


export type AlertUpdatesSubscription = { alertUpdated: { id: string, alertId: string, assigneeId: number | null, lastRevision: { state: AlertState, rawState: number | null, score: number | null, topCategory: string | null, comment: string | null, revisionNumber: number | null, createdAt: string | null } | null, customer: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null } | null } };

export type CustomerUpdatesSubscriptionVariables = Exact<{
  externalId?: string | null | undefined;
}>;


export type CustomerUpdatesSubscription = { customerUpdated: { id: string, externalId: string, displayName: string, overallRisk: RiskLevel | null, kycLevel: number | null, updatedAt: string | null, eddStatus: { state: EddState | null } | null, risk: { level: RiskLevel | null, score: number | null } | null, lastEdd: { state: EddState | null, comment: string | null, nextReviewDate: string | null } | null } };

export type DocumentUpdatesSubscriptionVariables = Exact<{
  customerExternalId?: string | null | undefined;
}>;


export type DocumentUpdatesSubscription = { documentUpdated: { id: string, documentId: string, displayName: string | null, fileType: string | null, tags: Array<string>, downloadUrl: string } };

export type SessionUpdatesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type SessionUpdatesSubscription = { sessionUpdated: { id: string, sessionId: string, state: SessionState, decision: { label: string | null, type: SessionDecisionType, comment: string | null } | null } };

export type ThreadUpdatesSubscriptionVariables = Exact<{
  customerExternalId?: string | null | undefined;
}>;


export type ThreadUpdatesSubscription = { threadUpdated: { id: string, subject: string | null, status: ThreadStatus | null, messageCount: number | null, lastMessage: { id: string, direction: MessageDirection, subject: string | null, createdAt: string | null } | null } };

export type TransactionUpdatesSubscriptionVariables = Exact<{
  filter?: TransactionUpdatedFilter | null | undefined;
}>;


export type TransactionUpdatesSubscription = { transactionUpdated: { id: string, externalId: string | null, amount: string | null, currency: string | null, score: number | null, status: TransactionStatus | null, from: { externalId: string | null, fullName: string | null } | null, to: { externalId: string | null, fullName: string | null } | null } };

export type NameSearchQueryVariables = Exact<{
  input?: NameSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NameSearchQuery = { nameSearch: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { profileId: string, entityType: NameSearchEntityType | null, name: string | null, score: number | null, categories: Array<string>, countries: Array<string>, listName: string | null, dataset: string | null, dateOfBirth: string | null } }> } | null };

export type PressReportQueryVariables = Exact<{
  id?: string | number;
}>;


export type PressReportQuery = { pressReport: { id: string, reportId: string, status: PressReportStatus | null, rawStatus: string | null, createdAt: string | null, completedAt: string | null, summary: string | null, subject: { name: string | null, entityType: AccountType | null, countries: Array<string> }, customer: { externalId: string, displayName: string } | null, articles: Array<{ title: string | null, source: string | null, publishedAt: string | null, url: string | null, snippet: string | null, categories: Array<string>, relevance: number | null, knownQualitySource: boolean | null }> } | null };

export type PressReportDetailFragment = { id: string, reportId: string, status: PressReportStatus | null, rawStatus: string | null, createdAt: string | null, completedAt: string | null, summary: string | null, subject: { name: string | null, entityType: AccountType | null, countries: Array<string> }, customer: { externalId: string, displayName: string } | null, articles: Array<{ title: string | null, source: string | null, publishedAt: string | null, url: string | null, snippet: string | null, categories: Array<string>, relevance: number | null, knownQualitySource: boolean | null }> };

export type RequestPressReportMutationVariables = Exact<{
  input: RequestPressReportInput;
}>;


export type RequestPressReportMutation = { requestPressReport: { report: { id: string, reportId: string, status: PressReportStatus | null, createdAt: string | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type ScreenPressMutationVariables = Exact<{
  input: ScreenPressInput;
}>;


export type ScreenPressMutation = { screenPress: { report: { id: string, reportId: string, status: PressReportStatus | null, subject: { name: string | null, entityType: AccountType | null, countries: Array<string> } } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type CustomerRiskQueryVariables = Exact<{
  externalId?: string;
}>;


export type CustomerRiskQuery = { customer: { id: string, externalId: string, overallRisk: RiskLevel | null, risk: { level: RiskLevel | null, rawLevel: string | null, score: number | null, computedAt: string | null, factors: Array<{ name: string, value: string | null, level: RiskLevel | null, contribution: number | null }> } | null, lastEdd: { eddId: string | null, state: EddState | null, rawState: string | null, agentId: number | null, agentName: string | null, comment: string | null, createdAt: string | null, nextReviewDate: string | null, revisionNumber: number | null } | null } | null };

export type CustomerIdentitySessionsQueryVariables = Exact<{
  externalId?: string;
}>;


export type CustomerIdentitySessionsQuery = { customer: { externalId: string, identityVerification: { succeeded: boolean | null, failed: boolean | null, inProgress: boolean | null, outdated: boolean | null, sessions: Array<{ sessionId: string }> | null } | null, identitySessions: Array<{ id: string, sessionId: string, state: SessionState, startedAt: string | null, decision: { label: string | null, type: SessionDecisionType } | null }> | null } | null };

export type CheckIdentityDocumentMutationVariables = Exact<{
  input: CheckIdentityDocumentInput;
}>;


export type CheckIdentityDocumentMutation = { checkIdentityDocument: { result: { score: number | null, facematchScore: number | null, document: { documentType: string | null, documentNumber: string | null, firstName: string | null, lastName: string | null, birthDate: string | null, nationality: string | null, expiryDate: string | null }, controls: Array<{ code: string | null, result: string | null, passed: boolean | null }>, watchlistMatches: Array<{ name: string | null, score: number | null, listName: string | null }> } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export type IdentitySessionQueryVariables = Exact<{
  id?: string | number;
}>;


export type IdentitySessionQuery = { session: { id: string, sessionId: string, state: SessionState, rawState: string | null, scenarioCode: string | null, language: string | null, startedAt: string | null, consentedAt: string | null, endedAt: string | null, url: string, iframeUrl: string, decision: { label: string | null, type: SessionDecisionType, comment: string | null, date: string | null } | null, decisions: Array<{ decisionId: string | null, label: string | null, type: SessionDecisionType, rawType: string | null, comment: string | null, date: string | null, last: boolean }>, onboardingCustomer: { firstName: string | null, lastName: string | null, birthDate: string | null, country: string | null } | null, customer: { externalId: string, displayName: string } | null } | null };

export type SessionFieldsFragment = { id: string, sessionId: string, state: SessionState, rawState: string | null, scenarioCode: string | null, language: string | null, startedAt: string | null, consentedAt: string | null, endedAt: string | null, url: string, iframeUrl: string, decision: { label: string | null, type: SessionDecisionType, comment: string | null, date: string | null } | null, decisions: Array<{ decisionId: string | null, label: string | null, type: SessionDecisionType, rawType: string | null, comment: string | null, date: string | null, last: boolean }>, onboardingCustomer: { firstName: string | null, lastName: string | null, birthDate: string | null, country: string | null } | null, customer: { externalId: string, displayName: string } | null };

export type StartIdentitySessionMutationVariables = Exact<{
  input: StartIdentitySessionInput;
}>;


export type StartIdentitySessionMutation = { startIdentitySession: { session: { id: string, sessionId: string, state: SessionState, rawState: string | null, scenarioCode: string | null, language: string | null, startedAt: string | null, consentedAt: string | null, endedAt: string | null, url: string, iframeUrl: string, decision: { label: string | null, type: SessionDecisionType, comment: string | null, date: string | null } | null, decisions: Array<{ decisionId: string | null, label: string | null, type: SessionDecisionType, rawType: string | null, comment: string | null, date: string | null, last: boolean }>, onboardingCustomer: { firstName: string | null, lastName: string | null, birthDate: string | null, country: string | null } | null, customer: { externalId: string, displayName: string } | null } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string, field: string | null }
      | { __typename: 'RejectedError', code: string, message: string, field: string | null }
    > } };

export const ChatMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ChatMessageFieldsFragment, unknown>;
export const ThreadSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delay"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ThreadSummaryFragment, unknown>;
export const CustomerOverviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCodes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGroups"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}},{"kind":"Field","name":{"kind":"Name","value":"pressRisk"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePressRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOverviewFragment, unknown>;
export const DocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<DocumentFieldsFragment, unknown>;
export const PayloadErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PayloadErrorFragment, unknown>;
export const AlertRevisionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topCategory"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertRevisionSummaryFragment, unknown>;
export const TransactionSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}}]} as unknown as DocumentNode<TransactionSideFragment, unknown>;
export const TransactionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"convertedCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}}]} as unknown as DocumentNode<TransactionRowFragment, unknown>;
export const TransactionReviewPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionReviewPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"convertedCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}}]}}]} as unknown as DocumentNode<TransactionReviewPageFragment, unknown>;
export const TransactionSideDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSideDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoFactor"}},{"kind":"Field","name":{"kind":"Name","value":"threeDSecure"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<TransactionSideDetailFragment, unknown>;
export const TransactionRevisionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TransactionRevisionSummaryFragment, unknown>;
export const PressReportDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PressReportDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"knownQualitySource"}}]}}]}}]} as unknown as DocumentNode<PressReportDetailFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"iframeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rawType"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onboardingCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const AlertQueueDocument = {"__meta__":{"hash":"204f76da94989c291c1615ccad1c716f5696e7b0d60d28982e4fbcf8b641d3c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRevisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topCategory"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertQueueQuery, AlertQueueQueryVariables>;
export const AlertReviewDocument = {"__meta__":{"hash":"db587919d69324767d0d219b6cc3b19366bf1bf04440b78d7c66ec9b74fc04ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"ALR-00001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRevisionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPep"}},{"kind":"Field","name":{"kind":"Name","value":"isRca"}},{"kind":"Field","name":{"kind":"Name","value":"isSan"}},{"kind":"Field","name":{"kind":"Name","value":"isSip"}},{"kind":"Field","name":{"kind":"Name","value":"isSie"}},{"kind":"Field","name":{"kind":"Name","value":"isSoe"}},{"kind":"Field","name":{"kind":"Name","value":"isSop"}},{"kind":"Field","name":{"kind":"Name","value":"isRcaPep"}},{"kind":"Field","name":{"kind":"Name","value":"isRcaSan"}},{"kind":"Field","name":{"kind":"Name","value":"isRcaSip"}},{"kind":"Field","name":{"kind":"Name","value":"isRcaSie"}},{"kind":"Field","name":{"kind":"Name","value":"isRcaSoe"}},{"kind":"Field","name":{"kind":"Name","value":"isRcaSop"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"iso3Codes"}},{"kind":"Field","name":{"kind":"Name","value":"names"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"associates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"associationTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topCategory"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertReviewQuery, AlertReviewQueryVariables>;
export const ModifyAlertDocument = {"__meta__":{"hash":"79715dd522b80ce9c2160dc15399d9c4a61f17cc19cefa978f5fc90946ac69f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifyAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModifyAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamCodes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ModifyAlertMutation, ModifyAlertMutationVariables>;
export const CustomerThreadsDocument = {"__meta__":{"hash":"e12f455811c4fb3b4d95f837ee1b81d50c2d4ed3befaed332f652c0403b7924d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0007","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerThreadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delay"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]} as unknown as DocumentNode<CustomerThreadsQuery, CustomerThreadsQueryVariables>;
export const ChatInboxDocument = {"__meta__":{"hash":"f566fae9e62652e68af0f409d1059a16509d24528c9f5ecae263f93dbe3b3c2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadFilter"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unread"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delay"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]} as unknown as DocumentNode<ChatInboxQuery, ChatInboxQueryVariables>;
export const ChatThreadDocument = {"__meta__":{"hash":"89f745a04244d9d45c5f7a3a3f1d0d798b83d8fe4fb4e3e71cf3f534e41690eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"thr-seed-00001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalIds"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delay"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]} as unknown as DocumentNode<ChatThreadQuery, ChatThreadQueryVariables>;
export const CreateThreadDocument = {"__meta__":{"hash":"1681141f7ff65e4f8535a778b5c3328754582d2e430f40e479f30c9ec16d64a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delay"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateThreadMutation, CreateThreadMutationVariables>;
export const SendThreadMessageDocument = {"__meta__":{"hash":"873dcaf47637a38b11200b95b0dfea9a585f9761402019dfd7bec9b241d4527b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendThreadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendThreadMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendThreadMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SendThreadMessageMutation, SendThreadMessageMutationVariables>;
export const UpdateThreadDocument = {"__meta__":{"hash":"5de3d11be5a1395f35a404bff6d82ada4c159494fcd73b79f2a7c7fe4b480a36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delay"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateThreadMutation, UpdateThreadMutationVariables>;
export const MarkThreadMessageDocument = {"__meta__":{"hash":"19f2c50c61e35709497582422fdb2e5a90a6e4154d7f0689eb1d7b482bd3bd48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkThreadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkThreadMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markThreadMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readByAgents"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"safe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<MarkThreadMessageMutation, MarkThreadMessageMutationVariables>;
export const CreateChatEndUserTokenDocument = {"__meta__":{"hash":"1f2f24d53ff191a167fa500ab4a60696042747f19e76a68dcfbfb52ab46c51aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChatEndUserToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChatEndUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChatEndUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateChatEndUserTokenMutation, CreateChatEndUserTokenMutationVariables>;
export const Customer360BenchDocument = {"__meta__":{"hash":"8480f3ae5b1c516653f62fb0f1c46b4cf17a12835110bdefd8239cb796f384e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer360Bench"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0015","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOverview"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topCategory"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCodes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGroups"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}},{"kind":"Field","name":{"kind":"Name","value":"pressRisk"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePressRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Customer360BenchQuery, Customer360BenchQueryVariables>;
export const Customer360Document = {"__meta__":{"hash":"e8a466f0ec438bde375ea6fda206013697f0c9704fd5e4e25bee443eb98eba13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerOverview"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCodes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGroups"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}},{"kind":"Field","name":{"kind":"Name","value":"pressRisk"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePressRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Customer360Query, Customer360QueryVariables>;
export const CustomerListDocument = {"__meta__":{"hash":"b00e2a6a398300a0928e09889d81a96b34ef4b09afc6c175abaa08b65f6b0a0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"updatedFrom"},"value":{"kind":"StringValue","value":"2025-01-01T00:00:00Z","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kycLevels"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"2"},{"kind":"IntValue","value":"3"}]}}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevel"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerListQuery, CustomerListQueryVariables>;
export const CustomerPageDocument = {"__meta__":{"hash":"cc45d672f90d5ac306710b40cfcabcf194f30220f4d2511fbf39d6b0db22a8dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePep"}},{"kind":"Field","name":{"kind":"Name","value":"mayBeSanctioned"}},{"kind":"Field","name":{"kind":"Name","value":"mayBePressRisk"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomerRelationsDocument = {"__meta__":{"hash":"bf0d2adc73a455a720383775a7e588ae9f0a615912237c9dc5d4ec1eb2ed7d2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0004","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevel"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"parentExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"relationType"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRelationsQuery, CustomerRelationsQueryVariables>;
export const SaveCustomersDocument = {"__meta__":{"hash":"a421cc282ca2ac9545c123e509a964773e4a1ce7c95432bc137030ac6dc96a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifyInput"}},{"kind":"Field","name":{"kind":"Name","value":"timeElapsedMs"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"timeElapsedMs"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"algoregId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveCustomersMutation, SaveCustomersMutationVariables>;
export const CustomerDocumentsDocument = {"__meta__":{"hash":"6f94a16274b67fcda0dc4956ab39f3597550256ac4f0a4ee44925814847500fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerDocumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<CustomerDocumentsQuery, CustomerDocumentsQueryVariables>;
export const DeleteDocumentDocument = {"__meta__":{"hash":"2db272fb745cec077382697a025295a6513384346a8f1cddd516a08e5a4564de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const DocumentDownloadDocument = {"__meta__":{"hash":"f53347e91b000dbc92b8c34dbe682200be4d57d33f33ea181d337d06f8d31eed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentDownloadQuery, DocumentDownloadQueryVariables>;
export const DocumentSearchDocument = {"__meta__":{"hash":"1a3e1c75a2c02c6ba4651dbe7d9e2ae467143fd56467013a1aa88c2e4e16c400"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<DocumentSearchQuery, DocumentSearchQueryVariables>;
export const UpdateDocumentDocument = {"__meta__":{"hash":"b79607519cbea8724630df2ef1c28c37da2d4fe15ccb2035cb8df763e53e2f37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateDocumentMutation, UpdateDocumentMutationVariables>;
export const UploadDocumentDocument = {"__meta__":{"hash":"2282c0bac0049c35f7a66786169463a494ba236cbed0373097faf382840ee238"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"customerExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UploadDocumentMutation, UploadDocumentMutationVariables>;
export const CreateTransactionDocument = {"__meta__":{"hash":"84bd578181c226dbeff386feb34dc52332ec0afec146c64b98a64e178b6a18c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"convertedCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateTransactionMutation, CreateTransactionMutationVariables>;
export const TransactionReviewDocument = {"__meta__":{"hash":"0c11db24152752304888eef25162ddffabead84884bc4f078cf99a8d6299e829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewGroups"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"delayed"},"name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELAYED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"reviewGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewGroups"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionReviewPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"blocked"},"name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"BLOCKED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"reviewGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewGroups"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionReviewPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"convertedCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionReviewPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionReviewQuery, TransactionReviewQueryVariables>;
export const TransactionDetailDocument = {"__meta__":{"hash":"d100b76c4374b776f3ecb6d28c972481dcebb254b3e23724b652f140e600bc61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"TX-000001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"convertedDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"crypto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockchain"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewGroups"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"useWeight"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSideDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSideDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRevisionSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"domicileCode"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"convertedCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSideDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoFactor"}},{"kind":"Field","name":{"kind":"Name","value":"threeDSecure"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TransactionDetailQuery, TransactionDetailQueryVariables>;
export const UpdateTransactionDocument = {"__meta__":{"hash":"5a13734737c159d7bc29909b3f2f3cfe9442609d94302b5ff1924b1ba2309120"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRevisionSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateTransactionMutation, UpdateTransactionMutationVariables>;
export const AlertUpdatesDocument = {"__meta__":{"hash":"9ef0e21db327597075a4eb29ff695e5fc074d196c953cd043532236dd2770cf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertUpdatedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRevisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRevisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topCategory"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertUpdatesSubscription, AlertUpdatesSubscriptionVariables>;
export const CustomerUpdatesDocument = {"__meta__":{"hash":"f7e73688502673386c6a08f86fb37bb8d2b0725e4244c559ffc74498394774b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CustomerUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"C-0001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eddStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerUpdatesSubscription, CustomerUpdatesSubscriptionVariables>;
export const DocumentUpdatesDocument = {"__meta__":{"hash":"e1c6b49d4fc28271ea48a4b6d3c9967b040d7e3fabff7ee57cacef532479d3bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DocumentUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerExternalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"C-0001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerExternalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerExternalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentUpdatesSubscription, DocumentUpdatesSubscriptionVariables>;
export const SessionUpdatesDocument = {"__meta__":{"hash":"3b2cbdb34f45a5880a9c05bb22eccd9f9bb1f38cf73d40cb338bf7093908bf29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"ses-0009","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUpdatesSubscription, SessionUpdatesSubscriptionVariables>;
export const ThreadUpdatesDocument = {"__meta__":{"hash":"898c8cefab5d7e911de421a731f41771ab1e61ee325d64645d9b9fd3440a47e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerExternalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerExternalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerExternalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadUpdatesSubscription, ThreadUpdatesSubscriptionVariables>;
export const TransactionUpdatesDocument = {"__meta__":{"hash":"a23d876849dc202b299d552c68638c6881ca1a7064ed531bed2a58d4e6967d17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransactionUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionUpdatedFilter"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DELAYED"},{"kind":"EnumValue","value":"BLOCKED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionUpdatesSubscription, TransactionUpdatesSubscriptionVariables>;
export const NameSearchDocument = {"__meta__":{"hash":"ae384df085a5ea77bdc958a91b9c1abb1f935159b07e5c795a64a21e8098427b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NameSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameSearchInput"}}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"INDIVIDUAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"person"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"StringValue","value":"Ivan","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastName"},"value":{"kind":"StringValue","value":"Petrov","block":false}}]}}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NameSearchQuery, NameSearchQueryVariables>;
export const PressReportDocument = {"__meta__":{"hash":"5779a176c0aff47997253e8bde3cb960dc9329f11f019cebb6924a4f2705db54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"customer:C-0015","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PressReportDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PressReportDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"knownQualitySource"}}]}}]}}]} as unknown as DocumentNode<PressReportQuery, PressReportQueryVariables>;
export const RequestPressReportDocument = {"__meta__":{"hash":"9ccce6b5f7615cbe7b172938d2bd6da00ec8e8ba4f323eb0d9c0deb64fc6ccd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestPressReportMutation, RequestPressReportMutationVariables>;
export const ScreenPressDocument = {"__meta__":{"hash":"339535428bb93daba4d1f47ba2c820b6d60b1908ee0aba45c59b64211b1679d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScreenPress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenPressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenPress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ScreenPressMutation, ScreenPressMutationVariables>;
export const CustomerRiskDocument = {"__meta__":{"hash":"0995e8c72aeeb161ba0ab490682c6337d8930e1797f042797206f127a2f37e12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0015","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"overallRisk"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rawLevel"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eddId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRiskQuery, CustomerRiskQueryVariables>;
export const CustomerIdentitySessionsDocument = {"__meta__":{"hash":"262ea66eeba8ee69a632d80ef5f7ee5e1cfc0294c796f221f77a11f90ad0dad9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerIdentitySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"C-0001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identitySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerIdentitySessionsQuery, CustomerIdentitySessionsQueryVariables>;
export const CheckIdentityDocumentDocument = {"__meta__":{"hash":"87c603c4ca530200706f31f3af615166c33adf8569b7bdbea5170164b1754d9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIdentityDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIdentityDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIdentityDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"facematchScore"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchlistMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckIdentityDocumentMutation, CheckIdentityDocumentMutationVariables>;
export const IdentitySessionDocument = {"__meta__":{"hash":"ea97db550cc4c3dbd60ce86aeee4208bb6076438c0a915cea382d7ccf6245e0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentitySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"ses-0001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"iframeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rawType"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onboardingCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdentitySessionQuery, IdentitySessionQueryVariables>;
export const StartIdentitySessionDocument = {"__meta__":{"hash":"d9dde6381003c26553f70915c36693be9543ac7f63c79014bad147fb0f53b71a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartIdentitySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartIdentitySessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startIdentitySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawState"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"iframeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rawType"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onboardingCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartIdentitySessionMutation, StartIdentitySessionMutationVariables>;