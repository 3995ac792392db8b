// Overdue-task reminders come from the schedule, not from a test sending the job: a task that is
// already overdue when the server starts is reminded by the cases.overdue-tasks cron job alone,
// through pg-boss and nodemailer to a real SMTP server (smtp-server, parsed with mailparser).
// On both backends. The schedule runs every minute here (POSTGUARD_OVERDUE_CRON); pg-boss
// looks at its schedules when it starts and then every 30 s.
import type { FastifyInstance } from "fastify";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import {
  createDepartment,
  createDirectorate,
  createUser,
} from "../../src/server/features/users/service.js";
import { addTask, openCase, type CaseContext } from "../../src/server/features/cases/service.js";
import {
  DEFAULT_OVERDUE_CRON,
  loadOverdueCron,
} from "../../src/server/features/cases/notifications.js";
import { ConfigError } from "../../src/server/platform/config.js";
import {
  BACKEND,
  PASSWORD,
  startMailbox,
  testConfig,
  testDatabase,
  type Mailbox,
  type TestDatabase,
} from "./helpers.js";

describe(`overdue-task reminders on their schedule (${BACKEND})`, { timeout: 120_000 }, () => {
  let mailbox: Mailbox;
  let database: TestDatabase;
  let app: FastifyInstance | undefined;
  const mail: ParsedMail[] = [];
  let caseId: string;
  let taskId: string;

  beforeAll(async () => {
    mailbox = await startMailbox(mail);

    // The trust, a case and a task that fell due while the server was down.
    database = await testDatabase();
    const db = database.handle.db;
    const system = { id: null, label: "test" };
    const directorate = (await createDirectorate(db, system, "Surgery")).id;
    const ward = (await createDepartment(db, system, directorate, "Theatres")).id;
    const person = (key: string, roles: ("staff" | "line_manager")[], manager?: string) =>
      createUser(db, system, {
        email: `${key}@trust.nhs.uk`,
        displayName: key,
        roles,
        departmentId: ward,
        lineManagerId: manager ?? null,
        password: PASSWORD,
      });
    const manager = await person("manager", ["line_manager"]);
    const nurse = await person("nurse", ["staff"], manager.id);
    const reporter = await person("reporter", ["staff"], manager.id);
    const ctx: CaseContext = {
      db,
      publicUrl: "https://postguard.trust.nhs.uk",
      notify: async () => {},
    };
    const opened = await openCase(
      ctx,
      { id: reporter.id, label: reporter.email, roles: ["staff"] },
      "report",
      {
        platform: "Facebook",
        postText: "Management here are useless idiots",
        whatHappened: "Seen on a public page",
        subjectId: nurse.id,
      },
    );
    caseId = opened.id;
    taskId = await addTask(
      ctx,
      { id: manager.id, label: manager.email, roles: ["line_manager"] },
      caseId,
      { title: "Ask for the post to be taken down", dueAt: "2021-03-01" },
    );
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await mailbox?.close();
    delete process.env.POSTGUARD_SMTP_URL;
    delete process.env.POSTGUARD_OVERDUE_CRON;
  });

  it("reads the schedule from POSTGUARD_OVERDUE_CRON and refuses one that is not a cron", () => {
    expect(loadOverdueCron({})).toBe(DEFAULT_OVERDUE_CRON);
    expect(DEFAULT_OVERDUE_CRON).toBe("*/15 * * * *");
    expect(loadOverdueCron({ POSTGUARD_OVERDUE_CRON: "0 * * * *" })).toBe("0 * * * *");
    for (const bad of ["every 15 minutes", "*/15 * * *", "* * * * * *"]) {
      expect(() => loadOverdueCron({ POSTGUARD_OVERDUE_CRON: bad }), bad).toThrow(ConfigError);
    }
  });

  it("e-mails the reminder with nobody sending the job: the schedule does", async () => {
    process.env.POSTGUARD_SMTP_URL = mailbox.url;
    process.env.POSTGUARD_OVERDUE_CRON = "* * * * *";
    app = await buildApp(testConfig({ POSTGUARD_PUBLIC_URL: "https://postguard.trust.nhs.uk" }), {
      database: database.handle,
      jobPollingSeconds: 0.5,
    });
    const started = Date.now();
    await app.ready();
    expect(await app.jobs.schedules()).toContainEqual({
      queue: "cases.overdue-tasks",
      cron: "* * * * *",
    });

    const deadline = started + 100_000;
    let reminder: ParsedMail | undefined;
    while (!reminder && Date.now() < deadline) {
      reminder = mail.find((m) => /task overdue/.test(m.subject ?? ""));
      if (!reminder) await new Promise((r) => setTimeout(r, 250));
    }
    expect(reminder, "no reminder e-mail within 100 s of start").toBeDefined();
    expect((reminder!.to as { text: string }).text).toContain("manager@trust.nhs.uk");
    expect(reminder!.text).toMatch(/"Ask for the post to be taken down" was due on 2021-03-01/);
    expect(reminder!.text).toContain(`https://postguard.trust.nhs.uk/cases/${caseId}`);
    // Only the reminder: opening the case and adding the task sent nothing (they ran before the
    // server, with a context that queues no mail).
    expect(mail).toHaveLength(1);

    const task = await app.db
      .selectFrom("case_tasks")
      .select("overdue_notified_at")
      .where("id", "=", taskId)
      .executeTakeFirstOrThrow();
    expect(task.overdue_notified_at).toBeInstanceOf(Date);
    const events = await app.db
      .selectFrom("case_events")
      .select(["kind", "actor_label"])
      .where("case_id", "=", caseId)
      .where("kind", "=", "task-overdue")
      .execute();
    expect(events).toEqual([{ kind: "task-overdue", actor_label: "system" }]);
    console.log(`reminder arrived ${((Date.now() - started) / 1000).toFixed(1)} s after start`);
  });
});
