// The case tables as Kysely sees them, merged into the platform's Database type (docs/platform.md).
import type { ColumnType, Generated } from "kysely";

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface CasesTable {
  id: Generated<string>;
  number: Generated<number>;
  source: string;
  status: Generated<string>;
  category: string;
  platform: string;
  post_url: string | null;
  /** The snapshot's text as found: may hold patient details, so read only through evidence access. */
  post_text: string;
  /** The engine's redacted text: what lists and most readers see. */
  redacted_text: string;
  what_happened: string;
  posted_at: Date | null;
  captured_at: Date;
  findings: ColumnType<StoredFinding[], string, string>;
  verdict: string;
  patient_identifiable: boolean;
  evidence_sha256: string;
  subject_id: string | null;
  subject_name: string;
  directorate_id: string | null;
  reporter_id: string | null;
  reporter_label: string;
  line_manager_implicated: Generated<boolean>;
  owner_id: string | null;
  advisers: Generated<string[]>;
  outcome: string | null;
  outcome_note: string | null;
  outcome_at: Date | null;
  closed_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface CaseEvidenceTable {
  id: Generated<string>;
  case_id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_at: CreatedAt;
}

export interface CaseNotesTable {
  id: Generated<string>;
  case_id: string;
  author_id: string | null;
  author_label: string;
  body: string;
  created_at: CreatedAt;
}

export interface CaseTasksTable {
  id: Generated<string>;
  case_id: string;
  title: string;
  assignee_id: string | null;
  due_at: Date;
  done_at: Date | null;
  overdue_notified_at: Date | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface CaseEventsTable {
  id: Generated<string>;
  case_id: string;
  at: CreatedAt;
  actor_id: string | null;
  actor_label: string;
  kind: string;
  detail: ColumnType<Record<string, unknown>, string, never>;
}

/** A checker finding as kept with the case (the engine's Finding, as JSON). */
export interface StoredFinding {
  ruleId: string;
  category: string;
  severity: string;
  start?: number;
  end?: number;
  excerpt?: string;
  clauses: string[];
  message: string;
  suggestion: string;
}

declare module "../../platform/tables.js" {
  interface Database {
    cases: CasesTable;
    case_evidence: CaseEvidenceTable;
    case_notes: CaseNotesTable;
    case_tasks: CaseTasksTable;
    case_events: CaseEventsTable;
  }
}
