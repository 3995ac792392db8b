// Case management's tables: the case, its evidence (snapshot text and uploaded images), notes,
// tasks and timeline. Evidence bytes live in the database, not on disk, so both backends keep
// them in one place, inside the same transaction as the case and its audit entry.
import { sql, type Kysely } from "kysely";
import { runStatements } from "../../../platform/migrate.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create sequence case_number_seq start 1`,
    `create table cases (
       id uuid primary key default gen_random_uuid(),
       number integer not null unique default nextval('case_number_seq'),
       source text not null check (source in ('report', 'communications', 'checker', 'monitoring')),
       status text not null default 'new'
         check (status in ('new', 'investigating', 'awaiting_hr_advice', 'outcome_recorded', 'closed')),
       category text not null,
       platform text not null,
       post_url text,
       post_text text not null,
       redacted_text text not null,
       what_happened text not null,
       posted_at timestamptz,
       captured_at timestamptz not null,
       findings jsonb not null,
       verdict text not null,
       patient_identifiable boolean not null,
       evidence_sha256 text not null,
       subject_id uuid references users(id) on delete set null,
       subject_name text not null,
       directorate_id uuid references directorates(id) on delete set null,
       reporter_id uuid references users(id) on delete set null,
       reporter_label text not null,
       line_manager_implicated boolean not null default false,
       owner_id uuid references users(id) on delete set null,
       advisers text[] not null default '{}',
       outcome text check (outcome in ('no_case_to_answer', 'informal_advice', 'content_removed', 'formal_action',
         'dismissal', 'regulator_referral', 'police_referral', 'training_or_policy_action')),
       outcome_note text,
       outcome_at timestamptz,
       closed_at timestamptz,
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now(),
       check (status not in ('outcome_recorded', 'closed') or outcome is not null))`,
    `create index cases_status on cases (status)`,
    `create index cases_owner on cases (owner_id)`,
    `create index cases_subject on cases (subject_id)`,
    `create index cases_reporter on cases (reporter_id)`,
    `create index cases_created on cases (created_at)`,
    `create table case_evidence (
       id uuid primary key default gen_random_uuid(),
       case_id uuid not null references cases(id) on delete cascade,
       filename text not null,
       media_type text not null,
       size integer not null,
       sha256 text not null,
       content bytea not null,
       created_at timestamptz not null default now())`,
    `create index case_evidence_case on case_evidence (case_id)`,
    `create table case_notes (
       id uuid primary key default gen_random_uuid(),
       case_id uuid not null references cases(id) on delete cascade,
       author_id uuid references users(id) on delete set null,
       author_label text not null,
       body text not null,
       created_at timestamptz not null default now())`,
    `create index case_notes_case on case_notes (case_id)`,
    `create table case_tasks (
       id uuid primary key default gen_random_uuid(),
       case_id uuid not null references cases(id) on delete cascade,
       title text not null,
       assignee_id uuid references users(id) on delete set null,
       due_at timestamptz not null,
       done_at timestamptz,
       overdue_notified_at timestamptz,
       created_by text not null,
       created_at timestamptz not null default now())`,
    `create index case_tasks_case on case_tasks (case_id)`,
    `create index case_tasks_open_due on case_tasks (due_at) where done_at is null`,
    `create table case_events (
       id bigserial primary key,
       case_id uuid not null references cases(id) on delete cascade,
       at timestamptz not null default now(),
       actor_id uuid,
       actor_label text not null,
       kind text not null,
       detail jsonb not null)`,
    `create index case_events_case on case_events (case_id, id)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["case_events", "case_tasks", "case_notes", "case_evidence", "cases"]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop sequence if exists case_number_seq`.execute(db);
}
