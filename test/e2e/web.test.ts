// The web app end to end: sign in with the keyboard, check a post with findings highlighted as
// you type, the server check, user administration, role-dependent navigation and basic WCAG
// checks (labels, one h1, language, focus order, text contrast). Saves a screenshot of the
// check page to docs/screenshots/check-page.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { seedDemo, DEMO_PASSWORD } from "../../src/server/demo.js";
import { packageRoot } from "../../src/server/platform/web.js";
import { BACKEND, testConfig, testDatabase, type TestDatabase } from "../server/helpers.js";
import type { FastifyInstance } from "fastify";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const POST =
  "Busy night on Ward 7. Mr John Smith (NHS number 943 476 5919, DOB 12/03/1951) finally went home. " +
  "Management are fucking useless, and the door code is 4512.";

describe(`web app in Chromium (${BACKEND})`, () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await testDatabase();
    // Secure cookies stay on: Chromium accepts them from http://localhost.
    app = await buildApp(testConfig({ POSTGUARD_COOKIE_SECURE: "true" }), {
      database: database.handle,
    });
    await seedDemo(app.db);
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://localhost:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_FLAGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(base + "/");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByLabel("Password").press("Enter");
    await page.getByRole("heading", { level: 1, name: "Check a post" }).waitFor();
  }

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
    await expect(page.locator("table").innerText()).resolves.toMatch(/Morgan Manager/);
    await page.getByLabel("E-mail address").fill("new.starter@demo.nhs.uk");
    await page.getByLabel("Name", { exact: true }).fill("New Starter");
    await page.getByLabel("HR").check();
    await page
      .getByRole("combobox", { name: "Line manager" })
      .selectOption({ label: "Morgan Manager" });
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("status").first().innerText()).resolves.toMatch(
      /New Starter added/,
    );
    const row = page.locator("tr", { hasText: "New Starter" });
    await expect(row.innerText()).resolves.toMatch(/Staff, HR[\s\S]*Morgan Manager/);
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

  it("meets basic WCAG 2.2 AA checks: labels, headings, language, keyboard order, contrast", async () => {
    const page = await browser.newPage();
    await signIn(page, "admin@demo.nhs.uk");
    for (const path of ["/", "/users"]) {
      await page.goto(base + path);
      await page.locator("h1").waitFor();
      await page.getByLabel("Your post").or(page.locator("table")).first().waitFor();
      const report = await page.evaluate(() => {
        const problems: string[] = [];
        if (!document.documentElement.lang) problems.push("no lang on <html>");
        if (document.querySelectorAll("h1").length !== 1) problems.push("not exactly one h1");
        for (const el of document.querySelectorAll("input, textarea, select")) {
          const field = el as HTMLInputElement;
          if (field.type === "hidden") continue;
          if (
            !field.labels?.length &&
            !field.getAttribute("aria-label") &&
            !field.getAttribute("aria-labelledby")
          )
            problems.push(`unlabelled ${field.outerHTML.slice(0, 80)}`);
        }
        // Contrast of every visible text node's element against its nearest opaque background.
        const channel = (c: number) =>
          (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        const parse = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) =>
          0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        const background = (el: Element | null): number[] => {
          for (; el; el = el.parentElement) {
            const [r, g, b, a = 1] = parse(getComputedStyle(el).backgroundColor);
            if (a > 0.5) return [r, g, b];
          }
          return [255, 255, 255];
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (
            !node.textContent?.trim() ||
            el.closest(".backdrop, .visually-hidden, .skip-link, option")
          )
            continue;
          const style = getComputedStyle(el);
          if (
            style.visibility === "hidden" ||
            style.display === "none" ||
            el.getClientRects().length === 0
          )
            continue;
          const [fg, bg] = [luminance(parse(style.color)), luminance(background(el))];
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          const large =
            parseFloat(style.fontSize) >= 24 ||
            (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5))
            problems.push(
              `contrast ${ratio.toFixed(2)} for "${node.textContent.trim().slice(0, 30)}"`,
            );
        }
        return problems;
      });
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
