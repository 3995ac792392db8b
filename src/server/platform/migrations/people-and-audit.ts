// The platform's first schema: the trust's structure, people, sessions and the audit log.
import { sql, type Kysely } from "kysely";
import { runStatements } from "../migrate.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table instance_settings (key text primary key, value text not null)`,
    `create table directorates (
       id uuid primary key default gen_random_uuid(),
       name text not null unique,
       created_at timestamptz not null default now())`,
    `create table departments (
       id uuid primary key default gen_random_uuid(),
       directorate_id uuid not null references directorates(id) on delete restrict,
       name text not null,
       created_at timestamptz not null default now(),
       unique (directorate_id, name))`,
    `create table users (
       id uuid primary key default gen_random_uuid(),
       email text not null unique check (email = lower(email)),
       display_name text not null,
       job_title text,
       password_hash text,
       roles text[] not null default '{staff}',
       department_id uuid references departments(id) on delete set null,
       line_manager_id uuid references users(id) on delete set null check (line_manager_id <> id),
       active boolean not null default true,
       failed_logins integer not null default 0,
       locked_until timestamptz,
       oidc_issuer text,
       oidc_subject text,
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now(),
       unique (oidc_issuer, oidc_subject))`,
    `create index users_line_manager on users (line_manager_id)`,
    `create table sessions (
       token_hash text primary key,
       user_id uuid not null references users(id) on delete cascade,
       auth_method text not null,
       created_at timestamptz not null default now(),
       expires_at timestamptz not null)`,
    `create index sessions_user on sessions (user_id)`,
    `create index sessions_expiry on sessions (expires_at)`,
    // actor_id has no foreign key on purpose: the record must outlive the people in it.
    `create table audit_log (
       seq integer primary key,
       at timestamptz not null,
       actor_id uuid,
       actor_label text not null,
       action text not null,
       subject_type text not null,
       subject_id text,
       detail jsonb not null,
       prev_hash text not null,
       hash text not null)`,
    // The head lets verify notice entries cut from the end, which the chain alone cannot show.
    `create table audit_head (id integer primary key check (id = 1), seq integer not null, hash text not null)`,
    `insert into audit_head (id, seq, hash) values (1, 0, '${"0".repeat(64)}')`,
    `create function audit_log_append_only() returns trigger language plpgsql as $$
     begin
       raise exception 'audit_log is append-only: % is not allowed', tg_op;
     end $$`,
    `create trigger audit_log_no_update before update or delete on audit_log
       for each row execute function audit_log_append_only()`,
    `create trigger audit_log_no_truncate before truncate on audit_log
       for each statement execute function audit_log_append_only()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "audit_head",
    "audit_log",
    "sessions",
    "users",
    "departments",
    "directorates",
    "instance_settings",
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists audit_log_append_only`.execute(db);
}
