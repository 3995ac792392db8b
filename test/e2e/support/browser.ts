// Shared plumbing of the browser tests: the server on a fresh database with the demo trust,
// Debian's Chromium through Playwright, signing in as a demo user, and the basic WCAG 2.2 AA
// checks every page gets (labels, one h1, language, text contrast).
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildApp } from "../../../src/server/app.js";
import { seedDemo, DEMO_PASSWORD } from "../../../src/server/demo.js";
import { testConfig, testDatabase, type TestDatabase } from "../../server/helpers.js";

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
}

export interface DemoServer {
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

/** The server on a fresh database with the demo trust (its demo cases too, unless told not to). */
export async function startDemoServer(
  options: { demoCases?: boolean; jobPollingSeconds?: number } = {},
): Promise<DemoServer> {
  const database: TestDatabase = await testDatabase();
  // Secure cookies stay on: Chromium accepts them from http://localhost.
  const app = await buildApp(testConfig({ POSTGUARD_COOKIE_SECURE: "true" }), {
    database: database.handle,
    jobPollingSeconds: options.jobPollingSeconds,
  });
  await seedDemo(app.db, { cases: options.demoCases ?? true });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    base: `http://localhost:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Sign in through the sign-in page as a demo user; waits for the first page after it. */
export async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(base + "/");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await page.getByRole("heading", { level: 1, name: "Check a post" }).waitFor();
}

/**
 * Basic WCAG 2.2 AA problems on the page as it stands: no language, not exactly one h1, form
 * fields without a label, visible text below the contrast minimum against its background.
 * The check page's highlight layer (.backdrop) is decoration behind transparent text and skipped.
 */
export function accessibilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
        problems.push(`contrast ${ratio.toFixed(2)} for "${node.textContent.trim().slice(0, 30)}"`);
    }
    return problems;
  });
}
