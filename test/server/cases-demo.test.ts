// The demo trust's cases (`postguard seed-demo`, `serve --demo`): a newcomer signing in as the
// demo roles finds cases in every state, each way in, a line manager passed over, an unassigned
// flag for HR and an overdue task; a second run adds nothing. On both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../src/server/demo.js";
import { DEMO_CASES } from "../../src/server/features/cases/demo.js";
import { verifyAudit } from "../../src/server/platform/audit.js";
import { BACKEND, Client, testApp, type TestApp } from "./helpers.js";

describe(`demo cases (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  const clients: Record<string, Client> = {};

  beforeAll(async () => {
    t = await testApp();
    const first = await seedDemo(t.app.db);
    expect(first.created).toHaveLength(8);
    expect(first.cases).toEqual({ created: DEMO_CASES.length, existing: 0 });
    for (const who of ["manager", "director", "hr", "ig", "staff", "comms"]) {
      clients[who] = new Client(t.app);
      const response = await clients[who].login(`${who}@demo.nhs.uk`, DEMO_PASSWORD);
      expect(response.statusCode, who).toBe(200);
    }
  }, 180_000);
  afterAll(() => t?.close());

  async function rows() {
    return t.app.db
      .selectFrom("cases")
      .leftJoin("users as owner", "owner.id", "cases.owner_id")
      .select([
        "cases.id",
        "cases.number",
        "cases.source",
        "cases.status",
        "cases.outcome",
        "cases.category",
        "cases.subject_name",
        "cases.line_manager_implicated",
        "owner.email as owner",
      ])
      .orderBy("cases.number")
      .execute();
  }

  it("seeds cases in different states, by each way in, routed as the policies say", async () => {
    const cases = await rows();
    expect(cases).toHaveLength(6);
    expect(new Set(cases.map((c) => c.status))).toEqual(
      new Set(["new", "investigating", "awaiting_hr_advice", "closed"]),
    );
    expect(new Set(cases.map((c) => c.source))).toEqual(
      new Set(["report", "communications", "checker"]),
    );
    expect(
      cases.map((c) => [c.status, c.source, c.owner, c.subject_name, c.outcome, c.category]),
    ).toEqual([
      ["new", "report", "manager@demo.nhs.uk", "Sam Staff", null, "patient-identifiable"],
      [
        "investigating",
        "communications",
        "manager@demo.nhs.uk",
        "Sam Staff",
        null,
        "disrepute-grievance",
      ],
      [
        "awaiting_hr_advice",
        "report",
        "director@demo.nhs.uk",
        "Sam Staff",
        null,
        "patient-identifiable",
      ],
      [
        "closed",
        "report",
        "director@demo.nhs.uk",
        "Pat PALS",
        "content_removed",
        expect.any(String),
      ],
      ["new", "checker", null, "Unknown author", null, "social-engineering"],
      [
        "closed",
        "report",
        "director@demo.nhs.uk",
        expect.stringMatching(/bank healthcare assistant/),
        "formal_action",
        expect.any(String),
      ],
    ]);
  });

  it("passes over the implicated line manager (CCC-SMP §9 b), and the timeline says why", async () => {
    const implicated = (await rows()).find((c) => c.line_manager_implicated)!;
    expect(implicated.owner).toBe("director@demo.nhs.uk");
    const detail = (await clients.director.get(`/api/v1/cases/${implicated.id}`)).json();
    expect(detail.timeline.map((e: { text: string }) => e.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Routed to Dana Director: the next manager up, because the line manager implicated/,
        ),
        "Information governance added as adviser (patient-identifiable evidence)",
        "Status: Investigating → Awaiting HR advice",
      ]),
    );
    // The implicated manager does not see it.
    expect((await clients.manager.get(`/api/v1/cases/${implicated.id}`)).statusCode).toBe(404);
  });

  it("shows each demo role its cases through the API, with an overdue task and an unassigned flag", async () => {
    const numbers = (list: { number: number }[]) => list.map((c) => c.number).sort();
    const all = await rows();
    const managerList = (await clients.manager.get("/api/v1/cases")).json().cases;
    expect(numbers(managerList)).toEqual(
      numbers(all.filter((c) => c.owner === "manager@demo.nhs.uk")),
    );
    const working = managerList.find((c: { status: string }) => c.status === "investigating");
    expect(working).toMatchObject({ openTasks: 2, overdueTasks: 1 });
    // HR advises on every case, the unassigned flag included.
    expect(numbers((await clients.hr.get("/api/v1/cases")).json().cases)).toEqual(numbers(all));
    const unassigned = (await clients.hr.get("/api/v1/cases?source=checker")).json().cases;
    expect(unassigned).toEqual([
      expect.objectContaining({ ownerId: null, subjectName: "Unknown author" }),
    ]);
    // Staff (Sam, the subject of most of them) see only the reports they made.
    expect((await clients.staff.get("/api/v1/cases")).statusCode).toBe(403);
    expect((await clients.staff.get("/api/v1/cases/mine")).json().reports).toEqual([
      expect.objectContaining({ subjectName: "Pat PALS", status: "closed" }),
    ]);
    // The FOI report counts the one disciplinary outcome this year.
    const year = new Date().getUTCFullYear();
    const foi = (
      await clients.comms.get(`/api/v1/cases/reports/foi?from=${year}&to=${year}`)
    ).json();
    expect(foi.counts).toEqual([{ year, peopleDisciplined: 1, formalAction: 1, dismissal: 0 }]);
  });

  it("writes every step to the intact audit log, and adds nothing when run again", async () => {
    const created = await t.app.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "case.create")
      .execute();
    expect(created).toHaveLength(6);
    expect((await verifyAudit(t.app.db)).ok).toBe(true);
    const again = await seedDemo(t.app.db);
    expect(again.created).toEqual([]);
    expect(again.cases).toEqual({ created: 0, existing: 6 });
    expect(await rows()).toHaveLength(6);
  });
});
