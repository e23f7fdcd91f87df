/**
 * The sandbox's in-memory state, held as raw Algoreg JSON (snake_case, as the API sends it).
 * Each product keeps its own collection here; `seed.ts` fills them deterministically.
 */
// @ts-nocheck


export type Json = Record<string, unknown>;

/** A computed flag or custom field, as Algoreg's `Field`. */
export interface FieldJson {
  fieldtype: string;
  id: number;
  name: string;
  value: unknown;
}

export interface CustomerState {
  /** The `Customer` object of API.md §7.1. */
  customer: Json;
  /** `overall_risk` label: Low, Medium, High or Undefined. */
  overallRisk: string;
  /** `edd_status` (an EDDRevisionDTO), or null when no EDD decision exists. */
  edd: Json | null;
  /** Computed flags by name: pep, may_be_pep, may_be_san, press_risk, … */
  flags: Record<string, unknown>;
  /** `custom_fields` of the detail answer. */
  customFields: FieldJson[];
  /** Timeline, oldest first. */
  events: Json[];
}

export interface RelationState {
  parent_customer_external_id: string;
  child_customer_external_id: string;
  relation_external_id: string;
  relation_type: number;
  fields: Json;
  disabled: boolean;
}

/** A customer document: its JSON and its bytes (null for a document uploaded by reference). */
export interface StoredDocument {
  document: Json;
  bytes: Buffer | null;
}

/** A Go!Scan alert and its history. */
export interface AlertState {
  /** `id`, `created_at`, `customer_external_id`, `profile_number`, `assigned_to_member_id`. */
  alert: Json;
  /** `AlertRevision` JSON, oldest first; the last one is `last_revision`. */
  revisions: Json[];
  /** What the alert matched: `associates`, `is_*` flags, `list_name`, `list_profile`. */
  match: Json;
  /** Sanction list id (filter `sanction_list_id`). */
  listId: number;
}

/** A Go!Press report: its Get report body JSON, and what it will hold once its search is done. */
export interface PressReportState {
  /** The report as Get report body answers it (`status` `pending` until done). */
  report: Json;
  /** While pending: the sources and summary it gets when done, and when that is. */
  pending: { sources: Json[]; summary: string; readsLeft: number; readyAt: number } | null;
}

/** A Go!Vid session: the three parts of Get session details, and whether it moves on by itself. */
export interface StoredSession {
  /** `session` of Get session details (its id is the map key). */
  session: Json;
  onboardingCustomer: Json;
  /** Decisions, oldest first; the newest has `last: true`. */
  decisions: Json[];
  /** Set for the sandbox's demo scenarios: one state further after each read, ending with this decision type. */
  advancesTo: string | null;
}

/** A Go!Chat thread: its own JSON (without the computed fields), its customers and its messages. */
export interface ThreadState {
  /** `id`, `client_id`, `contacts`, `created_at`, `subject`, `status`, `tag_codes`, `comment`, `reminder`, … */
  thread: Json;
  customerExternalIds: string[];
  /** `Message` JSON, oldest first. */
  messages: Json[];
}

/** A Go!Chat attachment: its JSON, its bytes and the thread it came with. */
export interface StoredAttachment {
  attachment: Json;
  bytes: Buffer;
  threadId: string;
}

/** A Go!KYT transaction and its review history. */
export interface TransactionState {
  /** The `KYTTransaction` JSON; amounts are decimal strings, `state` the current status. */
  transaction: Json;
  /** `history_items` of Get transaction full history, oldest first. */
  history: Json[];
}

export class Store {
  readonly customers = new Map<string, CustomerState>();
  readonly relations: RelationState[] = [];
  /** Customer documents by id: their JSON and their bytes. */
  readonly documents = new Map<string, StoredDocument>();
  /** Go!Scan alerts by id. */
  readonly alerts = new Map<string, AlertState>();
  /** Go!Risk: each customer's last assessment (Get customer last risk JSON), by external id. */
  readonly risks = new Map<string, Json>();
  /** Go!Press reports by id; a customer's standing report has the id `customer:{external_id}`. */
  readonly pressReports = new Map<string, PressReportState>();
  /** Go!Vid sessions by session id. */
  readonly sessions = new Map<string, StoredSession>();
  /** Go!Chat threads by id, their attachments by id, and the end-user tokens issued (token → expiry, ms). */
  readonly threads = new Map<string, ThreadState>();
  readonly attachments = new Map<string, StoredAttachment>();
  readonly chatTokens = new Map<string, { externalId: string; expiresAt: number }>();
  /** Go!KYT transactions by id. */
  readonly transactions = new Map<string, TransactionState>();
  private counter = 0;

  /** A fresh id, unique within this sandbox's life. */
  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${String(this.counter).padStart(6, '0')}`;
  }

  /** Adds an entry to a customer's timeline. */
  addEvent(externalId: string, type: string, title: string, description = ''): void {
    const c = this.customers.get(externalId);
    if (!c) return;
    c.events.push({
      ID: this.nextId('evt'),
      AgentID: 0,
      ClientID: 1,
      CreatedAt: new Date().toISOString(),
      CustomerExternalID: externalId,
      Description: description,
      EventType: type,
      ParentID: '',
      Title: title,
      Url: '',
    });
  }
}
