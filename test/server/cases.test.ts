// Case management through the API, on both backends: the ways in, evidence and its hash in the
// audit log, routing (CCC-SMP §9), who sees what, the workflow, e-mail to a real SMTP server
// (smtp-server, parsed with mailparser), statistics and the FOI report, and refused uploads
// that leave nothing behind.
import type { ParsedMail } from "mailparser";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import {
  createDepartment,
  createDirectorate,
  createUser,
} from "../../src/server/features/users/service.js";
import {
  createCaseFromFlag,
  foiCsv,
  type CaseContext,
} from "../../src/server/features/cases/service.js";
import { snapshotHash, sha256 } from "../../src/server/features/cases/evidence.js";
import type { Role } from "../../src/server/platform/authorisation.js";
import {
  BACKEND,
  Client,
  PASSWORD,
  startMailbox,
  testApp,
  type Mailbox,
  type TestApp,
} from "./helpers.js";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PATIENT_POST =
  "Mr John Smith (NHS number 943 476 5919) on Ward 7 finally went home, what a nightmare he was";
const RUDE_POST = "Management here are useless idiots and I'm sick of the lot of them";

/** A multipart/form-data body as a browser sends it. */
function form(
  fields: Record<string, string>,
  files: { name: string; type: string; content: Buffer }[] = [],
) {
  const boundary = `----postguard${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="screenshots"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    chunks.push(file.content, Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

// Each step waits for real e-mail through the job queue: more than the default 5 s on a small machine.
describe(`cases (${BACKEND})`, { timeout: 30_000 }, () => {
  let t: TestApp;
  let mailbox: Mailbox;
  const mail: ParsedMail[] = [];
  const people: Record<string, { id: string; email: string }> = {};
  const clients: Record<string, Client> = {};
  let directorateId: string;

  async function waitForMail(test: (m: ParsedMail) => boolean, what: string): Promise<ParsedMail> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const found = mail.find(test);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(
      `no e-mail: ${what}; received: ${mail.map((m) => `${(m.to as { text: string }).text} "${m.subject}"`).join("; ")}`,
    );
  }
  const to = (m: ParsedMail) => (m.to as { text: string }).text;

  async function counts() {
    const n = async (table: "cases" | "case_evidence" | "case_events" | "audit_log") =>
      Number(
        (
          await t.app.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    // E-mails queued for sending (pg-boss keeps sent ones in the table for days).
    const queued = await sql<{
      n: string;
    }>`select count(*) as n from pgboss.job where name = 'cases.send-mail'`.execute(t.app.db);
    return {
      cases: await n("cases"),
      evidence: await n("case_evidence"),
      events: await n("case_events"),
      audit: await n("audit_log"),
      mails: Number(queued.rows[0].n),
    };
  }

  async function audits(action: string, subjectId?: string) {
    let q = t.app.db.selectFrom("audit_log").selectAll().where("action", "=", action);
    if (subjectId) q = q.where("subject_id", "=", subjectId);
    return q.orderBy("seq").execute();
  }

  beforeAll(async () => {
    mailbox = await startMailbox(mail);
    process.env.POSTGUARD_SMTP_URL = mailbox.url;
    process.env.POSTGUARD_MAIL_FROM = "postguard <postguard@trust.nhs.uk>";
    t = await testApp({ POSTGUARD_PUBLIC_URL: "https://postguard.trust.nhs.uk" });

    const system = { id: null, label: "test" };
    directorateId = (await createDirectorate(t.app.db, system, "Medicine")).id;
    const ward = (await createDepartment(t.app.db, system, directorateId, "Ward 7")).id;
    const add = async (key: string, roles: Role[], manager?: string) => {
      const user = await createUser(t.app.db, system, {
        email: `${key}@trust.nhs.uk`,
        displayName: key[0].toUpperCase() + key.slice(1),
        roles,
        departmentId: ward,
        lineManagerId: manager ? people[manager].id : null,
        password: PASSWORD,
      });
      people[key] = user;
      const client = new Client(t.app);
      expect((await client.login(user.email)).statusCode).toBe(200);
      clients[key] = client;
    };
    await add("director", ["service_director", "line_manager"]);
    await add("senior", ["line_manager"], "director");
    await add("manager", ["line_manager", "staff"], "senior");
    await add("nurse", ["staff"], "manager");
    await add("reporter", ["staff"], "manager");
    await add("hr", ["hr"], "director");
    await add("ig", ["information_governance"], "director");
    await add("comms", ["communications"], "director");
    await add("hradviser", ["hr", "staff"], "director");
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
    delete process.env.POSTGUARD_SMTP_URL;
  });

  let rudeCase: string;
  let patientCase: string;

  it("takes a staff report, routes it to the subject's line manager and e-mails them", async () => {
    const response = await clients.reporter.post("/api/v1/cases", {
      platform: "Facebook",
      postUrl: "https://facebook.com/posts/123",
      postText: RUDE_POST,
      whatHappened: "Saw this on a public page this morning.",
      subjectId: people.nurse.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    rudeCase = response.json().id;
    const detail = (await clients.manager.get(`/api/v1/cases/${rudeCase}`)).json();
    expect(detail).toMatchObject({
      status: "new",
      ownerId: people.manager.id,
      subjectName: "Nurse",
      directorateName: "Medicine",
      advisers: ["hr"],
      source: "report",
    });
    expect(detail.findings.length).toBeGreaterThan(0);
    expect(detail.findings).toEqual(
      JSON.parse(
        JSON.stringify(check({ text: RUDE_POST }).findings.map(({ fix: _fix, ...f }) => f)),
      ),
    );
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "created",
      "routed",
      "adviser-added",
    ]);
    expect(detail.timeline[1].text).toMatch(/Routed to Manager: the subject's line manager/);

    const assigned = await waitForMail(
      (m) =>
        to(m).includes("manager@trust.nhs.uk") &&
        /Case \d+ has been assigned to you/.test(m.subject ?? ""),
      "assignment",
    );
    expect(assigned.text).toContain(`https://postguard.trust.nhs.uk/cases/${rudeCase}`);
    // The e-mail never carries the post or the people in it.
    expect(assigned.text).not.toMatch(/useless|Nurse|reporter/);
    expect((assigned.from as { text: string }).text).toContain("postguard@trust.nhs.uk");
    await waitForMail(
      (m) => to(m).includes("hr@trust.nhs.uk") && /HR asked to advise/.test(m.subject ?? ""),
      "HR adviser",
    );
  });

  it("records the snapshot's SHA-256 in the audit log", async () => {
    const [entry] = await audits("case.create", rudeCase);
    const row = await t.app.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", rudeCase)
      .executeTakeFirstOrThrow();
    expect(entry.detail.evidenceSha256).toBe(row.evidence_sha256);
    expect(row.evidence_sha256).toBe(
      snapshotHash({
        text: RUDE_POST,
        url: "https://facebook.com/posts/123",
        platform: "Facebook",
        postedAt: null,
        capturedAt: row.captured_at.toISOString(),
        images: [],
      }),
    );
    expect(entry.actor_id).toBe(people.reporter.id);
  });

  it("never shows a case to its subject, and shows a reporter only their own reports' status", async () => {
    // The subject holds the HR role, which would otherwise see every case HR advises on.
    const response = await clients.reporter.post("/api/v1/cases", {
      platform: "X (Twitter)",
      postText: RUDE_POST,
      whatHappened: "HR adviser posted this",
      subjectId: people.hradviser.id,
    });
    expect(response.statusCode).toBe(201);
    const id = response.json().id;
    expect((await clients.hr.get(`/api/v1/cases/${id}`)).statusCode).toBe(200);
    expect((await clients.hradviser.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
    const list = (await clients.hradviser.get("/api/v1/cases")).json().cases;
    expect(list.map((c: { id: string }) => c.id)).not.toContain(id);
    expect(list.map((c: { id: string }) => c.id)).toContain(rudeCase);
    // The subject's own line manager (the director) would get it: nobody else hears of it by e-mail.
    const mine = (await clients.reporter.get("/api/v1/cases/mine")).json().reports;
    expect(mine[0]).toEqual({
      id,
      number: expect.any(Number),
      status: "new",
      platform: "X (Twitter)",
      subjectName: "Hradviser",
      createdAt: expect.any(String),
    });
    expect(Object.keys(mine[0])).not.toContain("ownerId");
    // Staff cannot read cases at all, including their own reports in full.
    expect((await clients.reporter.get(`/api/v1/cases/${id}`)).statusCode).toBe(403);
    expect((await clients.nurse.get("/api/v1/cases")).statusCode).toBe(403);
  });

  it("goes to the next manager up when the line manager is implicated or made the report (CCC-SMP §9 b)", async () => {
    const implicated = await clients.reporter.post("/api/v1/cases", {
      platform: "Instagram",
      postText: RUDE_POST,
      whatHappened: "The nurse's manager liked and shared it",
      subjectId: people.nurse.id,
      lineManagerImplicated: true,
    });
    const first = (await clients.senior.get(`/api/v1/cases/${implicated.json().id}`)).json();
    expect(first.ownerId).toBe(people.senior.id);
    expect(first.timeline[1].text).toMatch(/next manager up, because the line manager implicated/);
    // The implicated manager cannot open it.
    expect((await clients.manager.get(`/api/v1/cases/${implicated.json().id}`)).statusCode).toBe(
      404,
    );
    await waitForMail(
      (m) => to(m).includes("senior@trust.nhs.uk") && /assigned/.test(m.subject ?? ""),
      "next manager up",
    );

    const byManager = await clients.manager.post("/api/v1/cases", {
      platform: "TikTok",
      postText: RUDE_POST,
      whatHappened: "My own team member",
      subjectId: people.nurse.id,
    });
    const second = (await clients.senior.get(`/api/v1/cases/${byManager.json().id}`)).json();
    expect(second.ownerId).toBe(people.senior.id);
    expect(second.timeline[1].text).toMatch(/line manager made the report/);
  });

  it("keeps patient-identifiable evidence to the investigating manager and IG, adds IG itself, and audits every view", async () => {
    const response = await clients.reporter.post("/api/v1/cases", {
      platform: "Facebook",
      postText: PATIENT_POST,
      whatHappened: "A patient is named",
      subjectId: people.nurse.id,
    });
    patientCase = response.json().id;
    const expected = check({ text: PATIENT_POST });

    const asHr = (await clients.hr.get(`/api/v1/cases/${patientCase}`)).json();
    expect(asHr).toMatchObject({
      patientIdentifiable: true,
      evidenceAccess: false,
      advisers: ["hr", "information_governance"],
      category: "patient-identifiable",
    });
    expect(asHr.redactedText).toBe(expected.redacted);
    expect(JSON.stringify(asHr)).not.toMatch(/943 476 5919|John Smith/);
    expect((await clients.hr.get(`/api/v1/cases/${patientCase}/evidence`)).json()).toMatchObject({
      statusCode: 403,
      code: "evidence-restricted",
    });
    const hrList = (await clients.hr.get("/api/v1/cases"))
      .json()
      .cases.find((c: { id: string }) => c.id === patientCase);
    expect(hrList.excerpt).toBe(expected.redacted);
    expect(hrList.excerpt).not.toMatch(/943 476 5919/);

    const asIg = await clients.ig.get(`/api/v1/cases/${patientCase}/evidence`);
    expect(asIg.statusCode).toBe(200);
    expect(asIg.json().postText).toBe(PATIENT_POST);
    expect(
      (await clients.manager.get(`/api/v1/cases/${patientCase}/evidence`)).json().postText,
    ).toBe(PATIENT_POST);
    await waitForMail(
      (m) =>
        to(m).includes("ig@trust.nhs.uk") &&
        /Information governance asked to advise/.test(m.subject ?? ""),
      "IG adviser",
    );

    const views = await audits("case.view", patientCase);
    expect(views.map((v) => [v.actor_label, v.detail.part])).toEqual([
      ["hr@trust.nhs.uk", "detail"],
      ["ig@trust.nhs.uk", "evidence"],
      ["manager@trust.nhs.uk", "evidence"],
    ]);
    const lists = await audits("case.list");
    expect(
      lists.some(
        (l) => l.actor_label === "hr@trust.nhs.uk" && (l.detail.cases as number[]).length > 0,
      ),
    ).toBe(true);
  });

  it("stores screenshots with their hashes and serves them only with evidence access", async () => {
    const { body, headers } = form(
      {
        platform: "Facebook",
        postText: "",
        postUrl: "https://facebook.com/photo/9",
        whatHappened: "Photo of the ward whiteboard",
        subjectId: people.nurse.id,
      },
      [{ name: "board.png", type: "image/png", content: PNG }],
    );
    const response = await clients.reporter.request("POST", "/api/v1/cases", body, headers);
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const detail = (await clients.manager.get(`/api/v1/cases/${id}`)).json();
    expect(detail.images).toEqual([
      {
        id: expect.any(String),
        filename: "board.png",
        mediaType: "image/png",
        size: PNG.length,
        sha256: sha256(PNG),
      },
    ]);
    const image = await clients.manager.get(`/api/v1/cases/${id}/evidence/${detail.images[0].id}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.rawPayload.equals(PNG)).toBe(true);
    const [created] = await audits("case.create", id);
    expect(created.detail.images).toEqual([
      { id: detail.images[0].id, sha256: sha256(PNG), size: PNG.length, mediaType: "image/png" },
    ]);
    const [viewed] = (await audits("case.view", id)).filter((v) => v.detail.part === "screenshot");
    expect(viewed.detail.sha256).toBe(sha256(PNG));
  });

  it("refuses non-images, oversized and too many uploads with a clear message and saves nothing", async () => {
    const before = await counts();
    const fields = {
      platform: "Facebook",
      postText: RUDE_POST,
      whatHappened: "Refused report",
      subjectId: people.nurse.id,
    };

    const pdf = form(fields, [
      { name: "ok.png", type: "image/png", content: PNG },
      { name: "notes.pdf", type: "application/pdf", content: Buffer.from("%PDF-1.4 not an image") },
    ]);
    const notImage = await clients.reporter.request("POST", "/api/v1/cases", pdf.body, pdf.headers);
    expect(notImage.statusCode).toBe(415);
    expect(notImage.json()).toMatchObject({
      code: "not-an-image",
      message: expect.stringMatching(/notes\.pdf is not an image.*PNG, JPEG/),
    });

    // A file that claims to be an image but is not one is refused by its content.
    const disguised = form(fields, [
      { name: "fake.png", type: "image/png", content: Buffer.from("<script>alert(1)</script>") },
    ]);
    expect(
      (await clients.reporter.request("POST", "/api/v1/cases", disguised.body, disguised.headers))
        .statusCode,
    ).toBe(415);

    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const oversized = form(fields, [{ name: "huge.png", type: "image/png", content: big }]);
    const tooBig = await clients.reporter.request(
      "POST",
      "/api/v1/cases",
      oversized.body,
      oversized.headers,
    );
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({
      code: "file-too-large",
      message: expect.stringMatching(/larger than the limit of 5 MB/),
    });

    const six = form(
      fields,
      Array.from({ length: 6 }, (_, i) => ({ name: `s${i}.png`, type: "image/png", content: PNG })),
    );
    const tooMany = await clients.reporter.request("POST", "/api/v1/cases", six.body, six.headers);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      code: "too-many-files",
      message: "Attach at most 5 screenshots.",
    });

    const missing = form({ platform: "Facebook", postText: RUDE_POST }, []);
    const noStory = await clients.reporter.request(
      "POST",
      "/api/v1/cases",
      missing.body,
      missing.headers,
    );
    expect(noStory.statusCode).toBe(400);
    expect(noStory.json().message).toMatch(/whatHappened/);

    const unknownSubject = await clients.reporter.post("/api/v1/cases", {
      ...fields,
      subjectId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownSubject.statusCode).toBe(400);
    expect(unknownSubject.json().message).toMatch(/No member of staff/);
    for (const r of [notImage, tooBig, tooMany, unknownSubject])
      expect(r.body).not.toMatch(/at .*\.[jt]s:\d+/);

    expect(await counts()).toEqual(before);
  });

  it("runs the workflow: status, notes, tasks, HR advice, and closes only with an outcome", async () => {
    const manager = clients.manager;
    expect(
      (await manager.patch(`/api/v1/cases/${rudeCase}`, { status: "investigating" })).statusCode,
    ).toBe(200);
    expect(
      (
        await manager.post(`/api/v1/cases/${rudeCase}/notes`, {
          body: "Spoke to the nurse; the post is down.",
        })
      ).statusCode,
    ).toBe(200);
    const task = await manager.post(`/api/v1/cases/${rudeCase}/tasks`, {
      title: "Meet the nurse with HR",
      dueAt: "2030-01-31",
    });
    expect(task.statusCode).toBe(201);
    expect(
      (await manager.patch(`/api/v1/cases/${rudeCase}/tasks/${task.json().id}`, { done: true }))
        .statusCode,
    ).toBe(200);

    expect(
      (await manager.patch(`/api/v1/cases/${rudeCase}`, { status: "awaiting_hr_advice" }))
        .statusCode,
    ).toBe(200);
    await waitForMail(
      (m) => to(m).includes("hr@trust.nhs.uk") && /waiting for HR advice/.test(m.subject ?? ""),
      "HR advice",
    );

    const early = await manager.patch(`/api/v1/cases/${rudeCase}`, { status: "closed" });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: "outcome-needed",
      message: "A case closes only with an outcome: record the outcome first.",
    });
    // IG advises but does not decide.
    expect(
      (await clients.hr.patch(`/api/v1/cases/${rudeCase}`, { status: "investigating" })).statusCode,
    ).toBe(200);
    const bad = await manager.post(`/api/v1/cases/${rudeCase}/outcome`, {
      outcome: "a telling-off",
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (
        await manager.post(`/api/v1/cases/${rudeCase}/outcome`, {
          outcome: "formal_action",
          note: "First written warning",
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await manager.patch(`/api/v1/cases/${rudeCase}`, { status: "closed" })).statusCode,
    ).toBe(200);

    const detail = (await manager.get(`/api/v1/cases/${rudeCase}`)).json();
    expect(detail).toMatchObject({
      status: "closed",
      outcome: "formal_action",
      outcomeNote: "First written warning",
      closedAt: expect.any(String),
    });
    expect(detail.notes).toEqual([
      {
        id: expect.any(String),
        author: "manager@trust.nhs.uk",
        body: "Spoke to the nurse; the post is down.",
        at: expect.any(String),
      },
    ]);
    expect(detail.tasks[0]).toMatchObject({
      title: "Meet the nurse with HR",
      assigneeId: people.manager.id,
      doneAt: expect.any(String),
      overdue: false,
    });
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "created",
      "routed",
      "adviser-added",
      "status",
      "note",
      "task-added",
      "task-done",
      "status",
      "status",
      "outcome",
      "status",
      "status",
    ]);
    expect(detail.timeline.at(-3).text).toBe(
      "Outcome recorded: Formal action under the Disciplinary Policy",
    );
    // The database holds the rule too: no path around the service closes a case without an outcome.
    const open = (await clients.manager.get("/api/v1/cases?status=new")).json().cases[0];
    await expect(
      t.app.db
        .updateTable("cases")
        .set({ status: "closed", closed_at: new Date() })
        .where("id", "=", open.id)
        .execute(),
    ).rejects.toThrow(/check constraint/);
    const statusAudits = await audits("case.status", rudeCase);
    expect(statusAudits.map((a) => a.detail.to)).toEqual([
      "investigating",
      "awaiting_hr_advice",
      "investigating",
      "closed",
    ]);
  });

  it("refuses decisions from advisers who only advise, and from people the case is not for", async () => {
    const ig = await clients.ig.patch(`/api/v1/cases/${patientCase}`, { status: "investigating" });
    expect(ig.statusCode).toBe(403);
    expect(ig.json().code).toBe("not-investigator");
    expect(
      (
        await clients.ig.post(`/api/v1/cases/${patientCase}/notes`, {
          body: "IG view: report to the DPO.",
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await clients.senior.patch(`/api/v1/cases/${patientCase}`, { status: "investigating" }))
        .statusCode,
    ).toBe(404);
  });

  it("reassigns and escalates, e-mailing the new investigator", async () => {
    const reassigned = await clients.hr.post(`/api/v1/cases/${patientCase}/assign`, {
      ownerId: people.senior.id,
      reason: "Manager on leave",
    });
    expect(reassigned.statusCode).toBe(200);
    await waitForMail(
      (m) =>
        to(m).includes("senior@trust.nhs.uk") &&
        /assigned/.test(m.subject ?? "") &&
        (m.text ?? "").includes("Manager on leave"),
      "reassignment",
    );
    expect((await clients.manager.get(`/api/v1/cases/${patientCase}`)).statusCode).toBe(404);
    expect(
      (
        await clients.hr.post(`/api/v1/cases/${patientCase}/assign`, { ownerId: people.nurse.id })
      ).json().message,
    ).toMatch(/subject of the case cannot/);
    expect(
      (
        await clients.hr.post(`/api/v1/cases/${patientCase}/assign`, {
          ownerId: people.reporter.id,
        })
      ).json().message,
    ).toMatch(/made the report cannot investigate/);

    const escalated = await clients.senior.post(`/api/v1/cases/${patientCase}/escalate`, {
      reason: "I work closely with the nurse",
    });
    expect(escalated.statusCode).toBe(200);
    expect(escalated.json().ownerId).toBe(people.director.id);
    const message = await waitForMail(
      (m) => to(m).includes("director@trust.nhs.uk") && /escalated to you/.test(m.subject ?? ""),
      "escalation",
    );
    expect(message.text).toMatch(/I work closely with the nurse/);
    expect(message.text).not.toMatch(/943 476 5919|John Smith/);
    // Nobody above the director.
    const top = await clients.director.post(`/api/v1/cases/${patientCase}/escalate`, {
      reason: "again",
    });
    expect(top.statusCode).toBe(409);
    expect(top.json().code).toBe("no-manager-above");
    const timeline = (await clients.director.get(`/api/v1/cases/${patientCase}`))
      .json()
      .timeline.map((e: { text: string }) => e.text);
    expect(timeline).toContain("Reassigned to Senior: Manager on leave");
    expect(timeline).toContain("Escalated to Director: I work closely with the nurse");
  });

  it("e-mails the assignee and investigator when a task is overdue, once (cases.overdue-tasks job)", async () => {
    const task = await clients.director.post(`/api/v1/cases/${patientCase}/tasks`, {
      title: "Ask Facebook to take the post down",
      dueAt: "2020-01-01",
      assigneeId: people.ig.id,
    });
    expect(task.statusCode).toBe(201);
    await waitForMail(
      (m) => to(m).includes("ig@trust.nhs.uk") && /a task for you/.test(m.subject ?? ""),
      "task assigned",
    );
    // The job is on pg-boss's schedule (test/server/cases-reminders.test.ts waits for it to run by
    // itself); here it is sent now rather than waiting for the next quarter hour.
    expect(await t.app.jobs.schedules()).toContainEqual({
      queue: "cases.overdue-tasks",
      cron: "*/15 * * * *",
    });
    await t.app.jobs.send("cases.overdue-tasks", {});
    const overdue = await waitForMail((m) => /task overdue/.test(m.subject ?? ""), "overdue task");
    expect(to(overdue)).toContain("ig@trust.nhs.uk");
    expect(to(overdue)).toContain("director@trust.nhs.uk");
    expect(overdue.text).toMatch(/"Ask Facebook to take the post down" was due on 2020-01-01/);
    await t.app.jobs.send("cases.overdue-tasks", {});
    await new Promise((r) => setTimeout(r, 2000));
    expect(mail.filter((m) => /task overdue/.test(m.subject ?? ""))).toHaveLength(1);
    const detail = (await clients.director.get(`/api/v1/cases/${patientCase}`)).json();
    expect(
      detail.tasks.find((x: { title: string }) => x.title.startsWith("Ask Facebook")),
    ).toMatchObject({ overdue: true });
    expect(detail.timeline.at(-1).kind).toBe("task-overdue");
  });

  it("takes posts forwarded by communications (MTW-SMP §3.1) and flags from the checker", async () => {
    const forwarded = await clients.comms.post("/api/v1/cases/forward", {
      platform: "X (Twitter)",
      postText: RUDE_POST,
      whatHappened: "Found while monitoring mentions",
      subjectId: people.nurse.id,
    });
    expect(forwarded.statusCode).toBe(201);
    expect(
      (await clients.manager.get(`/api/v1/cases/${forwarded.json().id}`)).json(),
    ).toMatchObject({ source: "communications", reportedBy: "comms@trust.nhs.uk" });
    expect(
      (
        await clients.reporter.post("/api/v1/cases/forward", {
          platform: "X",
          postText: "x",
          whatHappened: "y",
          subjectName: "z",
        })
      ).statusCode,
    ).toBe(403);

    const ctx: CaseContext = {
      db: t.app.db,
      publicUrl: "https://postguard.trust.nhs.uk",
      notify: async () => {},
    };
    const flagged = await createCaseFromFlag(ctx, {
      source: "checker",
      text: PATIENT_POST,
      platform: "Facebook",
      subjectId: people.nurse.id,
      reason: "patient-identifiable/nhs-number",
    });
    const detail = (await clients.manager.get(`/api/v1/cases/${flagged.id}`)).json();
    expect(detail).toMatchObject({
      source: "checker",
      reportedBy: "checker",
      ownerId: people.manager.id,
      advisers: ["hr", "information_governance"],
    });
    const unknown = await createCaseFromFlag(ctx, {
      source: "monitoring",
      text: RUDE_POST,
      platform: "Facebook",
      reason: "keyword scan",
    });
    const row = await t.app.db
      .selectFrom("cases")
      .select(["owner_id", "subject_name"])
      .where("id", "=", unknown.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ owner_id: null, subject_name: "Unknown author" });
    // HR sees unassigned cases and can give them to a manager.
    expect(
      (await clients.hr.post(`/api/v1/cases/${unknown.id}/assign`, { ownerId: people.manager.id }))
        .statusCode,
    ).toBe(200);
  });

  it('raises a case from a post "Check a post" flagged (POST /cases/flag), checked again on the server', async () => {
    const before = await counts();
    // The checker passes this post as a plain post: there is nothing to raise.
    const fine = "Lovely sunny day for the hospital fun run, well done everyone";
    const refused = await clients.reporter.post("/api/v1/cases/flag", {
      text: fine,
      platform: "Facebook",
      subjectId: people.nurse.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: "not-flagged",
      message: expect.stringMatching(/found nothing in this post to report.*report form/),
    });
    expect(await counts()).toEqual(before);

    const flagged = await clients.reporter.post("/api/v1/cases/flag", {
      text: PATIENT_POST,
      platform: "Facebook",
      postUrl: "https://facebook.com/posts/777",
      subjectId: people.nurse.id,
      note: "A colleague posted this; I checked it before reporting.",
    });
    expect(flagged.statusCode, flagged.body).toBe(201);
    const id = flagged.json().id;
    expect(flagged.json().number).toEqual(expect.any(Number));
    const detail = (await clients.manager.get(`/api/v1/cases/${id}`)).json();
    expect(detail).toMatchObject({
      source: "checker",
      reportedBy: "reporter@trust.nhs.uk",
      ownerId: people.manager.id,
      subjectName: "Nurse",
      advisers: ["hr", "information_governance"],
      category: "patient-identifiable",
      patientIdentifiable: true,
      postUrl: "https://facebook.com/posts/777",
    });
    expect(detail.findings).toEqual(
      JSON.parse(
        JSON.stringify(check({ text: PATIENT_POST }).findings.map(({ fix: _fix, ...f }) => f)),
      ),
    );
    expect(detail.whatHappened).toMatch(
      /^Raised from "Check a post": the checker's verdict was block, with 2 finding\(s\): Patient-identifiable information\./,
    );
    expect(detail.whatHappened).toContain(
      "A colleague posted this; I checked it before reporting.",
    );
    const [created] = await audits("case.create", id);
    expect(created.actor_id).toBe(people.reporter.id);
    expect(created.detail).toMatchObject({ source: "checker", patientIdentifiable: true });
    await waitForMail(
      (m) =>
        to(m).includes("manager@trust.nhs.uk") &&
        m.subject === `Case ${detail.number} has been assigned to you`,
      "assignment of the flagged case",
    );
    // The subject never sees it, and the reporter sees only its status.
    expect((await clients.nurse.get(`/api/v1/cases/${id}`)).statusCode).toBe(403);
    expect((await clients.reporter.get("/api/v1/cases/mine")).json().reports[0]).toMatchObject({
      id,
      status: "new",
    });

    // The profile and direction it was checked with count: health advice from someone who names
    // their hospital needs "views my own"; the same words without the profile pass.
    const advice =
      "Please don't start taking aspirin for your heart without speaking to your GP first.";
    expect(check({ text: advice }).findings).toEqual([]);
    const withProfile = await clients.reporter.post("/api/v1/cases/flag", {
      text: advice,
      profile: "Staff nurse at Maidstone Hospital",
      platform: "Facebook",
      subjectId: people.nurse.id,
      lineManagerImplicated: true,
    });
    expect(withProfile.statusCode, withProfile.body).toBe(201);
    const profiled = (await clients.senior.get(`/api/v1/cases/${withProfile.json().id}`)).json();
    expect(profiled.findings.map((f: { category: string }) => f.category)).toEqual(
      check({ text: advice, profile: "Staff nurse at Maidstone Hospital" }).findings.map(
        (f) => f.category,
      ),
    );
    expect(profiled.findings.length).toBeGreaterThan(0);
    // Line manager implicated: the next manager up (CCC-SMP §9 b), as for a report.
    expect(profiled.ownerId).toBe(people.senior.id);

    // Asking for a password is social engineering only in a message received: posted, the
    // checker finds nothing, so there is nothing to raise a case about.
    const phishing = "Please reply with your password so we can fix your account";
    expect(check({ text: phishing, direction: "outbound" }).findings).toEqual([]);
    expect(
      (
        await clients.comms.post("/api/v1/cases/flag", {
          text: phishing,
          direction: "outbound",
          platform: "Facebook",
        })
      ).statusCode,
    ).toBe(400);
    const inbound = await clients.comms.post("/api/v1/cases/flag", {
      text: phishing,
      direction: "inbound",
      platform: "Facebook",
    });
    expect(inbound.statusCode, inbound.body).toBe(201);
    const unknownSender = await t.app.db
      .selectFrom("cases")
      .select(["source", "subject_name", "owner_id", "category"])
      .where("id", "=", inbound.json().id)
      .executeTakeFirstOrThrow();
    expect(unknownSender).toEqual({
      source: "checker",
      subject_name: "Unknown author",
      owner_id: null,
      category: "social-engineering",
    });

    // One row in the authorisation table guards it, so the route × role walk
    // (test/server/authorisation.test.ts) tries it with every role.
    expect(t.app.routeAccess).toContainEqual(
      expect.objectContaining({ method: "POST", url: "/api/v1/cases/flag", access: "cases:flag" }),
    );

    const invalid = await clients.reporter.post("/api/v1/cases/flag", {
      text: PATIENT_POST,
      platform: "Facebook",
      direction: "sideways",
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe("invalid-request");
  });

  it("lists cases with filters", async () => {
    const all = (await clients.manager.get("/api/v1/cases")).json().cases;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const closed = (await clients.manager.get("/api/v1/cases?status=closed")).json().cases;
    expect(closed.map((c: { id: string }) => c.id)).toEqual([rudeCase]);
    const formal = (await clients.hr.get("/api/v1/cases?outcome=formal_action")).json().cases;
    expect(formal.map((c: { id: string }) => c.id)).toEqual([rudeCase]);
    const pii = (await clients.hr.get("/api/v1/cases?category=patient-identifiable")).json().cases;
    expect(pii.every((c: { category: string }) => c.category === "patient-identifiable")).toBe(
      true,
    );
    expect(
      (await clients.hr.get(`/api/v1/cases?directorateId=${directorateId}`)).json().cases.length,
    ).toBeGreaterThan(0);
    expect(
      (await clients.manager.get("/api/v1/cases?mine=true"))
        .json()
        .cases.every((c: { ownerId: string }) => c.ownerId === people.manager.id),
    ).toBe(true);
    expect((await clients.manager.get("/api/v1/cases?status=sleeping")).statusCode).toBe(400);
  });

  it("counts cases by month, category, outcome and directorate, and answers the FOI question with CSV", async () => {
    const stats = (await clients.comms.get("/api/v1/cases/stats")).json();
    const total = Number(
      (
        await t.app.db
          .selectFrom("cases")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(stats.total).toBe(total);
    const month = new Date().toISOString().slice(0, 7);
    expect(stats.byMonth).toEqual([{ key: month, count: total }]);
    expect(stats.byOutcome).toContainEqual({ key: "formal_action", count: 1 });
    const notKnown = Number(
      (
        await t.app.db
          .selectFrom("cases")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("directorate_id", "is", null)
          .executeTakeFirstOrThrow()
      ).n,
    );
    // The monitoring flag and the inbound message have no subject in the directory.
    expect(notKnown).toBe(2);
    expect(stats.byDirectorate).toContainEqual({ key: "Not known", count: notKnown });
    expect(stats.byDirectorate).toContainEqual({ key: "Medicine", count: total - notKnown });
    expect(stats.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(
      total,
    );

    // A second disciplinary outcome for the same person in the same year counts them once; a dismissal of someone else counts.
    await clients.director.post(`/api/v1/cases/${patientCase}/outcome`, {
      outcome: "formal_action",
    });
    const other = await clients.reporter.post("/api/v1/cases", {
      platform: "Facebook",
      postText: RUDE_POST,
      whatHappened: "x",
      subjectName: "A bank nurse not in the directory",
    });
    await clients.hr.post(`/api/v1/cases/${other.json().id}/outcome`, {
      outcome: "dismissal",
      close: true,
    });
    const year = new Date().getUTCFullYear();
    const foi = (
      await clients.comms.get(`/api/v1/cases/reports/foi?from=${year - 1}&to=${year}`)
    ).json();
    expect(foi.question).toMatch(/disciplined as a result of social media behaviour/);
    expect(foi.counts).toEqual([
      { year: year - 1, peopleDisciplined: 0, formalAction: 0, dismissal: 0 },
      { year, peopleDisciplined: 2, formalAction: 1, dismissal: 1 },
    ]);
    const csv = await clients.comms.get(
      `/api/v1/cases/reports/foi?from=${year - 1}&to=${year}&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers["content-disposition"]).toMatch(
      /attachment; filename="foi-social-media-disciplinary.csv"/,
    );
    expect(csv.body).toBe(
      `calendar_year,people_disciplined,formal_action,dismissal\r\n${year - 1},0,0,0\r\n${year},2,1,1\r\n`,
    );
    expect(csv.body).toBe(foiCsv(foi.counts));
    expect(
      (await clients.comms.get("/api/v1/cases/reports/foi?from=2020&to=2010")).statusCode,
    ).toBe(400);
    expect((await clients.nurse.get("/api/v1/cases/stats")).statusCode).toBe(403);
  });

  it("finds people for the report form and describes every case route in OpenAPI", async () => {
    const found = (await clients.reporter.get("/api/v1/cases/people?q=nur")).json().people;
    expect(found).toEqual([
      { id: people.nurse.id, displayName: "Nurse", jobTitle: null, departmentName: "Ward 7" },
    ]);
    const doc = (await clients.reporter.get("/docs/json")).json();
    for (const path of [
      "/api/v1/cases",
      "/api/v1/cases/{id}",
      "/api/v1/cases/{id}/evidence",
      "/api/v1/cases/reports/foi",
      "/api/v1/cases/stats",
      "/api/v1/cases/{id}/outcome",
      "/api/v1/cases/flag",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    // Every case route the server has is in the document, with its method.
    const caseRoutes = t.app.routeAccess.filter((r) => r.url.startsWith("/api/v1/cases"));
    expect(caseRoutes.length).toBeGreaterThanOrEqual(19);
    for (const route of caseRoutes) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      expect(
        doc.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${path}`,
      ).toBeDefined();
    }
    expect(Object.keys(doc.paths["/api/v1/cases"].post.requestBody.content).sort()).toEqual([
      "application/json",
      "multipart/form-data",
    ]);
  });
});
