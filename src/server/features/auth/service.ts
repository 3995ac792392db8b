// Local sign-in with lock-out. The lock-out counts failures per account (not per address), so
// guessing one person's password from many machines still stops after a few tries.
import type { Kysely } from "kysely";
import { appendAudit } from "../../platform/audit.js";
import { HttpError } from "../../platform/errors.js";
import { burnPasswordCheck, verifyPassword } from "../../platform/passwords.js";
import type { Database } from "../../platform/tables.js";

export interface LockoutPolicy {
  attempts: number;
  minutes: number;
}

const WRONG = "Wrong e-mail address or password.";

export async function checkPassword(
  db: Kysely<Database>,
  policy: LockoutPolicy,
  emailInput: string,
  password: string,
): Promise<{ id: string; email: string }> {
  const email = emailInput.trim().toLowerCase();
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "password_hash", "active", "locked_until", "failed_logins"])
    .where("email", "=", email)
    .executeTakeFirst();
  const actor = { id: user?.id ?? null, label: email };
  if (!user || !user.password_hash || !user.active) {
    await burnPasswordCheck(password);
    await appendAudit(db, {
      actor,
      action: "session.sign-in-failed",
      subjectType: "user",
      subjectId: user?.id ?? null,
      detail: { reason: user ? (user.active ? "no-password" : "inactive") : "unknown-email" },
    });
    throw new HttpError(401, "wrong-credentials", WRONG);
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    await appendAudit(db, {
      actor,
      action: "session.sign-in-failed",
      subjectType: "user",
      subjectId: user.id,
      detail: { reason: "locked" },
    });
    throw lockedError(user.locked_until);
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    // Counted in the database, not in memory: the count must hold across processes and restarts.
    const updated = await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("users")
        .set((eb) => ({ failed_logins: eb("failed_logins", "+", 1) }))
        .where("id", "=", user.id)
        .returning(["failed_logins"])
        .executeTakeFirstOrThrow();
      let lockedUntil: Date | null = null;
      if (row.failed_logins >= policy.attempts) {
        lockedUntil = new Date(Date.now() + policy.minutes * 60_000);
        await trx
          .updateTable("users")
          .set({ locked_until: lockedUntil, failed_logins: 0 })
          .where("id", "=", user.id)
          .execute();
        await appendAudit(trx, {
          actor,
          action: "user.lock",
          subjectType: "user",
          subjectId: user.id,
          detail: { failedAttempts: row.failed_logins, until: lockedUntil.toISOString() },
        });
      } else {
        await appendAudit(trx, {
          actor,
          action: "session.sign-in-failed",
          subjectType: "user",
          subjectId: user.id,
          detail: { reason: "wrong-password", failedAttempts: row.failed_logins },
        });
      }
      return lockedUntil;
    });
    if (updated) throw lockedError(updated);
    throw new HttpError(401, "wrong-credentials", WRONG);
  }
  if (user.failed_logins > 0 || user.locked_until) {
    await db
      .updateTable("users")
      .set({ failed_logins: 0, locked_until: null })
      .where("id", "=", user.id)
      .execute();
  }
  return { id: user.id, email: user.email };
}

function lockedError(until: Date): HttpError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new HttpError(
    423,
    "locked",
    `This account is locked after too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an administrator to unlock it.`,
  );
}
