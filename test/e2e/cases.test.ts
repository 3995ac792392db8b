// Case management in Chromium: a member of staff reports a post with a screenshot, a refused
// upload leaves nothing behind, the line manager finds the case in the filtered list (redacted),
// reads the evidence, works it and closes it with an outcome, and HR reads the statistics and the
// FOI report; a post the checker flagged is raised as a case from "Check a post". Basic WCAG
// checks on every case page. Saves docs/screenshots/case-*.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { packageRoot } from "../../src/server/platform/web.js";
import { BACKEND } from "../server/helpers.js";
import {
  accessibilityProblems,
  launchChromium,
  signIn as signInAt,
  startDemoServer,
  type DemoServer,
} from "./support/browser.js";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const POST =
  "Mr John Smith (NHS number 943 476 5919) on Ward 7 finally went home. Management are useless idiots.";
const SHOTS = join(packageRoot(), "docs", "screenshots");

describe(`case pages in Chromium (${BACKEND})`, () => {
  let server: DemoServer;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let caseId: string;

  beforeAll(async () => {
    delete process.env.POSTGUARD_SMTP_URL;
    // The demo users without the demo cases: these steps count cases from the first.
    server = await startDemoServer({ demoCases: false, jobPollingSeconds: 0.5 });
    ({ app, base } = server);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(email: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signInAt(page, base, email);
    return page;
  }

  async function fillReport(page: Page) {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Cases" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await page.getByRole("link", { name: "Report a post" }).click();
    await page.getByRole("heading", { level: 1, name: "Report a post" }).waitFor();
    await page.getByLabel("Platform").selectOption("Facebook");
    await page.getByLabel("Link to the post").fill("https://facebook.com/posts/42");
    await page.getByLabel("The post's text").fill(POST);
    await page.getByLabel("Find the member of staff").fill("Sam");
    const subject = page.getByLabel("Member of staff", { exact: true });
    await expect.poll(() => subject.locator("option").count()).toBeGreaterThan(1);
    await subject.selectOption({ index: 1 });
    await page
      .getByLabel("What happened")
      .fill("A friend showed me this public post this morning.");
  }

  async function caseCount(): Promise<number> {
    return Number(
      (
        await app.db
          .selectFrom("cases")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  }

  it("refuses a non-image screenshot with a clear message and saves nothing", async () => {
    const page = await signIn("pals@demo.nhs.uk");
    await fillReport(page);
    await page.getByLabel("Screenshots").setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("not a picture"),
    });
    await page.getByRole("button", { name: "Send report" }).click();
    await expect
      .poll(() => page.getByRole("alert").innerText(), { timeout: 15_000 })
      .toMatch(/The report was not sent[\s\S]*notes\.txt is not an image/);
    expect(await caseCount()).toBe(0);
    await page.close();
  });

  it("takes a report with a screenshot from a member of staff", async () => {
    const page = await signIn("pals@demo.nhs.uk");
    await fillReport(page);
    await page
      .getByLabel("Screenshots")
      .setInputFiles({ name: "post.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Send report" }).click();
    await page.getByRole("heading", { level: 1, name: "Report sent" }).waitFor();
    await expect
      .poll(() => page.getByRole("status").innerText(), { timeout: 15_000 })
      .toMatch(/Case 1 is open .* will not be told who reported them/);
    const row = await app.db
      .selectFrom("cases")
      .select(["id", "owner_id", "subject_name"])
      .executeTakeFirstOrThrow();
    caseId = row.id;
    expect(row.subject_name).toBe("Sam Staff");
    // Pat PALS sees the report's status only.
    await page.getByRole("link", { name: "Back to Cases" }).click();
    await expect
      .poll(() => page.locator("main").innerText(), { timeout: 15_000 })
      .toMatch(/Your reports[\s\S]*Case 1.*Sam Staff on Facebook — New/);
    await page.close();
  });

  it("lets the line manager filter the list, read the evidence, and work the case to an outcome", async () => {
    const page = await signIn("manager@demo.nhs.uk");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Cases" })
      .click();
    const table = page.locator("table");
    await expect
      .poll(() => table.innerText(), { timeout: 15_000 })
      .toMatch(
        /Case 1[\s\S]*New[\s\S]*Sam Staff[\s\S]*Patient-identifiable information[\s\S]*Morgan Manager/,
      );
    // The list shows the redacted excerpt only.
    expect(await table.innerText()).not.toMatch(/943 476 5919|John Smith/);
    await page.getByLabel("Status").selectOption("closed");
    await page.getByRole("status").filter({ hasText: "No cases match." }).waitFor();
    await page.getByLabel("Status").selectOption("new");
    await page.getByRole("link", { name: "Case 1" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "case-list.png"), fullPage: true });
    await page.getByRole("link", { name: "Case 1" }).click();

    await page
      .getByRole("heading", { level: 1, name: /Case 1: Patient-identifiable information/ })
      .waitFor();
    await expect
      .poll(() => page.locator(".timeline").innerText(), { timeout: 15_000 })
      .toMatch(
        /Routed to Morgan Manager: the subject's line manager[\s\S]*Information governance added as adviser/,
      );
    expect(await page.locator(".post").innerText()).not.toMatch(/943 476 5919/);
    await page.getByRole("button", { name: "Show the evidence as reported" }).click();
    // The redacted text is already on the page: wait for the unredacted one to replace it.
    await expect.poll(() => page.locator(".post").innerText()).toBe(POST);
    await page.getByRole("img", { name: /Screenshot post\.png/ }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole("img", { name: /Screenshot post\.png/ })
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(1);

    await page.getByLabel("New note").fill("Spoke to Sam; the post has been taken down.");
    await page.getByRole("button", { name: "Add note" }).click();
    await page.getByRole("status").filter({ hasText: "Note added." }).waitFor();
    await page.getByLabel("New task").fill("Meet Sam with HR");
    await page.getByLabel("Due date").fill("2030-01-31");
    await page.getByRole("button", { name: "Add task" }).click();
    await page.getByRole("status").filter({ hasText: "Task added." }).waitFor();

    await page.getByLabel("Status", { exact: true }).selectOption("closed");
    await page.getByRole("button", { name: "Set status" }).click();
    await expect
      .poll(() => page.getByRole("alert").innerText(), { timeout: 15_000 })
      .toMatch(/A case closes only with an outcome/);
    await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Informal advice" });
    await page.getByRole("button", { name: "Record outcome" }).click();
    await page.getByRole("status").filter({ hasText: "Outcome recorded." }).waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption("closed");
    await page.getByRole("button", { name: "Set status" }).click();
    await page.getByRole("status").filter({ hasText: "Status set to Closed." }).waitFor();
    const timeline = await page.locator(".timeline").innerText();
    expect(timeline).toMatch(
      /Note added[\s\S]*Task added: Meet Sam with HR \(due 2030-01-31[\s\S]*Outcome recorded: Informal advice[\s\S]*Status: Outcome recorded → Closed/,
    );
    await page.screenshot({ path: join(SHOTS, "case-detail.png"), fullPage: true });

    // Every look at the flagged content is in the audit log.
    const views = await app.db
      .selectFrom("audit_log")
      .select(["action", "detail"])
      .where("subject_id", "=", caseId)
      .where("action", "=", "case.view")
      .execute();
    expect(views.map((v) => v.detail.part)).toEqual(
      expect.arrayContaining(["detail", "evidence", "screenshot"]),
    );
    await page.close();
  });

  it("shows HR the redacted case, the statistics and the FOI report with its CSV", async () => {
    const page = await signIn("hr@demo.nhs.uk");
    await page.goto(`${base}/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: /Case 1/ }).waitFor();
    await expect
      .poll(() => page.locator("main").innerText(), { timeout: 15_000 })
      .toMatch(/only the investigating manager and information governance may read it/);
    expect(await page.locator("main").innerText()).not.toMatch(/943 476 5919|John Smith/);
    await page.getByRole("link", { name: "← All cases" }).click();
    await page.getByRole("link", { name: "Statistics and FOI report" }).click();
    await page.getByRole("heading", { level: 1, name: "Case statistics" }).waitFor();
    const year = new Date().getFullYear();
    await expect
      .poll(() => page.locator("table").first().innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`${year}\\s+0\\s+0\\s+0`));
    const stats = await page.locator(".stats-grid").innerText();
    expect(stats).toMatch(/Informal advice\s+1/);
    expect(stats).toMatch(/Medicine and Emergency Care\s+1/);
    const href = await page.getByRole("link", { name: "Download as CSV" }).getAttribute("href");
    const csv = await page.request.get(base + href);
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    expect(await csv.text()).toMatch(
      new RegExp(
        `^calendar_year,people_disciplined,formal_action,dismissal\\r\\n[\\s\\S]*${year},0,0,0\\r\\n$`,
      ),
    );
    await page.close();
  });

  it('raises a case from a post "Check a post" flagged, and the manager gets it', async () => {
    const page = await signIn("pals@demo.nhs.uk");
    const found =
      "The new bank HCA on nights is thick as mince, can't even do obs. Who hires these people?";
    await page.getByLabel("Your post").fill(found);
    await expect.poll(() => page.locator(".verdict strong").innerText()).toBe("Do not publish");
    await page.getByRole("button", { name: "Report this post" }).click();
    const form = page.getByRole("form", { name: "Report this post" });
    await form.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByLabel("Platform").selectOption("Facebook");
    await form
      .getByLabel("Link to the post (if you have it)")
      .fill("https://facebook.com/posts/99");
    await form.getByLabel("Find the member of staff").fill("Sam");
    const subject = form.getByLabel("Member of staff", { exact: true });
    await expect.poll(() => subject.locator("option").count()).toBeGreaterThan(1);
    await subject.selectOption({ index: 1 });
    await form.getByLabel("Anything to add (optional)").fill("Seen in the ward's Facebook group.");
    await page.screenshot({ path: join(SHOTS, "case-from-check.png"), fullPage: true });
    await form.getByRole("button", { name: "Raise a case" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Case 2 is open" }).innerText(),
    ).resolves.toMatch(/will not be told who raised it/);
    const row = await app.db
      .selectFrom("cases")
      .innerJoin("users as owner", "owner.id", "cases.owner_id")
      .select([
        "cases.id",
        "cases.source",
        "cases.reporter_label",
        "cases.subject_name",
        "cases.post_text",
        "owner.email as owner",
      ])
      .where("cases.number", "=", 2)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      source: "checker",
      reporter_label: "pals@demo.nhs.uk",
      subject_name: "Sam Staff",
      post_text: found,
      owner: "manager@demo.nhs.uk",
    });
    // Changing the post brings the button back for the new text.
    await page.getByLabel("Your post").fill(`${found} Honestly.`);
    await page.getByRole("button", { name: "Report this post" }).waitFor();
    await page.close();

    const manager = await signIn("manager@demo.nhs.uk");
    await manager.goto(`${base}/cases/${row.id}`);
    await manager.getByRole("heading", { level: 1, name: /Case 2: Abuse or bullying/ }).waitFor();
    await expect
      .poll(() => manager.locator(".summary-list").innerText(), { timeout: 15_000 })
      .toMatch(/Flagged by the checker/);
    await expect
      .poll(() => manager.locator("main").innerText(), { timeout: 15_000 })
      .toMatch(
        /Raised from "Check a post": the checker's verdict was block[\s\S]*Seen in the ward's Facebook group\./,
      );
    await manager.close();
  });

  it("meets basic WCAG 2.2 AA checks on the case pages: labels, one h1, contrast", async () => {
    const page = await signIn("manager@demo.nhs.uk");
    for (const path of ["/cases", "/cases/new", `/cases/${caseId}`]) {
      await page.goto(base + path);
      await page.locator("h1").waitFor();
      await page.locator("form, table").first().waitFor();
      const problems = await accessibilityProblems(page);
      expect(problems, path).toEqual([]);
    }
    await page.close();
  });
});
