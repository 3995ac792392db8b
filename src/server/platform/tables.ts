// The database's shape as Kysely sees it. A feature adds its own tables by declaration
// merging from its own folder (see docs/platform.md), so this file only holds platform tables.
import type { ColumnType, Generated } from "kysely";

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface DirectoratesTable {
  id: Generated<string>;
  name: string;
  created_at: CreatedAt;
}

export interface DepartmentsTable {
  id: Generated<string>;
  directorate_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  /** Stored lower-case; it is the sign-in name. */
  email: string;
  display_name: string;
  job_title: string | null;
  password_hash: string | null;
  roles: string[];
  department_id: string | null;
  line_manager_id: string | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked table cannot be replayed as cookies. */
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  auth_method: string;
}

export interface AuditLogTable {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  directorates: DirectoratesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  instance_settings: InstanceSettingsTable;
}
