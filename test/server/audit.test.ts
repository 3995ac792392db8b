// The audit log: every change recorded, append-only, and `postguard audit verify` catches
// an edited, an inserted and a deleted entry.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appendAudit, entryHash, verifyAudit } from "../../src/server/platform/audit.js";
import { openDatabase, type DatabaseHandle } from "../../src/server/platform/database.js";
import { migrateToLatest } from "../../src/server/platform/migrate.js";
import { migrations } from "../../src/server/migrations.js";
import type { Database } from "../../src/server/platform/tables.js";
import { run } from "../../src/cli/main.js";
import {
  BACKEND,
  signedIn,
  testApp,
  testDatabase,
  type TestApp,
  type TestDatabase,
} from "./helpers.js";

const actor = { id: null, label: "test" };

/** Tampering needs the append-only trigger out of the way, as an attacker with superuser rights would. */
async function tamper(db: Kysely<Database>, statements: string[]) {
  await sql`alter table audit_log disable trigger user`.execute(db);
  for (const statement of statements) await sql.raw(statement).execute(db);
  await sql`alter table audit_log enable trigger user`.execute(db);
}

async function freshLog(count: number): Promise<TestDatabase> {
  const database = await testDatabase();
  for (let i = 1; i <= count; i++)
    await appendAudit(database.handle.db, {
      actor,
      action: "thing.change",
      subjectType: "thing",
      subjectId: String(i),
      detail: { n: i, nested: { b: 1, a: [1, 2] } },
    });
  return database;
}

describe(`audit log (${BACKEND})`, { timeout: 60_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshLog(5);
  }, 120_000);
  afterAll(() => database.drop());

  it("chains each entry to the one before", async () => {
    const rows = await database.handle.db
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    for (const row of rows) expect(entryHash(row)).toBe(row.hash);
    expect(await verifyAudit(database.handle.db)).toMatchObject({
      ok: true,
      entries: 5,
      problems: [],
    });
  });

  it("refuses UPDATE and DELETE in the database itself", async () => {
    await expect(
      sql`update audit_log set action = 'x' where seq = 1`.execute(database.handle.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from audit_log where seq = 1`.execute(database.handle.db),
    ).rejects.toThrow(/append-only/);
  });

  it("detects an edited entry", async () => {
    const d = await freshLog(4);
    try {
      await tamper(d.handle.db, [`update audit_log set detail = '{"n": 99}' where seq = 2`]);
      const report = await verifyAudit(d.handle.db);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([expect.objectContaining({ kind: "edited", seq: 2 })]);
    } finally {
      await d.drop();
    }
  }, 120_000);

  it("detects a deleted entry, in the middle or at the end", async () => {
    const d = await freshLog(5);
    try {
      await tamper(d.handle.db, [`delete from audit_log where seq = 3`]);
      expect((await verifyAudit(d.handle.db)).problems).toEqual([
        expect.objectContaining({ kind: "deleted", seq: 3 }),
      ]);
      await tamper(d.handle.db, [`delete from audit_log where seq = 5`]);
      expect((await verifyAudit(d.handle.db)).problems).toContainEqual(
        expect.objectContaining({ kind: "deleted", seq: 5 }),
      );
    } finally {
      await d.drop();
    }
  }, 120_000);

  it("detects an inserted entry, even one with a correct hash of its own", async () => {
    const d = await freshLog(4);
    try {
      const two = await d.handle.db
        .selectFrom("audit_log")
        .selectAll()
        .where("seq", "=", 2)
        .executeTakeFirstOrThrow();
      // Forge entry 3 that links correctly to entry 2, and shift the real 3 and 4 up.
      const forged = {
        seq: 3,
        at: new Date(),
        actor_id: null,
        actor_label: "intruder",
        action: "user.update",
        subject_type: "user",
        subject_id: "x",
        detail: { roles: ["administrator"] },
        prev_hash: two.hash,
      };
      const hash = entryHash(forged);
      await tamper(d.handle.db, [
        `update audit_log set seq = seq + 10 where seq >= 3`,
        `update audit_log set seq = seq - 9 where seq >= 13`,
        `insert into audit_log (seq, at, actor_id, actor_label, action, subject_type, subject_id, detail, prev_hash, hash)
           values (3, '${forged.at.toISOString()}', null, 'intruder', 'user.update', 'user', 'x', '{"roles":["administrator"]}', '${two.hash}', '${hash}')`,
      ]);
      const report = await verifyAudit(d.handle.db);
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => p.kind)).toContain("inserted");
      expect(report.problems.find((p) => p.kind === "inserted")!.seq).toBe(4);
    } finally {
      await d.drop();
    }
  }, 120_000);

  it("detects an entry added after the last one written", async () => {
    const d = await freshLog(2);
    try {
      const two = await d.handle.db
        .selectFrom("audit_log")
        .selectAll()
        .where("seq", "=", 2)
        .executeTakeFirstOrThrow();
      const forged = {
        seq: 3,
        at: new Date(),
        actor_id: null,
        actor_label: "intruder",
        action: "x",
        subject_type: "x",
        subject_id: null,
        detail: {},
        prev_hash: two.hash,
      };
      await d.handle.db
        .insertInto("audit_log")
        .values({ ...forged, hash: entryHash(forged), detail: "{}" })
        .execute();
      expect((await verifyAudit(d.handle.db)).problems).toEqual([
        expect.objectContaining({ kind: "inserted", seq: 3 }),
      ]);
    } finally {
      await d.drop();
    }
  }, 120_000);
});

describe(`every change is audited (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  }, 120_000);
  afterAll(() => t.close());

  it("records sign-in, user creation and changes, and who read the log", async () => {
    const { client: admin, user } = await signedIn(t.app, ["administrator"]);
    const created = await admin.post("/api/v1/users", {
      email: "new.nurse@trust.nhs.uk",
      displayName: "New Nurse",
      roles: ["staff"],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await admin.patch(`/api/v1/users/${id}`, { roles: ["staff", "line_manager"] })).statusCode,
    ).toBe(200);
    const { client: ig } = await signedIn(t.app, ["information_governance"]);
    const log = await ig.get("/api/v1/audit?limit=50");
    expect(log.statusCode).toBe(200);
    const actions = log
      .json()
      .entries.map((e: { action: string; actorLabel: string }) => `${e.action} by ${e.actorLabel}`);
    expect(actions).toContain(`session.sign-in by ${user.email}`);
    expect(actions).toContain(`user.create by ${user.email}`);
    expect(actions).toContain(`user.update by ${user.email}`);
    const update = log.json().entries.find((e: { action: string }) => e.action === "user.update");
    expect(update.detail).toEqual({
      changes: { roles: { from: ["staff"], to: ["staff", "line_manager"] } },
    });
    const after = await ig.get("/api/v1/audit?limit=1");
    expect(after.json().entries[0].action).toBe("audit.view");
    const verify = await ig.post("/api/v1/audit/verify");
    expect(verify.json()).toMatchObject({ ok: true, problems: [] });
  }, 60_000);
});

describe(`postguard audit verify (${BACKEND})`, { timeout: 60_000 }, () => {
  let dir: string | undefined;
  let handle: DatabaseHandle;
  let database: TestDatabase | undefined;
  let args: string[];
  beforeAll(async () => {
    // The command opens the database itself: a PostgreSQL database by URL, or an embedded one in a data directory.
    if (process.env.DATABASE_URL) {
      database = await testDatabase();
      handle = database.handle;
      args = ["--database-url", database.url!];
    } else {
      dir = mkdtempSync(join(tmpdir(), "postguard-audit-"));
      handle = await openDatabase({ dataDir: dir });
      args = ["--data-dir", dir];
    }
    await migrateToLatest(handle.db as Kysely<unknown>, migrations);
    for (let i = 0; i < 3; i++)
      await appendAudit(handle.db, { actor, action: "thing.change", subjectType: "thing" });
    if (dir) await handle.close();
  }, 120_000);
  afterAll(async () => {
    if (database) await database.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function verify(): Promise<{ code: number; out: string }> {
    const writes: string[] = [];
    const spy = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk) => (writes.push(String(chunk)), true));
    const stderr: string[] = [];
    try {
      const code = await run(["audit", "verify", ...args], {
        stdin: process.stdin,
        stdout: { write: (s: string) => (writes.push(s), true) },
        stderr: { write: (s: string) => (stderr.push(s), true) },
        env: {},
      } as never);
      return { code, out: writes.join("") + stderr.join("") };
    } finally {
      spy.mockRestore();
    }
  }

  it("exits 0 on an intact log and 1 after tampering, naming the entry", async () => {
    const intact = await verify();
    expect(intact.out).toMatch(/intact: 3 entries/);
    expect(intact.code).toBe(0);
    const db = dir ? (handle = await openDatabase({ dataDir: dir })).db : handle.db;
    await tamper(db, [`update audit_log set actor_label = 'someone else' where seq = 2`]);
    if (dir) await handle.close();
    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/edited\s+entry 2 was changed/);
  }, 120_000);
});
