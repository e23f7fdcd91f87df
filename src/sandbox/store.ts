/**
 * The sandbox's in-memory state, held as raw Algoreg JSON (snake_case, as the API sends it).
 * Each product keeps its own collection here; `seed.ts` fills them deterministically.
 */

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
