// Case management's database work. Every change writes the case, its timeline event and its
// audit entry in one transaction; e-mails are queued only after the transaction commits.
// Who may see a case: its investigating manager and, by role, the advisers on it (HR, information
// governance) - never its subject, whatever their roles. Who reported it is not shown to
// anyone outside that circle, and the subject is never in it.
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  type Transaction,
} from "kysely";
import { check, type CheckResult, type Direction } from "../../../engine/index.js";
import { appendAudit, type Actor } from "../../platform/audit.js";
import { HttpError } from "../../platform/errors.js";
import type { Database } from "../../platform/tables.js";
import { isUuid } from "../users/service.js";
import { snapshotHash, type CheckedImage } from "./evidence.js";
import { messages, type Mail } from "./notifications.js";
import { escalationTarget, routeCase } from "./routing.js";
import type { StoredFinding } from "./tables.js";
import {
  ADVISER_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  DISCIPLINARY_OUTCOMES,
  IDENTIFYING_CATEGORIES,
  OUTCOME_LABELS,
  STATUS_LABELS,
  type Adviser,
  type Outcome,
  type Source,
  type Status,
} from "./vocabulary.js";
import "./tables.js";

export interface CaseActor extends Actor {
  /** Null only for the system (a flag from the checker or monitoring). */
  roles: string[];
}

export interface CaseContext {
  db: Kysely<Database>;
  publicUrl: string;
  /** Queue e-mails; called once the change has committed. */
  notify(mails: Mail[]): Promise<void>;
}

type Db = Kysely<Database> | Transaction<Database>;

export interface NewCase {
  platform: string;
  postUrl?: string | null;
  postText: string;
  postedAt?: string | null;
  whatHappened: string;
  category?: string | null;
  subjectId?: string | null;
  subjectName?: string | null;
  lineManagerImplicated?: boolean;
  /** What the checker was told besides the text (a flag from "Check a post"): same findings as the flagger saw. */
  profile?: string | null;
  direction?: Direction;
}

const SEVERITY_ORDER: Record<string, number> = { block: 3, warn: 2, advise: 1 };
const EXCERPT_LENGTH = 240;

function link(ctx: CaseContext, id: string): string {
  return `${ctx.publicUrl}/cases/${id}`;
}

async function emailsOf(db: Db, ids: (string | null | undefined)[]): Promise<string[]> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom("users")
    .select("email")
    .where("id", "in", wanted)
    .where("active", "=", true)
    .execute();
  return rows.map((r) => r.email);
}

async function emailsOfRole(db: Db, role: string, except: string | null): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("active", "=", true)
    .where(sql<SqlBool>`${role} = any(roles)`)
    .execute();
  // The subject never hears about their own case, even if they hold the adviser role.
  return rows.filter((r) => r.id !== except).map((r) => r.email);
}

async function event(
  trx: Transaction<Database>,
  caseId: string,
  actor: Actor,
  kind: string,
  detail: Record<string, unknown>,
) {
  await trx
    .insertInto("case_events")
    .values({
      case_id: caseId,
      actor_id: actor.id,
      actor_label: actor.label,
      kind,
      detail: JSON.stringify(detail),
    })
    .execute();
}

async function displayName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db
    .selectFrom("users")
    .select("display_name")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.display_name ?? null;
}

function cleanUrl(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new HttpError(
      400,
      "invalid-request",
      `"${value.slice(0, 100)}" is not a link. Paste the post's address, starting with https://.`,
    );
  }
  if (!["http:", "https:"].includes(parsed.protocol))
    throw new HttpError(
      400,
      "invalid-request",
      "The link to the post must start with https:// or http://.",
    );
  return parsed.href;
}

function parseDate(raw: string | null | undefined, what: string): Date | null {
  if (!raw) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T23:59:59Z`) : new Date(raw);
  if (Number.isNaN(date.getTime()))
    throw new HttpError(400, "invalid-request", `${what} "${raw}" is not a date (use YYYY-MM-DD).`);
  return date;
}

// ---------------------------------------------------------------------------------------------
// Ways in

/**
 * Open a case: a staff report, a post forwarded by communications (MTW-SMP §3.1), or a flag from
 * the checker or monitoring. The snapshot is checked by the engine, hashed, routed, and saved with
 * its images in one transaction; nothing is saved if any part fails.
 */
export async function openCase(
  ctx: CaseContext,
  actor: CaseActor,
  source: Source,
  input: NewCase,
  images: CheckedImage[] = [],
): Promise<{ id: string; number: number }> {
  const postText = input.postText.trim();
  const whatHappened = input.whatHappened.trim();
  const platform = input.platform.trim();
  if (!platform) throw new HttpError(400, "invalid-request", "Say which platform the post is on.");
  if (!postText && images.length === 0 && !input.postUrl?.trim()) {
    throw new HttpError(
      400,
      "invalid-request",
      "Give the post: paste its text, add its link or attach a screenshot.",
    );
  }
  if (!whatHappened) throw new HttpError(400, "invalid-request", "Say what happened.");
  if (input.category && !CATEGORIES.includes(input.category))
    throw new HttpError(400, "invalid-request", `Unknown category ${input.category}.`);
  const postUrl = cleanUrl(input.postUrl);
  const postedAt = parseDate(input.postedAt, "The date of the post");
  const capturedAt = new Date();

  const result = check({
    text: postText,
    profile: input.profile?.trim() || undefined,
    direction: input.direction,
  });
  const described = check({ text: whatHappened });
  const findings: StoredFinding[] = result.findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    excerpt: f.excerpt,
    clauses: f.clauses,
    message: f.message,
    suggestion: f.suggestion,
  }));
  const patientIdentifiable =
    [...result.findings, ...described.findings].some(
      (f) => f.category === "patient-identifiable",
    ) || input.category === "patient-identifiable";
  const strongest = [...findings].sort(
    (a, b) => (SEVERITY_ORDER[b.severity] ?? 0) - (SEVERITY_ORDER[a.severity] ?? 0),
  )[0];
  const category = input.category || strongest?.category || "other";
  const evidenceSha256 = snapshotHash({
    text: postText,
    url: postUrl,
    platform,
    postedAt: postedAt?.toISOString() ?? null,
    capturedAt: capturedAt.toISOString(),
    images: images.map((i) => i.sha256),
  });

  const created = await ctx.db.transaction().execute(async (trx) => {
    let subjectId: string | null = null;
    let subjectName = input.subjectName?.trim() ?? "";
    let directorateId: string | null = null;
    if (input.subjectId) {
      const subject = isUuid(input.subjectId)
        ? await trx
            .selectFrom("users")
            .leftJoin("departments", "departments.id", "users.department_id")
            .select(["users.id", "users.display_name", "departments.directorate_id"])
            .where("users.id", "=", input.subjectId)
            .executeTakeFirst()
        : undefined;
      if (!subject)
        throw new HttpError(400, "invalid-request", `No member of staff ${input.subjectId}.`);
      subjectId = subject.id;
      subjectName = subject.display_name;
      directorateId = subject.directorate_id;
    }
    if (!subjectName)
      throw new HttpError(
        400,
        "invalid-request",
        "Say who the post concerns: pick the member of staff, or describe them.",
      );
    if (subjectId && subjectId === actor.id)
      throw new HttpError(
        400,
        "invalid-request",
        "You cannot report yourself here; talk to your line manager.",
      );

    const routing = await routeCase(trx, {
      subjectId,
      reporterId: actor.id,
      lineManagerImplicated: Boolean(input.lineManagerImplicated),
    });
    // HR advises on every case (MTW-SMP §3.1 "and if appropriate HR", §3.3); information
    // governance joins by itself when the evidence identifies a patient (MTW-SMP §3.4).
    const advisers: Adviser[] = patientIdentifiable ? ["hr", "information_governance"] : ["hr"];

    const row = await trx
      .insertInto("cases")
      .values({
        source,
        category,
        platform: platform.slice(0, 100),
        post_url: postUrl,
        post_text: postText,
        redacted_text: result.redacted,
        what_happened: whatHappened,
        posted_at: postedAt,
        captured_at: capturedAt,
        findings: JSON.stringify(findings),
        verdict: result.verdict,
        patient_identifiable: patientIdentifiable,
        evidence_sha256: evidenceSha256,
        subject_id: subjectId,
        subject_name: subjectName.slice(0, 200),
        directorate_id: directorateId,
        reporter_id: actor.id,
        reporter_label: actor.label,
        line_manager_implicated: Boolean(input.lineManagerImplicated),
        owner_id: routing.ownerId,
        advisers,
        outcome: null,
        outcome_note: null,
        outcome_at: null,
        closed_at: null,
      })
      .returning(["id", "number"])
      .executeTakeFirstOrThrow();
    const stored: { id: string; sha256: string; size: number; mediaType: string }[] = [];
    for (const image of images) {
      const saved = await trx
        .insertInto("case_evidence")
        .values({
          case_id: row.id,
          filename: image.filename,
          media_type: image.mediaType,
          size: image.size,
          sha256: image.sha256,
          content: image.content,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      stored.push({
        id: saved.id,
        sha256: image.sha256,
        size: image.size,
        mediaType: image.mediaType,
      });
    }
    const ownerName = await displayName(trx, routing.ownerId);
    await event(trx, row.id, actor, "created", {
      source,
      category,
      verdict: result.verdict,
      findings: findings.length,
      images: images.length,
      evidenceSha256,
    });
    await event(trx, row.id, actor, "routed", {
      ownerId: routing.ownerId,
      ownerName,
      reason: routing.reason,
      skipped: routing.skipped.length,
    });
    for (const adviser of advisers) {
      await event(trx, row.id, actor, "adviser-added", {
        adviser,
        automatic: true,
        why:
          adviser === "information_governance"
            ? "patient-identifiable evidence"
            : "HR advises on every case",
      });
    }
    await appendAudit(trx, {
      actor,
      action: "case.create",
      subjectType: "case",
      subjectId: row.id,
      detail: {
        number: row.number,
        source,
        category,
        verdict: result.verdict,
        patientIdentifiable,
        evidenceSha256,
        images: stored,
        ownerId: routing.ownerId,
        routing: routing.reason,
        skippedManagers: routing.skipped,
        advisers,
      },
    });
    const mails: Mail[] = [];
    const to = await emailsOf(trx, [routing.ownerId]);
    if (to.length)
      mails.push({ to, ...messages.assigned(row.number, link(ctx, row.id), routing.reason) });
    for (const adviser of advisers) {
      const adviserTo = await emailsOfRole(trx, adviser, subjectId);
      if (adviserTo.length)
        mails.push({
          to: adviserTo,
          ...messages.adviserAdded(row.number, link(ctx, row.id), ADVISER_LABELS[adviser]),
        });
    }
    return { id: row.id, number: row.number, mails };
  });
  await ctx.notify(created.mails);
  return { id: created.id, number: created.number };
}

export interface FlagInput {
  /** "checker": a post the checker flagged; "monitoring": found by a monitoring scan. */
  source: "checker" | "monitoring";
  text: string;
  platform: string;
  url?: string | null;
  postedAt?: string | null;
  subjectId?: string | null;
  subjectName?: string | null;
  /** Why it was flagged, e.g. the rule or search that found it. */
  reason: string;
  /** Who raised the flag; the system when a job does. */
  raisedBy?: CaseActor;
  lineManagerImplicated?: boolean;
  /** The profile and direction the checker was given, so the case keeps the findings that were flagged. */
  profile?: string | null;
  direction?: Direction;
}

/** The one way in for flags: the checker or, later, monitoring call this. */
export async function createCaseFromFlag(
  ctx: CaseContext,
  input: FlagInput,
): Promise<{ id: string; number: number }> {
  const actor = input.raisedBy ?? { id: null, label: input.source, roles: [] };
  return openCase(ctx, actor, input.source, {
    platform: input.platform,
    postUrl: input.url,
    postText: input.text,
    postedAt: input.postedAt,
    whatHappened: input.reason,
    subjectId: input.subjectId,
    subjectName: input.subjectName?.trim() || (input.subjectId ? null : "Unknown author"),
    lineManagerImplicated: input.lineManagerImplicated,
    profile: input.profile,
    direction: input.direction,
  });
}

export interface CheckerFlag {
  text: string;
  profile?: string | null;
  direction?: Direction;
  platform: string;
  postUrl?: string | null;
  subjectId?: string | null;
  subjectName?: string | null;
  lineManagerImplicated?: boolean;
  note?: string | null;
}

/** Why the checker flagged a post, in words: its verdict and the categories it found (no excerpts). */
export function flagReason(result: CheckResult, note?: string | null): string {
  const categories = [...new Set(result.findings.map((f) => f.category))].map(
    (c) => CATEGORY_LABELS[c] ?? c,
  );
  const clauses = [...new Set(result.findings.flatMap((f) => f.clauses))];
  const lines = [
    `Raised from "Check a post": the checker's verdict was ${result.verdict}, with ${result.findings.length} finding(s): ${categories.join(", ")}.`,
    clauses.length ? `Policy: ${clauses.join("; ")}.` : "",
    note?.trim() ? `The person who raised it adds: ${note.trim()}` : "",
  ];
  return lines.filter(Boolean).join("\n");
}

/**
 * A person turns a post the checker flagged on "Check a post" into a case (a post they found,
 * not their own draft). The checker must flag it; otherwise the report form is the way in.
 */
export async function raiseFromCheck(
  ctx: CaseContext,
  actor: CaseActor,
  input: CheckerFlag,
): Promise<{ id: string; number: number }> {
  const result = check({
    text: input.text,
    profile: input.profile?.trim() || undefined,
    direction: input.direction,
  });
  if (!input.text.trim() || result.verdict === "pass") {
    throw new HttpError(
      400,
      "not-flagged",
      "The checker found nothing in this post to report. If you still think it breaks the policy, use the report form (Cases, then Report a post).",
    );
  }
  return createCaseFromFlag(ctx, {
    source: "checker",
    text: input.text,
    profile: input.profile,
    direction: input.direction,
    platform: input.platform,
    url: input.postUrl,
    subjectId: input.subjectId || null,
    subjectName: input.subjectName,
    lineManagerImplicated: input.lineManagerImplicated,
    reason: flagReason(result, input.note),
    raisedBy: actor,
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

function visibleTo(actor: CaseActor) {
  return (eb: ExpressionBuilder<Database, "cases">) => {
    const ways: Expression<SqlBool>[] = [
      eb("cases.owner_id", "=", actor.id ?? "00000000-0000-0000-0000-000000000000"),
    ];
    if (actor.roles.includes("hr")) ways.push(sql<SqlBool>`'hr' = any(cases.advisers)`);
    if (actor.roles.includes("information_governance"))
      ways.push(sql<SqlBool>`'information_governance' = any(cases.advisers)`);
    return eb.and([
      eb.or([eb("cases.subject_id", "is", null), eb("cases.subject_id", "!=", actor.id)]),
      eb.or(ways),
    ]);
  };
}

function summaryQuery(db: Db) {
  return db
    .selectFrom("cases")
    .leftJoin("users as owner", "owner.id", "cases.owner_id")
    .leftJoin("directorates", "directorates.id", "cases.directorate_id")
    .select([
      "cases.id",
      "cases.number",
      "cases.source",
      "cases.status",
      "cases.category",
      "cases.platform",
      "cases.subject_id",
      "cases.subject_name",
      "cases.directorate_id",
      "directorates.name as directorate_name",
      "cases.owner_id",
      "owner.display_name as owner_name",
      "cases.advisers",
      "cases.outcome",
      "cases.redacted_text",
      "cases.patient_identifiable",
      "cases.verdict",
      "cases.created_at",
      "cases.updated_at",
      sql<number>`(select count(*) from case_tasks t where t.case_id = cases.id and t.done_at is null)::int`.as(
        "open_tasks",
      ),
      sql<number>`(select count(*) from case_tasks t where t.case_id = cases.id and t.done_at is null and t.due_at < now())::int`.as(
        "overdue_tasks",
      ),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>["executeTakeFirstOrThrow"]>>;

export interface CaseSummary {
  id: string;
  number: number;
  source: string;
  status: string;
  category: string;
  platform: string;
  subjectName: string;
  directorateName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  advisers: string[];
  outcome: string | null;
  /** The engine's redacted text, shortened: never the raw post. */
  excerpt: string;
  patientIdentifiable: boolean;
  verdict: string;
  createdAt: string;
  updatedAt: string;
  openTasks: number;
  overdueTasks: number;
}

function toSummary(row: SummaryRow): CaseSummary {
  const excerpt =
    row.redacted_text.length > EXCERPT_LENGTH
      ? `${row.redacted_text.slice(0, EXCERPT_LENGTH - 1)}…`
      : row.redacted_text;
  return {
    id: row.id,
    number: row.number,
    source: row.source,
    status: row.status,
    category: row.category,
    platform: row.platform,
    subjectName: row.subject_name,
    directorateName: row.directorate_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    advisers: row.advisers,
    outcome: row.outcome,
    excerpt,
    patientIdentifiable: row.patient_identifiable,
    verdict: row.verdict,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    openTasks: row.open_tasks,
    overdueTasks: row.overdue_tasks,
  };
}

export interface CaseFilters {
  status?: string;
  category?: string;
  outcome?: string;
  directorateId?: string;
  source?: string;
  /** Only cases this person investigates. */
  mine?: boolean;
  limit?: number;
}

export async function listCases(
  db: Kysely<Database>,
  actor: CaseActor,
  filters: CaseFilters,
): Promise<CaseSummary[]> {
  let query = summaryQuery(db).where(visibleTo(actor));
  if (filters.status) query = query.where("cases.status", "=", filters.status);
  if (filters.category) query = query.where("cases.category", "=", filters.category);
  if (filters.outcome)
    query =
      filters.outcome === "none"
        ? query.where("cases.outcome", "is", null)
        : query.where("cases.outcome", "=", filters.outcome);
  if (filters.directorateId)
    query = isUuid(filters.directorateId)
      ? query.where("cases.directorate_id", "=", filters.directorateId)
      : query.where(sql<SqlBool>`false`);
  if (filters.source) query = query.where("cases.source", "=", filters.source);
  if (filters.mine) query = query.where("cases.owner_id", "=", actor.id);
  const rows = await query
    .orderBy("cases.number", "desc")
    .limit(filters.limit ?? 100)
    .execute();
  return rows.map(toSummary);
}

/** A reporter's own reports: number, date and status only - no outcome, no investigator. */
export async function listMyReports(db: Kysely<Database>, actor: CaseActor) {
  const rows = await db
    .selectFrom("cases")
    .select(["id", "number", "status", "platform", "subject_name", "created_at"])
    .where("reporter_id", "=", actor.id)
    .orderBy("number", "desc")
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    platform: r.platform,
    subjectName: r.subject_name,
    createdAt: r.created_at.toISOString(),
  }));
}

async function loadCase(db: Db, actor: CaseActor, id: string) {
  if (!isUuid(id)) throw new HttpError(404, "not-found", `No case ${id}.`);
  const row = await db
    .selectFrom("cases")
    .selectAll()
    .where("id", "=", id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  // Not visible and not there look the same: a case's existence is itself confidential.
  if (!row) throw new HttpError(404, "not-found", `No case ${id}, or it is not one of yours.`);
  return row;
}

type CaseRow = Awaited<ReturnType<typeof loadCase>>;

/** The unredacted evidence of a patient-identifiable case: the investigating manager and information governance only. */
export function mayReadEvidence(
  actor: CaseActor,
  row: Pick<CaseRow, "patient_identifiable" | "owner_id">,
): boolean {
  return (
    !row.patient_identifiable ||
    row.owner_id === actor.id ||
    actor.roles.includes("information_governance")
  );
}

/** Decisions on the case (status, outcome, who investigates): its investigating manager and HR (MTW-SMP §3.2, §3.3). */
export function mayDecide(actor: CaseActor, row: Pick<CaseRow, "owner_id">): boolean {
  return row.owner_id === actor.id || actor.roles.includes("hr");
}

function findingsFor(actor: CaseActor, row: CaseRow): StoredFinding[] {
  if (mayReadEvidence(actor, row)) return row.findings;
  // The engine's message quotes what it found, so the whole message goes, not just the excerpt.
  return row.findings.map((f) =>
    IDENTIFYING_CATEGORIES.includes(f.category)
      ? {
          ...f,
          excerpt: undefined,
          message: `${CATEGORY_LABELS[f.category] ?? f.category}: the details are hidden. Only the investigating manager and information governance may read them.`,
        }
      : f,
  );
}

export async function getCaseDetail(db: Kysely<Database>, actor: CaseActor, id: string) {
  const row = await loadCase(db, actor, id);
  const summary = toSummary(
    await summaryQuery(db).where("cases.id", "=", id).executeTakeFirstOrThrow(),
  );
  const evidenceAccess = mayReadEvidence(actor, row);
  const images = await db
    .selectFrom("case_evidence")
    .select(["id", "filename", "media_type", "size", "sha256"])
    .where("case_id", "=", id)
    .orderBy("created_at")
    .execute();
  const notes = await db
    .selectFrom("case_notes")
    .select(["id", "author_label", "body", "created_at"])
    .where("case_id", "=", id)
    .orderBy("created_at")
    .execute();
  const tasks = await db
    .selectFrom("case_tasks")
    .leftJoin("users", "users.id", "case_tasks.assignee_id")
    .select([
      "case_tasks.id",
      "case_tasks.title",
      "case_tasks.assignee_id",
      "users.display_name as assignee_name",
      "case_tasks.due_at",
      "case_tasks.done_at",
    ])
    .where("case_tasks.case_id", "=", id)
    .orderBy("case_tasks.due_at")
    .execute();
  const events = await db
    .selectFrom("case_events")
    .select(["id", "at", "actor_label", "kind", "detail"])
    .where("case_id", "=", id)
    .orderBy("id")
    .execute();
  const now = Date.now();
  return {
    ...summary,
    postUrl: row.post_url,
    postedAt: row.posted_at?.toISOString() ?? null,
    capturedAt: row.captured_at.toISOString(),
    redactedText: row.redacted_text,
    whatHappened: evidenceAccess ? row.what_happened : check({ text: row.what_happened }).redacted,
    findings: findingsFor(actor, row),
    evidenceSha256: row.evidence_sha256,
    evidenceAccess,
    images: images.map((i) => ({
      id: i.id,
      filename: i.filename,
      mediaType: i.media_type,
      size: i.size,
      sha256: i.sha256,
    })),
    reportedBy: row.reporter_label,
    lineManagerImplicated: row.line_manager_implicated,
    outcomeNote: row.outcome_note,
    outcomeAt: row.outcome_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    mayDecide: mayDecide(actor, row),
    notes: notes.map((n) => ({
      id: n.id,
      author: n.author_label,
      body: n.body,
      at: n.created_at.toISOString(),
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      assigneeId: t.assignee_id,
      assigneeName: t.assignee_name,
      dueAt: t.due_at.toISOString(),
      doneAt: t.done_at?.toISOString() ?? null,
      overdue: !t.done_at && t.due_at.getTime() < now,
    })),
    timeline: events.map((e) => ({
      id: String(e.id),
      at: e.at.toISOString(),
      actor: e.actor_label,
      kind: e.kind,
      text: describeEvent(e.kind, e.detail),
    })),
  };
}

/** One line a timeline entry, in words. */
export function describeEvent(kind: string, d: Record<string, unknown>): string {
  switch (kind) {
    case "created":
      return `Case opened (${String(d.source)}); checker verdict ${String(d.verdict)} with ${String(d.findings)} finding(s); ${String(d.images)} screenshot(s); evidence SHA-256 ${String(d.evidenceSha256).slice(0, 16)}…`;
    case "routed":
      return d.ownerName
        ? `Routed to ${String(d.ownerName)}: ${String(d.reason)}`
        : `Not routed: ${String(d.reason)}`;
    case "assigned":
      return `Reassigned to ${String(d.ownerName)}${d.reason ? `: ${String(d.reason)}` : ""}`;
    case "escalated":
      return `Escalated to ${String(d.ownerName)}: ${String(d.reason)}`;
    case "adviser-added":
      return `${ADVISER_LABELS[d.adviser as Adviser] ?? String(d.adviser)} added as adviser${d.why ? ` (${String(d.why)})` : ""}`;
    case "status":
      return `Status: ${STATUS_LABELS[d.from as Status] ?? String(d.from)} → ${STATUS_LABELS[d.to as Status] ?? String(d.to)}`;
    case "note":
      return "Note added";
    case "task-added":
      return `Task added: ${String(d.title)} (due ${String(d.dueAt).slice(0, 10)}${d.assigneeName ? `, for ${String(d.assigneeName)}` : ""})`;
    case "task-done":
      return `Task done: ${String(d.title)}`;
    case "task-reopened":
      return `Task reopened: ${String(d.title)}`;
    case "task-overdue":
      return `Task overdue, reminder sent: ${String(d.title)}`;
    case "outcome":
      return `Outcome recorded: ${OUTCOME_LABELS[d.outcome as Outcome] ?? String(d.outcome)}`;
    default:
      return kind;
  }
}

export async function getEvidence(db: Kysely<Database>, actor: CaseActor, id: string) {
  const row = await loadCase(db, actor, id);
  if (!mayReadEvidence(actor, row)) {
    throw new HttpError(
      403,
      "evidence-restricted",
      "This evidence identifies a patient: only the investigating manager and information governance may read it.",
    );
  }
  const images = await db
    .selectFrom("case_evidence")
    .select(["id", "filename", "media_type", "size", "sha256"])
    .where("case_id", "=", id)
    .orderBy("created_at")
    .execute();
  return {
    caseId: row.id,
    number: row.number,
    platform: row.platform,
    postUrl: row.post_url,
    postText: row.post_text,
    whatHappened: row.what_happened,
    postedAt: row.posted_at?.toISOString() ?? null,
    capturedAt: row.captured_at.toISOString(),
    evidenceSha256: row.evidence_sha256,
    findings: row.findings,
    images: images.map((i) => ({
      id: i.id,
      filename: i.filename,
      mediaType: i.media_type,
      size: i.size,
      sha256: i.sha256,
    })),
  };
}

export async function getEvidenceImage(
  db: Kysely<Database>,
  actor: CaseActor,
  id: string,
  evidenceId: string,
) {
  const row = await loadCase(db, actor, id);
  if (!mayReadEvidence(actor, row)) {
    throw new HttpError(
      403,
      "evidence-restricted",
      "This evidence identifies a patient: only the investigating manager and information governance may read it.",
    );
  }
  if (!isUuid(evidenceId))
    throw new HttpError(404, "not-found", `No screenshot ${evidenceId} on this case.`);
  const image = await db
    .selectFrom("case_evidence")
    .selectAll()
    .where("case_id", "=", id)
    .where("id", "=", evidenceId)
    .executeTakeFirst();
  if (!image) throw new HttpError(404, "not-found", `No screenshot ${evidenceId} on this case.`);
  return { row, image };
}

// ---------------------------------------------------------------------------------------------
// Workflow

async function change<T>(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  work: (trx: Transaction<Database>, row: CaseRow) => Promise<{ result: T; mails?: Mail[] }>,
): Promise<T> {
  const done = await ctx.db.transaction().execute(async (trx) => {
    const row = await loadCase(trx, actor, id);
    const out = await work(trx, row);
    await trx.updateTable("cases").set({ updated_at: new Date() }).where("id", "=", id).execute();
    return out;
  });
  if (done.mails?.length) await ctx.notify(done.mails);
  return done.result;
}

function needDecide(actor: CaseActor, row: CaseRow) {
  if (!mayDecide(actor, row)) {
    throw new HttpError(
      403,
      "not-investigator",
      "Only the investigating manager or HR may change the status, outcome or investigator of this case.",
    );
  }
}

/** Statuses set by hand; "outcome recorded" comes with an outcome (recordOutcome). */
export async function setStatus(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  status: Status,
): Promise<void> {
  await change(ctx, actor, id, async (trx, row) => {
    needDecide(actor, row);
    if (status === row.status) return { result: undefined };
    if (status === "outcome_recorded")
      throw new HttpError(
        400,
        "invalid-request",
        "Record an outcome to set the status to outcome recorded.",
      );
    if (status === "closed" && !row.outcome) {
      throw new HttpError(
        409,
        "outcome-needed",
        "A case closes only with an outcome: record the outcome first.",
      );
    }
    await trx
      .updateTable("cases")
      .set({ status, closed_at: status === "closed" ? new Date() : null })
      .where("id", "=", id)
      .execute();
    await event(trx, id, actor, "status", { from: row.status, to: status });
    await appendAudit(trx, {
      actor,
      action: "case.status",
      subjectType: "case",
      subjectId: id,
      detail: { from: row.status, to: status },
    });
    const mails: Mail[] = [];
    if (status === "awaiting_hr_advice") {
      const to = await emailsOfRole(trx, "hr", row.subject_id);
      if (to.length) mails.push({ to, ...messages.hrAdviceRequested(row.number, link(ctx, id)) });
    }
    return { result: undefined, mails };
  });
}

export async function recordOutcome(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  outcome: Outcome,
  note: string | null,
  close: boolean,
): Promise<void> {
  await change(ctx, actor, id, async (trx, row) => {
    needDecide(actor, row);
    const status: Status = close ? "closed" : "outcome_recorded";
    const now = new Date();
    await trx
      .updateTable("cases")
      .set({
        outcome,
        outcome_note: note?.trim() || null,
        outcome_at: now,
        status,
        closed_at: close ? now : null,
      })
      .where("id", "=", id)
      .execute();
    await event(trx, id, actor, "outcome", { outcome, previous: row.outcome });
    if (status !== row.status)
      await event(trx, id, actor, "status", { from: row.status, to: status });
    await appendAudit(trx, {
      actor,
      action: "case.outcome",
      subjectType: "case",
      subjectId: id,
      detail: { outcome, previous: row.outcome, status },
    });
    return { result: undefined };
  });
}

export async function addNote(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  body: string,
): Promise<void> {
  const text = body.trim();
  if (!text) throw new HttpError(400, "invalid-request", "A note cannot be empty.");
  await change(ctx, actor, id, async (trx) => {
    const note = await trx
      .insertInto("case_notes")
      .values({ case_id: id, author_id: actor.id, author_label: actor.label, body: text })
      .returning("id")
      .executeTakeFirstOrThrow();
    await event(trx, id, actor, "note", { noteId: note.id });
    await appendAudit(trx, {
      actor,
      action: "case.note",
      subjectType: "case",
      subjectId: id,
      detail: { noteId: note.id, length: text.length },
    });
    return { result: undefined };
  });
}

async function checkPerson(
  trx: Transaction<Database>,
  row: CaseRow,
  userId: string,
  what: string,
): Promise<string> {
  const user = isUuid(userId)
    ? await trx
        .selectFrom("users")
        .select(["id", "display_name", "active"])
        .where("id", "=", userId)
        .executeTakeFirst()
    : undefined;
  if (!user || !user.active)
    throw new HttpError(
      400,
      "invalid-request",
      `No active member of staff ${userId} to be ${what}.`,
    );
  if (user.id === row.subject_id)
    throw new HttpError(400, "invalid-request", `The subject of the case cannot be ${what}.`);
  return user.display_name;
}

export async function addTask(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  input: { title: string; dueAt: string; assigneeId?: string | null },
): Promise<string> {
  const title = input.title.trim();
  if (!title) throw new HttpError(400, "invalid-request", "Give the task a title.");
  const dueAt = parseDate(input.dueAt, "The due date")!;
  return change(ctx, actor, id, async (trx, row) => {
    const assigneeId = input.assigneeId || row.owner_id || actor.id;
    const assigneeName = assigneeId
      ? await checkPerson(trx, row, assigneeId, "given the task")
      : null;
    const task = await trx
      .insertInto("case_tasks")
      .values({
        case_id: id,
        title,
        assignee_id: assigneeId,
        due_at: dueAt,
        done_at: null,
        overdue_notified_at: null,
        created_by: actor.label,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await event(trx, id, actor, "task-added", {
      taskId: task.id,
      title,
      dueAt: dueAt.toISOString(),
      assigneeName,
    });
    await appendAudit(trx, {
      actor,
      action: "case.task-add",
      subjectType: "case",
      subjectId: id,
      detail: { taskId: task.id, title, dueAt: dueAt.toISOString(), assigneeId },
    });
    const to = assigneeId && assigneeId !== actor.id ? await emailsOf(trx, [assigneeId]) : [];
    return {
      result: task.id,
      mails: to.length
        ? [{ to, ...messages.taskAssigned(row.number, link(ctx, id), title, dueAt) }]
        : [],
    };
  });
}

export async function setTaskDone(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  taskId: string,
  done: boolean,
): Promise<void> {
  await change(ctx, actor, id, async (trx) => {
    const task = isUuid(taskId)
      ? await trx
          .selectFrom("case_tasks")
          .select(["id", "title", "done_at"])
          .where("id", "=", taskId)
          .where("case_id", "=", id)
          .executeTakeFirst()
      : undefined;
    if (!task) throw new HttpError(404, "not-found", `No task ${taskId} on this case.`);
    if (Boolean(task.done_at) === done) return { result: undefined };
    await trx
      .updateTable("case_tasks")
      .set({ done_at: done ? new Date() : null })
      .where("id", "=", taskId)
      .execute();
    await event(trx, id, actor, done ? "task-done" : "task-reopened", {
      taskId,
      title: task.title,
    });
    await appendAudit(trx, {
      actor,
      action: done ? "case.task-done" : "case.task-reopen",
      subjectType: "case",
      subjectId: id,
      detail: { taskId },
    });
    return { result: undefined };
  });
}

export async function reassign(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  ownerId: string,
  reason: string | null,
): Promise<void> {
  await change(ctx, actor, id, async (trx, row) => {
    needDecide(actor, row);
    const ownerName = await checkPerson(trx, row, ownerId, "the investigating manager");
    if (ownerId === row.reporter_id)
      throw new HttpError(
        400,
        "invalid-request",
        "The person who made the report cannot investigate it.",
      );
    if (ownerId === row.owner_id) return { result: undefined };
    await trx.updateTable("cases").set({ owner_id: ownerId }).where("id", "=", id).execute();
    await event(trx, id, actor, "assigned", {
      from: row.owner_id,
      ownerId,
      ownerName,
      reason: reason?.trim() || null,
    });
    await appendAudit(trx, {
      actor,
      action: "case.assign",
      subjectType: "case",
      subjectId: id,
      detail: { from: row.owner_id, to: ownerId, reason },
    });
    const to = await emailsOf(trx, [ownerId]);
    return {
      result: undefined,
      mails: to.length
        ? [{ to, ...messages.assigned(row.number, link(ctx, id), reason?.trim() || "reassigned") }]
        : [],
    };
  });
}

/** To the manager at the next level above (CCC-SMP §9 b): the current investigator is implicated or cannot act. */
export async function escalate(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  reason: string,
): Promise<{ ownerId: string }> {
  const why = reason.trim();
  if (!why) throw new HttpError(400, "invalid-request", "Say why the case is escalated.");
  return change(ctx, actor, id, async (trx, row) => {
    const target = await escalationTarget(trx, {
      ownerId: row.owner_id,
      subjectId: row.subject_id,
      reporterId: row.reporter_id,
    });
    if (!target)
      throw new HttpError(
        409,
        "no-manager-above",
        "There is no manager above the current investigator to escalate to. Ask HR to reassign the case.",
      );
    const ownerName = await displayName(trx, target);
    await trx.updateTable("cases").set({ owner_id: target }).where("id", "=", id).execute();
    await event(trx, id, actor, "escalated", {
      from: row.owner_id,
      ownerId: target,
      ownerName,
      reason: why,
    });
    await appendAudit(trx, {
      actor,
      action: "case.escalate",
      subjectType: "case",
      subjectId: id,
      detail: { from: row.owner_id, to: target, reason: why },
    });
    const to = await emailsOf(trx, [target]);
    return {
      result: { ownerId: target },
      mails: to.length ? [{ to, ...messages.escalated(row.number, link(ctx, id), why) }] : [],
    };
  });
}

export async function addAdviser(
  ctx: CaseContext,
  actor: CaseActor,
  id: string,
  adviser: Adviser,
): Promise<void> {
  await change(ctx, actor, id, async (trx, row) => {
    if (row.advisers.includes(adviser)) return { result: undefined };
    await trx
      .updateTable("cases")
      .set({ advisers: [...row.advisers, adviser] })
      .where("id", "=", id)
      .execute();
    await event(trx, id, actor, "adviser-added", { adviser, automatic: false });
    await appendAudit(trx, {
      actor,
      action: "case.adviser-add",
      subjectType: "case",
      subjectId: id,
      detail: { adviser },
    });
    const to = await emailsOfRole(trx, adviser, row.subject_id);
    return {
      result: undefined,
      mails: to.length
        ? [{ to, ...messages.adviserAdded(row.number, link(ctx, id), ADVISER_LABELS[adviser]) }]
        : [],
    };
  });
}

/** Reminders for tasks past their due date, once each: the cases.overdue-tasks job runs this. */
export async function remindOverdueTasks(ctx: CaseContext, now = new Date()): Promise<number> {
  const system: Actor = { id: null, label: "system" };
  const { mails, count } = await ctx.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom("case_tasks")
      .innerJoin("cases", "cases.id", "case_tasks.case_id")
      .select([
        "case_tasks.id",
        "case_tasks.case_id",
        "case_tasks.title",
        "case_tasks.due_at",
        "case_tasks.assignee_id",
        "cases.owner_id",
        "cases.number",
        "cases.subject_id",
      ])
      .where("case_tasks.done_at", "is", null)
      .where("case_tasks.overdue_notified_at", "is", null)
      .where("case_tasks.due_at", "<", now)
      .where("cases.status", "!=", "closed")
      .forUpdate()
      .execute();
    const out: Mail[] = [];
    for (const task of due) {
      await trx
        .updateTable("case_tasks")
        .set({ overdue_notified_at: now })
        .where("id", "=", task.id)
        .execute();
      await event(trx, task.case_id, system, "task-overdue", {
        taskId: task.id,
        title: task.title,
      });
      await appendAudit(trx, {
        actor: system,
        action: "case.task-overdue",
        subjectType: "case",
        subjectId: task.case_id,
        detail: { taskId: task.id },
      });
      const to = await emailsOf(
        trx,
        [task.assignee_id, task.owner_id].filter((u) => u !== task.subject_id),
      );
      if (to.length)
        out.push({
          to,
          ...messages.taskOverdue(task.number, link(ctx, task.case_id), task.title, task.due_at),
        });
    }
    return { mails: out, count: due.length };
  });
  await ctx.notify(mails);
  return count;
}

// ---------------------------------------------------------------------------------------------
// People to pick as the subject, for reporters without access to the full directory

export async function findPeople(db: Kysely<Database>, query: string) {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  const rows = await db
    .selectFrom("users")
    .leftJoin("departments", "departments.id", "users.department_id")
    .select([
      "users.id",
      "users.display_name",
      "users.job_title",
      "departments.name as department_name",
    ])
    .where("users.active", "=", true)
    .where((eb) =>
      eb(
        eb.fn("lower", ["users.display_name"]),
        "like",
        `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      ),
    )
    .orderBy("users.display_name")
    .limit(20)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    jobTitle: r.job_title,
    departmentName: r.department_name,
  }));
}

// ---------------------------------------------------------------------------------------------
// Statistics and the FOI report

export interface Count {
  key: string;
  count: number;
}

export async function caseStatistics(db: Kysely<Database>, year?: number) {
  const base = () => {
    let q = db
      .selectFrom("cases")
      .leftJoin("directorates", "directorates.id", "cases.directorate_id");
    if (year) q = q.where(sql<SqlBool>`extract(year from cases.created_at) = ${year}`);
    return q;
  };
  const group = async (expression: ReturnType<typeof sql<string>>) => {
    const rows = await base()
      .select([expression.as("key"), sql<number>`count(*)::int`.as("count")])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute();
    return rows.map((r) => ({ key: r.key, count: r.count }));
  };
  const [total] = await base()
    .select(sql<number>`count(*)::int`.as("n"))
    .execute();
  return {
    year: year ?? null,
    total: total.n,
    byMonth: await group(sql<string>`to_char(cases.created_at at time zone 'UTC', 'YYYY-MM')`),
    byCategory: await group(sql<string>`cases.category`),
    byOutcome: await group(sql<string>`coalesce(cases.outcome, 'none')`),
    byDirectorate: await group(sql<string>`coalesce(directorates.name, 'Not known')`),
    byStatus: await group(sql<string>`cases.status`),
  };
}

export interface FoiYear {
  year: number;
  peopleDisciplined: number;
  formalAction: number;
  dismissal: number;
}

/**
 * MTW-SMP FOI 4042 question 4: "how many people in your Trust have been disciplined as a result
 * of social media behaviour", per calendar year of the outcome. A person counts once a year
 * however many cases; "disciplined" means formal action under the Disciplinary Policy or dismissal.
 */
export async function foiReport(
  db: Kysely<Database>,
  from?: number,
  to?: number,
): Promise<FoiYear[]> {
  const person = sql<string>`coalesce(cases.subject_id::text, lower(cases.subject_name))`;
  const rows = await db
    .selectFrom("cases")
    .select([
      sql<number>`extract(year from cases.outcome_at at time zone 'UTC')::int`.as("year"),
      sql<number>`count(distinct ${person})::int`.as("people"),
      sql<number>`count(distinct ${person}) filter (where cases.outcome = 'formal_action')::int`.as(
        "formal",
      ),
      sql<number>`count(distinct ${person}) filter (where cases.outcome = 'dismissal')::int`.as(
        "dismissed",
      ),
    ])
    .where("cases.outcome", "in", [...DISCIPLINARY_OUTCOMES])
    .where("cases.outcome_at", "is not", null)
    .groupBy(sql`1`)
    .execute();
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const thisYear = new Date().getUTCFullYear();
  const first = from ?? Math.min(thisYear, ...rows.map((r) => r.year));
  const last = to ?? thisYear;
  if (last < first)
    throw new HttpError(400, "invalid-request", `The years run backwards: ${first} to ${last}.`);
  if (last - first > 100) throw new HttpError(400, "invalid-request", "Ask for at most 100 years.");
  const out: FoiYear[] = [];
  for (let year = first; year <= last; year++) {
    const r = byYear.get(year);
    out.push({
      year,
      peopleDisciplined: r?.people ?? 0,
      formalAction: r?.formal ?? 0,
      dismissal: r?.dismissed ?? 0,
    });
  }
  return out;
}

export function foiCsv(years: FoiYear[]): string {
  const lines = [
    "calendar_year,people_disciplined,formal_action,dismissal",
    ...years.map((y) => `${y.year},${y.peopleDisciplined},${y.formalAction},${y.dismissal}`),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
