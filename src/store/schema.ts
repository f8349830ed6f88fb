import type { Generated } from 'kysely';

/**
 * The database schema as Kysely sees it. Every table that holds institution data carries
 * `tenant_id`; the scoped query helpers in tenant.ts add the condition on it.
 * Timestamps are ISO-8601 strings; search-index dates are epoch milliseconds (numbers) so that
 * range comparisons work the same way on SQLite and PostgreSQL.
 */
export interface TenantTable {
  id: string;
  slug: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  patient_id: string | null;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the session token: a leaked table does not give working cookies. */
  id: string;
  tenant_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** The current version of each FHIR resource. */
export interface FhirResourceTable {
  tenant_id: string;
  resource_type: string;
  id: string;
  version_id: number;
  last_updated: string;
  deleted: number;
  content: string;
  /** JSON list of the [param, system, code] keys of this version's token index rows; null on rows stored before it existed. */
  token_keys: string | null;
}

/** The versions of FHIR resources that a later version replaced (the current one is in fhir_resource). */
export interface FhirHistoryTable {
  tenant_id: string;
  resource_type: string;
  id: string;
  version_id: number;
  last_updated: string;
  deleted: number;
  content: string;
}

export interface FhirTokenTable {
  tenant_id: string;
  resource_type: string;
  resource_id: string;
  param: string;
  system: string;
  code: string;
}

/** One row for every reference in a resource, keyed by the top-level element it sits under. */
export interface FhirReferenceTable {
  tenant_id: string;
  resource_type: string;
  resource_id: string;
  element: string;
  target_type: string;
  target_id: string;
}

export interface FhirDateTable {
  tenant_id: string;
  resource_type: string;
  resource_id: string;
  param: string;
  /** Inclusive range in epoch milliseconds covered by the value (a day, a month, a period...). */
  lo: number;
  hi: number;
}

export interface FhirStringTable {
  tenant_id: string;
  resource_type: string;
  resource_id: string;
  param: string;
  /** Lower-cased, accents removed: FHIR string search is case- and accent-insensitive. */
  value: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  tenant_id: string;
  at: string;
  actor_id: string;
  actor_role: string;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  patient_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface KbSnapshotTable {
  tenant_id: string;
  id: string;
  created_at: string;
  source: string;
  hash: string;
  articles: number;
  changed: number;
}

export interface KbArticleTable {
  tenant_id: string;
  id: string;
  snapshot_id: string;
  content_hash: string;
  audience: string;
  title: string;
  review_status: string;
  reviewer: string | null;
  review_date: string | null;
  /** The article as JSON (front matter fields and body). */
  article: string;
}

export interface KbArticleVersionTable {
  tenant_id: string;
  id: string;
  snapshot_id: string;
  content_hash: string;
  article: string;
}

export interface KbPassageTable {
  tenant_id: string;
  id: string;
  article_id: string;
  audience: string;
  review_status: string;
  title: string;
  section: string;
  ordinal: number;
  text: string;
  /** JSON array of citations. */
  citations: string;
  /** Space-separated `system|code` of the article's codes. */
  codes: string;
}

/** SQLite only: the FTS5 index over passages. */
export interface KbPassageFtsTable {
  tenant_id: string;
  passage_id: string;
  title: string;
  section: string;
  text: string;
}

export interface AssistantConversationTable {
  tenant_id: string;
  id: string;
  patient_id: string;
  user_id: string;
  created_at: string;
  /** The most urgent triage level seen in the conversation so far. */
  highest_level: string;
}

export interface AssistantMessageTable {
  tenant_id: string;
  conversation_id: string;
  seq: number;
  role: string;
  text: string;
  triage_level: string | null;
  /** The assistant's full answer as JSON (for assistant messages). */
  answer: string | null;
  created_at: string;
}

export interface InbasketDraftTable {
  tenant_id: string;
  /** The patient's Communication id. */
  message_id: string;
  created_at: string;
  draft: string;
  citations: string;
  /** used | edited | discarded, once the clinician acted. */
  outcome: string | null;
  final_text: string | null;
  edit_distance: number | null;
  clinician_id: string | null;
  sent_at: string | null;
  time_to_send_ms: number | null;
}

export interface DeidLinkTable {
  tenant_id: string;
  /** "Type/id" of the real resource. */
  real_ref: string;
  surrogate: string;
  created_at: string;
}

export interface DeidPatientKeyTable {
  tenant_id: string;
  patient_id: string;
  /** The patient's random key as JSON (secret, date offset, surrogate id). */
  key: string;
  created_at: string;
}

export interface MlModelTable {
  tenant_id: string;
  name: string;
  version: number;
  /** Hash of the model artifact. */
  model_id: string;
  /** draft | validated | deployed | retired */
  status: string;
  created_at: string;
  created_by: string;
  validated_by: string | null;
  validated_at: string | null;
  deployed_at: string | null;
  retired_at: string | null;
  /** The TrainedModelRecord as JSON (artifact, data hash, parameters, metrics, limits). */
  record: string;
  card_md: string;
  card_html: string;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  sessions: SessionTable;
  fhir_resource: FhirResourceTable;
  fhir_history: FhirHistoryTable;
  fhir_token: FhirTokenTable;
  fhir_reference: FhirReferenceTable;
  fhir_date: FhirDateTable;
  fhir_string: FhirStringTable;
  audit_log: AuditLogTable;
  kb_snapshot: KbSnapshotTable;
  kb_article: KbArticleTable;
  kb_article_version: KbArticleVersionTable;
  kb_passage: KbPassageTable;
  kb_passage_fts: KbPassageFtsTable;
  assistant_conversation: AssistantConversationTable;
  assistant_message: AssistantMessageTable;
  inbasket_draft: InbasketDraftTable;
  deid_link: DeidLinkTable;
  deid_patient_key: DeidPatientKeyTable;
  ml_model: MlModelTable;
}
