// Append-only, hash-chained audit log. Each entry's hash covers its content and the hash of the
// entry before it, so editing, inserting or deleting an entry breaks the chain where it happened.
// The database refuses UPDATE, DELETE and TRUNCATE on the table (a trigger); the chain catches
// whoever gets around that (a superuser, a restored backup, a hand-edited data file).
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { AuditLogTable, Database } from "./tables.js";

export const GENESIS_HASH = "0".repeat(64);

export interface Actor {
  id: string | null;
  /** Who, readable without a join: an e-mail address, "system" or "cli". */
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: "system" };

export interface AuditInput {
  actor: Actor;
  /** `<subject>.<verb>`, e.g. `user.create`, `session.sign-in-failed`, `case.view`. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  detail?: Record<string, unknown>;
}

export type AuditEntry = Selectable<AuditLogTable>;

/** JSON with keys sorted at every level: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function entryHash(entry: Omit<AuditEntry, "hash">): string {
  const content = canonicalJson([
    entry.seq,
    entry.at.toISOString(),
    entry.actor_id,
    entry.actor_label,
    entry.action,
    entry.subject_type,
    entry.subject_id,
    entry.detail,
    entry.prev_hash,
  ]);
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Append one entry. Pass the transaction that makes the change, so the change and its record
 * commit together or not at all. The head row's lock makes concurrent appends take turns.
 */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  input: AuditInput,
): Promise<AuditEntry> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, input));
  const head = await db
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // Round-trip the detail through JSON so the hash covers exactly what jsonb will give back.
  const detail = JSON.parse(JSON.stringify(input.detail ?? {})) as Record<string, unknown>;
  const unhashed = {
    seq: head.seq + 1,
    at: new Date(),
    actor_id: input.actor.id,
    actor_label: input.actor.label,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId ?? null,
    detail,
    prev_hash: head.hash,
  };
  const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
  await db
    .insertInto("audit_log")
    .values({ ...entry, detail: JSON.stringify(detail) })
    .execute();
  await db
    .updateTable("audit_head")
    .set({ seq: entry.seq, hash: entry.hash })
    .where("id", "=", 1)
    .execute();
  return entry;
}

export type ProblemKind = "edited" | "inserted" | "deleted";

export interface AuditProblem {
  kind: ProblemKind;
  seq: number;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  headSeq: number;
  problems: AuditProblem[];
}

/** Walk the whole chain in pages, so a long log doesn't need to fit in memory. */
export async function verifyAudit(db: Kysely<Database>, pageSize = 1000): Promise<VerifyReport> {
  const problems: AuditProblem[] = [];
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let count = 0;
  let lastSeq = 0;
  let lastShift: number | null = null;
  for (;;) {
    const page = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">", lastSeq)
      .orderBy("seq")
      .limit(pageSize)
      .execute();
    for (const entry of page) {
      count++;
      if (entry.seq > expectedSeq) {
        const missing = entry.seq - expectedSeq;
        problems.push({
          kind: "deleted",
          seq: expectedSeq,
          message: `${missing} entr${missing === 1 ? "y is" : "ies are"} missing before entry ${entry.seq} (expected entry ${expectedSeq} next)`,
        });
      } else if (entry.seq < expectedSeq) {
        problems.push({
          kind: "inserted",
          seq: entry.seq,
          message: `entry ${entry.seq} is out of sequence (expected ${expectedSeq})`,
        });
      }
      const { hash, ...rest } = entry;
      const recomputed = entryHash(rest);
      if (recomputed !== hash) {
        // Renumbering is how an entry is slipped in (or a gap closed) while keeping seq contiguous:
        // an intact entry whose hash fits a nearby number was moved, not edited.
        const shift = findShift(rest, hash);
        if (shift === null) {
          problems.push({
            kind: "edited",
            seq: entry.seq,
            message: `entry ${entry.seq} was changed after it was written (its hash no longer matches its content)`,
          });
        } else if (shift !== lastShift) {
          const n = Math.abs(shift);
          problems.push(
            shift > 0
              ? {
                  kind: "inserted",
                  seq: entry.seq,
                  message: `entry ${entry.seq} was written as entry ${entry.seq - shift}: ${n} entr${n === 1 ? "y was" : "ies were"} inserted before it`,
                }
              : {
                  kind: "deleted",
                  seq: entry.seq,
                  message: `entry ${entry.seq} was written as entry ${entry.seq - shift}: ${n} entr${n === 1 ? "y was" : "ies were"} deleted before it and the rest renumbered`,
                },
          );
        }
        lastShift = shift;
      } else if (entry.prev_hash !== previousHash && entry.seq === expectedSeq) {
        // The entry is intact but does not follow the one before it: something was slipped in before it.
        problems.push({
          kind: "inserted",
          seq: entry.seq,
          message: `entry ${entry.seq} does not follow entry ${entry.seq - 1}: an entry was inserted or replaced before it`,
        });
      }
      if (recomputed === hash) lastShift = null;
      previousHash = hash;
      expectedSeq = entry.seq + 1;
      lastSeq = entry.seq;
    }
    if (page.length < pageSize) break;
  }
  const head = await db
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .executeTakeFirst();
  const headSeq = head?.seq ?? 0;
  if (!head) {
    problems.push({ kind: "deleted", seq: 0, message: "the audit head record is missing" });
  } else if (lastSeq < head.seq) {
    problems.push({
      kind: "deleted",
      seq: lastSeq + 1,
      message: `the log ends at entry ${lastSeq} but ${head.seq} were written: entries ${lastSeq + 1} to ${head.seq} were deleted`,
    });
  } else if (lastSeq > head.seq) {
    problems.push({
      kind: "inserted",
      seq: head.seq + 1,
      message: `entries ${head.seq + 1} to ${lastSeq} were added after the last recorded entry ${head.seq}`,
    });
  } else if (lastSeq > 0 && previousHash !== head.hash) {
    problems.push({
      kind: "edited",
      seq: lastSeq,
      message: `the last entry ${lastSeq} is not the one that was written`,
    });
  }
  return { ok: problems.length === 0, entries: count, headSeq, problems };
}

const MAX_SHIFT = 100;

function findShift(entry: Omit<AuditEntry, "hash">, hash: string): number | null {
  for (let d = 1; d <= MAX_SHIFT; d++) {
    if (entryHash({ ...entry, seq: entry.seq - d }) === hash) return d;
    if (entryHash({ ...entry, seq: entry.seq + d }) === hash) return -d;
  }
  return null;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export async function listAudit(
  db: Kysely<Database>,
  options: { before?: number; limit: number; subjectType?: string; subjectId?: string },
): Promise<AuditPage> {
  let query = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("seq", "desc")
    .limit(options.limit + 1);
  if (options.before) query = query.where("seq", "<", options.before);
  if (options.subjectType) query = query.where("subject_type", "=", options.subjectType);
  if (options.subjectId) query = query.where("subject_id", "=", options.subjectId);
  const rows = await query.execute();
  const entries = rows.slice(0, options.limit);
  return {
    entries,
    nextBefore: rows.length > options.limit ? entries[entries.length - 1].seq : null,
  };
}

export class Audit {
  constructor(private readonly db: Kysely<Database>) {}
  append(input: AuditInput, trx?: Transaction<Database>): Promise<AuditEntry> {
    return appendAudit(trx ?? this.db, input);
  }
  /** Record that someone looked at flagged content (a case, a flagged post, an archived message). */
  recordView(
    actor: Actor,
    subjectType: string,
    subjectId: string,
    detail: Record<string, unknown> = {},
  ): Promise<AuditEntry> {
    return appendAudit(this.db, {
      actor,
      action: `${subjectType}.view`,
      subjectType,
      subjectId,
      detail,
    });
  }
  verify(): Promise<VerifyReport> {
    return verifyAudit(this.db);
  }
}

export default fp(
  async function audit(app: FastifyInstance) {
    app.decorate("audit", new Audit(app.db));
  },
  { name: "postguard-audit", dependencies: ["postguard-database"] },
);
