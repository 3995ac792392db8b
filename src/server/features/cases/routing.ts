// Who investigates a case. The subject's line manager (MTW-SMP §3.2, CCC-SMP §9 a); if that
// manager is implicated, or made the report, the manager at the next level above (CCC-SMP §9 b).
// Nobody investigates a case about themselves or one they reported.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../platform/tables.js";
import { lineManagerChain } from "../users/service.js";

export interface RoutingInput {
  subjectId: string | null;
  reporterId: string | null;
  lineManagerImplicated: boolean;
}

export interface Routing {
  ownerId: string | null;
  /** Why this person, for the timeline and the e-mail: "line manager", "next manager up: …". */
  reason: string;
  /** Managers passed over and why (kept on the timeline, never shown to the subject). */
  skipped: { id: string; why: string }[];
}

type Db = Kysely<Database> | Transaction<Database>;

async function activeIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("id", "in", ids)
    .where("active", "=", true)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Walk a chain of managers, nearest first, and take the first one free to investigate. */
async function firstFree(
  db: Db,
  chain: { id: string }[],
  exclude: { id: string | null; why: string }[],
  skipFirst: string | null,
) {
  const active = await activeIds(
    db,
    chain.map((m) => m.id),
  );
  const skipped: { id: string; why: string }[] = [];
  for (const [index, manager] of chain.entries()) {
    const excluded = exclude.find((e) => e.id === manager.id);
    const why =
      index === 0 && skipFirst
        ? skipFirst
        : excluded
          ? excluded.why
          : !active.has(manager.id)
            ? "account deactivated"
            : null;
    if (why) {
      skipped.push({ id: manager.id, why });
      continue;
    }
    return { ownerId: manager.id, index, skipped };
  }
  return { ownerId: null, index: -1, skipped };
}

export async function routeCase(db: Db, input: RoutingInput): Promise<Routing> {
  if (!input.subjectId) {
    return {
      ownerId: null,
      reason: "the subject is not in the staff directory: HR to assign an investigating manager",
      skipped: [],
    };
  }
  const chain = await lineManagerChain(db, input.subjectId);
  const exclude = [
    { id: input.reporterId, why: "made the report" },
    { id: input.subjectId, why: "is the subject" },
  ];
  const found = await firstFree(
    db,
    chain,
    exclude,
    input.lineManagerImplicated ? "implicated in the issue, as the report says" : null,
  );
  if (!found.ownerId) {
    return {
      ownerId: null,
      reason: "no line manager free to investigate: HR to assign one",
      skipped: found.skipped,
    };
  }
  if (found.index === 0)
    return { ownerId: found.ownerId, reason: "the subject's line manager", skipped: found.skipped };
  const first = found.skipped[0];
  return {
    ownerId: found.ownerId,
    reason: `the next manager up, because the line manager ${first?.why ?? "could not take it"} (CCC-SMP §9 b)`,
    skipped: found.skipped,
  };
}

/** Escalation: the manager above the current investigator, passing over the reporter and the subject. */
export async function escalationTarget(
  db: Db,
  current: { ownerId: string | null; subjectId: string | null; reporterId: string | null },
): Promise<string | null> {
  const from = current.ownerId ?? current.subjectId;
  if (!from) return null;
  const chain = await lineManagerChain(db, from);
  const found = await firstFree(
    db,
    chain,
    [
      { id: current.reporterId, why: "made the report" },
      { id: current.subjectId, why: "is the subject" },
    ],
    null,
  );
  return found.ownerId;
}
