// The web app end to end: sign in with the keyboard, check a post with findings highlighted as
// you type, the server check, user administration, role-dependent navigation, the demo trust's
// cases, and basic WCAG
// checks (labels, one h1, language, focus order, text contrast). Saves a screenshot of the
// check page to docs/screenshots/check-page.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/server/platform/web.js";
import { BACKEND } from "../server/helpers.js";
import {
  accessibilityProblems,
  launchChromium,
  signIn as signInAt,
  startDemoServer,
  type DemoServer,
} from "./support/browser.js";

const POST =
  "Busy night on Ward 7. Mr John Smith (NHS number 943 476 5919, DOB 12/03/1951) finally went home. " +
  "Management are fucking useless, and the door code is 4512.";

describe(`web app in Chromium (${BACKEND})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    server = await startDemoServer();
    base = server.base;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = (page: Page, email: string) => signInAt(page, base, email);

  it("refuses a wrong password with a clear message", async () => {
    const page = await browser.newPage();
    await page.goto(base + "/");
    await page.getByLabel("E-mail address").fill("staff@demo.nhs.uk");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(
      /Wrong e-mail address or password/,
    );
    await page.close();
  });

  it("highlights findings as you type, explains each, and confirms with the server", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, "staff@demo.nhs.uk");
    await page
      .getByLabel("Your profile or bio (optional)")
      .fill("Staff nurse at Maidstone Hospital");
    // Typed key by key, as a person would: the findings must follow the typing.
    await page.getByLabel("Your post").pressSequentially(POST, { delay: 2 });
    const findings = page.locator(".finding-list > li");
    await expect.poll(() => findings.count()).toBeGreaterThanOrEqual(4);
    const list = await page.locator(".finding-list").innerText();
    expect(list).toMatch(/Patient-identifiable information/);
    expect(list).toMatch(/943 476 5919/);
    expect(list).toMatch(/Policy: .*§/);
    expect(list).toMatch(/How to fix:/);
    await expect(page.locator(".verdict strong").innerText()).resolves.toBe("Do not publish");
    expect(await page.locator(".backdrop mark.mark-block").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".backdrop mark.mark-warn").count()).toBeGreaterThanOrEqual(1);

    await page.getByRole("button", { name: "Check with the server" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Server check" }).innerText(),
    ).resolves.toMatch(/Server check: Do not publish/);

    mkdirSync(join(packageRoot(), "docs", "screenshots"), { recursive: true });
    await page.screenshot({
      path: join(packageRoot(), "docs", "screenshots", "check-page.png"),
      fullPage: true,
    });

    // A fix button rewrites the text and the finding goes away.
    const before = await findings.count();
    await page
      .getByRole("button", { name: /Replace with|Remove this/ })
      .first()
      .click();
    await expect.poll(() => findings.count()).toBeLessThan(before);
    await page.close();
  });

  it("shows user administration to administrators and lets them add a user", async () => {
    const page = await browser.newPage();
    await signIn(page, "admin@demo.nhs.uk");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Users" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    // The heading renders before the list arrives: wait for the row, not the first paint.
    await page.locator("table tr", { hasText: "Morgan Manager" }).first().waitFor();
    await page.getByLabel("E-mail address").fill("new.starter@demo.nhs.uk");
    await page.getByLabel("Name", { exact: true }).fill("New Starter");
    await page.getByLabel("HR").check();
    await page
      .getByRole("combobox", { name: "Line manager" })
      .selectOption({ label: "Morgan Manager" });
    await page.getByRole("button", { name: "Add user" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /New Starter added/ })
      .first()
      .waitFor();
    const row = page.locator("tr", { hasText: "New Starter" });
    await expect
      .poll(() => row.innerText(), { timeout: 15_000 })
      .toMatch(/Staff, HR[\s\S]*Morgan Manager/);
    await page.close();
  });

  it("hides sections a role may not use, and keeps the coming sections in the navigation", async () => {
    const page = await browser.newPage();
    await signIn(page, "staff@demo.nhs.uk");
    const nav = page.getByRole("navigation", { name: "Main" });
    const links = await nav.getByRole("link").allInnerTexts();
    expect(links.map((l) => l.replace("(coming soon)", "").trim())).toEqual([
      "Check a post",
      "Cases",
      "Accounts",
      "Publishing",
      "Monitoring",
      "Inbox",
      "Archive",
      "Policies",
    ]);
    await nav.getByRole("link", { name: /Accounts/ }).click();
    await page.getByRole("heading", { level: 1, name: "Accounts" }).waitFor();
    await page.goto(base + "/users");
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await page.close();
  });

  it("shows a newcomer the demo trust's cases: every state, an overdue task, an unassigned flag", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, "hr@demo.nhs.uk");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Cases" })
      .click();
    const table = page.locator("table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(6);
    const text = await table.innerText();
    for (const status of ["New", "Investigating", "Awaiting HR advice", "Closed"])
      expect(text).toContain(status);
    expect(text).toMatch(/1 overdue/i);
    expect(text).toMatch(/Unknown author[\s\S]*Not assigned/);
    expect(text).toMatch(/Dana Director/);
    // Lists show the redacted post only.
    expect(text).not.toMatch(/Mrs Hughes/);
    await page.close();
  });

  it("meets basic WCAG 2.2 AA checks: labels, headings, language, keyboard order, contrast", async () => {
    const page = await browser.newPage();
    await signIn(page, "admin@demo.nhs.uk");
    for (const path of ["/", "/users"]) {
      await page.goto(base + path);
      await page.locator("h1").waitFor();
      await page.getByLabel("Your post").or(page.locator("table")).first().waitFor();
      const report = await accessibilityProblems(page);
      expect(report, path).toEqual([]);
    }
    // Keyboard: the first Tab lands on the skip link, which moves on to the main content.
    await page.goto(base + "/");
    await page.locator("h1").waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Skip to main content",
    );
    const focusVisible = await page.evaluate(
      () => getComputedStyle(document.activeElement!).backgroundColor,
    );
    expect(focusVisible).toBe("rgb(255, 235, 59)");
    await page.close();
  });
});
